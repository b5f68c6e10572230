/**
 * Every element in Welsh: rendered under an ancestor with lang="cy" and driven through its main
 * states, with no English left in its text or its accessible names and ARIA attributes; dates in
 * Welsh; the language followed when <html lang> or an ancestor's lang changes at runtime.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import {
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  DECEASED_PATIENT_ID,
  UNKNOWN_NHS_NUMBER,
  ALL_FIELD_TYPES_FORM_ID,
  patients,
  scenarios,
} from '../../mock/index.js';
import '../../src/components/slot-picker/hero-slot-picker.js';
import '../../src/components/patient-lookup/hero-patient-lookup.js';
import '../../src/components/form-renderer/hero-form-renderer.js';
import '../../src/components/message-composer/hero-message-composer.js';
import '../../src/components/message-history/hero-message-history.js';
import '../../src/components/appointments/hero-appointments.js';
import { slotPickerStrings } from '../../src/components/slot-picker/slot-picker.js';
import { patientLookupStrings } from '../../src/components/patient-lookup/patient-lookup.js';
import { formStrings } from '../../src/components/form-renderer/form-renderer.strings.js';
import { messageComposerStrings } from '../../src/components/message-composer/message-composer.strings.js';
import { messageHistoryStrings } from '../../src/components/message-history/message-history.strings.js';
import { appointmentsStrings } from '../../src/components/appointments/appointments.strings.js';
import { commonStrings } from '../../src/internal/hero-element.strings.js';
import type { Messages, MessageVars } from '../../src/internal/localize.js';
import * as fixtures from '../../mock/fixtures.js';
import type { HeroFormRenderer } from '../../src/components/form-renderer/hero-form-renderer.js';
import * as form601 from '../components/form-renderer/support.js';
import { useMockApi, worker } from '../support/mock-api.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

const CONFIG = { tenant: MOCK_PRACTICE_GROUP_ID, base: MOCK_BASE_URL };

// ───────── Finding English ─────────

/** A marker for a placeholder's value, so the English around it can be cut into fragments. */
const HOLE = '\u0001';

/** The fixed text of an English message: the runs between its placeholders (both counts for plurals). */
function fragmentsOf(message: Messages[string]): string[] {
  const texts =
    typeof message === 'function'
      ? [1, 5].map((count) =>
          message(
            new Proxy({} as MessageVars, {
              has: () => true,
              get: (_, name) => (name === 'count' || name === 'characters' || name === 'segments' ? count : HOLE),
            }),
          ).replace(/\b[15]\b/g, HOLE),
        )
      : [message.replace(/\{\{\w+\}\}/g, HOLE).replace(/\{\w+\}/g, HOLE)];
  return texts
    .flatMap((text) => text.split(HOLE))
    .map((f) =>
      f
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^[,.:;()]+|[,.:;()]+$/g, '')
        .trim(),
    );
}

interface EnglishProbe {
  key: string;
  fragment: string;
}

/** What would show that English leaked: fragments of two or more words, and whole one-word strings. */
function englishProbes(table: Messages): { fragments: EnglishProbe[]; words: EnglishProbe[] } {
  const fragments: EnglishProbe[] = [];
  const words: EnglishProbe[] = [];
  for (const [key, message] of Object.entries({ ...commonStrings, ...table })) {
    for (const fragment of fragmentsOf(message)) {
      if (fragment.split(' ').length >= 2) fragments.push({ key, fragment });
      else if (typeof message === 'string' && message === fragment && /^\p{L}{3,}$/u.test(fragment)) words.push({ key, fragment });
    }
  }
  return { fragments, words };
}

const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label'];

/** Everything the element says: its shadow root's text nodes, ARIA and naming attributes, and validation message. */
function spoken(el: HTMLElement): string[] {
  const out: string[] = [];
  const root = el.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.parentElement?.localName !== 'style') out.push(node.textContent ?? '');
    } else {
      for (const name of ATTRIBUTES) {
        const value = (node as Element).getAttribute(name);
        if (value) out.push(value);
      }
    }
  }
  const message = (el as HTMLElement & { validationMessage?: string }).validationMessage;
  if (message) out.push(message);
  return out.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Every text of the mock API's data (names, questions, templates): data is never translated, so it is not English left. */
const API_DATA: string[] = (() => {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.trim().length >= 4) found.add(value.replace(/\s+/g, ' ').trim());
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(Object.values(fixtures).filter((v) => typeof v === 'object'));
  return [...found].sort((a, b) => b.length - a.length);
})();

