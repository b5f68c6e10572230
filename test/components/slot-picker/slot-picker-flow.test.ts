/**
 * The slot picker's lifecycle: bound to the patient it started with (issue 11), unknown outcomes
 * read back before any second attempt, staff wording and the patient row, booking carries the
 * patient (16.5), reschedule mode (16.3), the hold's "I need more time", and the NHS assessment's
 * reflow and focus-not-obscured checks at 320 px (issue 14).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/components/slot-picker/hero-slot-picker.js';
import type { HeroSlotPicker } from '../../../src/components/slot-picker/hero-slot-picker.js';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID, mockDb, scenarios } from '../../../mock/index.js';
import type { Appointment } from '../../../src/api/types.js';
import { addDays, londonToday } from '../../../src/domain/london-time.js';
import { requestsTo, useMockApi, worker } from '../../support/mock-api.js';
import { $, $$, focused, GP_APPOINTMENT, nextMonday, options, readyFixture, slotsShown, text } from './support.js';

const T = MOCK_PRACTICE_GROUP_ID;
const B = MOCK_BASE_URL;

const reserveRequests = () => requestsTo('/v1/appointments').filter((r) => r.method === 'POST');
const bookRequests = () => requestsTo(/\/v1\/appointments\/\d+\/book$/);
const readBacks = () => requestsTo(/\/v1\/appointments\/\d+$/).filter((r) => r.method === 'GET');
const liveRegion = (el: HeroSlotPicker) => text($(el, '[role="status"][aria-live="polite"]'));
const button = (el: HeroSlotPicker, words: string | RegExp) => {
  const found = $$(el, 'button').find((b) => (typeof words === 'string' ? text(b) === words : words.test(text(b))));
  if (!found) throw new Error(`No button "${words}"`);
  return found;
};

async function picker(
  attrs: { patient?: string; staff?: boolean; anonymous?: boolean; reschedule?: string; start?: string; phone?: string } = {},
) {
  const el = await readyFixture(html`<hero-slot-picker
    tenant-id=${T}
    base-url=${B}
    token-url="/api/hero-token"
    appointment-type-id=${attrs.reschedule ? '' : GP_APPOINTMENT}
    start-date=${attrs.start ?? nextMonday()}
    patient-id=${attrs.patient ?? ''}
    ?allow-anonymous=${attrs.anonymous ?? false}
    audience=${attrs.staff ? 'staff' : 'patient'}
    reschedule-appointment-id=${attrs.reschedule ?? ''}
    practice-phone=${attrs.phone ?? ''}
  ></hero-slot-picker>`);
  if (!attrs.reschedule) await slotsShown(el);
  return el;
}

async function chooseFirst(el: HeroSlotPicker) {
  options(el)[0]!.click();
  await el.updateComplete;
}

async function reserveFirst(el: HeroSlotPicker) {
  const reserved = oneEvent(el, 'hero-appointment-reserve');
  await chooseFirst(el);
  $(el, '[part~="reserve-button"]').click();
  await reserved;
  await el.updateComplete;
}

/** A booked appointment for patient 401 next Tuesday at 9am London, in the mock. */
function seedBooked(overrides: Partial<Appointment> = {}): Appointment {
  const appointment = {
    id: '8800',
    patient_id: '401',
    practitioner_id: '201',
    location_id: '301',
    appointment_type_id: GP_APPOINTMENT,
    duration: 10,
    start_time: `${addDays(nextMonday(), 1)}T09:00:00Z`,
    video: false,
    in_person: true,
    telephone: false,
    video_url: null,
    link_id: null,
    reserved_until: null,
    booking_confirmed_at: new Date().toISOString(),
    can_be_cancelled: true,
    can_be_rescheduled: true,
    cancellation_policy_hours: 24,
    suppress_mail: false,
    ...overrides,
  } as Appointment;
  mockDb.appointments.set(appointment.id, { appointment, slotId: 'seed-8800', cancelled: false, cancelledAt: null });
  return appointment;
}

