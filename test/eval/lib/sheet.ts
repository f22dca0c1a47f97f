// A judging sheet of model-written paragraphs (npm run eval:drafts -- --sheet DIR): what the judges saw, the key
// that says where each finding came from, and the judges' answers.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A finding the judges see, and where it came from (the key is never shown to them). */
export interface KeyItem {
  id: string;
  domain: string;
  generator: string;
  findings: Array<{ n: number; rule: string; severity: string; confidence?: number; offset: number; endOffset: number; flagged: string; message: string }>;
}

export interface Verdict {
  n: number;
  verdict: 'useful' | 'noise';
  why?: string;
}

export interface JudgeItem {
  id: string;
  verdicts: Verdict[];
  misses?: Array<{ text: string; rule: string; why?: string }>;
}

export interface Judge {
  name: string;
  items: Map<string, JudgeItem>;
}

export function readKey(dir: string): KeyItem[] {
  return readFileSync(join(dir, 'key.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as KeyItem);
}

/** The ids of the paragraphs of judged sheets, so that a new sheet can leave them out; names the file it cannot read. */
export function judgedIds(dirs: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const d of dirs) {
    let key: KeyItem[];
    try {
      key = readKey(d);
    } catch (error) {
      throw new Error(`cannot read ${join(d, 'key.jsonl')}: ${(error as Error).message}`);
    }
    for (const item of key) ids.add(item.id);
  }
  return ids;
}

/** The paragraphs the judges read, by id. */
export function readParagraphs(dir: string): Map<string, string> {
  const rows = readFileSync(join(dir, 'paragraphs.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string });
  return new Map(rows.map((r) => [r.id, r.text]));
}

function readJudge(file: string): Map<string, JudgeItem> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { items: JudgeItem[] };
  if (!Array.isArray(raw.items)) throw new Error(`${file}: expected {"items": [...]}`);
  return new Map(raw.items.map((item) => [item.id, item]));
}

/** Every DIR/judge-*.json, named by what follows "judge-". */
export function readJudges(dir: string): Judge[] {
  const files = readdirSync(dir).filter((f) => /^judge-.*\.json$/.test(f)).sort();
  if (!files.length) throw new Error(`${dir}: no judge-*.json files`);
  return files.map((f) => ({ name: f.replace(/^judge-|\.json$/g, ''), items: readJudge(join(dir, f)) }));
}

export const verdictOf = (items: Map<string, JudgeItem>, id: string, n: number) => items.get(id)?.verdicts.find((v) => v.n === n)?.verdict;
