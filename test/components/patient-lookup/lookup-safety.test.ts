/**
 * Issue 11 (clinical safety) and issue 13.1/14 (headings, focus, narrow screens) of
 * <hero-patient-lookup>: each defect found has a test here that failed before the fix.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import '../../../src/components/patient-lookup/hero-patient-lookup.js';
import type { HeroPatientLookup } from '../../../src/components/patient-lookup/hero-patient-lookup.js';
import { RESTRICTED_ALLOWED } from '../../../src/domain/patient.js';
import {
  ARCHIVED_PATIENT_ID,
  DECEASED_PATIENT_ID,
  MOCK_PRACTICE_GROUP_ID,
  completePatient,
  createHostTokenHandler,
  mockDb,
  NUMERIC_ID_PATIENT_ID,
  PDS_IDENTITY_VERIFICATION_NHS_NUMBER,
  RESTRICTED_PATIENT_ID,
  SAME_NAME_PATIENT_IDS,
  UNDOCUMENTED_EXTRAS,
  UNKNOWN_NHS_NUMBER,
  pdsPeople,
  toListPatient,
} from '../../../mock/index.js';
import { requestsTo, useMockApi, worker } from '../../support/mock-api.js';
import {
  $,
  $$,
  active,
  buttonNamed,
  byId,
  catchEvents,
  configured,
  field,
  lookup,
  searchByName,
  searchByNhs,
  settled,
  squash,
  text,
  traceSettled,
} from './helpers.js';

const listRow = (id: string, changes: Record<string, unknown> = {}) => ({ ...toListPatient(byId(id)), ...changes });
const answerV3 = (rows: unknown[]) => worker.use(http.get('*/v3/patients', () => HttpResponse.json({ data: rows, count: rows.length })));
const selectButtons = (el: HeroPatientLookup) => $$(el, '[part~="select-button"]') as HTMLButtonElement[];

