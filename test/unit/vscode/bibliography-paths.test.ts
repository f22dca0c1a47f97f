import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { isInside, normalizePath, planBibliography, resolveBibliographyPath, type UriParts } from '../../../src/vscode/bibliography-paths';

const file = (path: string): UriParts => ({ scheme: 'file', authority: '', path });
const paths = (uris: UriParts[]) => uris.map((u) => `${u.scheme}:${u.path}`);

describe('bibliography path resolution', () => {
  it('normalises absolute paths as posix.normalize of Node does (the browser has no node:path)', () => {
    for (const path of ['/', '/a/b', '/a//b/', '/a/./b/../c', '/../x', '/a/b/../../..', '/c:/Users/me/../lib.bib', '/ws/refs/', '/a/.../b', '/a/..b/./']) {
      assert.equal(normalizePath(path), posix.normalize(path), path);
    }
  });

  it('resolves relative paths against the folder, normalising . and ..', () => {
    assert.deepEqual(resolveBibliographyPath(file('/ws'), 'refs/lib.bib'), file('/ws/refs/lib.bib'));
    assert.deepEqual(resolveBibliographyPath(file('/ws/docs'), './../refs/./lib.bib'), file('/ws/refs/lib.bib'));
    assert.deepEqual(resolveBibliographyPath(file('/ws'), 'refs\\win.bib'), file('/ws/refs/win.bib'));
  });

  it('keeps absolute paths, and reads a Windows drive path as a file path', () => {
    assert.deepEqual(resolveBibliographyPath(file('/ws'), '/home/me/lib.bib'), file('/home/me/lib.bib'));
    assert.deepEqual(resolveBibliographyPath(file('/ws'), 'C:\\Users\\me\\lib.bib'), file('/c:/Users/me/lib.bib'));
    assert.equal(resolveBibliographyPath(file('/ws'), '   '), undefined);
  });

  it('stays in the scheme and authority of a virtual workspace', () => {
    const remote = { scheme: 'vscode-vfs', authority: 'github', path: '/owner/repo' };
    assert.deepEqual(resolveBibliographyPath(remote, 'refs.bib'), { ...remote, path: '/owner/repo/refs.bib' });
  });

  it('tells whether a file is inside a folder (not a sibling with the same prefix)', () => {
    assert.equal(isInside(file('/ws'), file('/ws/a/b.bib')), true);
    assert.equal(isInside(file('/ws'), file('/ws2/b.bib')), false);
    assert.equal(isInside(file('/ws'), { scheme: 'untitled', authority: '', path: '/ws/b.bib' }), false);
  });
});

describe('planBibliography', () => {
  const folder = file('/ws');
  const document = file('/ws/posts/draft.md');

  it('takes configured paths relative to the folder, then front matter paths relative to the document, once each', () => {
    const plan = planBibliography({ folder, document, configured: ['refs.bib', 'posts/local.json'], frontMatter: ['local.json', '../refs.bib', 'extra.bib'], trusted: true });
    assert.deepEqual(paths(plan.files), ['file:/ws/refs.bib', 'file:/ws/posts/local.json', 'file:/ws/posts/extra.bib']);
    assert.deepEqual(plan.refused, []);
  });

  it('resolves configured paths against the document folder when there is no workspace folder', () => {
    const plan = planBibliography({ document: file('/tmp/notes/a.md'), configured: ['lib.bib'], frontMatter: [], trusted: true });
    assert.deepEqual(paths(plan.files), ['file:/tmp/notes/lib.bib']);
  });

  it('reads files outside the folder only in a trusted workspace', () => {
    const input = { folder, document, configured: ['/etc/lib.bib'], frontMatter: ['../../outside.bib', 'inside.bib'] };
    assert.deepEqual(paths(planBibliography({ ...input, trusted: true }).files), ['file:/etc/lib.bib', 'file:/outside.bib', 'file:/ws/posts/inside.bib']);
    const untrusted = planBibliography({ ...input, trusted: false });
    assert.deepEqual(paths(untrusted.files), ['file:/ws/posts/inside.bib']);
    assert.deepEqual(untrusted.refused, ['/etc/lib.bib', '../../outside.bib']);
  });

  it('refuses everything in an untrusted window with no folder', () => {
    const plan = planBibliography({ document: file('/tmp/a.md'), configured: [], frontMatter: ['a.bib'], trusted: false });
    assert.deepEqual(plan.files, []);
    assert.deepEqual(plan.refused, ['a.bib']);
  });
});
