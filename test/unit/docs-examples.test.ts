import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/api';
import { ruleCatalogue } from '../../src/rules';
import { projectRoot } from './paths';

/** The reference date every documented example is checked at. */
const REFERENCE_DATE = '2026-11-28';

/** A documented example: a fenced Markdown block and the rule ids its "Expected:" line lists. */
interface DocExample {
  file: string;
  line: number;
  text: string;
  expected: string[];
}

const FENCE_OPEN = /^```markdown\s*$/;
const EXPECTED = /^Expected: (none|`[a-z-]+`(?:, `[a-z-]+`)*)$/;

/** Every ```markdown block of a page that is followed directly by an "Expected:" line. */
function examplesOf(file: string, text: string): DocExample[] {
  const lines = text.split('\n');
  const examples: DocExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!FENCE_OPEN.test(lines[i])) continue;
    const close = lines.indexOf('```', i + 1);
    assert.ok(close > i, `${file}:${i + 1}: unclosed markdown fence`);
    const next = lines[close + 1] ?? '';
    if (next.startsWith('Expected')) {
      const m = EXPECTED.exec(next);
      assert.ok(m, `${file}:${close + 2}: write "Expected: none" or "Expected: \`rule-id\`, \`rule-id\`"`);
      const expected = m[1] === 'none' ? [] : [...m[1].matchAll(/`([a-z-]+)`/g)].map((x) => x[1]);
      examples.push({ file, line: i + 1, text: lines.slice(i + 1, close).join('\n') + '\n', expected });
    }
    i = close;
  }
  return examples;
}

const dir = join(projectRoot, 'docs', 'rules');
const pages = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const examples = pages.flatMap((f) => examplesOf(`docs/rules/${f}`, readFileSync(join(dir, f), 'utf8')));

describe('documented rule examples', () => {
  it('are found on the rule pages', () => {
    assert.ok(examples.length >= 20, `only ${examples.length} examples`);
  });

  for (const example of examples) {
    it(`${example.file}:${example.line} reports ${example.expected.join(', ') || 'nothing'}`, () => {
      const ids = new Set(ruleCatalogue.map((r) => r.id));
      for (const id of example.expected) assert.ok(ids.has(id), `unknown rule id ${id}`);
      const found = [...new Set(lint(example.text, { referenceDate: REFERENCE_DATE }).map((f) => f.ruleId))].sort();
      assert.deepEqual(found, [...example.expected].sort(), `${example.file}:${example.line}`);
    });
  }

  it('every rule that lint() runs has a flagged and a clean example on its page', () => {
    for (const rule of ruleCatalogue.filter((r) => !r.network)) {
      const own = examples.filter((e) => e.file === `docs/rules/${rule.id}.md`);
      assert.ok(own.some((e) => e.expected.includes(rule.id)), `${rule.id}: no example that it flags`);
      assert.ok(own.some((e) => !e.expected.includes(rule.id)), `${rule.id}: no example that it leaves alone`);
    }
  });
});
