import data from './phrases.json';
import { alternation } from '../shared/text-utils';

// Blanks a model left for facts it did not have: "[insert year]", "[Your Name]", "[Company Name]".
export const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\[(?:${alternation(data.placeholders.openers)})(?![\p{L}])[^\]\[\r\n]{0,60}\]`, 'giu'),
  new RegExp(String.raw`\[(?:\p{Lu}[\p{L}'.-]*\s){0,2}(?:${alternation(data.placeholders.heads)})\]`, 'gu'),
];

/** Whether a blank in `text` is a link's text ("[Name](https://…)", "[Name][1]", "[Name]: https://…"), judged by what follows it. */
export const isLinkText = (text: string, endOffset: number) => /^[([:]/.test(text.charAt(endOffset));

/** Whether a sentence holds an unfilled placeholder, which ai-artifact reports. */
export function holdsPlaceholder(text: string): boolean {
  if (!text.includes('[')) return false;
  return PLACEHOLDER_PATTERNS.some((re) => [...text.matchAll(re)].some((m) => !isLinkText(text, m.index + m[0].length)));
}
