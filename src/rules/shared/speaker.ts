// Statements credited to a named speaker in news style: "…," Kipnis said; according to the police; Cakmak told Bloomberg.
import type { Sentence } from '../../core/types';
import data from '../unlinked-source/phrases.json';
import vague from '../unsupported-attribution/phrases.json';
import { quotationsOf } from '../../core/quotations';
import { MONTH_PATTERN, SPEECH_VERBS } from './english';
import { alternation } from './text-utils';

const PAST = SPEECH_VERBS.words.filter((w) => !SPEECH_VERBS.presentTense.includes(w));
// Present forms that are also nouns ("claims", "notes") count only before what reported speech takes next.
const VERB = `(?:(?:${alternation(PAST)})\\b|(?:${alternation(SPEECH_VERBS.presentTense)})(?=\\s*(?:that\\b|[,:“"]|[.!?]["”]?\\s*$)|\\s+(?:he|she|they|it|we|I)\\s))`;
// The verbs of an inverted attribution ("…," said Smith).
const INVERTED = '(?:said|says|added|wrote|writes|explained|noted|asked|told|stated|according\\s+to)';
const CAP = `\\p{Lu}[\\p{L}\\p{N}'’.-]*`;
// A name: capitalised words ("Paul Kipnis", "the Federal Reserve", "Barclays Corporate Banking in Scotland").
const NAME = `(?!(?:And|But|So|Or|Yet|Then)\\s)(?!(?:The|This|These|That|Those|It|Its|They|He|She|We|I|You|There|Here|Such|Each|Both|All|Another|One|Some|Many|Most|Several|Other|Others|Witnesses|And|But|So|Or|What|First|Then|Now|Also|Well|Yes|No|When|If|As|In|On|At|${MONTH_PATTERN})\\b(?!\\s+\\p{Lu}))(?:[Tt]he\\s+)?${CAP}(?:\\s+(?:(?:of|for|and|&|de|van|von|in|at)\\s+)?(?:[Tt]he\\s+)?${CAP}){0,6}`;
// A body a news story names in lower case: "the police", "a spokesperson for the association", "the company's statement".
const BODY = `(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(data.namedBodies.words)})(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3})?`;
const PRONOUN = '(?:he|she|they|it)';
// Between a speaker and the verb: "Smith also said", "He even says".
const ADVERB = '(?:also|later|previously|even|then|further|again|publicly|repeatedly)';
const COURT = '(?:court|jury|inquest|tribunal|hearing|trial|magistrates|jurors)';
const SPEAKER = `(?:${NAME}|${BODY})`;
// What a quotation mark opens is words said, not a title ("its most successful franchise: "Star Trek""): four words or more.
const SAYING = '(?=[^“”"]*\\s[^“”"]*\\s[^“”"]*\\s)';
// After the subject: a verb of the clause ("painted a stark choice for voters"), a colon, and the words said.
const COLON_QUOTE = `(?:has\\s+|had\\s+|also\\s+)?(?!(?:was|is|has|does)\\b)\\p{Ll}+(?:ed|s)\\b[^,.;:“”"]{0,60}:\\s*[“"]${SAYING}`;

const PATTERNS: RegExp[] = [
  // "according to the police", "according to Dr Smith"
  new RegExp(`\\b[Aa]ccording\\s+to\\s+(${SPEAKER})`, 'u'),
  // "Kipnis said", "the ministry said", "Cakmak told Bloomberg", "Smith, a professor at X, said"
  new RegExp(`(?<![\\p{L}])(${SPEAKER})(?:,[^,.]{1,80},)?\\s+(?:${ADVERB}\\s+|has\\s+|had\\s+)?${VERB}`, 'u'),
  // "The Luxembourg Ministry of Finance expressed confidence in the ruling", "Tate voiced concerns over …": a stance credited to the speaker
  new RegExp(`(?<![\\p{L}])(${SPEAKER})(?:,[^,.]{1,80},)?\\s+(?:${ADVERB}\\s+|has\\s+|had\\s+)?(?:expressed|voiced)\\s+(?:(?:its|his|her|their|a|an|the|deep|strong|serious|some)\\s+){0,2}(?:${alternation(SPEECH_VERBS.stanceNouns)})\\b`, 'u'),
  // "…," said Smith / "…," said a spokesperson for the firm
  new RegExp(`[,”"]\\s*${INVERTED}\\s+(${SPEAKER})`, 'u'),
  // "Labour fired back, claiming that …", "Davies remained undeterred, promising that …", "Lauber contradicted this, stating: "…"",
  // "Johnson praised his team, telling BBC Radio Gloucestershire: "…"
  new RegExp(`(?<![\\p{L}])(${SPEAKER})\\s+[^,.;:“”"]{1,60},\\s+(?:${alternation(SPEECH_VERBS.participles)})(?:\\s+that\\b|:?\\s*[“"]|\\s+[^,.;:“”"]{1,60}?(?:\\s+that\\b|:\\s*[“"]))`, 'u'),
  // "Lancashire issued a brief statement saying, "…"", "The ministry released a statement that said …"
  new RegExp(`(?<![\\p{L}])(${SPEAKER})\\s+(?:has\\s+|had\\s+|later\\s+)?(?:issued|released|put\\s+out|posted|published)\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?statement\\b[^.;“”"]{0,60}?\\s(?:saying|reading|stating|that\\s+said|which\\s+said)\\b`, 'u'),
  // "Gething painted a stark choice for voters: "…"": a quotation the named subject's clause introduces with a colon
  new RegExp(`(?<![\\p{L}])(${NAME})\\s+${COLON_QUOTE}`, 'u'),
  // "…, the court was told", "the jury heard that …": evidence given in court, as a court report attributes it
  new RegExp(`\\b(?:[Tt]he\\s+)?(${COURT})\\s+(?:was\\s+told|were\\s+told|heard|had\\s+heard|was\\s+informed)\\b`, 'u'),
  // "…," he said — the speaker named earlier in the passage
  new RegExp(`[”"]\\s*(${PRONOUN})\\s+(?:also\\s+)?${VERB}`, 'iu'),
];
// "He urged the government to …", "She added that …": a news story goes on with the speaker it named before.
// "With a hint of amusement, he added, "…"": the same after a lead-in, or before a quotation anywhere in the sentence;
// "He painted a stark choice for voters: "…"": a quotation the speaker's clause introduces with a colon.
const FOLLOW_UP = [
  new RegExp(`^\\W*(?:[^,;:“”"]{1,80},\\s*)?(he|she|they)\\s+(?:${ADVERB}\\s+)?${VERB}`, 'iud'),
  new RegExp(`(?<![\\p{L}])(he|she|they)\\s+(?:${ADVERB}\\s+)?${VERB}\\s*[,:]?\\s*[“"]`, 'iud'),
  new RegExp(`^\\W*(he|she|they)\\s+${COLON_QUOTE}`, 'iud'),
];

