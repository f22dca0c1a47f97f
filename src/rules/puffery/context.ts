// Context tests for praise words: "leading to" is a verb, "the most beautiful" is praise.
import data from './phrases.json';
import register from '../shared/register-words.json';
import { alternation } from '../shared/text-utils';

const words = data.contextWords;

// Words of the list that are also verbs: "leading to the war", "Mass was celebrated by the bishop".
const VERB_USE: Record<string, { before?: RegExp; after?: RegExp }> = {
  leading: { after: /^\s+(?:to|up|into|from|out|off|him|her|them|it|us|the|a|an|his|their|its)\b/i, before: /(?:[,;:—–(]|\s[-–]|\b(?:by|while|after|before|been|be|began|started|spent \p{L}+ \p{L}+))\s*$/iu },
  celebrated: { before: /\b(?:is|are|was|were|be|been|being|it|they|he|she|we|and)\s+(?:\p{L}+ly\s+)?$/iu, after: /^\s+(?:by|in|on|at|with|the|a|an|his|her|their|its)\b/i },
  enduring: { after: /^\s+(?:the|a|an|this|that|these|those|his|her|their|its|years|months|decades|hardship)\b/i },
};

// "the most beautiful", "one of its most valuable": a praise superlative built with "most".
// Also coordinated: "the busiest and most popular", "this third and most popular". Not a comparison
// inside a stated set ("the most efficient of which"): that ranks named things, it does not praise.
// Not an adjective of what can be seen or what applies ("the most visible change", "the most relevant section"), nor of harm,
// risk or blame ("the most affected roads", "the most dangerous", "the most shameful"): no praise in it.
const MOST_ADJECTIVE = new RegExp(String.raw`(?<=\b(?:the|its|his|her|their|our|one's|this|\p{L}+'s|\p{L}+’s)\s+(?:[\p{L}-]+,?\s+and\s+)?)most\s+(?!(?:${words.notPraiseAfterMost.join('|')})\b)\p{L}+(?:al|ive|ful|ant|ent|ous|ic|ing|ed|ar|le)(?![\p{L}-])(?!\s+of\s+(?:which|whom|them|these|those|the\s+(?:two|three|four|group|set))\b)`, 'giu');

/** True when a listed praise word is used as a verb ("leading to"), not as praise. */
export function isVerbUse(text: string, index: number, length: number): boolean {
  const rule = VERB_USE[text.slice(index, index + length).toLowerCase()];
  if (!rule) return false;
  return (rule.before?.test(text.slice(0, index)) ?? false) || (rule.after?.test(text.slice(index + length)) ?? false);
}

/** Praise superlatives built with "most" ("the most beautiful"), as [index, length] pairs. */
export function praiseSuperlatives(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  MOST_ADJECTIVE.lastIndex = 0;
  for (let m = MOST_ADJECTIVE.exec(text); m; m = MOST_ADJECTIVE.exec(text)) found.push([m.index, m[0].length]);
  return found;
}

// "popular vote", "popular and critical backlash": "popular" as "of the people" classifies the noun, it does not praise it.
const POPULAR_SENSE = new RegExp(`^\\s+(?:(?:and|or)\\s+[\\p{L}-]+\\s+)?(?:[\\p{L}-]+\\s+)?(?:${data.popularSenses.join('|')})(?![\\p{L}-])`, 'iu');

/** True when "popular" means "of the people" ("popular vote", "popular music"), not praise. */
export function isClassifyingUse(text: string, index: number, length: number): boolean {
  return text.slice(index, index + length).toLowerCase() === 'popular' && POPULAR_SENSE.test(text.slice(index + length));
}

const WELL_KNOWN_TERM = /^\s+(?:ports?|labels?|annotations?|paths?|URIs?|URLs?|locations?|types?|keys?|conditions?|address(?:es)?|files?|director(?:y|ies)|endpoints?|values?|formats?|constants?|symbols?|identifiers?|taints?|prefix(?:es)?|OIDs?|IDs?|headers?|fields?)\b/i;
// "two important differences", "an exceptional case", "well-known ports": the writer's own argument or a technical term, not praise.
const PLAIN_SENSE: Record<string, RegExp> = {
  important: new RegExp(String.raw`^\s+(?:${words.nounsAfterImportant.join('|')})\b`, 'i'),
  // "a really interesting question", "interesting to think about": a conversational aside, not praise of a subject
  interesting: /^\s+(?:question|point|thought|topic|subject|one|to\s+(?:think|note|see|consider|know|learn|wonder))\b/i,
  // "a notable rise in cases", "one notable example": noticeable, not praise of a subject
  notable: /^\s+(?:rise|increase|decrease|decline|drop|fall|change|shift|difference|differences|exception|exceptions|examples?|improvement|reduction|gap|trend|absence|lack|effect|impact\s+on)\b/i,
  // "a prominent example of", "a prominent feature": what stands out in the text, not praise of a subject
  prominent: /^\s+(?:examples?|features?|places?|positions?|roles?|parts?|themes?|motifs?|lines?|peaks?|symptoms?|signs?)\b/i,
  // "the greatest threat", "its greatest challenge": a ranking of risks, not praise
  greatest: /^\s+(?:fears?|challenges?|threats?|risks?|dangers?|concerns?|problems?|obstacles?|regrets?|common\s+(?:divisors?|factors?|denominators?))\b/i,
  // "the first premier of Victoria": the office, not praise ("a premier destination")
  premier: /^\s*(?:of\b|[,.;:)]|\s(?:was|is|who|had|has|and)\b)/i,
  // "a legendary outlaw", "legendary creatures": of legend, not praise ("a legendary career")
  legendary: /^\s+(?:outlaws?|figures?|creatures?|heroes|hero|kings?|beasts?|monsters?|characters?|warriors?|founders?|beings?|animals?)\b/i,
  exceptional: /^\s+(?:cases?|circumstances?|situations?|conditions?|paths?|handling|flow|control|values?|returns?|behaviou?r|states?|errors?|events?|activity)\b/i,
  // "robust to changes in the parameters", "robust standard errors": a property a study tests, not praise
  powerful: new RegExp(String.raw`^\s+(?:and\s+[\p{L}-]+\s+)?(?:${alternation(words.literalPowerful)})(?![\p{L}-])`, 'iu'),
  robust: /^\s+(?:to|against|under|estimat\w*|statistic\w*|standard\s+errors?|regression|inference|optimi[sz]ation|control)\b/i,
  'well-known': WELL_KNOWN_TERM,
  'well known': WELL_KNOWN_TERM,
};

