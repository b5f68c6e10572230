import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { HeroMessageComposer } from '../../../src/components/message-composer/hero-message-composer.js';
import type { MessageStatusDetail } from '../../../src/components/message-composer/message-composer.js';
import {
  ARCHIVED_PATIENT_ID,
  DECEASED_PATIENT_ID,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  NO_CONTACT_PATIENT_ID,
  RESTRICTED_PATIENT_ID,
  scenarios,
  templates,
} from '../../../mock/index.js';
import { requestsTo, useMockApi, worker } from '../../support/mock-api.js';
import { $, $$, activeId, click, OLIVIA, part, sentBodies, setField, text, toReview } from './support.js';

// ─── Helpers ───

const DEFAULT_DELAYS = HeroMessageComposer.pollDelays;

type Options = { patientId?: string | null; channels?: string; templateId?: string; practiceName?: string };

async function composer(options: Options = {}): Promise<HeroMessageComposer> {
  const patientId = options.patientId === undefined ? OLIVIA : options.patientId;
  const el = await fixture<HeroMessageComposer>(html`<hero-message-composer
    tenant-id=${MOCK_PRACTICE_GROUP_ID}
    base-url=${MOCK_BASE_URL}
    token-url="/api/hero-token"
    patient-id=${patientId ?? ''}
    channels=${options.channels ?? ''}
    template-id=${options.templateId ?? ''}
    practice-name=${options.practiceName ?? ''}
  ></hero-message-composer>`);
  return el;
}

/** A composer with the patient loaded and the form shown. */
async function ready(options: Options = {}): Promise<HeroMessageComposer> {
  const el = await composer(options);
  await waitUntil(() => $(el, '#text') ?? part(el, 'template-fields'), 'the form is shown', { timeout: 5000 });
  return el;
}

const announced = (el: HeroMessageComposer) => $(el, '[aria-live="polite"]')!.textContent!.trim();

/** Types a `YYYY-MM-DD` date into the send date's Day, Month and Year. */
async function setDate(el: HeroMessageComposer, iso: string) {
  const [year, month, day] = iso.split('-');
  await setField(el, 'send-date-day', String(Number(day)));
  await setField(el, 'send-date-month', String(Number(month)));
  await setField(el, 'send-date-year', year!);
}

