import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ageOn,
  calendarDateInLondon,
  calendarDateFrom,
  dateErrorMessage,
  daysInMonth,
  formatCalendarDate,
  isCalendarDate,
  isLeapYear,
  lowerLabel,
  splitCalendarDate,
  todayInLondon,
  validateDateParts,
  type DateParts,
  type DateRules,
} from '../../src/domain/calendar-date.js';

const parts = (day: string, month: string, year: string): DateParts => ({ day, month, year });
const TODAY = '2026-03-29';
const message = (input: DateParts, rules: DateRules = {}) => {
  const result = validateDateParts(input, rules);
  return result.ok ? `ok ${result.date}` : dateErrorMessage(result, 'Date of birth');
};

describe('calendar dates', () => {
  it('knows leap years, including the century rules', () => {
    assert.equal(isLeapYear(2024), true);
    assert.equal(isLeapYear(2023), false);
    assert.equal(isLeapYear(1900), false);
    assert.equal(isLeapYear(2000), true);
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(2023, 2), 28);
    assert.equal(daysInMonth(2023, 4), 30);
    assert.equal(daysInMonth(2023, 12), 31);
  });

  it('recognises real YYYY-MM-DD dates only', () => {
    assert.equal(isCalendarDate('1964-02-29'), true);
    assert.equal(isCalendarDate('1965-02-29'), false);
    assert.equal(isCalendarDate('1985-13-01'), false);
    assert.equal(isCalendarDate('1985-3-14'), false);
    assert.equal(isCalendarDate('1985-03-14T00:00:00Z'), false);
  });

  it('reads the date from API values with or without a midnight-UTC time, never shifting it', () => {
    assert.equal(calendarDateFrom('1989-04-11'), '1989-04-11');
    assert.equal(calendarDateFrom('1989-04-11T00:00:00.000Z'), '1989-04-11');
    assert.equal(calendarDateFrom('1989-04-31'), undefined);
    assert.equal(calendarDateFrom(null), undefined);
    assert.equal(calendarDateFrom(''), undefined);
  });

  it('formats for people without a time zone moving the day (en-GB, and in whatever zone the process runs)', () => {
    assert.equal(formatCalendarDate('1985-03-14'), '14 March 1985');
    assert.equal(formatCalendarDate('1964-02-29'), '29 February 1964');
    // A BST date: local midnight in London is 23:00 UTC the day before.
    assert.equal(formatCalendarDate('2020-06-01'), '1 June 2020');
    assert.equal(formatCalendarDate('2020-06-01', 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' }), '1 Jun 2020');
    assert.equal(formatCalendarDate('not a date'), 'not a date');
  });

  it('splits a date into the three fields as people type them', () => {
    assert.deepEqual(splitCalendarDate('1931-05-09'), { day: '9', month: '5', year: '1931' });
  });

  it('works out today in Europe/London, not UTC, around midnight in BST and in winter', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    assert.equal(todayInLondon(Date.UTC(2025, 5, 30, 23, 30)), '2025-07-01');
    // 23:30 UTC on 15 January is 23:30 in London (GMT): still the 15th.
    assert.equal(todayInLondon(Date.UTC(2025, 0, 15, 23, 30)), '2025-01-15');
    assert.match(todayInLondon(), /^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives the London date of a timestamp (a date of death at 23:30 UTC in summer is the next day)', () => {
    assert.equal(calendarDateInLondon('2025-06-30T23:30:00.000Z'), '2025-07-01');
    assert.equal(calendarDateInLondon('2025-12-03T06:15:00.000Z'), '2025-12-03');
    assert.equal(calendarDateInLondon('yesterday'), undefined);
  });

  it('counts age in whole years, with a 29 February birthday', () => {
    assert.equal(ageOn('1985-03-14', '2026-03-13'), 40);
    assert.equal(ageOn('1985-03-14', '2026-03-14'), 41);
    assert.equal(ageOn('1964-02-29', '2025-02-28'), 60);
    assert.equal(ageOn('1964-02-29', '2025-03-01'), 61);
  });
});

describe('GOV.UK date input validation', () => {
  it('accepts a real date, with or without leading zeros and spaces, as YYYY-MM-DD', () => {
    assert.deepEqual(validateDateParts(parts('14', '3', '1985')), { ok: true, date: '1985-03-14' });
    assert.deepEqual(validateDateParts(parts(' 04 ', '07', '1990 ')), { ok: true, date: '1990-07-04' });
  });

  it('accepts month names, full or abbreviated, in any case', () => {
    for (const month of ['March', 'mar', 'MAR', 'Mar.']) assert.equal(message(parts('14', month, '1985')), 'ok 1985-03-14', month);
    assert.equal(message(parts('1', 'Sept', '2001')), 'ok 2001-09-01');
  });

  it('accepts 29 February in a leap year and rejects it otherwise', () => {
    assert.equal(message(parts('29', '2', '1964')), 'ok 1964-02-29');
    assert.equal(message(parts('29', '2', '2000')), 'ok 2000-02-29');
    assert.equal(message(parts('29', '2', '1900')), 'Date of birth must be a real date');
    assert.equal(message(parts('29', '2', '2023')), 'Date of birth must be a real date');
    assert.deepEqual(validateDateParts(parts('29', '2', '2023')), { ok: false, code: 'invalid', fields: ['day'] });
  });

  it('asks for the date when nothing is entered, or treats it as optional when allowed', () => {
    assert.equal(message(parts('', ' ', '')), 'Enter date of birth');
    assert.deepEqual(validateDateParts(parts('', '', ''), { optional: true }), { ok: true, date: undefined });
    assert.deepEqual(validateDateParts(parts('', '', '')), { ok: false, code: 'required', fields: ['day', 'month', 'year'] });
  });

  it('names the missing parts of a partial date and marks only those fields', () => {
    assert.equal(message(parts('14', '', '1985')), 'Date of birth must include a month');
    assert.equal(message(parts('', '3', '1985')), 'Date of birth must include a day');
    assert.equal(message(parts('14', '3', '')), 'Date of birth must include a year');
    assert.equal(message(parts('', '', '1985')), 'Date of birth must include a day and month');
    assert.equal(message(parts('', '3', '')), 'Date of birth must include a day and year');
    assert.equal(message(parts('14', '', '')), 'Date of birth must include a month and year');
    assert.deepEqual(validateDateParts(parts('', '3', '')), { ok: false, code: 'missing_day_year', fields: ['day', 'year'] });
  });

  it('rejects dates that cannot exist, marking the wrong fields', () => {
    assert.deepEqual(validateDateParts(parts('32', '1', '1985')), { ok: false, code: 'invalid', fields: ['day'] });
    assert.deepEqual(validateDateParts(parts('0', '13', '1985')), { ok: false, code: 'invalid', fields: ['day', 'month'] });
    assert.deepEqual(validateDateParts(parts('31', '4', '1985')), { ok: false, code: 'invalid', fields: ['day'] });
    assert.deepEqual(validateDateParts(parts('1x', 'Smarch', '19a5')), { ok: false, code: 'invalid', fields: ['day', 'month', 'year'] });
    assert.equal(message(parts('-1', '3', '1985')), 'Date of birth must be a real date');
    assert.equal(message(parts('1.5', '3', '1985')), 'Date of birth must be a real date');
  });

  it('asks for a year with 4 numbers', () => {
    assert.equal(message(parts('14', '3', '85')), 'Year must include 4 numbers');
    assert.equal(message(parts('14', '3', '19850')), 'Year must include 4 numbers');
    assert.deepEqual(validateDateParts(parts('14', '3', '85')), { ok: false, code: 'year_length', fields: ['year'] });
  });

  it('applies past and future rules against the given today', () => {
    const past = { when: 'past', today: TODAY } as const;
    assert.equal(message(parts('28', '3', '2026'), past), 'ok 2026-03-28');
    assert.equal(message(parts('29', '3', '2026'), past), 'Date of birth must be in the past');
    assert.equal(message(parts('30', '3', '2026'), past), 'Date of birth must be in the past');
    const notFuture = { when: 'today-or-past', today: TODAY } as const;
    assert.equal(message(parts('29', '3', '2026'), notFuture), 'ok 2026-03-29');
    assert.equal(message(parts('1', '1', '2027'), notFuture), 'Date of birth must be today or in the past');
    assert.equal(message(parts('29', '3', '2026'), { when: 'future', today: TODAY }), 'Date of birth must be in the future');
    assert.equal(
      message(parts('28', '3', '2026'), { when: 'today-or-future', today: TODAY }),
      'Date of birth must be today or in the future',
    );
    assert.equal(message(parts('29', '3', '2026'), { when: 'today-or-future', today: TODAY }), 'ok 2026-03-29');
  });

  it('checks earliest and latest dates and names the limit', () => {
    assert.equal(message(parts('31', '12', '1899'), { min: '1900-01-01' }), 'Date of birth must be the same as or after 1 January 1900');
    assert.equal(message(parts('1', '1', '1900'), { min: '1900-01-01' }), 'ok 1900-01-01');
    assert.equal(message(parts('2', '1', '2000'), { max: '2000-01-01' }), 'Date of birth must be the same as or before 1 January 2000');
  });

  it('puts a label mid-sentence in lower case, keeping acronyms', () => {
    assert.equal(lowerLabel('Date of birth'), 'date of birth');
    assert.equal(lowerLabel('NHS start date'), 'NHS start date');
  });

  it('fills another language’s templates when given them', () => {
    const result = validateDateParts(parts('14', '', '1985'));
    assert.equal(result.ok, false);
    if (!result.ok)
      assert.equal(
        dateErrorMessage(result, 'Dyddiad geni', { 'date.missing_month': 'Rhaid i {label} gynnwys mis' }),
        'Rhaid i Dyddiad geni gynnwys mis',
      );
  });
});