// "an ideal gas", "excellent condition", "scenic designs": before these nouns the word names a kind or a state, not praise.
const PLAIN_AFTER = new Map(
  Object.entries(words.plainAfter)
    .filter((e): e is [string, string[]] => Array.isArray(e[1]))
    .map(([word, nouns]) => [word, new RegExp(String.raw`^\s+(?:${alternation(nouns)})(?![\p{L}-])`, 'iu')]),
);

// "rich in silicates", "a rich phase diagram", "rich, buttery flavor": abundance or flavour; praise only before a
// heritage noun, possibly after another adjective ("a rich and diverse culture", "its rich indigenous culture").
// Likewise "beautiful" before a place or its sights, "friendly" before its people (contextWords.praiseOnlyBefore).
const praiseBefore = (nouns: readonly string[]) => new RegExp(String.raw`^(?:\s*,?\s+(?:and\s+)?[\p{L}-]+)?\s*,?\s+(?:${alternation(nouns)})(?![\p{L}-])`, 'iu');
const PRAISE_ONLY_BEFORE = new Map(
  Object.entries(words.praiseOnlyBefore).filter((e): e is [string, string[]] => Array.isArray(e[1])).map(([word, nouns]) => [word, praiseBefore(nouns)]),
);
// "offer a unique opportunity to study this regime": a data set described, not praise.
const STUDY_AFTER = new RegExp(String.raw`^\s+to\s+(?:${alternation(words.studyVerbs)})\b`, 'iu');
// "we find that the background field plays a crucial role in": a role phrase stating a finding.
const FINDING_BEFORE = new RegExp(String.raw`\b(?:${alternation(words.findingVerbs)})\s+that\b[^.;:]*$`, 'iu');

// "more important than", "less important tasks", "what's important": ranking things for the reader, not praising a subject.
const PLAIN_BEFORE: Record<string, RegExp> = {
  important: /\b(?:more|less|as|so|too|equally|what['’]s|what\s+is|what\s+really\s+is|what['’]s\s+(?:truly|really))\s+$/i,
};
// "Some popular job apps include LinkedIn and Indeed": the examples follow at once.
const LISTED_AFTER = /^[^.;:!?]{0,60}?\b(?:include|includes|including|such\s+as|like)\b/i;

