/**
 * The calendar file and links (src/domain/calendar-file.ts): RFC 5545 text (CRLF, folding at 75
 * octets, escaping), every time in UTC so British Summer Time is right by construction, and the
 * Google / Outlook.com links. Run under a machine zone that is neither London nor UTC, to prove the
 * answers never depend on where the code runs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  escapeIcsText,
  foldIcsLine,
  googleCalendarUrl,
  icsDateTime,
  icsFile,
  icsFileName,
  outlookCalendarUrl,
  safeHttpsUrl,
  type CalendarEvent,
} from '../../src/domain/calendar-file.js';
import { londonWallTimeToUtcMs } from '../../src/domain/london-time.js';

const at = (date: string, hh: number, mm: number) => londonWallTimeToUtcMs(date, hh * 60 + mm);
const STAMP = Date.UTC(2026, 11, 6, 23, 0, 0);

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  const start = at('2026-12-07', 9, 30);
  return {
    uid: 'hero-appointment-8005@hero-elements',
    start,
    end: start + 10 * 60_000,
    title: 'GP appointment, Riverside Surgery',
    stamp: STAMP,
    ...overrides,
  };
}

/** The file's content lines, unfolded (RFC 5545 §3.1: a CRLF followed by one space is removed). */
function unfold(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

function property(text: string, name: string): string | undefined {
  return unfold(text)
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1);
}

const octets = (line: string) => new TextEncoder().encode(line).length;

