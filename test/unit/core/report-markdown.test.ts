import assert from 'node:assert/strict';
import { checkDocument } from '../../../src/engine';
import { buildFileReport, buildReportModel } from '../../../src/core/report-model';
import { escapeCell, renderReportMarkdown } from '../../../src/core/report-markdown';
import { parseMarkdown } from '../../../src/core/parse';
import type { Nodes, Table } from 'mdast';
import { DRAFT } from './report-helpers';

function modelOf(files: Record<string, string>) {
  return buildReportModel(Object.entries(files).map(([file, text]) => {
    const { findings, inventory } = checkDocument(text, { referenceDate: '2026-01-01' });
    return buildFileReport(file, text, findings, inventory);
  }));
}

/** Rows of every table in the rendered Markdown, as arrays of cell texts (via the real GFM parser). */
function tables(markdown: string): string[][][] {
  const text = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? node.children.map(text).join('') : '');
  return parseMarkdown(markdown).children.filter((n): n is Table => n.type === 'table').map((t) => t.children.map((row) => row.children.map(text)));
}

describe('Markdown report', () => {
  it('shows the ratio, the counts per status and rule, and one claim table per file', () => {
    const markdown = renderReportMarkdown(modelOf({ 'docs/draft.md': DRAFT }));
    assert.match(markdown, /^# Citation Needed report\n/);
    assert.match(markdown, /Sourced claims: \*\*25%\*\* \(1 of 4 check-worthy sentences cited\)/);
    const [statuses, rules, claims] = tables(markdown);
    assert.deepEqual(statuses.slice(1), [['cited', '1'], ['attributed, unlinked', '1'], ['hedged', '1'], ['unsourced', '1']]);
    assert.deepEqual(rules.slice(1).map((r) => r[0]), ['unsourced-claim', 'hedge', 'unlinked-source']);
    assert.deepEqual(claims[0], ['Line', 'Status', 'Rules', 'Claim']);
    assert.deepEqual(claims.slice(1).map((r) => [r[0], r[1]]), [['3', 'cited'], ['5', 'attributed, unlinked'], ['7', 'hedged'], ['9', 'unsourced']]);
    assert.equal(claims[4][3], 'The plant produced 4,000 tonnes of steel in 2022.');
    assert.match(markdown, /^## docs\/draft\.md$/m);
  });

  it('escapes pipes and markup in claim text so each row keeps four cells', () => {
    const text = 'Sales rose 12% | *not* 13% in 2023 [^x] <b>.\n';
    const [, , claims] = tables(renderReportMarkdown(modelOf({ 'a.md': text })));
    assert.equal(claims[1].length, 4);
    assert.equal(claims[1][3], 'Sales rose 12% | *not* 13% in 2023 [^x] <b>.');
    assert.equal(escapeCell('a|b\nc'), 'a\\|b c');
  });

  it('puts the file with most unsourced claims first', () => {
    const markdown = renderReportMarkdown(modelOf({ 'clean.md': 'Hello.\n', 'draft.md': DRAFT }));
    assert.ok(markdown.indexOf('## draft.md') < markdown.indexOf('## clean.md'));
    assert.match(markdown, /## clean\.md\n\n.*\n\nNo check-worthy sentences\./);
  });
});
