/**
 * Times of day, as minutes after midnight (0–1439): read as people type them, written in the
 * NHS.UK content style. No time zone here: a time is a wall-clock time on some calendar day
 * (`londonWallTimeToUtcMs` in london-time.ts places it in Europe/London).
 *
 * Written (English): `8am`, `9:30am`, `12:15pm`, `midday`, `midnight`: am and pm with no space,
 * no `:00`, and `midday`/`midnight` instead of 12pm/12am (NHS.UK and GOV.UK style). Other
 * languages use their own 24-hour convention through `formatDate` (Welsh: `9:30`, `14:30`).
 *
 * Read (`parseClockTime`), ignoring case and spaces:
 * - 12-hour with am or pm: `9am`, `9 am`, `9:30am`, `9.30am`, `9.30 a.m.`, `930pm`, `12pm` (midday), `12am` (midnight);
 * - words: `midday`, `noon`, `12 noon`, `12 midday`, `midnight`, `12 midnight`;
 * - 24-hour: `14:30`, `14.30`, `1430`, `09:30`, `0930`, `00:15`, `12:30`, `0` / `00` (midnight);
 * - **refused as ambiguous**: an hour from 1 to 11 with no am or pm and no leading zero (`9:30`,
 *   `930`, `7`, `10:30`). People write `7` for both 7am and 7pm, and a message sent or an
 *   appointment booked 12 hours out is worse than one more keystroke; the error message offers
 *   both readings (`7am or 7pm`). A leading zero (`07:00`) is the 24-hour clock, so it is read.
 */
import { lowerLabel } from './calendar-date.js';
import { formatDate } from './intl.js';

/** Minutes after midnight, 0–1439. */
export type ClockMinutes = number;

export type ClockTimeErrorCode = 'required' | 'invalid' | 'ambiguous';

export type ClockTimeResult =
  | { ok: true; minutes: ClockMinutes | undefined }
  | {
      ok: false;
      code: ClockTimeErrorCode;
      /** For `ambiguous`: the morning reading (add 720 for the afternoon one). */
      minutes?: ClockMinutes;
    };

/**
 * The time field's error messages (en-GB), by `time.<code>`, GOV.UK-style. Placeholders:
 * `{label}`, `{label_lower}`, and for `ambiguous` the two readings `{am}` and `{pm}`.
 */
export const clockTimeMessages = {
  'time.required': 'Enter {label_lower}',
  'time.invalid': '{label} must be a real time, like 9:30am or 14:30',
  'time.ambiguous': '{label} must say am or pm, like {am} or {pm}',
} as const;

const WORDS: Record<string, ClockMinutes> = { midday: 720, noon: 720, midnight: 0 };

/**
 * Reads a typed time of day (see the module comment for what is accepted). Empty input is
 * `required`, or `{ ok: true, minutes: undefined }` when `optional`.
 */
export function parseClockTime(text: string, optional = false): ClockTimeResult {
  const typed = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!typed) return optional ? { ok: true, minutes: undefined } : { ok: false, code: 'required' };
  const word = WORDS[typed.replace(/^12 /, '')];
  if (word !== undefined) return { ok: true, minutes: word };
  const match = /^(\d{1,2})(?:[:. ]?(\d{2}))? ?(?:([ap])\.? ?m\.?)?$/.exec(typed);
  if (!match) return { ok: false, code: 'invalid' };
  const hourText = match[1]!;
  const hour = Number(hourText);
  const minute = Number(match[2] ?? 0);
  const half = match[3];
  if (minute > 59) return { ok: false, code: 'invalid' };
  if (half) {
    if (hour < 1 || hour > 12) return { ok: false, code: 'invalid' };
    return { ok: true, minutes: (hour % 12) * 60 + minute + (half === 'p' ? 720 : 0) };
  }
  if (hour > 23) return { ok: false, code: 'invalid' };
  // 1 to 11 with no am or pm: morning or evening? A leading zero (07:00) says the 24-hour clock.
  if (hour >= 1 && hour <= 11 && !hourText.startsWith('0')) return { ok: false, code: 'ambiguous', minutes: hour * 60 + minute };
  return { ok: true, minutes: hour * 60 + minute };
}

const isEnglish = (locale: string): boolean => /^en\b/i.test(locale);

/**
 * A time of day for people: English in the NHS style (`8am`, `9:30am`, `midday`, `midnight`,
 * `12:15am`), other languages in their own convention (Welsh `9:30`, `14:30`).
 */
export function formatClockTime(minutes: ClockMinutes, locale = 'en-GB'): string {
  const hour = Math.floor(minutes / 60) % 24;
  const minute = minutes % 60;
  if (!isEnglish(locale)) {
    return formatDate(new Date(Date.UTC(2000, 0, 1, hour, minute)), locale, {
      timeZone: 'UTC',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  }
  if (!minute && hour % 12 === 0) return hour ? 'midday' : 'midnight';
  return `${hour % 12 || 12}${minute ? `:${String(minute).padStart(2, '0')}` : ''}${hour < 12 ? 'am' : 'pm'}`;
}

/**
 * The message for a failed `parseClockTime` (en-GB, or another language's given its templates).
 * Elements with a string table pass `clockTimeMessages` into it and translate the keys instead.
 */
export function clockTimeErrorMessage(
  result: Extract<ClockTimeResult, { ok: false }>,
  label: string,
  messages: Record<string, string> = clockTimeMessages,
  lang = 'en-GB',
): string {
  const template = messages[`time.${result.code}`] ?? clockTimeMessages[`time.${result.code}`];
  const morning = result.minutes ?? 0;
  const vars: Record<string, string> = {
    label,
    label_lower: lowerLabel(label),
    am: formatClockTime(morning, lang),
    pm: formatClockTime(morning + 720, lang),
  };
  return template.replace(/\{(\w+)\}/g, (match, name: string) => vars[name] ?? match);
}
