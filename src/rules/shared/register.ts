// Which sentences instruct the reader instead of stating something about the world.
import type { Sentence } from '../../core/types';
import words from './register-words.json';
import claimData from '../unsourced-claim/check-worthiness.json';
import { inside, quotationsOf } from '../../core/quotations';
import { alternation } from './text-utils';


const SECOND_PERSON = new RegExp(`(?<![\\p{L}'’])(?:${alternation(words.secondPerson)})(?![\\p{L}'’])`, 'iu');
// Lead-ins before an imperative: a sequencing word ("Next,", "Step 3:") or an "If …," clause. Peeled one at a time,
// at most a few, so no pattern repeats a group.
const LEAD_IN = new RegExp(`^[^\\p{L}]*(?:(?:${alternation(words.openers)})\\b[,:]?\\s+|(?:if|when|once|after|before|while|until)\\b[^,]{1,80},\\s+)`, 'iu');
// An imperative opens with a bare verb, which the next word shows is not a noun ("Cut the", "Make sure", "Keep it",
// "Add 1/2 cup"):
// a noun subject takes a verb or "of" next.
const IMPERATIVE = new RegExp(
  `^[^\\p{L}]*(?:${alternation(words.verbs)})\\s+(?!(?:is|are|was|were|has|have|had|of|and|or|can|will|would|should|may|might|must)\\b)(?:[\\p{L}\\p{N}'’½¼¾]|[(“"])`,
  'iu',
);

