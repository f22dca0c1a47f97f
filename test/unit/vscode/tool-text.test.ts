import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../src/api';
import { lineStarts, positionAt } from '../../../src/core/location';
import { CHECK_TOOL, findingsText } from '../../../src/vscode/tool-text';
import { projectRoot } from '../paths';

describe('language-model tool text', () => {
  it('is a summary line, then one line per finding with its 1-based position, severity, rule, message and fixes', () => {
    const text = 'Intro.\n\nExperts say costs fell by 40% last year.\n';
    const findings = lint(text, { referenceDate: '2026-11-28' });
    const starts = lineStarts(text);
    const out = findingsText(findings, (offset) => positionAt(starts, offset), 'draft.md').split('\n');
    assert.match(out[0], new RegExp(`^${findings.length} findings in draft\\.md: `));
    assert.equal(out.length, findings.length + 1);
    assert.match(out[1], /^- 3:1 warning unsupported-attribution: .*\(“Experts say”\)\. Fixes: /);
  });

  it('says when there is nothing to report', () => {
    assert.equal(findingsText([], () => ({ line: 0, character: 0 }), 'clean.md'), 'No findings in clean.md.');
  });

  it('is the tool package.json declares, with its input schema', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    const tool = pkg.contributes.languageModelTools.find((t: { name: string }) => t.name === CHECK_TOOL);
    assert.ok(tool, `${CHECK_TOOL} is declared`);
    assert.deepEqual(Object.keys(tool.inputSchema.properties), ['path']);
  });
});
