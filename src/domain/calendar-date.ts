/**
 * Calendar dates (`YYYY-MM-DD`) and the GOV.UK date input pattern, as plain functions.
 *
 * A date of birth is a calendar date, not an instant: it is never turned into a `Date` at local
 * midnight (in BST that is 23:00 the day before in UTC, and the date shifts by a day). Everything
 * here works on the numbers; `Date` appears only to read "today" in Europe/London from an instant,
 * and to let `Intl` spell a month name at noon UTC, where no time zone can move the day.
 *
 * The date input follows the GOV.UK Design System (three fields: day, month, year; its error
 * messages; month names accepted). Messages are templates with `{label}` (e.g. "Date of birth"),
 * `{label_lower}` and `{date}`, so an element can translate them through its own string table.
 */

import { formatDate } from './intl.js';

/** A calendar date written `YYYY-MM-DD`. */
export type CalendarDate = string;

/** What the user typed in the three fields, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

/** Why a date input is not acceptable; each code has a message in `calendarDateMessages`. */
export type CalendarDateErrorCode =
  | 'required'
  | 'missing_day'
  | 'missing_month'
  | 'missing_year'
  | 'missing_day_month'
  | 'missing_day_year'
  | 'missing_month_year'
  | 'invalid'
  | 'year_length'
  | 'past'
  | 'today_or_past'
  | 'future'
  | 'today_or_future'
  | 'min'
  | 'max';

export interface DateRules {
  /** Leave the date optional: all three fields empty is then valid (`date` undefined). */
  optional?: boolean;
  /** Where the date must lie relative to `today`. */
  when?: 'past' | 'today-or-past' | 'future' | 'today-or-future';
  /** Today's calendar date, for `when` (default: today in Europe/London, `todayInLondon()`). */
  today?: CalendarDate;
  /** Earliest acceptable date (inclusive). */
  min?: CalendarDate;
  /** Latest acceptable date (inclusive). */
  max?: CalendarDate;
}

export type DateValidation =
  | { ok: true; date: CalendarDate | undefined }
  | {
      ok: false;
      code: CalendarDateErrorCode;
      /** The fields to mark as wrong (GOV.UK: only the ones at fault, or all three). */
      fields: DatePart[];
      /** For `min`/`max`: the limit, `YYYY-MM-DD`. */
      limit?: CalendarDate;
    };

/**
 * GOV.UK's date input error messages (en-GB), by `date.<code>`. Placeholders: `{label}` (the
 * field's label, e.g. "Date of birth"), `{label_lower}` ("date of birth") and `{date}` (a limit,
 * already formatted).
 */
export const calendarDateMessages = {
  'date.required': 'Enter {label_lower}',
  'date.missing_day': '{label} must include a day',
  'date.missing_month': '{label} must include a month',
  'date.missing_year': '{label} must include a year',
  'date.missing_day_month': '{label} must include a day and month',
  'date.missing_day_year': '{label} must include a day and year',
  'date.missing_month_year': '{label} must include a month and year',
  'date.invalid': '{label} must be a real date',
  'date.year_length': 'Year must include 4 numbers',
  'date.past': '{label} must be in the past',
  'date.today_or_past': '{label} must be today or in the past',
  'date.future': '{label} must be in the future',
  'date.today_or_future': '{label} must be today or in the future',
  'date.min': '{label} must be the same as or after {date}',
  'date.max': '{label} must be the same as or before {date}',
} as const;

