/**
 * `<hero-message-composer>`: the right patient, exactly once (issue 11), and the composer parts of
 * issues 14.7 and 17 (errors that follow typing, send it later, limits, last message sent, admin-id).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { HeroMessageComposer } from '../../../src/components/message-composer/hero-message-composer.js';
import type { MessageSendDetail } from '../../../src/components/message-composer/message-composer.js';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID, mockDb, RESTRICTED_PATIENT_ID } from '../../../mock/index.js';
import { requestsTo, useMockApi, worker } from '../../support/mock-api.js';
import { $, activeId, click, OLIVIA, part, sentBodies, setField, text, toReview } from './support.js';

const SIAN = '403'; // Siân Pritchard, mobile 07700 900789
const DEFAULT_DELAYS = HeroMessageComposer.pollDelays;

async function ready(attrs: { patientId?: string; adminId?: string; channels?: string } = {}): Promise<HeroMessageComposer> {
  const el = await fixture<HeroMessageComposer>(html`<hero-message-composer
    tenant-id=${MOCK_PRACTICE_GROUP_ID}
    base-url=${MOCK_BASE_URL}
    token-url="/api/hero-token"
    patient-id=${attrs.patientId ?? OLIVIA}
    admin-id=${attrs.adminId ?? ''}
    channels=${attrs.channels ?? ''}
  ></hero-message-composer>`);
  await waitUntil(() => $(el, '#text'), 'the form is shown', { timeout: 5000 });
  return el;
}

const sendRequests = () => requestsTo('/v1/messages/send');
const statusPolls = () => requestsTo(/\/v1\/messages\/[^/]+\/status$/);

async function setDate(el: HeroMessageComposer, day: string, month: string, year: string) {
  await setField(el, 'send-date-day', day);
  await setField(el, 'send-date-month', month);
  await setField(el, 'send-date-year', year);
}

describe('hero-message-composer: the right patient, exactly once', () => {
  useMockApi();
  afterEach(() => {
    HeroMessageComposer.pollDelays = DEFAULT_DELAYS;
  });

  it('discards a draft in review when the patient changes, with a visible notice, and sends nothing', async () => {
    const el = await ready();
    await setField(el, 'text', 'Your results are ready, Olivia.');
    await toReview(el);
    part(el, 'send-button')!.focus();
    el.patientId = SIAN;
    await waitUntil(() => text(el, '[part~="patient"]').includes('Siân Pritchard'), 'the new patient is shown');
    expect(text(el, '[part~="notice"]')).to.contain(
      'the message you were writing for the previous patient was discarded. Nothing was sent.',
    );
    await waitUntil(() => activeId(el) === 'notice', 'focus on the notice, not lost with the old message');
    expect($(el, '#review-heading')).to.equal(null);
    expect($<HTMLTextAreaElement>(el, '#text')!.value).to.equal('');
    expect(text(el)).not.to.contain('Olivia');
    expect(text(el)).not.to.contain('07700 900123');
    await expect(el).to.be.accessible();
    expect(sendRequests()).to.have.length(0);
  });

  it('discards a draft in review when the configuration changes', async () => {
    const el = await ready();
    await setField(el, 'text', 'For this practice only.');
    await toReview(el);
    el.setAttribute('tenant-id', 'another-practice-group');
    await waitUntil(() => part(el, 'notice'), 'the notice is shown');
    expect(text(el, '[part~="notice"]')).to.contain('Nothing was sent.');
    expect($(el, '#review-heading')).to.equal(null);
    expect(part(el, 'send-button')).to.equal(null);
    expect(sendRequests()).to.have.length(0);
  });

  it('completes a send in flight for its original patient; the new patient’s screen never claims it nor polls it', async () => {
    HeroMessageComposer.pollDelays = [5];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.post('*/v1/messages/send', async () => {
        await held;
        return undefined; // on to the mock's own handler: the message is stored for Olivia
      }),
    );
    const el = await ready();
    await setField(el, 'text', 'Olivia, your prescription is ready.');
    await toReview(el);
    const sentEvent = oneEvent(el, 'hero-message-send');
    await click(el, '[part~="send-button"]');
    await waitUntil(() => sendRequests().length === 1, 'the send is in flight');
    el.patientId = SIAN;
    await waitUntil(() => text(el, '[part~="patient"]').includes('Siân Pritchard'), 'the new patient is shown');
    expect(text(el, '[part~="notice"]')).to.contain('It is going to the previous patient only, not to this patient.');
    release();
    const detail = (await sentEvent).detail as MessageSendDetail;
    expect(detail.patient_id).to.equal(OLIVIA);
    await waitUntil(() => text(el, '[part~="notice"]').includes('accepted by Hero for the previous patient'), 'the outcome is told');
    expect($(el, '#sent-heading')).to.equal(null);
    expect(text(el)).not.to.contain('Message sent');
    expect(text(el)).not.to.contain('07700 900123');
    const [body] = await sentBodies();
    expect(body!.patient_id).to.equal(OLIVIA);
    expect(mockDb.messages.get(detail.message_id)!.patientId).to.equal(OLIVIA);
    // No status poll for Olivia's message: wait for the new patient's last-message read to finish, then look.
    await waitUntil(() => !text(el, '[part~="last-message"]').includes('Checking'), 'the new patient’s last message is read');
    expect(statusPolls()).to.have.length(0);
    expect(sendRequests()).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('keeps a restricted patient’s address, notes and contact details out of reach of page scripts', async () => {
    const el = await ready({ patientId: RESTRICTED_PATIENT_ID });
    await setField(el, 'text', 'Hello');
    const reachable: string[] = [];
    for (const name of Object.getOwnPropertyNames(el)) {
      try {
        reachable.push(JSON.stringify((el as unknown as Record<string, unknown>)[name]) ?? '');
      } catch {
        /* not serialisable: a controller or a task */
      }
    }
    reachable.push(el.value, el.shadowRoot!.innerHTML);
    const everything = reachable.join('\n');
    for (const secret of ['Orchard House', 'BS35 2HR', 'Pullins Green', 'do not disclose', '07700 900321', '7700900321']) {
      expect(everything, secret).not.to.contain(secret);
    }
    // What the element does keep is the allow-list: the name is there.
    expect(JSON.stringify((el as unknown as { patient: unknown }).patient)).to.contain('restricted');
  });

  it('after a 504 that Hero processed, sends exactly once unless the user deliberately confirms', async () => {
    HeroMessageComposer.pollDelays = [60_000];
    let attempts = 0;
    worker.use(
      http.post('*/v1/messages/send', async ({ request }) => {
        if (request.headers.get('x-test-inner')) return undefined; // the mock's own handler
        attempts++;
        if (attempts > 1) return undefined;
        // Processed by the mock (the message is stored), then the gateway times out.
        const inner = new Request(request.clone(), { headers: new Headers(request.headers) });
        inner.headers.set('x-test-inner', '1');
        await fetch(inner);
        return HttpResponse.json({ error: true, statusCode: 504 }, { status: 504 });
      }),
    );
    const el = await ready();
    await setField(el, 'text', 'Your blood test is booked.');
    await toReview(el);
    await click(el, '[part~="send-button"]');
    await waitUntil(() => part(el, 'uncertain'), 'the unknown outcome is shown');
    expect(text(el, '[part~="uncertain"]')).to.contain('Your message may have been sent');
    expect(text(el, '[part~="uncertain"]')).to.contain('It has not been sent again.');
    await waitUntil(() => text(el, '[part~="uncertain"]').includes('it looks like yours went through'), 'the read-back found it');
    expect(text(el, '[part~="uncertain"]')).to.match(/Hero shows a message to this patient \d+ \w+ at [\d:]+(am|pm) by SMS/);
    await expect(el).to.be.accessible();
    expect(attempts).to.equal(1);
    expect(part(el, 'send-button')).to.equal(null);

    // Going back to the message and on to the review again does not make a plain "Send" of it.
    await click(el, '[part~="summary-action"]');
    await waitUntil(() => $(el, '#text'), 'back to the message');
    await click(el, '[part~="continue-button"]');
    await waitUntil(() => $(el, '#review-heading'), 'the review again');
    expect(part(el, 'uncertain')).to.exist;
    expect(part(el, 'send-button')).to.equal(null);
    expect(attempts).to.equal(1);

    await click(el, '[part~="send-again-button"]');
    await waitUntil(() => activeId(el) === 'confirm-again', 'focus on the confirmation');
    expect(text(el, '[part~="confirm-again"]')).to.contain('If the first one went through, the patient will get it twice.');
    await expect(el).to.be.accessible();
    await click(el, '[part~="cancel-again-button"]');
    await waitUntil(() => activeId(el) === 'send-again', 'focus back on “Send it again”');
    expect(attempts).to.equal(1);

    await click(el, '[part~="send-again-button"]');
    const sent = oneEvent(el, 'hero-message-send');
    await click(el, '[part~="confirm-again-button"]');
    await sent;
    await waitUntil(() => $(el, '#sent-heading'), 'sent');
    expect(attempts).to.equal(2);
  });

  it('refuses to send to a deceased patient, with no way round', async () => {
    const el = await fixture<HeroMessageComposer>(html`<hero-message-composer tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL}
      token-url="/api/hero-token" patient-id="405"></hero-message-composer>`);
    await waitUntil(() => part(el, 'refusal'));
    expect($(el, 'button:not([part~="retry-button"])')).to.equal(null);
    expect(sendRequests()).to.have.length(0);
  });
});