// "Experts said", "Many critics argued": a group with no names, which unsupported-attribution reports.
const UNNAMED = new RegExp(`^(?:the\\s+)?(?:(?:${alternation(vague.quantifiers)})\\s+)?(?:[\\p{L}-]+\\s+)?(?:${alternation(vague.subjects)})$`, 'iu');

// A cheap test first: most sentences have no verb of saying, and the name patterns are the costly part.
const CUE = new RegExp(`\\b(?:[Aa]ccording|heard|informed|expressed|voiced|${alternation([...SPEECH_VERBS.words, ...SPEECH_VERBS.participles])})\\b|:\\s*[“"]`, 'u');

/** Where the speaker of an attributed statement is named in a sentence, as [index, length], or undefined. */
function speakerIn(sentence: Sentence): [number, number] | undefined {
  const text = sentence.text;
  if (!CUE.test(text)) return undefined;
  const quotes = quotationsOf(sentence).acrossSentences;
  for (const pattern of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const at = m.index + m[0].indexOf(m[1]);
    if (quotes.some(([s, e]) => at > s && at < e) || UNNAMED.test(m[1])) continue;
    return [at, m[1].length];
  }
  return undefined;
}

/** Where the pronoun of a follow-up sentence ("He urged …") stands, as [index, length], or undefined. */
function followUp(text: string): [number, number] | undefined {
  for (const pattern of FOLLOW_UP) {
    const at = pattern.exec(text)?.indices?.[1];
    if (at) return [at[0], at[1] - at[0]];
  }
  return undefined;
}

/** An attributed sentence and where its speaker is named (in it, or in the sentence that opened the passage). */
export interface Attribution {
  sentence: Sentence;
  speaker: Sentence;
  index: number;
  length: number;
}

// Two rules ask for the same block's attributions: computed once per block.
const computed = new WeakMap<readonly Sentence[], Map<Sentence, Attribution>>();

const opensQuote = (text: string) => /^\W*[“"]/.test(text);
const inQuote = (text: string) => (text.match(/[“”"]/g)?.length ?? 0) % 2 === 1;
/** True when the first quotation mark of a sentence closes a quotation that began before it. */
function closesFirst(text: string): boolean {
  const at = text.search(/[“”"]/);
  if (at < 0) return false;
  return text[at] === '”' || (text[at] === '"' && at > 0 && /\S/.test(text[at - 1]));
}

/**
 * The sentences of a block that credit their statement to a named person or body, with the passage
 * around them: a quotation that runs on into the next sentences belongs to the same speaker.
 */
export function attributions(sentences: readonly Sentence[]): Map<Sentence, Attribution> {
  const known = computed.get(sentences);
  if (known) return known;
  const out = new Map<Sentence, Attribution>();
  computed.set(sentences, out);
  const named = new Set<Sentence['segment']>();
  sentences.forEach((sentence, i) => {
    // A sentence opening "He said …" goes on with a speaker an earlier sentence of the paragraph named.
    const found = speakerIn(sentence) ?? (named.has(sentence.segment) ? followUp(sentence.text) : undefined);
    if (!found) return;
    named.add(sentence.segment);
    const attribution = { sentence, speaker: sentence, index: found[0], length: found[1] };
    out.set(sentence, attribution);
    // The quotation around the speaker: sentences before it back to the one that opened the quotation, and after it while it stays open.
    for (let j = i - 1; j >= 0 && sentences[j].segment === sentence.segment && !out.has(sentences[j]); j--) {
      if (!inQuote(sentence.text.slice(0, found[0])) && !closesFirst(sentence.text)) break;
      out.set(sentences[j], { ...attribution, sentence: sentences[j] });
      if (opensQuote(sentences[j].text)) break;
    }
    // After it: a quotation left open, and quoted sentences that follow in the paragraph (news style: the same speaker goes on).
    let open = inQuote(sentence.text);
    for (let j = i + 1; j < sentences.length && sentences[j].segment === sentence.segment; j++) {
      const next = sentences[j].text;
      if (!open && !opensQuote(next)) break;
      out.set(sentences[j], { ...attribution, sentence: sentences[j] });
      if (inQuote(next)) open = !open;
    }
  });
  return out;
}
