import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { projectRoot } from './paths';
import { proseLines, userDocs } from './docs-files';

/** Words of project history, which user docs must not contain: an issue number, a session, a branch. */
const HISTORY = /\bissue #?\d+|\bsession\b|\bbranch\b/i;

describe('user docs describe current behaviour', () => {
  it('finds the README and the docs pages', () => {
    const names = userDocs().map((f) => relative(projectRoot, f));
    for (const expected of ['README.md', 'docs/configuration.md', 'docs/rules/hedge.md']) assert.ok(names.includes(expected), expected);
  });

  it('the history check ignores fenced code and catches prose', () => {
    const sample = 'Fixed in issue 9.\n```yaml\nbranches: [main]  # the base branch\n```\nA session later.\n';
    assert.deepEqual(proseLines(sample).filter((l) => HISTORY.test(l.text)).map((l) => l.line), [1, 5]);
  });

  it('no issue numbers, sessions or branches outside code blocks', () => {
    const hits: string[] = [];
    for (const file of userDocs()) {
      for (const { line, text } of proseLines(readFileSync(file, 'utf8'))) {
        if (HISTORY.test(text)) hits.push(`${relative(projectRoot, file)}:${line}: ${text.trim()}`);
      }
    }
    assert.deepEqual(hits, []);
  });
});
