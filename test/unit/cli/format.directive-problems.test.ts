// Directive problems in the CLI's JSON and Markdown output.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes } from '../../../src/core/apply-fixes';
import { runCli, tempFolder } from '../core/report-helpers';

const TEXT = 'Intro.\n\n<!-- citation-needed-disable-next-line hedgee, puffery -->\nPrices will likely rise.\n\n<!-- citation-needed-disabled -->\n';
const CLEAN = 'Prices rose in 2024, the report says.\n';

describe('directive problems in CLI output', () => {
  let folder: ReturnType<typeof tempFolder>;
  before(() => {
    folder = tempFolder('directive-output');
    writeFileSync(join(folder.dir, 'draft.md'), TEXT);
    writeFileSync(join(folder.dir, 'clean.md'), CLEAN);
  });
  after(() => folder.remove());

  it('JSON: a located directiveProblems array beside findings, only on files that have problems', async () => {
    const { code, out } = await runCli(['check', 'draft.md', 'clean.md', '--format', 'json', '--reference-date', '2026-01-01'], folder.dir);
    assert.equal(code, 2);
    const files = JSON.parse(out) as Array<{ file: string; findings: Array<{ ruleId: string }>; directiveProblems?: Array<Record<string, unknown>> }>;
    const draft = files.find((f) => f.file.endsWith('draft.md'))!;
    const clean = files.find((f) => f.file.endsWith('clean.md'))!;
    assert.ok(!('directiveProblems' in clean), 'files without problems keep their old shape');
    assert.deepEqual(draft.findings.map((f) => f.ruleId), ['hedge'], 'findings are unchanged: the typo left hedge on');
    const problems = draft.directiveProblems!;
    assert.deepEqual(problems.map((p) => [p.kind, p.name, p.line, p.column, p.endLine, p.suggestions]), [
      ['unknown-rule', 'hedgee', 3, 1, 3, ['hedge']],
      ['unknown-directive', 'citation-needed-disabled', 6, 1, 6, ['citation-needed-disable']],
    ]);
    assert.equal(problems[0].endColumn, '<!-- citation-needed-disable-next-line hedgee, puffery -->'.length + 1);
    for (const p of problems) {
      assert.match(String(p.url), /configuration\.md#inline-directives$/);
      assert.equal(TEXT.slice(p.offset as number, p.offset as number + 20), '<!-- citation-needed');
    }
    const fix = (problems[0].fixes as Array<{ title: string; edits: Array<{ offset: number; endOffset: number; newText: string }> }>)[0];
    assert.equal(fix.title, 'Change to \u201chedge\u201d');
    assert.equal(applyFixes(TEXT, [fix]).text, TEXT.replace('hedgee', 'hedge'));
  });

  it('Markdown report: a "Directive problems" table after the report, none when there are none', async () => {
    const withProblems = await runCli(['check', 'draft.md', '--format', 'markdown', '--reference-date', '2026-01-01'], folder.dir);
    assert.match(withProblems.out, /^# Citation Needed report/);
    const section = withProblems.out.slice(withProblems.out.indexOf('## Directive problems'));
    assert.ok(withProblems.out.includes('## Directive problems'));
    assert.deepEqual(section.split('\n').filter((l) => l.startsWith('| draft')), [
      '| draft.md | 3 | unknown rule "hedgee" in citation-needed-disable-next-line | `hedge` |',
      '| draft.md | 6 | unknown directive "citation-needed-disabled" | `citation-needed-disable` |',
    ]);
    const clean = await runCli(['check', 'clean.md', '--format', 'markdown', '--reference-date', '2026-01-01'], folder.dir);
    assert.ok(!clean.out.includes('Directive problems'));
  });
});