const ALL: DatePart[] = ['day', 'month', 'year'];

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_FULL = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` from numbers (no checking). */
export function toCalendarDate(year: number, month: number, day: number): CalendarDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** True for a real calendar date written `YYYY-MM-DD` (29 February only in leap years). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The calendar date in a value from the API (`1989-04-11` or `1989-04-11T00:00:00.000Z`): its
 * first ten characters, never converted through a time zone. Undefined if it is not a real date.
 */
export function calendarDateFrom(value: string | null | undefined): CalendarDate | undefined {
  const date = value?.slice(0, 10);
  return date && isCalendarDate(date) ? date : undefined;
}

/** Splits `YYYY-MM-DD` into the three fields' text (`{ day: '9', month: '5', year: '1931' }`). */
export function splitCalendarDate(date: CalendarDate): DateParts {
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** Today's calendar date in Europe/London at an instant (default: now). */
export function todayInLondon(now: number = Date.now()): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The Europe/London calendar date of an instant (an ISO 8601 timestamp or epoch milliseconds). */
export function calendarDateInLondon(instant: string | number): CalendarDate | undefined {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return Number.isNaN(ms) ? undefined : todayInLondon(ms);
}

/**
 * A calendar date for people: `14 March 1985` in en-GB (or the language given). The date is read
 * at noon UTC and formatted in UTC, so no time zone can move it.
 */
export function formatCalendarDate(
  date: CalendarDate,
  lang = 'en-GB',
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  if (!isCalendarDate(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const instant = new Date(Date.UTC(year, month - 1, day, 12));
  instant.setUTCFullYear(year); // years below 100 would otherwise read as 19xx
  return formatDate(instant, lang, { ...options, timeZone: 'UTC' });
}

/** Whole years between a date of birth and a day (default today in London). */
export function ageOn(dob: CalendarDate, on: CalendarDate = todayInLondon()): number {
  const [by, bm, bd] = dob.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** A month as typed: `3`, `03`, `Mar`, `march`, `Sept`. Undefined if it is none of these. */
function readMonth(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const word = text.toLowerCase().replace(/\.$/, '');
  const full = MONTH_FULL.indexOf(word);
  if (full >= 0) return full + 1;
  const short = MONTH_NAMES.indexOf(word === 'sept' ? 'sep' : word);
  return short >= 0 ? short + 1 : undefined;
}

/**
 * Validates the three fields of a GOV.UK date input, in GOV.UK's order: nothing entered, a part
 * missing, not a real date, a year without 4 numbers, then the rules (past/future, min/max).
 * Spaces around each part are ignored; leading zeros and month names are accepted.
 */
export function validateDateParts(parts: DateParts, rules: DateRules = {}): DateValidation {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();

  const missing = ALL.filter((part) => ({ day, month, year })[part] === '');
  if (missing.length === 3) return rules.optional ? { ok: true, date: undefined } : { ok: false, code: 'required', fields: ALL };
  if (missing.length) return { ok: false, code: `missing_${missing.join('_')}` as CalendarDateErrorCode, fields: missing };

  const d = /^\d{1,2}$/.test(day) ? Number(day) : NaN;
  const m = readMonth(month) ?? NaN;
  const y = /^\d+$/.test(year) ? Number(year) : NaN;
  const wrong: DatePart[] = [];
  if (!(d >= 1 && d <= 31)) wrong.push('day');
  if (!(m >= 1 && m <= 12)) wrong.push('month');
  if (Number.isNaN(y)) wrong.push('year');
  if (wrong.length) return { ok: false, code: 'invalid', fields: wrong };
  if (year.length !== 4) return { ok: false, code: 'year_length', fields: ['year'] };
  if (d > daysInMonth(y, m)) return { ok: false, code: 'invalid', fields: ['day'] };

  const date = toCalendarDate(y, m, d);
  const today = rules.when ? (rules.today ?? todayInLondon()) : '';
  switch (rules.when) {
    case 'past':
      if (date >= today) return { ok: false, code: 'past', fields: ALL };
      break;
    case 'today-or-past':
      if (date > today) return { ok: false, code: 'today_or_past', fields: ALL };
      break;
    case 'future':
      if (date <= today) return { ok: false, code: 'future', fields: ALL };
      break;
    case 'today-or-future':
      if (date < today) return { ok: false, code: 'today_or_future', fields: ALL };
      break;
    default:
      break;
  }
  if (rules.min && date < rules.min) return { ok: false, code: 'min', fields: ALL, limit: rules.min };
  if (rules.max && date > rules.max) return { ok: false, code: 'max', fields: ALL, limit: rules.max };
  return { ok: true, date };
}

/** A label for use mid-sentence: `Date of birth` → `date of birth`, `NHS number` stays. */
export function lowerLabel(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * The en-GB message for a failed validation (or another language's, given its templates).
 * Elements with a string table pass `calendarDateMessages` into it and translate the keys instead.
 */
export function dateErrorMessage(
  result: Extract<DateValidation, { ok: false }>,
  label: string,
  messages: Record<string, string> = calendarDateMessages,
  lang = 'en-GB',
): string {
  const template = messages[`date.${result.code}`] ?? calendarDateMessages[`date.${result.code}`];
  const vars: Record<string, string> = {
    label,
    label_lower: lowerLabel(label),
    date: result.limit ? formatCalendarDate(result.limit, lang) : '',
  };
  return template.replace(/\{(\w+)\}/g, (match, name: string) => vars[name] ?? match);
}
