// Context tests for vague quantifiers: "many scholars" stands in for names, "some 300 people" is a figure.

const NOT_VAGUE_BEFORE: Record<string, RegExp> = {
  many: /\b(?:how|as|a great|a good)\s+$/i,
  most: /\b(?:the|at|for|its|his|her|their|our|one's)\s+$/i,
  few: /\b(?:the first|the last|the next|the past)\s+$/i,
  some: /\b(?:for|to)\s+$/i,
  certain: /\b(?:is|are|was|were|be|been|being|not|almost|quite|fairly|very|less|more|most|uncertain)\s+$/i,
};
const NOT_VAGUE_AFTER: Record<string, RegExp> = {
  many: /^\s+(?:times|more)\b/i,
  few: /^\s+(?:times|months|years|weeks|days|hours|minutes|decades|more)\b/i,
  some: /^\s+(?:time|point|day|extent|degree|way|sort|kind|form)\b/i,
  // "most" before an adjective is a superlative ("most popular", a puffery matter), before a noun a quantity.
  most: /^\s+(?!of\b)\p{L}+(?:al|ive|ful|ant|ent|ous|ic|ing|ed|ar|le|ly|ble|est|er)\b|^\s+(?:likely|recent|important|common|often|notably|famous|popular|recently|frequently|probably|commonly)\b/iu,
  certain: /^\s+(?:that|whether|to|of|about)\b/i,
};

/** True when a quantifier ("many", "some", "certain") stands in for a count or for names, not a figure or an idiom. */
export function isVagueQuantity(text: string, index: number, length: number): boolean {
  const word = text.slice(index, index + length).toLowerCase();
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  if (NOT_VAGUE_BEFORE[word]?.test(before) || NOT_VAGUE_AFTER[word]?.test(after)) return false;
  return !/^\s*(?:\d|[.,;:!?)]|$)/.test(after) || word === 'others';
}
