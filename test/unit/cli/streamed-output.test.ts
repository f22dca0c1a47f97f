import assert from 'node:assert/strict';
import { formatJson, formatText, jsonStream } from '../../../src/cli/format';
import { formatGithub } from '../../../src/cli/github';
import { streamFormat } from '../../../src/cli/formats';
import { lint } from '../../../src/engine';
import { locateFindings } from '../../../src/cli/format';
import type { FileResult } from '../../../src/cli/types';

const TEXT = 'Experts say sales rose 40%.\n\nIt is currently the largest, reportedly.\n';
const checked = (file: string, text: string): FileResult => ({ file, findings: locateFindings(text, lint(text, { referenceDate: '2026-11-28' })) });

describe('streamed CLI output', () => {
  const results: FileResult[] = [
    checked('/w/a.md', TEXT),
    { file: '/w/empty.md', findings: [] },
    { file: '/w/gone.md', findings: [], unread: true, error: '/w/gone.md: cannot read (ENOENT)' },
    checked('/w/b.md', 'Studies show it.\n'),
  ];

  it('JSON is written finding by finding and is exactly JSON.stringify(entries, null, 2)', () => {
    const out = formatJson(results);
    assert.equal(out, JSON.stringify(JSON.parse(out), null, 2) + '\n');
    assert.equal(JSON.parse(out)[0].findings.length, results[0].findings.length);
    assert.equal(formatJson([]), '[]\n');
    assert.equal(formatJson([results[1]]), JSON.stringify([{ file: '/w/empty.md', findings: [] }], null, 2) + '\n');
    const pieces = [...jsonStream().file(results[0])];
    assert.equal(pieces.length, results[0].findings.length + 2, 'the head, one piece per finding, the close');
  });

  it('text and GitHub output stream to the same text as formatting all results at once', () => {
    for (const [format, whole] of [['text', formatText(results, false, '/w')], ['github', formatGithub(results, '/w')]] as const) {
      const stream = streamFormat(format, { color: false, version: '0', cwd: '/w' })!;
      assert.equal(results.flatMap((r) => [...stream.file(r)]).join('') + stream.end(), whole, format);
    }
    assert.match(formatText(results, false, '/w'), /\n\n\d+ findings \(.*\) in 3 files \(1 not read\)\n$/);
  });

  it('SARIF and the Markdown report are not streamed (they need every result)', () => {
    assert.equal(streamFormat('sarif', { color: false, version: '0' }), undefined);
    assert.equal(streamFormat('markdown', { color: false, version: '0' }), undefined);
  });
});
