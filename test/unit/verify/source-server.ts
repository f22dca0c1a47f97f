import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A fixture server on 127.0.0.1 (random port) that counts requests and open connections. */
export interface SourceServer {
  base: string;
  /** Requests received, by path. */
  hits: Map<string, number>;
  /** Most requests in flight at once, and most sockets open at once. */
  maxInFlight: number;
  maxSockets: number;
  close(): Promise<void>;
}

const QUOTE_PAGE = `<!DOCTYPE html><html><head><title>Report</title><script>var hidden = "Costs fell by 99%";</script></head>
<body><h1>Annual report</h1><p>Costs fell by 40&nbsp;percent in 2025, saving $5.6&nbsp;million across 2,000 sites.</p>
<p>The minister said: &ldquo;We will not raise taxes this year.&rdquo;</p></body></html>`;
const OTHER_PAGE = `<!DOCTYPE html><html><body><p>Costs fell by 25 percent in 2025, saving $3 million across 1,500 sites.</p>
<p>The minister said that taxes would not rise in the coming year.</p></body></html>`;

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/html; charset=utf-8', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
}

/** Starts the fixture server; `delayMs` slows every /n/ page so that requests overlap. */
export async function startSourceServer(delayMs = 15): Promise<SourceServer> {
  const hits = new Map<string, number>();
  let inFlight = 0;
  let sockets = 0;
  const state = { maxInFlight: 0, maxSockets: 0 };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const redirect = (to: string) => send(res, 302, '', 'text/plain', { location: to });
    if (path === '/quote') return send(res, 200, QUOTE_PAGE);
    if (path === '/other') return send(res, 200, OTHER_PAGE);
    if (path === '/missing') return send(res, 404, 'Not found');
    if (path === '/broken') return send(res, 500, 'Internal error');
    if (path === '/chain-1') return redirect('/chain-2');
    if (path === '/chain-2') return redirect(`http://127.0.0.1:${(server.address() as AddressInfo).port}/chain-3`);
    if (path === '/chain-3') return redirect('/quote');
    if (path === '/loop-a') return redirect('/loop-b');
    if (path === '/loop-b') return redirect('/loop-a');
    if (/^\/hop-\d+$/.test(path)) return redirect(`/hop-${Number(path.slice(5)) + 1}`);
    if (path === '/slow') return void setTimeout(() => send(res, 200, QUOTE_PAGE), 1_000).unref();
    if (path === '/big') return send(res, 200, Buffer.alloc(30_000, 'a'), 'text/plain');
    if (path === '/big-stream') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 30; i++) res.write(Buffer.alloc(1_000, 'b'));
      return void res.end();
    }
    if (path === '/pdf') return send(res, 200, Buffer.from('%PDF-1.4 40%'), 'application/pdf');
    if (path === '/plain') return send(res, 200, 'Costs fell by 40% in 2025.', 'text/plain');
    if (path === '/latin1') {
      // windows-1252: 0x93 and 0x94 are curly quotes, 0xE9 is é.
      const body = Buffer.concat([Buffer.from('<html><body><p>Le ministre a dit : '), Buffer.from([0x93]), Buffer.from('Nous ne lèverons pas les impôts', 'latin1'), Buffer.from([0x94]), Buffer.from('.</p></body></html>')]);
      return send(res, 200, body, 'text/html; charset=windows-1252');
    }
    if (path.startsWith('/n/')) return void setTimeout(() => send(res, 200, `<p>Page ${path.slice(3)} reports 40% growth.</p>`), delayMs).unref();
    send(res, 404, 'Not found');
  });
  server.on('connection', (socket) => {
    sockets++;
    state.maxSockets = Math.max(state.maxSockets, sockets);
    socket.on('close', () => sockets--);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    get maxInFlight() { return state.maxInFlight; },
    get maxSockets() { return state.maxSockets; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
