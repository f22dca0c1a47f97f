import assert from 'node:assert/strict';
import type { SourceResult } from '../../../src/verify/index';
import type { Finding } from '../../../src/core/types';
import { proxyOptions, verifySummaryLine } from '../../../src/vscode/verify-settings';

describe('proxy options from VS Code settings', () => {
  it('uses the environment (as VS Code does) when http.proxy is empty', () => {
    assert.deepEqual(proxyOptions('', [], true), { proxyFromEnv: true });
    assert.deepEqual(proxyOptions(undefined, undefined, undefined), { proxyFromEnv: true });
  });

  it('sends everything through http.proxy, except the http.noProxy hosts', () => {
    assert.deepEqual(proxyOptions(' http://proxy.corp:3128 ', [], true), { proxy: 'http://proxy.corp:3128' });
    assert.deepEqual(proxyOptions('http://proxy.corp:3128', ['localhost', ' .internal ', '', 7], true), { proxy: 'http://proxy.corp:3128', noProxy: 'localhost,.internal' });
  });

  it('turns certificate checks off only when http.proxyStrictSSL is false', () => {
    assert.deepEqual(proxyOptions('http://p:1', [], false), { proxy: 'http://p:1', strictSSL: false });
    assert.deepEqual(proxyOptions('', [], false), { proxyFromEnv: true, strictSSL: false });
    assert.deepEqual(proxyOptions('', [], 'false'), { proxyFromEnv: true });
  });
});

describe('verify summary line', () => {
  const result = (url: string, cached: boolean) => ({ claim: { url }, cached }) as unknown as SourceResult;
  const finding = (message: string) => ({ message }) as Finding;

  it('counts distinct URLs, unreachable, mismatched and unchecked sources, and cache hits', () => {
    const results = [result('https://a.test/', true), result('https://a.test/', true), result('https://b.test/', false), result('https://c.test/', false)];
    const findings = [
      finding('Source unreachable: https://b.test/ (HTTP 404 Not Found)'),
      finding('Source https://a.test/ does not contain the number “40%”'),
      finding('Source https://a.test/ does not contain the quotation “…”'),
      finding('Source not checked: https://c.test/ (too large)'),
    ];
    assert.equal(verifySummaryLine(results, findings, 'draft.md'),
      "3 sources checked in draft.md: 1 unreachable, 2 citations whose source lacks the claim's quotation or numbers, 1 not checked (1 from the cache).");
  });

  it('says when no problem was found', () => {
    assert.equal(verifySummaryLine([result('https://a.test/', false)], [], 'a.md'), '1 source checked in a.md: no problems found.');
  });
});
