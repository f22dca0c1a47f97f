import assert from 'node:assert/strict';
import { flagged } from './lint-helpers';

// Each context rule: a sentence it flags, and the nearest sentence it must leave alone.
type Pair = { rule: string; context: string; flags: [string, string[]]; spares: [string, string[]] };

const pairs: Pair[] = [
  {
    rule: 'unsupported-attribution',
    context: 'a quotation that opens in one sentence and closes in the next',
    flags: ['Many towns flooded. Several bridges fell.', ['Many', 'Several']],
    spares: ['The mayor said: "Many towns flooded. Several bridges fell." Then she left.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: 'a vague quantity that holds a view is a vague attribution; one that saw a thing is a count',
    flags: ['After the vote, many opposition groups and rights organizations criticized the result.', ['many opposition groups and rights organizations criticized']],
    spares: ['Many visitors saw the exhibition.', ['Many']],
  },
  {
    rule: 'unsupported-attribution',
    context: '"saw it as" holds a view; a verb after "and" has a subject of its own',
    flags: ['Some people saw it as a way of confronting the tragedy.', ['Some people saw it as']],
    spares: ['We evaluate the model on various tasks and show that it learns.', ['various']],
  },
  {
    rule: 'unsupported-attribution',
    context: '"widely praised" credits praise to no one; praise by a named critic names who gave it',
    flags: ['His films were also widely praised.', ['widely praised']],
    spares: ['His films were praised by Pauline Kael.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: '"has been attributed to" a cause credits the reading to no one; "attributed to" a name is authorship',
    flags: ["The club's success has been attributed to its strong team spirit.", ['has been attributed to']],
    spares: ['The quote is often attributed to Lincoln, and this friction is attributed to the coating.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: 'a bare holder credited with a view or a review; one only mentioned credits nothing',
    flags: ['The film was released to positive reviews from critics. Experts have raised concerns about it.', ['critics', 'Experts']],
    spares: ['The library is a popular destination for scholars, and there is debate among historians about its age.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: '"as many X as" is a comparison, "as many X" a vague count',
    flags: ['Piracy grew, as many sailors lost their jobs.', ['many']],
    spares: ['The port had as many ships as the capital.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: '"for some reason" is an idiom, "for some of" a vague share',
    flags: ['Jumping is common for some of the species.', ['some']],
    spares: ['For some unaccountable reason the army turned back.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: 'a digit that starts a word ("2D") is no figure',
    flags: ['In most 2D platformers the goal is a flag.', ['most']],
    spares: ['In some 2 000 villages the goal is a flag.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: '"in most cases" and "most of the time" say "usually"',
    flags: ['Most valves hold under pressure.', ['Most']],
    spares: ['In most cases the valve holds, and it leaks most of the time only when cold.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: 'a quantifier as predicate ("are numerous") is still vague',
    flags: ['The benefits are numerous, and well documented.', ['numerous']],
    spares: ['Of the benefits we counted many, then stopped.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: 'a passive verdict with no one who gave it',
    flags: ['The structure was criticized for being amorphous.', ['was criticized']],
    spares: ['The structure was criticized by Le Corbusier for being amorphous.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: 'an impersonal report ("it has been observed") with no observer',
    flags: ['It has been observed that cats hunt at dusk.', ['It has been observed']],
    spares: ['It has been observed by Hooke that cats hunt at dusk; it is known as the dusk rule.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: '"is known to" followed by who knows',
    flags: ['The bishop is known to have fled.', ['is known to']],
    spares: ['The bishop is known to us only from one letter.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: 'reporting verbs in the past and third person ("experts maintained")',
    flags: ['Legal experts maintained that the vote was valid.', ['experts maintained']],
    spares: ['The two experts maintained that the vote was valid.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: 'a belief credited to everyone ("contrary to popular belief")',
    flags: ['Contrary to popular belief, the wall is not visible from orbit.', ['Contrary to popular belief']],
    spares: ['Contrary to the 1998 survey, the wall is not visible from orbit.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: '"a great many" is as vague as "many"',
    flags: ['The firm won a great many orders.', ['many']],
    spares: ['How many orders did the firm win?', []],
  },
  {
    rule: 'unsupported-attribution',
    context: 'a quantifier before a unit of time, length or count measures an extent',
    flags: ['Several bridges fell, and a few villages flooded.', ['Several', 'few']],
    spares: ['The trip took several weeks, a few paces at a time, for many years, with several hundred porters.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: '"some" before a plural or an opinion noun is vague, before another singular it means "an unspecified" or "a little"',
    flags: ['Some users report a tingling, some of them daily, and there is some evidence that it helps.', ['Some', 'some', 'some']],
    spares: ['After some thought, we removed some of the pain with some code.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: 'an adverb of extent may stand before a comma, a determiner may not',
    flags: ['Generally, the bridge holds.', ['Generally']],
    spares: ['Of the bridges, we counted several.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: '"the various" points at a set the sentence fixes',
    flags: ['Various dioceses objected to the plan.', ['Various dioceses objected']],
    spares: ['The various dioceses under his jurisdiction objected to the plan.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: '"the majority of" people is vague, a majority of seats a figure',
    flags: ['This led the majority of cosmologists to accept the theory.', ['majority of']],
    spares: ['The party won a majority of 3 seats, and the majority of the votes.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: 'bare opinion holders ("critics") credit no one; a determiner or a name makes them definite',
    flags: ['Critics called the film a triumph, as did many music commentators.', ['Critics', 'many']],
    spares: ['The critics Roger Fry and Clive Bell called the film a triumph; experts [who?] agreed.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: 'an opinion holder as predicate or label names a role, not a source',
    flags: ['Experts disagree on the cause of the fire.', ['Experts']],
    spares: ['Area leads: people who need not be experts in the design.', []],
  },
  {
    rule: 'unsupported-attribution',
    context: 'an attitude credited to people at large ("people liked")',
    flags: ['The standard was good and people liked the movie.', ['people liked']],
    spares: ['The people of the town liked the movie.', []],
  },
  {
    rule: 'puffery',
    context: 'a term or an office ("greatest common divisor", "the first premier of", "a legendary outlaw") is no praise',
    flags: ['It is a premier destination, and he had a legendary career.', ['premier', 'legendary']],
    spares: ['Divide by the greatest common divisor; the first premier of Victoria was a legendary outlaw.', []],
  },
  {
    rule: 'puffery',
    context: 'the writer praising their own work is puffery; describing it is not',
    flags: ['Our work provides a unique perspective on the proximity effect.', ['unique']],
    spares: ['Our work provides a new method for the proximity effect.', []],
  },
  {
    rule: 'puffery',
    context: '"notable" meaning noticeable ("a notable rise") is plain; "notable" people are praise',
    flags: ['Salesbury has been home to a number of notable historical figures.', ['notable']],
    spares: ['After the closures there was a notable rise in cases, and one notable example is Kenya.', []],
  },
  {
    rule: 'puffery',
    context: '"a prominent example", "the greatest threat", "the most potential": the plain sense, not praise',
    flags: ['He was a prominent lawyer, and the merger was his greatest achievement.', ['prominent', 'greatest']],
    spares: ['A prominent example is Lincoln, whose greatest challenge had the most potential.', []],
  },
  {
    rule: 'puffery',
    context: '"rich" praises a heritage; before anything else it is abundance or flavour',
    flags: ['The village is known for the rich and diverse culture of its people.', ['rich']],
    spares: ['Our results reveal a rich phase diagram, and the soil is rich in silicates.', []],
  },
  {
    rule: 'puffery',
    context: '"beautiful" praises a place or its sights; in a how-to it describes the reader\'s own work',
    flags: ['With its rich history, beautiful natural scenery and friendly community, the town draws visitors.', ['rich history', 'beautiful', 'friendly']],
    spares: ['With these steps you can create a beautiful and functional wall.', []],
  },
  {
    rule: 'puffery',
    context: '"friendly" praises a place\'s people; before a thing it describes it',
    flags: ['The town has a friendly community and a market.', ['friendly']],
    spares: ['The app has a user-friendly design and an eco-friendly package.', []],
  },
  {
    rule: 'puffery',
    context: '"robust" in a paper\'s report of its own results names a property tested; elsewhere it praises',
    flags: ['The tote is both sturdy and robust.', ['robust']],
    spares: ['We present a new estimator. Our method provides a more precise and robust determination of the constant.', []],
  },
  {
    rule: 'puffery',
    context: 'a role phrase in a reported finding states the finding; on its own it asserts importance',
    flags: ['The river plays a crucial role in the economy of the town.', ['plays a crucial role']],
    spares: ['We find that the background field plays a crucial role in determining the result.', []],
  },
  {
    rule: 'puffery',
    context: '"a unique opportunity to study" describes a data set; an opportunity for a town is framing',
    flags: ['The festival is a unique opportunity for the town.', ['a unique opportunity']],
    spares: ['Heavy-ion collisions offer a unique opportunity to study this regime.', []],
  },
  {
    rule: 'puffery',
    context: '"popular" as praise, not as "of the people"',
    flags: ['Fishing in the river is quite popular.', ['popular']],
    spares: ['The president is elected by popular vote, after a popular and critical backlash.', []],
  },
  {
    rule: 'puffery',
    context: 'an editorializing adverb in the writer\'s voice, not in a quotation',
    flags: ['Tragically, he died a month later, most famously mourned in song.', ['Tragically', 'famously']],
    spares: ['His widow wrote: "Tragically, he died a month later."', []],
  },
  {
    rule: 'puffery',
    context: 'a superlative coordinated with another ("the busiest and most popular")',
    flags: ['It is the busiest and most popular resort in the country.', ['most popular']],
    spares: ['The resort was busy, and most visitors stayed a week.', []],
  },
  {
    rule: 'puffery',
    context: 'a superlative inside a stated set ranks, it does not praise',
    flags: ['It is the most efficient plant in the country.', ['most efficient']],
    spares: ['Three plants exist, the most efficient of which is in Perth.', []],
  },
  {
    rule: 'puffery',
    context: 'a sales ranking with no figures',
    flags: ['It was the best-selling car in Europe.', ['best-selling']],
    spares: ['It sold best in Europe, with 2 million cars in 2003.', []],
  },
];

describe('attribution and puffery context', () => {
  for (const { rule, context, flags, spares } of pairs) {
    it(`${rule}: ${context}`, () => {
      assert.deepEqual(flagged(rule, flags[0]), flags[1]);
      assert.deepEqual(flagged(rule, spares[0]), spares[1]);
    });
  }
});

describe('bare opinion holders in a run', () => {
  it('reports a group named by a list of holders once, and holders apart from each other separately', () => {
    assert.deepEqual(flagged('unsupported-attribution', 'Critics, historians and analysts praised the film.'), ['Critics, historians and analysts']);
    assert.deepEqual(flagged('unsupported-attribution', 'Even so, critics, commentators,\npundits or experts praised it.'), ['critics, commentators,\npundits or experts']);
    assert.deepEqual(flagged('unsupported-attribution', 'Critics praised it, but later analysts raised doubts.'), ['Critics', 'analysts']);
  });
});
