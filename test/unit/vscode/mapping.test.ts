import * as assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import { applyFixes } from '../../../src/core/apply-fixes';
import { PLACEHOLDERS } from '../../../src/core/cite-fixes';
import type { Finding } from '../../../src/core/types';
import { createDocument } from '../../../src/engine';
import { DIAGNOSTIC_SEVERITY, DIRECTIVE_CODE, TAG_UNNECESSARY, fixToEdits, problemToDiagnosticData, safeFixEdits, toDiagnosticData, toSnippet } from '../../../src/vscode/mapping';
import { SOURCE } from '../../../src/vscode/constants';
import { applyEditData, expandSnippet, locator, offsetOf } from './helpers';

const REF = '2026-11-28';
// CRLF line ends, an emoji (astral, two UTF-16 units) and a tab before the claim's figure.
const DRAFT = '# Notes 📈\r\n\r\nThe 🚀 launch reduced\tcosts by 40% in 2023.\r\n\r\nExperts say it is currently the leader.\r\n';

function finding(overrides: Partial<Finding>): Finding {
  return { ruleId: 'hedge', severity: 'info', message: 'm', url: 'https://example.org/docs#hedge', offset: 0, endOffset: 1, text: 'x', fixes: [], confidence: 1, ...overrides };
}

describe('vscode mapping: finding -> diagnostic data', () => {
  const findings = lint(DRAFT, { referenceDate: REF });

  it('finds something to map in the draft', () => {
    assert.ok(findings.length >= 2, `expected findings, got ${findings.length}`);
  });

  it('maps ranges so they cover exactly the finding text (CRLF, emoji, tab)', () => {
    const locate = locator(DRAFT);
    for (const f of findings) {
      const data = toDiagnosticData(f, locate);
      assert.equal(DRAFT.slice(offsetOf(DRAFT, data.range.start), offsetOf(DRAFT, data.range.end)), f.text);
    }
  });

  it('counts columns in UTF-16 units after an astral character', () => {
    const f = findings.find((x) => x.text.includes('40%'))!;
    const at = f.offset + f.text.indexOf('40%');
    const data = toDiagnosticData({ ...f, offset: at, endOffset: at + 3 }, locator(DRAFT));
    assert.deepEqual(data.range.start, { line: 2, character: 'The 🚀 launch reduced\tcosts by '.length });
  });

  it('sets source, rule code with docs target, message and severity', () => {
    for (const f of findings) {
      const data = toDiagnosticData(f, locator(DRAFT));
      assert.equal(data.source, SOURCE);
      assert.deepEqual(data.code, { value: f.ruleId, target: f.url });
      assert.equal(data.message, f.message);
      assert.equal(data.severity, DIAGNOSTIC_SEVERITY[f.severity]);
    }
  });

  it('orders severities as vscode.DiagnosticSeverity does (Error 0 .. Hint 3)', () => {
    const locate = locator('x');
    const got = (['error', 'warning', 'info', 'hint'] as const).map((severity) => toDiagnosticData(finding({ severity }), locate).severity);
    assert.deepEqual(got, [0, 1, 2, 3]);
  });

  it('tags only deletable model leftovers as unnecessary', () => {
    const locate = locator('x');
    assert.deepEqual(toDiagnosticData(finding({ ruleId: 'ai-artifact' }), locate).tags, [TAG_UNNECESSARY]);
    assert.deepEqual(toDiagnosticData(finding({ ruleId: 'unsourced-claim' }), locate).tags, []);
  });
});

describe('vscode mapping: fix -> edits', () => {
  const text = 'The launch reduced costs by 40% in 2023.\n';
  const claim = lint(text, { referenceDate: REF }).find((f) => f.ruleId === 'unsourced-claim')!;

  it('turns the link placeholder into a selected tab stop', () => {
    assert.equal(toSnippet(` ([source](${PLACEHOLDERS.url}))`), ` ([source](\${1:${PLACEHOLDERS.url}}))`);
  });

  it('turns the Pandoc key and footnote text into tab stops', () => {
    assert.equal(toSnippet(` [@${PLACEHOLDERS.key}]`), ` [@\${1:${PLACEHOLDERS.key}}]`);
    assert.equal(toSnippet(`\n[^2]: ${PLACEHOLDERS.footnote}\n`), `\n[^2]: \${1:${PLACEHOLDERS.footnote}}\n`);
  });

  it('leaves text without a placeholder as a plain edit, even when it mentions "key"', () => {
    assert.equal(toSnippet('key findings'), undefined);
    assert.equal(toSnippet('[citation needed]'), undefined);
  });

  it('escapes snippet syntax in the text around the placeholder', () => {
    const snippet = toSnippet(`costs $5} ([source](${PLACEHOLDERS.url}))`)!;
    assert.equal(expandSnippet(snippet), `costs $5} ([source](${PLACEHOLDERS.url}))`);
    assert.ok(snippet.startsWith('costs \\$5\\} '));
  });

  it('the engine offers citation fixes for an unsourced statistic', () => {
    assert.ok(claim, 'unsourced-claim finding');
    assert.ok(claim.fixes.length >= 4);
  });

  it('every fix gives the same text through editor edits as through applyFixes', () => {
    for (const fix of claim.fixes) {
      const viaEditor = applyEditData(text, fixToEdits(fix, locator(text)));
      assert.equal(viaEditor, applyFixes(text, [fix]).text, fix.title);
    }
  });

  it('puts the footnote tab stop in the definition, not in the reference', () => {
    const footnote = claim.fixes.find((f) => f.edits.length === 2)!;
    const edits = fixToEdits(footnote, locator(text));
    assert.equal(edits[0].snippet, undefined);
    assert.match(edits[1].snippet ?? '', /\$\{1:TODO: add source\}/);
  });

  it('makes plain edits only when snippets are off', () => {
    for (const fix of claim.fixes) assert.ok(fixToEdits(fix, locator(text), false).every((e) => e.snippet === undefined));
  });
});

