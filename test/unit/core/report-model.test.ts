import assert from 'node:assert/strict';
import { checkDocument } from '../../../src/engine';
import { buildFileReport, buildReportModel, excerpt, formatRatio, type FileReport } from '../../../src/core/report-model';
import { locateFindings } from '../../../src/cli/format';
import { DRAFT } from './report-helpers';

const DATE = { referenceDate: '2026-01-01' };

function reportOf(file: string, text: string): FileReport {
  const { findings, inventory } = checkDocument(text, DATE);
  return buildFileReport(file, text, findings, inventory);
}

describe('report model', () => {
  it('gives each claim row its 1-based line and column, status, rules and excerpt', () => {
    const report = reportOf('draft.md', DRAFT);
    const lines = DRAFT.split('\n');
    assert.deepEqual(report.claims.map((c) => [c.line, c.status]), [[3, 'cited'], [5, 'attributed-unlinked'], [7, 'hedged'], [9, 'unsourced']]);
    for (const row of report.claims) {
      assert.equal(row.column, 1);
      assert.equal(lines[row.line - 1].slice(row.column - 1, row.endColumn - 1), row.excerpt);
    }
    assert.deepEqual(report.claims[1].ruleIds, ['unlinked-source']);
  });

  it('counts findings per rule, most frequent first, and claims per status', () => {
    const report = reportOf('draft.md', DRAFT);
    const { findings } = checkDocument(DRAFT, DATE);
    assert.equal(report.findingCount, findings.length);
    assert.deepEqual(report.ruleCounts, [
      { ruleId: 'unsourced-claim', count: findings.filter((f) => f.ruleId === 'unsourced-claim').length },
      { ruleId: 'hedge', count: 1 },
      { ruleId: 'unlinked-source', count: 1 },
    ]);
    assert.deepEqual(report.statusCounts, { cited: 1, 'attributed-unlinked': 1, hedged: 1, unsourced: 1 });
    assert.equal(report.sourcedRatio, 0.25);
  });

  it('counts columns in UTF-16 code units after astral characters', () => {
    const text = '🎉 Sales rose 12% in 2023. The plant produced 4,000 tonnes of steel in 2022.\n';
    const [, second] = reportOf('emoji.md', text).claims;
    assert.equal(second.column, text.indexOf('The plant') + 1);
    assert.equal(second.endColumn, text.indexOf('\n') + 1);
  });

  it('counts columns after a byte-order mark as editors and the CLI do: the first line starts at column 1', () => {
    const text = '\uFEFFSales rose 12% in 2023. The plant produced 4,000 tonnes of steel in 2022.\n';
    const [first, second] = reportOf('bom.md', text).claims;
    assert.equal(first.offset, 1, 'offsets still count the BOM');
    assert.deepEqual([first.line, first.column], [1, 1]);
    assert.equal(second.column, text.indexOf('The plant'));
    assert.equal(second.endColumn, second.endOffset, 'on the first line, a column is the offset less the BOM, plus one');
    const finding = locateFindings(text, checkDocument(text, DATE).findings).find((f) => f.offset === second.offset)!;
    assert.deepEqual([finding.line, finding.column], [second.line, second.column], 'the CLI locates the same offset at the same column');
  });

  it('sorts files by unsourced claims (then by name) and sums the totals', () => {
    const clean = reportOf('b-clean.md', 'Revenue grew 40% in 2024 ([report](https://www.oecd.org/r)).\n');
    const one = reportOf('c-one.md', 'The plant produced 4,000 tonnes of steel in 2022.\n');
    const two = reportOf('a-two.md', 'The plant produced 4,000 tonnes of steel in 2022.\n\nSales rose 12% in 2023.\n');
    const model = buildReportModel([clean, one, two]);
    assert.deepEqual(model.files.map((f) => f.file), ['a-two.md', 'c-one.md', 'b-clean.md']);
    assert.equal(model.totals.claimCount, 4);
    assert.deepEqual(model.totals.statusCounts, { cited: 1, 'attributed-unlinked': 0, hedged: 0, unsourced: 3 });
    assert.equal(model.totals.sourcedRatio, 0.25);
    assert.deepEqual(model.totals.ruleCounts, [{ ruleId: 'unsourced-claim', count: 3 }]);
    assert.deepEqual(model.claimRules, ['unsourced-claim']);
  });

  it('sorts equal unsourced counts by file name and has a null ratio with no claims', () => {
    const model = buildReportModel([reportOf('z.md', 'Hello there.\n'), reportOf('m.md', 'Nice weather today.\n')]);
    assert.deepEqual(model.files.map((f) => f.file), ['m.md', 'z.md']);
    assert.equal(model.totals.sourcedRatio, null);
    assert.equal(formatRatio(model.totals.sourcedRatio), 'n/a');
  });

  it('makes one-line excerpts and cuts long ones with an ellipsis', () => {
    assert.equal(excerpt('Sales  rose\n12%\r\nin 2023.'), 'Sales rose 12% in 2023.');
    const cut = excerpt('word '.repeat(100), 20);
    assert.equal(cut.length, 20);
    assert.ok(cut.endsWith('…'));
    assert.equal(formatRatio(1 / 3), '33%');
  });
});
