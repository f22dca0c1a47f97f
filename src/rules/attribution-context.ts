// Context tests for vague quantifiers: "many scholars" stands in for names, "some 300 people" is a figure.

const NOT_VAGUE_BEFORE: Record<string, RegExp> = {
  many: /\bhow\s+$/i,
  most: /\b(?:the|at|for|its|his|her|their|our|one's)\s+$/i,
  few: /\b(?:the first|the last|the next|the past)\s+$/i,
  certain: /\b(?:is|are|was|were|be|been|being|not|almost|quite|fairly|very|less|more|most|uncertain)\s+$/i,
};
const NOT_VAGUE_AFTER: Record<string, RegExp> = {
  many: /^\s+(?:times|more)\b/i,
  // "as many as 300", "as many ships as": a comparison, not a vague count ("as many sailors took to piracy" is).
  'as many': /^\s+(?:[\p{L}-]+\s+){0,3}?as\b/iu,
  few: /^\s+(?:times|months|years|weeks|days|hours|minutes|decades|more)\b/i,
  some: /^\s+(?:time|point|day|extent|degree|way|sort|kind|form)\b|^\s+(?:\p{L}+\s+)?reason\b/iu,
  // "most" before an adjective is a superlative ("most popular", a puffery matter), before a noun a quantity.
  // "in most cases", "most of the time": "usually", a frequency, not an unnamed majority.
  most: /^\s+cases\b|^\s+of\s+(?:the|his|her|their|its|our|my)\s+time\b|^\s+(?!of\b)\p{L}+(?:al|ive|ful|ant|ent|ous|ic|ing|ed|ar|le|ly|ble|est|er)\b|^\s+(?:likely|recent|important|common|often|notably|famous|popular|recently|frequently|probably|commonly)\b/iu,
  certain: /^\s+(?:that|whether|to|of|about)\b/i,
};

/** True when a quantifier ("many", "some", "certain") stands in for a count or for names, not a figure or an idiom. */
export function isVagueQuantity(text: string, index: number, length: number): boolean {
  const word = text.slice(index, index + length).toLowerCase();
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  if (NOT_VAGUE_BEFORE[word]?.test(before) || NOT_VAGUE_AFTER[word]?.test(after)) return false;
  if (/\bas\s+$/i.test(before) && NOT_VAGUE_AFTER[`as ${word}`]?.test(after)) return false;
  // A predicate ("the benefits are numerous, and ...") is as vague as the attributive use.
  if (PREDICATE_BEFORE.test(before) && /^\s*[.,;:!?)]/.test(after)) return true;
  // A figure follows ("some 300 people"); "most 2D platformers", "some 5th-century vestiges" are no figures.
  return !/^\s*(?:\d[\d,.]*(?![\p{L}\d])|[.,;:!?)]|$)/u.test(after) || word === 'others';
}

const PREDICATE_BEFORE = /\b(?:is|are|was|were|be|been)\s+(?:very\s+|so\s+|too\s+|quite\s+)?$/i;

// "was criticized for", "has been praised": a verdict in the passive with no one who gave it.
const VERDICT = /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being)\s+(?:\p{L}+ly\s+|also\s+|often\s+|widely\s+)?(?:criticized|criticised|praised|condemned|lauded|hailed|derided|panned|decried|ridiculed)\b/giu;
// An agent or a source close behind names who gave the verdict: "criticized by the press", "praised in The Times".
const AGENT_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:by|in|from)\s+\p{Lu}|^\s+by\b/u;

/** Passive verdicts that name no one ("was criticized for"), as [index, length] pairs. */
export function agentlessVerdicts(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  VERDICT.lastIndex = 0;
  for (let m = VERDICT.exec(text); m; m = VERDICT.exec(text)) {
    if (!AGENT_AFTER.test(text.slice(m.index + m[0].length))) found.push([m.index, m[0].length]);
  }
  return found;
}

/** True when a report phrase ending in "to" names who knows or reports: "is known to us only from ...". */
export function namesWhoKnows(text: string, end: number): boolean {
  return /\bto$/i.test(text.slice(0, end)) && /^\s+(?:us|me|him|her|them|you)\b/i.test(text.slice(end));
}
