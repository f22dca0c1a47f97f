import assert from 'node:assert/strict';
import { overlaps, scores, spanScores, tally, zeroCounts } from '../../eval/lib/metrics';
import { escapeMarkdown, toTextSpan } from '../../eval/lib/markdown';
import { bestThreshold, fitLogistic } from '../../eval/lib/fit';

describe('eval metrics', () => {
  it('tallies gold against predictions', () => {
    const counts = zeroCounts();
    const pairs: Array<[boolean, boolean]> = [[true, true], [true, true], [true, false], [false, true], [false, false], [false, false]];
    for (const [gold, predicted] of pairs) tally(counts, gold, predicted);
    assert.deepEqual(counts, { tp: 2, fp: 1, fn: 1, tn: 2 });
  });

  it('computes precision, recall and F1', () => {
    const s = scores({ tp: 6, fp: 2, fn: 4, tn: 100 });
    assert.equal(s.precision, 0.75);
    assert.equal(s.recall, 0.6);
    assert.ok(Math.abs(s.f1 - (2 * 0.75 * 0.6) / 1.35) < 1e-12);
  });

  it('gives 0, not NaN, when nothing was predicted or nothing was gold', () => {
    assert.deepEqual(scores({ tp: 0, fp: 0, fn: 5, tn: 3 }), { precision: 0, recall: 0, f1: 0 });
    assert.deepEqual(scores({ tp: 0, fp: 4, fn: 0, tn: 3 }), { precision: 0, recall: 0, f1: 0 });
  });

  it('scores spans from separate precision and recall counts', () => {
    const s = spanScores(9, 10, 4, 5);
    assert.equal(s.recall, 0.9);
    assert.equal(s.precision, 0.8);
  });

  it('treats spans as half-open', () => {
    assert.equal(overlaps(0, 5, 5, 8), false);
    assert.equal(overlaps(0, 5, 4, 8), true);
    assert.equal(overlaps(3, 4, 0, 10), true);
  });
});

describe('eval markdown escaping', () => {
  it('escapes syntax so that offsets map back to the plain text', () => {
    const text = '# 1. *Costs* fell [a] by 40% <b>';
    const escaped = escapeMarkdown(text);
    assert.equal(escaped.markdown, '\\# 1. \\*Costs\\* fell \\[a\\] by 40% \\<b\\>');
    const start = escaped.markdown.indexOf('Costs');
    assert.deepEqual(toTextSpan(escaped, start, start + 5), [text.indexOf('Costs'), text.indexOf('Costs') + 5]);
  });

  it('escapes an ordered-list marker at a line start and drops indentation', () => {
    const escaped = escapeMarkdown('1984. A year.\n    code-like line');
    assert.equal(escaped.markdown, '1984\\. A year.\ncode-like line');
    const at = escaped.markdown.indexOf('code');
    assert.deepEqual(toTextSpan(escaped, at, at + 4), [18, 22]);
  });
});

describe('eval fitting', () => {
  it('learns a positive weight for a feature that predicts the label and keeps fixed weights', () => {
    const xs = [[1, 0, 1], [1, 1, 1], [0, 1, 1], [0, 0, 1], [1, 0, 0], [0, 1, 0]];
    const ys = [1, 1, 0, 0, 1, 0];
    const { weights } = fitLogistic(xs, ys, { epochs: 500, rate: 0.5, l2: 0, fixed: new Map([[2, 0.25]]) });
    assert.ok(weights[0] > 1, `weight of the predictive feature: ${weights[0]}`);
    assert.equal(weights[2], 0.25);
  });

  it('picks the threshold with the best F1', () => {
    const best = bestThreshold([0.1, 0.4, 0.6, 0.9], [0, 0, 1, 1], 1);
    assert.equal(best.threshold, 0.6);
    assert.equal(best.f, 1);
  });

  it('takes the most precise threshold within the tolerance of the best F1', () => {
    const scores = [0.1, 0.2, 0.3, 0.5, 0.7, 0.9];
    const ys = [0, 1, 0, 1, 1, 1];
    assert.equal(bestThreshold(scores, ys, 1).threshold, 0.2);
    assert.equal(bestThreshold(scores, ys, 1, 0.05).threshold, 0.5);
  });
});
