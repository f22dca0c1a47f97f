import assert from 'node:assert/strict';
import { lint } from '../../src/core/index';

const rules = (text: string) => lint(text, { referenceDate: '2026-11-28' }).map((f) => `${text.slice(0, f.offset).split('\n').length}:${f.ruleId}`);
const claim = 'Experts say costs fell 40%.';

describe('inline directives', () => {
  it('disable and enable a rule over a range', () => {
    const text = `<!-- citation-needed-disable unsupported-attribution -->\n\n${claim}\n\n<!-- citation-needed-enable unsupported-attribution -->\n\n${claim}`;
    assert.deepEqual(rules(text), ['3:unsourced-claim', '7:unsupported-attribution', '7:unsourced-claim']);
  });

  it('disable every rule without ids, then enable one', () => {
    const text = `<!-- citation-needed-disable -->\n\n${claim}\n\n<!-- citation-needed-enable unsourced-claim -->\n\n${claim}`;
    assert.deepEqual(rules(text), ['7:unsourced-claim']);
  });

  it('disable-next-line silences only the next line', () => {
    const text = `<!-- citation-needed-disable-next-line unsourced-claim -->\n${claim}\n\n${claim}`;
    assert.deepEqual(rules(text), ['2:unsupported-attribution', '4:unsupported-attribution', '4:unsourced-claim']);
  });

  it('disable-line works inline', () => {
    const text = `${claim} <!-- citation-needed-disable-line -->\n\n${claim}`;
    assert.deepEqual(rules(text), ['3:unsupported-attribution', '3:unsourced-claim']);
  });

  it('disable-file silences the whole document, wherever it stands', () => {
    const text = `${claim}\n\n<!-- citation-needed-disable-file unsupported-attribution unsourced-claim -->`;
    assert.deepEqual(rules(text), []);
  });

  it('ignores directives inside code', () => {
    const text = '```\n<!-- citation-needed-disable-file -->\n```\n\n' + claim;
    assert.equal(rules(text).length, 2);
  });
});
