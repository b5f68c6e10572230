import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { HeroPatientLookup } from '../../../src/components/patient-lookup/hero-patient-lookup.js';
import {
  DECEASED_PATIENT_ID,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  PDS_IDENTITY_VERIFICATION_LOGIN_URL,
  PDS_IDENTITY_VERIFICATION_NHS_NUMBER,
  RESTRICTED_PATIENT_ID,
  SAME_NAME_PATIENT_IDS,
  UNKNOWN_NHS_NUMBER,
  patients,
  pdsPeople,
  scenarios,
} from '../../../mock/index.js';
import { requestsTo, seen, useMockApi, worker } from '../../support/mock-api.js';

// ─── Helpers ───

const configured = (extra = html``) => html`<hero-patient-lookup
  tenant-id=${MOCK_PRACTICE_GROUP_ID}
  base-url=${MOCK_BASE_URL}
  token-url="/api/hero-token"
  >${extra}</hero-patient-lookup
>`;

async function lookup(options: { allowRegister?: boolean } = {}): Promise<HeroPatientLookup> {
  const el = await fixture<HeroPatientLookup>(configured());
  el.allowRegister = options.allowRegister ?? false;
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: HeroPatientLookup, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: HeroPatientLookup, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const field = (el: HeroPatientLookup, id: string) => $<HTMLInputElement>(el, `#${id}`)!;
const text = (el: HeroPatientLookup) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const apiRequests = () => seen.filter((r) => /\/v\d\/|hero-token/.test(new URL(r.url).pathname));
const buttonNamed = (el: HeroPatientLookup, name: RegExp): HTMLElement | undefined =>
  $$(el, 'button').find((b) => name.test(b.textContent!.replace(/\s+/g, ' ')));
const announced = (el: HeroPatientLookup) => $(el, '[role="status"]')!.textContent!.trim();

/** Types into a field the way a browser reports typing at the end (without real key presses). */
async function setField(el: HeroPatientLookup, id: string, value: string, inputType = 'insertText') {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType }));
  await el.updateComplete;
}

async function chooseMode(el: HeroPatientLookup, mode: 'nhs' | 'name') {
  $<HTMLInputElement>(el, `input[name="mode"][value="${mode}"]`)!.click();
  await el.updateComplete;
}

async function fillDob(el: HeroPatientLookup, dob: string) {
  const [year = '', month = '', day = ''] = dob.split('-');
  await setField(el, 'dob-day', day);
  await setField(el, 'dob-month', month);
  await setField(el, 'dob-year', year);
}

async function searchByNhs(el: HeroPatientLookup, nhs: string, dob: string) {
  await setField(el, 'nhs-number', nhs, 'insertFromPaste');
  await fillDob(el, dob);
  $<HTMLButtonElement>(el, '[part~="search-button"]')!.click();
  await el.updateComplete;
}

async function searchByName(el: HeroPatientLookup, first: string, last: string, dob: string) {
  await chooseMode(el, 'name');
  await setField(el, 'first-name', first);
  await setField(el, 'last-name', last);
  await fillDob(el, dob);
  $<HTMLButtonElement>(el, '[part~="search-button"]')!.click();
  await el.updateComplete;
}

const settled = (el: HeroPatientLookup) =>
  waitUntil(() => $(el, '[part~="results"], [part~="none-found"], [part~="error"]'), 'search settled', { timeout: 8000 });
const traceSettled = (el: HeroPatientLookup) =>
  waitUntil(() => $(el, '[part~="trace"] [role="alert"], [part~="trace"] [part~="results"]'), 'trace settled', { timeout: 8000 });

const byId = (id: string) => patients.find((p) => p.id === id)!;
const nhsOf = (id: string) => byId(id).nhs_number!;
const dobOf = (id: string) => byId(id).dob!;

async function clickAndCatch<T>(el: HeroPatientLookup, button: HTMLElement | undefined, type: string): Promise<CustomEvent<T>[]> {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  document.addEventListener(type, listener);
  button!.click();
  await el.updateComplete;
  await el.updateComplete;
  document.removeEventListener(type, listener);
  return events;
}

