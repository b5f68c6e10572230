/**
 * Putting an appointment into the patient's own calendar: an iCalendar file (RFC 5545) to
 * download, and "add event" links for Google Calendar and Outlook.com. Pure: no Lit, no DOM, no
 * clock (the file's `DTSTAMP` is passed in, or the caller's `Date.now()`).
 *
 * Every time is written in UTC (`20261207T093000Z`, `2026-12-07T09:30:00Z`): the calendar shows it
 * in the reader's own zone, so British Summer Time is right by construction, with no VTIMEZONE to
 * get wrong. Callers pass only what the patient would see in their own calendar: the appointment
 * type and practice as the title, the place, and practical notes; never an NHS number or a name.
 */

/** An appointment as a calendar event. `start` and `end` are instants (ISO 8601 with a zone, ms, or a Date). */
export interface CalendarEvent {
  /** Globally unique and stable for the appointment (`UID`), e.g. `appointment-8005@hero-elements`. */
  uid: string;
  start: string | number | Date;
  end: string | number | Date;
  /** `SUMMARY`: appointment type and practice, e.g. "GP appointment, Riverside Surgery". */
  title: string;
  location?: string | undefined;
  description?: string | undefined;
  /** An https link for the event (a video call); anything else is left out. */
  url?: string | undefined;
  /** When the file was made (`DTSTAMP`); default now. */
  stamp?: string | number | Date | undefined;
}

export const ICS_PRODID = '-//Hero Health//Hero Elements//EN';
export const ICS_MIME_TYPE = 'text/calendar;charset=utf-8';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

function toMs(value: string | number | Date): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError('Calendar event time is not a valid instant');
  return ms;
}

/** `20261207T093000Z`: an instant as an iCalendar UTC DATE-TIME (seconds dropped to whole seconds). */
export function icsDateTime(value: string | number | Date): string {
  return new Date(toMs(value))
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** `2026-12-07T09:30:00Z`: an instant in ISO 8601 UTC without milliseconds (Outlook's `startdt`). */
export function isoUtc(value: string | number | Date): string {
  return new Date(toMs(value)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An iCalendar TEXT value: backslash, semicolon and comma escaped, every line break written `\n`. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * One content line folded at 75 octets (RFC 5545 §3.1): each continuation starts with one space,
 * and no UTF-8 character is split between lines.
 */
export function foldIcsLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Only an https address with no line break or control character is kept. */
export function safeHttpsUrl(url: string | null | undefined): string | undefined {
  if (!url || /\s/.test(url) || [...url].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The event as an iCalendar file (`METHOD:PUBLISH`, one `VEVENT`), CRLF line ends, lines folded at
 * 75 octets, text escaped, every time in UTC.
 */
export function icsFile(event: CalendarEvent): string {
  const start = toMs(event.start);
  const end = Math.max(toMs(event.end), start);
  const url = safeHttpsUrl(event.url);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${icsDateTime(event.stamp ?? Date.now())}`,
    `DTSTART:${icsDateTime(start)}`,
    `DTEND:${icsDateTime(end)}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
    event.location ? `LOCATION:${escapeIcsText(event.location)}` : '',
    event.description ? `DESCRIPTION:${escapeIcsText(event.description)}` : '',
    url ? `URL:${url}` : '',
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.filter(Boolean).map(foldIcsLine).join(CRLF) + CRLF;
}

/** A file name for the event's `.ics`, from its start day: `appointment-2026-12-07.ics`. */
export function icsFileName(start: string | number | Date): string {
  return `appointment-${new Date(toMs(start)).toISOString().slice(0, 10)}.ics`;
}

/** A query string with spaces as `%20`: Outlook.com shows a `+` (URLSearchParams' space) literally. */
function query(params: Record<string, string | undefined>): string {
  return Object.entries(params)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

/**
 * Google Calendar's "add event" page with the event filled in (`action=TEMPLATE`, `dates` as two
 * UTC date-times). The reader checks and saves it in their own account.
 */
export function googleCalendarUrl(event: Omit<CalendarEvent, 'uid' | 'stamp'>): string {
  const details = [event.description, safeHttpsUrl(event.url)].filter(Boolean).join('\n\n');
  const dates = `${icsDateTime(event.start)}/${icsDateTime(Math.max(toMs(event.end), toMs(event.start)))}`;
  return `https://calendar.google.com/calendar/render?${query({ action: 'TEMPLATE', text: event.title, dates, details: details || undefined, location: event.location })}`;
}

/**
 * Outlook.com's compose page with the event filled in (`startdt`/`enddt` in ISO 8601 UTC). The
 * reader checks and saves it in their own account.
 */
export function outlookCalendarUrl(event: Omit<CalendarEvent, 'uid' | 'stamp'>): string {
  const body = [event.description, safeHttpsUrl(event.url)].filter(Boolean).join('\n\n');
  return `https://outlook.live.com/calendar/deeplink/compose?${query({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: isoUtc(event.start),
    enddt: isoUtc(Math.max(toMs(event.end), toMs(event.start))),
    body: body || undefined,
    location: event.location,
  })}`;
}
