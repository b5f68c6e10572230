/**
 * Europe/London rules (src/internal/london-time.ts), run once per machine time zone: the answers
 * must not depend on where the code runs. Node applies a change of `process.env.TZ` at once, and
 * each suite first proves the zone really changed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  addDays,
  daysBetween,
  formatLondonDay,
  formatLondonTime,
  isIsoDate,
  londonDate,
  londonDayPeriod,
  londonMinutes,
  londonOffsetMinutes,
  londonToday,
  londonWallTimeToUtcMs,
  londonZoneName,
  repeatedHourZone,
  weekday,
} from '../../src/domain/london-time.js';

const utc = (iso: string): number => Date.parse(iso);

/** Zones chosen to differ from London in every way: behind, ahead, half-hour, and their own DST on other dates. */
const ZONES: { tz: string; januaryOffset: number }[] = [
  { tz: 'UTC', januaryOffset: 0 },
  { tz: 'America/New_York', januaryOffset: 300 },
  { tz: 'Asia/Kolkata', januaryOffset: -330 },
  { tz: 'Australia/Lord_Howe', januaryOffset: -660 },
  { tz: 'Pacific/Kiritimati', januaryOffset: -840 },
];

const originalTz = process.env.TZ;

for (const { tz, januaryOffset } of ZONES) {
  describe(`Europe/London rules with the machine in ${tz}`, () => {
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

    it('starts BST at 01:00 UTC on Sunday 29 March 2026', () => {
      assert.equal(londonOffsetMinutes(utc('2026-03-29T00:59:59Z')), 0);
      assert.equal(londonOffsetMinutes(utc('2026-03-29T01:00:00Z')), 60);
      assert.equal(londonZoneName(utc('2026-03-29T00:30:00Z')), 'GMT');
      assert.equal(londonZoneName(utc('2026-03-29T01:30:00Z')), 'BST');
      // 00:59 GMT is followed by 02:00 BST: the hour 01:00–01:59 does not exist.
      assert.equal(formatLondonTime(utc('2026-03-29T00:59:00Z')), '12:59am');
      assert.equal(formatLondonTime(utc('2026-03-29T01:00:00Z')), '2am');
    });

    it('ends BST at 01:00 UTC on Sunday 25 October 2026', () => {
      assert.equal(londonOffsetMinutes(utc('2026-10-25T00:59:59Z')), 60);
      assert.equal(londonOffsetMinutes(utc('2026-10-25T01:00:00Z')), 0);
      assert.equal(londonZoneName(utc('2026-10-24T12:00:00Z')), 'BST');
      assert.equal(londonZoneName(utc('2026-10-26T12:00:00Z')), 'GMT');
    });

    it('tells apart the two 1:30ams of 25 October 2026', () => {
      const first = utc('2026-10-25T00:30:00Z');
      const second = utc('2026-10-25T01:30:00Z');
      assert.equal(londonMinutes(first), londonMinutes(second), 'the same wall-clock time');
      assert.equal(repeatedHourZone(first), 'BST');
      assert.equal(repeatedHourZone(second), 'GMT');
      assert.equal(formatLondonTime(first), '1:30am (BST)');
      assert.equal(formatLondonTime(second), '1:30am (GMT)');
      assert.equal(formatLondonTime(utc('2026-10-25T00:00:00Z')), '1am (BST)');
      assert.equal(formatLondonTime(utc('2026-10-25T01:59:00Z')), '1:59am (GMT)');
    });

    it('adds no zone to times that happen once', () => {
      for (const iso of [
        '2026-10-24T23:59:00Z',
        '2026-10-25T02:00:00Z',
        '2026-10-25T08:00:00Z',
        '2026-03-29T01:30:00Z',
        '2026-07-01T00:30:00Z',
      ]) {
        assert.equal(repeatedHourZone(utc(iso)), undefined, iso);
        assert.doesNotMatch(formatLondonTime(utc(iso)), /\(/, iso);
      }
    });

    it('writes times in the NHS style: 9:30am, midday, 12:05am', () => {
      assert.equal(formatLondonTime(utc('2026-06-01T08:30:00Z')), '9:30am');
      assert.equal(formatLondonTime(utc('2026-06-01T11:00:00Z')), 'midday');
      assert.equal(formatLondonTime(utc('2026-12-01T00:05:00Z')), '12:05am');
      assert.equal(formatLondonTime(utc('2026-12-01T17:45:00Z')), '5:45pm');
    });

    it('places the day boundary at London midnight, not UTC midnight', () => {
      // Summer: 23:30 UTC is 00:30 the next day in London.
      assert.equal(londonDate(utc('2026-06-30T23:30:00Z')), '2026-07-01');
      assert.equal(londonDate(utc('2026-06-30T22:59:59Z')), '2026-06-30');
      // Winter: London is UTC.
      assert.equal(londonDate(utc('2026-12-31T23:59:59Z')), '2026-12-31');
      assert.equal(londonDate(utc('2027-01-01T00:00:00Z')), '2027-01-01');
      assert.equal(londonToday(utc('2026-10-24T23:15:00Z')), '2026-10-25');
      assert.equal(londonToday(utc('2026-10-25T23:15:00Z')), '2026-10-25');
    });

    it('converts London wall-clock times to UTC on both sides of each change', () => {
      assert.equal(new Date(londonWallTimeToUtcMs('2026-10-23', 9 * 60)).toISOString(), '2026-10-23T08:00:00.000Z');
      assert.equal(new Date(londonWallTimeToUtcMs('2026-10-26', 9 * 60)).toISOString(), '2026-10-26T09:00:00.000Z');
      assert.equal(new Date(londonWallTimeToUtcMs('2026-03-27', 9 * 60)).toISOString(), '2026-03-27T09:00:00.000Z');
      assert.equal(new Date(londonWallTimeToUtcMs('2026-03-30', 9 * 60)).toISOString(), '2026-03-30T08:00:00.000Z');
      assert.equal(new Date(londonWallTimeToUtcMs('2026-10-25', 0)).toISOString(), '2026-10-24T23:00:00.000Z');
      // The repeated hour resolves to its second (GMT) occurrence; the skipped one moves on an hour.
      assert.equal(new Date(londonWallTimeToUtcMs('2026-10-25', 90)).toISOString(), '2026-10-25T01:30:00.000Z');
      assert.equal(new Date(londonWallTimeToUtcMs('2026-03-29', 90)).toISOString(), '2026-03-29T01:30:00.000Z');
    });

    it('groups by London hour into morning, afternoon and evening', () => {
      assert.equal(londonDayPeriod(utc('2026-06-01T10:59:00Z')), 'morning'); // 11:59 BST
      assert.equal(londonDayPeriod(utc('2026-06-01T11:00:00Z')), 'afternoon'); // 12:00 BST
      assert.equal(londonDayPeriod(utc('2026-06-01T15:59:00Z')), 'afternoon'); // 16:59 BST
      assert.equal(londonDayPeriod(utc('2026-06-01T16:00:00Z')), 'evening'); // 17:00 BST
      assert.equal(londonDayPeriod(utc('2026-12-01T11:30:00Z')), 'morning'); // 11:30 GMT
      assert.equal(londonDayPeriod(utc('2026-12-01T12:00:00Z')), 'afternoon');
    });

    it('does calendar arithmetic on plain dates, across month, year and clock changes', () => {
      assert.equal(addDays('2026-10-24', 1), '2026-10-25');
      assert.equal(addDays('2026-10-25', 1), '2026-10-26');
      assert.equal(addDays('2026-03-28', 2), '2026-03-30');
      assert.equal(addDays('2026-12-31', 1), '2027-01-01');
      assert.equal(addDays('2026-03-01', -1), '2026-02-28');
      assert.equal(daysBetween('2026-10-19', '2026-11-02'), 14);
      assert.equal(daysBetween('2026-03-30', '2026-03-23'), -7);
      assert.equal(weekday('2026-10-25'), 0);
      assert.equal(weekday('2026-03-29'), 0);
      assert.equal(weekday('2026-10-19'), 1);
      assert.ok(isIsoDate('2028-02-29'));
      assert.ok(!isIsoDate('2026-02-29'));
      assert.ok(!isIsoDate('19/10/2026'));
    });

    it('names calendar days without any zone moving them', () => {
      assert.equal(formatLondonDay('2026-10-25'), 'Sunday 25 October 2026');
      assert.equal(formatLondonDay('2026-10-26', 'en-GB', 'short'), 'Mon 26 Oct');
      assert.equal(formatLondonDay('2027-01-01', 'en-GB', 'long', true), 'Friday 1 January 2027');
    });
  });
}