describe('hero-message-composer: fields, limits and what the practice sees', () => {
  useMockApi();
  afterEach(() => {
    HeroMessageComposer.pollDelays = DEFAULT_DELAYS;
  });

  it('brings errors up to date as staff type: no stale “Enter a message” beside a long message', async () => {
    const el = await ready();
    await click(el, '[part~="continue-button"]');
    await waitUntil(() => $(el, '#text-error'));
    expect(text(el, '#text-error')).to.contain('Enter a message');
    await setField(el, 'text', 'x'.repeat(188));
    expect($(el, '#text-error')).to.equal(null);
    expect($(el, '#error-summary')).to.equal(null);
    expect($(el, '#text')!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('names the text message maximum and refuses a longer message with a clear error', async () => {
    const el = await ready();
    await setField(el, 'text', 'a'.repeat(918));
    expect(text(el, '[part~="counter"]')).to.contain('The most a message can be is 6 text messages (918 characters).');
    expect(text(el, '[part~="counter"] strong')).to.equal('918 characters, 6 text messages');
    await setField(el, 'text', 'a'.repeat(919));
    await click(el, '[part~="continue-button"]');
    await waitUntil(() => $(el, '#text-error'));
    expect(text(el, '#text-error')).to.contain(
      'Shorten the message: it is 7 text messages long, and the most is 6 text messages (918 characters)',
    );
    await setField(el, 'text', 'a'.repeat(918));
    expect($(el, '#text-error')).to.equal(null);
    expect(sendRequests()).to.have.length(0);
  });

  it('refuses an NHS App message over 5,000 characters', async () => {
    const el = await ready({ channels: 'nhs_app' });
    await setField(el, 'text', 'a'.repeat(5001));
    expect(text(el, '[part~="counter"]')).to.equal('5,001 of 5,000 characters');
    await click(el, '[part~="continue-button"]');
    await waitUntil(() => $(el, '#text-error'));
    expect(text(el, '#text-error')).to.contain('it is 5,001 characters long, and the most for an NHS App message is 5,000 characters');
  });

  it('names invisible characters by code point and removes them with the same Replace', async () => {
    const el = await ready();
    await setField(el, 'text', 'Hello\u200bthere “you”');
    expect(text(el, '[part~="encoding-warning"]')).to.contain('U+200B (ZERO WIDTH SPACE, invisible)');
    await click(el, '[part~="replace-button"]');
    expect($<HTMLTextAreaElement>(el, '#text')!.value).to.equal('Hellothere "you"');
    expect(part(el, 'encoding-warning')).to.equal(null);
    await waitUntil(() => activeId(el) === 'text');
  });

  it('sends later from the GOV.UK date input and a time typed “9:30am” or “14:30”, in London time', async () => {
    HeroMessageComposer.pollDelays = [60_000];
    const el = await ready();
    await setField(el, 'text', 'Reminder');
    await click(el, '#option-schedule-0');
    expect($(el, '#send-date-day')!.closest('[role="group"]')).to.exist;
    await setDate(el, '15', '1', '2030');
    await setField(el, 'send-time', '9:30');
    await click(el, '[part~="continue-button"]');
    await waitUntil(() => $(el, '#send-time-error'));
    expect(text(el, '#send-time-error')).to.contain('The time must say am or pm, like 9:30am or 9:30pm');
    await setField(el, 'send-time', '9:30am');
    expect($(el, '#send-time-error')).to.equal(null);
    await toReview(el);
    expect(text(el, '[part~="review"]')).to.contain('Tuesday 15 January 2030 at 9:30am (UK time)');
    await click(el, '[part~="back-button"]');
    await setDate(el, '1', '7', '2030');
    await setField(el, 'send-time', '14:30');
    await toReview(el);
    await click(el, '[part~="send-button"]');
    await waitUntil(() => $(el, '#sent-heading'));
    expect((await sentBodies())[0]!.send_at).to.equal('2030-07-01T13:30:00.000Z');
  });

  it('marks a date’s wrong parts only, and links the summary to the first', async () => {
    const el = await ready();
    await setField(el, 'text', 'Reminder');
    await click(el, '#option-schedule-0');
    await setDate(el, '31', '', '2030');
    await setField(el, 'send-time', '9am');
    await click(el, '[part~="continue-button"]');
    await waitUntil(() => $(el, '#send-date-error'));
    expect(text(el, '#send-date-error')).to.contain('must include a day, month and year');
    expect($(el, '#send-date-month')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#send-date-day')!.getAttribute('aria-invalid')).to.equal('false');
    await click(el, '#error-summary a');
    expect(activeId(el)).to.equal('send-date-month');
  });

  it('keeps the SNOMED fields behind “Advanced”, opened when one has an error', async () => {
    const el = await ready();
    await setField(el, 'text', 'Hello');
    await click(el, '#option-record-0');
    const details = $<HTMLDetailsElement>(el, 'details[part~="advanced"]')!;
    expect(details.open).to.equal(false);
    expect(text(el, 'details[part~="advanced"] summary')).to.contain('Advanced');
    details.open = true;
    await el.updateComplete;
    await setField(el, 'snomed-code', '12');
    await click(el, '[part~="continue-button"]');
    await waitUntil(() => $(el, '#snomed-code-error'));
    expect($<HTMLDetailsElement>(el, 'details[part~="advanced"]')!.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows a template as edited once its words are changed by hand', async () => {
    const el = await ready();
    await waitUntil(() => $(el, '#template option[value="502"]'), 'the templates are listed');
    const select = $<HTMLSelectElement>(el, '#template')!;
    select.value = '502';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '#text')).to.equal(null);
    await click(el, '[part~="edit-words-button"]');
    await waitUntil(() => $(el, '#text'), 'the text area is shown');
    await setField(el, 'text', `${$<HTMLTextAreaElement>(el, '#text')!.value} Thanks.`);
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('Flu vaccination invitation (edited)');
  });

  it('says when the patient was last messaged, and refreshes it after a send', async () => {
    HeroMessageComposer.pollDelays = [60_000];
    const el = await ready();
    await waitUntil(() => text(el, '[part~="last-message"]').startsWith('Last message sent'), 'the last message is shown');
    expect(text(el, '[part~="last-message"]')).to.match(
      /^Last message sent \d+ \w+( \d{4})? at [\d:]+(am|pm|midday|midnight)? by (SMS|email|NHS App|Hero app)\.$/,
    );
    const reads = requestsTo('/v2/sent_messages').length;
    await click(el, 'input[name="channel"][value="email"]');
    await setField(el, 'text', 'By email this time.');
    await toReview(el);
    await click(el, '[part~="send-button"]');
    await waitUntil(() => $(el, '#sent-heading'));
    await waitUntil(
      () => requestsTo('/v2/sent_messages').length > reads && text(el, '[part~="last-message"]').endsWith('by email.'),
      'refreshed',
    );
  });

  it('fills a template’s gaps and form link in fields, makes the link once at review, and sends it with the message', async () => {
    HeroMessageComposer.pollDelays = [60_000];
    const el = await ready();
    const select = $<HTMLSelectElement>(el, '#template')!;
    select.value = '506';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => $(el, '#fill-appointment_date-day') && $(el, 'input[name="fill-form"]'), 'the template’s fields are shown');
    expect($(el, '#text')).to.equal(null);
    await expect(el).to.be.accessible();
    const tomorrow = new Date(Date.now() + 86_400_000);
    const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(tomorrow).split('-');
    await setField(el, 'fill-appointment_date-day', String(Number(d)));
    await setField(el, 'fill-appointment_date-month', String(Number(m)));
    await setField(el, 'fill-appointment_date-year', y!);
    await click(el, 'input[name="fill-form"]');
    await click(el, '[part~="continue-button"]');
    await waitUntil(() => $(el, '#review-heading'), 'the review step is shown');
    expect(requestsTo('/v1/form_links')).to.have.length(1);
    expect(text(el, '[part~="review"]')).not.to.contain('{{');
    await expect(el).to.be.accessible();
    await click(el, '[part~="send-button"]');
    await waitUntil(() => $(el, '#sent-heading'));
    const [body] = await sentBodies();
    expect(body!.short_link_id).to.be.a('string');
    expect(body!.message_string).to.match(/^Hi Olivia, please fill in this short questionnaire before your appointment on .+: https?:\/\//);
    expect(requestsTo('/v1/form_links')).to.have.length(1);
  });

  it('says when the last message could not be checked, and tries again on request', async () => {
    worker.use(http.get('*/v2/sent_messages', () => HttpResponse.json({ error: true, statusCode: 500 }, { status: 500 }), { once: true }));
    const el = await ready();
    await waitUntil(() => text(el, '[part~="last-message"]').includes('could not be checked'), 'the failure is said', { timeout: 8000 });
    await expect(el).to.be.accessible();
    await click(el, '[part~="last-message"] [part~="retry-button"]');
    await waitUntil(() => text(el, '[part~="last-message"]').startsWith('Last message sent'), 'read again');
  });

  it('sends `admin-id` as admin_id (inferred), and the mock records it', async () => {
    HeroMessageComposer.pollDelays = [60_000];
    const el = await ready({ adminId: '77' });
    await setField(el, 'text', 'Hello');
    await toReview(el);
    const sent = oneEvent(el, 'hero-message-send');
    await click(el, '[part~="send-button"]');
    const { detail } = await sent;
    const [body] = await sentBodies();
    expect(body!.admin_id).to.equal('77');
    expect(mockDb.messages.get(detail.message_id)!.adminId).to.equal('77');
  });

  it('sends no admin_id without `admin-id`', async () => {
    HeroMessageComposer.pollDelays = [60_000];
    const el = await ready();
    await setField(el, 'text', 'Hello');
    await toReview(el);
    await click(el, '[part~="send-button"]');
    await waitUntil(() => $(el, '#sent-heading'));
    const [body] = await sentBodies();
    expect(body).not.to.have.property('admin_id');
  });

  it('holds a send that Hero is slow to answer as one request, however often Send is pressed', async () => {
    HeroMessageComposer.pollDelays = [60_000];
    worker.use(
      http.post('*/v1/messages/send', async () => {
        await delay(200);
        return undefined;
      }),
    );
    const el = await ready();
    await setField(el, 'text', 'Hello');
    await toReview(el);
    for (let i = 0; i < 4; i++) part(el, 'send-button')!.click();
    await waitUntil(() => $(el, '#sent-heading'));
    expect(sendRequests()).to.have.length(1);
  });
});