async function choose(el: HeroMessageComposer, id: string, value: string) {
  await waitUntil(() => $(el, `#${id}`), `#${id} is shown`);
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function send(el: HeroMessageComposer) {
  await click(el, '[part~="send-button"]');
  await waitUntil(() => $(el, '#sent-heading'), 'the message is sent');
}

const errorSummary = (el: HeroMessageComposer) => text(el, '#error-summary');
/** The error summary's alert: its title, why a send failed (if it did) and the links. */
const problems = (el: HeroMessageComposer) => text(el, '#error-summary [role="alert"]');

describe('hero-message-composer', () => {
  useMockApi();
  afterEach(() => {
    HeroMessageComposer.pollDelays = DEFAULT_DELAYS;
  });

  // ─── Accessibility ───

  describe('accessibility', () => {
    it('is accessible while loading, with a busy indication', async () => {
      worker.use(...scenarios.loading);
      const el = await composer();
      await waitUntil(() => part(el, 'loading'));
      expect($(el, '.base')!.getAttribute('aria-busy')).to.equal('true');
      expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('is accessible composing a text message, with the counter and the UCS-2 warning', async () => {
      const el = await ready();
      await setField(el, 'text', 'It’s “fine” 👋');
      expect(part(el, 'encoding-warning') !== null).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('is accessible composing an email with every option open and the assignees loaded', async () => {
      const el = await ready();
      await click(el, 'input[name="channel"][value="email"]');
      await click(el, '#option-schedule-0');
      await click(el, '#option-record-0');
      await click(el, '#option-assign-0');
      await choose(el, 'fallback', 'sms');
      await waitUntil(() => $(el, '#assignee'), 'assignees loaded');
      await expect(el).to.be.accessible();
    });

    it('is accessible showing the error summary', async () => {
      const el = await ready();
      await click(el, '[part~="continue-button"]');
      await waitUntil(() => $(el, '#error-summary'));
      await expect(el).to.be.accessible();
    });

    it('is accessible on the review step and after sending', async () => {
      HeroMessageComposer.pollDelays = [5];
      const el = await ready();
      await setField(el, 'text', 'Your results are normal.');
      await toReview(el);
      await expect(el).to.be.accessible();
      await send(el);
      await waitUntil(() => text(el, '[part~="status"]').includes('Delivered'), 'delivered', { timeout: 5000 });
      await expect(el).to.be.accessible();
    });

    it('is accessible with no patient, a deceased patient, an archived patient and a load error', async () => {
      for (const patientId of [null, DECEASED_PATIENT_ID, ARCHIVED_PATIENT_ID]) {
        const el = await composer({ patientId });
        await waitUntil(
          () => part(el, patientId === ARCHIVED_PATIENT_ID ? 'archived' : patientId ? 'refusal' : 'empty'),
          `state for ${patientId}`,
        );
        await expect(el).to.be.accessible();
      }
      worker.use(...scenarios['server-error']);
      const el = await composer();
      await waitUntil(() => part(el, 'error'));
      await expect(el).to.be.accessible();
    });
  });

  // ─── Defaults ───

  describe('defaults', () => {
    it('is registered and offers every channel, text message first and chosen', async () => {
      const el = await ready();
      expect(el instanceof HeroMessageComposer).to.equal(true);
      expect($$(el, 'input[name="channel"]').map((r) => (r as HTMLInputElement).value)).to.deep.equal(['sms', 'email', 'nhs_app', 'hero']);
      expect($<HTMLInputElement>(el, 'input[name="channel"][value="sms"]')!.checked).to.equal(true);
    });

    it('addresses the message to the mobile number on the patient’s record', async () => {
      const el = await ready();
      expect($<HTMLInputElement>(el, '#recipient')!.value).to.equal('07700 900123');
      expect(text(el, '[part~="patient"] p')).to.equal('Mrs Olivia Bennett NHS number 999 000 0018');
      await click(el, 'input[name="channel"][value="email"]');
      expect($<HTMLInputElement>(el, '#recipient')!.value).to.equal('olivia.bennett@example.com');
    });

    it('says what to do when no patient is set, and asks the API nothing', async () => {
      const el = await composer({ patientId: null });
      await waitUntil(() => part(el, 'empty'));
      expect(text(el)).to.contain('No patient chosen');
      expect(requestsTo(/\/v1\//)).to.have.length(0);
    });
  });

  // ─── Attributes ───

  describe('attributes', () => {
    it('offers only the channels in `channels`, in that order', async () => {
      const el = await ready({ channels: 'email nhs_app bogus' });
      expect($$(el, 'input[name="channel"]').map((r) => (r as HTMLInputElement).value)).to.deep.equal(['email', 'nhs_app']);
      expect($<HTMLInputElement>(el, 'input[name="channel"][value="email"]')!.checked).to.equal(true);
      expect(text(el, '#email-subject-hint')).to.contain('set by your practice’s email template');
    });

    it('starts from `template-id`, filled from the record and `practice-name`', async () => {
      const el = await ready({ templateId: '502', practiceName: 'Millbrook Medical Practice' });
      await waitUntil(() => el.value !== '');
      // The template's fields replace the text area; the link is made when staff go to review.
      expect(el.value).to.equal(
        'Hi Olivia, you are eligible for a free NHS flu vaccination. Book at Millbrook Medical Practice: {{booking_link}}',
      );
      expect($<HTMLSelectElement>(el, '#template')!.value).to.equal('502');
      expect(part(el, 'template-fields')).to.exist;
      expect(text(el, '[part~="preview-message"]')).to.contain('Book at Millbrook Medical Practice');
      expect(text(el, '[part~="preview-message"]')).not.to.contain('{{');
    });

    it('takes extra placeholder values from `placeholderValues`', async () => {
      const el = await ready();
      el.placeholderValues = { appointment_date: 'Monday 3 March at 9:30am', practice_name: 'Millbrook' };
      await choose(el, 'template', '501');
      expect(el.value).to.contain('at Millbrook on Monday 3 March at 9:30am.');
      expect(part(el, 'placeholder') === null).to.equal(true);
    });
  });

  // ─── Data ───

  describe('data', () => {
    it('loads every page of templates, grouped by kind', async () => {
      const many = Array.from({ length: 130 }, (_, i) => ({ ...templates[0]!, id: String(1000 + i), name: `Template ${i}` }));
      worker.use(
        http.get('*/v1/templates', ({ request }) => {
          const url = new URL(request.url);
          const index = Number(url.searchParams.get('page_index') ?? 0);
          const size = Number(url.searchParams.get('page_size') ?? 20);
          return HttpResponse.json({ data: many.slice(index * size, index * size + size), count: many.length });
        }),
      );
      const el = await ready();
      await waitUntil(() => $(el, '#template'));
      expect($$(el, '#template option').length).to.equal(131);
      expect(requestsTo('/v1/templates').length).to.equal(2);
    });

    it('shows the SMS credit balance, and composes on when it cannot be had', async () => {
      let el = await ready();
      await waitUntil(() => part(el, 'credits'));
      expect(text(el, '[part~="credits"]')).to.equal('Your practice has 4,820 SMS credits.');
      worker.use(http.get('*/v1/me/sms-credits', () => HttpResponse.json({}, { status: 500 })));
      let reported = false;
      const listener = () => (reported = true);
      document.addEventListener('hero-error', listener);
      el = await ready({ patientId: '402' });
      await setField(el, 'text', 'Hello');
      await aTimeout(300);
      document.removeEventListener('hero-error', listener);
      expect(part(el, 'credits') === null).to.equal(true);
      expect(text(el, '[part~="counter"]')).to.contain('5 characters, 1 text message');
      expect(reported, 'no hero-error for the balance').to.equal(false);
    });

    it('shows a retry when the patient cannot be loaded, and recovers', async () => {
      worker.use(http.get('*/v1/patients/:id', () => HttpResponse.json({ error: true, statusCode: 500 }, { status: 500 }), { once: true }));
      const failed = oneEvent(document, 'hero-error');
      const el = await composer();
      expect((await failed).detail.code).to.equal('server');
      await waitUntil(() => part(el, 'retry-button'));
      await click(el, '[part~="retry-button"]');
      await waitUntil(() => $(el, '#text'));
    });

    it('keeps focus in the element after "Try again" (never on <body>), on the compose step it brings back', async () => {
      worker.use(http.get('*/v1/patients/:id', () => HttpResponse.json({ error: true, statusCode: 500 }, { status: 500 }), { once: true }));
      const el = await composer();
      await waitUntil(() => part(el, 'retry-button'));
      part(el, 'retry-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#text'), 'the compose step is back');
      await waitUntil(() => el.shadowRoot!.activeElement !== null, 'focus moved into the new content');
      expect(document.activeElement === el, 'focus is in the composer, not on <body>').to.equal(true);
    });

    it('has no page-level horizontal scroll at 320 px, composing or reviewing a long unbroken message', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await ready();
        await setField(el, 'text', `See https://example.nhs.uk/${'a'.repeat(120)} before your visit.`);
        expect(document.documentElement.scrollWidth, 'composing').to.be.at.most(320);
        await toReview(el);
        expect(document.documentElement.scrollWidth, 'reviewing').to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('still composes when the templates cannot be loaded, offering a retry there', async () => {
      worker.use(http.get('*/v1/templates', () => HttpResponse.json({ error: true, statusCode: 500 }, { status: 500 })));
      const el = await ready();
      await waitUntil(() => part(el, 'retry-button'));
      await setField(el, 'text', 'Hello');
      await toReview(el);
    });

    it('says when there are no templates', async () => {
      worker.use(...scenarios.empty);
      const el = await ready();
      await waitUntil(() => text(el).includes('There are no templates yet'));
    });

    it('drops the previous patient’s draft and request when `patient-id` changes', async () => {
      const el = await ready();
      await setField(el, 'text', 'Dear Olivia');
      worker.use(
        http.get(
          '*/v1/patients/:id',
          async () => {
            await delay('infinite');
            return undefined;
          },
          { once: true },
        ),
      );
      el.patientId = '402';
      await el.updateComplete;
      el.patientId = '403';
      await waitUntil(() => text(el, '[part~="patient"]').includes('Siân Pritchard'));
      expect($<HTMLTextAreaElement>(el, '#text')!.value).to.equal('');
      expect($<HTMLInputElement>(el, '#recipient')!.value).to.equal('07700 900789');
    });

    it('refuses a deceased patient, with the date, and offers no way to send', async () => {
      const el = await composer({ patientId: DECEASED_PATIENT_ID });
      await waitUntil(() => part(el, 'refusal'));
      expect(text(el, '[part~="refusal"]')).to.contain('died on 3 December 2025');
      expect($(el, 'textarea') === null).to.equal(true);
      expect(part(el, 'send-button') === null).to.equal(true);
    });

    it('asks to confirm an archived patient before anything can be written, and says so on the review', async () => {
      const el = await composer({ patientId: ARCHIVED_PATIENT_ID });
      await waitUntil(() => part(el, 'archived'));
      expect(text(el, '[part~="archived"]')).to.contain('This patient’s record is archived');
      expect($(el, 'textarea') === null).to.equal(true);
      await expect(el).to.be.accessible();
      await click(el, '[part~="archived-confirm-button"]');
      await waitUntil(() => $(el, '#text'));
      await waitUntil(() => activeId(el) === 'channel-0', 'focus moves to the first question');
      await setField(el, 'text', 'Hello');
      await toReview(el);
      expect(text(el, '[part~="review"]')).to.contain('(archived record)');
    });

    it('shows no contact details of a restricted patient and lets Hero use the record’s', async () => {
      HeroMessageComposer.pollDelays = [60_000];
      const el = await ready({ patientId: RESTRICTED_PATIENT_ID });
      expect(text(el)).not.to.contain('07700 900321');
      expect($<HTMLInputElement>(el, '#recipient')!.value).to.equal('');
      expect(text(el, '#channel-0-hint')).to.contain('not shown: restricted record');
      await setField(el, 'text', 'Please call the surgery.');
      await toReview(el);
      await send(el);
      const [body] = await sentBodies();
      expect(body).not.to.have.property('recipient_contact_detail');
    });
  });

  // ─── Refusals: nothing is sent ───

  describe('refuses what must not be sent', () => {
    it('refuses an empty message, focusing the error summary, which links to the field', async () => {
      const el = await ready();
      await click(el, '[part~="continue-button"]');
      await waitUntil(() => activeId(el) === 'error-summary', 'summary focused');
      expect(errorSummary(el)).to.contain('Enter a message');
      const summary = $(el, '#error-summary')!;
      expect($(el, `#${summary.getAttribute('aria-labelledby')}`)!.textContent).to.equal('There is a problem');
      expect(summary.querySelector('[role="alert"] [role="heading"]')).to.exist;
      expect($(el, '#text')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#text')!.getAttribute('aria-describedby')).to.contain('text-error');
      await click(el, '#error-summary a');
      expect(activeId(el)).to.equal('text');
      expect(requestsTo('/v1/messages/send')).to.have.length(0);
    });

    it('asks for a template’s unfilled placeholders in fields, highlights them in the preview, and sends nothing until filled', async () => {
      const el = await ready();
      await choose(el, 'template', '501');
      await waitUntil(() => $(el, '#fill-appointment_date-day'), 'the appointment date is asked');
      const gaps = () => $$(el, '[part~="placeholder"]').map((m) => m.textContent!);
      expect(gaps().join(' ')).to.contain('Appointment date');
      expect(gaps().join(' ')).not.to.contain('{{');
      await click(el, '[part~="continue-button"]');
      await waitUntil(() => $(el, '#error-summary'));
      expect(errorSummary(el)).to.contain('Enter appointment date');
      expect(requestsTo('/v1/messages/send')).to.have.length(0);
      // Writing the words instead: the gaps stay as written, and must be replaced before sending.
      await click(el, '[part~="edit-words-button"]');
      await waitUntil(() => activeId(el) === 'text', 'focus on the text');
      await click(el, '[part~="continue-button"]');
      await waitUntil(() => /Replace .*\{\{appointment_date\}\}.* in the message/.test(errorSummary(el)), 'the gap is refused');
      expect($(el, '#template option:checked')!.textContent!.trim()).to.equal('Appointment reminder (edited)');
    });

    it('explains a channel with no contact detail and refuses it until a valid number is entered', async () => {
      HeroMessageComposer.pollDelays = [60_000];
      const el = await ready({ patientId: NO_CONTACT_PATIENT_ID, channels: 'sms email' });
      expect(text(el, '#channel-0-hint')).to.equal('No mobile number on the patient’s record: you can enter one');
      await setField(el, 'text', 'Hello Harry');
      await click(el, '[part~="continue-button"]');
      await waitUntil(() => $(el, '#error-summary'));
      expect(errorSummary(el)).to.contain('Enter a mobile number: the patient’s record has none');
      await setField(el, 'recipient', '01454 412345');
      await click(el, '[part~="continue-button"]');
      await waitUntil(() => errorSummary(el).includes('this is not a mobile number, so it cannot receive text messages'));
      await setField(el, 'recipient', '07700 9001');
      await waitUntil(() => errorSummary(el).includes('Enter a UK mobile number, like 07700 900123'), 'the error follows what is typed');
      await setField(el, 'recipient', '+44 (0)7700 900 999');
      await toReview(el);
      await send(el);
      const [body] = await sentBodies();
      expect(body!.recipient_contact_detail).to.equal('+447700900999');
    });

    it('refuses an NHS App message for a patient without an NHS number', async () => {
      worker.use(
        http.get(
          '*/v1/patients/:id',
          async ({ request }) => {
            const real = await fetch(request.url.replace(/\/v1\/patients\/\d+$/, '/v1/patients/401'), { headers: request.headers });
            return HttpResponse.json({ ...(await real.json()), nhs_number: null });
          },
          { once: true },
        ),
      );
      const el = await ready({ channels: 'nhs_app' });
      expect(text(el, '#channel-0-hint')).to.contain('no NHS number');
      await setField(el, 'text', 'Hello');
      await click(el, '[part~="continue-button"]');
      await waitUntil(() => errorSummary(el).includes('NHS App messages need the patient’s NHS number'));
      await click(el, '#error-summary a');
      await waitUntil(() => activeId(el) === 'channel-0', 'the summary link focuses the channel radio');
    });

    it('refuses an invalid email address, and asks for no subject Hero would not send', async () => {
      const el = await ready();
      await click(el, 'input[name="channel"][value="email"]');
      expect($(el, '#subject')).to.equal(null);
      await setField(el, 'recipient', 'olivia@example');
      await setField(el, 'text', 'Hello');
      await click(el, '[part~="continue-button"]');
      await waitUntil(() => $(el, '#error-summary'));
      expect(errorSummary(el)).to.contain('Enter an email address in the correct format');
      expect(errorSummary(el)).not.to.contain('subject');
    });

    it('refuses a send time in the past', async () => {
      const el = await ready();
      await setField(el, 'text', 'Hello');
      await click(el, '#option-schedule-0');
      await setDate(el, '2020-01-01');
      await setField(el, 'send-time', '09:00');
      await click(el, '[part~="continue-button"]');
      await waitUntil(() => errorSummary(el).includes('The date to send it must be today or in the future'));
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
      await setDate(el, today);
      await setField(el, 'send-time', '12:01am');
      await click(el, '[part~="continue-button"]');
      await waitUntil(() => errorSummary(el).includes('Choose a date and time in the future'));
    });

    it('checks the SNOMED code with the API (as a retryable call) and refuses an unknown one', async () => {
      const el = await ready();
      await setField(el, 'text', 'Hello');
      await click(el, '#option-record-0');
      await setField(el, 'snomed-code', '123');
      await click(el, '[part~="continue-button"]');
      await waitUntil(() => errorSummary(el).includes('Enter a SNOMED code of 6 to 18 digits'));
      expect(requestsTo('/v1/snomed/validate')).to.have.length(0);
      await setField(el, 'snomed-code', '999999999');
      await click(el, '[part~="continue-button"]');
      await waitUntil(() => errorSummary(el).includes('Enter a SNOMED code that Hero recognises'));
      expect(await requestsTo('/v1/snomed/validate')[0]!.clone().json()).to.deep.equal({ code: '999999999' });
      expect(requestsTo('/v1/messages/send')).to.have.length(0);
    });
  });

  // ─── Sending ───

  describe('sending', () => {
    it('sends a text message with every option, in the API’s shape, once however often Send is pressed', async () => {
      HeroMessageComposer.pollDelays = [60_000];
      worker.use(
        http.post('*/v1/messages/send', async () => {
          await delay(300);
          return undefined;
        }),
      );
      const el = await ready();
      await setField(el, 'text', 'Your repeat prescription is ready.');
      await choose(el, 'fallback', 'email');
      await click(el, '#option-schedule-0');
      await setDate(el, '2030-07-01');
      await setField(el, 'send-time', '09:30');
      await click(el, '#option-record-0');
      await setField(el, 'snomed-code', '185316007');
      await setField(el, 'snomed-term', 'Indirect encounter');
      await click(el, '#option-assign-0');
      await waitUntil(() => $(el, '#assignee'));
      await choose(el, 'assignee', 'AdminTeam-12');
      await toReview(el);
      expect(text(el, '[part~="summary-list"]')).to.contain('Monday 1 July 2030 at 9:30am (UK time)');
      expect(text(el, '[part~="send-button"]')).to.equal('Schedule message');
      const sent = oneEvent(el, 'hero-message-send');
      const button = part(el, 'send-button')!;
      for (let i = 0; i < 5; i++) button.click();
      await el.updateComplete;
      expect(text(el, '[part~="send-button"]')).to.equal('Sending…');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      for (let i = 0; i < 3; i++) button.click();
      const event = await sent;
      expect(requestsTo('/v1/messages/send')).to.have.length(1);
      const [body] = await sentBodies();
      expect(body).to.deep.equal({
        patient_id: OLIVIA,
        message_type: 'sms',
        message_string: 'Your repeat prescription is ready.',
        recipient_contact_detail: '+447700900123',
        fallback_message_type: 'email',
        fallback_contact_detail: 'olivia.bennett@example.com',
        send_at: '2030-07-01T08:30:00.000Z',
        write_to_record: true,
        snomed_code: '185316007',
        snomed_term: 'Indirect encounter',
        assignee_id: 12,
        assignee_type: 'AdminTeam',
      });
      expect(event.detail).to.deep.equal({
        message_id: event.detail.message_id,
        send_at: '2030-07-01T08:30:00.000Z',
        message_type: 'sms',
        patient_id: OLIVIA,
      });
      expect(event.detail.message_id).to.match(/^\d+$/);
      await waitUntil(() => $(el, '#sent-heading'));
      expect(text(el, '#sent-heading')).to.equal('Message scheduled');
    });

    it('sends nothing when the chosen time passes while the message is being reviewed', async () => {
      const el = await ready();
      await setField(el, 'text', 'Hello');
      await click(el, '#option-schedule-0');
      const soon = new Date(Date.now() + 2 * 60_000);
      const london = new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Europe/London',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).formatToParts(soon);
      const get = (type: string) => london.find((p) => p.type === type)!.value;
      await setDate(el, `${get('year')}-${get('month')}-${get('day')}`);
      await setField(el, 'send-time', `${get('hour')}:${get('minute')}`);
      await toReview(el);
      const realNow = Date.now;
      Date.now = () => realNow() + 10 * 60_000;
      try {
        await click(el, '[part~="send-button"]');
        await waitUntil(() => errorSummary(el).includes('Choose a date and time in the future'));
      } finally {
        Date.now = realNow;
      }
      expect(requestsTo('/v1/messages/send')).to.have.length(0);
    });

    it('converts a winter London time to the same UTC time', async () => {
      const el = await ready();
      await setField(el, 'text', 'Hello');
      await click(el, '#option-schedule-0');
      await setDate(el, '2030-01-15');
      await setField(el, 'send-time', '09:30');
      await toReview(el);
      HeroMessageComposer.pollDelays = [60_000];
      await send(el);
      expect((await sentBodies())[0]!.send_at).to.equal('2030-01-15T09:30:00.000Z');
    });

    it('sends an email filled from a template, its words only (the subject is the practice’s email template’s)', async () => {
      HeroMessageComposer.pollDelays = [60_000];
      const el = await ready({ practiceName: 'Millbrook Medical Practice' });
      await click(el, 'input[name="channel"][value="email"]');
      await choose(el, 'template', '505');
      expect(text(el, '[part~="preview"]')).to.contain('Subject set by your practice’s email template');
      await toReview(el);
      await send(el);
      const [body] = await sentBodies();
      expect(body!.message_type).to.equal('email');
      expect(body!.recipient_contact_detail).to.equal('olivia.bennett@example.com');
      expect(body!.message_string).to.match(/^Dear Olivia Bennett, our records show/);
      expect(body!.message_string).not.to.contain('{{');
    });

    it('follows delivery with backoff, fires hero-message-status on each change, and stops at a final state', async () => {
      HeroMessageComposer.pollDelays = [10, 20];
      const el = await ready();
      await setField(el, 'text', 'Hello');
      await toReview(el);
      const statuses: MessageStatusDetail[] = [];
      el.addEventListener('hero-message-status', (e) => statuses.push(e.detail));
      await send(el);
      await waitUntil(() => statuses.some((s) => s.status === 'delivered'), 'delivered', { timeout: 5000 });
      expect(statuses.map((s) => s.status)).to.deep.equal(['pending', 'sent', 'delivered']);
      expect(text(el, '[part~="status"]')).to.equal('Delivery: Delivered');
      expect(text(el, '[part~="confirmation"]')).to.contain('Sent as a text message to 07700 900123.');
      expect(announced(el)).to.equal('Delivery: Delivered.');
      const polls = requestsTo(/\/v1\/messages\/\d+\/status$/).length;
      await aTimeout(200);
      expect(requestsTo(/\/v1\/messages\/\d+\/status$/).length).to.equal(polls);
    });

    it('shows why delivery failed', async () => {
      HeroMessageComposer.pollDelays = [10];
      worker.use(
        http.get('*/v1/messages/:id/status', ({ params }) =>
          HttpResponse.json({
            id: params['id'],
            scheduled_send_at: null,
            write_to_record: false,
            status: { write_to_record_at: null, sent_at: null, response: 'fatal', failure_reason: 'Number not in service' },
            errors: { write_to_record: null, send: 'Number not in service' },
          }),
        ),
      );
      const el = await ready();
      await setField(el, 'text', 'Hello');
      await toReview(el);
      await send(el);
      await waitUntil(() => text(el, '[part~="confirmation"]').includes('Reason: Number not in service'));
      expect(text(el, '[part~="status"]')).to.equal('Delivery: Could not be delivered');
    });

    it('stops polling when removed, and resumes when put back', async () => {
      HeroMessageComposer.pollDelays = [50];
      const el = await ready();
      await setField(el, 'text', 'Hello');
      await toReview(el);
      await send(el);
      const statusCalls = () => requestsTo(/\/v1\/messages\/\d+\/status$/).length;
      await waitUntil(() => statusCalls() === 1, 'first poll');
      const parent = el.parentElement!;
      el.remove();
      await aTimeout(300);
      expect(statusCalls()).to.equal(1);
      parent.append(el);
      await waitUntil(() => text(el, '[part~="status"]').includes('Delivered'), 'resumed to delivery', { timeout: 5000 });
    });

    it('keeps the message when sending fails, says why, and sends on retry', async () => {
      HeroMessageComposer.pollDelays = [60_000];
      // 503: Hero turned it away, so it did not go (a 500 might have: see the unknown-outcome tests).
      worker.use(
        http.post('*/v1/messages/send', () => HttpResponse.json({ error: true, statusCode: 503 }, { status: 503 }), { once: true }),
      );
      const el = await ready();
      await setField(el, 'text', 'Keep me');
      await toReview(el);
      const failed = oneEvent(el, 'hero-error');
      await click(el, '[part~="send-button"]');
      expect((await failed).detail.code).to.equal('server');
      await waitUntil(() => $(el, '#send-error'));
      expect(text(el, '#send-error')).to.contain('Your message has been kept.');
      await waitUntil(() => activeId(el) === 'send-error');
      await click(el, '[part~="back-button"]');
      expect($<HTMLTextAreaElement>(el, '#text')!.value).to.equal('Keep me');
      await toReview(el);
      await send(el);
      expect(requestsTo('/v1/messages/send')).to.have.length(2);
    });

    it('warns that a message may have gone out when the connection drops while sending, and sends nothing by itself', async () => {
      worker.use(http.post('*/v1/messages/send', () => HttpResponse.error()));
      const el = await ready();
      await setField(el, 'text', 'Hello');
      await toReview(el);
      await click(el, '[part~="send-button"]');
      await waitUntil(() => $(el, '#send-uncertain'));
      expect(text(el, '#send-uncertain')).to.contain('Your message may have been sent');
      await waitUntil(() => activeId(el) === 'send-uncertain', 'focus on the warning');
      await waitUntil(
        () => text(el, '#send-uncertain').includes('Hero shows no message to this patient since you pressed Send'),
        'read back',
      );
      await expect(el).to.be.accessible();
      expect(requestsTo('/v1/messages/send')).to.have.length(1);
      expect(part(el, 'send-button')).to.equal(null);
    });

    it('maps the API’s 400 issues to fields, keeping the message', async () => {
      worker.use(
        http.post('*/v1/messages/send', () =>
          HttpResponse.json(
            { error: true, statusCode: 400, message: [{ code: 'invalid_string', expected: 'phone', path: ['recipient_contact_detail'] }] },
            { status: 400 },
          ),
        ),
      );
      const el = await ready();
      await setField(el, 'text', 'Hello there');
      await toReview(el);
      await click(el, '[part~="send-button"]');
      await waitUntil(() => $(el, '#error-summary'));
      expect(problems(el)).to.contain('Hero did not accept the message');
      expect($(el, '#recipient')!.getAttribute('aria-invalid')).to.equal('true');
      expect($<HTMLTextAreaElement>(el, '#text')!.value).to.equal('Hello there');
    });

    it('keeps the draft through a token refresh (401, refresh, one retry)', async () => {
      HeroMessageComposer.pollDelays = [60_000];
      worker.use(
        http.post('*/v1/messages/send', () => HttpResponse.json({ error: true, statusCode: 401 }, { status: 401 }), { once: true }),
      );
      const el = await ready();
      await setField(el, 'text', 'Survives a refresh');
      await toReview(el);
      await send(el);
      const bodies = await sentBodies();
      expect(bodies.map((b) => b.message_string)).to.deep.equal(['Survives a refresh', 'Survives a refresh']);
      expect(requestsTo('/api/hero-token').length).to.equal(2);
    });

    it('starts a new message after sending, on the same channel', async () => {
      HeroMessageComposer.pollDelays = [60_000];
      const el = await ready();
      await click(el, 'input[name="channel"][value="email"]');
      await setField(el, 'text', 'Hello');
      await toReview(el);
      await send(el);
      await click(el, '[part~="new-message-button"]');
      await waitUntil(() => activeId(el) === 'text');
      expect($<HTMLTextAreaElement>(el, '#text')!.value).to.equal('');
      expect($<HTMLInputElement>(el, 'input[name="channel"][value="email"]')!.checked).to.equal(true);
    });
  });

  // ─── Counter ───

  describe('text message counter', () => {
    it('counts characters and segments as the patient’s message will be sent, filled', async () => {
      const el = await ready();
      await setField(el, 'text', 'a'.repeat(160));
      expect(text(el, '[part~="counter"] strong')).to.equal('160 characters, 1 text message');
      await setField(el, 'text', 'a'.repeat(152) + '€' + 'a'.repeat(152));
      expect(text(el, '[part~="counter"] strong')).to.equal('305 characters, 3 text messages');
      await setField(el, 'text', 'Dear {{first_name}}');
      expect(text(el, '[part~="counter"] strong')).to.equal('11 characters, 1 text message');
    });

    it('announces the count politely once typing pauses, not on every keystroke', async () => {
      const el = await ready();
      expect($(el, '[aria-live="polite"]')!.getAttribute('role')).to.equal('status');
      for (const typed of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
        await setField(el, 'text', typed);
        await aTimeout(150);
        expect(announced(el), `nothing announced while typing "${typed}"`).to.equal('');
      }
      await waitUntil(() => announced(el) === '5 characters, 1 text message', 'announced after a pause', { timeout: 3000 });
    });

    it('names the characters that force UCS-2 and replaces curly quotes and dashes on request', async () => {
      const el = await ready();
      await setField(el, 'text', 'It’s “fine” – Gŵyl');
      const chips = () => $$(el, '[part~="encoding-warning"] .char').map((c) => c.textContent);
      expect(chips()).to.deep.equal(['’', '“', '”', '–', 'ŵ']);
      await click(el, '[part~="replace-button"]');
      expect($<HTMLTextAreaElement>(el, '#text')!.value).to.equal('It\'s "fine" - Gŵyl');
      expect(chips()).to.deep.equal(['ŵ']);
      expect(part(el, 'replace-button') === null).to.equal(true);
      await waitUntil(() => announced(el) === '4 characters replaced.');
    });

    it('counts characters against the limit for channels that are not text messages, texts when SMS is the fallback', async () => {
      const el = await ready({ channels: 'nhs_app sms' });
      await setField(el, 'text', 'Hello');
      expect(text(el, '[part~="counter"]')).to.equal('5 of 5,000 characters');
      await choose(el, 'fallback', 'sms');
      expect(text(el, '[part~="counter"] strong')).to.equal('5 characters, 1 text message');
    });
  });

  // ─── Keyboard ───

  describe('keyboard', () => {
    it('writes and continues to the review with the keyboard alone', async () => {
      const el = await ready();
      $(el, '#text')!.focus();
      await sendKeys({ type: 'Hello Olivia' });
      expect($<HTMLTextAreaElement>(el, '#text')!.value).to.equal('Hello Olivia');
      $(el, '#recipient')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => activeId(el) === 'review-heading', 'focus on the review heading');
    });

    it('moves between channels with the arrow keys', async () => {
      const el = await ready();
      $(el, 'input[name="channel"][value="sms"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input[name="channel"][value="email"]')!.checked).to.equal(true);
      expect(text(el, '#email-subject-hint')).to.contain('set by your practice’s email template');
    });

    it('opens a summary link with Enter, moving focus to the field', async () => {
      const el = await ready();
      await click(el, '[part~="continue-button"]');
      await waitUntil(() => activeId(el) === 'error-summary');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => activeId(el) === 'text');
    });
  });

  // ─── Events ───

  describe('events', () => {
    it('fires nothing when code sets properties', async () => {
      const el = await ready();
      const fired: string[] = [];
      for (const type of ['hero-message-send', 'hero-message-status', 'input']) el.addEventListener(type, () => fired.push(type));
      el.value = 'Set by code';
      el.channels = 'email';
      el.templateId = '504';
      await el.updateComplete;
      await aTimeout(100);
      expect(fired).to.deep.equal([]);
      expect(requestsTo('/v1/messages/send')).to.have.length(0);
    });

    it('fires hero-ready once the patient has loaded', async () => {
      const readyEvent = oneEvent(document, 'hero-ready');
      const el = await composer();
      await readyEvent;
      expect(($(el, '#text') ?? part(el, 'loading')) !== null).to.equal(true);
    });
  });

  // ─── Form ───

  describe('form participation', () => {
    it('is the message text inside a form, resets with it and can be required', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <hero-message-composer name="message" required tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token" patient-id=${OLIVIA}></hero-message-composer>
      </form>`);
      const el = form.querySelector('hero-message-composer')!;
      await waitUntil(() => $(el, '#text'));
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      await setField(el, 'text', 'From the form');
      expect(new FormData(form).get('message')).to.equal('From the form');
      expect(el.checkValidity()).to.equal(true);
      expect(el.form === form).to.equal(true);
      form.reset();
      await el.updateComplete;
      expect(new FormData(form).get('message')).to.equal('');
      expect($<HTMLTextAreaElement>(el, '#text')!.value).to.equal('');
    });

    it('is turned off by a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>
        <hero-message-composer tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token" patient-id=${OLIVIA}></hero-message-composer>
      </fieldset></form>`);
      const el = form.querySelector('hero-message-composer')!;
      await waitUntil(() => $(el, '#text'));
      expect($<HTMLTextAreaElement>(el, '#text')!.matches(':disabled')).to.equal(true);
    });
  });

  // ─── Theming ───

  describe('theming', () => {
    it('styles the text message bubble through --hero-message-composer-bubble-background', async () => {
      const el = await ready();
      el.style.setProperty('--hero-message-composer-bubble-background', 'rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'preview-message')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('exposes parts, e.g. the continue button', async () => {
      const el = await ready();
      const style = document.createElement('style');
      style.textContent = 'hero-message-composer::part(continue-button) { background: rgb(4, 5, 6); transition: none; }';
      document.head.append(style);
      try {
        expect(getComputedStyle(part(el, 'continue-button')!).backgroundColor).to.equal('rgb(4, 5, 6)');
      } finally {
        style.remove();
      }
    });
  });
});
