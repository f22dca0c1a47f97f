import { checkDate } from './config';

/** A calendar day used as "now" for time-aware rules. */
export interface RefDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

const MONTH_NAME = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });

/** Parses YYYY-MM-DD (or takes today's UTC date when absent). Throws on an invalid date. */
export function toRefDate(value?: string, now = new Date()): RefDate {
  if (!value) return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
  const problem = checkDate(value);
  if (problem) throw new Error(`reference date: ${problem}`);
  const [year, month, day] = value.split('-').map(Number);
  return { year, month, day };
}

/** English month name: monthName(11) === "November". */
export function monthName(month: number): string {
  return MONTH_NAME.format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** "November 2026" */
export function monthYear(date: RefDate): string {
  return `${monthName(date.month)} ${date.year}`;
}

/** Whole months from (year, month) to the reference date. */
export function monthsBetween(year: number, month: number, ref: RefDate): number {
  return (ref.year - year) * 12 + (ref.month - month);
}

/** A JavaScript Date at noon UTC of the reference day (for chrono-node). */
export function toJsDate(date: RefDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
}
