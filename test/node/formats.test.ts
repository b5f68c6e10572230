/**
 * The kit's one way of writing dates, times and money (docs/ui-pieces.md), run once per machine
 * time zone as the Europe/London rules are: "Monday 7 December 2026", short "Mon 7 Dec",
 * "8am", "9:30am", "midday", "midnight", "£35", "£35.50"; Welsh in its own conventions.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { formatCalendarDate } from '../../src/domain/calendar-date.js';
import { formatClockTime } from '../../src/domain/clock-time.js';
import { formatLondonDay, formatLondonTime, londonDayAndTime } from '../../src/domain/london-time.js';
import { formatPounds } from '../../src/domain/money.js';

const utc = (iso: string): number => Date.parse(iso);

const ZONES: { tz: string; januaryOffset: number }[] = [
  { tz: 'UTC', januaryOffset: 0 },
  { tz: 'America/Los_Angeles', januaryOffset: 480 },
  { tz: 'Asia/Kolkata', januaryOffset: -330 },
  { tz: 'Pacific/Kiritimati', januaryOffset: -840 },
];

const originalTz = process.env.TZ;

for (const { tz, januaryOffset } of ZONES) {
  describe(`formats with the machine in ${tz}`, () => {
    before(() => {
      process.env.TZ = tz;
    });
    after(() => {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    });

    it('runs in that zone (the test would prove nothing otherwise)', () => {
      assert.equal(new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset(), januaryOffset);
    });

    it('writes a day as "Monday 7 December 2026", and its short form "Mon 7 Dec" only when asked', () => {
      assert.equal(formatLondonDay('2026-12-07'), 'Monday 7 December 2026');
      assert.equal(formatLondonDay('2026-12-07', 'en-GB', 'long'), 'Monday 7 December 2026');
      assert.equal(formatLondonDay('2026-12-07', 'en-GB', 'short'), 'Mon 7 Dec');
      assert.equal(formatLondonDay('2027-01-03', 'en-GB', 'short', true), 'Sun 3 Jan 2027');
      assert.equal(formatLondonDay('2026-06-01'), 'Monday 1 June 2026');
    });

    it('writes a date of birth without the weekday: "14 March 1985"', () => {
      assert.equal(formatCalendarDate('1985-03-14'), '14 March 1985');
      assert.equal(formatCalendarDate('2024-02-29'), '29 February 2024');
    });

    it('writes London times in the NHS style, the same whatever the machine zone', () => {
      assert.equal(formatLondonTime(utc('2026-12-07T08:00:00Z')), '8am');
      assert.equal(formatLondonTime(utc('2026-06-01T08:30:00Z')), '9:30am');
      assert.equal(formatLondonTime(utc('2026-06-01T11:00:00Z')), 'midday');
      assert.equal(formatLondonTime(utc('2026-06-30T23:00:00Z')), 'midnight');
      assert.equal(formatLondonTime(utc('2026-12-01T00:00:00Z')), 'midnight');
      assert.equal(formatLondonTime(utc('2026-12-01T12:30:00Z')), '12:30pm');
      assert.equal(formatLondonTime(utc('2026-12-01T17:00:59Z')), '5pm');
      assert.equal(formatLondonTime(utc('2026-10-25T01:00:00Z')), '1am (GMT)');
    });

    it('gives the day and time of an instant for "{day} at {time}" in London', () => {
      assert.deepEqual(londonDayAndTime(utc('2026-12-07T09:30:00Z'), 'en-GB'), { day: 'Monday 7 December 2026', time: '9:30am' });
      // 23:30 UTC on 30 June is 00:30 on 1 July in London.
      assert.deepEqual(londonDayAndTime(utc('2026-06-30T23:30:00Z'), 'en-GB'), { day: 'Wednesday 1 July 2026', time: '12:30am' });
      assert.deepEqual(londonDayAndTime(utc('2026-07-01T11:00:00Z'), 'en-GB'), { day: 'Wednesday 1 July 2026', time: 'midday' });
    });

    it('writes Welsh days and times in Welsh conventions (24-hour clock)', () => {
      assert.equal(formatLondonDay('2026-12-07', 'cy-GB'), 'Dydd Llun 7 Rhagfyr 2026');
      assert.equal(formatLondonDay('2026-12-07', 'cy-GB', 'short'), 'Llun 7 Rhag');
      assert.equal(formatLondonTime(utc('2026-12-07T14:05:00Z'), 'cy-GB'), '14:05');
      assert.equal(formatLondonTime(utc('2026-06-01T08:30:00Z'), 'cy-GB'), '9:30');
      assert.equal(formatClockTime(12 * 60, 'cy-GB'), '12:00');
    });

    it('writes money in whole pounds when whole, with pence otherwise', () => {
      assert.equal(formatPounds(35), '£35');
      assert.equal(formatPounds(35.5), '£35.50');
      assert.equal(formatPounds(35.05), '£35.05');
      assert.equal(formatPounds(0.99), '£0.99');
      assert.equal(formatPounds(1250), '£1,250');
      assert.equal(formatPounds(35.004), '£35', 'rounded to the penny first');
      assert.equal(formatPounds(34.999), '£35');
      assert.equal(formatPounds(0), '£0');
      assert.equal(formatPounds(35, 'cy-GB'), '£35');
      assert.equal(formatPounds(35.5, 'cy'), '£35.50');
    });
  });
}
