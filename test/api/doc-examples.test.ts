/**
 * Hero's documented response examples (mock/doc-examples), served through MSW overrides to the
 * elements that use them: each element shows what the example holds, and no error. Hero's own mock
 * server answers exactly these (placeholders included), so this is what an integrator sees who tries
 * the kit against it.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import '../../src/components/message-composer/hero-message-composer.js';
import '../../src/components/patient-lookup/hero-patient-lookup.js';
import '../../src/components/slot-picker/hero-slot-picker.js';
import type { HeroMessageComposer } from '../../src/components/message-composer/hero-message-composer.js';
import type { HeroPatientLookup } from '../../src/components/patient-lookup/hero-patient-lookup.js';
import type { HeroSlotPicker } from '../../src/components/slot-picker/hero-slot-picker.js';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID } from '../../mock/index.js';
import { docExamples } from '../../mock/doc-examples/index.js';
import { GP_APPOINTMENT, nextMonday, options, slotsShown } from '../components/slot-picker/support.js';
import { requestsTo, useMockApi, worker } from '../support/mock-api.js';

/** A documented example, fetched from the test server (the file beside mock/doc-examples/index.ts). */
async function example(file: string): Promise<JsonBodyType> {
  if (!docExamples.some((e) => e.file === file)) throw new Error(`${file} is not listed in mock/doc-examples/index.ts`);
  const response = await fetch(new URL(`../../mock/doc-examples/${file}`, import.meta.url));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return (await response.json()) as JsonBodyType;
}

