import assert from 'node:assert/strict';
import { createServer, connect } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchSource, SourceCache, verifyDocumentSources, verifySources, type FetchOutcome } from '../../../src/verify/index';
import { collectSourceClaims } from '../../../src/core/source-claims';
import { allRules } from '../../../src/rules';
import { startSourceServer, type SourceServer } from './source-server';

const LIMITS = { timeoutMs: 300, maxBytes: 10_000 };

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('source verification: fetching', () => {
  let server: SourceServer;
  before(async () => { server = await startSourceServer(); });
  after(() => server.close());
  const get = (path: string, extra = {}) => fetchSource(server.base + path, { ...LIMITS, ...extra });
  const reason = (o: FetchOutcome) => (o.status === 'ok' ? 'ok' : `${o.status}:${o.reason}`);

  it('reads an HTML page as text, without scripts, entities decoded', async () => {
    const o = await get('/quote');
    assert.equal(o.status, 'ok');
    assert.ok(o.status === 'ok' && o.text.includes('“We will not raise taxes this year.”'));
    assert.ok(o.status === 'ok' && !o.text.includes('99%'));
  });

  it('reports HTTP 404 and 500 as unreachable', async () => {
    assert.equal(reason(await get('/missing')), 'unreachable:http');
    const broken = await get('/broken');
    assert.ok(broken.status === 'unreachable' && broken.httpStatus === 500);
  });

  it('follows a redirect chain by hand, relative and absolute', async () => {
    const o = await get('/chain-1');
    assert.ok(o.status === 'ok' && o.finalUrl === `${server.base}/quote`);
  });

  it('stops on a redirect loop and after five redirects', async () => {
    assert.equal(reason(await get('/loop-a')), 'unreachable:redirect-loop');
    assert.equal(reason(await get('/hop-0')), 'unreachable:too-many-redirects');
    assert.equal(server.hits.get('/hop-5'), 1);
    assert.equal(server.hits.get('/hop-6'), undefined);
    assert.equal(reason(await get('/hop-0', { maxRedirects: 10 })), 'unreachable:too-many-redirects');
    assert.equal(server.hits.get('/hop-10'), 1);
  });

  it('times out a slow response', async () => {
    assert.equal(reason(await get('/slow')), 'unreachable:timeout');
  });

  it('skips bodies over the size cap, declared or streamed', async () => {
    assert.equal(reason(await get('/big')), 'skipped:too-large');
    assert.equal(reason(await get('/big-stream')), 'skipped:too-large');
    assert.equal(reason(await get('/big', { maxBytes: 50_000 })), 'ok');
  });

  it('skips content it cannot read and reads plain text', async () => {
    assert.equal(reason(await get('/pdf')), 'skipped:content-type');
    const plain = await get('/plain');
    assert.ok(plain.status === 'ok' && plain.text === 'Costs fell by 40% in 2025.');
  });

  it('decodes a windows-1252 page', async () => {
    const o = await get('/latin1');
    assert.ok(o.status === 'ok' && o.text.includes('“Nous ne lèverons pas les impôts”'), o.status === 'ok' ? o.text : o.status);
  });

  it('reports a refused connection and, through the fetch hook, a DNS failure', async () => {
    const port = await closedPort();
    assert.equal(reason(await fetchSource(`http://127.0.0.1:${port}/`, LIMITS)), 'unreachable:refused');
    const dnsFailure = async () => { throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }); };
    assert.equal(reason(await fetchSource('https://no-such-host.invalid/', { ...LIMITS, fetch: dnsFailure })), 'unreachable:dns');
  });

  it('is cancelled by the run signal', async () => {
    const controller = new AbortController();
    const pending = fetchSource(server.base + '/slow', { timeoutMs: 5_000, signal: controller.signal });
    controller.abort(new Error('cancelled'));
    await assert.rejects(pending, /cancelled/);
  });
});

