import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { lint } from '../../../src/engine';
import { compilePhrases } from '../../../src/core/phrases';
import { ruleIds } from '../../../src/rules';
import { projectRoot } from '../paths';
import { constructedRegexes, regexLiteralsIn, type FoundRegex } from './regex-collect';

/** Phrases with regex metacharacters, added through the configuration to every rule. */
const HOSTILE_PHRASES = ['(a+)+$', 'a|b', '.*', 'x{1,99999}', '[^]', '\\d+', 'foo(?=bar)', 'back\\1ref', 'C++ experts'];

/** Documents that make the code build its lazily made regexes (fences, raw HTML, phrase lists). */
const DOCUMENTS = [
  '```js\ncode\n```\n\n~~~~\nx\n~~~~\n\n<pre>\nraw\n</pre>\n\n<script>x</script>\n',
  '---\ntitle: T\ndate: 2024-01-01\n---\n\nExperts say costs fell 40% currently, reportedly a cutting-edge record. As of January 2020, according to The Times, it grew.\n',
  'C++ experts say a|b and (a+)+$ and .* happened in 2019.\n',
];

// Loaded from node_modules at run time: recheck starts a worker file that a bundle would not have.
const { checkSync } = createRequire(join(projectRoot, 'package.json'))('recheck') as typeof import('recheck');

/**
 * Regexes recheck finds polynomial (no exponential one is allowed), each with the bound on the
 * text it runs on. Every text a rule sees lies inside one block, and blocks are at most
 * MAX_BLOCK_LENGTH (64 KB) long. A new polynomial regex fails the test until it is fixed or listed.
 */
const POLYNOMIAL_BOUNDED: Array<{ file: string; starts?: string; bound: string }> = [
  { file: 'src/rules/unsourced-claim/check-worthiness.ts', bound: 'one sentence' },
  { file: 'src/core/citations.ts', starts: '\\[[^', bound: 'one segment; each side of the key is capped at 200 characters' },
  { file: 'src/core/citations.ts', starts: '[.:]+$', bound: 'one Pandoc key' },
  { file: 'src/core/definitions.ts', starts: '^ {0,3}', bound: 'one block; the label is capped at 999 characters' },
  { file: 'src/core/directives.ts', bound: 'one HTML comment' },
  { file: 'src/core/sentences.ts', starts: '[.!?', bound: 'one segment' },
  { file: 'src/core/sentences.ts', starts: '([\\p{L}.]+)$', bound: 'the 20 characters before a full stop' },
  { file: 'src/core/phrases.ts', bound: 'one sentence' },
  { file: 'src/core/quotations.ts', bound: 'one sentence or segment' },
  { file: 'src/rules/unlinked-source/index.ts', bound: 'one sentence' },
  { file: 'src/rules/unsourced-claim/index.ts', bound: 'one sentence' },
  { file: 'src/rules/unsupported-attribution/index.ts', bound: 'one sentence' },
  // Added by the rules merged later; bounds read from their call sites, to be tightened by their owners.
  { file: 'src/core/claim-match.ts', starts: '“', bound: 'one claim sentence; each quotation capped at 600 characters' },
  { file: 'src/core/claim-match.ts', starts: '\\s*', bound: 'one quotation (to review: also applied to fetched page text?)' },
  { file: 'src/core/identifiers.ts', bound: 'one DOI, ISBN or URL token' },
  { file: 'src/rules/ai-artifact/index.ts', starts: '【', bound: 'one segment; each side capped at 80 characters' },
  { file: 'src/rules/ai-artifact/index.ts', starts: '[\\uE200', bound: 'one segment' },
  { file: 'src/rules/date-sensitive/calendar-matcher.ts', bound: 'one sentence' },
  { file: 'src/rules/citation-integrity/index.ts', starts: '\\[\\^', bound: 'one block; labels capped at 100 characters' },
  { file: 'src/rules/citation-integrity/index.ts', starts: '\\]\\(', bound: 'one link' },
  { file: 'src/rules/citation-integrity/parts.ts', starts: '\\[\\^', bound: 'one segment; labels capped at 100 characters' },
  { file: 'src/rules/hedge/context.ts', bound: 'the part of one sentence before a modal verb' },
  { file: 'src/rules/date-sensitive/clause.ts', bound: 'one clause of one sentence' },
  { file: 'src/rules/date-sensitive/context.ts', bound: 'one sentence' },
  { file: 'src/rules/puffery/context.ts', bound: 'one sentence' },
  { file: 'src/rules/ai-artifact/tracking-params.ts', bound: 'one URL' },
  { file: 'src/rules/shared/speaker.ts', bound: 'one sentence' },
  { file: 'src/rules/shared/register.ts', bound: 'one sentence; each lead-in clause capped at 80 characters' },
];

