/** One entry of a phrase list: the phrase, why it is flagged, and where the judgement comes from. */
export interface PhraseEntry {
  phrase: string;
  note: string;
  source?: string;
  [extra: string]: unknown;
}

/** A phrase list compiled to one regular expression, with lookup of the entry behind a match. */
export interface PhraseMatcher<T extends PhraseEntry> {
  regex: RegExp;
  entryFor(matched: string): T | undefined;
  /** Every match in text: [index, length, entry]. */
  matchAll(text: string): Array<{ index: number; length: number; entry: T }>;
}

const key = (s: string) => s.toLowerCase().replace(/[\s\u2010-\u2014-]+/g, ' ').replace(/[’‘]/g, "'").trim();

function phraseSource(phrase: string): string {
  return key(phrase)
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
    .join('[\\s\\u2010-\\u2014-]+');
}

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}_-])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}_-])';

/** The keys of the phrases whose first word leads to one state of the trie, in the regex's order. */
type Candidates = string[];

const SLOTS = 37;
/** Slot of each ASCII word character in the trie (letters case-folded: a-z, 0-9, `_`), -1 for the others. */
const SLOT = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) SLOT[97 + c] = SLOT[65 + c] = c;
for (let c = 0; c < 10; c++) SLOT[48 + c] = 26 + c;
SLOT[95] = 36;

const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
/** Word characters of the Basic Multilingual Plane beyond ASCII, as the regexes' `[\p{L}\p{N}_]` sees them: 0 not yet known, 1 word, 2 not. */
const bmpWord = new Uint8Array(0x10000);

