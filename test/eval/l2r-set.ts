// Builds a set of machine-written articles, in the layout eval:drafts reads, from the L2R dataset (Hao et al. 2024:
// rewrites of human texts by Gemini-1.5-Pro, GPT-3.5-Turbo, GPT-4o and Llama-3-70B in 21 domains). The rules were
// built on the data folder's machine-written set; this gives text from other models and domains to measure them on.
// The data stays where it is: the set is written to OUT, outside the repository.
// Usage: node out/test/eval/l2r-set.js --l2r PATH/L2R_dataset --out DIR [--from 100] [--per 6] [--human 8]
//   [--models Gemini-1.5-Pro,GPT-3-Turbo,GPT-4o,Llama-3-70B] [--domains NewsArticle,Sports,...]
// Then: node out/test/eval/drafts.js --data DIR --half all [--sheet OUT2 --findings N --seed S]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The domains whose texts make claims a fact-checker reads (not code, legal forms, fiction or private letters).
const DOMAINS = [
  'NewsArticle', 'ArtCulture', 'Business', 'Entertainment', 'Environmental', 'Finance', 'FoodCusine',
  'GovernmentPublic', 'MedicalText', 'OnlineContent', 'ProductReview', 'Sports', 'EducationMaterial',
];
const MODELS = ['Gemini-1.5-Pro', 'GPT-3-Turbo', 'GPT-4o', 'Llama-3-70B'];
// Shorter texts are mostly one-line summaries, which no writer would lint.
const MIN_WORDS = 80;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function count(args: string[], name: string, fallback: number): number {
  const value = option(args, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

function readTexts(file: string): string[] {
  if (!existsSync(file)) throw new Error(`${file}: not found (is --l2r the L2R_dataset folder?)`);
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data) || data.some((t) => typeof t !== 'string')) throw new Error(`${file}: expected a JSON array of texts`);
  return data as string[];
}

/** From index `from` on, the first `per` texts of MIN_WORDS words or more. */
function pick(texts: string[], from: number, per: number): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let i = from; i < texts.length && out.length < per; i++) {
    if (texts[i].split(/\s+/).filter(Boolean).length >= MIN_WORDS) out.push([i, texts[i]]);
  }
  return out;
}

function main(args: string[]): void {
  const l2r = option(args, '--l2r');
  const out = option(args, '--out');
  if (!l2r || !out) throw new Error('usage: l2r-set --l2r PATH/L2R_dataset --out DIR [--from N] [--per N] [--human N] [--models A,B] [--domains A,B]');
  const from = count(args, '--from', 100);
  const per = count(args, '--per', 6);
  const humanPer = count(args, '--human', 8);
  const models = option(args, '--models')?.split(',') ?? MODELS;
  const domains = option(args, '--domains')?.split(',') ?? DOMAINS;
  const machine: string[] = [];
  const human: string[] = [];
  let words = 0;
  for (const domain of domains) {
    for (const model of models) {
      for (const [i, text] of pick(readTexts(join(l2r, domain, `${model}.json`)), from, per)) {
        const id = `l2r-${domain.toLowerCase()}-${String(i).padStart(3, '0')}-${model.toLowerCase()}`;
        words += text.split(/\s+/).filter(Boolean).length;
        machine.push(JSON.stringify({ id, source_dataset: 'L2R (Hao et al. 2024)', generator: model, domain: domain.toLowerCase(), title: '', pair_id: id, generation_mode: 'rewrite', text }));
      }
    }
    for (const [i, text] of pick(readTexts(join(l2r, domain, 'human.json')), from, humanPer)) {
      const id = `l2r-${domain.toLowerCase()}-${String(i).padStart(3, '0')}-human`;
      human.push(JSON.stringify({ id, source_dataset: 'L2R (Hao et al. 2024)', generator: 'human', domain: domain.toLowerCase(), title: '', pair_id: id, generation_mode: 'human', text }));
    }
  }
  const dir = join(out, 'machine-written');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'machine.jsonl'), machine.join('\n') + '\n');
  writeFileSync(join(dir, 'human.jsonl'), human.join('\n') + '\n');
  console.log(`Wrote ${machine.length} machine-written articles (${words} words) and ${human.length} human ones to ${dir}`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