function collect(): FoundRegex[] {
  const literals = regexLiteralsIn(projectRoot, ['src/core', 'src/rules']);
  const config = { rules: Object.fromEntries(ruleIds.map((id) => [id, { add: HOSTILE_PHRASES }])) };
  const built = constructedRegexes(join(projectRoot, 'dist', 'api.js'), (api) => {
    for (const text of DOCUMENTS) {
      api.lint(text, { referenceDate: '2026-11-28' });
      api.lint(text, { referenceDate: '2026-11-28', config });
    }
  });
  const unique = new Map<string, FoundRegex>();
  for (const r of [...literals, ...built]) if (!unique.has(`/${r.source}/${r.flags}`)) unique.set(`/${r.source}/${r.flags}`, r);
  return [...unique.values()];
}

describe('robustness: regular expressions (recheck)', function () {
  this.timeout(600_000); // recheck takes 45 s alone on 2 cores, minutes when they are shared
  const regexes = collect();

  it('collects the literals of src/core and src/rules and the ones built from phrase lists, JSON data and config', () => {
    console.log(`      ${regexes.length} distinct regular expressions`);
    assert.ok(regexes.some((r) => r.origin.startsWith('src/core/phrases.ts') && r.source.includes('\\(a\\+\\)\\+\\$')), 'a phrase list with added phrases');
    assert.ok(regexes.some((r) => r.origin.startsWith('src/rules/unsourced-claim/check-worthiness.ts')), 'check-worthiness features');
    assert.ok(regexes.some((r) => r.origin.startsWith('src/core/blocks.ts') && r.origin.includes('run time')), 'fence closers');
    assert.ok(regexes.filter((r) => !r.origin.includes('run time')).length > 30, 'regex literals');
  });

  it('none is exponential, and polynomial ones run only on short, bounded text (listed here with the bound)', () => {
    const failures: string[] = [];
    const used = new Set<string>();
    for (const r of regexes) {
      const known = POLYNOMIAL_BOUNDED.find((k) => r.origin.startsWith(k.file) && (!k.starts || r.source.startsWith(k.starts)));
      let result = checkSync(r.source, r.flags.replace(/[gyd]/g, ''), { timeout: 10_000 });
      // A busy machine can starve recheck of its time limit: an undecided, unlisted regex gets one longer try.
      if (result.status === 'unknown' && !known) result = checkSync(r.source, r.flags.replace(/[gyd]/g, ''), { timeout: 60_000 });
      const where = `${r.origin}: /${r.source.slice(0, 120)}/${r.flags}`;
      if (result.status === 'unknown' && !known) failures.push(`${where} could not be decided (${result.error.kind})`);
      if (result.status === 'unknown' && known) used.add(`${known.file} ${known.starts}`);
      if (result.status !== 'vulnerable') continue;
      if (result.complexity.type === 'exponential' || !known) failures.push(`${where} is ${result.complexity.type}, attack ${result.attack.pattern}`);
      else used.add(`${known.file} ${known.starts}`);
    }
    assert.deepEqual(failures, []);
    const stale = POLYNOMIAL_BOUNDED.filter((k) => !used.has(`${k.file} ${k.starts}`));
    // recheck decides within a time limit, and some listed regexes are built only on demand: an entry
    // not seen as polynomial in this run is reported for review rather than failing the suite.
    for (const k of stale) console.log(`      note: listed as polynomial but not found so in this run: ${k.file} ${k.starts ?? ''}`);
  });

  it('phrases added in the configuration are matched literally, metacharacters and all', () => {
    const matcher = compilePhrases([], HOSTILE_PHRASES);
    const text = 'We saw (a+)+$ and a|b, .* then x{1,99999} and [^] with \\d+ and foo(?=bar) and back\\1ref by C++ experts.';
    const matched = matcher.matchAll(text).map((m) => text.slice(m.index, m.index + m.length));
    assert.deepEqual(matched.sort(), [...HOSTILE_PHRASES].sort());
    assert.deepEqual(compilePhrases([], HOSTILE_PHRASES).matchAll('aaaa ab a b x1 d22 foobar'), []);
    const findings = lint('C++ experts think it grew.', { config: { rules: { 'unsupported-attribution': { add: ['C++ experts'] } } } });
    assert.ok(findings.some((f) => f.ruleId === 'unsupported-attribution' && f.text === 'C++ experts'));
  });
});
