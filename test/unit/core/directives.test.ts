import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../../src/engine';
import { analyzeDocument, createEngine } from '../../../src/core/lint';
import { allRules, docsUrl } from '../../../src/rules';
import { cli } from '../cli/run-cli';

const rules = (text: string) => lint(text, { referenceDate: '2026-11-28' }).map((f) => `${text.slice(0, f.offset).split('\n').length}:${f.ruleId}`);
const claim = 'Experts say costs fell 40%.';

describe('inline directives', () => {
  it('disable and enable a rule over a range', () => {
    const text = `<!-- citation-needed-disable unsupported-attribution -->\n\n${claim}\n\n<!-- citation-needed-enable unsupported-attribution -->\n\n${claim}`;
    assert.deepEqual(rules(text), ['3:unsourced-claim', '7:unsupported-attribution', '7:unsourced-claim']);
  });

  it('disable every rule without ids, then enable one', () => {
    const text = `<!-- citation-needed-disable -->\n\n${claim}\n\n<!-- citation-needed-enable unsourced-claim -->\n\n${claim}`;
    assert.deepEqual(rules(text), ['7:unsourced-claim']);
  });

  it('disable-next-line silences only the next line', () => {
    const text = `<!-- citation-needed-disable-next-line unsourced-claim -->\n${claim}\n\n${claim}`;
    assert.deepEqual(rules(text), ['2:unsupported-attribution', '4:unsupported-attribution', '4:unsourced-claim']);
  });

  it('disable-line works inline', () => {
    const text = `${claim} <!-- citation-needed-disable-line -->\n\n${claim}`;
    assert.deepEqual(rules(text), ['3:unsupported-attribution', '3:unsourced-claim']);
  });

  it('disable-file silences the whole document, wherever it stands', () => {
    const text = `${claim}\n\n<!-- citation-needed-disable-file unsupported-attribution unsourced-claim -->`;
    assert.deepEqual(rules(text), []);
  });

  it('reads a directive inside a blockquote (the quotation is not prose, the comment is still a directive)', () => {
    const text = `${claim}\n\n> Quoted words.\n> <!-- citation-needed-disable-file unsupported-attribution unsourced-claim -->`;
    assert.deepEqual(rules(text), []);
  });

  it('ignores directives inside code', () => {
    const text = '```\n<!-- citation-needed-disable-file -->\n```\n\n' + claim;
    assert.equal(rules(text).length, 2);
  });
});

describe('inline directives that do nothing as written', () => {
  const problems = (text: string) => {
    const engine = createEngine(allRules, { referenceDate: '2026-11-28' });
    return analyzeDocument(engine, text, docsUrl).directiveProblems.map((p) => `${text.slice(0, p.offset).split('\n').length}: ${p.message.replace(/ \(known: .*\)$/, '')}`);
  };

  it('names an unknown rule id (a typo leaves the rule on) and an unknown directive name', () => {
    const text = `<!-- citation-needed-disable no-such-rule -->\n\n<!-- citation-needed-disable-next-line hedgee, hedge -->\n${claim}\n\n<!-- citation-needed-disabled hedge -->\n\n<!--citation-needed-enable-->\n`;
    assert.deepEqual(problems(text), [
      '1: unknown rule "no-such-rule" in citation-needed-disable',
      '3: unknown rule "hedgee" in citation-needed-disable-next-line',
      '6: unknown directive "citation-needed-disabled"',
    ]);
  });

  it('a misspelt directive name does nothing, not even as a shorter directive it starts with', () => {
    const text = `<!-- citation-needed-disable-nextline unsupported-attribution -->\n${claim}\n\n${claim}`;
    assert.deepEqual(rules(text), ['2:unsupported-attribution', '2:unsourced-claim', '4:unsupported-attribution', '4:unsourced-claim']);
    assert.deepEqual(problems(text), ['1: unknown directive "citation-needed-disable-nextline"']);
    assert.deepEqual(rules(`<!--citation-needed-disable-->\n\n${claim}`), []);
    assert.deepEqual(problems(`<!--citation-needed-disable-->\n\n${claim}`), []);
  });

  it('reports a name that runs on past a known one with a digit or an underscore, as the directive reader does not act on it', () => {
    const text = `<!-- citation-needed-disable-line2 -->\n<!-- citation-needed-disable_x hedge -->\n\n${claim}`;
    assert.deepEqual(problems(text), ['1: unknown directive "citation-needed-disable-line2"', '2: unknown directive "citation-needed-disable_x"']);
  });

  it('finds nothing in valid directives, nor in directive examples inside code', () => {
    assert.deepEqual(problems(`<!-- citation-needed-disable-file hedge puffery -->\n\n\`\`\`markdown\n<!-- citation-needed-disable rule-id -->\n\`\`\`\n\n${claim} <!-- citation-needed-disable-line -->\n`), []);
  });

  it('the CLI prints each with file, line and column, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cn-directives-'));
    try {
      writeFileSync(join(dir, 'draft.md'), `Intro.\n\n<!-- citation-needed-disable-next-line hedgee -->\nPrices will likely rise.\n`);
      const { code, stdout, stderr } = await cli(dir, 'check', 'draft.md', '--reference-date', '2026-11-28');
      assert.equal(code, 2);
      assert.match(stderr, /citation-needed: .*draft\.md:3:1: unknown rule "hedgee" in citation-needed-disable-next-line \(known: unsourced-claim, /);
      const github = await cli(dir, 'check', 'draft.md', '--reference-date', '2026-11-28', '--format', 'github');
      assert.match(github.stdout, /^::warning file=draft\.md,line=3,col=1,title=citation-needed directive::unknown rule "hedgee"/m);
      assert.match(stdout, /draft\.md:4:\d+-4:\d+ {2}info {2}Hedge/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
