/**
 * Times of day (src/domain/clock-time.ts): what the time field accepts, what it refuses and why,
 * and the NHS style it writes times in.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  clockTimeErrorMessage,
  clockTimeMessages,
  formatClockTime,
  parseClockTime,
  type ClockTimeResult,
} from '../../src/domain/clock-time.js';

const minutesOf = (text: string): number | undefined => {
  const result = parseClockTime(text);
  assert.ok(result.ok, `${JSON.stringify(text)} should be read, got ${JSON.stringify(result)}`);
  return result.minutes;
};
const refused = (text: string): ClockTimeResult & { ok: false } => {
  const result = parseClockTime(text);
  assert.ok(!result.ok, `${JSON.stringify(text)} should be refused, got ${JSON.stringify(result)}`);
  return result;
};
const hm = (h: number, m = 0) => h * 60 + m;

describe('parseClockTime', () => {
  it('reads 12-hour times with am or pm, with a colon, a dot or neither, spaces and dots anywhere', () => {
    const cases: [string, number][] = [
      ['9am', hm(9)],
      ['9 am', hm(9)],
      ['9AM', hm(9)],
      ['9:30am', hm(9, 30)],
      ['9.30am', hm(9, 30)],
      ['9.30 a.m.', hm(9, 30)],
      ['9:30 P.M.', hm(21, 30)],
      ['930pm', hm(21, 30)],
      ['09:05am', hm(9, 5)],
      ['11:59pm', hm(23, 59)],
      ['1pm', hm(13)],
      ['  2:45 pm ', hm(14, 45)],
    ];
    for (const [text, minutes] of cases) assert.equal(minutesOf(text), minutes, text);
  });

  it('reads 12am as midnight and 12pm as midday, as the clock does', () => {
    assert.equal(minutesOf('12am'), 0);
    assert.equal(minutesOf('12:15am'), hm(0, 15));
    assert.equal(minutesOf('12pm'), hm(12));
    assert.equal(minutesOf('12:30pm'), hm(12, 30));
  });

  it('reads midday, noon and midnight, with or without a 12 in front', () => {
    for (const text of ['midday', 'Noon', '12 noon', '12 midday', ' MIDDAY ']) assert.equal(minutesOf(text), hm(12), text);
    for (const text of ['midnight', '12 midnight', 'Midnight']) assert.equal(minutesOf(text), 0, text);
  });

  it('reads the 24-hour clock: 14:30, 14.30, 1430, a leading zero, 0 and 00 for midnight, 12:30 after midday', () => {
    const cases: [string, number][] = [
      ['14:30', hm(14, 30)],
      ['14.30', hm(14, 30)],
      ['1430', hm(14, 30)],
      ['14', hm(14)],
      ['23:59', hm(23, 59)],
      ['09:30', hm(9, 30)],
      ['0930', hm(9, 30)],
      ['07', hm(7)],
      ['00:15', hm(0, 15)],
      ['0', 0],
      ['00', 0],
      ['12:30', hm(12, 30)],
      ['12', hm(12)],
    ];
    for (const [text, minutes] of cases) assert.equal(minutesOf(text), minutes, text);
  });

  it('refuses 1 to 11 with no am or pm and no leading zero as ambiguous, keeping the morning reading', () => {
    for (const [text, minutes] of [
      ['9:30', hm(9, 30)],
      ['930', hm(9, 30)],
      ['7', hm(7)],
      ['10:30', hm(10, 30)],
      ['11.15', hm(11, 15)],
      ['1', hm(1)],
    ] as const) {
      const result = refused(text);
      assert.equal(result.code, 'ambiguous', text);
      assert.equal(result.minutes, minutes, text);
    }
  });

  it('refuses what is not a time as invalid', () => {
    for (const text of [
      '24:00',
      '25',
      '9:60',
      '13pm',
      '0am',
      '00:30am',
      '9:3',
      '9:',
      'nine',
      '9:30 in the morning',
      '9-30',
      '12:00:00',
      '930 BST',
      '-1',
      '9.30.am.x',
    ]) {
      assert.equal(refused(text).code, 'invalid', text);
    }
  });

  it('asks for a time when nothing is typed, unless the time is optional', () => {
    assert.equal(refused('').code, 'required');
    assert.equal(refused('   ').code, 'required');
    assert.deepEqual(parseClockTime(' ', true), { ok: true, minutes: undefined });
  });
});

describe('formatClockTime', () => {
  it('writes English times in the NHS style: no :00, am and pm with no space, midday and midnight', () => {
    const cases: [number, string][] = [
      [hm(8), '8am'],
      [hm(9, 30), '9:30am'],
      [hm(12), 'midday'],
      [hm(0), 'midnight'],
      [hm(0, 5), '12:05am'],
      [hm(12, 15), '12:15pm'],
      [hm(13), '1pm'],
      [hm(17, 45), '5:45pm'],
      [hm(23, 59), '11:59pm'],
    ];
    for (const [minutes, text] of cases) assert.equal(formatClockTime(minutes), text, text);
  });

  it('reads back every time it writes (English), so a field can show a value in its own words', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 1) assert.equal(minutesOf(formatClockTime(minutes)), minutes);
  });

  it('writes Welsh times on the 24-hour clock', () => {
    assert.match(formatClockTime(hm(9, 30), 'cy-GB'), /^0?9:30$/);
    assert.equal(formatClockTime(hm(14, 5), 'cy-GB'), '14:05');
  });
});

describe('clockTimeErrorMessage', () => {
  it('says what to do, with both readings of an ambiguous time', () => {
    assert.equal(clockTimeErrorMessage(refused(''), 'Time to send'), 'Enter time to send');
    assert.equal(clockTimeErrorMessage(refused('25:00'), 'Time'), 'Time must be a real time, like 9:30am or 14:30');
    assert.equal(clockTimeErrorMessage(refused('7'), 'Time'), 'Time must say am or pm, like 7am or 7pm');
    assert.equal(clockTimeErrorMessage(refused('10:30'), 'Time'), 'Time must say am or pm, like 10:30am or 10:30pm');
  });

  it('uses the templates it is given, falling back to English for a missing one', () => {
    const own = { ...clockTimeMessages, 'time.required': 'Rhowch {label_lower}' };
    assert.equal(clockTimeErrorMessage(refused(''), 'Amser', own, 'cy'), 'Rhowch amser');
    assert.equal(clockTimeErrorMessage(refused('99'), 'Amser', {}, 'cy'), 'Amser must be a real time, like 9:30am or 14:30');
  });
});