const withoutData = (text: string) => API_DATA.reduce((t, data) => (t.includes(data) ? t.split(data).join(' ⟨data⟩ ') : t), text);

/** The keys whose English shows in the element, as `key: “fragment”` (strings only: never the element itself). */
function englishLeft(el: HTMLElement, table: Messages): string[] {
  const texts = spoken(el).map(withoutData);
  const all = texts.join('\n');
  const { fragments, words } = englishProbes(table);
  const leaks = new Set<string>();
  for (const { key, fragment } of fragments) if (all.includes(fragment)) leaks.add(`${key}: “${fragment}”`);
  for (const { key, fragment } of words) if (texts.includes(fragment)) leaks.add(`${key}: “${fragment}”`);
  return [...leaks];
}

const WELSH_MONTHS = /Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr/;
const ENGLISH_DATES =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** Asserts no English is left in `state`, comparing strings only (a Lit element in a failure message crashes Chromium). */
function expectWelsh(el: HTMLElement, table: Messages, state: string): void {
  expect(englishLeft(el, table), `English left (${state})`).to.deep.equal([]);
  // API data (a message's text may name a day) is never translated: only the element's own words count.
  const dates = spoken(el).map(withoutData).join('\n').match(ENGLISH_DATES);
  expect(dates?.[0] ?? '', `English day or month names (${state})`).to.equal('');
}

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const textOf = (el: HTMLElement) => spoken(el).join(' ');

async function inWelsh<T extends Lit>(template: TemplateResult, tag: string): Promise<T> {
  const wrapper = await fixture(html`<div lang="cy">${template}</div>`);
  const el = wrapper.querySelector(tag) as T;
  await el.updateComplete;
  return el;
}

async function setField(el: Lit, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await el.updateComplete;
}

async function click(el: Lit, selector: string) {
  const target = $(el, selector);
  if (!target) throw new Error(`no ${selector}`);
  target.click();
  await el.updateComplete;
}

