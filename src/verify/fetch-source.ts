import { Agent, EnvHttpProxyAgent, ProxyAgent, fetch as undiciFetch, type Dispatcher } from 'undici';
import iconv from 'iconv-lite';
import { htmlToText } from './html-text';

/** A fetch function: the default is undici's fetch over the run's connection pool. */
export type FetchLike = (url: string, init: RequestInit & { dispatcher?: Dispatcher }) => Promise<Response>;

/** Limits and hooks of one fetch. */
export interface FetchOptions {
  /** Per request, headers and body included (default 10 000 ms). */
  timeoutMs?: number;
  /** Largest body read (default 5 MB); a larger one is not checked. */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** Connection pool (see `createDispatcher`): caps connections and carries the proxy. */
  dispatcher?: Dispatcher;
  /** Replaces the fetch function itself (tests, hosts with their own networking). */
  fetch?: FetchLike;
  /** Cancels the fetch (the whole verification run). */
  signal?: AbortSignal;
}

/** Why a source could not be read. */
export type UnreachableReason = 'dns' | 'refused' | 'timeout' | 'http' | 'redirect-loop' | 'too-many-redirects' | 'network' | 'bad-url';

/** Outcome of fetching a source: its text, or why there is none. */
export type FetchOutcome =
  | { status: 'ok'; url: string; finalUrl: string; httpStatus: number; contentType: string; text: string }
  | { status: 'unreachable'; url: string; reason: UnreachableReason; detail: string; httpStatus?: number }
  | { status: 'skipped'; url: string; reason: 'too-large' | 'content-type'; detail: string };

/** Defaults of the fetch limits. */
export const FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 5_000_000, maxRedirects: 5 } as const;

const TEXTUAL = /^(?:text\/|application\/(?:xhtml\+xml|xml|json|ld\+json)|$)/i;

class TooLarge extends Error {}

function classify(error: unknown, timedOut: boolean): { reason: UnreachableReason; detail: string } {
  if (timedOut) return { reason: 'timeout', detail: 'no complete answer within the time limit' };
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { reason: 'dns', detail: `host not found (${code})` };
  if (code === 'ECONNREFUSED') return { reason: 'refused', detail: 'connection refused' };
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') return { reason: 'timeout', detail: `connection timed out (${code})` };
  return { reason: 'network', detail: code ?? cause?.message ?? (error as Error).message };
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new TooLarge(`${declared} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new TooLarge(`more than ${maxBytes} bytes`);
    }
    chunks.push(r.value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The charset named by the Content-Type header, else by an HTML `<meta>` in the first 1 KB, else UTF-8. */
export function detectCharset(contentType: string, bytes: Uint8Array): string {
  const header = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (header) return header;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1] ?? 'utf-8';
}

/** Decodes bytes in a charset (iconv-lite: Node's TextDecoder decodes windows-1252 as Latin-1); unknown labels fall back to UTF-8. */
export function decodeText(bytes: Uint8Array, charset: string): string {
  const label = charset.toLowerCase();
  if (label === 'utf-8' || label === 'utf8' || !iconv.encodingExists(label)) return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label);
}

/** Where requests go: direct, through a given proxy, or through the proxy the environment names. */
export interface ProxyOptions {
  /** An HTTP(S) proxy URL for every request (VS Code's `http.proxy`). */
  proxy?: string;
  /** Hosts that bypass `proxy`, as in NO_PROXY ("localhost,127.0.0.1,.internal"). */
  noProxy?: string;
  /** Use HTTP_PROXY, HTTPS_PROXY and NO_PROXY from the environment (the CLI). */
  proxyFromEnv?: boolean;
  /** Reject servers (and proxies) whose TLS certificate does not verify (default true; VS Code's `http.proxyStrictSSL`). */
  strictSSL?: boolean;
}

/** A connection pool for a verification run: at most `connections` sockets per host, proxied as asked. */
export function createDispatcher(options: ProxyOptions & { connections?: number } = {}): Dispatcher {
  const connections = options.connections ?? 4;
  const tls = options.strictSSL === false ? { rejectUnauthorized: false } : undefined;
  const pool = tls ? { connections, connect: tls, requestTls: tls, proxyTls: tls } : { connections };
  // EnvHttpProxyAgent (needed for NO_PROXY) is experimental in undici 6: used only when a proxy is in play.
  if (options.proxy && !options.noProxy) return new ProxyAgent({ uri: options.proxy, ...pool });
  if (options.proxy) return new EnvHttpProxyAgent({ httpProxy: options.proxy, httpsProxy: options.proxy, noProxy: options.noProxy, ...pool });
  const env = process.env;
  if (options.proxyFromEnv && (env.HTTP_PROXY || env.http_proxy || env.HTTPS_PROXY || env.https_proxy)) return new EnvHttpProxyAgent(pool);
  return new Agent(tls ? { connections, connect: tls } : { connections });
}

/**
 * Fetches an http(s) URL within the limits, following redirects by hand, and reduces the body
 * to plain text. Never throws, except when `signal` cancels the run.
 */
export async function fetchSource(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_DEFAULTS, ...stripUndefined(options) };
  const doFetch = options.fetch ?? (undiciFetch as unknown as FetchLike);
  const seen = new Set<string>();
  let current = url;
  for (let hop = 0; ; hop++) {
    if (!/^https?:\/\//i.test(current)) return { status: 'unreachable', url, reason: 'bad-url', detail: `not an http(s) URL: ${current}` };
    seen.add(current);
    const timer = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timer]) : timer;
    try {
      const response = await doFetch(current, {
        redirect: 'manual',
        signal,
        dispatcher: options.dispatcher,
        headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1', 'user-agent': 'citation-needed (source verification)' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        const next = new URL(location, current).href;
        if (seen.has(next)) return { status: 'unreachable', url, reason: 'redirect-loop', detail: `redirect loop back to ${next}`, httpStatus: response.status };
        if (hop >= maxRedirects) return { status: 'unreachable', url, reason: 'too-many-redirects', detail: `more than ${maxRedirects} redirects`, httpStatus: response.status };
        current = next;
        continue;
      }
      if (response.status >= 400) {
        await response.body?.cancel();
        return { status: 'unreachable', url, reason: 'http', detail: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, httpStatus: response.status };
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (!TEXTUAL.test(contentType.trim())) {
        await response.body?.cancel();
        return { status: 'skipped', url, reason: 'content-type', detail: `cannot read ${contentType.split(';')[0]}` };
      }
      const bytes = await readCapped(response, maxBytes);
      const decoded = decodeText(bytes, detectCharset(contentType, bytes));
      const html = /html|xml/i.test(contentType) || (!contentType && /^\s*<(?:!doctype|html)/i.test(decoded));
      return { status: 'ok', url, finalUrl: current, httpStatus: response.status, contentType, text: html ? htmlToText(decoded) : decoded };
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (error instanceof TooLarge) return { status: 'skipped', url, reason: 'too-large', detail: `over the size limit of ${maxBytes} bytes (${error.message})` };
      return { status: 'unreachable', url, ...classify(error, timer.aborted) };
    }
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