describe('vscode mapping: fix-all edits', () => {
  const edit = (offset: number, endOffset: number, newText = '') => ({ offset, endOffset, newText });

  it('takes only safe fixes', () => {
    const findings = [
      finding({ fixes: [{ title: 'safe', edits: [edit(0, 3)], safe: true }, { title: 'unsafe', edits: [edit(5, 6)] }] }),
    ];
    assert.deepEqual(safeFixEdits(findings), { edits: [edit(0, 3)], applied: 1 });
  });

  it('skips a safe fix that overlaps one already taken, keeping the order taken', () => {
    const findings = [
      finding({ fixes: [{ title: 'a', edits: [edit(2, 6)], safe: true }] }),
      finding({ fixes: [{ title: 'b', edits: [edit(4, 8)], safe: true }] }),
      finding({ fixes: [{ title: 'c', edits: [edit(10, 12, 'x')], safe: true }] }),
    ];
    const { edits, applied } = safeFixEdits(findings);
    assert.equal(applied, 2);
    assert.deepEqual(edits, [edit(2, 6), edit(10, 12, 'x')]);
  });

  it('through editor edits, cleans what the engine marks safe and nothing else', () => {
    const text = 'The report ([example](https://example.org/a?id=3&utm_source=chatgpt.com)) says so.\n\nCosts fell by 40% in 2023.\n';
    const findings = lint(text, { referenceDate: REF });
    const { edits, applied } = safeFixEdits(findings);
    assert.ok(applied >= 1);
    const fixed = applyEditData(text, edits.map((e) => fixToEdits({ title: '', edits: [e] }, locator(text), false)[0]));
    assert.equal(fixed, applyFixes(text, findings.flatMap((f) => f.fixes.filter((x) => x.safe))).text);
    assert.ok(!fixed.includes('utm_source'));
    assert.ok(fixed.includes('Costs fell by 40% in 2023.\n') && !fixed.includes('[^1]'));
  });
});

describe('vscode mapping: directive problem -> diagnostic data and quick fix edits', () => {
  // CRLF and an emoji before the directive, so ranges must count UTF-16 units across lines.
  const text = '# Notes 📈\r\n\r\n<!-- citation-needed-disable-next-line hedgee -->\r\nPrices will likely rise.\r\n';
  const [problem] = createDocument(text, { referenceDate: REF }).directiveProblems();

  it('is a warning on the directive comment, sourced and linked to the inline directives docs', () => {
    const data = problemToDiagnosticData(problem, locator(text));
    assert.equal(text.slice(offsetOf(text, data.range.start), offsetOf(text, data.range.end)), '<!-- citation-needed-disable-next-line hedgee -->');
    assert.deepEqual(data.range.start, { line: 2, character: 0 });
    assert.equal(data.severity, DIAGNOSTIC_SEVERITY.warning);
    assert.equal(data.source, SOURCE);
    assert.deepEqual(data.code, { value: 'inline-directive', target: DIRECTIVE_CODE.target });
    assert.match(data.code.target, /configuration\.md#inline-directives$/);
    assert.match(data.message, /^unknown rule "hedgee"/);
  });

  it('maps the rename fix to an editor edit that spells the rule right', () => {
    assert.equal(problem.fixes[0].title, 'Change to \u201chedge\u201d');
    const edits = fixToEdits(problem.fixes[0], locator(text), false);
    const fixed = applyEditData(text, edits);
    assert.equal(fixed, text.replace('hedgee', 'hedge'));
    assert.deepEqual(createDocument(fixed, { referenceDate: REF }).directiveProblems(), []);
  });
});
