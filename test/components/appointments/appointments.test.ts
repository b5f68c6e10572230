import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import {
  APPOINTMENTS_PATIENT_ID,
  errorResponse,
  LIST_APPOINTMENT_IDS,
  LONG_APPOINTMENTS_PATIENT_ID,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  mockClock,
  mockDb,
  resetMockDb,
  scenarios,
  SEEDED_APPOINTMENT_IDS,
} from '../../../mock/index.js';
import { HeroAppointments, type AppointmentCancelDetail } from '../../../src/components/appointments/hero-appointments.js';
import { formatLondonDay, formatLondonTime, londonDate } from '../../../src/domain/london-time.js';
import { requestsTo, useMockApi, worker } from '../../support/mock-api.js';

// ─── Helpers ───

const OLIVIA = APPOINTMENTS_PATIENT_ID; // 401: upcoming, past, cancelled, reserved, video, telephone, inside the policy window
const ZOE = LONG_APPOINTMENTS_PATIENT_ID; // 409: 23 upcoming, 3 past
const SIAN = '403'; // no appointments
const IDS = SEEDED_APPOINTMENT_IDS;
const DEFAULTS = {
  pageSize: HeroAppointments.pageSize,
  maxPages: HeroAppointments.maxPages,
  clock: HeroAppointments.clock,
  loadSlotPicker: HeroAppointments.loadSlotPicker,
};
const PHONE = '01454 123456';

interface Options {
  patientId?: string | null;
  includePast?: boolean;
  audience?: 'patient' | 'staff';
  phone?: string;
}

async function appointments(o: Options = {}): Promise<HeroAppointments> {
  return fixture<HeroAppointments>(html`<hero-appointments
    tenant-id=${MOCK_PRACTICE_GROUP_ID}
    base-url=${MOCK_BASE_URL}
    token-url="/api/hero-token"
    practice-phone=${o.phone ?? PHONE}
    audience=${o.audience ?? 'patient'}
    ?include-past=${o.includePast ?? false}
    patient-id=${o.patientId === undefined ? OLIVIA : (o.patientId ?? '')}
  ></hero-appointments>`);
}

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const text = (el: HTMLElement, selector = '.base') => squash($(el, selector)?.textContent);
const part = (el: HTMLElement, name: string) => $(el, `[part~="${name}"]`);
const items = (el: HTMLElement, section: 'upcoming' | 'past' = 'upcoming') =>
  $$(el, `section[aria-labelledby="${section}-heading"] [part~="appointment"]`);
const item = (el: HTMLElement, id: string) => ($(el, `#appt-${id}`)?.closest('li') ?? null) as HTMLElement | null;
const within = (el: HTMLElement, id: string, selector: string) => item(el, id)?.querySelector<HTMLElement>(selector) ?? null;
const announced = (el: HTMLElement) => squash($(el, '[aria-live="polite"]')?.textContent);
const active = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;
const listQueries = () => requestsTo('/v2/appointments').map((r) => new URL(r.url).searchParams);
const cancels = () => requestsTo(/^\/v1\/appointments\/\d+\/cancel$/);

/** The start of a stored appointment, as the element words it: "Tuesday 8 December" and "10:30am". */
function whenOf(id: string, withYear = false): { day: string; time: string } {
  const start = Date.parse(mockDb.appointments.get(id)!.appointment.start_time!);
  return { day: formatLondonDay(londonDate(start), 'en-GB', 'long', withYear), time: formatLondonTime(start, 'en-GB') };
}

/** What the mock does for a cancel, after a test has held it: marks the appointment cancelled, answers 204. */
function passthroughCancel(): Response {
  const id = cancels()
    .at(-1)!
    .url.match(/appointments\/(\d+)\/cancel/)![1]!;
  const stored = mockDb.appointments.get(id)!;
  stored.cancelled = true;
  stored.cancelledAt = new Date(mockClock.now()).toISOString();
  return new HttpResponse(null, { status: 204 });
}

async function settled(el: HeroAppointments): Promise<void> {
  await waitUntil(() => part(el, 'list') || part(el, 'empty') || part(el, 'error'), 'the appointments settled', { timeout: 8000 });
  await el.updateComplete;
}

