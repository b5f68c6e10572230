/** How long a message may be, per channel (src/domain/message-limits.ts; sources in docs/message-limits.md). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkMessageLength, MESSAGE_LIMITS } from '../../src/domain/message-limits.js';

const a = (n: number) => 'a'.repeat(n);

describe('checkMessageLength', () => {
  it('names a limit for every channel: 6 text messages, 5,000 characters (NHS App, Hero app), 100,000 (email)', () => {
    assert.deepEqual(MESSAGE_LIMITS, {
      sms: { unit: 'segments', max: 6 },
      nhs_app: { unit: 'characters', max: 5000 },
      email: { unit: 'characters', max: 100_000 },
      hero: { unit: 'characters', max: 5000 },
    });
  });

  describe('text messages', () => {
    it('accepts 918 GSM-7 characters (six messages) and refuses 919, saying how many to remove', () => {
      const fits = checkMessageLength('sms', a(918));
      assert.equal(fits.ok, true);
      assert.equal(fits.used, 6);
      assert.equal(fits.over, 0);
      assert.equal(fits.maxCharacters, 918);
      const long = checkMessageLength('sms', a(930));
      assert.equal(long.ok, false);
      assert.equal(long.used, 7);
      assert.equal(long.max, 6);
      assert.equal(long.over, 12);
      assert.equal(checkMessageLength('sms', a(919)).over, 1);
    });

    it('holds UCS-2 text to the same six messages: 402 units', () => {
      const fits = checkMessageLength('sms', 'ŵ' + a(401));
      assert.equal(fits.ok, true);
      assert.equal(fits.maxCharacters, 402);
      assert.equal(fits.sms?.encoding, 'ucs2');
      const long = checkMessageLength('sms', 'ŵ' + a(402));
      assert.equal(long.ok, false);
      assert.equal(long.over, 1);
    });

    it('counts an extension character as two: 917 characters with a € are 918 units, one more is too long', () => {
      assert.equal(checkMessageLength('sms', a(916) + '€').ok, true);
      assert.equal(checkMessageLength('sms', a(917) + '€').ok, false);
    });

    it('asks for at least one character to be removed when escape pairs that cannot be split need a seventh message', () => {
      // Each € (an escape pair) falls where only one unit is left in a segment, so it starts the next.
      const text = a(152) + '€' + (a(151) + '€').repeat(4) + a(152);
      const check = checkMessageLength('sms', text);
      assert.equal(check.sms?.units, 918);
      assert.equal(check.used, 7);
      assert.equal(check.ok, false);
      assert.equal(check.over, 1);
    });

    it('treats an empty message as fitting (other rules refuse it)', () => {
      assert.deepEqual({ ok: checkMessageLength('sms', '').ok, used: checkMessageLength('sms', '').used }, { ok: true, used: 0 });
    });
  });

  describe('NHS App, Hero app and email', () => {
    for (const [channel, max] of [
      ['nhs_app', 5000],
      ['hero', 5000],
      ['email', 100_000],
    ] as const) {
      it(`${channel}: accepts ${max} characters and refuses ${max + 1}`, () => {
        assert.equal(checkMessageLength(channel, a(max)).ok, true);
        const long = checkMessageLength(channel, a(max + 1));
        assert.equal(long.ok, false);
        assert.equal(long.over, 1);
        assert.equal(long.unit, 'characters');
        assert.equal(long.max, max);
      });
    }

    it('counts characters as people do: an emoji is one, a Welsh ŵ is one', () => {
      const check = checkMessageLength('nhs_app', '😀'.repeat(5000));
      assert.equal(check.characters, 5000);
      assert.equal(check.ok, true);
      assert.equal(checkMessageLength('nhs_app', 'ŵ'.repeat(5001)).over, 1);
    });
  });
});
