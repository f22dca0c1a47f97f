import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../paths';

/** Where samples come from: the shared benchmark corpus, or the samples built into this file. */
export interface Samples {
  source: string;
  texts: string[];
}

const BUILT_IN = [
  `---\ntitle: A draft\ndate: 2025-03-01\n---\n\n# Growth\n\nExperts say costs fell by 40% last year.[^1] The company is currently the largest in Europe.\n\n[^1]: Annual report, 2024.\n`,
  `\uFEFF---\ntitle: BOM first\n---\nAs of January 2024, revenue rose to $5 million (Smith, 2021).\r\n\r\n> Quoted: studies show nothing.\r\n\r\n- item one reportedly grew\r\n  - nested [link](https://example.com) item\r\n`,
  `Intro paragraph with \`code\` and **bold** text. It is a testament to cutting-edge design.\r\rSecond paragraph after CR-only line ends. According to The Washington Post, 1,000,000 people came.\r`,
  `| Year | Share |\n| ---- | ----- |\n| 2019 | 40% |\n\n\`\`\`js\nconst x = "experts say";\n\`\`\`\n\n<!-- citation-needed-disable hedge -->\nIt will likely rain. <ref>Met Office</ref>\n<!-- citation-needed-enable hedge -->\n`,
  `Emoji 😀 and astral 𝒳 text: the first-ever 50% drop [@doe2020, p. 3]. Recently, prices *soared*.\n\n1. One\n2. Two [1]\n\n[x]: https://example.org "T"\n`,
];

function markdownFiles(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) markdownFiles(path, out);
    else if (name.endsWith('.md') && !name.startsWith('doc-') && name !== 'README.md') out.push(path);
  }
}

/**
 * Small windows (at most 1,500 characters) of real Markdown from the corpus folder named by
 * CITATION_NEEDED_CORPUS, or ../shared/corpus beside the repository; built-in samples otherwise.
 */
export function loadSamples(): Samples {
  const candidates = [process.env.CITATION_NEEDED_CORPUS, resolve(projectRoot, '..', 'shared', 'corpus')].filter((p): p is string => !!p);
  const dir = candidates.find((p) => existsSync(p) && statSync(p).isDirectory());
  if (!dir) return { source: 'built-in samples', texts: BUILT_IN };
  const all: string[] = [];
  markdownFiles(dir, all);
  const files = all.filter((_, i) => i % Math.max(1, Math.floor(all.length / 60)) === 0);
  const texts: string[] = [...BUILT_IN];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (let at = 0; at < text.length && texts.length < 300; at += 7919) texts.push(text.slice(at, at + 1500));
  }
  return { source: `corpus ${dir} (${texts.length - BUILT_IN.length} windows of ${files.length} files) and built-in samples`, texts };
}

/** The built-in samples, for tests that must not depend on the corpus. */
export const builtInSamples: readonly string[] = BUILT_IN;