describe('source verification: claims against pages', () => {
  let server: SourceServer;
  before(async () => { server = await startSourceServer(); });
  after(() => server.close());

  const check = (markdown: string) => verifyDocumentSources(markdown, { referenceDate: '2026-11-28' }, LIMITS);

  it('accepts a page with the quotation and the numbers', async () => {
    const doc = `Costs fell by 40% and saved $5.6 million at 2,000 sites ([report](${server.base}/quote)).\n\nThe minister said “We will not raise taxes this year.”[^1]\n\n[^1]: Speech, ${server.base}/chain-1\n`;
    assert.deepEqual(await check(doc), []);
  });

  it('reports missing numbers and a missing quotation, with the closest passage', async () => {
    const doc = `Costs fell by 40% and saved $5.6 million at 2,000 sites ([report](${server.base}/other)).\n\nThe minister said “We will not raise taxes this year.” ([speech](${server.base}/other))\n`;
    const findings = await check(doc);
    assert.equal(findings.length, 2);
    assert.ok(findings.every((f) => f.ruleId === 'source-mismatch'));
    assert.match(findings[0].message, /does not contain the numbers “40%”, “\$5\.6 million”, “2,000”/);
    assert.match(findings[0].note ?? '', /Closest passage in the source: “Costs fell by 25 percent/);
    assert.match(findings[1].message, /does not contain the quotation “We will not raise taxes this year\.”/);
    assert.match(findings[1].note ?? '', /Closest passage in the source: “The minister said that taxes would not rise in the coming year\.”/);
    assert.equal(doc.slice(findings[1].offset, findings[1].endOffset), `[speech](${server.base}/other)`);
  });

  it('reports unreachable sources at their citation, and honours directives', async () => {
    const doc = `One [a](${server.base}/missing).\n\nTwo [b](${server.base}/loop-a).\n\n<!-- citation-needed-disable-next-line source-mismatch -->\nThree [c](${server.base}/broken).\n`;
    const messages = (await check(doc)).map((f) => f.message);
    assert.deepEqual(messages, [`Source unreachable: ${server.base}/missing (HTTP 404 Not Found)`, `Source unreachable: ${server.base}/loop-a (redirect loop back to ${server.base}/loop-a)`]);
  });

  it('never runs inside lint(): collecting claims fetches nothing', () => {
    const before = [...server.hits.values()].reduce((a, b) => a + b, 0);
    const { claims } = collectSourceClaims(`A [link](${server.base}/quote) and [ref][r].\n\n[r]: ${server.base}/other\n`, allRules);
    assert.deepEqual(claims.map((c) => c.url), [`${server.base}/quote`, `${server.base}/other`]);
    assert.equal([...server.hits.values()].reduce((a, b) => a + b, 0), before);
  });
});

describe('source verification: 200 cited URLs', () => {
  let server: SourceServer;
  before(async () => { server = await startSourceServer(20); });
  after(() => server.close());

  it('fetches with at most 4 connections at once, then serves a second run from the cache', async () => {
    const doc = Array.from({ length: 200 }, (_, i) => `Growth reached 40% in region ${i} ([source](${server.base}/n/${i})).`).join('\n\n');
    const { claims } = collectSourceClaims(doc, allRules);
    assert.equal(claims.length, 200);
    const cache = new SourceCache();
    const progress: number[] = [];
    const first = await verifySources(claims, { ...LIMITS, timeoutMs: 5_000, cache }, undefined, (p) => progress.push(p.done));
    assert.equal(first.length, 200);
    assert.ok(first.every((r) => r.outcome.status === 'ok' && !r.cached && r.missingNumbers.length === 0));
    assert.equal(progress.length, 200);
    assert.ok(server.maxInFlight <= 4 && server.maxInFlight > 1, `in flight: ${server.maxInFlight}`);
    assert.ok(server.maxSockets <= 4, `sockets: ${server.maxSockets}`);
    const requests = [...server.hits.values()].reduce((a, b) => a + b, 0);
    assert.equal(requests, 200);
    const second = await verifySources(claims, { ...LIMITS, cache });
    assert.ok(second.every((r) => r.cached && r.outcome.status === 'ok'));
    assert.equal([...server.hits.values()].reduce((a, b) => a + b, 0), requests);
  });

  it('expires cached outcomes after their time to live', async () => {
    let now = 1_000;
    const cache = new SourceCache(60_000, undefined, () => now);
    const claims = collectSourceClaims(`Growth reached 40% ([s](${server.base}/n/ttl)).`, allRules).claims;
    await verifySources(claims, { ...LIMITS, cache });
    now += 30_000;
    assert.ok((await verifySources(claims, { ...LIMITS, cache }))[0].cached);
    now += 60_000;
    assert.equal((await verifySources(claims, { ...LIMITS, cache }))[0].cached, false);
    assert.equal(server.hits.get('/n/ttl'), 2);
  });
});

describe('source verification: proxy', () => {
  it('sends requests through the given proxy (CONNECT tunnel)', async () => {
    const server = await startSourceServer();
    const tunnels: string[] = [];
    const proxy = createHttpServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req, client, head) => {
      tunnels.push(req.url ?? '');
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      const claims = collectSourceClaims(`Costs fell by 40% ([r](${server.base}/plain)).`, allRules).claims;
      const [result] = await verifySources(claims, { ...LIMITS, proxy: proxyUrl });
      assert.equal(result.outcome.status, 'ok');
      assert.deepEqual(tunnels, [server.base.slice('http://'.length)]);
      const bypass = await verifySources(claims, { ...LIMITS, proxy: proxyUrl, noProxy: '127.0.0.1' });
      assert.equal(bypass[0].outcome.status, 'ok');
      assert.equal(tunnels.length, 1);
    } finally {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await server.close();
    }
  });
});
