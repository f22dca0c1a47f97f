import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run-cli';
import { startSourceServer, type SourceServer } from '../verify/source-server';


describe('CLI: bibliographies and --verify-sources', () => {
  let dir: string;
  let server: SourceServer;
  before(async () => { server = await startSourceServer(); });
  after(() => server.close());
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'cn-integrity-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('checks Pandoc keys against the bibliography named in .citation-needed.json', async () => {
    writeFileSync(join(dir, '.citation-needed.json'), JSON.stringify({ bibliography: ['refs/library.bib'] }));
    rmSync(join(dir, 'refs'), { recursive: true, force: true });
    writeFileSync(join(dir, 'draft.md'), 'Costs rose by 20% [@smith2021]. Others disagree [@smiht2021].\n');
    const missing = await cli(dir, 'check', 'draft.md', '--reference-date', '2026-11-28', '--format', 'json');
    assert.match(missing.stderr, /bibliography: .*library\.bib: cannot read the bibliography file \(ENOENT\)/);
    // A bibliography that cannot be read is a file error: keys went unchecked, so CI must not pass quietly.
    assert.equal(missing.code, 2);
    assert.ok(!missing.stdout.includes('not in the bibliography'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'refs'));
    writeFileSync(join(dir, 'refs', 'library.bib'), '@article{smith2021, title={Costs}, year={2021}}\n');
    const { code, stdout } = await cli(dir, 'check', 'draft.md', '--reference-date', '2026-11-28', '--format', 'json');
    const findings = JSON.parse(stdout)[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'citation-integrity');
    assert.equal(code, 1);
    assert.deepEqual(findings.map((f: { text: string; message: string }) => [f.text, f.message]), [['@smiht2021', 'Citation key @smiht2021 is not in the bibliography (did you mean @smith2021?)']]);
  });

  it('--verify-sources reports unreachable and mismatched sources; without it nothing is fetched', async () => {
    const doc = `Costs fell by 40% in 2025 ([report](${server.base}/quote)).\n\nCosts fell by 40% in 2025 ([copy](${server.base}/other)).\n\nSee [gone](${server.base}/missing).\n`;
    writeFileSync(join(dir, 'draft.md'), doc);
    const hits = () => [...server.hits.values()].reduce((a, b) => a + b, 0);
    const before = hits();
    await cli(dir, 'check', 'draft.md', '--reference-date', '2026-11-28');
    assert.equal(hits(), before);
    const { code, stdout, stderr } = await cli(dir, 'check', 'draft.md', '--reference-date', '2026-11-28', '--verify-sources', '--format', 'json');
    assert.equal(code, 1);
    const messages = JSON.parse(stdout)[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'source-mismatch').map((f: { message: string }) => f.message);
    assert.deepEqual(messages, [`Source ${server.base}/other does not contain the number “40%”`, `Source unreachable: ${server.base}/missing (HTTP 404 Not Found)`]);
    assert.match(stderr, /verified 3\/3 sources/);
  });
});
