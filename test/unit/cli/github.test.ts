import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeData, escapeProperty, formatGithub } from '../../../src/cli/github';
import type { Finding } from '../../../src/core/types';
import { DRAFT, runCli, tempFolder } from '../core/report-helpers';

/** Parses `::level key=value,...::message` back, undoing the escapes. */
function parseCommand(line: string) {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  assert.ok(m, line);
  const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  const properties = Object.fromEntries(m[2].split(',').map((p) => p.split('=')).map(([k, v]) => [k, unescape(v)]));
  return { level: m[1], properties, message: unescape(m[3]) };
}

describe('GitHub Actions annotations', () => {
  it('writes one workflow command per finding with file, line, columns and rule as title', async () => {
    const folder = tempFolder('github');
    try {
      writeFileSync(join(folder.dir, 'draft.md'), DRAFT);
      const { out, code } = await runCli(['check', 'draft.md', '--format', 'github', '--reference-date', '2026-01-01'], folder.dir);
      const commands = out.trimEnd().split('\n').map(parseCommand);
      assert.equal(code, 1);
      assert.deepEqual(commands.map((c) => [c.level, c.properties.title, c.properties.line]), [
        ['notice', 'unlinked-source', '5'],
        ['warning', 'unsourced-claim', '7'],
        ['notice', 'hedge', '7'],
        ['warning', 'unsourced-claim', '9'],
      ]);
      const hedge = commands[2];
      assert.equal(hedge.properties.file, 'draft.md');
      assert.equal(Number(hedge.properties.col), DRAFT.split('\n')[6].indexOf('will likely') + 1);
      assert.equal(hedge.properties.endLine, '7');
      assert.match(hedge.message, /^Hedge “will likely”/);
      assert.match(commands[0].message, /“The Washington Post”/);
      assert.match(commands[1].message, /“30%”|“2027”/);
    } finally {
      folder.remove();
    }
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    assert.equal(escapeData('50% of\r\nall: a, b'), '50%25 of%0D%0Aall: a, b');
    assert.equal(escapeProperty('C:\\docs\\a,b%.md'), 'C%3A\\docs\\a%2Cb%25.md');
    const finding: Finding = { ruleId: 'hedge', severity: 'info', message: 'Rose 5%\nthen: fell', url: '', offset: 0, endOffset: 4, text: 'Rose', fixes: [], confidence: 1 };
    const out = formatGithub([{ file: '/w/odd: name, here.md', text: 'Rose 5%', findings: [finding] }], '/w');
    assert.equal(out, '::notice file=odd%3A name%2C here.md,line=1,col=1,endLine=1,endColumn=5,title=hedge::Rose 5%25%0Athen: fell\n');
  });

  it('does not annotate hints, as the Problems panel does not list them', () => {
    const hint: Finding = { ruleId: 'hedge', severity: 'hint', message: 'Hedge', url: '', offset: 0, endOffset: 4, text: 'Rose', fixes: [], confidence: 0.3 };
    assert.equal(formatGithub([{ file: '/w/a.md', text: 'Rose 5%', findings: [hint] }], '/w'), '');
  });
});
