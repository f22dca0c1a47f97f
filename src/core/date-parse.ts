import * as chrono from 'chrono-node';
import { toJsDate, type RefDate } from './dates';

/** A calendar month or year read from text; month is absent for a bare year. */
export interface ParsedDate {
  year: number;
  month?: number;
  /** Length of the date text from the start of the input. */
  length: number;
}

const YEAR_ONLY = /^(?:(?:early|mid|late|the end of|the start of|the beginning of)[- ]?)?((?:1[89]|20)\d\d)(?![\d-])/i;

/**
 * Reads an absolute date at the start of a short text ("January 2025", "March 3, 2024", "2023",
 * "Q3 2024"). Only short spans are given to chrono-node, which is super-linear on long input.
 */
export function parseDateAtStart(text: string, reference: RefDate): ParsedDate | undefined {
  const head = text.slice(0, 48);
  const quarter = /^Q([1-4])\s+((?:19|20)\d\d)\b/i.exec(head);
  if (quarter) return { year: Number(quarter[2]), month: Number(quarter[1]) * 3, length: quarter[0].length };
  const [result] = chrono.parse(head, toJsDate(reference));
  if (result && result.index <= 1 && result.start.isCertain('year')) {
    const month = result.start.isCertain('month') ? result.start.get('month') ?? undefined : undefined;
    return { year: result.start.get('year')!, month, length: result.index + result.text.length };
  }
  const year = YEAR_ONLY.exec(head);
  if (year) return { year: Number(year[1]), length: year[0].length };
  return undefined;
}
