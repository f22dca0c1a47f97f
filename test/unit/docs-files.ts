import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths';

/** README.md and every Markdown file under docs/: the user documentation. */
export function userDocs(): string[] {
  const files = [join(projectRoot, 'README.md')];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.md')) files.push(join(dir, entry.name));
    }
  };
  walk(join(projectRoot, 'docs'));
  return files;
}

/** Lines outside fenced code blocks, with their 1-based numbers. */
export function proseLines(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  let fence: string | undefined;
  text.split('\n').forEach((line, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (!fence) out.push({ line: i + 1, text: line });
  });
  return out;
}
