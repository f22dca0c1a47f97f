import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judgedIds } from '../../eval/lib/sheet';

describe('eval: paragraphs of judged sheets left out of a new sheet', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sheet-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('collects the paragraph ids of every key.jsonl', () => {
    const row = (id: string) => JSON.stringify({ id, domain: 'd', generator: 'g', findings: [] });
    writeFileSync(join(dir, 'key.jsonl'), `${row('a#p0')}\n${row('b#p3')}\n`);
    assert.deepEqual([...judgedIds([dir])].sort(), ['a#p0', 'b#p3']);
  });

  it('names the key file it cannot read', () => {
    assert.throws(() => judgedIds([join(dir, 'missing')]), /cannot read .*missing\/key\.jsonl/);
  });
});
