import assert from 'node:assert/strict';
import { flagged } from './lint-helpers';
import { lint } from '../../../src/engine';

describe('puffery', () => {
  const cases: Array<[string, string[]]> = [
    ['Our cutting-edge platform ships today.', ['cutting-edge']],
    ['It is the most beautiful city in the region.', ['most beautiful']],
    ['The museum is one of its most popular attractions.', ['most popular']],
    ['The celebrated author visited the school.', ['celebrated']],
    ['Sintra is a must-visit destination.', ['must-visit']],
    ["Lisbon's hidden gems include tiny bookshops.", ['hidden gems']],
    ['Orioli was an important artist of his time.', ['important']],
    ['The chef is known for exceptional service.', ['exceptional']],
    ['She met several well-known writers in London.', ['well-known']],
    ['Acme is a leading provider of widgets.', ['leading']],
    ['It is one of the leading universities in Europe.', ['leading']],
    ['This is a truly interesting museum.', ['interesting']],
    ['Our work provides a vital step towards a more complete understanding of the cloud.', ['vital']],
    ['He continues to make a positive impact in the world of technology.', ['a positive impact']],
    ['Sender is a figure in the industry, known for his leadership and vision.', ['known for his leadership']],
    ['El Meson Sandwiches is a popular Cuban sandwich shop in Miami.', ['popular']],
    ['In addition to its delicious food, the restaurant is busy.', ['delicious']],
    ['The bridge will serve the town for generations to come.', ['for generations to come']],
    ["Lovecraft's masterful synthesis has captured the imaginations of readers.", ['masterful', 'captured the imaginations']],
    ['The database remains a valuable resource for researchers.', ['a valuable resource']],
    ["Cober's dedication to teaching and mentoring helped train a new generation of chemists.", ['dedication to']],
    ['Krantz has also been a dedicated teacher and mentor throughout his career.', ['dedicated']],
    ['Scenic views make it an ideal venue for outdoor events.', ['Scenic', 'an ideal']],
    ['The river offers excellent fishing, and the church features a unique blend of styles.', ['excellent', 'unique blend']],
    ['Her legacy continues to be felt in the art world, and she continued to push the boundaries of photography.', ['legacy continues', 'push the boundaries']],
    ['His lectures are known for their clarity and precision.', ['known for their clarity']],
    // marketing hype far more frequent in model rewrites than in their human originals
    ['The tomb is a staggering 2000 years older, and the app will revolutionize banking.', ['staggering', 'revolutionize']],
    // "we" and "our": a company praising itself is still praise
    ['We have implemented robust continuity plans, and our products are meticulously crafted.', ['robust', 'meticulously']],
    // one aside in the writer's voice leaves the rest of an essay's paragraph exposition
    ['Spontaneous mutations can lead to remarkable outcomes. The gene governs sleep. It encodes a receptor. I am fascinated by this case.', ['remarkable']],
  ];
  for (const [text, expected] of cases) {
    it(`flags ${expected.join(', ')} in “${text}”`, () => assert.deepEqual(flagged('puffery', text), expected));
  }

  const clean = [
    'Roll out the dough. You can use it to make delicious dishes such as spanakopita.',
    'Birth control pills are a popular form of contraception.',
    'Download a vector editor. Adobe Illustrator is a popular choice for this purpose.',
    'Rising prices are leading to protests.',
    'Mass was celebrated by the bishop.',
    'The ship Pioneering Spirit docked in Rotterdam.',
    'The brochure called it “cutting-edge” without evidence.',
    'The most recent release fixed the bug.',
    'The most visible change concerns portable batteries.',
    'The two formats have two important differences.',
    'An exceptional case is handled by the caller.',
    'The server listens on the well-known ports below 1024.',
    'He took 21 wickets in three matches—leading England to an innings win.',
    'She spent over four decades in the sport, leading teams at both levels.',
    'Both are important for maintaining a polished look.',
    "Oh, that's a really interesting question!",
    'Start with the most basic concepts of chemistry.',
    'The observatory is a facility dedicated to the study of cosmic rays.',
    'Helium behaves almost like an ideal gas at room temperature.',
    'He danced many leading roles, and Mann was the leading scorer.',
    'Fold the quilt loosely so that it stays in excellent condition.',
    "So, like, the pyramids are really amazing and stuff.",
    'The council listed the most affected roads and the most dangerous junctions.',
    'Enduring this film again is like gouging out your eyes.',
    'The rain forests are one of the most threatened ecosystems in the world.',
    'School was surprisingly enjoyable. I spent the morning with my amazing best friends.',
    'This dog food is amazing! My high-energy terrier is thriving on it.',
  ];
  for (const text of clean) {
    it(`leaves alone “${text}”`, () => assert.deepEqual(flagged('puffery', text), []));
  }

  it('holds editorializing adverbs judges rarely wanted ("Interestingly", "famously") at a hint, and keeps peacock terms', () => {
    const found = lint('Interestingly, the town was famously quiet. It is a world-class resort.', { referenceDate: '2026-11-28' })
      .filter((f) => f.ruleId === 'puffery')
      .map((f) => [f.text, f.severity]);
    assert.deepEqual(found, [['Interestingly', 'hint'], ['famously', 'hint'], ['world-class', 'info']]);
  });
});