// "one of the most threatened ecosystems": a ranking of harm or risk, not praise (the adjectives the "most" superlative skips).
const NOT_PRAISE_NEXT = new RegExp(String.raw`^\s+(?:${words.notPraiseAfterMost.join('|')})\b`, 'iu');

/** True when a listed word has its plain sense here ("an important difference", "an exceptional case", "well-known ports"). */
export function isPlainSense(text: string, index: number, length: number): boolean {
  const word = text.slice(index, index + length).toLowerCase().replace(/\s+/g, ' ');
  if (word === 'one of the most' && NOT_PRAISE_NEXT.test(text.slice(index + length))) return true;
  if (word === 'popular' && /\b(?:some|other|many)\s+$/i.test(text.slice(0, index)) && LISTED_AFTER.test(text.slice(index + length))) return true;
  const praise = PRAISE_ONLY_BEFORE.get(word);
  if (praise) return !praise.test(text.slice(index + length));
  if (word === 'a unique opportunity' && STUDY_AFTER.test(text.slice(index + length))) return true;
  if (/\brole$/.test(word) && FINDING_BEFORE.test(text.slice(0, index))) return true;
  if (PLAIN_AFTER.get(word)?.test(text.slice(index + length))) return true;
  return (PLAIN_SENSE[word]?.test(text.slice(index + length)) ?? false) || (PLAIN_BEFORE[word]?.test(text.slice(0, index)) ?? false);
}

const ADVICE_WORDS = new Set(data.adviceWords.words);
// "It's important to…", "it is crucial that you…": the writer ranks a step of a task.
const ADVICE_FRAME = /\b(?:it|this|that|both)(?:['’]s|\s+is|\s+are|\s+was|\s+will\s+be)\s+(?:\p{L}+ly\s+|also\s+|therefore\s+|very\s+|so\s+)?$/iu;
const STEP_AFTER = /^\s+(?:steps?|things?|thing\s+to|tips?|rules?|parts?\s+of\s+(?:the|this|any|your)|factors?\s+to|ways?\s+to)\b/iu;

/** True when an advice word ranks steps of a task ("It's important to rinse", "the most important step"), not a subject. */
export function isAdvice(text: string, index: number, length: number, instruction: boolean): boolean {
  if (!ADVICE_WORDS.has(text.slice(index, index + length).toLowerCase().replace(/\s+/g, ' '))) return false;
  return instruction || ADVICE_FRAME.test(text.slice(0, index)) || STEP_AFTER.test(text.slice(index + length));
}

// "known for his humility", "known for its friendly community": praise of a person or place on no one's word.
// "known for his role as…", "known for her 1970 best-seller" name a fact and are left alone.
const KNOWN_FOR_TRAIT = new RegExp(String.raw`\bknown\s+for\s+(?:his|her|its|their)\s+(?:[\p{L}-]+,?\s+(?:and\s+)?){0,2}?(?:${alternation(data.knownForTraits)})(?![\p{L}-])`, 'giu');

/** "known for <trait>" spans ("known for his humility") as [index, length] pairs. */
export function knownForTraits(text: string): Array<[number, number]> {
  return [...text.matchAll(KNOWN_FOR_TRAIT)].map((m) => [m.index, m[0].length]);
}

// "Our work provides a unique perspective", "this study offers a novel and effective way": the writer praising their
// own work. The adjective (with one coordinated word before it) is the finding.
const SELF_PRAISE = new RegExp(
  String.raw`\b(?:our|this|the\s+present|the\s+proposed)\s+(?:[\p{L}-]+\s+)?(?:${alternation(register.ownWorkNouns.words)})\s+(?:[\p{L}-]+\s+)?` +
    String.raw`(?:${alternation(words.selfPraiseVerbs)})\s+(?:(?:a|an|the|some|several)\s+)?` +
    String.raw`((?:[\p{L}-]+,?\s+and\s+)?(?:${alternation(words.selfPraiseAdjectives)})(?:\s+and\s+[\p{L}-]+)?)(?![\p{L}-])`,
  'giu',
);

/** Praise of the writer's own work ("Our work provides a unique perspective"), as [index, length] of the adjectives. */
export function selfPraise(text: string): Array<[number, number]> {
  return [...text.matchAll(SELF_PRAISE)].map((m) => [m.index + m[0].length - m[1].length, m[1].length]);
}
