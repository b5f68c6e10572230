import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatNhsNumber, groupNhsDigits, isValidNhsNumber, normaliseNhsNumber } from '../../src/domain/nhs-number.js';

describe('NHS number rules', () => {
  it('accepts the valid test numbers, typed with or without spaces and dashes', () => {
    for (const n of ['9990000018', '999 000 0026', '999-000-0034', ' 999 000-0018 ']) assert.equal(isValidNhsNumber(n), true, n);
  });

  it('rejects the docs’ examples, which fail Modulus 11', () => {
    assert.equal(isValidNhsNumber('999 123 4567'), false);
    assert.equal(isValidNhsNumber('123 456 7891'), false);
  });

  it('maps a check value of 11 to 0', () => {
    assert.equal(isValidNhsNumber('9990000050'), true);
    assert.equal(isValidNhsNumber('9990000051'), false);
  });

  it('never accepts a number whose check value is 10, whatever its last digit', () => {
    for (let d = 0; d <= 9; d++) assert.equal(isValidNhsNumber(`999000000${d}`), false, `999000000${d}`);
  });

  it('rejects numbers of one repeated digit, wrong lengths and letters', () => {
    for (const n of ['0000000000', '1111111111', '999000001', '99900000180', '99900000I8', '']) assert.equal(isValidNhsNumber(n), false, n);
  });

  it('normalises and formats as 3-3-4', () => {
    assert.equal(normaliseNhsNumber('999-000 0018'), '9990000018');
    assert.equal(formatNhsNumber('9990000018'), '999 000 0018');
    assert.equal(formatNhsNumber('12345'), '12345');
  });

  it('groups partly typed numbers as 3-3-4, leaving anything else as typed', () => {
    assert.equal(groupNhsDigits(''), '');
    assert.equal(groupNhsDigits('999'), '999');
    assert.equal(groupNhsDigits('9990'), '999 0');
    assert.equal(groupNhsDigits('999-0000'), '999 000 0');
    assert.equal(groupNhsDigits('9990000018'), '999 000 0018');
    assert.equal(groupNhsDigits('99900000181'), '99900000181');
    assert.equal(groupNhsDigits('999 abc'), '999 abc');
  });
});
