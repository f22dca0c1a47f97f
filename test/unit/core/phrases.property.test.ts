// Property: the phrase matcher (a trie of first words, each candidate tried where its word is) finds exactly
// what the phrase list's one regex finds, and what trying every phrase at every position finds.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compilePhrases, type PhraseEntry, type PhraseMatcher } from '../../../src/core/phrases';
import aiArtifact from '../../../src/rules/ai-artifact/phrases.json';
import citationIntegrity from '../../../src/rules/citation-integrity/phrases.json';
import dateSensitive from '../../../src/rules/date-sensitive/phrases.json';
import expiredPrediction from '../../../src/rules/expired-prediction/phrases.json';
import hedge from '../../../src/rules/hedge/phrases.json';
import puffery from '../../../src/rules/puffery/phrases.json';
import staleDate from '../../../src/rules/stale-date/phrases.json';
import unlinkedSource from '../../../src/rules/unlinked-source/phrases.json';
import unsupportedAttribution from '../../../src/rules/unsupported-attribution/phrases.json';

const LISTS: Record<string, readonly PhraseEntry[]> = {
  'ai-artifact': aiArtifact.entries, 'citation-integrity': citationIntegrity.entries, 'date-sensitive': dateSensitive.entries,
  'expired-prediction': expiredPrediction.entries, hedge: hedge.entries, puffery: puffery.entries, 'stale-date': staleDate.entries,
  'unlinked-source': unlinkedSource.entries, 'unsupported-attribution': unsupportedAttribution.entries,
  'vague quantities': unsupportedAttribution.vagueQuantities,
};

// Phrases a configuration may add: outside ASCII, starting with punctuation, with inner punctuation.
const ODD = ['naïve claims', 'ſome say', 'café owners', '[who?]', '(citation)', 'e.g. experts', 'state-of-the-art', "don't know", '𝐀 fact', 'K-pop fans', 'über alles', 'it is', 'İstanbul'];

/** Matches of `list` in `text`, found the slow and plain way: at each position, every phrase in the regex's order. */
function reference(list: readonly string[], text: string): Array<[number, number, string]> {
  const norm = (s: string) => s.toLowerCase().replace(/[\s\u2010-\u2014-]+/g, ' ').replace(/[’‘]/g, "'").trim();
  const keys = [...new Set(list.map(norm))].sort((a, b) => b.length - a.length);
  const patterns = keys.map((k) => new RegExp(`(?<![\\p{L}\\p{N}_-])${k.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('[\\s\\u2010-\\u2014-]+')}(?![\\p{L}\\p{N}_-])`, 'iuy'));
  const out: Array<[number, number, string]> = [];
  let at = 0;
  while (at < text.length) {
    let matched: string | undefined;
    for (const pattern of patterns) {
      pattern.lastIndex = at;
      matched = pattern.exec(text)?.[0];
      if (matched !== undefined) break;
    }
    if (matched !== undefined) {
      out.push([at, matched.length, norm(matched)]);
      at += matched.length;
    } else at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

/** The list's one regex run over the text, keeping the matches whose text names an entry (as the matcher used to). */
function byRegex(matcher: PhraseMatcher<PhraseEntry>, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const { regex } = matcher;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) if (matcher.entryFor(m[0])) out.push([m.index, m[0].length]);
  return out;
}

const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '-', '—', '–', ', ', '. ', '; ', '"', '“', '(', ')', '[', ']', '’', "'", '_', '', '/', '\t'];
const NOISE = ['The', 'THE', 'it', 'Is', 'widely', 'x', 'ſ', 'K', 'İ', 'ß', 'é', '𝐀', '\ud800', '42', '2024', 'co-', '-ish', 'naïve', 'Über', 'e.g.'];

function vocabulary(phrases: readonly string[]): string[] {
  const words = new Set<string>(NOISE);
  for (const phrase of phrases) for (const word of phrase.split(/[\s\u2010-\u2014-]+/)) if (word) words.add(word);
  return [...words];
}

/** Texts made of the list's words (in any case), whole phrases, odd characters and separators. */
function texts(phrases: readonly string[]) {
  const words = vocabulary(phrases);
  const piece = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...words) },
    { weight: 2, arbitrary: fc.constantFrom(...phrases) },
    { weight: 1, arbitrary: fc.constantFrom(...words).map((w) => w.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...words).map((w) => w[0].toUpperCase() + w.slice(1)) },
    // Characters that case-insensitive matching folds to ASCII: the Kelvin sign to k, the long s to s.
    { weight: 1, arbitrary: fc.constantFrom(...phrases, ...words).map((w) => w.replace(/k/gi, '\u212a').replace(/s/g, 'ſ')) },
  );
  return fc.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
}

function check(entries: readonly PhraseEntry[], add: readonly string[] = [], remove: readonly string[] = []) {
  const matcher = compilePhrases(entries, add, remove);
  const kept = [...entries.map((e) => e.phrase), ...add].filter((p) => !remove.some((r) => r.toLowerCase() === p.toLowerCase()));
  fc.assert(fc.property(texts([...entries.map((e) => e.phrase), ...add]), (text) => {
    const found = matcher.matchAll(text);
    assert.deepEqual(found.map((m) => [m.index, m.length]), byRegex(matcher, text), 'the regex');
    const expected = reference(kept, text).filter(([, , k]) => matcher.entryFor(k));
    assert.deepEqual(found.map((m) => [m.index, m.length]), expected.map(([i, n]) => [i, n]), 'every phrase at every position');
    for (const m of found) assert.equal(m.entry, matcher.entryFor(text.slice(m.index, m.index + m.length)));
  }), { numRuns: 300 });
}

describe('phrase matcher: the same matches as the regex and as a plain search', () => {
  for (const [name, entries] of Object.entries(LISTS)) it(`${name} (${entries.length} phrases)`, () => check(entries));

  it('with phrases added (outside ASCII, starting with punctuation) and removed', () => {
    check(hedge.entries, ODD, ['likely', 'could potentially']);
    check(citationIntegrity.entries, ODD);
    check([], ODD);
  });

  it('finds the phrases the regex finds through case folding and at odd characters', () => {
    const matcher = compilePhrases<PhraseEntry>([], ODD);
    for (const text of ['ſome say so', 'SOME SAY', 'KELVIN K-pop fans', 'x[who?]', 'a [who?] b', 'co-state-of-the-art', '𝐀 fact', 'İstanbul', 'NAÏVE  claims', 'don’t know', 'e.g. experts']) {
      assert.deepEqual(matcher.matchAll(text).map((m) => [m.index, m.length]), byRegex(matcher, text), text);
    }
    // The regex matches "SOME SAY" for the phrase "ſome say" (case folding), but no entry has that key.
    assert.deepEqual(byRegex({ ...matcher, entryFor: () => ({ phrase: '', note: '' }) }, 'SOME SAY'), [[0, 8]]);
    assert.deepEqual(matcher.matchAll('SOME SAY; ſome say').map((m) => [m.index, m.entry.phrase]), [[10, 'ſome say']]);
    const kelvin = compilePhrases(hedge.entries, ['kelvin scale', 'known ſ']);
    assert.deepEqual(kelvin.matchAll('On the \u212aelvin scale, it is \u212anown ſ.').map((m) => m.entry.phrase), ['kelvin scale', 'known ſ']);
    assert.deepEqual(matcher.matchAll('x [who?] and e.g. experts').map((m) => m.entry.phrase), ['[who?]', 'e.g. experts']);
  });
});
