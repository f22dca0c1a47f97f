import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/core/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence segmentation', () => {
  const cases: Array<[string, string[]]> = [
    ['One. Two! Three? Four', ['One.', 'Two!', 'Three?', 'Four']],
    ['The U.S. Army grew. It won.', ['The U.S. Army grew.', 'It won.']],
    ['Troops left the U.S. The war ended.', ['Troops left the U.S.', 'The war ended.']],
    ['Use tools, e.g. hammers. Then stop.', ['Use tools, e.g. hammers.', 'Then stop.']],
    ['Dr. Smith met Mr. Jones. They talked.', ['Dr. Smith met Mr. Jones.', 'They talked.']],
    ['Acme Inc. bought it. Prices rose.', ['Acme Inc. bought it.', 'Prices rose.']],
    ['Growth was 3.5 percent. Costs fell.', ['Growth was 3.5 percent.', 'Costs fell.']],
    ['He paused... and went on. Done.', ['He paused... and went on.', 'Done.']],
    ['J. R. Smith wrote it. Then left.', ['J. R. Smith wrote it.', 'Then left.']],
    ['She said "Stop." Then she left.', ['She said "Stop."', 'Then she left.']],
    ['It rose 40%.[^1] It fell.', ['It rose 40%.', 'It fell.']],
    ['No. 5 won. It was close.', ['No. 5 won.', 'It was close.']],
    ['It rose 40%.[citation needed] It fell.', ['It rose 40%.[citation needed]', 'It fell.']],
    ['It rose 40%.[3] It fell.', ['It rose 40%.[3]', 'It fell.']],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => {
      // Footnote references are masked by spaces before segmentation, as prose extraction does.
      assert.deepEqual(split(input.replace('[^1]', '    ')), expected);
    });
  }
});
