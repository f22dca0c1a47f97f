// Directive problems: the rename fixes offered for unknown rule ids and directive names, and the incremental model's problems.
import * as assert from 'node:assert/strict';
import { applyFixes } from '../../../src/core/apply-fixes';
import { closestNames, editDistance, type DirectiveProblem } from '../../../src/core/directives';
import { createDocument } from '../../../src/engine';
import { analyzeDocument, createEngine } from '../../../src/core/lint';
import { allRules, docsUrl } from '../../../src/rules';

const OPTIONS = { referenceDate: '2026-11-28' };
const engine = createEngine(allRules, OPTIONS);
const problemsOf = (text: string): DirectiveProblem[] => analyzeDocument(engine, text, docsUrl).directiveProblems;
/** The text after applying one fix's edits. */
const applied = (text: string, fix: DirectiveProblem['fixes'][number]) => applyFixes(text, [fix]).text;

describe('edit distance and closest names', () => {
  it('counts insertions, deletions and substitutions', () => {
    assert.equal(editDistance('hedge', 'hedge'), 0);
    assert.equal(editDistance('hedgee', 'hedge'), 1);
    assert.equal(editDistance('hdge', 'hedge'), 1);
    assert.equal(editDistance('hedgx', 'hedge'), 1);
    assert.equal(editDistance('disabled', 'disable'), 1);
    assert.equal(editDistance('puffry', 'puffery'), 1);
    assert.equal(editDistance('hegde', 'hedge'), 2); // a swap is two edits
  });

  it('stops counting past the limit', () => {
    assert.equal(editDistance('unsourced', 'hedge'), 3);
    assert.equal(editDistance('abcdef', 'uvwxyz', 5), 6);
    assert.equal(editDistance('abcdef', 'uvwxyz', 10), 6);
  });

  it('keeps only the nearest names within two edits, ties in list order', () => {
    assert.deepEqual(closestNames('hedgee', ['puffery', 'hedge', 'hedges']), ['hedge', 'hedges']);
    assert.deepEqual(closestNames('hedg', ['hedge', 'hed']), ['hedge', 'hed']);
    assert.deepEqual(closestNames('hedgex', ['hedge', 'hedgexyz']), ['hedge']);
    assert.deepEqual(closestNames('no-such-rule', ['hedge', 'puffery']), []);
  });
});

describe('directive problem fixes', () => {
  it('offers "Change to “hedge”" for a misspelt rule id, replacing only the id', () => {
    const text = 'Intro.\n\n<!-- citation-needed-disable-next-line hedgee -->\nPrices will likely rise.\n';
    const [problem] = problemsOf(text);
    assert.equal(problem.kind, 'unknown-rule');
    assert.equal(problem.name, 'hedgee');
    assert.deepEqual(problem.suggestions, ['hedge']);
    assert.equal(problem.fixes.length, 1);
    assert.equal(problem.fixes[0].title, 'Change to \u201chedge\u201d');
    assert.equal(problem.fixes[0].preferred, true);
    assert.equal(problem.fixes[0].safe, undefined, 'a guess at a name is never applied by --fix');
    assert.equal(applied(text, problem.fixes[0]), text.replace('hedgee', 'hedge'));
    assert.deepEqual(problemsOf(applied(text, problem.fixes[0])), []);
  });

  it('fixes each misspelt id of a list in place, keeping commas and the other ids', () => {
    const text = '<!-- citation-needed-disable puffry,hedge, unsourced-claims -->\n\nText.\n';
    const problems = problemsOf(text);
    assert.deepEqual(problems.map((p) => [p.name, p.suggestions]), [['puffry', ['puffery']], ['unsourced-claims', ['unsourced-claim']]]);
    const once = applied(text, problems[0].fixes[0]);
    assert.equal(once, '<!-- citation-needed-disable puffery,hedge, unsourced-claims -->\n\nText.\n');
    assert.equal(applied(text, problems[1].fixes[0]), '<!-- citation-needed-disable puffry,hedge, unsourced-claim -->\n\nText.\n');
    assert.deepEqual(problemsOf(once).map((p) => p.name), ['unsourced-claims']);
  });

  it('offers "Change to “citation-needed-disable”" for a misspelt directive name', () => {
    const text = '- <!-- citation-needed-disabled hedge -->\r\n  It will likely work.\r\n';
    const [problem] = problemsOf(text);
    assert.equal(problem.kind, 'unknown-directive');
    assert.equal(problem.name, 'citation-needed-disabled');
    assert.deepEqual(problem.fixes.map((f) => f.title), ['Change to \u201ccitation-needed-disable\u201d']);
    const fixed = applied(text, problem.fixes[0]);
    assert.equal(fixed, text.replace('disabled', 'disable'));
    assert.deepEqual(problemsOf(fixed), []);
    const nextLine = problemsOf('<!-- citation-needed-disable-nextline -->\n');
    assert.equal(applied('<!-- citation-needed-disable-nextline -->\n', nextLine[0].fixes[0]), '<!-- citation-needed-disable-next-line -->\n');
  });

  it('offers nothing when no known name is within two edits, and every tie unpreferred', () => {
    const [far] = problemsOf('<!-- citation-needed-disable no-such-rule -->\n');
    assert.deepEqual([far.suggestions, far.fixes], [[], []]);
    const [farName] = problemsOf('<!-- citation-needed-switch-off -->\n');
    assert.deepEqual(farName.fixes, []);
    const [tie] = problemsOf('<!-- citation-needed-disable-lin -->\n'); // one edit from disable-line, -file needs two
    assert.deepEqual(tie.suggestions, ['citation-needed-disable-line']);
    const [two] = problemsOf('<!-- citation-needed-enabl -->\n');
    assert.deepEqual(two.suggestions, ['citation-needed-enable']);
  });

  it('offsets count UTF-16 units after astral characters', () => {
    const text = '🎉🎉 Party. <!-- citation-needed-disable-line hedgee -->\n';
    const [problem] = problemsOf(text);
    assert.equal(text.slice(problem.fixes[0].edits[0].offset, problem.fixes[0].edits[0].endOffset), 'hedgee');
    assert.equal(text.slice(problem.offset, problem.endOffset), '<!-- citation-needed-disable-line hedgee -->');
  });
});

describe('incremental document: directive problems while typing', () => {
  it('appear, move and clear as the directive is typed, fixed and moved', () => {
    const doc = createDocument('Intro.\n\nPrices will likely rise.\n', OPTIONS);
    assert.deepEqual(doc.directiveProblems(), []);
    const directive = '<!-- citation-needed-disable-next-line hedgee -->\n';
    for (let i = 0; i < directive.length; i++) doc.edit(8 + i, 0, directive[i]);
    assert.deepEqual(doc.directiveProblems().map((p) => p.name), ['hedgee']);
    assert.deepEqual(doc.findings().map((f) => f.ruleId), ['hedge'], 'the typo leaves the rule on');
    doc.edit(0, 0, 'New first paragraph.\n\n');
    const [moved] = doc.directiveProblems();
    assert.equal(doc.text.slice(moved.fixes[0].edits[0].offset, moved.fixes[0].edits[0].endOffset), 'hedgee');
    const edit = moved.fixes[0].edits[0];
    doc.edit(edit.offset, edit.endOffset - edit.offset, edit.newText);
    assert.deepEqual(doc.directiveProblems(), []);
    assert.deepEqual(doc.findings(), []);
    assert.deepEqual(doc.directiveProblems(), analyzeDocument(engine, doc.text, docsUrl).directiveProblems);
  });
});
