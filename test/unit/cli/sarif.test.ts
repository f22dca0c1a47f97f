import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { applyFixes } from '../../../src/core/apply-fixes';
import { lint } from '../../../src/engine';
import { ruleCatalogue } from '../../../src/rules';
import { artifactLocation } from '../../../src/cli/sarif';
import { DRAFT, runCli, tempFolder } from '../core/report-helpers';

// The SARIF 2.1.0 schema (OASIS release rtm.5, JSON Schema draft-04) as shipped in Microsoft's
// @microsoft/jest-sarif package: read from node_modules, never fetched.
const SCHEMA_FILE = createRequire(__filename).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  // The schema's `language` pattern has a stray "]" that only parses without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return (compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))));
}

const TEXT = `🎉 ${DRAFT}\nIt is currently the largest plant, according to The Washington Post.\n`;

describe('SARIF output', function () {
  let folder: ReturnType<typeof tempFolder>;
  let log: Sarif.Log;
  let code: number;

  before(async () => {
    folder = tempFolder('sarif');
    mkdirSync(join(folder.dir, 'my docs'));
    writeFileSync(join(folder.dir, 'my docs', 'draft #1.md'), TEXT);
    const result = await runCli(['check', '.', '--format', 'sarif', '--reference-date', '2026-01-01'], folder.dir);
    code = result.code;
    log = JSON.parse(result.out);
  });
  after(() => folder.remove());

  it('validates against the SARIF 2.1.0 JSON schema', () => {
    const validate = validator();
    const valid = validate(log);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
    assert.equal(code, 1);
  });

  it('is checked by a schema validator that rejects broken logs', () => {
    const validate = validator();
    const broken = JSON.parse(JSON.stringify(log));
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.equal(validate(broken), false);
    assert.equal(validate({ ...log, version: '2.0.0' }), false);
  });

  it('describes every rule in the tool driver', () => {
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'citation-needed');
    assert.match(driver.version ?? '', /^\d+\.\d+\.\d+/);
    assert.match(driver.informationUri ?? '', /^https:\/\//);
    assert.deepEqual(driver.rules?.map((r) => r.id), ruleCatalogue.map((r) => r.id));
    for (const [i, rule] of (driver.rules ?? []).entries()) {
      assert.equal(rule.shortDescription?.text, ruleCatalogue[i].description);
      assert.equal(rule.helpUri, ruleCatalogue[i].url);
      const expected = { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[ruleCatalogue[i].defaultSeverity];
      assert.equal(rule.defaultConfiguration?.level, expected);
    }
  });

  it('reports every finding with its rule, level, message and location', () => {
    const findings = lint(TEXT, { referenceDate: '2026-01-01' });
    const results = log.runs[0].results ?? [];
    assert.equal(results.length, findings.length);
    const lines = TEXT.split('\n');
    for (const [i, result] of results.entries()) {
      const f = findings[i];
      assert.equal(result.ruleId, f.ruleId);
      assert.equal(log.runs[0].tool.driver.rules?.[result.ruleIndex!].id, f.ruleId);
      assert.equal(result.message.text, f.message);
      assert.equal(result.rank, Math.round(f.confidence * 100));
      const location = result.locations![0].physicalLocation!;
      assert.deepEqual(location.artifactLocation, { uri: 'my%20docs/draft%20%231.md', uriBaseId: '%SRCROOT%' });
      const region = location.region!;
      // 1-based columns in UTF-16 code units: the 🎉 on line 1 counts two.
      assert.equal(lines[region.startLine! - 1].slice(region.startColumn! - 1, region.endLine === region.startLine ? region.endColumn! - 1 : undefined), f.text.split('\n')[0]);
      assert.equal(TEXT.slice(region.charOffset!, region.charOffset! + region.charLength!), f.text);
    }
    const levels = new Set(results.map((r) => r.level));
    assert.ok(levels.has('warning') && levels.has('note'));
  });

  it('carries fixes as replacements that rebuild the same text as the engine', () => {
    const findings = lint(TEXT, { referenceDate: '2026-01-01' });
    const results = log.runs[0].results ?? [];
    let compared = 0;
    for (const [i, result] of results.entries()) {
      assert.equal(result.fixes?.length ?? 0, findings[i].fixes.length);
      for (const [j, fix] of (result.fixes ?? []).entries()) {
        assert.equal(fix.description?.text, findings[i].fixes[j].title);
        const edits = fix.artifactChanges[0].replacements.map((r) => ({
          offset: r.deletedRegion.charOffset!,
          endOffset: r.deletedRegion.charOffset! + r.deletedRegion.charLength!,
          newText: r.insertedContent?.text ?? '',
        }));
        assert.equal(applyFixes(TEXT, [{ title: '', edits }]).text, applyFixes(TEXT, [findings[i].fixes[j]]).text);
        compared++;
      }
    }
    assert.ok(compared > 3);
  });

  it('roots relative URIs at the working directory and uses file URIs outside it', () => {
    const base = log.runs[0].originalUriBaseIds?.['%SRCROOT%']?.uri ?? '';
    assert.match(base, /^file:\/\/.*\/$/);
    assert.deepEqual(artifactLocation('/elsewhere/x.md', '/work/project'), { uri: 'file:///elsewhere/x.md' });
    assert.deepEqual(artifactLocation('/work/project/a/b.md', '/work/project'), { uri: 'a/b.md', uriBaseId: '%SRCROOT%' });
  });

  it('validates with file problems reported as tool notifications', async () => {
    writeFileSync(join(folder.dir, 'latin1.md'), Buffer.concat([Buffer.from('Sales rose 12% in 2023 in M'), Buffer.from([0xfc]), Buffer.from('nchen.\n')]));
    const result = await runCli(['check', 'latin1.md', '--format', 'sarif'], folder.dir);
    const sarif = JSON.parse(result.out) as Sarif.Log;
    const validate = validator();
    assert.ok(validate(sarif), JSON.stringify(validate.errors));
    const [note] = sarif.runs[0].invocations?.[0].toolExecutionNotifications ?? [];
    assert.match(note.message.text ?? '', /latin1\.md: not valid UTF-8/);
    assert.equal(note.level, 'warning');
  });

  it('validates with directive problems reported as located configuration notifications', async () => {
    const text = 'Intro.\n\n<!-- citation-needed-disable-next-line hedgee -->\nPrices will likely rise.\n\n<!-- citation-needed-disabled -->\n';
    writeFileSync(join(folder.dir, 'directives.md'), text);
    const result = await runCli(['check', 'directives.md', '--format', 'sarif', '--reference-date', '2026-01-01'], folder.dir);
    assert.equal(result.code, 2);
    const sarif = JSON.parse(result.out) as Sarif.Log;
    const validate = validator();
    assert.ok(validate(sarif), JSON.stringify(validate.errors));
    const run = sarif.runs[0];
    const descriptors = run.tool.driver.notifications ?? [];
    const notes = run.invocations?.[0].toolConfigurationNotifications ?? [];
    assert.deepEqual(notes.map((n) => [n.descriptor?.id, n.level, n.locations?.[0].physicalLocation?.region?.startLine, n.properties?.suggestions]), [
      ['unknown-rule', 'warning', 3, ['hedge']],
      ['unknown-directive', 'warning', 6, ['citation-needed-disable']],
    ]);
    for (const n of notes) {
      assert.equal(descriptors[n.descriptor!.index!].id, n.descriptor!.id);
      assert.match(descriptors[n.descriptor!.index!].helpUri ?? '', /configuration\.md#inline-directives$/);
      const region = n.locations![0].physicalLocation!.region!;
      assert.match(text.slice(region.charOffset, region.charOffset! + region.charLength!), /^<!-- citation-needed-/);
      assert.equal(n.locations![0].physicalLocation!.artifactLocation?.uri, 'directives.md');
    }
    assert.match(notes[0].message.text ?? '', /^unknown rule "hedgee" in citation-needed-disable-next-line/);
    assert.deepEqual(run.results?.map((r) => r.ruleId), ['hedge'], 'the misspelt id leaves the rule on; notifications are not results');
  });
});