async function press(el: HeroAppointments, target: HTMLElement | null, key = 'Enter'): Promise<void> {
  if (!target) throw new Error('nothing to press');
  target.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Opens the cancel question of `id` from the keyboard. */
async function askToCancel(el: HeroAppointments, id: string): Promise<void> {
  await press(el, within(el, id, '[part~="cancel-button"]'));
  await waitUntil(() => within(el, id, '[part~="confirm"]'), 'the question is asked');
  await el.updateComplete;
}

describe('hero-appointments', function () {
  this.timeout(20_000);
  useMockApi();
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    mockClock.reset();
    resetMockDb();
    HeroAppointments.pageSize = DEFAULTS.pageSize;
    HeroAppointments.maxPages = DEFAULTS.maxPages;
    HeroAppointments.clock = DEFAULTS.clock;
    HeroAppointments.loadSlotPicker = DEFAULTS.loadSlotPicker;
  });

  // ─── Accessibility ───

  describe('accessibility', () => {
    it('is accessible with no patient, while loading, empty, on error, and with its lists', async () => {
      const none = await appointments({ patientId: null });
      expect(part(none, 'no-patient')).to.exist;
      await expect(none).to.be.accessible();

      worker.use(...scenarios.loading);
      const loading = await appointments();
      await waitUntil(() => part(loading, 'loading'));
      expect(part(loading, 'loading')!.getAttribute('role')).to.equal('status');
      expect(part(loading, 'base')!.getAttribute('aria-busy')).to.equal('true');
      await expect(loading).to.be.accessible();
      worker.resetHandlers();

      const empty = await appointments({ patientId: SIAN, includePast: true });
      await settled(empty);
      expect(text(empty)).to.contain('You have no upcoming appointments.');
      expect(text(empty)).to.contain('There are no past appointments to show.');
      await expect(empty).to.be.accessible();

      worker.use(...scenarios['server-error']);
      const failed = await appointments();
      await settled(failed);
      expect(part(failed, 'error')).to.exist;
      await expect(failed).to.be.accessible();
      worker.resetHandlers();

      const el = await appointments({ includePast: true });
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible asking to cancel, after cancelling, with the policy explained, and while changing a time', async () => {
      const el = await appointments();
      await settled(el);
      expect(within(el, IDS.insidePolicy, '[part~="policy"]')).to.exist;
      await askToCancel(el, IDS.upcoming);
      await expect(el).to.be.accessible();
      await press(el, within(el, IDS.upcoming, '[part~="confirm-button"]'));
      await waitUntil(() => within(el, IDS.upcoming, '.confirm.success'), 'cancelled');
      await expect(el).to.be.accessible();

      const other = await appointments({ patientId: ZOE });
      await settled(other);
      await press(other, within(other, LIST_APPOINTMENT_IDS.first, '[part~="reschedule-button"]'));
      await waitUntil(() => within(other, LIST_APPOINTMENT_IDS.first, 'hero-slot-picker'));
      await expect(other).to.be.accessible({ ignoredRules: [] });
    });
  });

  it('has no page-level horizontal scroll at 320 px, with the cancel question and the policy shown', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await appointments({ includePast: true });
    await settled(el);
    await askToCancel(el, IDS.upcoming);
    expect(within(el, IDS.insidePolicy, '[part~="policy"]')).to.exist;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  // ─── The list ───

  describe('the list', () => {
    it('asks for the patient’s upcoming appointments from today, a page at a time, and lists them earliest first', async () => {
      const el = await appointments();
      await settled(el);
      const [query] = listQueries();
      expect(query!.get('patient_id')).to.equal(OLIVIA);
      expect(query!.get('start_date')).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(query!.getAll('status')).to.deep.equal(['reserved', 'booked', 'cancelled']);
      expect(query!.get('page_index')).to.equal('0');
      expect(query!.get('page_size')).to.equal('10');
      const ids = items(el).map((li) => li.querySelector('[part~="appointment-heading"]')!.id.replace('appt-', ''));
      expect(ids).to.deep.equal([IDS.insidePolicy, IDS.reserved, IDS.cancelled, IDS.upcoming, IDS.afterClocksChange]);
      // A heading per appointment, one level under the section's, under the element's.
      expect($(el, '#appointments-heading')!.tagName).to.equal('H2');
      expect($(el, '#upcoming-heading')!.tagName).to.equal('H3');
      expect($(el, `#appt-${IDS.upcoming}`)!.tagName).to.equal('H4');
    });

    it('shows day and time in London, NHS style, the type, who with, where, and the state in words', async () => {
      const el = await appointments();
      await settled(el);
      const { day, time } = whenOf(IDS.upcoming, true);
      expect(squash($(el, `#appt-${IDS.upcoming}`)!.textContent)).to.equal(`${day} at ${time}`);
      expect(time).to.equal('10:30am');
      const telephone = squash(item(el, IDS.upcoming)!.textContent);
      expect(telephone).to.contain('Appointment GP telephone consultation');
      expect(telephone).to.contain('With Dr James O’Connor'.replace('’', "'"));
      expect(telephone).to.contain('Where Telephone');
      expect(squash(within(el, IDS.upcoming, '[part~="status-tag"]')!.textContent)).to.equal('Booked');
      expect(squash(item(el, IDS.afterClocksChange)!.textContent)).to.contain('Where Video');
      expect(squash(item(el, IDS.reserved)!.textContent)).to.contain(
        'Where Alveston Branch Surgery, Greenhill Road, Alveston, Bristol, BS35 3LS',
      );
      expect(squash(within(el, IDS.reserved, '[part~="status-tag"]')!.textContent)).to.match(
        /^Reserved until \d{1,2}(:\d{2})?(am|pm), not yet confirmed$/,
      );
      expect(squash(within(el, IDS.cancelled, '[part~="status-tag"]')!.textContent)).to.equal('Cancelled');
      // The state is said to screen readers with its name, not left to colour.
      expect(squash(within(el, IDS.cancelled, '.status')!.textContent)).to.equal('Status: Cancelled');
      // Nothing to cancel or move on a cancelled appointment or a hold.
      expect(within(el, IDS.cancelled, 'button')).to.equal(null);
      expect(within(el, IDS.reserved, 'button')).to.equal(null);
    });

    it('shows the 9am appointment after the clocks change as 9am (GMT), not 10am', async () => {
      const el = await appointments();
      await settled(el);
      expect(squash($(el, `#appt-${IDS.afterClocksChange}`)!.textContent)).to.match(/^Monday \d{1,2} (October|November) \d{4} at 9am$/);
    });

    it('with include-past, lists past appointments latest first under their own heading', async () => {
      const el = await appointments({ patientId: ZOE, includePast: true });
      await settled(el);
      const past = listQueries().find((q) => q.has('end_date'))!;
      expect(past.get('order_descending')).to.equal('true');
      expect(squash($(el, '#past-heading')!.textContent)).to.equal('Past appointments');
      const ids = items(el, 'past').map((li) => li.querySelector('[part~="appointment-heading"]')!.id.replace('appt-', ''));
      expect(ids).to.deep.equal([LIST_APPOINTMENT_IDS.pastCancelled, '8202', '8203']);
      expect(squash(within(el, '8202', '[part~="status-tag"]')!.textContent)).to.equal('Past');
      expect(squash(within(el, LIST_APPOINTMENT_IDS.pastCancelled, '[part~="status-tag"]')!.textContent)).to.equal('Cancelled');
      expect(items(el, 'past').some((li) => li.querySelector('button'))).to.equal(false);
    });

    it('says when there are none, and needs no configuration without a patient', async () => {
      const el = await appointments({ patientId: SIAN });
      await settled(el);
      expect(text(el, '[part~="empty"]')).to.equal('You have no upcoming appointments.');
      const staff = await appointments({ patientId: SIAN, audience: 'staff' });
      await settled(staff);
      expect(text(staff, '[part~="empty"]')).to.equal('This patient has no upcoming appointments.');
      expect(squash($(staff, '#appointments-heading')!.textContent)).to.equal('Appointments');
    });

    it('shows an error with a retry, and focus stays in the element when the retry is pressed', async () => {
      worker.use(...scenarios['server-error']);
      const el = await appointments();
      await settled(el);
      expect(text(el, '[part~="error"]')).to.contain(PHONE);
      worker.resetHandlers();
      await press(el, part(el, 'retry-button'));
      await settled(el);
      await waitUntil(() => part(el, 'list'), 'the list after the retry');
      expect(document.activeElement).to.equal(el);
      expect(active(el)).to.not.equal(null);
    });

    it('fires hero-ready once the list is on screen', async () => {
      const el = document.createElement('hero-appointments') as HeroAppointments;
      Object.assign(el, { tenantId: MOCK_PRACTICE_GROUP_ID, baseUrl: MOCK_BASE_URL, tokenUrl: '/api/hero-token', patientId: OLIVIA });
      const ready = oneEvent(el, 'hero-ready');
      document.body.append(el);
      await ready;
      expect(part(el, 'list')).to.exist;
      el.remove();
    });
  });

  // ─── Paging ───

  describe('show more', () => {
    it('pages through every page of a long list, moving focus to the first new appointment', async () => {
      const el = await appointments({ patientId: ZOE });
      await settled(el);
      expect(items(el)).to.have.length(10);
      expect(text(el, '[part~="range"]')).to.equal('Showing 10 of 23 appointments');

      await press(el, part(el, 'more-button'));
      await waitUntil(() => items(el).length === 20, 'page 2');
      await waitUntil(() => active(el)?.id === 'appt-8111', 'focus on the first new appointment');
      expect(announced(el)).to.equal('10 more appointments shown');

      await press(el, part(el, 'more-button'));
      await waitUntil(() => items(el).length === 23, 'page 3');
      await waitUntil(() => active(el)?.id === 'appt-8121');
      expect(part(el, 'more-button')).to.equal(null);
      expect(part(el, 'range')).to.equal(null);
      expect(listQueries().map((q) => q.get('page_index'))).to.deep.equal(['0', '1', '2']);
      const ids = items(el).map((li) => li.querySelector('[part~="appointment-heading"]')!.id);
      expect(new Set(ids).size).to.equal(23);
      expect(ids.at(-1)).to.equal(`appt-${LIST_APPOINTMENT_IDS.last}`);
    });

    it('follows the items a server returns when it caps the page size', async () => {
      HeroAppointments.pageSize = 50;
      worker.use(...scenarios['page-size-capped']);
      const el = await appointments({ patientId: ZOE });
      await settled(el);
      expect(items(el)).to.have.length(20);
      await press(el, part(el, 'more-button'));
      await waitUntil(() => items(el).length === 23, 'the rest');
      const [first, second] = listQueries();
      expect(first!.get('page_size')).to.equal('50');
      expect([second!.get('page_index'), second!.get('page_size')]).to.deep.equal(['1', '20']);
    });

    it('stops at its page cap and says there are more', async () => {
      HeroAppointments.maxPages = 2;
      const el = await appointments({ patientId: ZOE });
      await settled(el);
      await press(el, part(el, 'more-button'));
      await waitUntil(() => items(el).length === 20, 'page 2');
      expect(part(el, 'more-button')).to.equal(null);
      expect(text(el, '[part~="capped"]')).to.equal(
        'Only the first 20 appointments can be shown here. Contact the practice about any others.',
      );
      expect(text(el, '[part~="range"]')).to.equal('Showing 20 of 23 appointments');
    });

    it('shows a failed page as an error with a retry, keeping what is shown', async () => {
      const el = await appointments({ patientId: ZOE });
      await settled(el);
      worker.use(http.get('*/v2/appointments', () => errorResponse(500, 'Internal Server Error')));
      await press(el, part(el, 'more-button'));
      await waitUntil(() => part(el, 'error'), 'the error');
      expect(items(el)).to.have.length(10);
      await expect(el).to.be.accessible();
      worker.resetHandlers();
      await press(el, part(el, 'retry-button'));
      await waitUntil(() => items(el).length === 20, 'page 2 after the retry');
      expect(document.activeElement).to.equal(el);
    });
  });

  // ─── Cancelling ───

  describe('cancelling', () => {
    it('asks first, naming the appointment, then cancels it once and fires hero-appointment-cancel (keyboard only)', async () => {
      const el = await appointments();
      await settled(el);
      const { day, time } = whenOf(IDS.upcoming);
      await askToCancel(el, IDS.upcoming);
      const question = within(el, IDS.upcoming, '.confirm-message')!;
      expect(squash(question.textContent)).to.equal(`Cancel your appointment on ${day} at ${time} with Dr James O'Connor?`);
      expect(day).to.match(/^\w+day \d{1,2} \w+$/);
      expect(active(el)).to.equal(question);
      expect(cancels()).to.have.length(0);

      await sendKeys({ press: 'Tab' });
      expect(squash(active(el)!.textContent)).to.equal('Yes, cancel it');
      const cancelled = oneEvent(el, 'hero-appointment-cancel');
      await sendKeys({ press: 'Enter' });
      const event = (await cancelled) as CustomEvent<AppointmentCancelDetail>;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.appointment.id).to.equal(IDS.upcoming);
      expect(event.detail.appointment.status).to.equal('cancelled');
      expect(event.detail.appointment.cancelled_at).to.be.a('string');
      expect(event.detail.appointment.can_be_cancelled).to.equal(false);

      await waitUntil(() => within(el, IDS.upcoming, '.confirm.success'), 'the outcome');
      expect(squash(within(el, IDS.upcoming, '.confirm')!.textContent)).to.equal(
        `Your appointment on ${day} at ${time} has been cancelled.`,
      );
      expect(active(el)).to.equal(within(el, IDS.upcoming, '.confirm-message'));
      expect(squash(within(el, IDS.upcoming, '[part~="status-tag"]')!.textContent)).to.equal('Cancelled');
      expect(within(el, IDS.upcoming, '[part~="cancel-button"]')).to.equal(null);
      expect(within(el, IDS.upcoming, '[part~="reschedule-button"]')).to.equal(null);
      expect(cancels()).to.have.length(1);
      expect(mockDb.cancellations).to.deep.equal([{ appointmentId: IDS.upcoming, released: false }]);
    });

    it('“No, keep it” sends nothing and puts focus back on the cancel button', async () => {
      const el = await appointments();
      await settled(el);
      await askToCancel(el, IDS.upcoming);
      await press(el, within(el, IDS.upcoming, '[part~="keep-button"]'));
      await waitUntil(() => !within(el, IDS.upcoming, '[part~="confirm"]'));
      await waitUntil(() => active(el) === within(el, IDS.upcoming, '[part~="cancel-button"]'), 'focus back on the button');
      expect(mockDb.cancellations).to.have.length(0);
    });

    it('uses staff wording for staff', async () => {
      const el = await appointments({ audience: 'staff' });
      await settled(el);
      const { day, time } = whenOf(IDS.upcoming);
      await askToCancel(el, IDS.upcoming);
      expect(squash(within(el, IDS.upcoming, '.confirm-message')!.textContent)).to.equal(
        `Cancel the patient’s appointment on ${day} at ${time} with Dr James O'Connor?`,
      );
    });

    it('inside the cancellation policy window: says why and to call the practice, and offers no cancel button', async () => {
      const el = await appointments();
      await settled(el);
      expect(within(el, IDS.insidePolicy, '[part~="cancel-button"]')).to.equal(null);
      expect(squash(within(el, IDS.insidePolicy, '[part~="policy"]')!.textContent)).to.equal(
        `This appointment is less than 24 hours away, so it cannot be cancelled online. To cancel or change it, call the practice on ${PHONE}.`,
      );
    });

    it('counts the policy window from the mock clock: a week on, the appointment 7 days away can no longer be cancelled', async () => {
      HeroAppointments.clock = () => mockClock.now();
      // Twelve hours before it (the database keeps the dates it was seeded with).
      mockClock.advance(Date.parse(mockDb.appointments.get(IDS.upcoming)!.appointment.start_time!) - 12 * 3_600_000 - mockClock.now());
      const el = await appointments();
      await settled(el);
      expect(within(el, IDS.upcoming, '[part~="cancel-button"]')).to.equal(null);
      expect(squash(within(el, IDS.upcoming, '[part~="policy"]')!.textContent)).to.contain('less than 24 hours away');
      // What was inside the window then is past now.
      expect(item(el, IDS.insidePolicy)).to.equal(null);
    });

    it('where the practice does not allow it: says so, with no cancel or change button', async () => {
      const el = await appointments({ patientId: ZOE });
      await settled(el);
      const id = LIST_APPOINTMENT_IDS.notCancellable;
      expect(within(el, id, 'button')).to.equal(null);
      expect(squash(within(el, id, '[part~="policy"]')!.textContent)).to.equal(
        `This appointment cannot be cancelled online. To cancel or change it, call the practice on ${PHONE}.`,
      );
    });

    it('when the answer is lost and the read-back says it went through: says it was cancelled, sending nothing again', async () => {
      worker.use(
        http.patch('*/v1/appointments/:id/cancel', ({ params }) => {
          const stored = mockDb.appointments.get(String(params['id']))!;
          stored.cancelled = true;
          stored.cancelledAt = new Date(mockClock.now()).toISOString();
          return errorResponse(502, 'Bad Gateway');
        }),
      );
      const el = await appointments();
      await settled(el);
      await askToCancel(el, IDS.upcoming);
      const cancelled = oneEvent(el, 'hero-appointment-cancel');
      await press(el, within(el, IDS.upcoming, '[part~="confirm-button"]'));
      const event = (await cancelled) as CustomEvent<AppointmentCancelDetail>;
      expect(event.detail.appointment.status).to.equal('cancelled');
      await waitUntil(() => within(el, IDS.upcoming, '.confirm.success'));
      expect(cancels()).to.have.length(1);
      expect(requestsTo(`/v1/appointments/${IDS.upcoming}/status`)).to.have.length(1);
    });

    it('when the answer is lost and it did not go through: says so, and only then offers a deliberate second attempt', async () => {
      worker.use(http.patch('*/v1/appointments/:id/cancel', () => HttpResponse.error()));
      const el = await appointments();
      await settled(el);
      const errors: Event[] = [];
      el.addEventListener('hero-error', (e) => errors.push(e));
      await askToCancel(el, IDS.upcoming);
      await press(el, within(el, IDS.upcoming, '[part~="confirm-button"]'));
      await waitUntil(
        () => requestsTo(`/v1/appointments/${IDS.upcoming}/status`).length === 1 && within(el, IDS.upcoming, '.confirm.error'),
        'the read-back',
      );
      expect(squash(within(el, IDS.upcoming, '.confirm')!.textContent)).to.contain(
        'We checked: the appointment was not cancelled. It is still booked.',
      );
      expect(active(el)).to.equal(within(el, IDS.upcoming, '.confirm-message'));
      expect(cancels()).to.have.length(1);
      expect(errors).to.have.length(1);
      expect(squash(within(el, IDS.upcoming, '[part~="status-tag"]')!.textContent)).to.equal('Booked');
      await expect(el).to.be.accessible();

      // "Try cancelling again" asks the question again; only "Yes" sends.
      worker.resetHandlers();
      await press(el, within(el, IDS.upcoming, '[part~="confirm-button"]'));
      expect(squash(within(el, IDS.upcoming, '.confirm-message')!.textContent)).to.match(/^Cancel your appointment on/);
      expect(cancels()).to.have.length(1);
      await press(el, within(el, IDS.upcoming, '[part~="confirm-button"]'));
      await waitUntil(() => within(el, IDS.upcoming, '.confirm.success'));
      expect(cancels()).to.have.length(2);
    });

    it('when neither the answer nor the read-back comes: says it may have gone through, and checks again only when asked', async () => {
      worker.use(
        http.patch('*/v1/appointments/:id/cancel', () => HttpResponse.error()),
        http.get('*/v1/appointments/:id/status', () => HttpResponse.error()),
      );
      const el = await appointments();
      await settled(el);
      await askToCancel(el, IDS.upcoming);
      await press(el, within(el, IDS.upcoming, '[part~="confirm-button"]'));
      await waitUntil(() => within(el, IDS.upcoming, '[part~="check-button"]'), 'the unknown outcome', { timeout: 8000 });
      const said = squash(within(el, IDS.upcoming, '.confirm')!.textContent);
      expect(said).to.contain('We could not tell whether the appointment was cancelled. It may have been.');
      expect(said).to.contain(PHONE);
      expect(within(el, IDS.upcoming, '[part~="confirm-button"]')).to.equal(null);
      expect(cancels()).to.have.length(1);
      await expect(el).to.be.accessible();

      worker.resetHandlers();
      await press(el, within(el, IDS.upcoming, '[part~="check-button"]'));
      await waitUntil(() => within(el, IDS.upcoming, '[part~="confirm-button"]'), 'checked: not cancelled');
      expect(squash(within(el, IDS.upcoming, '.confirm')!.textContent)).to.contain('was not cancelled');
      expect(cancels()).to.have.length(1);
    });

    it('a cancel still in flight when the user opens another appointment’s question still shows as cancelled, without taking focus', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      worker.use(
        http.patch('*/v1/appointments/:id/cancel', async () => {
          await held;
          return passthroughCancel();
        }),
      );
      const el = await appointments();
      await settled(el);
      await askToCancel(el, IDS.upcoming);
      await press(el, within(el, IDS.upcoming, '[part~="confirm-button"]'));
      await waitUntil(() => cancels().length === 1, 'the cancel was sent');
      await askToCancel(el, IDS.afterClocksChange);
      const question = within(el, IDS.afterClocksChange, '.confirm-message');
      const cancelled = oneEvent(el, 'hero-appointment-cancel');
      release();
      await cancelled;
      await waitUntil(() => squash(within(el, IDS.upcoming, '[part~="status-tag"]')?.textContent) === 'Cancelled', 'the list says so');
      expect(active(el)).to.equal(question);
      expect(within(el, IDS.afterClocksChange, '[part~="confirm"]')).to.exist;
      expect(cancels()).to.have.length(1);
    });

    it('a refusal from the API says it was not cancelled and keeps the appointment booked', async () => {
      worker.use(http.patch('*/v1/appointments/:id/cancel', () => errorResponse(403, 'Forbidden')));
      const el = await appointments();
      await settled(el);
      await askToCancel(el, IDS.upcoming);
      await press(el, within(el, IDS.upcoming, '[part~="confirm-button"]'));
      await waitUntil(() => within(el, IDS.upcoming, '.confirm.error'));
      expect(squash(within(el, IDS.upcoming, '.confirm')!.textContent)).to.match(/^The appointment was not cancelled\. /);
      expect(within(el, IDS.upcoming, '[part~="cancel-button"]')).to.exist;
      expect(requestsTo(`/v1/appointments/${IDS.upcoming}/status`)).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  // ─── The patient changes ───

  describe('when patient-id changes', () => {
    it('drops a cancellation waiting for confirmation, and says so', async () => {
      const el = await appointments();
      await settled(el);
      await askToCancel(el, IDS.upcoming);
      el.patientId = ZOE;
      await waitUntil(() => item(el, LIST_APPOINTMENT_IDS.first), 'the new patient’s list');
      expect(text(el, '[part~="notice"]')).to.equal('The patient changed, so the cancellation you started was not sent.');
      expect(part(el, 'confirm')).to.equal(null);
      expect(item(el, IDS.upcoming)).to.equal(null);
      expect(mockDb.cancellations).to.have.length(0);
    });

    it('lets a cancellation already sent finish for its own appointment, without the new patient’s list claiming it', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      worker.use(
        http.patch('*/v1/appointments/:id/cancel', async ({ params }) => {
          await held;
          const stored = mockDb.appointments.get(String(params['id']))!;
          stored.cancelled = true;
          stored.cancelledAt = new Date(mockClock.now()).toISOString();
          return new HttpResponse(null, { status: 204 });
        }),
      );
      const el = await appointments();
      await settled(el);
      await askToCancel(el, IDS.upcoming);
      await press(el, within(el, IDS.upcoming, '[part~="confirm-button"]'));
      await waitUntil(() => cancels().length === 1, 'the cancel was sent');
      el.patientId = ZOE;
      await waitUntil(() => item(el, LIST_APPOINTMENT_IDS.first), 'the new patient’s list');
      expect(text(el, '[part~="notice"]')).to.equal('The patient changed. These are the appointments of the patient now selected.');
      const cancelled = oneEvent(el, 'hero-appointment-cancel');
      release();
      const event = (await cancelled) as CustomEvent<AppointmentCancelDetail>;
      expect(event.detail.appointment.id).to.equal(IDS.upcoming);
      expect(event.detail.appointment.patient_id).to.equal(OLIVIA);
      await el.updateComplete;
      expect(part(el, 'confirm')).to.equal(null);
      expect(text(el)).to.not.contain('has been cancelled');
      expect(mockDb.appointments.get(IDS.upcoming)!.cancelled).to.equal(true);
      expect(cancels()).to.have.length(1);
    });

    it('never fires hero-appointment-cancel because a property was set', async () => {
      const el = await appointments();
      const fired: Event[] = [];
      el.addEventListener('hero-appointment-cancel', (e) => fired.push(e));
      await settled(el);
      el.patientId = ZOE;
      el.includePast = true;
      await waitUntil(() => part(el, 'list') && $(el, '#past-heading'), 'reloaded');
      expect(fired).to.have.length(0);
    });
  });

  // ─── Changing the time ───

  describe('changing the time', () => {
    it('opens the slot picker in reschedule mode under the appointment, and closes it back to the button', async () => {
      const el = await appointments();
      await settled(el);
      await press(el, within(el, IDS.upcoming, '[part~="reschedule-button"]'));
      const picker = await waitUntil(() => within(el, IDS.upcoming, 'hero-slot-picker'), 'the picker').then(() =>
        within(el, IDS.upcoming, 'hero-slot-picker')!,
      );
      expect(picker.getAttribute('reschedule-appointment-id')).to.equal(IDS.upcoming);
      expect(picker.getAttribute('patient-id')).to.equal(OLIVIA);
      expect(picker.getAttribute('audience')).to.equal('patient');
      expect(picker.getAttribute('heading-level')).to.equal('5');
      await waitUntil(() => customElements.get('hero-slot-picker'), 'the picker module loaded');
      expect(active(el)).to.equal(within(el, IDS.upcoming, '[part~="reschedule"]'));
      await press(el, within(el, IDS.upcoming, '[part~="close-button"]'));
      await waitUntil(() => active(el) === within(el, IDS.upcoming, '[part~="reschedule-button"]'), 'focus back on Change time');
      expect(within(el, IDS.upcoming, 'hero-slot-picker')).to.equal(null);
    });

    it('after the picker moves the appointment: reloads, says the new time, and moves focus to it; the event bubbles out once', async () => {
      const el = await appointments();
      await settled(el);
      await press(el, within(el, IDS.upcoming, '[part~="reschedule-button"]'));
      await waitUntil(() => within(el, IDS.upcoming, 'hero-slot-picker'));
      const picker = within(el, IDS.upcoming, 'hero-slot-picker')!;
      // What the picker does on success: the API moved it; the picker fires the event.
      const stored = mockDb.appointments.get(IDS.upcoming)!;
      const previous = stored.appointment.start_time!;
      stored.appointment.start_time = new Date(Date.parse(previous) + 86_400_000 + 30 * 60_000).toISOString();
      const seen: Event[] = [];
      document.addEventListener('hero-appointment-reschedule', (e) => seen.push(e), { once: true });
      picker.dispatchEvent(
        new CustomEvent('hero-appointment-reschedule', {
          detail: { appointment: { ...stored.appointment }, previous_start_time: previous },
          bubbles: true,
          composed: true,
        }),
      );
      const { day, time } = whenOf(IDS.upcoming, true);
      await waitUntil(() => squash($(el, `#appt-${IDS.upcoming}`)?.textContent) === `${day} at ${time}`, 'the new time shown');
      await waitUntil(() => active(el)?.id === `appt-${IDS.upcoming}`, 'focus on the moved appointment');
      expect(announced(el)).to.equal(`Your appointment is now on ${day} at ${time}.`);
      expect(within(el, IDS.upcoming, 'hero-slot-picker')).to.equal(null);
      expect(seen).to.have.length(1);
      expect((seen[0] as CustomEvent<{ previous_start_time: string }>).detail.previous_start_time).to.equal(previous);
    });

    it('with the real slot picker: moves the appointment, closes the picker, and focuses the appointment at its new time', async function () {
      const { HeroSlotPicker } = await import('../../../src/components/slot-picker/hero-slot-picker.js');
      // Reschedule mode is the slot picker's (issue 16.3): until it is merged, this test has nothing to drive.
      if (!HeroSlotPicker.elementProperties.has('rescheduleAppointmentId')) this.skip();
      const el = await appointments();
      await settled(el);
      const id = IDS.upcoming;
      const previous = mockDb.appointments.get(id)!.appointment.start_time!;
      await press(el, within(el, id, '[part~="reschedule-button"]'));
      const inner = () => within(el, id, 'hero-slot-picker')?.shadowRoot ?? null;
      await waitUntil(() => inner()?.querySelector('[role="option"]'), 'times offered', { timeout: 10_000 });
      const buttonOf = (words: string) => [...inner()!.querySelectorAll('button')].find((b) => squash(b.textContent) === words);
      inner()!.querySelector<HTMLElement>('[role="option"]')!.click();
      await waitUntil(() => buttonOf('Move to this time'), 'a time chosen');
      buttonOf('Move to this time')!.click();
      await waitUntil(() => buttonOf('Move appointment'), 'the summary');
      const moved = oneEvent(el, 'hero-appointment-reschedule');
      buttonOf('Move appointment')!.click();
      const event = (await moved) as CustomEvent<{ previous_start_time: string }>;
      expect(event.detail.previous_start_time).to.equal(previous);
      expect(mockDb.appointments.get(id)!.appointment.start_time).to.not.equal(previous);
      await waitUntil(() => active(el)?.id === `appt-${id}`, 'focus on the moved appointment', { timeout: 8000 });
      const { day, time } = whenOf(id, true);
      expect(squash($(el, `#appt-${id}`)!.textContent)).to.equal(`${day} at ${time}`);
      expect(announced(el)).to.equal(`Your appointment is now on ${day} at ${time}.`);
      expect(within(el, id, 'hero-slot-picker')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('when the picker cannot be loaded: says so in its place, with a retry that loads it', async () => {
      HeroAppointments.loadSlotPicker = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const el = await appointments();
      await settled(el);
      const failed = oneEvent(el, 'hero-error');
      await press(el, within(el, IDS.upcoming, '[part~="reschedule-button"]'));
      expect(((await failed) as CustomEvent<{ code: string }>).detail.code).to.equal('network');
      await waitUntil(() => within(el, IDS.upcoming, '[part~="reschedule"] [part~="error"]'), 'the error in place of the picker');
      expect(within(el, IDS.upcoming, 'hero-slot-picker')).to.equal(null);
      expect(active(el)).to.equal(within(el, IDS.upcoming, '[part~="reschedule"]'));
      await expect(el).to.be.accessible();
      HeroAppointments.loadSlotPicker = DEFAULTS.loadSlotPicker;
      await press(el, within(el, IDS.upcoming, '[part~="reschedule"] [part~="retry-button"]'));
      await waitUntil(() => within(el, IDS.upcoming, 'hero-slot-picker'), 'the picker after the retry');
      expect(within(el, IDS.upcoming, '[part~="reschedule"] [part~="error"]')).to.equal(null);
      expect(active(el)).to.equal(within(el, IDS.upcoming, '[part~="reschedule"]'));
    });

    it('offers no change of time where the practice does not allow it', async () => {
      const el = await appointments({ patientId: ZOE });
      await settled(el);
      expect(within(el, LIST_APPOINTMENT_IDS.notCancellable, '[part~="reschedule-button"]')).to.equal(null);
      expect(within(el, LIST_APPOINTMENT_IDS.video, '[part~="reschedule-button"]')).to.exist;
    });
  });
});