// "Don't engage in rumors", "Do not overwater": a negative imperative, whatever the verb.
const NEGATIVE_IMPERATIVE = /^[^\p{L}]*(?:don['’]t|do\s+not)\s+\p{L}/iu;

function opensWithImperative(text: string): boolean {
  let rest = text;
  for (let i = 0; i < 4; i++) {
    if (IMPERATIVE.test(rest) || NEGATIVE_IMPERATIVE.test(rest)) return true;
    const lead = LEAD_IN.exec(rest);
    if (!lead) return false;
    rest = rest.slice(lead[0].length);
  }
  return false;
}

// Advice put to the reader: "you need to", "you should", "you may want to", "you'll have to".
const ADVICE = new RegExp(`(?<![\\p{L}])you(?:['’]ll|['’]d)?\\s+(?:${alternation(words.adviceVerbs)})\\b`, 'iu');

const instructions = new WeakMap<Sentence, boolean>();

/** True when a sentence tells the reader what to do: "Cut the plastic", "Before you start, you need to position it". */
export function isInstruction(sentence: Sentence): boolean {
  let answer = instructions.get(sentence);
  if (answer === undefined) instructions.set(sentence, (answer = opensWithImperative(sentence.text) || ADVICE.test(sentence.text)));
  return answer;
}

/** True when a sentence gives the reader an instruction or addresses them: "Cut the plastic", "You may want to". */
export function addressesReader(sentence: Sentence): boolean {
  const text = sentence.text;
  if (isInstruction(sentence)) return true;
  const m = SECOND_PERSON.exec(text);
  if (!m) return false;
  return !inside(quotationsOf(sentence).paired, m.index);
}

type Segment = Sentence['segment'];

/**
 * Per block: the paragraphs in which at least `over` / `under` of the sentences pass `test`, found in one pass and kept in
 * `cache` for the block.
 */
function paragraphsWhere(
  cache: WeakMap<readonly Sentence[], Set<Segment>>,
  sentences: readonly Sentence[],
  test: (sentence: Sentence) => boolean,
  over: number,
  under: number,
): Set<Segment> {
  let found = cache.get(sentences);
  if (!found) {
    const counts = new Map<Segment, { all: number; hits: number }>();
    for (const s of sentences) {
      const c = counts.get(s.segment) ?? { all: 0, hits: 0 };
      c.all++;
      if (test(s)) c.hits++;
      counts.set(s.segment, c);
    }
    found = new Set([...counts].filter(([, c]) => c.hits > 0 && c.hits * under >= c.all * over).map(([segment]) => segment));
    cache.set(sentences, found);
  }
  return found;
}

// Per block: the paragraphs (segments) in which at least half the sentences address the reader.
const instructionParagraphs = new WeakMap<readonly Sentence[], Set<Segment>>();

/** True when at least half the sentences of a sentence's paragraph address the reader or instruct them (a how-to step, a list of tips). */
export function inInstructions(sentence: Sentence, sentences: readonly Sentence[]): boolean {
  return paragraphsWhere(instructionParagraphs, sentences, addressesReader, 1, 2).has(sentence.segment);
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'onto', 'your', 'its']);

/**
 * True when a paragraph is a title written as plain text ("How to Avoid Drama in School: 10 Tips"): one line,
 * no closing full stop, and every word but the small ones capitalised.
 */
export function looksLikeTitle(sentence: Sentence): boolean {
  const { segment } = sentence;
  if (segment.kind !== 'paragraph' || sentence.offset !== segment.offset) return false;
  const text = segment.text.trim();
  if (!text || text.length > 150 || /[.!?]["”')\]]*$/.test(text) || /\n/.test(text)) return false;
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 2) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

// "We found", "our results show", "In this study, we investigate": the authors report their own work.
const AUTHORS = new RegExp(`(?:^[^\\p{L}]*|[,;:]\\s*|\\b(?:study|paper|work|article|thesis|report),?\\s+)(?:${alternation(words.firstPerson)})\\s+(?:also\\s+|further\\s+|then\\s+|have\\s+|had\\s+)?(?:${alternation(words.researchVerbs)})\\b|^\\W*our\\s+(?:[\\p{L}-]+\\s+)?(?:${alternation(words.ownWorkNouns.words)})\\b`, 'iu');

/** True when the writer reports their own work ("We found that…", "Our results show…"), which no one else can source. */
function reportsOwnWork(sentence: Sentence): boolean {
  return AUTHORS.test(sentence.text);
}

// Per block: the paragraphs in which the writer reports their own work, found in one pass. A sentence with a
// quotation in it may be someone else's "we" and does not count.
const ownWorkParagraphs = new WeakMap<readonly Sentence[], Set<Sentence['segment']>>();
// In such a paragraph, a sentence that carries on the report: "This marks it as …", "The observations obtained in 2005
// offer …" after "We present …"; or one that names the authors again, outside quotation marks ("which allows us to").
const CARRIES_ON = new RegExp(
  `^\\W*(?:(?:[Tt]his|[Ii]t)\\s+(?:${alternation(words.carriesOn.thisWords)})|[Tt]he\\s+(?:${alternation(words.carriesOn.theWords)}))\\b`,
  'u',
);
const AUTHORS_AGAIN = /\b(?:[Ww]e|us|[Oo]ur)\b/gu;
const QUOTE_MARK = /["“”]/;

/** True when a sentence's paragraph has the writer report their own work ("We present …", "Our results show …"). */
export function inOwnWorkParagraph(sentence: Sentence, sentences: readonly Sentence[]): boolean {
  let found = ownWorkParagraphs.get(sentences);
  if (!found) {
    found = new Set(sentences.filter((s) => !QUOTE_MARK.test(s.text) && reportsOwnWork(s)).map((s) => s.segment));
    ownWorkParagraphs.set(sentences, found);
  }
  return found.has(sentence.segment);
}

/**
 * True when a sentence is part of the writer's report of their own work: it reports it itself, or it carries on a
 * paragraph that does ("We present observations of PKS2155-304 in 2005. The observations offer …").
 */
export function continuesOwnWork(sentence: Sentence, sentences: readonly Sentence[]): boolean {
  if (reportsOwnWork(sentence)) return true;
  if (!inOwnWorkParagraph(sentence, sentences)) return false;
  if (CARRIES_ON.test(sentence.text)) return true;
  const quotes = quotationsOf(sentence).acrossSentences;
  return [...sentence.text.matchAll(AUTHORS_AGAIN)].some((m) => !inside(quotes, m.index));
}

const CHATTY = new RegExp(words.chatty.fillers.join('|'), 'iu');
const chattyParagraphs = new WeakMap<Sentence['segment'], boolean>();

/** True when a sentence's paragraph talks like a spoken answer ("it was, like, this huge thing", "folks", "gonna"). */
export function inChattyParagraph(sentence: Sentence): boolean {
  let answer = chattyParagraphs.get(sentence.segment);
  if (answer === undefined) chattyParagraphs.set(sentence.segment, (answer = CHATTY.test(sentence.segment.text)));
  return answer;
}

// The writer speaking as themselves ("I", "my", "me"): a diary, a review, a first-person blog post. Their impressions are
// opinion clearly marked as theirs and their experiences have no other source, so judges of model-written drafts called
// praise, "tonight" and the narrated events there noise. Not the Roman numeral of a name ("World War I", "Henry I",
// "Geoffrey I of Villehardouin"), not a title in capitals ("I AM CURIOUS-YELLOW"), not words inside quotation marks
// (someone else's "I"), not "we" (a company praising its own products is still praise).
const ROMAN_BEFORE = new RegExp(`(?:${claimData.contexts['roman numeral'].rules.map((r) => r.before).join('|')})$`, 'u');
const I_WORD = /(?<![\p{L}'’])I(?:['’](?:m|ve|d|ll))?(?![\p{L}'’])(?!\s+of\s+\p{Lu}|\s+\p{Lu}{2,})/gu;
const MY_WORD = /(?<![\p{L}'’])(?:[Mm]y|[Mm]e|[Mm]yself)(?![\p{L}'’])/u;
const ANY_OWN_WORD = /\b(?:I|[Mm]y|[Mm]e|[Mm]yself)\b/;
const QUOTED = /"[^"\n]{0,600}"|“[^”\n]{0,600}”/g;
// "I mean, there were over 156,000 troops", "I think it was the biggest": a chatty answer's fillers, not the writer's
// own experience (inChattyParagraph and the rules' opinion checks deal with those).
const FILLER_I = /\bI\s+(?:mean|guess|think|suppose|reckon)\b/g;
// "as of my last knowledge update", "I don't have access to real-time data": the model speaking of itself, a leftover that
// ai-artifact reports, not a writer's diary.
const MODEL_SELF = new RegExp(words.modelSelf.patterns.join('|'), 'giu');

/** True when a text, outside quotation marks and fillers ("I mean"), has the writer say "I", "my" or "me". */
export function speaksAsI(text: string): boolean {
  // Most sentences have none of the words: a cheap test first, before the quotations are blanked out.
  if (!ANY_OWN_WORD.test(text)) return false;
  const blank = (m: string) => ' '.repeat(m.length);
  const own = text.replace(QUOTED, blank).replace(FILLER_I, blank).replace(MODEL_SELF, blank);
  if (MY_WORD.test(own)) return true;
  return [...own.matchAll(I_WORD)].some((m) => !ROMAN_BEFORE.test(own.slice(0, m.index)));
}

// Per block: the paragraphs in which at least a third of the sentences say "I", "my" or "me". One aside in an essay
// ("I am particularly fascinated by this case") leaves the rest of its paragraph exposition.
const personalParagraphs = new WeakMap<readonly Sentence[], Set<Segment>>();

/** True when a sentence's paragraph is in the writer's own voice: a third of its sentences or more say "I", "my" or "me". */
export function inPersonalVoice(sentence: Sentence, sentences: readonly Sentence[]): boolean {
  return paragraphsWhere(personalParagraphs, sentences, (s) => speaksAsI(s.text), 1, 3).has(sentence.segment);
}
