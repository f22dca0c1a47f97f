import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A labelled sentence: its text, the gold decision, and the gold cues for error analysis. */
export interface Item {
  id: string;
  text: string;
  gold: boolean;
  cues?: string;
  /** The article an item comes from, when items of one article must stay in one fold. */
  group?: string;
}

/** One split of a labelled sentence set. */
export interface SentenceSet {
  data: string;
  split: 'dev' | 'test';
  items: Item[];
}

/** A time expression in a text: its span, value, and whether its value is relative (`*_REF`). */
export interface Timex {
  start: number;
  end: number;
  text: string;
  relative: boolean;
}

/** A text with annotated time expressions and the date it was written. */
export interface TimexDoc {
  id: string;
  /** The document the text comes from (a MEANTIME article holds several texts). */
  doc: string;
  text: string;
  date: string;
  timexes: Timex[];
}

type Row = Record<string, unknown>;

function readJsonl(path: string): Row[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
}

interface Cue {
  type: string;
  text: string;
}

const HEDGE_CUES = new Set(['epistemic', 'doxastic']);
const cueList = (cues: Cue[]) => cues.map((c) => `${c.type}:${c.text}`).join(', ');

/** Szeged sentences; gold = an epistemic or doxastic cue (condition and investigation cues are not hedges). */
export function loadSzeged(dir: string, name: string, split: 'dev' | 'test'): SentenceSet {
  const items = readJsonl(join(dir, 'uncertainty', `${name}.${split}.jsonl`)).map((r) => {
    const cues = r.cues as Cue[];
    return { id: `${r.doc_id}#${r.sent_id}`, text: String(r.text), gold: cues.some((c) => HEDGE_CUES.has(c.type)), cues: cueList(cues) };
  });
  return { data: name, split, items };
}

/** CoNLL-2010 Wikipedia sentences, for `discourse_only` vs `certain` or for `conll_uncertain`. */
export function loadConll(dir: string, split: 'dev' | 'test', label: 'discourse' | 'uncertain'): SentenceSet {
  const rows = readJsonl(join(dir, 'weasel', `conll2010-wiki.${split}.jsonl`));
  const kept = label === 'discourse'
    ? rows.filter((r) => r.derived_class === 'discourse_only' || r.derived_class === 'certain')
    : rows.filter((r) => r.derived_class !== 'certain_conll_semantic_suc');
  const items = kept.map((r) => ({
    id: String(r.id),
    text: String(r.text),
    gold: label === 'discourse' ? r.derived_class === 'discourse_only' : r.conll_uncertain === true,
    cues: `${r.derived_class}; ${cueList((r.suc_cues as Cue[]) ?? [])}`,
  }));
  return { data: 'conll2010-wiki', split, items };
}

/** ClaimBuster debate sentences; gold = check-worthy factual claim. */
export function loadClaimBuster(dir: string, split: 'dev' | 'test'): SentenceSet {
  const items = readJsonl(join(dir, 'claims', `claimbuster.${split}.jsonl`)).map((r) => ({ id: String(r.id), text: String(r.text), gold: r.checkworthy === true }));
  return { data: 'claimbuster', split, items };
}

/** Wikipedia statements (each linted as a paragraph of its own); gold = the editors cited it inline. */
export function loadWikiStatements(dir: string, split: 'dev' | 'test'): SentenceSet {
  const items = readJsonl(join(dir, 'citations', `wiki-statements.${split}.jsonl`)).map((r) => ({
    id: String(r.id), text: String(r.text), gold: r.needs_citation === true, group: String(r.title),
  }));
  return { data: 'wiki-statements', split, items };
}

const isRef = (value: unknown) => typeof value === 'string' && /_REF$/.test(value);
const toTimex = (t: Row): Timex => ({ start: Number(t.start), end: Number(t.end), text: String(t.text), relative: isRef(t.value) });

// MEANTIME annotates time expressions only in each article's title, date line and first sentences (0-5).
const MEANTIME_ANNOTATED = 5;

/** The annotated MEANTIME sentences, dated by their article's creation time. */
export function loadMeantime(dir: string): TimexDoc[] {
  const rows = readJsonl(join(dir, 'temporal', 'meantime-en.jsonl')).filter((r) => Number(r.sentence) <= MEANTIME_ANNOTATED);
  const created = new Map<string, string>();
  for (const r of rows) {
    for (const t of r.timexes as Row[]) {
      if (t.functionInDocument === 'CREATION_TIME' && /^\d{4}-\d{2}-\d{2}$/.test(String(t.value))) created.set(String(r.doc), String(t.value));
    }
  }
  return rows.map((r) => ({
    id: `${r.doc}#${r.sentence}`,
    doc: String(r.doc),
    text: String(r.text),
    date: created.get(String(r.doc)) ?? '2010-01-01',
    timexes: (r.timexes as Row[]).map(toTimex),
  }));
}

/** TempEval-3 training documents, dated by their document creation time. */
export function loadTempEval(dir: string): TimexDoc[] {
  return readJsonl(join(dir, 'temporal', 'tempeval3-train.jsonl')).map((r) => ({
    id: String(r.doc),
    doc: String(r.doc),
    text: String(r.text),
    date: String(r.dct).slice(0, 10),
    timexes: (r.timexes as Row[]).map(toTimex),
  }));
}