describe('hero-patient-lookup: clinical safety', () => {
  useMockApi();

  describe('the list patients answer', () => {
    it('tells two same-name, same-birthday patients apart: unique Select ids, NHS number and postcode in each name and card', async () => {
      const el = await lookup();
      await searchByName(el, 'James', 'Smith', '1988-01-15');
      await settled(el);
      const buttons = selectButtons(el);
      expect(buttons).to.have.length(2);
      expect(new Set(buttons.map((b) => b.id)).size).to.equal(2);
      const [a, b] = SAME_NAME_PATIENT_IDS.map(byId);
      const names = buttons.map((button) => squash(button.textContent));
      expect(names[0]).to.contain('NHS number 999 000 0077').and.to.contain(a!.postcode!);
      expect(names[1]).to.contain('NHS number 999 000 0085').and.to.contain(b!.postcode!);
      const cards = $$(el, '[part~="result"]').map((card) => squash(card.textContent));
      expect(cards[0]).to.contain('999 000 0077').and.to.contain(a!.postcode!);
      expect(cards[1]).to.contain('999 000 0085').and.to.contain(b!.postcode!);
      await expect(el).to.be.accessible();
    });

    it('selects by the Hero id (hero_id, even as a number): the event, value and form value carry it', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>${configured()}</form>`);
      const el = form.querySelector('hero-patient-lookup')!;
      el.name = 'patient_id';
      await searchByName(el, 'James', 'Smith', '1988-01-15');
      await settled(el);
      const button = selectButtons(el).find((b) => squash(b.textContent).includes('999 000 0085'))!;
      const [event] = await catchEvents<{ patient: { id: string } }>(el, 'hero-patient-select', () => button.click());
      expect(event!.detail.patient.id).to.equal(NUMERIC_ID_PATIENT_ID);
      expect(el.value).to.equal(NUMERIC_ID_PATIENT_ID);
      expect(new FormData(form).get('patient_id')).to.equal(NUMERIC_ID_PATIENT_ID);
    });

    it('shows a row without a usable id, says why it cannot be selected, and offers no Select for it', async () => {
      // Two rows with one id (a duplicate in the answer) still get one Select id each.
      answerV3([
        listRow('407', { hero_id: null }),
        listRow('408', { hero_id: 'not an id!' }),
        listRow('407', { hero_id: '7407' }),
        listRow('407', { hero_id: '7407' }),
      ]);
      const el = await lookup();
      await searchByName(el, 'James', 'Smith', '1988-01-15');
      await settled(el);
      const cards = $$(el, '[part~="result"]');
      expect(cards).to.have.length(4);
      expect(cards[0]!.querySelector('[part~="select-button"]') === null, 'no Select').to.equal(true);
      expect(cards[1]!.querySelector('[part~="select-button"]') === null, 'no Select').to.equal(true);
      expect(squash(cards[0]!.textContent)).to.contain('cannot be selected');
      expect(squash(cards[0]!.textContent)).to.contain('999 000 0077');
      const buttons = selectButtons(el);
      expect(buttons).to.have.length(2);
      expect(new Set(buttons.map((b) => b.id)).size, 'unique ids').to.equal(2);
      expect(el.shadowRoot!.querySelectorAll(`#${buttons[1]!.id}`)).to.have.length(1);
      const [event] = await catchEvents<{ patient: { id: string } }>(el, 'hero-patient-select', () => buttons[0]!.click());
      expect(event!.detail.patient.id).to.equal('7407');
      await expect(el).to.be.accessible();
    });

    it('skips null and malformed rows, shows the rest, and reports it once as a server hero-error', async () => {
      answerV3([null, listRow('401'), 42, 'x']);
      const errors: CustomEvent<{ code: string }>[] = [];
      const listener = (e: Event) => errors.push(e as CustomEvent<{ code: string }>);
      document.addEventListener('hero-error', listener);
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      await settled(el);
      document.removeEventListener('hero-error', listener);
      expect($$(el, '[part~="result"]')).to.have.length(1);
      expect(text(el)).to.contain('Olivia Bennett');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['server']);
    });
    it('does not hang on an answer it cannot use at all: an error with Try again, reported once', async () => {
      worker.use(http.get('*/v3/patients', () => HttpResponse.json({ count: 1 }), { once: true }));
      const errors: CustomEvent<{ code: string }>[] = [];
      const listener = (e: Event) => errors.push(e as CustomEvent<{ code: string }>);
      document.addEventListener('hero-error', listener);
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      await waitUntil(() => $(el, '[part~="retry-button"]'), 'error with Try again', { timeout: 8000 });
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['server']);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await waitUntil(() => text(el).includes('Olivia Bennett'), 'recovered', { timeout: 8000 });
      document.removeEventListener('hero-error', listener);
      expect(errors).to.have.length(1);
    });
  });

  describe('restricted patients', () => {
    it('lets only the allow-list reach the event, .patient, the form value and the element state', async () => {
      const extras = UNDOCUMENTED_EXTRAS[RESTRICTED_PATIENT_ID]!;
      const restricted = byId(RESTRICTED_PATIENT_ID);
      const secrets = [
        '01454 900321',
        '01454 900322',
        'Peter Whitmore',
        '07700 900999',
        'Orchard House',
        'BS35 2HR',
        'Pullins Green',
        restricted.mobile!,
        restricted.email!,
        restricted.town!,
      ];
      expect(Object.keys(extras)).to.include.members(['phone', 'home_phone', 'addresses', 'next_of_kin']);
      const form = await fixture<HTMLFormElement>(html`<form>${configured()}</form>`);
      const el = form.querySelector('hero-patient-lookup')!;
      el.name = 'patient_id';
      await searchByNhs(el, restricted.nhs_number!, restricted.dob!);
      await settled(el);
      const state = () => JSON.stringify({ search: (el as unknown as { search: { value: unknown } }).search.value, patient: el.patient });
      for (const secret of secrets) {
        expect(el.shadowRoot!.innerHTML, secret).not.to.contain(secret);
        expect(state(), secret).not.to.contain(secret);
      }
      const [event] = await catchEvents<{ patient: Record<string, unknown> }>(el, 'hero-patient-select', () =>
        selectButtons(el)[0]!.click(),
      );
      const allowed: readonly string[] = RESTRICTED_ALLOWED;
      for (const key of Object.keys(event!.detail.patient)) expect(allowed, key).to.include(key);
      for (const key of Object.keys(el.patient!)) expect(allowed, key).to.include(key);
      for (const secret of secrets) {
        expect(JSON.stringify(event!.detail), secret).not.to.contain(secret);
        expect(state(), secret).not.to.contain(secret);
        expect(el.shadowRoot!.innerHTML, secret).not.to.contain(secret);
      }
      expect(new FormData(form).get('patient_id')).to.equal(RESTRICTED_PATIENT_ID);
      // The accessible name tells the patient apart by NHS number, never by a postcode.
      expect(squash($(el, '[part~="selected"]')!.textContent)).to.contain('Withheld');
    });
  });

  describe('deceased and archived patients', () => {
    const deceasedPair = () =>
      answerV3([
        listRow(DECEASED_PATIENT_ID),
        listRow(DECEASED_PATIENT_ID, { hero_id: '9405', nhs_number: '9990000069', deceased_at: '2024-01-02T10:00:00Z' }),
      ]);

    it('after confirming patient A, selecting deceased patient B still asks for B', async () => {
      deceasedPair();
      const el = await lookup();
      await searchByName(el, 'Arthur', 'Penhaligon', '1931-05-09');
      await settled(el);
      let [a, b] = selectButtons(el);
      let events = await catchEvents(el, 'hero-patient-select', () => a!.click());
      expect(events).to.have.length(0);
      expect(squash($(el, '[part~="deceased-confirm"]')!.textContent)).to.contain('died 3 December 2025');
      // B while A's confirmation is open: asks for B, selects nothing.
      events = await catchEvents(el, 'hero-patient-select', () => b!.click());
      expect(events).to.have.length(0);
      expect($$(el, '[part~="deceased-confirm"]')).to.have.length(1);
      expect(squash($(el, '[part~="deceased-confirm"]')!.textContent)).to.contain('died 2 January 2024');
      // Back to A, confirm it.
      events = await catchEvents(el, 'hero-patient-select', () => a!.click());
      expect(events).to.have.length(0);
      events = await catchEvents<{ patient: { id: string } }>(el, 'hero-patient-select', () =>
        $<HTMLButtonElement>(el, '[part~="confirm-button"]')!.click(),
      );
      expect((events[0] as CustomEvent<{ patient: { id: string } }>).detail.patient.id).to.equal(DECEASED_PATIENT_ID);
      // Change, then B: asks again, for B.
      buttonNamed(el, /Change patient/)!.click();
      await el.updateComplete;
      [a, b] = selectButtons(el);
      events = await catchEvents(el, 'hero-patient-select', () => b!.click());
      expect(events).to.have.length(0);
      expect(squash($(el, '[part~="deceased-confirm"]')!.textContent)).to.contain('died 2 January 2024');
      events = await catchEvents<{ patient: { id: string } }>(el, 'hero-patient-select', () =>
        $<HTMLButtonElement>(el, '[part~="confirm-button"]')!.click(),
      );
      expect((events[0] as CustomEvent<{ patient: { id: string } }>).detail.patient.id).to.equal('9405');
    });

    it('asks for a second confirmation before selecting an archived patient', async () => {
      // The v1 list says `status: "archived"` (the v3 list does not say): reached through the v1 fallback.
      worker.use(
        http.get('*/v3/patients', () => HttpResponse.json({ error: true, statusCode: 404, message: 'Not found' }, { status: 404 })),
      );
      const archived = byId(ARCHIVED_PATIENT_ID);
      const el = await lookup();
      await searchByNhs(el, archived.nhs_number!, archived.dob!);
      await settled(el);
      expect(text(el)).to.contain('Archived');
      const select = selectButtons(el)[0]!;
      expect(squash(select.textContent)).to.contain('Archived');
      let events = await catchEvents(el, 'hero-patient-select', () => select.click());
      expect(events).to.have.length(0);
      const confirm = $(el, '[part~="deceased-confirm"]')!;
      expect(squash(confirm.textContent)).to.contain('archived');
      await waitUntil(() => active(el) && confirm.contains(active(el)), 'focus in the confirmation');
      await expect(el).to.be.accessible();
      events = await catchEvents<{ patient: { id: string } }>(el, 'hero-patient-select', () =>
        $<HTMLButtonElement>(el, '[part~="confirm-button"]')!.click(),
      );
      expect((events[0] as CustomEvent<{ patient: { id: string } }>).detail.patient.id).to.equal(ARCHIVED_PATIENT_ID);
    });
  });

  describe('identity verification link', () => {
    it('refuses a login_url that is not https: no hero-identity-verification, no link, a hero-error', async () => {
      worker.use(http.post('*/v1/patients/register_pds', () => HttpResponse.json({ message: 'Verify', login_url: 'javascript:alert(1)' })));
      const verifications: Event[] = [];
      const listener = (e: Event) => verifications.push(e);
      document.addEventListener('hero-identity-verification', listener);
      const el = await lookup({ allowRegister: true });
      await searchByNhs(el, PDS_IDENTITY_VERIFICATION_NHS_NUMBER, '1986-02-17');
      await settled(el);
      const reported = oneEvent(document, 'hero-error');
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      expect((await reported).detail.code).to.equal('server');
      await traceSettled(el);
      document.removeEventListener('hero-identity-verification', listener);
      expect(verifications).to.have.length(0);
      expect($(el, '[part~="trace"] a') === null, 'absent').to.equal(true);
      expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
      expect($(el, '[part~="trace"] [part~="error"]') !== null, 'trace error').to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('repeats and races', () => {
    it('a held Enter key (repeated keydown) starts the search once', async () => {
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      await settled(el);
      expect(requestsTo('/v3/patients')).to.have.length(1);
      field(el, 'dob-year').focus();
      await sendKeys({ down: 'Enter' });
      await sendKeys({ down: 'Enter' });
      await sendKeys({ down: 'Enter' });
      await sendKeys({ up: 'Enter' });
      await el.updateComplete;
      await settled(el);
      // A marker: one more, different search; every request before it has reached the mock by then.
      await searchByNhs(el, '9990000026', '1972-11-02');
      await waitUntil(() => text(el).includes('Mohammed Rahman'), 'marker search', { timeout: 8000 });
      const searched = requestsTo('/v3/patients').map((r) => new URL(r.url).searchParams.get('nhs_number'));
      expect(searched).to.deep.equal(['9990000018', '9990000018', '9990000026']);
    });

    it('a change of tenant clears the results and abandons the search in flight; nothing of the old search is sent for the new tenant', async () => {
      let calls = 0;
      worker.use(
        http.get('*/v3/patients', async () => {
          calls += 1;
          if (calls === 2) await delay('infinite');
          return HttpResponse.json({ data: calls === 1 ? [listRow('401')] : [], count: calls === 1 ? 1 : 0 });
        }),
      );
      const form = await fixture<HTMLFormElement>(html`<form>${configured()}</form>`);
      const el = form.querySelector('hero-patient-lookup')!;
      el.name = 'patient_id';
      await searchByNhs(el, '9990000018', '1985-03-14');
      await settled(el);
      selectButtons(el)[0]!.click();
      await el.updateComplete;
      expect(el.value).to.equal('401');
      // Another practice: the selection and the results go (a token for it comes from the host's route).
      worker.use(createHostTokenHandler({ practiceGroupId: 'other-tenant' }));
      const events = await catchEvents(el, 'hero-patient-select', () => (el.tenantId = 'other-tenant'));
      expect(events).to.have.length(0);
      expect(el.value).to.equal('');
      expect(new FormData(form).has('patient_id')).to.equal(false);
      expect($(el, '[part~="results"], [part~="selected"]') === null, 'absent').to.equal(true);
      expect(text(el)).to.contain('The practice changed');
      expect(text(el)).not.to.contain('Olivia Bennett');
      // A search in flight when the tenant changes is abandoned, and not sent again for the new one.
      await searchByNhs(el, '9990000026', '1972-11-02');
      await waitUntil(() => requestsTo('/v3/patients').length === 2, 'second search sent');
      worker.use(createHostTokenHandler({ practiceGroupId: 'third-tenant' }));
      el.tenantId = 'third-tenant';
      await el.updateComplete;
      expect($(el, '[part~="status"]') === null, 'absent').to.equal(true);
      // Marker: a new search under the new tenant; every earlier request has reached the mock by then.
      await searchByNhs(el, UNKNOWN_NHS_NUMBER, '1990-06-04');
      await settled(el);
      const sent = requestsTo('/v3/patients').map((r) => [
        r.headers.get('x-practice-group-id'),
        new URL(r.url).searchParams.get('nhs_number'),
      ]);
      expect(sent).to.deep.equal([
        [MOCK_PRACTICE_GROUP_ID, '9990000018'],
        ['other-tenant', '9990000026'],
        ['third-tenant', UNKNOWN_NHS_NUMBER],
      ]);
      expect(text(el)).to.contain('No patients found');
      await expect(el).to.be.accessible();
    });

    it('a trace in flight for an old search does not land on a new one', async () => {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const person = pdsPeople[0]!;
      worker.use(
        http.post('*/v1/patients/register_pds', async () => {
          await released;
          return undefined;
        }),
      );
      const el = await lookup({ allowRegister: true });
      await searchByNhs(el, person.nhs_number, person.dob);
      await settled(el);
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      await waitUntil(() => requestsTo('/v1/patients/register_pds').length === 1, 'trace sent');
      await searchByNhs(el, UNKNOWN_NHS_NUMBER, '1990-06-04');
      await waitUntil(() => text(el).includes('No Hero patient has NHS number 999 654 3218'), 'new search shown', { timeout: 8000 });
      release();
      // Marker: the new search's own trace; only its outcome shows.
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      await traceSettled(el);
      expect(text(el)).to.contain('No match on the NHS Spine');
      expect(text(el)).not.to.contain(person.last_name);
      expect(text(el)).not.to.contain('Found on the NHS Spine');
    });
  });

  describe('a trace that may have gone through', () => {
    const person = pdsPeople[0]!;
    /** `register_pds` answers 500 (the outcome is unknown); `added`: Hero did add the patient first. */
    const failTrace = (added: boolean) =>
      worker.use(
        http.post(
          '*/v1/patients/register_pds',
          () => {
            if (added) {
              const { nhs_number, dob, title, first_name, last_name, postcode } = person;
              mockDb.patients.push(
                completePatient({
                  id: '7001',
                  dob,
                  data_source: 'pds',
                  status: 'unarchived',
                  identifiers: [],
                  ehr_registered: false,
                  nhs_number,
                  title,
                  first_name,
                  last_name,
                  postcode,
                }),
              );
            }
            return new HttpResponse(null, { status: 500 });
          },
          { once: true },
        ),
      );

    it('is not sent again: Hero is searched again, and the patient it added is listed to select', async () => {
      failTrace(true);
      const el = await lookup({ allowRegister: true });
      await searchByNhs(el, person.nhs_number, person.dob);
      await settled(el);
      const reported = oneEvent(document, 'hero-error');
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      expect((await reported).detail.code).to.equal('server');
      await waitUntil(() => $(el, '[part~="results"]') && text(el).includes(person.last_name), 'the added patient listed', {
        timeout: 8000,
      });
      expect(requestsTo('/v1/patients/register_pds')).to.have.length(1);
      expect(requestsTo('/v3/patients')).to.have.length(2);
      await waitUntil(() => active(el)?.id === 'results-heading', 'focus on the results heading');
      const [event] = await catchEvents<{ patient: { id: string } }>(el, 'hero-patient-select', () => selectButtons(el)[0]!.click());
      expect(event!.detail.patient.id).to.equal('7001');
    });

    it('says when it did not add the patient, and only then offers a deliberate second trace', async () => {
      failTrace(false);
      const el = await lookup({ allowRegister: true });
      await searchByNhs(el, person.nhs_number, person.dob);
      await settled(el);
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      await waitUntil(() => text(el).includes('The trace did not add the patient'), 'checked', { timeout: 8000 });
      expect(requestsTo('/v1/patients/register_pds')).to.have.length(1);
      expect(requestsTo('/v3/patients')).to.have.length(2);
      await waitUntil(() => squash(active(el)?.textContent) === 'The trace did not add the patient', 'focus on the outcome');
      await expect(el).to.be.accessible();
      buttonNamed(el, /Trace again/)!.click();
      await waitUntil(() => text(el).includes('Found on the NHS Spine'), 'traced', { timeout: 8000 });
      expect(requestsTo('/v1/patients/register_pds')).to.have.length(2);
    });
  });

  describe('headings and focus', () => {
    it('has a top heading at heading-level and sub-headings one deeper', async () => {
      const el = await lookup({ headingLevel: 3 });
      expect(squash($(el, 'h3')!.textContent)).to.equal('Find a patient');
      await searchByName(el, 'James', 'Smith', '1988-01-15');
      await settled(el);
      expect(squash($(el, 'h4')!.textContent)).to.equal('2 patients found');
      el.headingLevel = 2;
      await el.updateComplete;
      expect([$(el, 'h2') !== null, $(el, 'h3') !== null]).to.deep.equal([true, true]);
    });

    it('after a successful PDS trace, focus goes to the heading of what was found', async () => {
      const person = pdsPeople[0]!;
      const el = await lookup({ allowRegister: true });
      await searchByNhs(el, person.nhs_number, person.dob);
      await settled(el);
      buttonNamed(el, /Trace on the NHS Spine/)!.focus();
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      await traceSettled(el);
      await waitUntil(() => /^H[1-6]$/.test(active(el)?.tagName ?? ''), 'focus on a heading');
      expect(squash(active(el)!.textContent)).to.equal('Found on the NHS Spine');
      await expect(el).to.be.accessible();
    });

    it('after "Try again" on a failed search, focus goes to the results heading (or the error), never <body>', async () => {
      worker.use(http.get('*/v3/patients', () => new HttpResponse(null, { status: 500 }), { once: true }));
      const el = await lookup();
      await searchByNhs(el, '9990000018', '1985-03-14');
      await waitUntil(() => $(el, '[part~="retry-button"]'), 'error', { timeout: 8000 });
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.focus();
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await waitUntil(() => $(el, '[part~="results"]'), 'results', { timeout: 8000 });
      await waitUntil(() => active(el)?.id === 'results-heading', 'focus on the results heading');
      expect(document.activeElement).to.equal(el);
    });

    it('after "Try again" on a failed trace, focus goes to the outcome heading', async () => {
      worker.use(http.post('*/v1/patients/register_pds', () => new HttpResponse(null, { status: 503 }), { once: true }));
      const el = await lookup({ allowRegister: true });
      await searchByNhs(el, UNKNOWN_NHS_NUMBER, '1990-06-04');
      await settled(el);
      buttonNamed(el, /Trace on the NHS Spine/)!.click();
      await waitUntil(() => $(el, '[part~="trace"] [part~="error"]'), 'trace error', { timeout: 8000 });
      buttonNamed(el, /Trace again/)!.focus();
      buttonNamed(el, /Trace again/)!.click();
      await waitUntil(() => text(el).includes('No match on the NHS Spine'), 'no match', { timeout: 8000 });
      await waitUntil(() => squash(active(el)?.textContent) === 'No match on the NHS Spine', 'focus on the outcome');
    });
  });

  describe('narrow screens', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('has no horizontal scroll at 320 px, with results and a confirmation open', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await lookup();
      await searchByName(el, 'Arthur', 'Penhaligon', '1931-05-09');
      await settled(el);
      selectButtons(el)[0]!.click();
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, '*')) expect(node.getBoundingClientRect().right, node.className || node.tagName).to.be.at.most(320);
    });
  });
});
