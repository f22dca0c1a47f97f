import { parse } from 'node-html-parser';

const HIDDEN = 'script, style, noscript, template, svg, head';

/** Reduces an HTML page to its readable text: one line per block, entities decoded, scripts and styles dropped. */
export function htmlToText(html: string): string {
  const root = parse(html.replace(/<!doctype[^>]*>/gi, ''), { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  for (const node of root.querySelectorAll(HIDDEN)) node.remove();
  return root.structuredText;
}
