import data from './phrases.json';
import { alternation } from '../shared/text-utils';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../shared/english';

const words = data.contextWords;
// Context tests that decide whether a hedge word is the writer's own uncertainty.

// "you may", "users may": permission, not doubt.
const PERMISSION_SUBJECT = /\b(?:you|users?|visitors|readers|applicants|members|one|we)\s+$/i;
const PERMISSION_AFTER = /^\s+(?:wish|want|choose|opt|use|apply|request|contact|access|submit|download|copy|redistribute|modify)\b|^\s+not\s+be\s+(?:used|copied|reproduced|distributed|redistributed|modified|sold|shared|published|removed|changed)\b/i;
// A condition or a concession in the same clause ("if it could", "whether it may", "while some may"); after a comma the main clause starts.
const CONDITION_BEFORE = /\b(?:if|whether|unless|so that|in order that|as much as|as soon as|as far as|so long as|while|whilst|although|though|even if|no matter how)\b[^.;,]*$/i;
// "might" as a noun: "military might", "with all his might".
const NOUN_MIGHT_BEFORE = /\b(?:the|his|her|its|their|our|my|your|of|with|by|through|military|naval|economic|industrial|full|all|great|sheer)\s+$/i;
// "could" is mostly past ability ("he could see it"); only these continuations are about possibility.
const COULD_POSSIBILITY = /^\s+(?:well|potentially|possibly|eventually|one day|have\s+been|have\s+\w+ed|be\s+(?:a|an|the|that|due|related|linked|caused|responsible)\b)/i;
// A belief verb in the passive: "is considered", "are widely regarded", "was long thought", "and considered".
const PASSIVE_BEFORE = /(?:\b(?:is|are|was|were|be|been|being|isn't|aren't|wasn't|weren't)\s+(?:not\s+)?(?:\p{L}+ly\s+|long\s+|also\s+|still\s+|now\s+)?|\b(?:often|widely|generally|sometimes|commonly|usually|long|still|traditionally|largely)\s+|(?:,|\band)\s+)$/iu;
// A belief verb with its judgement after it: "considered to be", "regarded as", "thought the best".
const JUDGEMENT_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:to\s+be|to\s+have|as(?!\s+(?:soon|well|much|many|long|far)\b))\b|^\s+(?:by|one\s+of|among|the\s+most|the\s+\p{L}+est)\b/iu;

// "should not be considered", "must be considered", "will be considered by the board": a ruling or a deliberation, not a belief.
const RULING_MODAL_BEFORE = /\b(?:should|must|shall|will|need\s+to|needs\s+to|ought\s+to)\s+(?:not\s+)?(?:\p{L}+ly\s+)?be\s+(?:\p{L}+ly\s+)?$/iu;
// "implementers are expected to consider", "what is expected of members": a duty laid on people, not a prediction.
const DUTY_SUBJECT = new RegExp(String.raw`\b(?:${words.dutySubjects.join('|')})\s+(?:(?:are|is|were|was)\s+(?:\p{L}+ly\s+)?(?:not\s+)?)?$`, 'iu');
const DUTY_VERB = new RegExp(String.raw`^\s+(?:\p{L}+ly\s+)?(?:${words.dutyVerbs.join('|')})\b`, 'iu');

/** True when "expected" lays a duty on people ("members are expected to attend", "what is expected of you"), not a prediction. */
export function isDuty(text: string, index: number, length: number): boolean {
  const after = text.slice(index + length);
  if (/^\s+of\b/i.test(after)) return true;
  const to = /^\s+to\b/i.exec(after);
  const verbAfter = to ? after.slice(to[0].length) : after;
  return DUTY_SUBJECT.test(text.slice(0, index)) && DUTY_VERB.test(verbAfter);
}

