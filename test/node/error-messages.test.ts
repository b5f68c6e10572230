/**
 * The error messages (src/internal/hero-element.strings.ts, error-view.ts, and their Welsh in
 * src/locales/cy.ts): one per error code for each audience; patients are never told about Hero and
 * always told how to get help now; staff are told what to check.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HeroError, type HeroErrorCode } from '../../src/api/errors.js';
import { slotPickerStrings } from '../../src/components/slot-picker/slot-picker.js';
import { errorMessage, type Audience } from '../../src/internal/error-view.js';
import { commonStrings } from '../../src/internal/hero-element.strings.js';
import { formatMessage, type Messages, type MessageVars } from '../../src/internal/localize.js';
import * as cy from '../../src/locales/cy.js';

const CODES: HeroErrorCode[] = ['auth', 'network', 'not_found', 'validation', 'conflict', 'rate_limited', 'server'];
const LANGUAGES: Record<string, Messages> = { 'en-GB': commonStrings, cy: cy.common };
const translate =
  (table: Messages, element: Messages = {}) =>
  (key: string, vars?: MessageVars) =>
    formatMessage(element[key] ?? table[key], key, vars);

describe('error messages', () => {
  for (const [lang, table] of Object.entries(LANGUAGES)) {
    describe(lang, () => {
      const t = translate(table);

      it('has one message per error code for patients and for staff', () => {
        for (const audience of ['patient', 'staff'] as Audience[]) {
          for (const code of CODES) assert.ok(table[`error.${audience}.${code}`], `error.${audience}.${code}`);
        }
      });

      it('never names Hero to a patient, and always ends with how to get help now', () => {
        for (const code of CODES) {
          for (const phone of [undefined, '01234 567890']) {
            const text = errorMessage(t, new HeroError(code, 'The Hero API had a problem.'), 'patient', phone);
            assert.doesNotMatch(text, /hero/i, `${code}: ${text}`);
            assert.ok(text.endsWith(phone ? `${phone}.` : '.'), text);
          }
        }
      });

      it('says sorry to a patient', () => {
        for (const code of CODES) assert.match(t(`error.patient.${code}`), lang === 'cy' ? /^Mae’n ddrwg gennym/ : /^Sorry/, code);
      });
    });
  }

  it('follows the NHS pattern for a patient, with the practice’s number when the host gives one', () => {
    const t = translate(commonStrings);
    assert.equal(
      errorMessage(t, new HeroError('server', 'x'), 'patient', '01234 567890'),
      'Sorry, there is a problem with the service. Try again later. If you need help now, call your GP surgery on 01234 567890.',
    );
    assert.equal(
      errorMessage(t, new HeroError('server', 'x'), 'patient', '  '),
      'Sorry, there is a problem with the service. Try again later. If you need help now, contact your GP surgery.',
    );
  });

  it('lets an element say what the help is for (the slot picker: booking an appointment)', () => {
    const t = translate(commonStrings, slotPickerStrings);
    assert.equal(
      errorMessage(t, new HeroError('server', 'x'), 'patient', '01234 567890'),
      'Sorry, there is a problem with the service. Try again later. If you need to book an appointment now, call your GP surgery on 01234 567890.',
    );
    assert.match(errorMessage(translate(cy.common, cy.slotPicker), new HeroError('network', 'x'), 'patient'), /drefnu apwyntiad/);
  });

  it('tells staff what failed and what to check', () => {
    const t = translate(commonStrings);
    assert.equal(
      errorMessage(t, new HeroError('server', 'x'), 'staff', '01234 567890'),
      'Hero is having a problem. Try again in a few minutes.',
    );
    assert.match(errorMessage(t, new HeroError('auth', 'x'), 'staff'), /check the set-up/);
  });

  it('treats anything thrown that is not a HeroError as a server problem', () => {
    assert.equal(errorMessage(translate(commonStrings), new TypeError('x is undefined'), 'staff'), commonStrings['error.staff.server']);
  });
});