const shadowText = (el: Element): string => ((el.shadowRoot ?? el).textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T>(selector);
/** No error is shown: no alert, no error part, no error summary. */
const noError = (el: HTMLElement) => !$(el, '[role="alert"], [part~="error"], #error-summary');

const config = { tenant: MOCK_PRACTICE_GROUP_ID, base: MOCK_BASE_URL };

describe("Hero's documented response examples, rendered", function () {
  this.timeout(30_000);
  useMockApi();

  it('the message composer shows the documented patient (getPatientById): name, and why a deceased patient cannot be messaged', async () => {
    // The example's id is the placeholder "string", not an id (`^\d+$`): the composer binds only to
    // the patient it asked for, so the id is the one asked; every other field is as documented.
    const patient = { ...((await example('getPatientById.json')) as Record<string, JsonBodyType>), id: '401' };
    worker.use(http.get('*/v1/patients/:id', () => HttpResponse.json(patient)));
    const errors: Event[] = [];
    document.addEventListener('hero-error', (e) => errors.push(e));
    const el = await fixture<HeroMessageComposer>(
      html`<hero-message-composer tenant-id=${config.tenant} base-url=${config.base} token-url="/api/hero-token" patient-id="401"></hero-message-composer>`,
    );
    await waitUntil(() => shadowText(el).includes('Baron string string'), 'the patient is shown', { timeout: 8000 });
    expect(shadowText($(el, '[part~="refusal"]')!)).to.contain('died on 24 August 2019');
    expect(errors).to.deep.equal([]);
    expect($(el, '[part~="error"], #error-summary')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the message composer lists the documented template and assignee, sends with the documented answer and shows the documented status (sendMessage, getStatus)', async () => {
    const [templates, assignees, sent, status] = await Promise.all([
      example('expanded/listTemplates.json'),
      example('expanded/assigneeCollections.json'),
      example('sendMessage.json'),
      example('getStatus.json'),
    ]);
    worker.use(
      http.get('*/v1/templates', () => HttpResponse.json(templates)),
      http.get('*/v1/messages/assignee/collection', () => HttpResponse.json(assignees)),
      http.post('*/v1/messages/send', () => HttpResponse.json(sent)),
      http.get('*/v1/messages/:id/status', () => HttpResponse.json(status)),
    );
    const el = await fixture<HeroMessageComposer>(
      html`<hero-message-composer tenant-id=${config.tenant} base-url=${config.base} token-url="/api/hero-token" patient-id="401"></hero-message-composer>`,
    );
    await waitUntil(() => $(el, '#text'), 'the form is shown', { timeout: 8000 });
    await waitUntil(
      () => [...el.shadowRoot!.querySelectorAll('option')].some((o) => o.textContent?.trim() === 'string'),
      'the documented template is offered',
      { timeout: 8000 },
    );
    const textarea = $<HTMLTextAreaElement>(el, '#text')!;
    textarea.value = 'Your results are normal.';
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await el.updateComplete;
    $(el, '[part~="continue-button"]')!.click();
    await waitUntil(() => $(el, '#review-heading'), 'the review step', { timeout: 8000 });
    const sentEvent = oneEvent(el, 'hero-message-send');
    $(el, '[part~="send-button"]')!.click();
    expect((await sentEvent).detail.message_id).to.equal('string');
    await waitUntil(() => shadowText(el).includes('Delivered'), 'the documented status (delivered) is shown', { timeout: 8000 });
    expect(requestsTo('/v1/messages/string/status').length).to.be.greaterThan(0);
    expect(noError(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('the patient lookup lists the documented list patient (GET /v3/patients)', async () => {
    const list = await example('expanded/listPatientsV3.json');
    worker.use(http.get('*/v3/patients', () => HttpResponse.json(list)));
    const el = await fixture<HeroPatientLookup>(
      html`<hero-patient-lookup tenant-id=${config.tenant} base-url=${config.base} token-url="/api/hero-token"></hero-patient-lookup>`,
    );
    $<HTMLInputElement>(el, 'input[name="mode"][value="name"]')!.click();
    await el.updateComplete;
    const set = async (id: string, value: string) => {
      const input = $<HTMLInputElement>(el, `#${id}`)!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
      await el.updateComplete;
    };
    await set('first-name', 'string');
    await set('last-name', 'string');
    await set('dob-day', '11');
    await set('dob-month', '04');
    await set('dob-year', '1989');
    $(el, '[part~="search-button"]')!.click();
    await waitUntil(() => $(el, '[part~="results"], [part~="none-found"], [part~="error"]'), 'search settled', { timeout: 8000 });
    expect($(el, '[part~="results"]'), 'the documented patient is listed').to.not.equal(null);
    expect(shadowText(el)).to.contain('string');
    expect(shadowText(el)).to.match(/11 April 1989|11\/04\/1989/);
    expect(noError(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('the slot picker offers the documented appointment type (GET /v1/appointment_types)', async () => {
    const types = await example('expanded/listAppointmentTypes.json');
    worker.use(http.get('*/v1/appointment_types', () => HttpResponse.json(types)));
    const el = await fixture<HeroSlotPicker>(
      html`<hero-slot-picker tenant-id=${config.tenant} base-url=${config.base} token-url="/api/hero-token"></hero-slot-picker>`,
    );
    await waitUntil(() => shadowText(el).includes('string'), 'the documented type is offered', { timeout: 8000 });
    expect(noError(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('the slot picker confirms a booking from the documented appointment when the book answer lacks it (getAppointment)', async () => {
    const appointment = await example('getAppointment.json');
    const el =
      await fixture<HeroSlotPicker>(html`<hero-slot-picker tenant-id=${config.tenant} base-url=${config.base} token-url="/api/hero-token"
      appointment-type-id=${GP_APPOINTMENT} start-date=${nextMonday()} patient-id="401"></hero-slot-picker>`);
    await slotsShown(el);
    worker.use(
      http.patch('*/v1/appointments/:id/book', () => new HttpResponse(null, { status: 204 })),
      http.get('*/v1/appointments/:id', () => HttpResponse.json(appointment)),
    );
    const reserved = oneEvent(el, 'hero-appointment-reserve');
    options(el)[0]!.click();
    await el.updateComplete;
    $(el, '[part~="reserve-button"]')!.click();
    await reserved;
    await el.updateComplete;
    const booked = oneEvent(el, 'hero-appointment-book');
    $(el, '[part~="confirm-button"]')!.click();
    const event = await booked;
    await el.updateComplete;
    expect(event.detail.appointment.booking_confirmed_at).to.equal('2019-08-24T14:15:22Z');
    expect(shadowText(el)).to.contain('Appointment booked');
    expect(noError(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
