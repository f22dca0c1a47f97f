// Clause-level contexts of the date-sensitive list: words that are relative time only in a certain
// kind of clause ("will one day", "already hold 15%", "has not yet shipped", "Previously, …").
import phrases from './phrases.json';

const words = phrases.contextWords;

const BREAKS = new Set([...',;:.!?()—–"“”']);

/** The clause a word stands in: the text before it back to the last clause break, and after it to the next (a scan, no backtracking). */
function clauseAround(before: string, after: string): { head: string; tail: string } {
  let start = before.length;
  while (start > 0 && !BREAKS.has(before[start - 1])) start--;
  let end = 0;
  while (end < after.length && !BREAKS.has(after[end])) end++;
  return { head: before.slice(start), tail: after.slice(0, end) };
}

// A condition or a subordinate clause: "if the file already exists", "a value that is not yet known";
// "that" after a verb of saying opens reported speech, not a subordinate clause ("said that they already hold").
const CONDITION = new RegExp(String.raw`(?<![\p{L}])(?:if|unless|whether|when|whenever|while|once|until|before|after|because|since|which|who|where|(?<!(?:${words.verbsBeforeThatClause.join('|')})\s)that)(?![\p{L}])`, 'iu');
// Past tense around the word: "had already sold", "was not yet", "were already".
const PAST = /(?<![\p{L}])(?:had|was|were|did|'d|’d)(?:\s+not|n['’]t)?\s+$/iu;

// "will one day", "hopes to someday": a forecast or an aim with no date (speculation with may/might/could is not flagged, as for "the future").
const PREDICTION_BEFORE = /(?<![\p{L}])(?:will|shall|['’]ll|(?:is|are|am)\s+going\s+to|(?:hopes?|hoped|plans?|planned|aims?|expects?|wants?|intends?)\s+to)\s+(?:(?:probably|likely|surely|certainly|eventually|also|even|still)\s+)?$/iu;

/** "one day" and kin as a dated forecast: right after "will", "is going to", "hopes to". */
export function isPrediction(before: string): boolean {
  return PREDICTION_BEFORE.test(before);
}

// A figure that makes a claim countable: a percentage, a sum of money, a large or grouped number.
const FIGURE = /\d(?:[\d,.]*\d)?\s*(?:%|percent\b|per cent\b|(?:thousand|million|billion|trillion)\b)|[$€£¥]\s?\d|(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d])/iu;

/**
 * "already" in a present-tense claim about a figure ("they already hold 15%", "30% of profit already
 * is derived from the U.S."), which holds only as of the writing; not in a condition or subordinate
 * clause ("if the file already exists") and not in past narration ("had already sold").
 */
export function isFigureClaim(before: string, after: string): boolean {
  const { head, tail } = clauseAround(before, after);
  if (CONDITION.test(head) || PAST.test(before)) return false;
  return FIGURE.test(head) || FIGURE.test(tail);
}

const PRESENT_NEGATION = /(?<![\p{L}])(?:(?:is|are|am|has|have|does|do)(?:\s+not|n['’]t)|isn['’]t|aren['’]t|hasn['’]t|haven['’]t|doesn['’]t|don['’]t|won['’]t|cannot|can['’]t|can\s+not)(?![\p{L}])/iu;
const NEGATION_RIGHT_BEFORE = new RegExp(`${PRESENT_NEGATION.source}\\s+$`, 'iu');
const PRESENT_BEFORE_NOT = /(?<![\p{L}])(?:is|are|am|has|have|does|do)\s+(?:(?:still|also)\s+)?$/iu;

/**
 * "not yet" / "yet" in a present-tense status claim ("the drug is not yet approved", "doesn't own any
 * yet"): true until some unstated day. Not "yet" as a conjunction ("and yet"), not past narration
 * ("was not yet"), not in a condition or subordinate clause ("if the lock is not yet held").
 */
export function isPendingStatus(phrase: string, before: string, after: string): boolean {
  const { head, tail } = clauseAround(before, after);
  if (CONDITION.test(head)) return false;
  if (/^not\s/i.test(phrase)) return PRESENT_BEFORE_NOT.test(before);
  // bare "yet": right after a present negation ("hasn't yet shipped"), or closing a clause that has one ("doesn't own any yet.")
  if (NEGATION_RIGHT_BEFORE.test(before)) return true;
  return PRESENT_NEGATION.test(head) && !/[\p{L}\p{N}]/u.test(tail);
}

// Participles of public events whose date a reader would want: "a previously announced agreement"
// (not "scheduled", "issued", "configured": in technical prose those are states of a mechanism).
const EVENT_AFTER = /^\s+(?:announced|reported|disclosed|published|released|estimated|forecast|projected)(?![\p{L}])/iu;
// "Previously configured values will be ignored", "Previously existing instructions": the adverb of a participle, not of the sentence.
const PARTICIPLE_AFTER = /^\s+\p{L}+(?:ed|en|ing)(?![\p{L}])/iu;

/**
 * "previously" as the claim's own time: opening the sentence ("Previously, it offered $13.65 a
 * share") or dating a public event ("a previously announced agreement"); not discourse ("as
 * previously mentioned") or mechanism ("the previously allocated buffer", "Previously created pods").
 */
export function isPreviousEvent(atStart: boolean, after: string): boolean {
  if (EVENT_AFTER.test(after)) return true;
  return atStart && !PARTICIPLE_AFTER.test(after);
}