describe('Welsh (lang="cy")', function () {
  this.timeout(40_000);
  useMockApi();

  describe('the leak check', () => {
    it('finds English: it is not a test that cannot fail', async () => {
      const el = await fixture<Lit>(html`<hero-message-composer lang="en-GB"></hero-message-composer>`);
      expect(englishLeft(el, messageComposerStrings)).to.include('noPatient.title: “No patient chosen”');
    });
  });

  describe('<hero-slot-picker>', () => {
    const picker = (extra = html``) =>
      html`<hero-slot-picker tenant-id=${CONFIG.tenant} base-url=${CONFIG.base} token-url="/api/hero-token" patient-id="401">${extra}</hero-slot-picker>`;
    const options = (el: Lit) => $$(el, '[role="option"]');

    it('offers types, says what is missing, lists times with Welsh dates, holds, books, all in Welsh', async () => {
      const ready = oneEvent(document, 'hero-ready');
      const el = await inWelsh<Lit>(picker(), 'hero-slot-picker');
      await ready;
      await el.updateComplete;
      expect(textOf(el)).to.contain('Trefnu apwyntiad');
      expect(textOf(el)).to.contain('10 munud');
      expectWelsh(el, slotPickerStrings, 'type choice');

      await click(el, '[part="continue-button"]');
      expect(textOf(el)).to.contain('Dewiswch y math o apwyntiad sydd ei angen arnoch');
      expectWelsh(el, slotPickerStrings, 'type required');

      $$<HTMLInputElement>(el, 'input[name="appointment-type"]')
        .find((i) => i.value === '101')!
        .click();
      await el.updateComplete;
      await click(el, '[part="continue-button"]');
      await waitUntil(() => options(el).length > 0, 'times listed', { timeout: 8000 });
      await el.updateComplete;
      expect(textOf(el)).to.match(WELSH_MONTHS);
      expectWelsh(el, slotPickerStrings, 'times');

      options(el)[0]!.click();
      await el.updateComplete;
      expectWelsh(el, slotPickerStrings, 'time chosen');

      const reserved = oneEvent(el, 'hero-appointment-reserve');
      await click(el, '[part~="reserve-button"]');
      await reserved;
      await el.updateComplete;
      expect($(el, '[part="countdown"]')!.getAttribute('aria-label')).to.match(/^Mae 1[45] munud ar ôl i gadarnhau$/);
      expect(textOf(el)).to.contain('Mae’r amser wedi’i gadw');
      expectWelsh(el, slotPickerStrings, 'summary with countdown');

      const booked = oneEvent(el, 'hero-appointment-book');
      await click(el, '[part~="confirm-button"]');
      await booked;
      await el.updateComplete;
      expect(textOf(el)).to.contain('Apwyntiad wedi’i drefnu');
      expect(textOf(el)).to.match(WELSH_MONTHS);
      expectWelsh(el, slotPickerStrings, 'booked');
    });

    it('explains a time taken by someone else, in Welsh', async () => {
      const el = await inWelsh<Lit>(picker(), 'hero-slot-picker');
      el.setAttribute('appointment-type-id', '101');
      await waitUntil(() => options(el).length > 0, 'times listed', { timeout: 8000 });
      worker.use(...scenarios['slot-taken']);
      options(el)[0]!.click();
      await el.updateComplete;
      await click(el, '[part~="reserve-button"]');
      await waitUntil(() => $(el, '#notice'), 'notice shown', { timeout: 8000 });
      await waitUntil(() => options(el).length > 0, 'times listed again', { timeout: 8000 });
      expect(textOf(el)).to.contain('mae rhywun arall newydd gymryd yr amser hwnnw');
      expectWelsh(el, slotPickerStrings, 'slot taken');
    });

    it('shows an error with a retry in Welsh', async () => {
      worker.use(...scenarios['server-error']);
      const el = await inWelsh<Lit>(picker(), 'hero-slot-picker');
      await waitUntil(() => $(el, '[part~="error"]'), 'error shown', { timeout: 8000 });
      expect(textOf(el)).to.contain('Rhowch gynnig arall arni');
      expectWelsh(el, slotPickerStrings, 'error');
    });
  });

  describe('<hero-patient-lookup>', () => {
    const lookup = () =>
      html`<hero-patient-lookup tenant-id=${CONFIG.tenant} base-url=${CONFIG.base} token-url="/api/hero-token" allow-register required></hero-patient-lookup>`;
    const byId = (id: string) => patients.find((p) => p.id === id)!;
    async function search(el: Lit, nhs: string, dob: string) {
      await setField(el, 'nhs-number', nhs);
      const [year = '', month = '', day = ''] = dob.split('-');
      await setField(el, 'dob-day', day);
      await setField(el, 'dob-month', month);
      await setField(el, 'dob-year', year);
      await click(el, '[part~="search-button"]');
      await waitUntil(() => $(el, '[part~="results"], [part~="none-found"], [part~="error"]'), 'search settled', { timeout: 8000 });
      await el.updateComplete;
    }

    it('asks, checks, lists, confirms a deceased patient, finds none and traces, all in Welsh', async () => {
      const el = await inWelsh<Lit>(lookup(), 'hero-patient-lookup');
      expect(textOf(el)).to.contain('Rhif GIG');
      expectWelsh(el, patientLookupStrings, 'form');

      await click(el, '[part~="search-button"]');
      expect(textOf(el)).to.contain('Mae problem wedi codi');
      expect(textOf(el)).to.contain('Rhowch rif GIG');
      expect(textOf(el)).to.contain('Rhowch ddyddiad geni');
      expectWelsh(el, patientLookupStrings, 'validation errors');

      await setField(el, 'dob-day', '31');
      await setField(el, 'dob-month', '2');
      await setField(el, 'dob-year', '1980');
      await click(el, '[part~="search-button"]');
      expect(textOf(el)).to.contain('Rhaid i’r dyddiad geni fod yn ddyddiad go iawn');
      expectWelsh(el, patientLookupStrings, 'date not real');

      const deceased = byId(DECEASED_PATIENT_ID);
      await search(el, deceased.nhs_number!, deceased.dob!);
      expect(textOf(el)).to.match(/1 claf wedi’i ganfod/);
      expect(textOf(el)).to.match(WELSH_MONTHS);
      expectWelsh(el, patientLookupStrings, 'results');
      await click(el, '[part~="select-button"]'); // the only result
      expect(textOf(el)).to.contain('Mae’r claf hwn wedi marw');
      expectWelsh(el, patientLookupStrings, 'deceased confirmation');

      await search(el, UNKNOWN_NHS_NUMBER, '1990-06-04');
      expect(textOf(el)).to.contain('Dim cleifion wedi’u canfod');
      expectWelsh(el, patientLookupStrings, 'no match');
      await click(el, '[part~="trace-button"]');
      await waitUntil(() => $(el, '[part~="trace"] [role="alert"], [part~="trace"] [part~="results"]'), 'trace settled', { timeout: 8000 });
      await el.updateComplete;
      expectWelsh(el, patientLookupStrings, 'trace outcome');
    });
  });

  describe('<hero-form-renderer>', () => {
    const form = () =>
      html`<hero-form-renderer tenant-id=${CONFIG.tenant} base-url=${CONFIG.base} token-url="/api/hero-token" form-id=${ALL_FIELD_TYPES_FORM_ID} page-size="5"></hero-form-renderer>`;
    const press = (el: Lit, name: string) => click(el, `[part~="${name}"]`);
    /** Answers every shown question on the current page of form 601 (as the form renderer's own tests do). */
    async function answerPage(el: Lit) {
      const f = el as unknown as HeroFormRenderer;
      const values: Record<string, () => Promise<void>> = {
        '7002': () => form601.type(f, 'q-7002', 'Sam'),
        '7003': () => form601.typeDate(f, '7003', '2024-03-09'),
        '7004': () => form601.click(f, '7004', 'current'),
        '7005': () => form601.type(f, 'q-7005', '10'),
        '7006': () => form601.select(f, '7006', '1-7'),
        '7007': () => form601.click(f, '7007', 'asthma'),
        '7008': () => form601.click(f, '7008', 'true'),
        '7010': () => form601.click(f, '7010', 'true'),
        '7011': () => form601.type(f, 'q-7011', '120'),
        '7012': () => form601.type(f, 'q-7012', '80'),
        '7013': () => form601.type(f, 'q-7013', '172'),
        '7014': () => form601.type(f, 'q-7014', '70'),
        '7015': () => form601.type(f, 'q-7015', '24'),
        '7016': () => form601.type(f, 'q-7016', 'Nothing'),
        '7017': () => form601.click(f, '7017'),
      };
      for (const [q, fill] of Object.entries(values)) if ($(el, `#q-${q}, #q-${q}-0, #q-${q}-day`)) await fill();
      if ($<HTMLInputElement>(el, '#q-7005') && !$<HTMLInputElement>(el, '#q-7005')!.value) await form601.type(f, 'q-7005', '10');
    }

    it('shows a page, its problems, the check-answers page and the confirmation, all in Welsh', async () => {
      const el = await inWelsh<Lit>(form(), 'hero-form-renderer');
      await waitUntil(() => $(el, '[part~="actions"]'), 'form rendered', { timeout: 8000 });
      await el.updateComplete;
      expect(textOf(el)).to.contain('Tudalen 1 o 4');
      expectWelsh(el, formStrings, 'first page');

      await press(el, 'continue-button');
      expect(textOf(el)).to.contain('Mae problem wedi codi');
      expectWelsh(el, formStrings, 'problems');

      for (let page = 0; page < 4; page++) {
        await answerPage(el);
        await press(el, 'continue-button');
        await el.updateComplete;
      }
      await waitUntil(() => $(el, '[part~="review"]'), 'review shown', { timeout: 8000 });
      expect(textOf(el)).to.contain('Gwiriwch eich atebion cyn eu hanfon');
      expect(textOf(el)).to.contain('9 Mawrth 2024');
      expectWelsh(el, formStrings, 'check answers');

      await press(el, 'submit-button');
      await waitUntil(() => $(el, '[part~="confirmation"]'), 'sent', { timeout: 8000 });
      expectWelsh(el, formStrings, 'confirmation');
    });
  });

  describe('<hero-message-composer>', () => {
    const composer = (patientId: string) =>
      html`<hero-message-composer tenant-id=${CONFIG.tenant} base-url=${CONFIG.base} token-url="/api/hero-token" patient-id=${patientId}></hero-message-composer>`;

    it('composes with the SMS counter, reviews, sends and follows the delivery, all in Welsh', async () => {
      const el = await inWelsh<Lit>(composer('401'), 'hero-message-composer');
      await waitUntil(() => $(el, '#text') && $(el, '[part~="credits"]') && $(el, '#template'), 'the form is shown', { timeout: 8000 });
      await el.updateComplete;
      expectWelsh(el, messageComposerStrings, 'empty message');

      await click(el, '[part~="continue-button"]');
      expect(textOf(el)).to.contain('Rhowch neges');
      expectWelsh(el, messageComposerStrings, 'problems');

      await setField(el, 'text', 'Helo {{first_name}}, ffoniwch y feddygfa – diolch ’n fawr {{unknown_thing}}');
      await click(el, '#option-schedule-0');
      await click(el, '#option-record-0');
      expect(textOf(el)).to.match(/\d+ nod, 1 neges destun/);
      expect(textOf(el)).to.match(WELSH_MONTHS);
      expectWelsh(el, messageComposerStrings, 'counter, unicode warning, options');

      await setField(el, 'text', 'Helo {{first_name}}, ffoniwch y feddygfa.');
      await click(el, '#option-schedule-0');
      await click(el, '#option-record-0');
      await click(el, '[part~="continue-button"]');
      await waitUntil(() => $(el, '#review-heading'), 'the review step is shown', { timeout: 8000 });
      expectWelsh(el, messageComposerStrings, 'review');

      await click(el, '[part~="send-button"]');
      await waitUntil(() => $(el, '#sent-heading'), 'the message is sent', { timeout: 8000 });
      await el.updateComplete;
      expect(textOf(el)).to.contain('Neges wedi’i hanfon');
      expectWelsh(el, messageComposerStrings, 'sent');
    });

    it('refuses a deceased patient in Welsh, with the date in Welsh', async () => {
      const el = await inWelsh<Lit>(composer(DECEASED_PATIENT_ID), 'hero-message-composer');
      await waitUntil(() => $(el, '[part~="refusal"]'), 'refusal shown', { timeout: 8000 });
      expect(textOf(el)).to.match(WELSH_MONTHS);
      expectWelsh(el, messageComposerStrings, 'refusal');
    });
  });

  describe('<hero-message-history>', () => {
    const history = (patientId: string) =>
      html`<hero-message-history tenant-id=${CONFIG.tenant} base-url=${CONFIG.base} token-url="/api/hero-token" patient-id=${patientId}></hero-message-history>`;
    const settled = (el: Lit) =>
      waitUntil(() => $(el, '[part~="list"], [part~="empty"], [part~="error"]'), 'the history settled', { timeout: 8000 });

    it('lists every state, explains failures, opens a long message and pages, all in Welsh', async () => {
      const el = await inWelsh<Lit>(history('401'), 'hero-message-history');
      await settled(el);
      await el.updateComplete;
      expect(textOf(el)).to.contain('Negeseuon a anfonwyd');
      expect(textOf(el)).to.contain('Heb ei danfon: wedi’i gwrthod');
      expect(textOf(el)).to.match(WELSH_MONTHS);
      expectWelsh(el, messageHistoryStrings, 'every state');

      el.setAttribute('patient-id', '402');
      await waitUntil(() => $(el, '[part~="older-button"]'), 'a long history', { timeout: 8000 });
      await click(el, '[part~="expand-button"]');
      expect(textOf(el)).to.contain('Tudalen 1 o 3');
      expectWelsh(el, messageHistoryStrings, 'paging, long message opened, patient changed');
    });

    it('says there are none, and shows an error with a retry, in Welsh', async () => {
      const empty = await inWelsh<Lit>(history('403'), 'hero-message-history');
      await settled(empty);
      expect(textOf(empty)).to.contain('Dim negeseuon wedi’u hanfon eto');
      expectWelsh(empty, messageHistoryStrings, 'empty');

      worker.use(...scenarios['server-error']);
      const failed = await inWelsh<Lit>(history('401'), 'hero-message-history');
      await settled(failed);
      expect(textOf(failed)).to.contain('Rhowch gynnig arall arni');
      expectWelsh(failed, messageHistoryStrings, 'error');
    });
  });

  describe('<hero-appointments>', () => {
    const list = (patientId: string) =>
      html`<hero-appointments tenant-id=${CONFIG.tenant} base-url=${CONFIG.base} token-url="/api/hero-token" practice-phone="01454 123456" include-past patient-id=${patientId}></hero-appointments>`;
    const settled = (el: Lit) =>
      waitUntil(() => $(el, '[part~="list"], [part~="empty"], [part~="error"]'), 'the appointments settled', { timeout: 8000 });

    it('lists appointments in every state, explains the policy, asks before cancelling and cancels, all in Welsh', async () => {
      const el = await inWelsh<Lit>(list('401'), 'hero-appointments');
      await settled(el);
      await el.updateComplete;
      expect(textOf(el)).to.contain('Eich apwyntiadau');
      expect(textOf(el)).to.contain('Wedi’i ganslo');
      expect(textOf(el)).to.match(WELSH_MONTHS);
      expectWelsh(el, appointmentsStrings, 'every state');

      await click(el, '#cancel-8002');
      expect(textOf(el)).to.contain('Canslo eich apwyntiad gyda');
      expectWelsh(el, appointmentsStrings, 'asked to cancel');
      const cancelled = oneEvent(el, 'hero-appointment-cancel');
      await click(el, '[part~="confirm-button"]');
      await cancelled;
      await el.updateComplete;
      expect(textOf(el)).to.contain('wedi’i ganslo.');
      expectWelsh(el, appointmentsStrings, 'cancelled');

      el.setAttribute('patient-id', '409');
      await waitUntil(() => $(el, '[part~="more-button"]'), 'a long list', { timeout: 8000 });
      await click(el, '#reschedule-8101-button');
      await el.updateComplete;
      expectWelsh(el, appointmentsStrings, 'long list, not cancellable, patient changed, changing a time');
    });

    it('says there are none, and shows an error with a retry, in Welsh', async () => {
      const empty = await inWelsh<Lit>(list('403'), 'hero-appointments');
      await settled(empty);
      expect(textOf(empty)).to.contain('Nid oes gennych apwyntiadau i ddod.');
      expectWelsh(empty, appointmentsStrings, 'empty');

      worker.use(...scenarios['server-error']);
      const failed = await inWelsh<Lit>(list('401'), 'hero-appointments');
      await settled(failed);
      expect(textOf(failed)).to.contain('Rhowch gynnig arall arni');
      expectWelsh(failed, appointmentsStrings, 'error');
    });
  });

  describe('following lang at runtime', () => {
    afterEach(() => document.documentElement.removeAttribute('lang'));

    it('re-renders in Welsh and back when <html lang> or an ancestor’s lang changes', async () => {
      document.documentElement.lang = 'en-GB';
      const wrapper = await fixture(html`<div><hero-message-composer></hero-message-composer></div>`);
      const el = wrapper.querySelector<Lit>('hero-message-composer')!;
      expect(textOf(el)).to.contain('No patient chosen');

      document.documentElement.lang = 'cy';
      await waitUntil(() => textOf(el).includes('Dim claf wedi’i ddewis'), 'Welsh after <html lang="cy">', { timeout: 5000 });
      expectWelsh(el, messageComposerStrings, '<html lang="cy">');

      wrapper.setAttribute('lang', 'en-GB');
      await waitUntil(() => textOf(el).includes('No patient chosen'), 'English after the ancestor’s lang="en-GB"', { timeout: 5000 });

      wrapper.setAttribute('lang', 'cy-GB');
      await waitUntil(() => textOf(el).includes('Dim claf wedi’i ddewis'), 'Welsh after the ancestor’s lang="cy-GB"', { timeout: 5000 });
    });

    it('follows the provider’s lang', async () => {
      const wrapper = await fixture(html`<hero-provider lang="en-GB"><hero-message-composer></hero-message-composer></hero-provider>`);
      const el = wrapper.querySelector<Lit>('hero-message-composer')!;
      await el.updateComplete;
      expect(textOf(el)).to.contain('No patient chosen');
      (wrapper as HTMLElement).lang = 'cy';
      await waitUntil(() => textOf(el).includes('Dim claf wedi’i ddewis'), 'Welsh after provider.lang = "cy"', { timeout: 5000 });
    });
  });

  describe('host overrides', () => {
    it('keep working in Welsh: a language table wins, top-level keys apply in every language', async () => {
      const el = await inWelsh<Lit & { strings?: unknown }>(html`<hero-message-composer></hero-message-composer>`, 'hero-message-composer');
      el.strings = { 'noPatient.title': 'Choose a patient', cy: { 'noPatient.title': 'Dewiswch glaf yn gyntaf' } };
      await el.updateComplete;
      expect($(el, '[part~="empty"] strong')!.textContent).to.equal('Dewiswch glaf yn gyntaf');
      el.setAttribute('lang', 'en-GB');
      await el.updateComplete;
      expect($(el, '[part~="empty"] strong')!.textContent).to.equal('Choose a patient');
    });
  });
});
