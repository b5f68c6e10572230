/**
 * The form renderer's clinical safety and NHS assessment behaviour: answers bound to the form,
 * patient and appointment they were typed for; saves and sends whose outcome is unknown; the
 * "(optional)" marking, Check your answers, reveals under their trigger, sections as headings,
 * wrapping at 320 px, and focus after "Try again".
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import {
  ALL_FIELD_TYPES_FORM_ID,
  field,
  LONG_FORM_ID,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  mockDb,
  newPatientForm,
  REPLY_FORM_ID,
  SEEDED_DRAFT_RESPONSE_ID,
  SHORT_FORM_ID,
} from '../../../mock/index.js';
import type { Form, FormResponseRequest } from '../../../src/api/types.js';
import type { HeroFormRenderer } from '../../../src/components/form-renderer/hero-form-renderer.js';
import { requestsTo, seen, useMockApi, worker } from '../../support/mock-api.js';
import { $, $$, byId, click, focused, loaded, part, press, settled, text, type } from './support.js';

const bodyOf = async (request: Request | undefined) => (await request!.clone().json()) as FormResponseRequest;
const posts = () => seen.filter((r) => r.method === 'POST' && /\/v1\/forms\//.test(new URL(r.url).pathname));

/** A request handler that waits until `release()` before answering as `answer` does. */
function held<T>(answer: () => T | Promise<T>) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { release: () => release(), handler: async () => (await gate, answer()) };
}

/** The short form (602), filled in validly. */
async function fillShort(el: HeroFormRenderer, words = 'Headaches'): Promise<void> {
  await type(el, 'q-7101', words);
  await click(el, '7102', 'lt_1w');
}

async function withPatient(patientId: string, formId = SHORT_FORM_ID): Promise<HeroFormRenderer> {
  const el = await fixture<HeroFormRenderer>(html`<hero-form-renderer
    tenant-id=${MOCK_PRACTICE_GROUP_ID}
    base-url=${MOCK_BASE_URL}
    token-url="/api/hero-token"
    form-id=${formId}
    patient-id=${patientId}
  ></hero-form-renderer>`);
  await settled(el);
  return el;
}

