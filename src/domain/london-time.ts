/**
 * Europe/London calendar and clock rules (API-CONTRACT.md, "Domain rules"): the API speaks UTC
 * instants and `YYYY-MM-DD` London calendar days; people read London wall-clock time. Every
 * function here is pure and independent of the machine's own time zone: instants are passed in
 * (never read from a clock), calendar days are plain strings, and formatting always names
 * `timeZone: 'Europe/London'` (or `UTC` for a bare calendar day).
 *
 * BST runs from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, so in
 * October the wall-clock hour 01:00–02:00 happens twice; `formatLondonTime` tells the two apart.
 */

import { formatClockTime } from './clock-time.js';
import { formatDate } from './intl.js';

export const LONDON_TIME_ZONE = 'Europe/London';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

// ───────────────────────────── Offsets ─────────────────────────────

let partsFormatter: Intl.DateTimeFormat | undefined;

/** London's offset in whole UTC hours is constant within each UTC hour: cache it per hour. */
const offsetByUtcHour = new Map<number, number>();

function computeOffsetMinutes(utcMs: number): number {
  partsFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: LONDON_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  const p: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wallAsUtc = Date.UTC(
    p['year'] ?? 1970,
    (p['month'] ?? 1) - 1,
    p['day'] ?? 1,
    (p['hour'] ?? 0) % 24,
    p['minute'] ?? 0,
    p['second'] ?? 0,
  );
  return Math.round((wallAsUtc - Math.floor(utcMs / 1000) * 1000) / MINUTE_MS);
}

/** Europe/London's offset from UTC at this instant, in minutes (0 in GMT, 60 in BST). */
export function londonOffsetMinutes(utcMs: number): number {
  const hour = Math.floor(utcMs / HOUR_MS);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    offset = computeOffsetMinutes(hour * HOUR_MS);
    if (offsetByUtcHour.size > 50_000) offsetByUtcHour.clear();
    offsetByUtcHour.set(hour, offset);
  }
  return offset;
}

/** The instant shifted to London wall-clock time, read with `getUTC*` (never local getters). */
function wallClock(utcMs: number): Date {
  return new Date(utcMs + londonOffsetMinutes(utcMs) * MINUTE_MS);
}

// ───────────────────────────── Calendar days ─────────────────────────────

/** The Europe/London calendar date (`YYYY-MM-DD`) at this instant. */
export function londonDate(utcMs: number): string {
  return wallClock(utcMs).toISOString().slice(0, 10);
}

/** Today's Europe/London date at the instant `nowMs` (pass `Date.now()`, or a mock clock). */
export function londonToday(nowMs: number): string {
  return londonDate(nowMs);
}

/** Minutes after London midnight (0–1439) at this instant, in wall-clock time. */
export function londonMinutes(utcMs: number): number {
  const wall = wallClock(utcMs);
  return wall.getUTCHours() * 60 + wall.getUTCMinutes();
}

function splitDate(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

/** Calendar arithmetic on `YYYY-MM-DD` (no time zones involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = splitDate(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = splitDate(from);
  const [y2, m2, d2] = splitDate(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / (24 * HOUR_MS));
}

/** 0 = Sunday … 6 = Saturday, for a calendar date. */
export function weekday(date: string): number {
  const [y, m, d] = splitDate(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = splitDate(value);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The UTC instant of a Europe/London wall-clock time (minutes after midnight) on a calendar date.
 * A time in the repeated October hour gives its second (GMT) occurrence; a time in the skipped
 * March hour gives the instant an hour later on the clock (01:30 → 02:30 BST).
 */
export function londonWallTimeToUtcMs(date: string, minutesAfterMidnight: number): number {
  const [y, m, d] = splitDate(date);
  const wallAsUtc = Date.UTC(y, m - 1, d, 0, minutesAfterMidnight);
  let utc = wallAsUtc - londonOffsetMinutes(wallAsUtc) * MINUTE_MS;
  utc = wallAsUtc - londonOffsetMinutes(utc) * MINUTE_MS;
  return utc;
}

// ───────────────────────────── Day periods ─────────────────────────────

export type DayPeriod = 'morning' | 'afternoon' | 'evening';

/** Morning before 12:00, afternoon 12:00–16:59, evening from 17:00, by London wall-clock time. */
export function londonDayPeriod(utcMs: number): DayPeriod {
  const minutes = londonMinutes(utcMs);
  if (minutes < 12 * 60) return 'morning';
  if (minutes < 17 * 60) return 'afternoon';
  return 'evening';
}

// ───────────────────────────── The repeated hour ─────────────────────────────

/**
 * `'BST'` or `'GMT'` when the London wall-clock time of this instant happens twice that night
 * (the October hour 01:00–01:59), saying which of the two it is; otherwise `undefined`.
 */
export function repeatedHourZone(utcMs: number): 'BST' | 'GMT' | undefined {
  const offset = londonOffsetMinutes(utcMs);
  if (offset > londonOffsetMinutes(utcMs + HOUR_MS) && londonMinutes(utcMs) === londonMinutes(utcMs + HOUR_MS)) return 'BST';
  if (offset < londonOffsetMinutes(utcMs - HOUR_MS) && londonMinutes(utcMs) === londonMinutes(utcMs - HOUR_MS)) return 'GMT';
  return undefined;
}

/** `'BST'` in British Summer Time, else `'GMT'`. */
export function londonZoneName(utcMs: number): 'BST' | 'GMT' {
  return londonOffsetMinutes(utcMs) > 0 ? 'BST' : 'GMT';
}

// ───────────────────────────── Formatting ─────────────────────────────

/**
 * The London wall-clock time of an instant: NHS style in English (`8am`, `9:30am`, `midday`,
 * `midnight`; see clock-time.ts), the language's own convention otherwise (Welsh `9:30`). In the
 * repeated October hour the zone is added so the two are told apart: `1:30am (BST)`, `1:30am (GMT)`.
 */
export function formatLondonTime(utcMs: number, locale = 'en-GB'): string {
  const text = /^en\b/i.test(locale)
    ? formatClockTime(londonMinutes(utcMs))
    : formatDate(new Date(utcMs), locale, { timeZone: LONDON_TIME_ZONE, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
  const zone = repeatedHourZone(utcMs);
  return zone ? `${text} (${zone})` : text;
}

/**
 * The `{day}` and `{time}` of an instant for a "{day} at {time}" message: the London day in the
 * kit's date format ("Monday 19 October 2026") and the London time ("9:30am", "midday").
 */
export function londonDayAndTime(utcMs: number, locale: string): { day: string; time: string } {
  return { day: formatLondonDay(londonDate(utcMs), locale), time: formatLondonTime(utcMs, locale) };
}

export type DayStyle = 'long' | 'short';

/**
 * A London calendar day (`YYYY-MM-DD`) in the kit's one date format, `long` "Monday 8 December
 * 2026"; or its one short form, for where space is tight (day tabs, a week's range), `short`
 * "Mon 8 Dec" (add the year with `withYear` where a range may cross a new year: "Sun 3 Jan 2027").
 * Welsh through its own formatter: "Dydd Llun 8 Rhagfyr 2026", "Llun 8 Rhag". Formatted in UTC,
 * so no zone can shift the day.
 */
export function formatLondonDay(date: string, locale = 'en-GB', style: DayStyle = 'long', withYear = style === 'long'): string {
  const [y, m, d] = splitDate(date);
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }
      : { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' };
  if (withYear) options.year = 'numeric';
  return formatDate(new Date(Date.UTC(y, m - 1, d, 12)), locale, options).replace(/,/g, '');
}
