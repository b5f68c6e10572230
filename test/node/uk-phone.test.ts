/** UK mobile numbers (Ofcom's mobile ranges, every usual way of writing one) and email addresses (src/domain/uk-phone.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkUkMobile, formatUkMobile, isEmail, isUkMobile, toE164UkMobile } from '../../src/domain/uk-phone.js';

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
      '(+44) 7700 900123',
      '(+44)7700900123',
      '(+44) (0)7700 900123',
      '+44 (0) 7700 900123',
      'tel:+447700900123',
      'TEL:+44-7700-900123',
      'tel:07700900123',
      '07700–900123', // en dash
      '07700 – 900 123',
      '07700—900123', // em dash
      '07700\u2011900123', // non-breaking hyphen
      '07700\u00a0900123', // non-breaking space
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
      'tel:+447700900123;ext=1',
      '(+33) 6 12 34 56 78',
    ]) {
      assert.equal(toE164UkMobile(input), undefined, input);
      assert.equal(isUkMobile(input), false, input);
    }
  });

  it('accepts every mobile range: 071–075, 077–079 and 07624 (Isle of Man)', () => {
    for (const prefix of ['071', '072', '073', '074', '075', '077', '078', '079']) {
      assert.equal(toE164UkMobile(`${prefix}12 345678`), `+44${prefix.slice(1)}12345678`, prefix);
    }
    assert.equal(toE164UkMobile('07624 123456'), '+447624123456');
    assert.equal(toE164UkMobile('+44 7624 123456'), '+447624123456');
  });

  it('keeps Ofcom’s drama range 07700 900000–900999 valid, at both ends', () => {
    for (const input of ['07700 900000', '07700 900999', '+447700900500']) assert.equal(isUkMobile(input), true, input);
  });

  it('refuses 070 (personal numbers) and 076 other than 07624 (pagers) as not mobiles', () => {
    for (const input of [
      '07000 123456',
      '07012 345678',
      '+44 7099 123456',
      '07600 123456',
      '07623 123456',
      '07625 123456',
      '07699 999999',
      'tel:+447600123456',
    ]) {
      assert.equal(toE164UkMobile(input), undefined, input);
      assert.deepEqual(checkUkMobile(input), { ok: false, problem: 'not-mobile' }, input);
    }
  });

  it('says a landline is not a mobile, and something else is not a phone number', () => {
    assert.deepEqual(checkUkMobile('01454 412345'), { ok: false, problem: 'not-mobile' });
    assert.deepEqual(checkUkMobile('020 7946 0000'), { ok: false, problem: 'not-mobile' });
    for (const input of ['', 'olivia@example.com', '0770090012', '+33 6 12 34 56 78', '07700 9OO123']) {
      assert.deepEqual(checkUkMobile(input), { ok: false, problem: 'format' }, input);
    }
    assert.deepEqual(checkUkMobile('(+44) 7700 900123'), { ok: true, e164: '+447700900123' });
  });

  it('formats a mobile for people as 07700 900123', () => {
    assert.equal(formatUkMobile('+447700900123'), '07700 900123');
    assert.equal(formatUkMobile('07700900123'), '07700 900123');
    assert.equal(formatUkMobile('not a number'), 'not a number');
  });
});

describe('isEmail', () => {
  it('accepts ordinary addresses', () => {
    for (const input of [
      'olivia.bennett@example.com',
      'm.rahman@example.co.uk',
      'sian+nhs@example.cymru',
      ' x@y.org ',
      "o'brien@example.ie",
    ]) {
      assert.equal(isEmail(input), true, input);
    }
  });

  it('rejects malformed addresses', () => {
    for (const input of [
      '',
      'olivia',
      'olivia@',
      '@example.com',
      'olivia@example',
      'a b@example.com',
      'a@b@example.com',
      'a..b@example.com',
      '.a@example.com',
      'a@-example.com',
      'a@example..com',
      'a@example.c',
      `${'a'.repeat(65)}@example.com`,
    ]) {
      assert.equal(isEmail(input), false, input);
    }
  });
});