let savedTz: string | undefined;
before(() => {
  savedTz = process.env['TZ'];
  process.env['TZ'] = 'America/Los_Angeles';
  assert.equal(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(), 480, 'the machine zone really changed');
});
after(() => {
  if (savedTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = savedTz;
});

describe('icsFile', () => {
  it('is a published calendar with one event, CRLF line ends and a trailing CRLF', () => {
    const text = icsFile(event());
    assert.ok(text.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'every line break is CRLF');
    const lines = unfold(text);
    assert.deepEqual(lines.slice(0, 6), [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Hero Health//Hero Elements//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
    ]);
    assert.deepEqual(lines.slice(-3), ['END:VEVENT', 'END:VCALENDAR', '']);
    assert.equal(property(text, 'UID'), 'hero-appointment-8005@hero-elements');
    assert.equal(property(text, 'DTSTAMP'), '20261206T230000Z');
    assert.equal(property(text, 'SUMMARY'), 'GP appointment\\, Riverside Surgery');
    assert.equal(property(text, 'STATUS'), 'CONFIRMED');
  });

  it('writes 09:30 London on a GMT date as 09:30Z', () => {
    const text = icsFile(event());
    assert.equal(property(text, 'DTSTART'), '20261207T093000Z');
    assert.equal(property(text, 'DTEND'), '20261207T094000Z');
  });

  it('writes 09:30 London on a BST date as 08:30Z', () => {
    const start = at('2026-07-14', 9, 30);
    const text = icsFile(event({ start, end: start + 15 * 60_000 }));
    assert.equal(property(text, 'DTSTART'), '20260714T083000Z');
    assert.equal(property(text, 'DTEND'), '20260714T084500Z');
  });

  it('is right on the Sundays the clocks change', () => {
    // 29 March 2026: clocks go forward at 01:00 GMT; 09:30 that morning is BST.
    const spring = at('2026-03-29', 9, 30);
    assert.equal(property(icsFile(event({ start: spring, end: spring + 600_000 })), 'DTSTART'), '20260329T083000Z');
    // 25 October 2026: clocks go back at 01:00 GMT; 09:30 that morning is GMT.
    const autumn = at('2026-10-25', 9, 30);
    assert.equal(property(icsFile(event({ start: autumn, end: autumn + 600_000 })), 'DTSTART'), '20261025T093000Z');
    // An appointment across the spring change: 00:45 GMT for 30 minutes ends at 02:15 BST, 01:15Z.
    const night = at('2026-03-29', 0, 45);
    const text = icsFile(event({ start: night, end: night + 30 * 60_000 }));
    assert.equal(property(text, 'DTSTART'), '20260329T004500Z');
    assert.equal(property(text, 'DTEND'), '20260329T011500Z');
  });

  it('accepts ISO strings with an offset, and never ends before it starts', () => {
    const text = icsFile(event({ start: '2026-07-14T09:30:00+01:00', end: '2026-07-14T09:00:00+01:00' }));
    assert.equal(property(text, 'DTSTART'), '20260714T083000Z');
    assert.equal(property(text, 'DTEND'), '20260714T083000Z');
  });

  it('refuses a time that is not an instant', () => {
    assert.throws(() => icsFile(event({ start: 'not a date' })), RangeError);
  });

  it('escapes text values and keeps line breaks as \\n', () => {
    const text = icsFile(event({ location: 'Room 2; Riverside, Leeds', description: 'Reference: 8005\nBring a list\\of medicines' }));
    assert.equal(property(text, 'LOCATION'), 'Room 2\\; Riverside\\, Leeds');
    assert.equal(property(text, 'DESCRIPTION'), 'Reference: 8005\\nBring a list\\\\of medicines');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the original', () => {
    const description = `Cyfeirnod yr apwyntiad: 8005. Bydd y feddygfa’n eich ffonio — 🩺 ${'ŵŷ'.repeat(40)} end`;
    const text = icsFile(event({ description }));
    for (const line of text.split('\r\n')) assert.ok(octets(line) <= 75, `line of ${octets(line)} octets: ${line}`);
    const folded = text.split('\r\n').filter((line) => line.startsWith(' '));
    assert.ok(folded.length >= 2, 'the description was folded');
    assert.ok(!text.includes('\uFFFD'));
    assert.equal(property(text, 'DESCRIPTION'), escapeIcsText(description));
  });

  it('keeps an https URL and drops any other', () => {
    assert.equal(
      property(icsFile(event({ url: 'https://video.example.test/consult/8005' })), 'URL'),
      'https://video.example.test/consult/8005',
    );
    assert.equal(property(icsFile(event({ url: 'javascript:alert(1)' })), 'URL'), undefined);
    assert.equal(property(icsFile(event({ url: 'http://video.example.test/x' })), 'URL'), undefined);
    assert.equal(property(icsFile(event({ url: 'https://a.test/x\r\nATTENDEE:evil' })), 'URL'), undefined);
  });

  it('leaves out the optional properties when they are not given', () => {
    const lines = unfold(icsFile(event()));
    for (const name of ['LOCATION', 'DESCRIPTION', 'URL']) assert.ok(!lines.some((l) => l.startsWith(`${name}:`)), name);
  });
});

describe('the pieces', () => {
  it('icsDateTime writes UTC whatever the machine zone', () => {
    assert.equal(icsDateTime('2026-07-14T09:30:00.000+01:00'), '20260714T083000Z');
    assert.equal(icsDateTime(new Date(Date.UTC(2026, 0, 1, 0, 0, 59, 999))), '20260101T000059Z');
  });

  it('foldIcsLine leaves a line of 75 octets alone and folds one of 76', () => {
    assert.equal(foldIcsLine('x'.repeat(75)), 'x'.repeat(75));
    assert.equal(foldIcsLine('x'.repeat(76)), `${'x'.repeat(75)}\r\n x`);
    // Continuation lines hold 74 octets after their space.
    assert.equal(foldIcsLine('x'.repeat(75 + 74 + 1)), `${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
  });

  it('foldIcsLine never splits a multi-byte character', () => {
    const line = `DESCRIPTION:${'é'.repeat(60)}`; // 12 + 120 octets
    const parts = foldIcsLine(line).split('\r\n');
    assert.equal(octets(parts[0] as string), 74, 'the 75th octet would split an é, so the line breaks a byte early');
    assert.equal(parts.map((p, i) => (i ? p.slice(1) : p)).join(''), line);
  });

  it('escapeIcsText escapes backslash first, then ; , and every kind of line break', () => {
    assert.equal(escapeIcsText('a\\b;c,d\r\ne\rf\ng'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('safeHttpsUrl keeps https only', () => {
    assert.equal(safeHttpsUrl('https://x.test/a?b=c'), 'https://x.test/a?b=c');
    assert.equal(safeHttpsUrl('HTTPS://x.test/'), 'HTTPS://x.test/');
    for (const bad of [
      null,
      undefined,
      '',
      'http://x.test',
      'ftp://x.test',
      'data:text/html,hi',
      '//x.test',
      'https://x.test/\u0000',
      'https://x .test',
    ])
      assert.equal(safeHttpsUrl(bad), undefined, String(bad));
  });

  it('icsFileName names the day in UTC', () => {
    assert.equal(icsFileName('2026-12-07T09:30:00Z'), 'appointment-2026-12-07.ics');
  });
});

describe('calendar links', () => {
  const bst = at('2026-07-14', 9, 30);
  const linkEvent = {
    start: bst,
    end: bst + 15 * 60_000,
    title: 'GP video consultation, Riverside Surgery',
    location: 'Video call',
    description: 'Booking reference: 8005',
    url: 'https://video.example.test/consult/8005',
  };

  it('Google: the TEMPLATE page with the title, UTC dates, details and place', () => {
    const url = new URL(googleCalendarUrl(linkEvent));
    assert.equal(url.origin + url.pathname, 'https://calendar.google.com/calendar/render');
    assert.equal(url.searchParams.get('action'), 'TEMPLATE');
    assert.equal(url.searchParams.get('text'), 'GP video consultation, Riverside Surgery');
    assert.equal(url.searchParams.get('dates'), '20260714T083000Z/20260714T084500Z');
    assert.equal(url.searchParams.get('details'), 'Booking reference: 8005\n\nhttps://video.example.test/consult/8005');
    assert.equal(url.searchParams.get('location'), 'Video call');
  });

  it('Outlook.com: the compose deep link with startdt and enddt in ISO UTC', () => {
    const url = new URL(outlookCalendarUrl(linkEvent));
    assert.equal(url.origin + url.pathname, 'https://outlook.live.com/calendar/deeplink/compose');
    assert.equal(url.searchParams.get('rru'), 'addevent');
    assert.equal(url.searchParams.get('path'), '/calendar/action/compose');
    assert.equal(url.searchParams.get('subject'), 'GP video consultation, Riverside Surgery');
    assert.equal(url.searchParams.get('startdt'), '2026-07-14T08:30:00Z');
    assert.equal(url.searchParams.get('enddt'), '2026-07-14T08:45:00Z');
    assert.equal(url.searchParams.get('body'), 'Booking reference: 8005\n\nhttps://video.example.test/consult/8005');
    assert.equal(url.searchParams.get('location'), 'Video call');
  });

  it('writes spaces as %20, never +, which Outlook.com would show', () => {
    for (const link of [googleCalendarUrl(linkEvent), outlookCalendarUrl(linkEvent)]) {
      assert.ok(!link.includes('+'), link);
      assert.ok(link.includes('GP%20video%20consultation'), link);
    }
  });

  it('GMT dates stay on the hour given, and unsafe video addresses are left out', () => {
    const gmt = at('2026-12-07', 9, 30);
    const e = { start: gmt, end: gmt + 600_000, title: 'GP appointment', url: 'javascript:alert(1)' };
    const google = new URL(googleCalendarUrl(e));
    assert.equal(google.searchParams.get('dates'), '20261207T093000Z/20261207T094000Z');
    assert.equal(google.searchParams.get('details'), null);
    const outlook = new URL(outlookCalendarUrl(e));
    assert.equal(outlook.searchParams.get('startdt'), '2026-12-07T09:30:00Z');
    assert.equal(outlook.searchParams.get('body'), null);
    assert.equal(outlook.searchParams.get('location'), null);
  });
});
