/** UK mobile numbers and email addresses (src/internal/uk-phone.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatUkMobile, isEmail, isUkMobile, toE164UkMobile } from '../../src/domain/uk-phone.js';

describe('toE164UkMobile', () => {
  it('normalises every usual way of writing a UK mobile to +44 and 10 digits', () => {
    for (const input of [
      '07700900123',
      '07700 900123',
      ' 07700 900 123 ',
      '07700-900-123',
      '(07700) 900123',
      '+447700900123',
      '+44 7700 900123',
      '+44 (0)7700 900123',
      '+44 07700 900123',
      '0044 7700 900123',
      '00447700900123',
      '447700900123',
    ]) {
      assert.equal(toE164UkMobile(input), '+447700900123', input);
    }
  });

  it('rejects numbers that are not UK mobiles', () => {
    for (const input of [
      '',
      '0770090012', // 10 digits
      '077009001234', // 12 digits
      '01454 412345', // landline
      '020 7946 0000', // London landline
      '+33 6 12 34 56 78', // France
      '+17700900123', // other country
      '007700900123', // 00 then 77…: not the UK
      '7700900123', // no prefix
      '07700 9OO123', // letters
      '+44 1454 412345',
      '07700900123 ext 1',
    ]) {
      assert.equal(toE164UkMobile(input), undefined, input);
      assert.equal(isUkMobile(input), false, input);
    }
  });

  it('formats a mobile for people as 07700 900123', () => {
    assert.equal(formatUkMobile('+447700900123'), '07700 900123');
    assert.equal(formatUkMobile('07700900123'), '07700 900123');
    assert.equal(formatUkMobile('not a number'), 'not a number');
  });
});

describe('isEmail', () => {
  it('accepts ordinary addresses', () => {
    for (const input of ['olivia.bennett@example.com', 'm.rahman@example.co.uk', 'sian+nhs@example.cymru', ' x@y.org ', "o'brien@example.ie"]) {
      assert.equal(isEmail(input), true, input);
    }
  });

  it('rejects malformed addresses', () => {
    for (const input of ['', 'olivia', 'olivia@', '@example.com', 'olivia@example', 'a b@example.com', 'a@b@example.com', 'a..b@example.com', '.a@example.com', 'a@-example.com', 'a@example..com', 'a@example.c', `${'a'.repeat(65)}@example.com`]) {
      assert.equal(isEmail(input), false, input);
    }
  });
});