const CAUTION_AFTER = new RegExp(`^\\s+(?:${data.cautionVerbs.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
// "may have been", "might have had": a guess about what happened, the clearest kind of speculation.
const PAST_GUESS_AFTER = /^\s+(?:not\s+)?have\s+(?:been|had|\p{L}+ed|\p{L}+en)\b/iu;

/** How likely a fact-checker wants an epistemic modal marked: a guess about the past most, a general caution least. */
export function modalStrength(text: string, index: number, length: number): 'guess' | 'possibility' | 'caution' {
  const after = text.slice(index + length);
  if (PAST_GUESS_AFTER.test(after)) return 'guess';
  return CAUTION_AFTER.test(after) ? 'caution' : 'possibility';
}

/** True when a modal ("may", "might", "could") expresses the writer's doubt, not permission, ability or a condition. */
export function isEpistemicModal(text: string, index: number, length: number): boolean {
  const word = text.slice(index, index + length).toLowerCase();
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  if (PERMISSION_SUBJECT.test(before) || PERMISSION_AFTER.test(after)) return false;
  if (CONDITION_BEFORE.test(before)) return false;
  if (word === 'might' && NOUN_MIGHT_BEFORE.test(before)) return false;
  if (word === 'may' && /\bas\s+the\s+case\s+$/i.test(before)) return false; // "as the case may be"
  if (word === 'could') return COULD_POSSIBILITY.test(after);
  return /^\s+\p{L}+/u.test(after) && !/\?\s*$/.test(text);
}

// A passive with nothing after it in its clause states no belief: "Tipping is not expected, but …" is a custom, not a forecast.
// Not after "to be" ("rates of 85% are to be expected"), and not a parenthetical after a comma ("is thought, by some,").
const CLAUSE_END_AFTER = /^\s*(?:$|[.;:!?)]|,\s+(?:but|and|so|yet|or|while|although|though)\b)/;
const TO_BE_BEFORE = /\bto\s+be\s+(?:\p{L}+ly\s+)?$/iu;

/** True when a belief verb ("considered", "regarded") is passive or carries a judgement: a belief, not a deliberation. */
export function isPassiveBelief(text: string, index: number, length: number): boolean {
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  if (CLAUSE_END_AFTER.test(after) && !TO_BE_BEFORE.test(before)) return false;
  if (/^considered$/i.test(text.slice(index, index + length)) && RULING_MODAL_BEFORE.test(before)) return false;
  return PASSIVE_BEFORE.test(before) || JUDGEMENT_AFTER.test(after);
}

const RULING_AFTER = new RegExp(`^\\s+(?:to\\s+be\\s+)?(?:${alternation(words.rulings)})\\b`, 'iu');
const VIEW_VERB = new RegExp(`^(?:${alternation(words.viewVerbs)})\\s+as$`, 'iu');
const MODAL_BE_BEFORE = /\b(?:can|could|may|might)\s+(?:also\s+|easily\s+|even\s+|thus\s+|therefore\s+|then\s+)?be\s+$/iu;
const COMPARATIVE_BEFORE = new RegExp(`\\b(?:${alternation(words.comparativeBefore)})\\s+$`, 'iu');
const TOPIC_BEFORE = new RegExp(`\\b(?:${alternation(words.topicVerbs)})\\s+(?:\\p{L}+\\s+)?$`, 'iu');
const SCHEDULED_AFTER = new RegExp(`^\\s+(?:${alternation(words.scheduledVerbs)})\\b`, 'iu');
const LEGAL = new RegExp(`\\b(?:${alternation(words.legalWords)})\\b`, 'iu');
// "That's not supposed to happen", "archeologists are supposed to study it": what ought to be, not a belief. "The castle is
// supposed to have been built in 1200" and "is supposed to be the oldest" stay hedges.
const DUTY_AFTER = /^\s+to\s+(?!have\b|be\s+(?:the|a|an|one|among)\b)\p{L}+/iu;
// "the specifics may have varied depending on the location", "prices may vary": a caveat that things differ, not a guess.
const VARIATION_AFTER = /^\s+(?:also\s+)?(?:have\s+)?(?:var(?:y|ied)|differ(?:ed)?)\b/iu;
const CHARGE_WORD = /^(?:allegations?|alleged(?:ly)?|(?:is|was|were|are)\s+accused|accused\s+of)$/i;

/**
 * Why a hedge word does not hedge where it stands, or undefined when it does: a ruling ("deemed unfit for
 * service"), a way of looking ("can be viewed as"), a comparison of rates ("more likely to"), a topic ("discusses
 * the possibility of"), a duty ("is supposed to study it"), a caveat that things
 * differ ("the specifics may have varied").
 */
export function notAHedge(text: string, index: number, length: number): string | undefined {
  const word = text.slice(index, index + length);
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  if (/^deemed$/i.test(word) && RULING_AFTER.test(after)) return 'ruling';
  if (VIEW_VERB.test(word) && MODAL_BE_BEFORE.test(before)) return 'perspective';
  if (/^likely$/i.test(word) && COMPARATIVE_BEFORE.test(before) && /^\s+(?:to|be)\b/i.test(after)) return 'comparison';
  if (/possibility/i.test(word) && TOPIC_BEFORE.test(before)) return 'topic';
  if (/^supposed$/i.test(word) && DUTY_AFTER.test(after)) return 'duty';
  if (/^(?:may|might|could)$/i.test(word) && VARIATION_AFTER.test(after)) return 'variation';
  return undefined;
}

// "As the heir apparent, he was expected to one day succeed his father": the succession an heir was raised for, not a forecast.
const SUCCESSION_AFTER = /^\s+(?:to\s+)?(?:one\s+day\s+|eventually\s+)?(?:succeed|inherit|ascend|follow\s+in\s+(?:his|her|their)\s+\p{L}+['’]s\s+footsteps|take\s+over\s+(?:from|the\s+family))\b/iu;

/** True when "expected to" names the succession an heir was raised for ("was expected to succeed his father"). */
export function isSuccession(text: string, index: number, length: number): boolean {
  return /expected(?:\s+to)?$/i.test(text.slice(index, index + length)) && SUCCESSION_AFTER.test(text.slice(index + length));
}

// "A final decision is expected in February", "is expected to be made on Monday": a decision or an event on the calendar.
const EXPECTED_WHEN = new RegExp(
  String.raw`^(?:(?:\s+to)?\s+be\s+(?:made|taken|announced|held|published|released|heard|delivered))?\s+(?:in|on|by|at|before|next|later)\s+(?:the\s+)?(?:${MONTH_PATTERN}|${WEEKDAY_PATTERN}|week|month|(?:this|next|the\s+coming)\s+(?:week|month)|(?:spring|summer|autumn|fall|winter)\b)`,
  'u',
);

/**
 * True when "is set to" announces a scheduled event ("is set to carry the Olympic torch"), not a forecast of an effect,
 * or when "expected" puts a decision on the calendar ("a final decision is expected in February").
 */
export function isScheduled(text: string, index: number, length: number): boolean {
  const word = text.slice(index, index + length);
  const after = text.slice(index + length);
  return (/\bset\s+to$/i.test(word) && SCHEDULED_AFTER.test(after)) || (/expected(?:\s+to)?$/i.test(word) && EXPECTED_WHEN.test(after));
}

/** True when an accusation word names a charge in a paragraph about an investigation or a case ("Blatter is also accused of …"). */
export function namesCharge(word: string, paragraph: string): boolean {
  return CHARGE_WORD.test(word.replace(/\s+/g, ' ')) && LEGAL.test(paragraph);
}
