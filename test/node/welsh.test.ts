/**
 * The Welsh tables (src/locales/cy.ts) against the English ones: every key translated, the same
 * placeholders, every plural form filled, and nothing left in English unless allow-listed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formStrings } from '../../src/components/form-renderer/form-renderer.strings.js';
import { messageComposerStrings } from '../../src/components/message-composer/message-composer.strings.js';
import { messageHistoryStrings } from '../../src/components/message-history/message-history.strings.js';
import { appointmentsStrings } from '../../src/components/appointments/appointments.strings.js';
import { patientLookupStrings } from '../../src/components/patient-lookup/patient-lookup.js';
import { slotPickerStrings } from '../../src/components/slot-picker/slot-picker.js';
import { commonStrings } from '../../src/internal/hero-element.strings.js';
import type { Message, Messages, MessageVars } from '../../src/internal/localize.js';
import * as cy from '../../src/locales/cy.js';

/** Each English table, by the name of its Welsh table (the element's `translationKey`). */
const TABLES: Record<string, Messages> = {
  common: commonStrings,
  slotPicker: slotPickerStrings,
  patientLookup: patientLookupStrings,
  formRenderer: formStrings,
  messageComposer: messageComposerStrings,
  messageHistory: messageHistoryStrings,
  appointments: appointmentsStrings,
};

/**
 * Placeholders the elements give a family of messages whichever the English one uses (the date
 * messages get `{label}` and `{label_lower}`; a form's problems get all of messageVars()).
 */
const ALWAYS_GIVEN: [RegExp, string[]][] = [
  [/^patientLookup\.date\./, ['label', 'label_lower', 'date']],
  [/^formRenderer\.problem\./, ['label', 'subject', 'subject_lower', 'min', 'max']],
];

/** Welsh that is rightly the same as the English, with the reason. */
const SAME_IN_WELSH: Record<string, string> = {};

/** The placeholders a message reads: `{name}` in text; for a function, the names it asks its vars for. */
function placeholders(message: Message): Set<string> {
  if (typeof message === 'string')
    return new Set([...message.replace(/\{\{\w+\}\}/g, '').matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string));
  const names = new Set<string>();
  const probe = new Proxy({} as MessageVars, {
    has: (_, name) => (typeof name === 'string' && names.add(name), true),
    get: (_, name) => (typeof name === 'string' && names.add(name), 2),
  });
  message(probe);
  return names;
}

const render = (message: Message, vars: MessageVars) =>
  typeof message === 'function'
    ? message(vars)
    : message.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));

describe('the Welsh tables', () => {
  it('exist for the shared strings and every element, and nothing else', () => {
    assert.deepEqual(
      Object.keys(cy)
        .filter((name) => name !== 'formatDate')
        .sort(),
      Object.keys(TABLES).sort(),
    );
  });

  for (const [name, english] of Object.entries(TABLES)) {
    describe(name, () => {
      const welsh = (cy as unknown as Record<string, Messages>)[name] ?? {};

      it('translates every English key, and has no key English lacks', () => {
        assert.deepEqual(
          Object.keys(english).filter((key) => !(key in welsh)),
          [],
          'keys without Welsh',
        );
        assert.deepEqual(
          Object.keys(welsh).filter((key) => !(key in english)),
          [],
          'Welsh keys English does not have',
        );
      });

      it('uses only the placeholders the English message is given, and fills every one', () => {
        for (const [key, message] of Object.entries(english)) {
          const cyMessage = welsh[key];
          if (cyMessage === undefined) continue;
          const given = placeholders(message);
          for (const [family, vars] of ALWAYS_GIVEN) if (family.test(`${name}.${key}`)) for (const v of vars) given.add(v);
          const used = placeholders(cyMessage);
          assert.deepEqual(
            [...used].filter((v) => !given.has(v)),
            [],
            `${name}.${key}: placeholders English does not give`,
          );
          // Every count Welsh treats differently: zero, one, two, few, many, other.
          for (const count of [0, 1, 2, 3, 6, 11, 1000]) {
            const vars: MessageVars = Object.fromEntries(
              [...given].map((v) => [v, /count|characters|segments|shown|total|weeks|page/.test(v) ? count : `«${v}»`]),
            );
            const text = render(cyMessage, vars).replace(/\{\{\w+\}\}/g, '');
            assert.doesNotMatch(text, /\{\w+\}/, `${name}.${key} (count ${count}): a placeholder left unfilled: ${text}`);
            assert.ok(text.trim(), `${name}.${key}: empty`);
          }
        }
      });

      it('differs from the English, unless allow-listed with a reason', () => {
        const same = Object.entries(english)
          .filter(([key, message]) => {
            const cyMessage = welsh[key];
            if (cyMessage === undefined || `${name}.${key}` in SAME_IN_WELSH) return false;
            const vars: MessageVars = { count: 2 };
            for (const v of placeholders(message)) vars[v] ??= `«${v}»`;
            return render(cyMessage, vars) === render(message, vars);
          })
          .map(([key]) => `${name}.${key}`);
        assert.deepEqual(same, []);
      });
    });
  }

  it('uses Welsh plural forms where counts appear (Intl.PluralRules("cy"))', () => {
    assert.equal(render(cy.slotPicker['type.duration'], { count: 1 }), '1 munud');
    assert.equal(render(cy.slotPicker['type.duration'], { count: 2 }), '2 funud');
    assert.equal(render(cy.slotPicker['type.duration'], { count: 20 }), '20 munud');
    assert.equal(render(cy.patientLookup['results.count'], { count: 2 }), '2 glaf wedi’u canfod');
    assert.equal(render(cy.patientLookup['results.count'], { count: 5 }), '5 o gleifion wedi’u canfod');
  });

  it('says at the top that a professional Welsh translator must review it before production', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../../src/locales/cy.ts', import.meta.url), 'utf8');
    assert.match(source.slice(0, 600), /professional Welsh translator/);
  });
});

describe('Welsh dates', () => {
  const date = new Date(Date.UTC(2026, 10, 3, 9, 30));
  for (const options of [
    { weekday: 'long', day: 'numeric', month: 'long' },
    { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    { weekday: 'short', day: 'numeric', month: 'short' },
    { dateStyle: 'long' },
    { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' },
  ] as Intl.DateTimeFormatOptions[]) {
    it(`are written as Intl writes cy-GB where a browser lacks Welsh data: ${JSON.stringify(options)}`, () => {
      const o = { ...options, timeZone: 'Europe/London' };
      assert.equal(cy.formatDate(date, o), new Intl.DateTimeFormat('cy-GB', o).format(date));
    });
  }
  it('name every month as Intl does', () => {
    for (let month = 0; month < 12; month++) {
      const d = new Date(Date.UTC(2026, month, 15, 12));
      for (const o of [{ dateStyle: 'long' }, { weekday: 'short', day: 'numeric', month: 'short' }] as Intl.DateTimeFormatOptions[])
        assert.equal(cy.formatDate(d, { ...o, timeZone: 'UTC' }), new Intl.DateTimeFormat('cy-GB', { ...o, timeZone: 'UTC' }).format(d));
    }
  });
});

describe('Welsh dates from Intl', () => {
  it('has Welsh month and day names in this runtime (cy-GB)', () => {
    const text = new Intl.DateTimeFormat('cy-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(
      Date.UTC(2026, 10, 3, 12),
    );
    assert.match(text, /Tachwedd/);
    assert.match(text, /Dydd Mawrth/);
  });
});
