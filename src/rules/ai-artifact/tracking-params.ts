import type { Citation } from '../../core/types';
import data from './phrases.json';

/** A link URL in the source that carries tracking parameters, and the same URL without them. */
export interface TrackedUrl {
  offset: number;
  endOffset: number;
  url: string;
  cleaned: string;
  /** The parameters removed, as written ("utm_source=chatgpt.com"). */
  removed: string[];
}

const EXACT = new Set(data.trackingParameters.filter((t) => !t.param.endsWith('*')).map((t) => t.param.toLowerCase()));
const PREFIXES = data.trackingParameters.filter((t) => t.param.endsWith('*')).map((t) => t.param.slice(0, -1).toLowerCase());
const URL_IN_SOURCE = /(?:https?:\/\/|www\.)[^\s<>()"'\]]*(?:\([^\s<>()"']*\)[^\s<>()"'\]]*)*/gi;

function isTracking(name: string): boolean {
  const key = name.toLowerCase();
  return EXACT.has(key) || PREFIXES.some((p) => key.startsWith(p));
}

/** Removes tracking parameters from a URL, keeping every other character as written. */
export function cleanUrl(url: string): { cleaned: string; removed: string[] } {
  const hash = url.indexOf('#');
  const fragment = hash >= 0 ? url.slice(hash) : '';
  const base = hash >= 0 ? url.slice(0, hash) : url;
  const q = base.indexOf('?');
  if (q < 0) return { cleaned: url, removed: [] };
  const params = base.slice(q + 1).split(/&amp;|&/);
  const kept = params.filter((p) => p && !isTracking(p.split('=')[0]));
  const removed = params.filter((p) => p && isTracking(p.split('=')[0]));
  const separator = base.includes('&amp;') ? '&amp;' : '&';
  return { cleaned: base.slice(0, q) + (kept.length ? `?${kept.join(separator)}` : '') + fragment, removed };
}

/** Link and bare-URL citations whose URL carries tracking parameters, found in the source text. */
export function findTrackedUrls(source: string, citations: readonly Citation[]): TrackedUrl[] {
  const found: TrackedUrl[] = [];
  for (const citation of citations) {
    if ((citation.kind !== 'link' && citation.kind !== 'url') || !citation.target?.includes('?')) continue;
    const raw = source.slice(citation.offset, citation.endOffset);
    // an inline link's URL follows "](": do not clean a URL that is only the link's text
    const from = citation.kind === 'link' ? Math.max(0, raw.lastIndexOf('](')) : 0;
    for (const m of raw.slice(from).matchAll(URL_IN_SOURCE)) {
      const url = m[0].replace(/[.,;:!?]+$/, '');
      const { cleaned, removed } = cleanUrl(url);
      if (!removed.length) continue;
      const offset = citation.offset + from + m.index;
      found.push({ offset, endOffset: offset + url.length, url, cleaned, removed });
    }
  }
  return found;
}
