import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { projectRoot } from './paths';
import { proseLines, userDocs } from './docs-files';

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingSlug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

/** The anchors of a Markdown file's headings (outside code blocks). */
function anchorsOf(file: string): Set<string> {
  const lines = proseLines(readFileSync(file, 'utf8'));
  return new Set(lines.map((l) => /^#{1,6} (.*)$/.exec(l.text)?.[1]).filter((h): h is string => !!h).map(headingSlug));
}

describe('links in user docs', () => {
  it('slugs headings as GitHub does', () => {
    assert.equal(headingSlug('`--format sarif`'), '--format-sarif');
    assert.equal(headingSlug('Integration tests in a real VS Code'), 'integration-tests-in-a-real-vs-code');
  });

  it('every relative link points at a file that exists, and at a heading of it', () => {
    const broken: string[] = [];
    for (const file of userDocs()) {
      for (const { line, text } of proseLines(readFileSync(file, 'utf8'))) {
        for (const [, target] of text.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)) {
          if (/^[a-z]+:/i.test(target)) continue;
          const [path, anchor] = target.split('#');
          const resolved = path ? join(dirname(file), path) : file;
          const where = `${relative(projectRoot, file)}:${line}: ${target}`;
          if (!existsSync(resolved)) broken.push(`${where} (no such file)`);
          else if (anchor && resolved.endsWith('.md') && statSync(resolved).isFile() && !anchorsOf(resolved).has(anchor)) broken.push(`${where} (no such heading)`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });
});