describe('hero-form-renderer: safety', () => {
  useMockApi();

  describe('bound to the form, patient and appointment it started with', () => {
    it('clears what was typed for patient A when patient-id becomes B, says so, and never sends A’s answers for B', async () => {
      const el = await withPatient('401');
      await fillShort(el, 'Chest pain for patient A');
      el.patientId = '402';
      await el.updateComplete;
      expect(text(part(el, 'cleared'))).to.contain('answers you typed were cleared');
      expect(byId(el, 'q-7101')!.value).to.equal('');
      expect(byId(el, 'q-7102-0')!.checked).to.equal(false);
      expect(el.answers).to.deep.equal([]);
      await expect(el).to.be.accessible();
      // Submit now: nothing of A's, so the required questions stop it, and nothing is sent.
      await press(el, 'submit-button');
      expect(part(el, 'error-summary')).to.exist;
      expect(posts()).to.have.length(0);
      // B's own answers go with B's id.
      await fillShort(el, 'Rash for patient B');
      expect(part(el, 'cleared') === null, `part(el, 'cleared')`).to.equal(true);
      await press(el, 'submit-button');
      await waitUntil(() => part(el, 'confirmation'));
      const body = await bodyOf(posts()[0]);
      expect(body.patient_id).to.equal('402');
      expect(JSON.stringify(body)).not.to.contain('patient A');
    });

    it('says nothing was cleared when nothing was typed, and starts the new appointment afresh', async () => {
      const el = await withPatient('401');
      el.appointmentId = '9001';
      await el.updateComplete;
      expect(part(el, 'cleared') === null, `part(el, 'cleared')`).to.equal(true);
      await fillShort(el);
      el.appointmentId = '9002';
      await el.updateComplete;
      expect(part(el, 'cleared')).to.exist;
    });

    it('lets a draft save in flight finish for form A when form-id changes, without the new form claiming it', async () => {
      const save = held(() => HttpResponse.json({ id: '9700', form_id: SHORT_FORM_ID, created_at: '2025-01-01T00:00:00Z' }));
      worker.use(http.post(`*/v1/forms/${SHORT_FORM_ID}/response`, save.handler));
      const el = await withPatient('401');
      await fillShort(el, 'Answers for form A');
      const drafts: CustomEvent[] = [];
      el.addEventListener('hero-form-draft', (e) => drafts.push(e));
      await press(el, 'draft-button');
      await waitUntil(() => requestsTo(`/v1/forms/${SHORT_FORM_ID}/response`).length === 1);
      el.formId = REPLY_FORM_ID;
      await waitUntil(() => text(part(el, 'title')) === 'How are your symptoms?', 'form B shown', { timeout: 8000 });
      save.release();
      await waitUntil(() => drafts.length === 1, 'form A’s draft saved');
      await el.updateComplete;
      // Form A's answers went to form A, and the event names form A's draft.
      expect((await bodyOf(requestsTo(`/v1/forms/${SHORT_FORM_ID}/response`)[0])).answers[0]!.value).to.equal('Answers for form A');
      expect(drafts[0]!.detail).to.deep.equal({ form_id: SHORT_FORM_ID, response_id: '9700' });
      // Form B's view does not claim it: no "saved" notice, not busy, and its own draft is a new response of form B.
      expect(part(el, 'draft-saved') === null, `part(el, 'draft-saved')`).to.equal(true);
      expect(text(part(el, 'status'))).to.equal('');
      await click(el, '7201', 'same');
      await press(el, 'draft-button');
      await waitUntil(() => drafts.length === 2);
      expect(requestsTo(`/v1/forms/${REPLY_FORM_ID}/response`)).to.have.length(1);
      expect(requestsTo('/v1/forms/response/9700')).to.have.length(0);
      expect((await bodyOf(requestsTo(`/v1/forms/${REPLY_FORM_ID}/response`)[0])).answers).to.deep.equal([
        { form_question_id: '7201', value: 'same' },
      ]);
    });

    it('lets a submit in flight finish for patient A when patient-id changes, and shows B’s form, not A’s confirmation', async () => {
      const send = held(() => HttpResponse.json({ id: '9701', form_id: SHORT_FORM_ID, created_at: '2025-01-01T00:00:00Z' }));
      worker.use(http.post(`*/v1/forms/${SHORT_FORM_ID}/response`, send.handler));
      const el = await withPatient('401');
      await fillShort(el);
      const submitted = oneEvent(el, 'hero-form-submit');
      await press(el, 'submit-button');
      await waitUntil(() => posts().length === 1);
      el.patientId = '402';
      await el.updateComplete;
      send.release();
      await submitted;
      await el.updateComplete;
      expect((await bodyOf(posts()[0])).patient_id).to.equal('401');
      expect(part(el, 'confirmation') === null, `part(el, 'confirmation')`).to.equal(true);
      expect(part(el, 'submit-button')!.getAttribute('aria-disabled')).to.equal('false');
      expect(byId(el, 'q-7101')!.value).to.equal('');
    });

    it('clears what was typed when the configuration changes to another practice group', async () => {
      const el = await withPatient('401');
      await fillShort(el, 'Typed under practice group 1001');
      expect(el.answers).to.have.length(2);
      el.setAttribute('tenant-id', '1002');
      await waitUntil(() => el.answers.length === 0, 'the answers typed under the old configuration cleared');
      await el.updateComplete;
      expect(byId(el, 'q-7101')?.value ?? '').to.equal('');
      expect(posts()).to.have.length(0);
    });

    it('never opens another patient’s draft', async () => {
      const el = await fixture<HeroFormRenderer>(html`<hero-form-renderer
        tenant-id=${MOCK_PRACTICE_GROUP_ID}
        base-url=${MOCK_BASE_URL}
        token-url="/api/hero-token"
        form-id=${SHORT_FORM_ID}
        response-id=${SEEDED_DRAFT_RESPONSE_ID}
        patient-id="402"
      ></hero-form-renderer>`);
      const failed = oneEvent(el, 'hero-error');
      await settled(el);
      const detail = (await failed).detail;
      expect(detail.code).to.equal('not_found');
      expect(JSON.stringify(detail)).not.to.contain('401');
      expect(byId(el, 'q-7101') === null, 'no question of the draft shown').to.equal(true);
      expect(el.shadowRoot!.textContent).not.to.contain('A rash on my arm');
      // Its own patient opens it.
      el.patientId = '401';
      await waitUntil(
        () => byId(el, 'q-7101')?.value === 'A rash on my arm that is not getting better.',
        'the draft opened for its patient',
        { timeout: 8000 },
      );
    });

    it('keeps the answers when the host stores the draft id it was given as response-id', async () => {
      const el = await withPatient('401');
      await fillShort(el);
      const draft = oneEvent(el, 'hero-form-draft');
      await press(el, 'draft-button');
      el.responseId = (await draft).detail.response_id;
      await settled(el);
      await waitUntil(() => requestsTo(/form_submission_response/).length === 1);
      await el.updateComplete;
      expect(part(el, 'cleared') === null, `part(el, 'cleared')`).to.equal(true);
      expect(byId(el, 'q-7101')!.value).to.equal('Headaches');
    });
  });

  describe('a save or send whose outcome is unknown', () => {
    it('never re-sends a submit that timed out at the gateway (504), says it may have gone through, and offers a worded second attempt', async () => {
      worker.use(http.post('*/v1/forms/:id/response', () => new HttpResponse(null, { status: 504 }), { once: true }));
      const el = await loaded({ formId: SHORT_FORM_ID });
      await fillShort(el);
      const failed = oneEvent(el, 'hero-error');
      await press(el, 'submit-button');
      await failed;
      await el.updateComplete;
      expect(posts()).to.have.length(1);
      const alert = part(el, 'outcome-unknown')!;
      expect(text(alert)).to.contain('Your answers may have been sent');
      expect(text(alert)).to.contain('Contact the practice to check');
      const again = part(el, 'retry-button')!;
      expect(text(again)).to.equal('Send my answers again');
      await expect(el).to.be.accessible();
      const submitted = oneEvent(el, 'hero-form-submit');
      again.click();
      await submitted;
      expect(posts()).to.have.length(2);
      await el.updateComplete;
      expect(focused(el) === part(el, 'confirmation'), 'focus on the confirmation').to.equal(true);
    });

    it('treats a dropped connection on a first draft save as unknown, never as a plain failure', async () => {
      worker.use(http.post('*/v1/forms/:id/response', () => HttpResponse.error(), { once: true }));
      const el = await loaded({ formId: SHORT_FORM_ID });
      await type(el, 'q-7101', 'Headaches');
      const failed = oneEvent(el, 'hero-error');
      await press(el, 'draft-button');
      expect((await failed).detail.code).to.equal('network');
      await el.updateComplete;
      expect(posts()).to.have.length(1);
      expect(text(part(el, 'outcome-unknown'))).to.contain('Your answers may have been saved');
      expect(text(part(el, 'retry-button'))).to.equal('Save my answers again');
    });

    it('reads a saved draft back: the save went through, so it says saved', async () => {
      const el = await loaded({ formId: SHORT_FORM_ID });
      await type(el, 'q-7101', 'Headaches');
      const first = oneEvent(el, 'hero-form-draft');
      await press(el, 'draft-button');
      const id = (await first).detail.response_id;
      // The second save is carried out, but the answer is lost on the way back.
      worker.use(
        http.post('*/v1/forms/response/:id', async ({ request, params }) => {
          const body = (await request.json()) as FormResponseRequest;
          mockDb.formResponses.get(String(params['id']))!.answers = body.answers;
          return new HttpResponse(null, { status: 504 });
        }),
      );
      await click(el, '7102', 'lt_1w');
      const second = oneEvent(el, 'hero-form-draft');
      await press(el, 'draft-button');
      expect((await second).detail.response_id).to.equal(id);
      await waitUntil(() => part(el, 'draft-saved'));
      expect(requestsTo(`/v1/form_submission_response/${id}`)).to.have.length(1);
      expect(requestsTo(`/v1/forms/response/${id}`)).to.have.length(1);
      expect(part(el, 'error') === null, `part(el, 'error')`).to.equal(true);
    });

    it('cannot tell from a read back whether a submit went through: says so, and a second attempt is refused as already sent', async () => {
      const el = await loaded({ formId: SHORT_FORM_ID });
      await fillShort(el);
      const draft = oneEvent(el, 'hero-form-draft');
      await press(el, 'draft-button');
      const id = (await draft).detail.response_id;
      // The submit is carried out, but the answer is lost on the way back.
      worker.use(
        http.post(
          '*/v1/forms/response/:id',
          async ({ request, params }) => {
            const body = (await request.json()) as FormResponseRequest;
            Object.assign(mockDb.formResponses.get(String(params['id']))!, { answers: body.answers, status: 'submitted' });
            return new HttpResponse(null, { status: 504 });
          },
          { once: true },
        ),
      );
      await press(el, 'submit-button');
      await waitUntil(() => part(el, 'outcome-unknown'), 'may have been sent');
      expect(requestsTo(`/v1/form_submission_response/${id}`)).to.have.length(1);
      expect(requestsTo(`/v1/forms/response/${id}`)).to.have.length(1); // the submit, and nothing more by itself
      expect(text(part(el, 'outcome-unknown'))).to.contain('may have been sent');
      const failed = oneEvent(el, 'hero-error');
      await press(el, 'retry-button');
      expect((await failed).detail.code).to.equal('conflict');
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.contain('These answers have already been sent.');
      expect(part(el, 'retry-button') === null, 'no third attempt offered').to.equal(true);
    });

    it('reads a saved draft back: the save did not go through, so a plain Try again is safe', async () => {
      const el = await loaded({ formId: SHORT_FORM_ID });
      await type(el, 'q-7101', 'Headaches');
      const first = oneEvent(el, 'hero-form-draft');
      await press(el, 'draft-button');
      const id = (await first).detail.response_id;
      worker.use(http.post('*/v1/forms/response/:id', () => new HttpResponse(null, { status: 502 }), { once: true }));
      await click(el, '7102', 'lt_1w');
      const failed = oneEvent(el, 'hero-error');
      await press(el, 'draft-button');
      await failed;
      await waitUntil(() => part(el, 'retry-button'));
      expect(requestsTo(`/v1/form_submission_response/${id}`)).to.have.length(1);
      expect(part(el, 'outcome-unknown') === null, `part(el, 'outcome-unknown')`).to.equal(true);
      expect(text(part(el, 'error'))).to.contain('could not be saved');
      expect(text(part(el, 'retry-button'))).to.equal('Try again');
      expect(requestsTo(`/v1/forms/response/${id}`)).to.have.length(1);
    });
  });

  describe('loading', () => {
    for (const [name, body] of [
      ['null', null],
      ['a form without fields', { ...newPatientForm, fields: undefined }],
    ] as const) {
      it(`shows an error with a retry, never a spinner, for ${name}`, async () => {
        worker.use(http.get('*/v1/forms/:id', () => HttpResponse.json(body)));
        const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
        expect(part(el, 'retry-button')).to.exist;
        expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
        worker.resetHandlers();
        part(el, 'retry-button')!.focus();
        part(el, 'retry-button')!.click();
        await waitUntil(() => part(el, 'actions'));
        expect(document.activeElement === document.body, 'focus on <body>').to.equal(false);
      });
    }

    it('never leaves focus on <body> after "Try again"', async () => {
      worker.use(http.get('*/v1/forms/:id', () => new HttpResponse(null, { status: 500 })));
      const el = await loaded({ formId: SHORT_FORM_ID });
      part(el, 'retry-button')!.focus();
      part(el, 'retry-button')!.click();
      await waitUntil(() => part(el, 'retry-button'), 'failed again', { timeout: 8000 });
      await el.updateComplete;
      expect(document.activeElement === el, 'focus inside the element').to.equal(true);
      expect(focused(el) === null, 'nothing focused inside').to.equal(false);
    });

    it('escapes question ids in selectors and shows no NaN', async () => {
      const form: Form = {
        ...newPatientForm,
        fields: [field({ form_question_id: '1.5"x', name: 'Preferred name', type: 'string', required: true })],
      };
      const el = document.createElement('hero-form-renderer');
      el.schema = form;
      el.setAttribute('page-size', 'many');
      await fixture(html`<div>${el}</div>`);
      await settled(el);
      await press(el, 'submit-button');
      $$<HTMLAnchorElement>(el, '[part~="error-summary"] a')[0]!.click();
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('q-1.5"x');
      expect(el.shadowRoot!.textContent).not.to.contain('NaN');
    });
  });

  describe('NHS assessment', () => {
    it('marks optional questions, and ends with Check your answers with review', async () => {
      const el = await fixture<HeroFormRenderer>(html`<hero-form-renderer
        tenant-id=${MOCK_PRACTICE_GROUP_ID}
        base-url=${MOCK_BASE_URL}
        token-url="/api/hero-token"
        form-id=${SHORT_FORM_ID}
        review
      ></hero-form-renderer>`);
      await settled(el);
      expect(text($(el, 'label[for="q-7101"]'))).to.equal('What would you like to talk about?');
      expect(text(byId(el, 'q-7103-0')!.closest('fieldset')!.querySelector('legend'))).to.equal(
        'Would you prefer a telephone call back? (optional)',
      );
      await fillShort(el);
      await press(el, 'continue-button');
      expect(part(el, 'review')).to.exist;
      expect(focused(el)?.id).to.equal('review-title');
      await expect(el).to.be.accessible();
      const change = $$<HTMLAnchorElement>(el, '[part~="summary-action"]')[1]!;
      expect(text(change)).to.equal('Change How long have you had this problem?');
      change.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('q-7102-0');
      await press(el, 'continue-button');
      expect(part(el, 'review')).to.exist;
      await press(el, 'submit-button');
      await waitUntil(() => part(el, 'confirmation'));
      expect(posts()).to.have.length(1);
    });

    it('uses the form’s own error text for a missing answer when it gives one', async () => {
      const el = await loaded({ formId: SHORT_FORM_ID });
      await press(el, 'submit-button');
      expect(text(byId(el, 'q-7102-error'))).to.equal('Error: Select how long you have had these symptoms');
      expect($$(el, '[part~="error-summary"] a').map((a) => text(a))).to.deep.equal([
        'Enter what you would like to talk about',
        'Select how long you have had these symptoms',
      ]);
    });

    it('says which question a short error message is about in the error summary', async () => {
      const form: Form = {
        ...newPatientForm,
        fields: [field({ form_question_id: '1', name: 'How are your symptoms?', type: 'text', required: true })],
      };
      const el = document.createElement('hero-form-renderer');
      el.schema = form;
      await fixture(html`<div>${el}</div>`);
      await settled(el);
      await press(el, 'submit-button');
      expect(text(byId(el, 'q-1-error'))).to.equal('Error: Enter an answer');
      expect(text($(el, '[part~="error-summary"] a'))).to.equal('Enter an answer for ‘How are your symptoms?’');
    });

    it('reveals a conditional question directly under the option that shows it', async () => {
      const el = await loaded({ formId: ALL_FIELD_TYPES_FORM_ID });
      const smoker = byId(el, 'q-7004-0')!;
      expect(smoker.getAttribute('aria-controls')).to.equal('q-7004-0-reveal');
      expect(smoker.hasAttribute('aria-expanded')).to.equal(false); // not allowed on a radio
      await click(el, '7004', 'current');
      const panel = byId(el, 'q-7004-0-reveal')!;
      expect(panel.contains(byId(el, 'q-7005'))).to.equal(true);
      expect(smoker.closest('[part~="choice"]')!.nextElementSibling).to.equal(panel);
      const hypertension = $<HTMLInputElement>(el, 'input[id^="q-7007-"][value="hypertension"]')!;
      expect(hypertension.getAttribute('aria-expanded')).to.equal('false');
      await click(el, '7007', 'hypertension');
      expect(hypertension.getAttribute('aria-expanded')).to.equal('true');
      expect(byId(el, hypertension.getAttribute('aria-controls')!)!.contains(byId(el, 'q-7009-0'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('draws a section’s opening line as a heading one level below the title, and says "Page 1 of 10" in words', async () => {
      const el = await loaded({ formId: LONG_FORM_ID });
      expect(part(el, 'title')!.localName).to.equal('h2');
      expect(part(el, 'section-heading')!.localName).to.equal('h3');
      expect(text(part(el, 'progress'))).to.equal('Page 1 of 10');
      expect($(el, 'progress') === null, `$(el, 'progress')`).to.equal(true);
      el.headingLevel = 3;
      await el.updateComplete;
      expect(part(el, 'section-heading')!.localName).to.equal('h4');
    });

    it('wraps long unbreakable text from the API at 320 px', async () => {
      const url = `https://example.org/${'averyveryverylongpathsegment'.repeat(8)}`;
      const form: Form = {
        ...newPatientForm,
        patient_description: `Read ${url} first.`,
        fields: [
          field({ form_question_id: '1', name: url, type: 'paragraph' }),
          field({ form_question_id: '2', name: `Tell us about ${url}`, type: 'string', description: url, required: true }),
          field({ form_question_id: '3', name: 'Which?', type: 'radio', options: [{ label: url, value: 'a' }] }),
        ],
      };
      await setViewport({ width: 320, height: 640 });
      try {
        const el = document.createElement('hero-form-renderer');
        el.schema = form;
        await fixture(html`<div>${el}</div>`);
        await settled(el);
        await press(el, 'submit-button');
        expect(el.scrollWidth).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