/** For a character beyond ASCII at i: its length in code units when it is a word character (`[\p{L}\p{N}_]`), else 0. */
function wordBeyondAscii(text: string, i: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = bmpWord[code];
  if (known === 0) bmpWord[code] = known = WORD_CHAR.test(text[i]) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** The first word of a phrase's key when the trie can hold the phrase: its key is ASCII and starts with a word character. */
function firstWord(phraseKey: string): string | undefined {
  for (let i = 0; i < phraseKey.length; i++) if (phraseKey.charCodeAt(i) >= 128) return undefined;
  let end = 0;
  while (end < phraseKey.length && SLOT[phraseKey.charCodeAt(end)] >= 0) end++;
  return end > 0 ? phraseKey.slice(0, end) : undefined;
}

/** `[\s\u2010-\u2014-]`, what the regex allows between the words of a phrase. */
function isSeparator(code: number): boolean {
  if (code < 128) return code === 32 || code === 45 || (code >= 9 && code <= 13);
  return (code >= 0x2000 && code <= 0x200a) || (code >= 0x2010 && code <= 0x2014) || code === 0xa0 || code === 0x1680
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** No match: the phrase does not continue here. */
const NO = -1;
/** The text has a character beyond ASCII where the phrase has an ASCII letter: let the regex decide (it folds `ſ` to `s`). */
const ASK_REGEX = -2;

/**
 * Where the phrase `phraseKey` (ASCII), whose first word the text has from `start` to `from`, ends in the
 * text as its regex would match it (separators for each space, `'` or `’` for `'`, letters in either
 * case, then no word character or `-`); NO or ASK_REGEX otherwise.
 */
function phraseEnd(phraseKey: string, text: string, from: number, wordLength: number): number {
  let p = from;
  for (let k = wordLength; k < phraseKey.length; k++) {
    const want = phraseKey.charCodeAt(k);
    if (p >= text.length) return NO;
    const code = text.charCodeAt(p);
    if (want === 32) {
      if (!isSeparator(code)) return NO;
      do p++;
      while (p < text.length && isSeparator(text.charCodeAt(p)));
      continue;
    }
    if (want === 39) {
      if (code !== 39 && code !== 0x2019) return NO;
    } else if (code !== want) {
      const letter = want >= 97 && want <= 122;
      if (letter && code === want - 32) {
        // the same letter, capital
      } else if (letter && code >= 128) return ASK_REGEX;
      else return NO;
    }
    p++;
  }
  if (p < text.length) {
    const code = text.charCodeAt(p);
    if (code < 128 ? SLOT[code] >= 0 || code === 45 : wordBeyondAscii(text, p, code) > 0) return NO;
  }
  return p;
}

/**
 * The matches of a phrase list's regex, found without running it over the whole text (see compilePhrases).
 * `transitions[state * SLOTS + slot]` is the next state plus one (0: none); state 0 is the root.
 */
class IndexedMatcher<T extends PhraseEntry> {
  constructor(
    private readonly transitions: Int32Array,
    private readonly phrasesAt: ReadonlyArray<Candidates | undefined>,
    /** The whole alternation, anchored at one position (made on first use). */
    private readonly alternation: string,
    /** The phrases outside the trie, searched for; undefined when there are none. */
    private readonly others: RegExp | undefined,
    private readonly entryFor: (matched: string) => T | undefined,
  ) {}

  /** The first place at or after `from` where a phrase outside the trie matches, or past the end. */
  private nextOther(text: string, from: number): number {
    if (!this.others) return text.length + 1;
    this.others.lastIndex = from;
    const m = this.others.exec(text);
    return m ? m.index : text.length + 1;
  }

  private anywhere?: RegExp;

  /** What the whole alternation matches at `at`, if anything. */
  private anywhereAt(text: string, at: number): string | undefined {
    const anywhere = (this.anywhere ??= new RegExp(this.alternation, 'iuy'));
    anywhere.lastIndex = at;
    return anywhere.exec(text)?.[0];
  }

  /** What the trie's phrases found under `state` match at `at` (their first word ending at `wordEnd`): the first in the regex's order. */
  private candidateAt(text: string, at: number, wordEnd: number, state: number): string | undefined {
    const phrases = this.phrasesAt[state];
    if (!phrases) return undefined;
    for (const phraseKey of phrases) {
      const end = phraseEnd(phraseKey, text, wordEnd, wordEnd - at);
      if (end === ASK_REGEX) return this.anywhereAt(text, at);
      if (end !== NO) return text.slice(at, end);
    }
    return undefined;
  }

  matchAll(text: string): Array<{ index: number; length: number; entry: T }> {
    const out: Array<{ index: number; length: number; entry: T }> = [];
    const { transitions } = this;
    const length = text.length;
    /** Where the regex would resume: no match may start before it. */
    let cursor = 0;
    /** The next place at or after the cursor where a phrase outside the trie matches (past the end: none). */
    let other = this.nextOther(text, 0);
    let i = 0;
    while (i < length) {
      let code = text.charCodeAt(i);
      if (code < 128 ? SLOT[code] < 0 : wordBeyondAscii(text, i, code) === 0) {
        i++;
        continue;
      }
      // A word starts at i: walk it through the trie while its characters are ASCII.
      const start = i;
      let state = 0;
      let ascii = true;
      while (i < length) {
        code = text.charCodeAt(i);
        if (code < 128) {
          const at = SLOT[code];
          if (at < 0) break;
          if (state >= 0) state = transitions[state * SLOTS + at] - 1;
          i++;
        } else {
          const size = wordBeyondAscii(text, i, code);
          if (size === 0) break;
          ascii = false;
          i += size;
        }
      }
      // Phrases outside the trie that match before this word, each at the place the regex would find it.
      while (other < start) {
        const matched = this.anywhereAt(text, other);
        if (matched === undefined) other = length + 1; // cannot happen: the alternation holds every phrase
        else {
          this.record(out, other, matched);
          cursor = other + matched.length;
          other = this.nextOther(text, cursor);
        }
      }
      // The regex's lookbehind refuses a word inside a match, or after a '-'.
      if (start < cursor || (start > 0 && text.charCodeAt(start - 1) === 45)) continue;
      let matched: string | undefined;
      if (other === start || !ascii) matched = this.anywhereAt(text, start);
      else if (state > 0) matched = this.candidateAt(text, start, i, state);
      if (matched === undefined) continue;
      this.record(out, start, matched);
      cursor = start + matched.length;
      if (other < cursor) other = this.nextOther(text, cursor);
    }
    while (other <= length) {
      const matched = this.anywhereAt(text, other);
      if (matched === undefined) break;
      this.record(out, other, matched);
      other = this.nextOther(text, other + matched.length);
    }
    return out;
  }

  private record(out: Array<{ index: number; length: number; entry: T }>, index: number, matched: string): void {
    const entry = this.entryFor(matched);
    if (entry) out.push({ index, length: matched.length, entry });
  }
}

/**
 * Compiles phrase entries, plus user-added phrases and minus removed ones, into one
 * case-insensitive, word-bounded regex. Phrases are literals, so the regex cannot backtrack badly.
 *
 * `matchAll` gives exactly the matches of that regex run over the text (leftmost first, at each position
 * the first phrase in the regex's order, longest keys first), without running it: a match of a phrase
 * that starts with an ASCII word starts where the text has that same word (the regex's lookbehind puts
 * it at a word's start, and the phrase's next character is no word character), so each word of the
 * text is walked through a trie of first words and only the phrases found there are compared with the
 * text that follows, as the regex would (see phraseEnd). The regex itself still answers where it could
 * match otherwise: at a word with characters beyond ASCII (case-insensitive matching folds `ſ` to `s`,
 * `K` to `k`), and from the next place where a phrase outside the trie (one that is not ASCII, or does
 * not start with a word: `[citation needed]`) matches.
 */
export function compilePhrases<T extends PhraseEntry>(entries: readonly T[], add: readonly string[] = [], remove: readonly string[] = [], makeEntry?: (phrase: string) => T): PhraseMatcher<T> {
  const removed = new Set(remove.map(key));
  const byKey = new Map<string, T>();
  for (const entry of entries) if (!removed.has(key(entry.phrase))) byKey.set(key(entry.phrase), entry);
  for (const phrase of add) {
    if (!phrase.trim() || removed.has(key(phrase))) continue;
    byKey.set(key(phrase), makeEntry ? makeEntry(phrase) : ({ phrase, note: 'Added in the configuration.' } as T));
  }
  const keys = [...byKey.keys()].sort((a, b) => b.length - a.length);
  const sources = keys.map(phraseSource);
  const alternation = `${BOUNDARY_BEFORE}(?:${sources.join('|')})${BOUNDARY_AFTER}`;
  const regex = sources.length ? new RegExp(alternation, 'giu') : /(?!)/gu;
  const entryFor = (matched: string) => byKey.get(key(matched));
  const regexMatchAll = (text: string) => {
    const out: Array<{ index: number; length: number; entry: T }> = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const entry = entryFor(m[0]);
      if (entry) out.push({ index: m.index, length: m[0].length, entry });
    }
    return out;
  };
  // A phrase whose key is empty (one made of dashes) matches at no word: leave such a list to the regex.
  if (!sources.length || byKey.has('')) return { regex, entryFor, matchAll: regexMatchAll };

  const transitions: number[] = new Array<number>(SLOTS).fill(0);
  const phrasesAt: Array<Candidates | undefined> = [];
  const others: string[] = [];
  keys.forEach((phraseKey, k) => {
    const word = firstWord(phraseKey);
    if (word === undefined) {
      others.push(sources[k]);
      return;
    }
    let state = 0;
    for (let c = 0; c < word.length; c++) {
      const at = state * SLOTS + SLOT[word.charCodeAt(c)];
      if (transitions[at] === 0) {
        transitions[at] = transitions.length / SLOTS + 1;
        for (let n = 0; n < SLOTS; n++) transitions.push(0);
      }
      state = transitions[at] - 1;
    }
    (phrasesAt[state] ??= []).push(phraseKey);
  });
  const matcher = new IndexedMatcher<T>(
    Int32Array.from(transitions),
    phrasesAt,
    alternation,
    others.length ? new RegExp(`${BOUNDARY_BEFORE}(?:${others.join('|')})${BOUNDARY_AFTER}`, 'giu') : undefined,
    entryFor,
  );
  return { regex, entryFor, matchAll: (text) => matcher.matchAll(text) };
}

const compiled = new WeakMap<readonly PhraseEntry[], Map<string, PhraseMatcher<PhraseEntry>>>();
/** Configurations remembered per list (settings change while an editor runs; old ones age out). */
const CONFIGS_PER_LIST = 8;

/**
 * `compilePhrases` with a cache shared by every engine of the thread: a list with the same added
 * and removed phrases compiles once, not once per document (the CLI checks thousands).
 */
export function cachedPhrases<T extends PhraseEntry>(entries: readonly T[], add: readonly string[] = [], remove: readonly string[] = [], makeEntry?: (phrase: string) => T): PhraseMatcher<T> {
  let byConfig = compiled.get(entries);
  if (!byConfig) compiled.set(entries, (byConfig = new Map()));
  const config = `${add.join('\u0001')}\u0000${remove.join('\u0001')}`;
  let matcher = byConfig.get(config);
  if (!matcher) {
    if (byConfig.size >= CONFIGS_PER_LIST) byConfig.delete(byConfig.keys().next().value!);
    byConfig.set(config, (matcher = compilePhrases(entries, add, remove, makeEntry) as PhraseMatcher<PhraseEntry>));
  }
  return matcher as unknown as PhraseMatcher<T>;
}
