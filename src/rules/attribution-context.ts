// Context tests for vague quantifiers: "many scholars" stands in for names, "some 300 people" is a figure.

const NOT_VAGUE_BEFORE: Record<string, RegExp> = {
  many: /\b(?:how|as|a great|a good)\s+$/i,
  few: /\b(?:a|quite a|the first|the last|the next|the past)\s+$/i,
  some: /\b(?:for|to)\s+$/i,
  certain: /\b(?:is|are|was|were|be|been|being|not|almost|quite|fairly|very|less|more|most|uncertain)\s+$/i,
};
const NOT_VAGUE_AFTER: Record<string, RegExp> = {
  many: /^\s+(?:times|more)\b/i,
  several: /^\s+(?:times|months|years|weeks|days|hours|minutes|decades|centuries|generations)\b/i,
  few: /^\s+(?:times|months|years|weeks|days|hours|minutes|decades|more)\b/i,
  some: /^\s+(?:\d|time\b|point\b|day\b|extent\b|degree\b|way\b|sort\b|kind\b|form\b|of\s+(?:his|her|their|its|the)\s+(?:best|most|finest|greatest)\b)/i,
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