describe('hero-patient-lookup', () => {
  useMockApi();

  describe('accessibility', () => {
    it('is accessible in both search modes', async () => {
      const el = await lookup();
      await expect(el).to.be.accessible();
      await chooseMode(el, 'name');
      await expect(el).to.be.accessible();
    });

    it('is accessible with the error summary and inline errors', async () => {
      const el = await lookup();
      await searchByNhs(el, '123', '2099-13-01');
      await expect(el).to.be.accessible();
    });

    it('is accessible while searching, and with a failed search', async () => {
      worker.use(...scenarios.loading);
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      await waitUntil(() => $(el, '[part~="status"]'));
      await expect(el).to.be.accessible();
      worker.resetHandlers();
      worker.use(...scenarios['server-error']);
      await searchByNhs(el, '9990000026', '1972-11-02');
      await waitUntil(() => $(el, '[part~="error"]'), 'error shown', { timeout: 8000 });
      await expect(el).to.be.accessible();
    });

    it('is accessible with several results, badges and the deceased confirmation', async () => {
      const el = await lookup();
      await searchByName(el, 'James', 'Smith', '1988-01-15');
      await settled(el);
      await expect(el).to.be.accessible();
      await chooseMode(el, 'nhs');
      await searchByNhs(el, nhsOf(DECEASED_PATIENT_ID), dobOf(DECEASED_PATIENT_ID));
      await waitUntil(() => text(el).includes('Arthur Penhaligon'), 'deceased result', { timeout: 8000 });
      $<HTMLButtonElement>(el, '[part~="select-button"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible when none is found, with the trace form and each trace outcome', async () => {
      const el = await lookup({ allowRegister: true });
      await searchByName(el, 'Nobody', 'Known', '1990-01-01');
      await settled(el);
      await expect(el).to.be.accessible();
      await setField(el, 'postcode', 'BS35 2AQ');
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      await traceSettled(el);
      expect(text(el)).to.contain('No match on the NHS Spine');
      await expect(el).to.be.accessible();

      await chooseMode(el, 'nhs');
      await searchByNhs(el, PDS_IDENTITY_VERIFICATION_NHS_NUMBER, '1986-02-17');
      await waitUntil(() => buttonNamed(el, /Trace on the NHS Spine/), 'trace offered', { timeout: 8000 });
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      await traceSettled(el);
      await expect(el).to.be.accessible();

      const person = pdsPeople[0]!;
      await searchByNhs(el, person.nhs_number, person.dob);
      await waitUntil(() => buttonNamed(el, /Trace on the NHS Spine/), 'trace offered', { timeout: 8000 });
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      await traceSettled(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible with a patient selected, and when disabled', async () => {
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      await settled(el);
      $<HTMLButtonElement>(el, '[part~="select-button"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.disabled = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('starts in NHS number mode with labelled fields, a numeric keypad and no autocomplete, and sends nothing', async () => {
      const ready = oneEvent(document, 'hero-ready');
      const el = await lookup();
      await ready;
      const nhs = field(el, 'nhs-number');
      expect($<HTMLLabelElement>(el, 'label[for="nhs-number"]')!.textContent!.trim()).to.equal('NHS number');
      expect(nhs.inputMode).to.equal('numeric');
      expect(nhs.autocomplete).to.equal('off');
      expect(nhs.getAttribute('aria-describedby')).to.equal('nhs-number-hint');
      expect($<HTMLInputElement>(el, 'input[value="nhs"]')!.checked).to.equal(true);
      const dob = $(el, 'fieldset[aria-describedby^="dob-hint"]')!;
      expect(dob.querySelector('legend')!.textContent!.trim()).to.equal('Date of birth');
      expect($(el, '#dob-hint')!.textContent).to.contain('For example');
      expect(['dob-day', 'dob-month', 'dob-year'].map((id) => $(el, `label[for="${id}"]`)!.textContent!.trim())).to.deep.equal([
        'Day',
        'Month',
        'Year',
      ]);
      expect(field(el, 'dob-year').inputMode).to.equal('numeric');
      expect(el.value).to.equal('');
      expect(el.patient).to.equal(undefined);
      expect(apiRequests()).to.have.length(0);
    });

    it('switches to name mode with first and last name, keeping the date of birth', async () => {
      const el = await lookup();
      await fillDob(el, '1985-03-14');
      await chooseMode(el, 'name');
      expect(field(el, 'first-name')).to.exist;
      expect(field(el, 'last-name')).to.exist;
      expect(field(el, 'nhs-number')).to.equal(null);
      expect(field(el, 'dob-day').value).to.equal('14');
    });
  });

  describe('attributes', () => {
    it('reflects allow-register, name, required and disabled', async () => {
      const el = await fixture<HeroPatientLookup>(
        html`<hero-patient-lookup tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token" allow-register name="patient_id" required disabled></hero-patient-lookup>`,
      );
      expect(el.allowRegister).to.equal(true);
      expect(el.name).to.equal('patient_id');
      expect(el.required).to.equal(true);
      expect(el.disabled).to.equal(true);
      expect(field(el, 'nhs-number').disabled).to.equal(true);
      expect($<HTMLButtonElement>(el, '[part~="search-button"]')!.disabled).to.equal(true);
    });

    it('offers a PDS trace only with allow-register', async () => {
      const el = await lookup();
      await searchByNhs(el, UNKNOWN_NHS_NUMBER, '1990-06-04');
      await settled(el);
      expect(text(el)).to.contain('No patients found');
      expect($(el, '[part~="trace"]')).to.equal(null);
      el.allowRegister = true;
      await el.updateComplete;
      expect(buttonNamed(el, /Trace on the NHS Spine/)).to.exist;
    });

    it('writes dates the en-GB way even on a page whose lang is plain "en"', async () => {
      const wrapper = await fixture(html`<div lang="en">${configured()}</div>`);
      const el = wrapper.querySelector('hero-patient-lookup')!;
      await searchByNhs(el, '9990000018', '1985-03-14');
      await settled(el);
      expect(text(el)).to.contain('14 March 1985');
    });
  });

  describe('NHS number', () => {
    it('shows the number as 3-3-4 while typing, on real key presses', async () => {
      const el = await lookup();
      field(el, 'nhs-number').focus();
      await sendKeys({ type: '9434765919' });
      expect(field(el, 'nhs-number').value).to.equal('943 476 5919');
    });

    it('never moves the caret when editing in the middle', async () => {
      const el = await lookup();
      const nhs = field(el, 'nhs-number');
      nhs.focus();
      await sendKeys({ type: '9434765919' });
      nhs.setSelectionRange(2, 2);
      await sendKeys({ press: 'Backspace' });
      expect(nhs.value).to.equal('93 476 5919');
      expect(nhs.selectionStart).to.equal(1);
      await sendKeys({ type: '4' });
      expect(nhs.value).to.equal('943 476 5919');
      expect(nhs.selectionStart).to.equal(2);
    });

    it('accepts spaces and dashes, formats on blur, and sends the ten digits', async () => {
      const el = await lookup();
      await setField(el, 'nhs-number', '999-000-0018', 'deleteContentBackward');
      expect(field(el, 'nhs-number').value).to.equal('999-000-0018');
      field(el, 'nhs-number').dispatchEvent(new FocusEvent('blur'));
      await el.updateComplete;
      expect(field(el, 'nhs-number').value).to.equal('999 000 0018');
      await searchByNhs(el, ' 999 000-0018 ', '1985-03-14');
      await settled(el);
      const url = new URL(requestsTo('/v3/patients')[0]!.url);
      expect(url.searchParams.get('nhs_number')).to.equal('9990000018');
      expect(url.searchParams.get('dob')).to.equal('1985-03-14');
    });

    const invalid: [string, string][] = [
      ['', 'Enter an NHS number'],
      ['999 000 001', 'NHS number must be 10 digits'],
      ['99900000181', 'NHS number must be 10 digits'],
      ['999 000 001A', 'NHS number must only include numbers, spaces and dashes'],
      ['999 123 4567', 'NHS number is not valid'], // the docs' example: fails Modulus 11
      ['9990000019', 'NHS number is not valid'], // wrong check digit
      ['9990000000', 'NHS number is not valid'], // check value 10: never valid
      ['0000000000', 'NHS number is not valid'], // one repeated digit
      ['4444444444', 'NHS number is not valid'],
    ];
    for (const [input, message] of invalid) {
      it(`says “${message}” for “${input}” and sends no request`, async () => {
        const el = await lookup();
        await searchByNhs(el, input, '1985-03-14');
        await el.updateComplete;
        const error = $(el, '#nhs-number-error')!;
        expect(error.textContent).to.contain(message);
        expect(error.textContent).to.contain('Error:');
        const nhs = field(el, 'nhs-number');
        expect(nhs.getAttribute('aria-invalid')).to.equal('true');
        expect(nhs.getAttribute('aria-describedby')).to.equal('nhs-number-hint nhs-number-error');
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(apiRequests()).to.have.length(0);
      });
    }
  });

  describe('date of birth and the error summary', () => {
    const cases: [string, string, string, string, string[]][] = [
      ['', '', '', 'Enter a date of birth', ['dob-day', 'dob-month', 'dob-year']],
      ['14', '', '1985', 'Date of birth must include a month', ['dob-month']],
      ['', '', '1985', 'Date of birth must include a day and month', ['dob-day', 'dob-month']],
      ['29', '2', '2023', 'Date of birth must be a real date', ['dob-day']],
      ['14', '3', '85', 'Year must include 4 numbers', ['dob-year']],
      ['1', '1', '2999', 'Date of birth must be in the past', ['dob-day', 'dob-month', 'dob-year']],
    ];
    for (const [day, month, year, message, wrong] of cases) {
      it(`says “${message}” for ${day || '_'}/${month || '_'}/${year || '_'}, marking only the wrong fields, and sends nothing`, async () => {
        const el = await lookup();
        await setField(el, 'nhs-number', '9990000018');
        await setField(el, 'dob-day', day);
        await setField(el, 'dob-month', month);
        await setField(el, 'dob-year', year);
        $<HTMLButtonElement>(el, '[part~="search-button"]')!.click();
        await el.updateComplete;
        expect($(el, '#dob-error')!.textContent).to.contain(message);
        const invalidIds = ['dob-day', 'dob-month', 'dob-year'].filter((id) => field(el, id).getAttribute('aria-invalid') === 'true');
        expect(invalidIds).to.deep.equal(wrong);
        expect($(el, 'fieldset[aria-describedby="dob-hint dob-error"]')).to.exist;
        expect(apiRequests()).to.have.length(0);
      });
    }

    it('accepts 29 February in a leap year and finds the patient born then', async () => {
      const el = await lookup();
      await searchByNhs(el, '9990000069', '1964-02-29');
      await settled(el);
      expect(text(el)).to.contain('29 February 1964');
    });

    it('puts focus on the error summary, whose links move focus to each field inside the element', async () => {
      const el = await lookup();
      await chooseMode(el, 'name');
      await setField(el, 'dob-day', '14');
      await setField(el, 'dob-year', '1985');
      $<HTMLButtonElement>(el, '[part~="search-button"]')!.click();
      await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('error-summary'), 'summary focused');
      const summary = $(el, '[part~="error-summary"]')!;
      const title = summary.querySelector('[role="heading"]')!;
      expect(title.textContent).to.equal('There is a problem');
      expect(title.getAttribute('aria-level')).to.equal('2');
      expect(summary.querySelector('[role="alert"] [role="heading"]')).to.exist;
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.textContent)).to.deep.equal([
        'Enter a first name',
        'Enter a last name',
        'Date of birth must include a month',
      ]);
      const hashBefore = location.hash;
      links[2]!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('dob-month');
      expect(location.hash).to.equal(hashBefore);
      links[1]!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('last-name');
    });

    it('keeps what was typed through errors, and clears the summary once the search is valid', async () => {
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-40');
      expect($(el, '[part~="error-summary"]')).to.exist;
      expect(field(el, 'nhs-number').value).to.equal('999 000 0018');
      expect(field(el, 'dob-year').value).to.equal('1985');
      await setField(el, 'dob-day', '14');
      $<HTMLButtonElement>(el, '[part~="search-button"]')!.click();
      await settled(el);
      expect($(el, '[part~="error-summary"]')).to.equal(null);
    });
  });

  describe('data', () => {
    it('finds a patient by NHS number and date of birth with one request, showing name, date of birth and 3-3-4 NHS number, and selects nothing', async () => {
      const events: Event[] = [];
      document.addEventListener('hero-patient-select', (e) => events.push(e));
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      await settled(el);
      const results = $$(el, '[part~="result"]');
      expect(results).to.have.length(1);
      const card = results[0]!.textContent!.replace(/\s+/g, ' ');
      expect(card).to.contain('Mrs Olivia Bennett');
      expect(card).to.contain('14 March 1985');
      expect(card).to.contain('999 000 0018');
      expect(card).to.contain('17 Gloucester Road, Thornbury, BS35 1DG');
      expect(requestsTo('/v3/patients')).to.have.length(1);
      await waitUntil(() => announced(el) === '1 patient found', 'announced');
      expect(el.value).to.equal('');
      expect(events).to.have.length(0);
    });

    it('lists several patients with the same name and date of birth, announcing how many', async () => {
      const el = await lookup();
      await searchByName(el, 'james', 'SMITH', '1988-01-15');
      await settled(el);
      const ids = $$(el, '[part~="select-button"]').map((b) => b.textContent!.match(/NHS number ([\d ]+)/)![1]!.replace(/ /g, ''));
      expect(ids).to.deep.equal(SAME_NAME_PATIENT_IDS.map(nhsOf));
      await waitUntil(() => announced(el) === '2 patients found', 'announced');
      const url = new URL(requestsTo('/v3/patients')[0]!.url);
      expect([url.searchParams.get('first_name'), url.searchParams.get('last_name'), url.searchParams.get('dob')]).to.deep.equal([
        'james',
        'SMITH',
        '1988-01-15',
      ]);
      // Each Select button says whom it selects.
      expect($$(el, '[part~="select-button"]')[1]!.textContent!.replace(/\s+/g, ' ')).to.contain(
        'Select Mr James Smith, born 15 January 1988, NHS number 999 000 0085, postcode BS35 3LG',
      );
    });

    it('shows a busy indication while searching', async () => {
      worker.use(...scenarios.loading);
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      await waitUntil(() => $(el, '[part~="status"]'));
      expect($(el, '[part~="status"]')!.textContent).to.contain('Searching for patients');
      expect($(el, '[aria-busy="true"]')).to.exist;
      expect($(el, '[part~="search-button"]')!.getAttribute('aria-disabled')).to.equal('true');
    });

    it('ignores a second press of Search while the same search runs', async () => {
      worker.use(
        http.get('*/v3/patients', async () => {
          await delay(300);
          return HttpResponse.json({ data: [], count: 0 });
        }),
      );
      const el = await lookup();
      await searchByNhs(el, '9990000026', '1972-11-02');
      $<HTMLButtonElement>(el, '[part~="search-button"]')!.click();
      $<HTMLButtonElement>(el, '[part~="search-button"]')!.click();
      await settled(el);
      expect(requestsTo('/v3/patients')).to.have.length(1);
    });

    it('shows an error with a retry, fires hero-error, keeps the form, and recovers', async () => {
      worker.use(http.get('*/v3/patients', () => new HttpResponse(null, { status: 500 })));
      const reported = oneEvent(document, 'hero-error');
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      expect((await reported).detail.code).to.equal('server');
      await waitUntil(() => $(el, '[part~="error"]'), 'error', { timeout: 8000 });
      expect($(el, '[part~="error"]')!.textContent).to.contain('Hero is having a problem');
      expect(field(el, 'nhs-number').value).to.equal('999 000 0018');
      expect(field(el, 'dob-day').value).to.equal('14');
      worker.resetHandlers();
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await waitUntil(() => $(el, '[part~="results"]'), 'results after retry', { timeout: 8000 });
      expect(text(el)).to.contain('Olivia Bennett');
    });

    it('keeps what was typed through a token refresh (401, then one refresh and one retry)', async () => {
      worker.use(http.get('*/v3/patients', () => new HttpResponse(null, { status: 401 }), { once: true }));
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      await settled(el);
      expect(text(el)).to.contain('Olivia Bennett');
      expect(requestsTo('/api/hero-token')).to.have.length(2);
      expect(requestsTo('/v3/patients')).to.have.length(2);
      expect(field(el, 'nhs-number').value).to.equal('999 000 0018');
      expect(field(el, 'dob-month').value).to.equal('03');
    });

    it('abandons a search when a new one starts, showing only the new results', async () => {
      let first = true;
      worker.use(
        http.get('*/v3/patients', async () => {
          if (first) {
            first = false;
            await delay('infinite');
          }
          return undefined;
        }),
      );
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      await waitUntil(() => requestsTo('/v3/patients').length === 1);
      await searchByNhs(el, '9990000026', '1972-11-02');
      await settled(el);
      expect(text(el)).to.contain('Mohammed Rahman');
      expect(text(el)).not.to.contain('Olivia Bennett');
    });

    it('cancels a search when removed from the page, and resumes it when put back', async () => {
      let calls = 0;
      worker.use(
        http.get('*/v3/patients', async () => {
          calls++;
          if (calls === 1) await delay('infinite');
          return undefined;
        }),
      );
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      await waitUntil(() => calls === 1, 'first request sent');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await settled(el);
      expect(calls).to.equal(2);
      expect(text(el)).to.contain('Olivia Bennett');
      expect(field(el, 'nhs-number').value).to.equal('999 000 0018');
    });

    it('falls back to the v1 single-field search when v3 is missing, keeping only the matching date of birth', async () => {
      worker.use(http.get('*/v3/patients', () => HttpResponse.json({ error: true, statusCode: 404 }, { status: 404 })));
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      await settled(el);
      const v1 = new URL(requestsTo('/v1/patients')[0]!.url);
      expect([v1.searchParams.get('field'), v1.searchParams.get('search')]).to.deep.equal(['nhs_number', '9990000018']);
      expect(text(el)).to.contain('Olivia Bennett');

      await searchByNhs(el, '9990000018', '1985-03-15');
      await settled(el);
      await waitUntil(() => $(el, '[part~="none-found"]'));
      expect(text(el)).not.to.contain('Olivia Bennett');
    });

    it('never shows a patient whose date of birth does not match, whatever the API sends', async () => {
      worker.use(http.get('*/v3/patients', () => HttpResponse.json({ data: [byId('401'), byId('402')], count: 2 })));
      const el = await lookup();
      await searchByNhs(el, '9990000026', '1972-11-02');
      await settled(el);
      expect($$(el, '[part~="select-button"]').map((b) => b.textContent!.includes('999 000 0026'))).to.deep.equal([true]);
      expect(text(el)).not.to.contain('Olivia');
    });

    it('says when there are more matches than shown', async () => {
      const many = Array.from({ length: 20 }, (_, i) => ({ ...byId('407'), id: String(900 + i) }));
      worker.use(http.get('*/v3/patients', () => HttpResponse.json({ data: many, count: 45 })));
      const el = await lookup();
      await searchByName(el, 'James', 'Smith', '1988-01-15');
      await settled(el);
      expect(text(el)).to.contain('Showing the first 20 of 45 matches');
    });

    it('says none was found and what to check', async () => {
      const el = await lookup();
      await searchByNhs(el, UNKNOWN_NHS_NUMBER, '1990-06-04');
      await settled(el);
      const none = $(el, '[part~="none-found"]')!.textContent!.replace(/\s+/g, ' ');
      expect(none).to.contain('No patients found');
      expect(none).to.contain('999 654 3218');
      expect(none).to.contain('4 June 1990');
      expect(none).to.contain('Check the NHS number and date of birth');
      await waitUntil(() => announced(el) === 'No patients found');
    });
  });

  describe('restricted and deceased patients', () => {
    it('shows a restricted patient with a badge and no address, phone or email anywhere, and hands on none of them', async () => {
      const restricted = byId(RESTRICTED_PATIENT_ID);
      const el = await lookup();
      await searchByNhs(el, restricted.nhs_number!, restricted.dob!);
      await settled(el);
      expect($(el, '[part~="badge"]')!.textContent).to.equal('Restricted');
      const dom = el.shadowRoot!.innerHTML;
      for (const secret of [
        restricted.address_line_1!,
        restricted.address_line_2!,
        restricted.postcode!,
        restricted.town!,
        restricted.mobile!,
        restricted.email!,
      ]) {
        expect(dom, secret).not.to.contain(secret);
      }
      expect(text(el)).to.contain('Withheld: restricted record');
      const [event] = await clickAndCatch<{ patient: Record<string, unknown> }>(
        el,
        $(el, '[part~="select-button"]')!,
        'hero-patient-select',
      );
      const detail = event!.detail.patient;
      expect(detail['id']).to.equal(RESTRICTED_PATIENT_ID);
      for (const key of [
        'address_line_1',
        'address_line_2',
        'address_line_3',
        'town',
        'county',
        'postcode',
        'country',
        'email',
        'emails',
        'mobile',
        'notes',
      ]) {
        expect(key in detail, key).to.equal(false);
      }
      expect(JSON.stringify(detail)).not.to.contain(restricted.mobile!);
      expect(JSON.stringify(el.patient)).not.to.contain(restricted.postcode!);
      expect(el.shadowRoot!.innerHTML).not.to.contain(restricted.postcode!);
    });

    it('asks for a second confirmation before selecting a deceased patient', async () => {
      const deceased = byId(DECEASED_PATIENT_ID);
      const el = await lookup();
      await searchByNhs(el, deceased.nhs_number!, deceased.dob!);
      await settled(el);
      expect($(el, '[part~="badge"]')!.textContent).to.equal('Deceased');
      const select = $<HTMLButtonElement>(el, '[part~="select-button"]')!;
      expect(select.textContent).to.contain('Deceased');
      let events = await clickAndCatch(el, select, 'hero-patient-select');
      expect(events).to.have.length(0);
      const confirm = $(el, '[part~="deceased-confirm"]')!;
      expect(confirm.textContent).to.contain('This patient has died');
      expect(confirm.textContent).to.contain('died 3 December 2025');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'confirm-r0', 'confirmation focused');
      expect(select.getAttribute('aria-expanded')).to.equal('true');

      events = await clickAndCatch(el, $(el, '[part~="cancel-button"]')!, 'hero-patient-select');
      expect(events).to.have.length(0);
      expect($(el, '[part~="deceased-confirm"]')).to.equal(null);
      await waitUntil(() => el.shadowRoot!.activeElement === select, 'focus back on Select');

      select.click();
      await el.updateComplete;
      events = await clickAndCatch<{ patient: { id: string } }>(el, $(el, '[part~="confirm-button"]')!, 'hero-patient-select');
      expect(events).to.have.length(1);
      expect((events[0] as CustomEvent<{ patient: { id: string } }>).detail.patient.id).to.equal(DECEASED_PATIENT_ID);
      expect(el.value).to.equal(DECEASED_PATIENT_ID);
    });
  });

  describe('PDS trace', () => {
    it('traces by NHS number and date of birth, fetches the patient and offers them without selecting', async () => {
      const person = pdsPeople[0]!;
      const el = await lookup({ allowRegister: true });
      await searchByNhs(el, person.nhs_number, person.dob);
      await settled(el);
      const events = await clickAndCatch(el, buttonNamed(el, /Trace on the NHS Spine/), 'hero-patient-select');
      await traceSettled(el);
      const post = requestsTo('/v1/patients/register_pds');
      expect(post).to.have.length(1);
      expect(await post[0]!.clone().json()).to.deep.equal({ nhs_number: person.nhs_number, dob: person.dob });
      expect(requestsTo(/^\/v1\/patients\/\d+$/)).to.have.length(1);
      expect(text(el)).to.contain('Found on the NHS Spine');
      expect(text(el)).to.contain(`${person.first_name} ${person.last_name}`);
      expect(events).to.have.length(0);
      expect(el.value).to.equal('');
      await waitUntil(() => announced(el) === 'Found on the NHS Spine');
      const [selected] = await clickAndCatch<{ patient: { nhs_number: string } }>(
        el,
        $(el, '[part~="trace"] [part~="select-button"]')!,
        'hero-patient-select',
      );
      expect(selected!.detail.patient.nhs_number).to.equal(person.nhs_number);
    });

    it('traces by name, date of birth and a normalised postcode', async () => {
      const person = pdsPeople[1]!;
      const el = await lookup({ allowRegister: true });
      await searchByName(el, person.first_name, person.last_name, person.dob);
      await settled(el);
      await setField(el, 'postcode', 'bs351hb');
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      await traceSettled(el);
      const body = await requestsTo('/v1/patients/register_pds')[0]!.clone().json();
      expect(body).to.deep.equal({ forename: person.first_name, surname: person.last_name, dob: person.dob, postcode: 'BS35 1HB' });
      expect(text(el)).to.contain('Found on the NHS Spine');
    });

    it('checks the postcode before tracing and sends nothing when it is wrong', async () => {
      const el = await lookup({ allowRegister: true });
      await searchByName(el, 'Rhys', 'Morgan', '1979-08-08');
      await settled(el);
      for (const [postcode, message] of [
        ['', 'Enter a postcode'],
        ['BS35', 'Enter a real postcode'],
        ['12345', 'Enter a real postcode'],
      ]) {
        await setField(el, 'postcode', postcode!);
        buttonNamed(el, /Trace on the NHS Spine/)!.click();
        await el.updateComplete;
        expect($(el, '#postcode-error')!.textContent).to.contain(message);
        expect(field(el, 'postcode').getAttribute('aria-describedby')).to.equal('postcode-hint postcode-error');
      }
      expect(requestsTo('/v1/patients/register_pds')).to.have.length(0);
    });

    it('fires hero-identity-verification with the login URL and says what happens next', async () => {
      const el = await lookup({ allowRegister: true });
      await searchByNhs(el, PDS_IDENTITY_VERIFICATION_NHS_NUMBER, '1986-02-17');
      await settled(el);
      const fired = oneEvent(el, 'hero-identity-verification');
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      const event = await fired;
      expect(event.detail).to.deep.equal({ login_url: PDS_IDENTITY_VERIFICATION_LOGIN_URL });
      expect(event.bubbles && event.composed).to.equal(true);
      await traceSettled(el);
      expect(text(el)).to.contain('The patient needs to verify their identity');
      expect(text(el)).to.contain('trace them again');
      expect($<HTMLAnchorElement>(el, '[part~="trace"] a')!.href).to.equal(PDS_IDENTITY_VERIFICATION_LOGIN_URL);
      expect(buttonNamed(el, /Trace again/)).to.exist;
    });

    it('leaves the login link to the page when it calls preventDefault()', async () => {
      const el = await lookup({ allowRegister: true });
      el.addEventListener('hero-identity-verification', (event) => event.preventDefault());
      await searchByNhs(el, PDS_IDENTITY_VERIFICATION_NHS_NUMBER, '1986-02-17');
      await settled(el);
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      await traceSettled(el);
      expect($(el, '[part~="trace"] a')).to.equal(null);
    });

    it('says no match was found on the Spine, with what to check, without firing hero-error', async () => {
      const errors: Event[] = [];
      document.addEventListener('hero-error', (e) => errors.push(e));
      const el = await lookup({ allowRegister: true });
      await searchByNhs(el, UNKNOWN_NHS_NUMBER, '1990-06-04');
      await settled(el);
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      await traceSettled(el);
      expect(text(el)).to.contain('No match on the NHS Spine');
      expect(text(el)).to.contain('Check the NHS number and date of birth with the patient');
      expect(errors).to.have.length(0);
    });

    it('sends one trace however often the button is pressed', async () => {
      worker.use(
        http.post('*/v1/patients/register_pds', async () => {
          await delay(300);
          return HttpResponse.json({ error: true, statusCode: 404, message: 'No patient found' }, { status: 404 });
        }),
      );
      const el = await lookup({ allowRegister: true });
      await searchByNhs(el, UNKNOWN_NHS_NUMBER, '1990-06-04');
      await settled(el);
      const button = buttonNamed(el, /Trace on the NHS Spine/)!;
      button.click();
      await el.updateComplete;
      expect($(el, '[part~="trace"] [part~="status"]')!.textContent).to.contain('Tracing on the NHS Spine');
      button.click();
      button.click();
      await traceSettled(el);
      expect(requestsTo('/v1/patients/register_pds')).to.have.length(1);
    });

    it('shows a failed trace as an error and lets the user trace again', async () => {
      worker.use(http.post('*/v1/patients/register_pds', () => new HttpResponse(null, { status: 503 }), { once: true }));
      const person = pdsPeople[0]!;
      const el = await lookup({ allowRegister: true });
      await searchByNhs(el, person.nhs_number, person.dob);
      await settled(el);
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      await waitUntil(() => $(el, '[part~="trace"] [part~="error"]'), 'trace error', { timeout: 8000 });
      buttonNamed(el, /Trace again/)!.click();
      await el.updateComplete;
      await traceSettled(el);
      expect(text(el)).to.contain('Found on the NHS Spine');
    });
  });

  describe('keyboard', () => {
    it('can be used from search to selection with the keyboard alone', async () => {
      const el = await lookup();
      const selected = oneEvent(el, 'hero-patient-select');
      el.focus();
      expect(el.shadowRoot!.activeElement?.getAttribute('value')).to.equal('nhs');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('nhs-number');
      await sendKeys({ type: '9990000026' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '2' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '11' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '1972' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      await sendKeys({ press: 'Tab' }); // Search button
      await sendKeys({ press: 'Tab' }); // the patient's Select button
      expect(el.shadowRoot!.activeElement?.textContent).to.contain('999 000 0026');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.patient.id).to.equal('402');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'selected-heading', 'focus on the selected patient');
    });

    it('switches search mode with the arrow keys', async () => {
      const el = await lookup();
      el.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(field(el, 'first-name')).to.exist;
    });
  });

  describe('events', () => {
    it('fires hero-patient-select (bubbling, composed) and change when the user selects, with the patient', async () => {
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      await settled(el);
      const changed = oneEvent(el, 'change');
      const [event] = await clickAndCatch<{ patient: { id: string; first_name: string } }>(
        el,
        $(el, '[part~="select-button"]')!,
        'hero-patient-select',
      );
      await changed;
      expect(event!.bubbles && event!.composed).to.equal(true);
      expect(event!.detail.patient.id).to.equal('401');
      expect(event!.detail.patient.first_name).to.equal('Olivia');
      expect(el.value).to.equal('401');
      expect($(el, '[part~="selected"]')!.textContent).to.contain('Olivia Bennett');
      await waitUntil(() => announced(el) === 'Mrs Olivia Bennett selected');
    });

    it('fires nothing when code sets properties or the form resets', async () => {
      const events: Event[] = [];
      for (const type of ['hero-patient-select', 'hero-identity-verification', 'change'])
        document.addEventListener(type, (e) => events.push(e));
      const form = await fixture<HTMLFormElement>(html`<form>${configured()}</form>`);
      const el = form.querySelector('hero-patient-lookup')!;
      el.allowRegister = true;
      el.required = true;
      el.name = 'x';
      el.disabled = true;
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(events).to.have.length(0);
    });

    it('lets the user change the selected patient, clearing the value', async () => {
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      await settled(el);
      $<HTMLButtonElement>(el, '[part~="select-button"]')!.click();
      await el.updateComplete;
      const changed = oneEvent(el, 'change');
      buttonNamed(el, /Change patient/)!.click();
      await changed;
      expect(el.value).to.equal('');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'select-r0', 'focus back on the result');
      expect(field(el, 'nhs-number').value).to.equal('999 000 0018');
    });
  });

  describe('form participation', () => {
    it('submits the selected patient id under its name', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>${configured()}</form>`);
      const el = form.querySelector('hero-patient-lookup')!;
      el.name = 'patient_id';
      await el.updateComplete;
      expect(new FormData(form).has('patient_id')).to.equal(false);
      await searchByNhs(el, '9990000026', '1972-11-02');
      await settled(el);
      $<HTMLButtonElement>(el, '[part~="select-button"]')!.click();
      await el.updateComplete;
      expect(new FormData(form).get('patient_id')).to.equal('402');
      expect(el.form).to.equal(form);
    });

    it('is invalid while required and nothing is selected, and reportValidity moves focus into it', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><input name="other" />${configured()}</form>`);
      const el = form.querySelector('hero-patient-lookup')!;
      el.required = true;
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Select a patient');
      expect(el.willValidate).to.equal(true);
      el.reportValidity();
      expect(document.activeElement === el).to.equal(true);
      expect(el.shadowRoot!.activeElement?.id).to.equal('nhs-number');
      await el.updateComplete;
      expect(text(el)).to.contain('Select a patient');
      await searchByNhs(el, '9990000018', '1985-03-14');
      await settled(el);
      $<HTMLButtonElement>(el, '[part~="select-button"]')!.click();
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('clears the selection, the fields and the results on form reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>${configured()}</form>`);
      const el = form.querySelector('hero-patient-lookup')!;
      el.name = 'patient_id';
      await el.updateComplete;
      await searchByNhs(el, '9990000018', '1985-03-14');
      await settled(el);
      $<HTMLButtonElement>(el, '[part~="select-button"]')!.click();
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(new FormData(form).has('patient_id')).to.equal(false);
      expect(field(el, 'nhs-number').value).to.equal('');
      expect(field(el, 'dob-day').value).to.equal('');
      expect($(el, '[part~="results"]')).to.equal(null);
    });

    it('is disabled by a disabled fieldset, and its value is then not submitted', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset>${configured()}</fieldset></form>`);
      const el = form.querySelector('hero-patient-lookup')!;
      el.name = 'patient_id';
      await searchByNhs(el, '9990000018', '1985-03-14');
      await settled(el);
      $<HTMLButtonElement>(el, '[part~="select-button"]')!.click();
      await el.updateComplete;
      form.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect($<HTMLButtonElement>(el, '[part~="change-button"]')!.disabled).to.equal(true);
      expect(new FormData(form).has('patient_id')).to.equal(false);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect($<HTMLButtonElement>(el, '[part~="change-button"]')!.disabled).to.equal(false);
      expect(new FormData(form).get('patient_id')).to.equal('401');
    });
  });

  describe('theming', () => {
    it('takes --hero-patient-lookup-error-color for the error summary', async () => {
      const el = await fixture<HeroPatientLookup>(
        html`<hero-patient-lookup tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token" style="--hero-patient-lookup-error-color: rgb(1, 2, 3)"></hero-patient-lookup>`,
      );
      $<HTMLButtonElement>(el, '[part~="search-button"]')!.click();
      await el.updateComplete;
      expect(getComputedStyle($(el, '[part~="error-summary"]')!).borderTopColor).to.equal('rgb(1, 2, 3)');
    });

    it('exposes parts, e.g. ::part(search-button)', async () => {
      const wrapper = await fixture(html`<div>
        <style>
          .themed::part(search-button) {
            background: rgb(4, 5, 6);
          }
        </style>
        <hero-patient-lookup class="themed" tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token"></hero-patient-lookup>
      </div>`);
      const el = wrapper.querySelector('hero-patient-lookup')!;
      await el.updateComplete;
      expect(getComputedStyle($(el, '[part~="search-button"]')!).backgroundColor).to.equal('rgb(4, 5, 6)');
    });
  });
});
