import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import {
  ALL_FIELD_TYPES_FORM_ID,
  field,
  LONG_FORM_ID,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  newPatientForm,
  REPLY_FORM_ID,
  scenarios,
  SEEDED_DRAFT_RESPONSE_ID,
  SHORT_FORM_ID,
} from '../../../mock/index.js';
import type { Form, FormResponseRequest } from '../../../src/api/types.js';
import { HeroFormRenderer } from '../../../src/components/form-renderer/hero-form-renderer.js';
import { requestsTo, seen, useMockApi, worker } from '../../support/mock-api.js';
import {
  $,
  $$,
  ALL_TYPES_ANSWERS,
  byId,
  click,
  fillAllTypes,
  focused,
  loaded,
  part,
  press,
  renderer,
  select,
  settled,
  text,
  type,
  typeDate,
} from './support.js';

const bodyOf = async (request: Request | undefined) => (await request!.clone().json()) as FormResponseRequest;
const posts = () => seen.filter((r) => r.method === 'POST' && /\/v1\/forms\//.test(new URL(r.url).pathname));
const summaryLinks = (el: HeroFormRenderer) => $$<HTMLAnchorElement>(el, '[part~="error-summary"] a').map((a) => text(a));
const errorOf = (el: HeroFormRenderer, q: string) => text(byId(el, `q-${q}-error`));

/** Serves `form` as GET /v1/forms/:id and accepts any response to it. */
function serveForm(form: Form, options: { responseId?: string } = {}): void {
  worker.use(
    http.get('*/v1/forms/:id', () => HttpResponse.json(form)),
    http.post('*/v1/forms/:id/response', () =>
      HttpResponse.json({ id: options.responseId ?? '9999', form_id: form.id, created_at: '2025-01-01T00:00:00Z' }),
    ),
  );
}

describe('hero-form-renderer', () => {
  useMockApi();

  describe('accessibility', () => {
    it('is accessible while loading', async () => {
      worker.use(...scenarios.loading);
      const el = await fixture<HeroFormRenderer>(renderer({ formId: ALL_FIELD_TYPES_FORM_ID }));
      await waitUntil(() => part(el, 'status'));
      expect(text(part(el, 'status'))).to.equal('Loading the form…');
      expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('is accessible with every field type, and with their errors', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      await click(el, '7004', 'current'); // shows the dependent question too
      await click(el, '7007', 'hypertension');
      await expect(el).to.be.accessible();
      await type(el, 'q-7005', '1000');
      await type(el, 'q-7013', '17.5');
      await typeDate(el, '7003', '2024-02-30');
      await press(el, 'continue-button');
      expect($$(el, '.error-message').length).to.be.greaterThan(3);
      await expect(el).to.be.accessible();
    });

    it('is accessible when paged, on the review, after saving a draft and once submitted', async () => {
      const el = await loaded({ formId: SHORT_FORM_ID, pageSize: 1 });
      expect(text(part(el, 'progress'))).to.contain('Page 1 of 3');
      await expect(el).to.be.accessible();
      await type(el, 'q-7101', 'A rash');
      await press(el, 'continue-button');
      await click(el, '7102', 'lt_1w');
      await press(el, 'continue-button');
      await press(el, 'continue-button');
      expect(part(el, 'review')).to.exist;
      await expect(el).to.be.accessible();
      await press(el, 'draft-button');
      await waitUntil(() => part(el, 'draft-saved'));
      await expect(el).to.be.accessible();
      await press(el, 'submit-button');
      await waitUntil(() => part(el, 'confirmation'));
      await expect(el).to.be.accessible();
    });

    it('is accessible in the error and empty states', async () => {
      worker.use(...scenarios['server-error']);
      const failed = await loaded({ formId: SHORT_FORM_ID });
      expect(part(failed, 'retry-button')).to.exist;
      await expect(failed).to.be.accessible();
      worker.resetHandlers();
      serveForm({ ...newPatientForm, fields: [] });
      const empty = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      await expect(empty).to.be.accessible();
    });
  });

  describe('defaults and field types', () => {
    it('renders every field type with its native control, in order', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      expect(el).to.be.instanceOf(HeroFormRenderer);
      expect(el.pageSize).to.equal(20);
      expect(el.disabled).to.equal(false);
      expect(text(part(el, 'title'))).to.equal('Your health');
      expect(text(part(el, 'description'))).to.contain('five minutes');
      // string → text input with its label
      const name = byId(el, 'q-7002')!;
      expect(name.type).to.equal('text');
      expect(text($(el, 'label[for="q-7002"]'))).to.equal('Preferred name (optional)');
      // integer → numeric text input
      expect(byId(el, 'q-7013')!.inputMode).to.equal('numeric');
      // text → textarea
      expect(byId(el, 'q-7016')!.localName).to.equal('textarea');
      // dropdown → select with a placeholder and the options
      const dropdown = byId<HTMLSelectElement>(el, 'q-7006')!;
      expect(dropdown.localName).to.equal('select');
      expect([...dropdown.options].map((o) => o.value)).to.deep.equal(['', '0', '1-7', '8-14', '15-35', '35+']);
      // radio → radios in a fieldset with the question as legend
      const radios = $$<HTMLInputElement>(el, 'input[id^="q-7004-"]');
      expect(radios.map((r) => r.type)).to.deep.equal(['radio', 'radio', 'radio']);
      expect(text(radios[0]!.closest('fieldset')!.querySelector('legend'))).to.equal('Do you smoke?');
      // checkboxes
      expect($$<HTMLInputElement>(el, 'input[id^="q-7007-"]').map((r) => r.type)).to.deep.equal(Array(5).fill('checkbox'));
      // boolean → Yes/No radios in a fieldset
      const yesNo = $$<HTMLInputElement>(el, 'input[id^="q-7008-"]');
      expect(yesNo.map((r) => `${r.type}:${text(r.labels![0])}`)).to.deep.equal(['radio:Yes', 'radio:No']);
      expect(text(yesNo[0]!.closest('fieldset')!.querySelector('legend'))).to.equal('Do you use an asthma inhaler? (optional)');
      // datepicker → GOV.UK date input: a group of day, month, year
      const date = byId(el, 'q-7003-day')!.closest('fieldset')!;
      expect(date.getAttribute('role')).to.equal('group');
      expect($$<HTMLInputElement>(el, 'input[id^="q-7003-"]').map((i) => text(i.labels![0]))).to.deep.equal(['Day', 'Month', 'Year']);
      // consent → a checkbox labelled with the statement, in a fieldset
      const consent = byId(el, 'q-7017-0')!;
      expect(consent.type).to.equal('checkbox');
      expect(text(consent.closest('fieldset')!.querySelector('legend'))).to.equal('Your agreement'); // required: no "(optional)"
      expect(text(consent.labels![0])).to.equal(newPatientForm.fields[16]!.name);
      expect(consent.closest('fieldset')).to.exist;
      // paragraph → display text, line breaks kept
      const paragraph = part(el, 'paragraph')!;
      expect(paragraph.localName).to.equal('p');
      expect(getComputedStyle(paragraph).whiteSpace).to.equal('pre-line');
      expect(paragraph.textContent).to.contain('health.\nIf you need help');
      // show-if: the dependent questions are not there yet
      expect(byId(el, 'q-7005')).to.equal(null);
      expect(byId(el, 'q-7009-0')).to.equal(null);
      // one page: no progress
      expect(part(el, 'continue-button')).to.exist; // more than five questions: Check your answers comes next
      expect(part(el, 'submit-button') === null, 'no Submit before the review').to.equal(true);
      expect(part(el, 'progress')).to.equal(null);
    });

    it('ties hints to their fields and shows observation units beside the input', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      expect(byId(el, 'q-7002')!.getAttribute('aria-describedby')).to.equal('q-7002-hint');
      expect(text(byId(el, 'q-7002-hint'))).to.equal('What should we call you?');
      expect(byId(el, 'q-7007-0')!.closest('fieldset')!.getAttribute('aria-describedby')).to.equal('q-7007-hint');
      expect(text(byId(el, 'q-7003-hint'))).to.equal('Leave blank if you are not sure.');
      const units = { '7011': 'mmHg', '7012': 'mmHg', '7013': 'cm', '7014': 'kg', '7015': 'kg/m²' };
      for (const [q, unit] of Object.entries(units)) {
        expect(text(byId(el, `q-${q}-unit`))).to.equal(unit);
        expect(byId(el, `q-${q}`)!.getAttribute('aria-describedby')).to.contain(`q-${q}-unit`);
        expect(byId(el, `q-${q}-unit`)!.getBoundingClientRect().width).to.be.greaterThan(0);
      }
    });

    it('offers the BMI worked out from height and weight, and fills it in when accepted', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      expect(part(el, 'bmi')).to.equal(null);
      await type(el, 'q-7013', '172');
      expect(part(el, 'bmi')).to.equal(null);
      await type(el, 'q-7014', '70');
      expect(text(part(el, 'bmi'))).to.contain('your BMI is 23.7');
      const use = part(el, 'bmi-button')!;
      expect(text(use)).to.equal('Use 24 as your BMI');
      use.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(byId(el, 'q-7015')!.value).to.equal('24');
      expect(focused(el)?.id).to.equal('q-7015');
      expect(part(el, 'bmi-button')).to.equal(null);
      expect(el.answers.find((a) => a.form_question_id === '7015')?.value).to.equal(24);
    });

    it('shows the BMI as information when the form has height and weight but no BMI question', async () => {
      serveForm({ ...newPatientForm, fields: newPatientForm.fields.filter((f) => f.observation_type !== 'body_mass_index') });
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      await type(el, 'q-7013', '180');
      await type(el, 'q-7014', '81');
      expect(text(part(el, 'bmi'))).to.contain('is 25 kg/m²');
      expect(part(el, 'bmi-button')).to.equal(null);
    });
  });

  describe('attributes', () => {
    it('loads the form named by form-id', async () => {
      const el = await loaded({ formId: REPLY_FORM_ID });
      expect(requestsTo(`/v1/forms/${REPLY_FORM_ID}`)).to.have.length(1);
      expect(requestsTo(`/v1/forms/${REPLY_FORM_ID}`)[0]!.headers.get('x-practice-group-id')).to.equal(MOCK_PRACTICE_GROUP_ID);
      expect(text(part(el, 'title'))).to.equal('How are your symptoms?');
    });

    it('resumes a draft from response-id, with its answers filled in, and submits the same response', async () => {
      const el = await loaded({ formId: SHORT_FORM_ID, responseId: SEEDED_DRAFT_RESPONSE_ID });
      expect(requestsTo(`/v1/form_submission_response/${SEEDED_DRAFT_RESPONSE_ID}`)).to.have.length(1);
      expect(byId(el, 'q-7101')!.value).to.equal('A rash on my arm that is not getting better.');
      await expect(el).to.be.accessible();
      await click(el, '7102', 'gt_1m');
      const submitted = oneEvent(el, 'hero-form-submit');
      await press(el, 'submit-button');
      const event = await submitted;
      expect(event.detail.response_id).to.equal(SEEDED_DRAFT_RESPONSE_ID);
      expect(requestsTo(`/v1/forms/response/${SEEDED_DRAFT_RESPONSE_ID}`)).to.have.length(1);
      expect(requestsTo(`/v1/forms/${SHORT_FORM_ID}/response`)).to.have.length(0);
    });

    it('sends patient-id and appointment-id with the answers', async () => {
      const el = await fixture<HeroFormRenderer>(html`<hero-form-renderer
        tenant-id=${MOCK_PRACTICE_GROUP_ID}
        base-url=${MOCK_BASE_URL}
        token-url="/api/hero-token"
        form-id=${REPLY_FORM_ID}
        patient-id="401"
        appointment-id="9001"
      ></hero-form-renderer>`);
      await settled(el);
      await click(el, '7201', 'same');
      await press(el, 'submit-button');
      await waitUntil(() => part(el, 'confirmation'));
      const body = await bodyOf(requestsTo(`/v1/forms/${REPLY_FORM_ID}/response`)[0]);
      expect(body.patient_id).to.equal('401');
      expect(body.appointment_id).to.equal('9001');
      expect(body.status).to.equal('submitted');
    });

    it('pages a form with more than page-size questions', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID, pageSize: 5 });
      expect(text(part(el, 'progress'))).to.equal('Page 1 of 4');
      expect($(el, 'progress')).to.equal(null); // words, no progress bar
      expect(part(el, 'continue-button')).to.exist;
      expect(part(el, 'back-button')).to.equal(null);
      expect(byId(el, 'q-7016')).to.equal(null);
    });

    it('disables every control with disabled, and sends nothing', async () => {
      const el = await loaded({ formId: SHORT_FORM_ID });
      el.disabled = true;
      await el.updateComplete;
      const controls = $$<HTMLInputElement>(el, 'input, textarea, select, button');
      expect(controls.length).to.be.greaterThan(3);
      expect(controls.every((c) => c.disabled)).to.equal(true);
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      await el.updateComplete;
      expect(posts()).to.have.length(0);
    });

    it('renders a form given as schema without fetching it', async () => {
      const el = document.createElement('hero-form-renderer');
      el.schema = newPatientForm;
      const parent = await fixture(html`<div></div>`);
      parent.append(el);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Your health');
      expect(requestsTo(/\/v1\//)).to.have.length(0);
    });
  });

  describe('data', () => {
    it('shows an error with a retry when the form cannot load, and recovers', async () => {
      worker.use(http.get('*/v1/forms/:id', () => new HttpResponse(null, { status: 500 }), { once: true }));
      const reported = oneEvent(document, 'hero-error');
      const el = await loaded({ formId: SHORT_FORM_ID });
      expect((await reported).detail.code).to.equal('server');
      expect(text(part(el, 'error'))).to.contain('Sorry, there is a problem with the service');
      await press(el, 'retry-button');
      await waitUntil(() => part(el, 'submit-button'));
      expect(text(part(el, 'title'))).to.equal('Before your appointment');
    });

    it('says a form is not found', async () => {
      const el = await loaded({ formId: '999999' });
      expect(text(part(el, 'error'))).to.contain('could not find');
    });

    it('says what to do when the form has no questions', async () => {
      serveForm({ ...newPatientForm, fields: [field({ form_question_id: '1', name: 'Just text', type: 'paragraph' })] });
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      expect(text(part(el, 'empty'))).to.contain('no questions');
      expect(part(el, 'submit-button')).to.equal(null);
    });

    it('shows the new form when form-id changes while loading, never the old one arriving late', async () => {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      worker.use(
        http.get(`*/v1/forms/${ALL_FIELD_TYPES_FORM_ID}`, async () => {
          await released;
          return HttpResponse.json(newPatientForm);
        }),
      );
      const errors: Event[] = [];
      const onError = (e: Event) => errors.push(e);
      document.addEventListener('hero-error', onError);
      const el = await fixture<HeroFormRenderer>(renderer({ formId: ALL_FIELD_TYPES_FORM_ID }));
      await waitUntil(() => requestsTo(`/v1/forms/${ALL_FIELD_TYPES_FORM_ID}`).length === 1);
      el.formId = SHORT_FORM_ID;
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Before your appointment');
      release();
      await delay(200);
      await el.updateComplete;
      document.removeEventListener('hero-error', onError);
      expect(text(part(el, 'title'))).to.equal('Before your appointment');
      expect(errors).to.have.length(0);
    });

    it('skips a field of an unknown type, reporting it once as validation without patient data', async () => {
      serveForm({
        ...newPatientForm,
        fields: [
          field({ form_question_id: '1', name: 'Your name', type: 'string' }),
          field({ form_question_id: '2', name: 'Sign here, Jane Smith', type: 'signature' as 'string' }),
        ],
      });
      const errors: CustomEvent[] = [];
      document.addEventListener('hero-error', (e) => errors.push(e));
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      await type(el, 'q-1', 'x');
      await el.updateComplete;
      document.removeEventListener('hero-error', (e) => errors.push(e));
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.code).to.equal('validation');
      expect(errors[0]!.detail.message).not.to.contain('Jane');
      expect(byId(el, 'q-1')).to.exist;
      expect(byId(el, 'q-2')).to.equal(null);
      expect(text(part(el, 'page'))).not.to.contain('Sign here');
    });
  });

  describe('show-if', () => {
    it('shows a question only while its condition holds, keeps its answer, and sends it only when shown', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      await click(el, '7004', 'current');
      expect(byId(el, 'q-7005')).to.exist;
      await type(el, 'q-7005', '15');
      expect(el.answers.find((a) => a.form_question_id === '7005')?.value).to.equal(15);
      await click(el, '7004', 'never');
      expect(byId(el, 'q-7005')).to.equal(null);
      expect(el.answers.some((a) => a.form_question_id === '7005')).to.equal(false);
      await click(el, '7004', 'current');
      expect(byId(el, 'q-7005')!.value).to.equal('15');
      // Checkboxes: shown while the ticked values include it.
      await click(el, '7007', 'hypertension');
      expect(byId(el, 'q-7009-0')).to.exist;
      await click(el, '7007', 'hypertension');
      expect(byId(el, 'q-7009-0')).to.equal(null);
    });

    it('does not validate or submit a hidden question', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      await click(el, '7004', 'current');
      await type(el, 'q-7005', '1000'); // out of range, then hidden
      await click(el, '7004', 'ex');
      await select(el, '7006', '0');
      await click(el, '7017');
      await press(el, 'continue-button');
      await press(el, 'submit-button');
      await waitUntil(() => part(el, 'confirmation'));
      const body = await bodyOf(requestsTo(`/v1/forms/${ALL_FIELD_TYPES_FORM_ID}/response`)[0]);
      expect(body.answers.map((a) => a.form_question_id)).to.deep.equal(['7004', '7006', '7017']);
    });
  });

  describe('validation', () => {
    it('checks on submit, shows an error summary that takes focus and links to each field, and sends nothing', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      await type(el, 'q-7013', '17.5');
      await press(el, 'continue-button');
      await el.updateComplete;
      expect(posts()).to.have.length(0);
      const summary = part(el, 'error-summary')!;
      expect(focused(el)).to.equal(summary);
      const title = summary.querySelector('[role="heading"]');
      expect(text(title)).to.equal('There is a problem');
      expect(title!.getAttribute('aria-level')).to.equal('3'); // under the form's h2 title
      expect(summaryLinks(el)).to.deep.equal([
        'Select if you smoke',
        'Select how many units of alcohol you drink in a week',
        'Height must be a whole number',
        `You must agree to ‘${newPatientForm.fields[16]!.name}’`,
      ]);
      expect(errorOf(el, '7013')).to.equal('Error: Height must be a whole number');
      expect(byId(el, 'q-7013')!.getAttribute('aria-invalid')).to.equal('true');
      expect(byId(el, 'q-7013')!.getAttribute('aria-describedby')).to.contain('q-7013-error');
      // A link moves focus to its field, inside the shadow root, without changing the page URL.
      const url = location.href;
      $$<HTMLAnchorElement>(el, '[part~="error-summary"] a')[2]!.click();
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('q-7013');
      expect(location.href).to.equal(url);
      $$<HTMLAnchorElement>(el, '[part~="error-summary"] a')[0]!.click();
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('q-7004-0');
    });

    it('re-checks each field as it changes after the first attempt, not before', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      await type(el, 'q-7013', '17.5');
      expect(byId(el, 'q-7013-error')).to.equal(null);
      await press(el, 'continue-button');
      expect(errorOf(el, '7013')).to.contain('whole number');
      await type(el, 'q-7013', '300');
      expect(errorOf(el, '7013')).to.contain('Height must be between 50 and 250');
      await type(el, 'q-7013', '172');
      expect(byId(el, 'q-7013-error')).to.equal(null);
      expect(summaryLinks(el)).not.to.include('Height must be between 50 and 250');
      await click(el, '7004', 'never');
      expect(byId(el, 'q-7004-error')).to.equal(null);
    });

    it('gives GOV.UK date messages and marks only the parts at fault', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      await type(el, 'q-7003-day', '3');
      await type(el, 'q-7003-year', '2024');
      await press(el, 'continue-button');
      expect(errorOf(el, '7003')).to.equal('Error: Date of your last blood test must include a month');
      expect(byId(el, 'q-7003-month')!.getAttribute('aria-invalid')).to.equal('true');
      expect(byId(el, 'q-7003-day')!.getAttribute('aria-invalid')).to.equal('false');
      expect($$<HTMLAnchorElement>(el, '[part~="error-summary"] a')[0]!.getAttribute('href')).to.equal('#q-7003-month');
    });
  });

  describe('pages and review', () => {
    it('pages a long form by section with progress, Back and Continue, checking each page', async () => {
      const el = await loaded({ formId: LONG_FORM_ID });
      expect(text(part(el, 'progress'))).to.contain('Page 1 of 10');
      expect(text(part(el, 'section-heading'))).to.equal('Section 1: About you');
      await press(el, 'continue-button');
      expect(text(part(el, 'progress'))).to.contain('Page 1 of 10');
      expect(summaryLinks(el)).to.have.length(5); // questions 1, 8, 15, 22 and 29 are required
      expect(summaryLinks(el)[0]).to.equal('Enter about you: question 1');
      // Fill the required questions of the page (every 7th from the first).
      const questionOf = (a: HTMLAnchorElement) => a.getAttribute('href')!.replace(/^#q-|-(0|day)$/g, '');
      for (const q of $$<HTMLAnchorElement>(el, '[part~="error-summary"] a').map(questionOf)) {
        const input = byId(el, `q-${q}`) ?? byId(el, `q-${q}-0`)!;
        if (input.type === 'radio' || input.type === 'checkbox') await click(el, q, input.value);
        else if (input.localName === 'select') await select(el, q, 'often');
        else if (input.inputMode === 'numeric') await type(el, `q-${q}`, '5');
        else if (byId(el, `q-${q}-day`)) await typeDate(el, q, '2020-01-01');
        else await type(el, `q-${q}`, 'x');
      }
      await press(el, 'continue-button');
      await el.updateComplete;
      expect(text(part(el, 'progress'))).to.contain('Page 2 of 10');
      expect(focused(el)?.id).to.equal('progress-text');
      expect(text(part(el, 'section-heading'))).to.equal('Section 2: Your medical history');
      await press(el, 'back-button');
      expect(text(part(el, 'progress'))).to.contain('Page 1 of 10');
      expect(byId(el, 'q-8002')!.value).to.equal('5');
    });

    it('ends with check your answers, where Change goes to the field and Continue returns to the review', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID, pageSize: 5 });
      for (let page = 0; page < 4; page++) {
        await fillPage(el);
        await press(el, 'continue-button');
      }
      expect(part(el, 'review')).to.exist;
      expect(focused(el)?.id).to.equal('review-title');
      const review = part(el, 'review')!;
      const rows = [...review.querySelectorAll('[part~="summary-row"]')].map((row) => [
        text(row.querySelector('dt')),
        text(row.querySelector('dd')),
      ]);
      expect(rows).to.deep.include(['Do you smoke?', 'Yes, I smoke']);
      expect(rows).to.deep.include(['Date of your last blood test', '9 March 2024']);
      expect(rows).to.deep.include(['Height', '172 cm']);
      expect(rows).to.deep.include(['Do you use an asthma inhaler?', 'Yes']);
      expect(rows).to.deep.include([newPatientForm.fields[16]!.name, 'Agreed']);
      const change = [...review.querySelectorAll<HTMLAnchorElement>('[part~="summary-action"]')].find((a) => text(a) === 'Change Height')!;
      expect(change).to.exist;
      change.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('q-7013');
      await type(el, 'q-7013', '180');
      await press(el, 'continue-button');
      expect(part(el, 'review')).to.exist;
      expect(text(part(el, 'review'))).to.contain('180 cm');
      await press(el, 'submit-button');
      await waitUntil(() => part(el, 'confirmation'));
    });

    it('keeps a short form on one page without a review', async () => {
      const el = await loaded({ formId: SHORT_FORM_ID });
      await type(el, 'q-7101', 'Headaches');
      await click(el, '7102', 'lt_1w');
      await press(el, 'submit-button');
      await waitUntil(() => part(el, 'confirmation'));
      expect(part(el, 'review')).to.equal(null);
    });
  });

  describe('drafts and submit', () => {
    it('sends every type’s answer as the contract says, fires hero-form-submit, and shows the confirmation', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      await fillAllTypes(el);
      const submitted = oneEvent(el, 'hero-form-submit');
      await press(el, 'continue-button');
      await press(el, 'submit-button');
      const event = await submitted;
      const request = requestsTo(`/v1/forms/${ALL_FIELD_TYPES_FORM_ID}/response`);
      expect(request).to.have.length(1);
      const body = await bodyOf(request[0]);
      expect(body.status).to.equal('submitted');
      expect(body.answers).to.deep.equal(ALL_TYPES_ANSWERS);
      expect(event.detail.form_id).to.equal(ALL_FIELD_TYPES_FORM_ID);
      expect(event.detail.response_id).to.match(/^\d+$/);
      expect(event.detail.answers).to.deep.equal(ALL_TYPES_ANSWERS);
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      const panel = part(el, 'confirmation')!;
      expect(focused(el)).to.equal(panel);
      expect(text(panel)).to.contain(newPatientForm.confirmation_message!);
    });

    it('sends once however often Submit is pressed', async () => {
      worker.use(
        http.post('*/v1/forms/:id/response', async () => {
          await delay(300);
          return HttpResponse.json({ id: '9700', form_id: SHORT_FORM_ID, created_at: '2025-01-01T00:00:00Z' });
        }),
      );
      const el = await loaded({ formId: SHORT_FORM_ID });
      await type(el, 'q-7101', 'Headaches');
      await click(el, '7102', 'lt_1w');
      const events: Event[] = [];
      el.addEventListener('hero-form-submit', (e) => events.push(e));
      const button = part(el, 'submit-button')!;
      button.click();
      button.click();
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      await el.updateComplete;
      expect(text(part(el, 'status'))).to.equal('Sending your answers…');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      button.click();
      await waitUntil(() => part(el, 'confirmation'));
      expect(posts()).to.have.length(1);
      expect(events).to.have.length(1);
    });

    it('keeps the answers when submitting fails, and sends them on retry', async () => {
      worker.use(http.post('*/v1/forms/:id/response', () => new HttpResponse(null, { status: 503 }), { once: true }));
      const el = await loaded({ formId: SHORT_FORM_ID });
      await type(el, 'q-7101', 'Headaches');
      await click(el, '7102', 'lt_1w');
      const failed = oneEvent(el, 'hero-error');
      await press(el, 'submit-button');
      expect((await failed).detail.code).to.equal('server');
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.contain('could not be sent');
      expect(byId(el, 'q-7101')!.value).to.equal('Headaches');
      expect(byId(el, 'q-7102-0')!.checked).to.equal(true);
      const submitted = oneEvent(el, 'hero-form-submit');
      await press(el, 'retry-button');
      await submitted;
      expect(posts()).to.have.length(2);
      expect((await bodyOf(posts()[1])).answers).to.deep.equal([
        { form_question_id: '7101', value: 'Headaches' },
        { form_question_id: '7102', value: 'lt_1w' },
      ]);
    });

    it('keeps the answers through a token refresh', async () => {
      worker.use(http.post('*/v1/forms/:id/response', () => new HttpResponse(null, { status: 401 }), { once: true }));
      const el = await loaded({ formId: SHORT_FORM_ID });
      await type(el, 'q-7101', 'Headaches');
      await click(el, '7102', 'lt_1w');
      const submitted = oneEvent(el, 'hero-form-submit');
      await press(el, 'submit-button');
      expect((await submitted).detail.answers).to.have.length(2);
      expect(requestsTo('/api/hero-token')).to.have.length(2);
    });

    it('saves a draft, then updates it, firing hero-form-draft each time, and submits the same response', async () => {
      const el = await loaded({ formId: SHORT_FORM_ID });
      await type(el, 'q-7101', 'Headaches');
      const draft = oneEvent(el, 'hero-form-draft');
      await press(el, 'draft-button');
      const first = await draft;
      const id = first.detail.response_id;
      expect(first.detail).to.deep.equal({ form_id: SHORT_FORM_ID, response_id: id });
      const created = await bodyOf(requestsTo(`/v1/forms/${SHORT_FORM_ID}/response`)[0]);
      expect(created).to.deep.equal({ answers: [{ form_question_id: '7101', value: 'Headaches' }], status: 'draft' });
      await el.updateComplete;
      expect(text(part(el, 'draft-saved'))).to.contain('Your answers have been saved');
      expect(focused(el)).to.equal(part(el, 'draft-saved'));
      await click(el, '7102', 'lt_1w');
      expect(part(el, 'draft-saved')).to.equal(null);
      const again = oneEvent(el, 'hero-form-draft');
      await press(el, 'draft-button');
      expect((await again).detail.response_id).to.equal(id);
      expect(requestsTo(`/v1/forms/response/${id}`)).to.have.length(1);
      await press(el, 'submit-button');
      await waitUntil(() => part(el, 'confirmation'));
      expect(requestsTo(`/v1/forms/response/${id}`)).to.have.length(2);
      expect((await bodyOf(requestsTo(`/v1/forms/response/${id}`)[1])).status).to.equal('submitted');
      expect(requestsTo(`/v1/forms/${SHORT_FORM_ID}/response`)).to.have.length(1);
    });

    it('does not save a draft with an answer that cannot be stored, but allows empty required ones', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      await type(el, 'q-7013', 'tall');
      await press(el, 'draft-button');
      expect(posts()).to.have.length(0);
      expect(summaryLinks(el)).to.deep.equal(['Height must be a whole number']);
      await type(el, 'q-7013', '170');
      await press(el, 'draft-button');
      await waitUntil(() => part(el, 'draft-saved'));
      expect((await bodyOf(posts()[0])).answers).to.deep.equal([
        { form_question_id: '7013', value: 170 },
        { form_question_id: '7017', value: false },
      ]);
    });

    it('shows the confirmation message as text with its line breaks', async () => {
      serveForm({
        ...newPatientForm,
        confirmation_message: 'Thank you.\nWe will call you.',
        fields: [field({ form_question_id: '1', name: 'Name', type: 'string' })],
      });
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      await press(el, 'submit-button');
      await waitUntil(() => part(el, 'confirmation'));
      const message = part(el, 'confirmation')!.querySelector('p')!;
      expect(message.textContent).to.equal('Thank you.\nWe will call you.');
      expect(getComputedStyle(message).whiteSpace).to.equal('pre-line');
    });
  });

  describe('safe rendering', () => {
    const attacks = [
      '<img src=x onerror="window.__xss=1">',
      '<script>window.__xss=1</script>',
      'javascript:window.__xss=1',
      '"><svg onload="window.__xss=1">',
      '<a href="javascript:alert(1)">link</a>',
    ];

    for (const attack of attacks) {
      it(`shows ${attack} as text in every text slot of the form`, async () => {
        const slot = (name: string) => `${name} ${attack}`;
        const form: Form = {
          ...newPatientForm,
          title: slot('title'),
          description: slot('description'),
          patient_title: slot('patient title'),
          patient_description: slot('patient description'),
          confirmation_message: slot('confirmation'),
          fields: [
            field({ form_question_id: '1', name: slot('paragraph'), type: 'paragraph' }),
            field({ form_question_id: '2', name: slot('string label'), type: 'string', description: slot('string hint') }),
            field({
              form_question_id: '3',
              name: slot('radio label'),
              type: 'radio',
              description: slot('radio hint'),
              options: [{ label: slot('radio option'), value: attack }],
            }),
            field({
              form_question_id: '4',
              name: slot('dropdown label'),
              type: 'dropdown',
              options: [{ label: slot('dropdown option'), value: attack }],
            }),
            field({
              form_question_id: '5',
              name: slot('checkbox label'),
              type: 'checkboxes',
              options: [{ label: slot('checkbox option'), value: attack }],
            }),
            field({ form_question_id: '6', name: slot('integer label'), type: 'integer', unit: slot('unit'), required: true }),
            field({ form_question_id: '7', name: slot('consent label'), type: 'consent', description: slot('consent hint') }),
            field({ form_question_id: '8', name: slot('date label'), type: 'datepicker', description: slot('date hint') }),
          ],
        };
        serveForm(form);
        (window as unknown as { __xss?: number }).__xss = undefined;
        const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID, pageSize: 4 });
        const dangerous = 'img, script, svg, a[href^="javascript"], iframe, object';
        const check = async () => {
          await el.updateComplete;
          expect($$(el, dangerous)).to.have.length(0);
          expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
        };
        const shown = el.shadowRoot!.textContent!;
        for (const name of [
          'patient title',
          'patient description',
          'paragraph',
          'string label',
          'string hint',
          'radio label',
          'radio hint',
          'radio option',
          'dropdown option',
          'checkbox option',
          'checkbox label',
          'dropdown label',
        ]) {
          expect(shown, name).to.contain(slot(name));
        }
        await check();
        // Choices whose values are the attack strings too.
        await click(el, '3', attack);
        await select(el, '4', attack);
        await click(el, '5', attack);
        await check();
        await press(el, 'continue-button');
        for (const name of ['unit', 'consent label', 'consent hint', 'date label', 'date hint', 'integer label']) {
          expect(el.shadowRoot!.textContent, name).to.contain(slot(name));
        }
        // An error message quotes the label.
        await press(el, 'continue-button');
        expect(text(part(el, 'error-summary'))).to.contain(slot('integer label'));
        await check();
        await type(el, 'q-6', '5');
        await press(el, 'continue-button');
        expect(part(el, 'review')).to.exist;
        for (const name of ['radio option', 'dropdown option', 'checkbox option', 'string label', 'consent label']) {
          expect(part(el, 'review')!.textContent, name).to.contain(slot(name));
        }
        await check();
        await press(el, 'submit-button');
        await waitUntil(() => part(el, 'confirmation'));
        expect(text(part(el, 'confirmation'))).to.contain(slot('confirmation'));
        await check();
      });
    }
  });

  describe('form participation', () => {
    it('contributes its answers to a host form, with validity mirroring its own', async () => {
      const host = await fixture<HTMLFormElement>(html`<form>
        <input name="other" value="1" />
        <hero-form-renderer tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token" form-id=${ALL_FIELD_TYPES_FORM_ID}></hero-form-renderer>
      </form>`);
      const el = host.querySelector('hero-form-renderer')!;
      await settled(el);
      expect(el.form).to.equal(host);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Select if you smoke');
      expect(host.checkValidity()).to.equal(false);
      await fillAllTypes(el);
      expect(el.validity.valid).to.equal(true);
      expect(host.checkValidity()).to.equal(true);
      const data = new FormData(host);
      expect(data.get('other')).to.equal('1');
      expect(data.get('7002')).to.equal('Sam');
      expect(data.get('7003')).to.equal('2024-03-09');
      expect(data.get('7005')).to.equal('10');
      expect(data.getAll('7007')).to.deep.equal(['asthma', 'hypertension']);
      expect(data.get('7009')).to.equal('false');
      expect(data.get('7017')).to.equal('true');
      await type(el, 'q-7013', '17.5');
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('Height must be a whole number');
      expect(new FormData(host).get('7013')).to.equal(null);
    });

    it('shows its problems when the host form is submitted invalid', async () => {
      const host = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
        <hero-form-renderer tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token" form-id=${SHORT_FORM_ID}></hero-form-renderer>
        <button>Send</button>
      </form>`);
      const el = host.querySelector('hero-form-renderer')!;
      await settled(el);
      expect(host.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(summaryLinks(el)).to.have.length(2);
    });

    it('links its summary to questions on other pages after the host form finds it invalid', async () => {
      const host = await fixture<HTMLFormElement>(html`<form>
        <hero-form-renderer tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token" form-id=${ALL_FIELD_TYPES_FORM_ID} page-size="5"></hero-form-renderer>
      </form>`);
      const el = host.querySelector('hero-form-renderer')!;
      await settled(el);
      expect(host.reportValidity()).to.equal(false);
      await el.updateComplete;
      const links = $$<HTMLAnchorElement>(el, '[part~="error-summary"] a');
      expect(links.at(-1)!.getAttribute('href')).to.equal('#q-7017-0');
      expect(byId(el, 'q-7017-0')).to.equal(null); // the consent is on a later page
      links.at(-1)!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('q-7017-0');
    });

    it('goes back to the loaded answers on form reset, and is disabled with its fieldset', async () => {
      const host = await fixture<HTMLFormElement>(html`<form><fieldset>
        <hero-form-renderer tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token" form-id=${SHORT_FORM_ID} response-id=${SEEDED_DRAFT_RESPONSE_ID}></hero-form-renderer>
      </fieldset></form>`);
      const el = host.querySelector('hero-form-renderer')!;
      await settled(el);
      await type(el, 'q-7101', 'Changed');
      await click(el, '7102', 'lt_1w');
      host.reset();
      await el.updateComplete;
      expect(byId(el, 'q-7101')!.value).to.equal('A rash on my arm that is not getting better.');
      expect(byId(el, 'q-7102-0')!.checked).to.equal(false);
      host.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect(byId(el, 'q-7101')!.disabled).to.equal(true);
      expect(part(el, 'submit-button')!.hasAttribute('disabled')).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('can be filled in and submitted with the keyboard alone', async () => {
      const el = await loaded({ formId: SHORT_FORM_ID });
      byId(el, 'q-7101')!.focus();
      await sendKeys({ type: 'Sore throat' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id).to.equal('q-7102-0');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)?.id).to.equal('q-7102-1');
      await sendKeys({ press: 'Tab' }); // Yes/No
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(part(el, 'submit-button'));
      const submitted = oneEvent(el, 'hero-form-submit');
      await sendKeys({ press: 'Enter' });
      expect((await submitted).detail.answers).to.deep.equal([
        { form_question_id: '7101', value: 'Sore throat' },
        { form_question_id: '7102', value: '1_4w' },
        { form_question_id: '7103', value: true },
      ]);
    });

    it('continues with Enter in a text field, and the error summary takes focus', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID, pageSize: 5 });
      byId(el, 'q-7002')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)).to.equal(part(el, 'error-summary'));
      await sendKeys({ press: 'Tab' });
      expect(text(focused(el))).to.equal('Select if you smoke');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('q-7004-0');
    });
  });

  describe('events', () => {
    it('fires hero-ready once the form has rendered', async () => {
      const ready = oneEvent(document, 'hero-ready');
      const el = await fixture<HeroFormRenderer>(renderer({ formId: SHORT_FORM_ID }));
      expect((await ready).target).to.equal(el);
      expect(part(el, 'submit-button')).to.exist;
    });

    it('fires nothing of its own when code sets properties', async () => {
      const fired: string[] = [];
      const listen = (e: Event) => fired.push(e.type);
      for (const type of ['hero-form-submit', 'hero-form-draft', 'change']) document.addEventListener(type, listen);
      try {
        const el = await loaded({ formId: SHORT_FORM_ID });
        el.responseId = SEEDED_DRAFT_RESPONSE_ID;
        await settled(el);
        await waitUntil(() => byId(el, 'q-7101')?.value !== '');
        el.pageSize = 1;
        el.patientId = '401';
        el.disabled = true;
        el.disabled = false;
        el.formId = REPLY_FORM_ID;
        await settled(el);
        await waitUntil(() => text(part(el, 'title')) === 'How are your symptoms?');
        expect(fired).to.deep.equal([]);
      } finally {
        for (const type of ['hero-form-submit', 'hero-form-draft', 'change']) document.removeEventListener(type, listen);
      }
    });

    it('fires change when the user changes an answer', async () => {
      const el = await loaded({ formId: SHORT_FORM_ID });
      const change = oneEvent(el, 'change');
      byId(el, 'q-7102-0')!.click();
      expect((await change).target).to.equal(el);
    });
  });

  describe('theming and layout', () => {
    it('takes its colours from --hero-form-renderer-* properties and exposes parts', async () => {
      const el = await loaded({ formId: SHORT_FORM_ID });
      el.style.setProperty('--hero-form-renderer-error-color', 'rgb(1, 2, 3)');
      await press(el, 'submit-button');
      expect(getComputedStyle(part(el, 'error-summary')!).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(byId(el, 'q-7101-error')!).color).to.equal('rgb(1, 2, 3)');
      const style = document.createElement('style');
      style.textContent = 'hero-form-renderer::part(label) { letter-spacing: 3px; }';
      document.head.append(style);
      try {
        expect(getComputedStyle($(el, 'label[for="q-7101"]')!).letterSpacing).to.equal('3px');
      } finally {
        style.remove();
      }
    });

    it('fits 320 px without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
        await click(el, '7004', 'current');
        await press(el, 'continue-button');
        expect(el.scrollWidth).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const control of $$(el, '.input, button')) {
          expect(control.getBoundingClientRect().right, control.id || control.className).to.be.at.most(320);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('reflows with text at 200% in a 640 px window (200% zoom of 1280 px)', async () => {
      await setViewport({ width: 640, height: 600 });
      document.documentElement.style.fontSize = '200%';
      try {
        const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID, pageSize: 5 });
        await press(el, 'continue-button');
        expect(document.documentElement.scrollWidth).to.be.at.most(640);
        for (const control of $$(el, '.input, button, label, legend')) {
          expect(control.getBoundingClientRect().right, control.id || control.textContent!).to.be.at.most(640);
        }
      } finally {
        document.documentElement.style.fontSize = '';
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});

/** Answers every shown question on the current page of form 601 with a valid value. */
async function fillPage(el: HeroFormRenderer): Promise<void> {
  const values: Record<string, () => Promise<void>> = {
    '7002': () => type(el, 'q-7002', 'Sam'),
    '7003': () => typeDate(el, '7003', '2024-03-09'),
    '7004': () => click(el, '7004', 'current'),
    '7005': () => type(el, 'q-7005', '10'),
    '7006': () => select(el, '7006', '1-7'),
    '7007': () => click(el, '7007', 'asthma'),
    '7008': () => click(el, '7008', 'true'),
    '7010': () => click(el, '7010', 'true'),
    '7011': () => type(el, 'q-7011', '120'),
    '7012': () => type(el, 'q-7012', '80'),
    '7013': () => type(el, 'q-7013', '172'),
    '7014': () => type(el, 'q-7014', '70'),
    '7015': () => type(el, 'q-7015', '24'),
    '7016': () => type(el, 'q-7016', 'Nothing'),
    '7017': () => click(el, '7017'),
  };
  for (const [q, fill] of Object.entries(values)) {
    if (byId(el, `q-${q}`) ?? byId(el, `q-${q}-0`) ?? byId(el, `q-${q}-day`)) await fill();
  }
  // 7005 appears once 7004 is answered on the same page.
  if (byId(el, 'q-7005') && !byId(el, 'q-7005')!.value) await type(el, 'q-7005', '10');
}
