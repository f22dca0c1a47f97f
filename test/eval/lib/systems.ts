import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import { VFile } from 'vfile';
import { createRequire } from 'node:module';
import type writeGoodType from 'write-good';
import { allRules, docsUrl } from '../../../src/rules';
import { createEngine, lintWithEngine, type Engine } from '../../../src/core/lint';
import type { Sensitivity } from '../../../src/core/config';
import type { Finding } from '../../../src/core/types';
import { escapeMarkdown, toTextSpan } from './markdown';

/** A finding mapped back to the plain text it was found in. */
export interface Hit {
  ruleId: string;
  start: number;
  end: number;
  text: string;
}

const engines = new Map<string, Engine>();

function engineFor(referenceDate: string, sensitivity: Sensitivity): Engine {
  const key = `${referenceDate}/${sensitivity}`;
  let engine = engines.get(key);
  if (!engine) engines.set(key, (engine = createEngine(allRules, { referenceDate, config: { sensitivity } })));
  return engine;
}

/**
 * Whether hints count as flagged. The labelled corpora count every finding by default (hints included, as their
 * floors were set); `--shown` (EVAL_SHOWN_ONLY=1) counts only what a writer sees in Problems at the sensitivity.
 */
let shownOnly = process.env.EVAL_SHOWN_ONLY === '1';

/** Counts only findings shown in Problems (no hints) from now on. */
export function countShownOnly(): void {
  shownOnly = true;
}

/** Runs the engine (the same path as `lint()`) on plain text escaped as Markdown; hits are in text offsets. */
export function runOurs(text: string, referenceDate: string, sensitivity: Sensitivity = 'medium'): Hit[] {
  const escaped = escapeMarkdown(text);
  const findings: Finding[] = lintWithEngine(engineFor(referenceDate, sensitivity), escaped.markdown, docsUrl).filter((f) => !shownOnly || f.severity !== 'hint');
  return findings.map((f) => {
    const [start, end] = toTextSpan(escaped, f.offset, f.endOffset);
    return { ruleId: f.ruleId, start, end, text: text.slice(start, end) };
  });
}

const retext = unified().use(retextEnglish).use(retextIntensify);

/** retext-intensify's messages on a sentence, by list: "hedge", "weasel" or "filler". */
export function runRetextIntensify(text: string): Hit[] {
  const file = new VFile(text);
  retext.runSync(retext.parse(file), file);
  return file.messages.map((m) => ({
    ruleId: String(m.ruleId),
    start: m.place && 'start' in m.place ? (m.place.start.offset ?? 0) : 0,
    end: m.place && 'end' in m.place ? (m.place.end.offset ?? 0) : 0,
    text: String(m.actual ?? ''),
  }));
}

// Loaded at run time, not bundled: its dependency weasel-words assigns an undeclared variable, which the bundle's strict mode rejects.
const writeGood = createRequire(__filename)('write-good') as typeof writeGoodType;

const WEASEL_ONLY = { passive: false, illusion: false, so: false, thereIs: false, adverb: false, tooWordy: false, cliches: false, eprime: false, weasel: true };

/** write-good's weasel-word suggestions on a sentence. */
export function runWriteGood(text: string): Hit[] {
  return writeGood(text, WEASEL_ONLY).map((s) => ({ ruleId: 'weasel', start: s.index, end: s.index + s.offset, text: text.substr(s.index, s.offset) }));
}

/** The baseline of the check-worthiness issue: any sentence containing a digit. */
export function hasDigit(text: string): boolean {
  return /\d/.test(text);
}
