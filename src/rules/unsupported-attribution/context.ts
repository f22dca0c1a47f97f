// Context tests for vague quantifiers: "many scholars" stands in for names, "some 300 people" is a figure.
import data from './phrases.json';

const contextWords = data.contextWords;

const words = (list: readonly string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
// "several weeks", "a few consecutive paces", "several hundred": an extent or a figure, not unnamed people or sources.
const MEASURE_AFTER = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${words(data.measureNouns)})(?![\\p{L}-])`, 'iu');
// Adverbs of frequency or extent ("generally", "typically") stand alone: a comma or a full stop may follow them.
const ADVERBS = new Set(['typically', 'widely', 'generally', 'commonly', 'more often than not']);

const NOT_VAGUE_BEFORE: Record<string, RegExp> = {
  many: /\bhow\s+$/i,
  most: /\b(?:the|at|for|its|his|her|their|our|one's)\s+$/i,
  few: /\b(?:the first|the last|the next|the past)\s+$/i,
  certain: /\b(?:is|are|was|were|be|been|being|not|almost|quite|fairly|very|less|more|most|uncertain)\s+$/i,
  // "the various dioceses under his jurisdiction": a set the sentence already fixes, not an unnamed one.
  various: /\b(?:the|its|his|her|their|our|these|those)\s+$/i,
};
// "a majority of voters": vague only when the majority is of people; "a majority of 3 seats" is a figure.
const VAGUE_ONLY_AFTER: Record<string, RegExp> = {
  'majority of': /^\s+(?:those|people|the\s+(?:people|public|population)|[\p{L}-]+(?:ists|ians|ers|ors|ants|ents)(?![\p{L}-]))/iu,
};
const NOT_VAGUE_AFTER: Record<string, RegExp> = {
  many: /^\s+more\b/i,
  // "as many as 300", "as many ships as": a comparison, not a vague count ("as many sailors took to piracy" is).
  'as many': /^\s+(?:[\p{L}-]+\s+){0,3}?as\b/iu,
  few: /^\s+more\b/i,
  some: /^\s+(?:time|point|day|extent|degree|way|sort|kind|form)\b|^\s+(?:\p{L}+\s+)?reason\b/iu,
  // "most" before an adjective is a superlative ("most popular", a puffery matter), before a noun a quantity.
  // "in most cases", "most of the time": "usually", a frequency, not an unnamed majority.
  most: /^\s+cases\b|^\s+of\s+(?:the|his|her|their|its|our|my)\s+time\b|^\s+(?!of\b)\p{L}+(?:al|ive|ful|ant|ent|ous|ic|ing|ed|ar|le|ly|ble|est|er)\b|^\s+(?:likely|recent|important|common|often|notably|famous|popular|recently|frequently|probably|commonly)\b/iu,
  certain: /^\s+(?:that|whether|to|of|about)\b/i,
};

/** True when a quantifier ("many", "some", "certain") stands in for a count or for names, not a figure or an idiom. */
export function isVagueQuantity(text: string, index: number, length: number): boolean {
  const word = text.slice(index, index + length).toLowerCase().replace(/\s+/g, ' ');
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  if (NOT_VAGUE_BEFORE[word]?.test(before) || NOT_VAGUE_AFTER[word]?.test(after)) return false;
  if (/\bas\s+$/i.test(before) && NOT_VAGUE_AFTER[`as ${word}`]?.test(after)) return false;
  if (word in VAGUE_ONLY_AFTER) return VAGUE_ONLY_AFTER[word].test(after);
  if (ADVERBS.has(word)) return true;
  if (MEASURE_AFTER.test(after)) return false;
  if (word === 'some' && !someCountsOrCredits(after)) return false;
  // "There are several common methods:": the list that follows names them.
  if (isListIntro(before) && /:\s*$/.test(after)) return false;
  // A predicate ("the benefits are numerous, and ...") is as vague as the attributive use.
  if (PREDICATE_BEFORE.test(before) && /^\s*[.,;:!?)]/.test(after)) return true;
  // A figure follows ("some 300 people"); "most 2D platformers", "some 5th-century vestiges" are no figures.
  return !/^\s*(?:\d[\d,.]*(?![\p{L}\d])|[.,;:!?)]|$)/u.test(after) || word === 'others';
}

// Words that end the noun phrase after "some" ("some users report", "in some cases this ...").
const PHRASE_END = new RegExp(String.raw`^(?:${contextWords.phraseEndWords.join('|')})$`, 'i');
// "some of the pain", "some of this": a part of one thing; "some of them", "some of the benefits": some of many.
const PARTITIVE = /^\s+of\s+(?:(them|us|you|which|whom|these|those)\b|(this|that|it)\b|(?:the|his|her|its|their|our|my|your)\s+)/i;
const PLURAL = /(?:[^siu'’]s|people|men|women|children|data|media|criteria|phenomena|folk|staff|police)$/i;
const OPINION = new Set(data.opinionNouns);

/**
 * "some" is a vague count before a plural ("some critics", "some old machines") or as a pronoun ("some of",
 * "some later converted"), and stands for unnamed sources before an opinion noun ("some criticism"); before
 * another singular it means "an unspecified" or "a little" ("some code", "some complexity").
 */
function someCountsOrCredits(after: string): boolean {
  const partitive = PARTITIVE.exec(after);
  if (partitive) return partitive[1] !== undefined || (partitive[2] === undefined && someCountsOrCredits(` ${after.slice(partitive[0].length)}`));
  const phrase: string[] = [];
  for (const [token] of after.slice(0, 80).matchAll(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu)) {
    if (!/[\p{L}\p{N}]/u.test(token) || PHRASE_END.test(token) || phrase.length === 4) break;
    phrase.push(token);
  }
  if (phrase.length === 0 || /(?:ly|ed)$/i.test(phrase[0])) return true;
  return phrase.some((w) => PLURAL.test(w) || OPINION.has(w.toLowerCase()));
}

/** "There are …", "Key features include …": the opening words of a sentence that hands over to a list. */
function isListIntro(before: string): boolean {
  const words = before.trim().toLowerCase().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  const last = words[words.length - 1];
  if (['include', 'includes', 'included'].includes(last)) return true;
  return words.length === 2 && words[0].replace(/^[^\p{L}]+/u, '') === 'there' && ['are', 'were', 'exist'].includes(last);
}
const PREDICATE_BEFORE = /\b(?:is|are|was|were|be|been)\s+(?:very\s+|so\s+|too\s+|quite\s+)?$/i;

// "was criticized for", "has been praised": a verdict in the passive with no one who gave it. "was interpreted as" and
// "has been attributed to its team spirit" credit a reading or a cause to no one ("attributed to Lincoln" names an author).
const VERDICT = /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being)\s+(?:\p{L}+ly\s+|also\s+|often\s+|widely\s+)?(?:criticized|criticised|praised|condemned|lauded|hailed|derided|panned|decried|ridiculed|interpreted\s+(?:as|to\s+mean)|attributed\s+to)\b/giu;
// Under the i flag \p{Lu} would match any letter, so the name after "attributed to" is checked without it.
const AUTHOR_AFTER = /^\s+(?:the\s+)?\p{Lu}/u;
// An agent or a source close behind names who gave the verdict: "criticized by the press", "praised in The Times".
const AGENT_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:by|in|from)\s+\p{Lu}|^\s+by\b/u;

/** Passive verdicts that name no one ("was criticized for"), as [index, length] pairs. */
export function agentlessVerdicts(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  VERDICT.lastIndex = 0;
  for (let m = VERDICT.exec(text); m; m = VERDICT.exec(text)) {
    const after = text.slice(m.index + m[0].length);
    // "attributed to": a name after it is an author; a plain "is attributed to" is as often the writer's own
    // inference ("this low friction is attributed to the MoS2 planes") as a received view ("has been attributed to").
    if (/\bto$/i.test(m[0]) && (AUTHOR_AFTER.test(after) || !/(?:been|ly|often|widely)\s+attributed\s+to$/i.test(m[0]))) continue;
    if (!AGENT_AFTER.test(after)) found.push([m.index, m[0].length]);
  }
  return found;
}

/** A verb of holding or voicing a view: one of `verbs`, or "see"/"view"/"regard" with an "as" after ("saw it as"). */
const viewVerb = (verbs: readonly string[]) =>
  `(?:(?:${words(verbs)})(?![\\p{L}'’-])|(?:${words(data.viewAsVerbs)})\\s+(?:[\\p{L}'’-]+\\s+){0,6}?as(?![\\p{L}'’-]))`;

// The noun phrase after a vague quantity, then a verb of holding or voicing a view: "many opposition groups and
// human rights organizations criticized", "some people saw it as", "some may interpret". A copula or a clause word in
// between ends the phrase ("some of the buildings were praised" is a verdict on things, reported on its own), and a
// verb after "and" has a subject of its own ("we evaluate it on various tasks and show").
const VIEW_AFTER = new RegExp(
  String.raw`^(?:\s+(?!(?:is|are|was|were|be|been|being|that|which|who|whom|whose|what|when|where|because|if|to|than|as|I|you|we|he|she|it|they)\b)[\p{L}'’-]+){0,6}?` +
    String.raw`(?<!\b(?:and|or))\s+(?:(?:have|has|had|also|long|often|even|still|generally|may|might|would|could|will|do|did)\s+){0,2}` +
    viewVerb(data.viewVerbs),
  'iu',
);

/**
 * Length of the words after a vague quantity up to a verb that credits a view to the people it counts, or 0. An
 * adverb ("widely", "generally") counts no people: "historians widely regard" has its holders before it.
 */
export function creditedView(text: string, index: number, length: number): number {
  if (ADVERBS.has(text.slice(index, index + length).toLowerCase())) return 0;
  return VIEW_AFTER.exec(text.slice(index + length))?.[0].length ?? 0;
}

/** True when a report phrase ending in "to" names who knows or reports: "is known to us only from ...". */
export function namesWhoKnows(text: string, end: number): boolean {
  return /\bto$/i.test(text.slice(0, end)) && /^\s+(?:us|me|him|her|them|you)\b/i.test(text.slice(end));
}

const HOLDER = new RegExp(`(?<![\\p{L}'’-])(?:${words(data.opinionHolders)})(?![\\p{L}'’-])`, 'giu');
// Within the noun phrase before it: a determiner, a number, a possessive or a quantifier (reported on its own) makes the group definite or counted.
const HOLDER_DEFINITE_BEFORE = new RegExp(
  `(?:\\b(?:the|a|an|these|those|this|that|his|her|their|its|our|my|your|whose|which|both|all|no|such|by|some|many|most|several|various|numerous|countless|certain|few)|\\d|\\p{L}['’]s?)\\s+(?:[\\p{L}-]+\\s+){0,2}$`,
  'iu',
);
// A name right after, or where they work: "critics Roger Fry and Clive Bell", "critics such as Fry", "experts at the Royal Society";
// a label ("Area experts: ..."); a question the writer already left ("Experts [who?]", which citation-integrity reports).
const HOLDER_NAMED_AFTER = /^\s+\p{Lu}|^,?\s+(?:such\s+as|including|like|led\s+by)\b|^\s+(?:at|from|of|in|with)\s+(?:the\s+)?\p{Lu}|^\s*[:/]|^\s*\[[^\]]{1,40}\?\]/u;
// A predicate ("may not be experts in X") or one of a pair ("shepherds/experts") describes a role, it credits no one.
const HOLDER_ROLE_BEFORE = /(?:\b(?:be|is|are|was|were|been|being|become|became|as)\s+(?:not\s+)?(?:[\p{L}-]+\s+)?|\/)$/iu;

// A capitalised modifier mid-sentence, in the same clause, names the group ("the Bloomsbury critics", "Hollywood insiders").
function hasNamedModifier(before: string): boolean {
  const clauseStart = Math.max(...[',', ';', ':', '(', '"', '“'].map((c) => before.lastIndexOf(c))) + 1;
  const modifiers = [...before.slice(clauseStart).matchAll(/[\p{L}\p{N}'’-]+/gu)].slice(-2);
  return modifiers.some((w) => /^\p{Lu}/u.test(w[0]) && /[\p{L}\p{N}]/u.test(before.slice(0, clauseStart + w.index)));
}

// How far back the checks before a holder look: all of any real sentence, and bounded, since each check scans
// what it is given and a "sentence" of generated text can be 64 KB long with a holder every few words.
const LOOK_BEHIND = 1000;

// What joins the members of one group: "critics and historians", "critics, commentators, or pundits".
const JOINED = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?$/iu;

// What the group does or receives: a view ("critics praised", "experts have raised concerns", "critics, who
// praised", "critics called it"), or reviews and praise that come from it ("positive reviews from critics").
const HOLDER_VIEW_AFTER = new RegExp(
  String.raw`^(?:\s*,\s*|\s+)(?:who\s+)?(?:(?:have|has|had|also|often|generally|widely|long|all|may|might|would|could|will|do|did)\s+){0,2}` +
    viewVerb([...data.viewVerbs, ...data.holderVerbs]),
  'iu',
);
const WORD_PIECE = /^[\p{L}'’-]{0,12}$/u;
const HOLDER_VIEW_BEFORE = /(?:\b(?:reviews?|praise|acclaim|criticism|reception|plaudits)\s+(?:[\p{L}-]+\s+)?(?:from|by|among)|\baccording\s+to)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Bare plural opinion holders ("critics", "experts") with no determiner and no name, credited with a view, as
 * [index, length] pairs; a run of them joined by commas, "and" or "or" is one group, reported once. A holder that
 * is only mentioned ("a destination for scholars", "debate among historians") credits no view and is left alone.
 */
export function bareOpinionHolders(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  HOLDER.lastIndex = 0;
  for (let m = HOLDER.exec(text); m; m = HOLDER.exec(text)) {
    const before = text.slice(Math.max(0, m.index - LOOK_BEHIND), m.index);
    if (hasNamedModifier(before)) continue;
    if (HOLDER_DEFINITE_BEFORE.test(before) || HOLDER_ROLE_BEFORE.test(before) || HOLDER_NAMED_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const last = found[found.length - 1];
    if (last && JOINED.test(text.slice(last[0] + last[1], m.index))) last[1] = m.index + m[0].length - last[0];
    else found.push([m.index, m[0].length]);
  }
  return found.filter(([index, length]) => {
    // The whole joined group is checked: "scholars and researchers praised" credits the view to both.
    const before = text.slice(Math.max(0, index - LOOK_BEHIND), index);
    const after = text.slice(index + length);
    // A text that ends right after the group, with no full stop, may be cut (a run over 64 KB is split into blocks at a
    // space) and hold the verb beyond the cut: kept.
    return HOLDER_VIEW_AFTER.test(after) || HOLDER_VIEW_BEFORE.test(before) || (after.length <= 40 && WORD_PIECE.test(after.trim()));
  });
}
