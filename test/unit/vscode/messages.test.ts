import * as assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import type { Finding } from '../../../src/core/types';
import { clip, countByRule, hoverMarkdown, statusBarText, summaryLine, workspaceSummaryLine } from '../../../src/vscode/messages';

const text = 'Costs fell by 40% in 2023.\n\nExperts say it will likely continue.\n';
const findings = lint(text, { referenceDate: '2026-11-28' });

describe('vscode messages', () => {
  it('hover says what was found, why, what to do, and links the docs', () => {
    const claim = findings.find((f) => f.ruleId === 'unsourced-claim')!;
    const hover = hoverMarkdown(claim);
    assert.ok(hover.includes('`unsourced-claim`'));
    assert.ok(hover.includes(claim.note!));
    for (const fix of claim.fixes) assert.ok(hover.includes(fix.title.replace(/[[\]]/g, (c) => `\\${c}`)), fix.title);
    assert.ok(hover.includes(`(${claim.url})`));
    assert.ok(hover.includes(`**Confidence:** ${Math.round(claim.confidence * 100)}%`));
  });

  it('escapes Markdown in the flagged text', () => {
    const f: Finding = { ruleId: 'puffery', severity: 'info', message: 'm', url: 'u', offset: 0, endOffset: 9, text: '*bold* <b>', fixes: [], confidence: 1 };
    assert.ok(hoverMarkdown(f).includes('\\*bold\\* \\<b\\>'));
  });

  it('quotes the flagged text only when the message does not already', () => {
    const f: Finding = { ruleId: 'hedge', severity: 'info', message: 'Hedge “likely”', url: 'u', offset: 0, endOffset: 6, text: 'likely', fixes: [], confidence: 1 };
    assert.ok(hoverMarkdown(f).includes('**Found:** Hedge “likely”\n'));
    assert.ok(hoverMarkdown({ ...f, message: 'A hedge' }).includes('**Found:** “likely” — A hedge'));
  });

  it('clips long text to one line', () => {
    assert.equal(clip('a\n b   c'), 'a b c');
    assert.equal(clip('x'.repeat(100), 10), `${'x'.repeat(9)}…`);
  });

  it('summarises counts per rule', () => {
    const counts = countByRule(findings);
    assert.equal(counts.reduce((n, [, c]) => n + c, 0), findings.length);
    const line = summaryLine(findings, 'draft.md');
    assert.ok(line.startsWith(`${findings.length} findings in draft.md: `));
    for (const [id, n] of counts) assert.ok(line.includes(`${n} ${id}`));
    assert.equal(summaryLine([], 'draft.md'), 'No findings in draft.md.');
  });

  it('status bar shows the count and names unsourced claims in the tooltip', () => {
    const status = statusBarText(findings);
    assert.equal(status.text, `$(quote) ${findings.length}`);
    const unsourced = findings.filter((f) => f.ruleId === 'unsourced-claim').length;
    assert.ok(status.tooltip.includes(`${unsourced} unsourced claim`));
    assert.equal(statusBarText([]).text, '$(quote) 0');
  });

  it('workspace summary mentions skipped files, and how far a cancelled check got', () => {
    assert.equal(workspaceSummaryLine({ findings: 5, filesWithFindings: 2, files: 7, checked: 7, skipped: 1, cancelled: false }), '5 findings in 2 of 7 Markdown files (1 skipped).');
    assert.equal(workspaceSummaryLine({ findings: 1, filesWithFindings: 1, files: 1, checked: 1, skipped: 0, cancelled: true }), 'Check cancelled after 1 of 1 Markdown file: 1 finding in 1 file.');
    assert.equal(workspaceSummaryLine({ findings: 9, filesWithFindings: 3, files: 400, checked: 12, skipped: 2, cancelled: true }),
      'Check cancelled after 12 of 400 Markdown files: 9 findings in 3 files (2 skipped).');
  });
});
