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

/**
 * Compiles phrase entries, plus user-added phrases and minus removed ones, into one
 * case-insensitive, word-bounded regex. Phrases are literals, so the regex cannot backtrack badly.
 */
export function compilePhrases<T extends PhraseEntry>(entries: readonly T[], add: readonly string[] = [], remove: readonly string[] = [], makeEntry?: (phrase: string) => T): PhraseMatcher<T> {
  const removed = new Set(remove.map(key));
  const byKey = new Map<string, T>();
  for (const entry of entries) if (!removed.has(key(entry.phrase))) byKey.set(key(entry.phrase), entry);
  for (const phrase of add) {
    if (!phrase.trim() || removed.has(key(phrase))) continue;
    byKey.set(key(phrase), makeEntry ? makeEntry(phrase) : ({ phrase, note: 'Added in the configuration.' } as T));
  }
  const sources = [...byKey.keys()].sort((a, b) => b.length - a.length).map(phraseSource);
  const regex = sources.length
    ? new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${sources.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu')
    : /(?!)/gu;
  const entryFor = (matched: string) => byKey.get(key(matched));
  return {
    regex,
    entryFor,
    matchAll(text) {
      const out: Array<{ index: number; length: number; entry: T }> = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        const entry = entryFor(m[0]);
        if (entry) out.push({ index: m.index, length: m[0].length, entry });
      }
      return out;
    },
  };
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