describe('<hero-slot-picker> lifecycle', function () {
  this.timeout(30_000);
  useMockApi();

  describe('bound to the patient it started with', () => {
    it('releases the hold once (suppress_mail) and never books for the new patient when patient-id changes', async () => {
      const el = await picker({ patient: '401' });
      await reserveFirst(el);
      expect(JSON.parse(await reserveRequests()[0]!.clone().text()).patient_id).to.equal('401');
      el.patientId = '404';
      await waitUntil(() => mockDb.cancellations.length === 1, 'hold released');
      expect(mockDb.cancellations[0]).to.include({ released: true, suppress_mail: true });
      await waitUntil(() => el.shadowRoot?.querySelector('#notice'), 'notice shown');
      expect(text($(el, '#notice'))).to.contain('The appointment details changed');
      expect(el.shadowRoot!.querySelector('[part~="confirm-button"]')).to.equal(null);
      expect(focused(el)?.id).to.equal('notice');
      await slotsShown(el);
      await expect(el).to.be.accessible();
      expect(bookRequests()).to.have.length(0);
      expect(mockDb.cancellations).to.have.length(1);
    });

    it('releases the hold through the tenant it was made with when the configuration changes', async () => {
      const el = await picker({ patient: '401' });
      await reserveFirst(el);
      el.tenantId = 'another-practice-group';
      await waitUntil(() => requestsTo(/\/v1\/appointments\/\d+\/cancel$/).length === 1, 'hold released');
      const cancel = requestsTo(/\/v1\/appointments\/\d+\/cancel$/)[0]!;
      expect(cancel.headers.get('x-practice-group-id')).to.equal(T);
      expect(await cancel.clone().json()).to.deep.equal({ suppress_mail: true });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);
      expect(bookRequests()).to.have.length(0);
    });

    it('lets an in-flight reserve finish for its own patient, then releases it without showing it to the new one', async () => {
      const el = await picker({ patient: '401' });
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      worker.use(
        http.post('*/v1/appointments', async () => {
          await gate;
          return undefined;
        }),
      );
      await chooseFirst(el);
      $(el, '[part~="reserve-button"]').click();
      await waitUntil(() => reserveRequests().length === 1, 'reserve sent');
      el.patientId = '402';
      await el.updateComplete;
      release();
      await waitUntil(() => mockDb.cancellations.length === 1, 'the late hold was released');
      expect(el.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);
      expect(bookRequests()).to.have.length(0);
    });
  });

  describe('unknown outcomes', () => {
    it('reads a booking back after a lost answer and offers a deliberately worded second attempt', async () => {
      const el = await picker({ patient: '401', phone: '01234 567890' });
      await reserveFirst(el);
      worker.use(http.patch('*/v1/appointments/:id/book', () => HttpResponse.error(), { once: true }));
      let errors = 0;
      el.addEventListener('hero-error', () => errors++);
      $(el, '[part~="confirm-button"]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('#outcome') && !/Checking/.test(text($(el, '#outcome'))), 'read back');
      expect(bookRequests()).to.have.length(1);
      expect(readBacks().length).to.be.greaterThan(0);
      expect(text($(el, '#outcome'))).to.contain('has not been booked yet');
      expect(focused(el)?.id).to.equal('outcome');
      await expect(el).to.be.accessible();
      const booked = oneEvent(el, 'hero-appointment-book');
      button(el, 'Try to confirm this appointment again').click();
      await booked;
      expect(bookRequests()).to.have.length(2);
      expect(errors).to.equal(0);
    });

    it('shows the booking when the read-back finds it went through, without sending it again', async () => {
      const el = await picker({ patient: '401' });
      await reserveFirst(el);
      worker.use(
        http.patch(
          '*/v1/appointments/:id/book',
          ({ params }) => {
            // The server booked it, then the gateway lost the answer.
            const stored = mockDb.appointments.get(String(params['id']))!;
            stored.appointment.booking_confirmed_at = new Date().toISOString();
            stored.appointment.reserved_until = null;
            return new HttpResponse(null, { status: 504 });
          },
          { once: true },
        ),
      );
      const booked = oneEvent(el, 'hero-appointment-book');
      $(el, '[part~="confirm-button"]').click();
      await booked;
      await el.updateComplete;
      expect(bookRequests()).to.have.length(1);
      expect(text($(el, '[part="confirmation"]'))).to.contain('Appointment booked');
    });

    it('says it cannot tell when the read-back fails too, and offers only a check', async () => {
      const el = await picker({ patient: '401', phone: '01234 567890' });
      await reserveFirst(el);
      worker.use(
        http.patch('*/v1/appointments/:id/book', () => HttpResponse.error(), { once: true }),
        http.get('*/v1/appointments/:id', () => HttpResponse.error()),
      );
      $(el, '[part~="confirm-button"]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('#outcome') && /could not tell/.test(text($(el, '#outcome'))), 'unknown said', {
        timeout: 15_000,
      });
      expect(text($(el, '#outcome'))).to.contain('01234 567890');
      expect($$(el, '[part="summary"] .actions button').map(text)).to.deep.equal(['Check whether it was booked']);
      expect(bookRequests()).to.have.length(1);
    });

    it('after a lost reserve answer, says it may be held and offers to reserve again, sending nothing by itself', async () => {
      const el = await picker({ patient: '401' });
      worker.use(http.post('*/v1/appointments', () => HttpResponse.error(), { once: true }));
      await chooseFirst(el);
      $(el, '[part~="reserve-button"]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('#outcome') && /could not tell/.test(text($(el, '#outcome'))), 'unknown said');
      expect(requestsTo('/v2/appointments')).to.have.length(1); // looked for the hold first
      expect(reserveRequests()).to.have.length(1);
      await expect(el).to.be.accessible();
      const reserved = oneEvent(el, 'hero-appointment-reserve');
      button(el, 'Try to reserve this time again').click();
      await reserved;
      expect(reserveRequests()).to.have.length(2);
    });

    it('reads the appointment back when the book answer has none, and shows it booked', async () => {
      const el = await picker({ patient: '401' });
      await reserveFirst(el);
      worker.use(...scenarios['book-answers-empty']);
      const booked = oneEvent(el, 'hero-appointment-book');
      $(el, '[part~="confirm-button"]').click();
      expect((await booked).detail.appointment.booking_confirmed_at).to.be.a('string');
      expect(readBacks()).to.have.length(1);
      expect(bookRequests()).to.have.length(1);
    });

    it('skips malformed slots (a garbled time, no id) and lists the good ones', async () => {
      worker.use(...scenarios['malformed-items']);
      const el = await picker({ patient: '401' });
      expect(options(el).length).to.be.greaterThan(3);
      expect(options(el).every((o) => /^\d{1,2}(:\d{2})?[ap]m$|^midday$/.test(text(o)))).to.equal(true);
      expect(el.shadowRoot!.textContent).to.not.contain('NaN');
    });

    it('keeps the staff patient rows on the check screen when the booking half is refused', async () => {
      const el = await picker({ patient: '401', staff: true });
      await chooseFirst(el);
      await waitUntil(() => /Book for Olivia Bennett/.test(text($(el, '[part~="reserve-button"]'))), 'staff wording');
      worker.use(
        http.patch('*/v1/appointments/:id/book', () => HttpResponse.json({ error: true, statusCode: 403 }, { status: 403 }), {
          once: true,
        }),
      );
      $(el, '[part~="reserve-button"]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('[part="summary"] [part="error"]'), 'refusal shown');
      const summary = text($(el, '[part="summary"]'));
      expect(summary).to.contain('Check and book the appointment');
      expect(summary).to.contain('Patient Mrs Olivia Bennett NHS number 999 000 0018 Date of birth 14 March 1985');
      expect(text($(el, '[part~="confirm-button"]'))).to.equal('Book for Olivia Bennett');
      await expect(el).to.be.accessible();
    });

    it('treats a 400 about availability as taken', async () => {
      const el = await picker({ patient: '401' });
      worker.use(...scenarios['slot-taken-400']);
      await chooseFirst(el);
      $(el, '[part~="reserve-button"]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('#notice'));
      expect(text($(el, '#notice'))).to.contain('someone else has just booked that time');
    });

    it('never shows NaN when reserved_until is not a time', async () => {
      worker.use(http.post('*/v1/appointments', () => HttpResponse.json({ id: '9999', reserved_until: 'soon' }), { once: true }));
      const el = await picker({ patient: '401' });
      await chooseFirst(el);
      $(el, '[part~="reserve-button"]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('[part="summary"]') || el.shadowRoot?.querySelector('#outcome'), 'answered');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.not.contain('NaN');
    });
  });

  describe('the hold', () => {
    it('offers more time from two minutes left, renews the same slot and says until when', async () => {
      worker.use(
        http.post(
          '*/v1/appointments',
          () => HttpResponse.json({ id: '9998', reserved_until: new Date(Date.now() + 100_000).toISOString() }),
          { once: true },
        ),
      );
      const el = await picker({ patient: '401' });
      await reserveFirst(el);
      const more = $(el, '[part~="more-time-button"]');
      expect(text(more)).to.equal('I need more time');
      await expect(el).to.be.accessible();
      more.click();
      await waitUntil(() => el.shadowRoot?.querySelector('[part="hold-extended"]'), 'renewed');
      expect(text($(el, '[part="hold-extended"]'))).to.match(/^We will hold this time for you until \d{1,2}(:\d{2})?[ap]m\.$/);
      expect(reserveRequests()).to.have.length(2);
      const [first, second] = await Promise.all(reserveRequests().map((r) => r.clone().json()));
      expect(second).to.deep.equal(first);
      expect(text($(el, '[part="countdown"]'))).to.match(/^1[45]:\d{2}$/);
      expect(el.shadowRoot!.querySelector('[part~="more-time-button"]')).to.equal(null);
    });

    it('announces a warning as two minutes left is reached', async () => {
      worker.use(
        http.post(
          '*/v1/appointments',
          () => HttpResponse.json({ id: '9997', reserved_until: new Date(Date.now() + 121_500).toISOString() }),
          { once: true },
        ),
      );
      const el = await picker({ patient: '401' });
      await reserveFirst(el);
      await waitUntil(() => /Less than 2 minutes left/.test(liveRegion(el)), 'warned', { timeout: 5000 });
    });
  });

  describe('booking carries the patient', () => {
    it('without patient-id or allow-anonymous, shows the times but books nothing, and says so once to the developer', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        const errors: CustomEvent[] = [];
        const record = (e: Event) => errors.push(e as CustomEvent);
        document.addEventListener('hero-error', record);
        const el =
          await readyFixture(html`<hero-slot-picker tenant-id=${T} base-url=${B} token-url="/api/hero-token" appointment-type-id="101"
          start-date=${nextMonday()}></hero-slot-picker>`);
        await slotsShown(el);
        expect(text($(el, '#config-message'))).to.contain('set patient-id');
        expect(errors).to.have.length(0);
        await chooseFirst(el);
        options(el)[1]!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="reserve-button"]')).to.equal(null);
        expect(text($(el, '[part="selection"]'))).to.contain('contact your GP surgery');
        expect(errors.map((e) => e.detail.code)).to.deep.equal(['validation']);
        expect(errors[0]!.detail.message).to.not.match(/\d{3}/); // no ids, no patient data
        expect(warnings).to.have.length(1);
        expect(reserveRequests()).to.have.length(0);
        await expect(el).to.be.accessible();
        document.removeEventListener('hero-error', record);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('staff', () => {
    it('books in one step for the named patient and shows the patient row', async () => {
      const el = await picker({ patient: '401', staff: true });
      await waitUntil(() => requestsTo('/v1/patients/401').length === 1);
      await chooseFirst(el);
      await waitUntil(() => /Book for Olivia Bennett/.test(text($(el, '[part~="reserve-button"]'))), 'staff wording');
      const booked = oneEvent(el, 'hero-appointment-book');
      $(el, '[part~="reserve-button"]').click();
      const event = await booked;
      expect(event.detail.appointment.patient_id).to.equal('401');
      await el.updateComplete;
      const confirmation = text($(el, '[part="confirmation"]'));
      expect(confirmation).to.contain('Patient Mrs Olivia Bennett NHS number 999 000 0018 Date of birth 14 March 1985');
      expect(confirmation).to.contain('Quote this reference');
      expect(focused(el)?.id).to.equal('booked-heading');
      await expect(el).to.be.accessible();
    });

    it('never shows another patient beside a booking when patient-id changes after it', async () => {
      const el = await picker({ patient: '401', staff: true });
      await chooseFirst(el);
      await waitUntil(() => /Book for Olivia Bennett/.test(text($(el, '[part~="reserve-button"]'))), 'staff wording');
      const booked = oneEvent(el, 'hero-appointment-book');
      $(el, '[part~="reserve-button"]').click();
      await booked;
      let answered = false;
      const onResponse = ({ request }: { request: Request }) => {
        if (new URL(request.url).pathname === '/v1/patients/402') answered = true;
      };
      worker.events.on('response:mocked', onResponse);
      el.patientId = '402';
      await waitUntil(() => answered, 'new patient answered');
      worker.events.removeListener('response:mocked', onResponse);
      await new Promise((r) => setTimeout(r, 0)); // the task settles after the answer is decoded
      await el.updateComplete;
      const shown = text(el.shadowRoot!.querySelector('[part="confirmation"]') ?? el.shadowRoot!.querySelector('.base'));
      expect(shown).to.not.contain('Rahman');
    });

    it('shows a restricted patient with name, NHS number and date of birth only', async () => {
      const el = await picker({ patient: '404', staff: true });
      await chooseFirst(el);
      await waitUntil(() => /Book for Elaine Whitmore/.test(text($(el, '[part~="reserve-button"]'))), 'staff wording');
      const booked = oneEvent(el, 'hero-appointment-book');
      $(el, '[part~="reserve-button"]').click();
      await booked;
      await el.updateComplete;
      const rows = $$(el, '[part="confirmation"] [part="summary-row"]').map(text);
      expect(rows.slice(0, 3)).to.deep.equal(['Patient Ms Elaine Whitmore', 'NHS number 999 000 0042', 'Date of birth 5 September 1979']);
      expect(rows.some((r) => /address|postcode|phone|email/i.test(r))).to.equal(false);
    });
  });

  describe('after booking', () => {
    async function bookTelephone(formOffer?: string) {
      const el =
        await readyFixture(html`<hero-slot-picker tenant-id=${T} base-url=${B} token-url="/api/hero-token" appointment-type-id="102"
        patient-id="401" start-date=${nextMonday()} form-offer=${formOffer ?? ''}></hero-slot-picker>`);
      await slotsShown(el);
      await reserveFirst(el);
      const booked = oneEvent(el, 'hero-appointment-book');
      $(el, '[part~="confirm-button"]').click();
      const { detail } = await booked;
      await el.updateComplete;
      return { el, appointment: detail.appointment };
    }

    it('shows the booking confirmation and fires hero-appointment-form with the type’s form (form-offer="event", the default)', async () => {
      const { el, appointment } = await bookTelephone();
      expect(focused(el)?.id).to.equal('booked-heading');
      expect(text($(el, '[part="reference"]'))).to.equal(appointment.id);
      const asked = oneEvent(el, 'hero-appointment-form');
      button(el, 'Fill in the form now').click();
      expect((await asked).detail).to.deep.equal({ appointment_id: appointment.id, form_id: '602' });
      await expect(el).to.be.accessible();
    });

    it('shows the form inside the confirmation with form-offer="inline"', async () => {
      const { el } = await bookTelephone('inline');
      let fired = false;
      el.addEventListener('hero-appointment-form', () => (fired = true));
      button(el, 'Fill in the form now').click();
      await waitUntil(() => el.shadowRoot?.querySelector('hero-form-renderer'), 'the form is shown', { timeout: 8000 });
      await waitUntil(() => focused(el)?.id === 'confirmation-form', 'focus moves to the form');
      expect(fired).to.equal(false);
    });
  });

  describe('reschedule', () => {
    it('keeps the type and location, shows the current time, moves it and fires hero-appointment-reschedule', async () => {
      const original = seedBooked();
      const previous = original.start_time;
      const el = await picker({ reschedule: original.id });
      await slotsShown(el);
      expect(text($(el, '#slots-heading'))).to.equal('Select a new time');
      expect(text($(el, '[part="current"]'))).to.match(/^Currently: Tuesday \d+ \w+ \d{4} at 9am$/);
      expect(new URL(requestsTo('/v1/slots')[0]!.url).searchParams.get('location_id')).to.equal('301');
      expect(el.shadowRoot!.querySelector('[part="location-filter"]')).to.equal(null);
      await chooseFirst(el);
      button(el, 'Move to this time').click();
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('summary-heading');
      expect(text($(el, '[part="summary"]'))).to.contain('Current time');
      await expect(el).to.be.accessible();
      const moved = oneEvent(el, 'hero-appointment-reschedule');
      button(el, 'Move appointment').click();
      const event = await moved;
      expect(event.detail.previous_start_time).to.equal(previous);
      expect(event.detail.appointment.id).to.equal(original.id);
      await el.updateComplete;
      expect(text($(el, '[part="confirmation"]'))).to.contain('Appointment moved');
      expect(reserveRequests()).to.have.length(0);
      expect(bookRequests()).to.have.length(0);
    });

    it('refuses an appointment that cannot be moved, and says to call the practice', async () => {
      const original = seedBooked({ can_be_rescheduled: false });
      const el = await picker({ reschedule: original.id, phone: '01234 567890' });
      await waitUntil(() => el.shadowRoot?.querySelector('#refused'));
      expect(text($(el, '#refused'))).to.equal(
        'This appointment cannot be moved online. To change it, call your GP surgery on 01234 567890.',
      );
      expect(el.ready).to.equal(true); // hero-ready came after the appointment was read, and nothing else is asked
      expect(
        requestsTo(/\/v1\//)
          .map((r) => new URL(r.url).pathname)
          .filter((p) => p.startsWith('/v1/slots')),
      ).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('reads a move back after a lost answer before offering to move it again', async () => {
      seedBooked();
      const el = await picker({ reschedule: '8800' });
      await slotsShown(el);
      await chooseFirst(el);
      button(el, 'Move to this time').click();
      await el.updateComplete;
      worker.use(http.patch('*/v1/appointments/:id/reschedule', () => HttpResponse.error(), { once: true }));
      button(el, 'Move appointment').click();
      await waitUntil(() => el.shadowRoot?.querySelector('#outcome') && /has not been moved/.test(text($(el, '#outcome'))), 'read back');
      expect(requestsTo(/\/reschedule$/)).to.have.length(1);
      const moved = oneEvent(el, 'hero-appointment-reschedule');
      button(el, /^Try to move it to .+ again$/).click();
      await moved;
      expect(requestsTo(/\/reschedule$/)).to.have.length(2);
    });
  });

  describe('at 320 px (WCAG 1.4.10, 2.4.11)', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const height of [256, 560])
      it(`never hides the focused time behind the reserve bar while moving through every time (320 × ${height})`, async () => {
        await setViewport({ width: 320, height });
        const el = await picker({ patient: '401' });
        await chooseFirst(el); // the bar is on screen from now on
        options(el)[0]!.focus();
        const count = options(el).length;
        for (let i = 0; i < count; i++) {
          const option = focused(el) as HTMLElement;
          const r = option.getBoundingClientRect();
          const bar = $(el, '[part="selection"]');
          const sticky = getComputedStyle(bar).position === 'sticky';
          const bottom = sticky ? Math.min(window.innerHeight, bar.getBoundingClientRect().top) : window.innerHeight;
          expect(r.top, `time ${i} top`).to.be.at.least(0);
          expect(r.bottom, `time ${i} bottom`).to.be.at.most(bottom + 0.5);
          await sendKeys({ press: 'ArrowRight' });
          await el.updateComplete;
        }
      });

    it('moves by the visual column with ArrowDown and ArrowUp', async () => {
      await setViewport({ width: 800, height: 600 });
      const el = await picker({ patient: '401' });
      const first = options(el)[0]!;
      first.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const below = focused(el) as HTMLElement;
      expect(below.getBoundingClientRect().top).to.be.greaterThan(first.getBoundingClientRect().top);
      expect(Math.abs(below.getBoundingClientRect().left - first.getBoundingClientRect().left)).to.be.lessThan(2);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(focused(el)).to.equal(first);
    });

    it('has no page-level horizontal scroll on the check screen, its hold warning included', async () => {
      await setViewport({ width: 320, height: 640 });
      worker.use(
        http.post(
          '*/v1/appointments',
          () => HttpResponse.json({ id: '9996', reserved_until: new Date(Date.now() + 100_000).toISOString() }),
          { once: true },
        ),
      );
      const el = await picker({ patient: '401' });
      await reserveFirst(el);
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="more-time-button"]'), 'warning shown');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('has no page-level horizontal scroll in any state', async () => {
      await setViewport({ width: 320, height: 640 });
      const fits = (state: string) => expect(document.documentElement.scrollWidth, state).to.be.at.most(320);
      const chooser = await readyFixture(
        html`<hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token"></hero-slot-picker>`,
      );
      fits('choosing');
      chooser.remove();
      const el = await picker({ patient: '401', staff: true, start: londonToday(Date.now()) });
      fits('times');
      const days = $(el, '.days');
      expect(days.scrollWidth).to.be.at.least(days.clientWidth); // the strip scrolls inside itself
      await chooseFirst(el);
      fits('chosen');

      const booked = oneEvent(el, 'hero-appointment-book');
      $(el, '[part~="reserve-button"]').click();
      await booked;
      await el.updateComplete;
      fits('booked');
    });
  });

  describe('focus after "Try again"', () => {
    it('moves to the first step’s heading once the appointment types are back', async () => {
      worker.use(http.get('*/v1/appointment_types', () => new HttpResponse(null, { status: 400 }), { once: true }));
      const el = await fixture<HeroSlotPicker>(
        html`<hero-slot-picker tenant-id=${T} base-url=${B} token-url="/api/hero-token" patient-id="401"></hero-slot-picker>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('[part="retry-button"]'), 'error shown');
      $(el, '[part="retry-button"]').focus();
      $(el, '[part="retry-button"]').click();
      await waitUntil(() => focused(el)?.id === 'choose-heading', 'focus on the heading', { timeout: 8000 });
    });

    it('moves to the times heading once the times are back', async () => {
      worker.use(http.get('*/v1/slots', () => new HttpResponse(null, { status: 400 }), { once: true }));
      const el =
        await fixture<HeroSlotPicker>(html`<hero-slot-picker tenant-id=${T} base-url=${B} token-url="/api/hero-token" appointment-type-id="101" patient-id="401"
        start-date=${nextMonday()}></hero-slot-picker>`);
      await waitUntil(() => el.shadowRoot?.querySelector('[part="retry-button"]'), 'error shown');
      $(el, '[part="retry-button"]').focus();
      $(el, '[part="retry-button"]').click();
      await slotsShown(el);
      await waitUntil(() => focused(el)?.id === 'slots-heading', 'focus on the heading');
    });
  });
});
