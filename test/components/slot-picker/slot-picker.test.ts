import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/components/slot-picker/hero-slot-picker.js';
import type { HeroSlotPicker } from '../../../src/components/slot-picker/hero-slot-picker.js';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID, mockClock, scenarios } from '../../../mock/index.js';
import { addDays, londonToday, weekday } from '../../../src/domain/london-time.js';
import { requestsTo, useMockApi, worker } from '../../support/mock-api.js';
import { $, $$, focused, GP_APPOINTMENT, nextMonday, options, readyFixture, slotsShown, text } from './support.js';

const T = MOCK_PRACTICE_GROUP_ID;
const B = MOCK_BASE_URL;

/** A picker straight on the times of a GP appointment, from next Monday. */
async function slotPicker(extra: { start?: string; days?: number; patient?: string; practitioner?: string } = {}) {
  const el = await readyFixture(html`<hero-slot-picker
    tenant-id=${T}
    base-url=${B}
    token-url="/api/hero-token"
    appointment-type-id=${GP_APPOINTMENT}
    start-date=${extra.start ?? nextMonday()}
    days=${extra.days ?? 7}
    patient-id=${extra.patient ?? ''}
    ?allow-anonymous=${!extra.patient}
    practitioner-id=${extra.practitioner ?? ''}
  ></hero-slot-picker>`);
  await slotsShown(el);
  return el;
}

const slotRequests = () => requestsTo('/v1/slots');
const query = (request: Request | undefined, key: string) => (request ? new URL(request.url).searchParams.get(key) : null);
const reserveRequests = () => requestsTo('/v1/appointments').filter((r) => r.method === 'POST');
const bookRequests = () => requestsTo(/\/v1\/appointments\/\d+\/book$/);
const cancelRequests = () => requestsTo(/\/v1\/appointments\/\d+\/cancel$/);
const groupLabels = (el: HeroSlotPicker) => $$(el, '[role="group"]').map((g) => g.getAttribute('aria-label') ?? '');
const liveRegion = (el: HeroSlotPicker) => text($(el, '[role="status"][aria-live="polite"]'));

/** Chooses the first time on screen and reserves it; resolves on the summary. */
async function reserveFirst(el: HeroSlotPicker) {
  const reserved = oneEvent(el, 'hero-appointment-reserve');
  options(el)[0]!.click();
  await el.updateComplete;
  $(el, '[part~="reserve-button"]').click();
  const event = await reserved;
  await el.updateComplete;
  return event;
}

describe('<hero-slot-picker>', function () {
  this.timeout(30_000);
  useMockApi();

  describe('accessibility', () => {
    it('is accessible while choosing the type of appointment', async () => {
      const el = await readyFixture(
        html`<hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token"></hero-slot-picker>`,
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible with the times listed and one chosen', async () => {
      const el = await slotPicker();
      options(el)[0]!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading, with a busy indication', async () => {
      worker.use(...scenarios.loading);
      const el = await fixture<HeroSlotPicker>(
        html`<hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token" appointment-type-id="101"></hero-slot-picker>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('[part="loading"]'));
      expect($(el, '[part="loading"]').getAttribute('aria-busy')).to.equal('true');
      expect(text($(el, '[part="loading"]'))).to.match(/Loading/);
      await expect(el).to.be.accessible();
    });

    it('is accessible when there are no times', async () => {
      worker.use(...scenarios.empty);
      const el = await readyFixture(
        html`<hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token" appointment-type-id="101"></hero-slot-picker>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="empty"]'));
      await expect(el).to.be.accessible();
    });

    it('is accessible in the error state', async () => {
      worker.use(...scenarios['server-error']);
      const el = await fixture<HeroSlotPicker>(
        html`<hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token" appointment-type-id="101"></hero-slot-picker>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('[part="retry-button"]'), 'retry shown', { timeout: 8000 });
      await expect(el).to.be.accessible();
    });

    it('is accessible on the summary with its countdown, and on the confirmation', async () => {
      const el = await slotPicker();
      await reserveFirst(el);
      await expect(el).to.be.accessible();
      const booked = oneEvent(el, 'hero-appointment-book');
      $(el, '[part~="confirm-button"]').click();
      await booked;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible showing that a time was taken', async () => {
      worker.use(...scenarios['slot-taken']);
      const el = await slotPicker();
      options(el)[0]!.click();
      await el.updateComplete;
      $(el, '[part~="reserve-button"]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('#notice'));
      await slotsShown(el);
      await expect(el).to.be.accessible();
    });

    it('gives every time, day and button a target of at least 24 × 24 px, even 320 px wide', async () => {
      const el = await slotPicker();
      el.style.width = '320px';
      options(el)[0]!.click();
      await el.updateComplete;
      const targets = [...options(el), ...$$(el, '[role="tab"]'), ...$$(el, 'button'), ...$$(el, 'select')];
      expect(targets.length).to.be.greaterThan(10);
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(box.width, target.id || target.textContent!).to.be.at.least(24);
        expect(box.height, target.id || target.textContent!).to.be.at.least(24);
      }
      expect(el.scrollWidth).to.be.at.most(320);
    });
  });

  describe('defaults', () => {
    it('loads seven days from today in Europe/London', async () => {
      const el = await readyFixture(
        html`<hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token" appointment-type-id="101"></hero-slot-picker>`,
      );
      const today = londonToday(Date.now());
      expect(query(slotRequests()[0], 'start_date')).to.equal(today);
      expect(query(slotRequests()[0], 'end_date')).to.equal(addDays(today, 6));
      expect(el.days).to.equal(7);
    });

    it('offers the appointment types first when no appointment-type-id is set', async () => {
      const el = await readyFixture(
        html`<hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token"></hero-slot-picker>`,
      );
      const types = $$(el, '[part="type-option"]').map(text);
      expect(types.some((t) => /GP appointment.*10 minutes.*In person.*NHS/.test(t))).to.equal(true, types.join('\n'));
      expect(types.some((t) => /GP telephone consultation.*Telephone/.test(t))).to.equal(true);
      expect(types.some((t) => /GP video consultation.*15 minutes.*Video/.test(t))).to.equal(true);
      expect(types.some((t) => /Travel vaccination consultation.*Private, £35(?!\.)/.test(t))).to.equal(true);
      expect($$(el, '[part="location-option"]').length).to.equal(4); // any + three surgeries
      expect(slotRequests()).to.have.length(0);
    });
  });

  describe('choosing', () => {
    it('says what is missing, and sends nothing, when continuing without a type', async () => {
      const el = await readyFixture(
        html`<hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token"></hero-slot-picker>`,
      );
      $(el, '[part="continue-button"]').click();
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('error-summary');
      expect(text($(el, '#error-summary'))).to.contain('Select the type of appointment you need');
      // The summary's title sits under the step's h2; its link moves focus to the first type.
      const title = $(el, '#error-summary [role="heading"]');
      expect(text(title)).to.equal('There is a problem');
      expect(title.getAttribute('aria-level')).to.equal('3');
      expect(slotRequests()).to.have.length(0);
      await expect(el).to.be.accessible();
      $(el, '#error-summary a').click();
      await el.updateComplete;
      const first = $$<HTMLInputElement>(el, 'input[name="appointment-type"]')[0]!;
      expect(focused(el)?.getAttribute('name')).to.equal('appointment-type');
      expect((focused(el) as HTMLInputElement).value).to.equal(first.value);
    });

    it('goes on to the times of the chosen type and location', async () => {
      const el = await readyFixture(
        html`<hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token" start-date=${nextMonday()}></hero-slot-picker>`,
      );
      $$<HTMLInputElement>(el, 'input[name="appointment-type"]')
        .find((i) => i.value === '104')!
        .click();
      $$<HTMLInputElement>(el, 'input[name="location"]')
        .find((i) => i.value === '302')!
        .click();
      $(el, '[part="continue-button"]').click();
      await slotsShown(el);
      expect(query(slotRequests()[0], 'appointment_type_id')).to.equal('104');
      expect(query(slotRequests()[0], 'location_id')).to.equal('302');
      expect(focused(el)?.id).to.equal('slots-heading');
      expect(groupLabels(el).every((g) => /Castle Street/.test(g))).to.equal(true);
    });
  });

  describe('attributes', () => {
    it('uses start-date and days for the window', async () => {
      const start = nextMonday();
      await slotPicker({ start, days: 14 });
      expect(query(slotRequests()[0], 'start_date')).to.equal(start);
      expect(query(slotRequests()[0], 'end_date')).to.equal(addDays(start, 13));
    });

    it('fixes location-id (no location choice) and preselects practitioner-id', async () => {
      const el = await readyFixture(html`<hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token"
        appointment-type-id="101" location-id="301" practitioner-id="202" start-date=${nextMonday()}></hero-slot-picker>`);
      await slotsShown(el);
      expect(query(slotRequests()[0], 'location_id')).to.equal('301');
      expect(query(slotRequests()[0], 'practitioner_id')).to.equal('202');
      expect(el.shadowRoot!.querySelector('[part="location-filter"]')).to.equal(null);
      expect($<HTMLSelectElement>(el, '[part="practitioner-filter"]').value).to.equal('202');
      // Practitioner and location both fixed: the times are grouped by part of the day only, time-only cards.
      expect(groupLabels(el).every((g) => ['Morning', 'Afternoon', 'Evening'].includes(g))).to.equal(true);
      options(el)[0]!.click();
      await el.updateComplete;
      expect(text($(el, '[part="selection"]'))).to.contain("O'Connor");
    });

    it('sends patient-id with the reservation and the booking', async () => {
      const el = await slotPicker({ patient: '401' });
      await reserveFirst(el);
      const booked = oneEvent(el, 'hero-appointment-book');
      $(el, '[part~="confirm-button"]').click();
      await booked;
      expect((await reserveRequests()[0]!.clone().json()).patient_id).to.equal('401');
      expect((await bookRequests()[0]!.clone().json()).patient_id).to.equal('401');
    });
  });

  describe('data', () => {
    it('follows every page of the slots and shows each time with its practitioner and location', async () => {
      const el = await slotPicker({ days: 28 });
      const pages = slotRequests().map((r) => Number(query(r, 'page_index')));
      expect(pages.length).to.be.greaterThan(1);
      expect([...pages].sort((a, b) => a - b)).to.deep.equal(pages.map((_, i) => i));
      // Time-only cards, grouped by clinician and location (the filters are "Any"): no repeated names on every card.
      expect(text(options(el)[0])).to.match(/^\d{1,2}(:\d{2})?[ap]m$/);
      expect(options(el)[0]!.closest('[role="group"]')!.getAttribute('aria-label')).to.match(
        /^(Morning|Afternoon|Evening), (Dr|Mrs|Mr|Ms) .+, .+(Surgery|surgery\))$/,
      );
    });

    it('counts every time of the window across the days, pages included', async () => {
      const start = nextMonday();
      const el = await slotPicker({ start, days: 7 });
      const counts = $$(el, '[role="tab"]').map((tab) => Number(/(\d+) times?$/.exec(text(tab))?.[1] ?? 0));
      const response = await fetch(`${B}/v1/slots?start_date=${start}&end_date=${addDays(start, 6)}&appointment_type_id=101&page_size=1`, {
        headers: { authorization: `Bearer ${(await (await fetch('/api/hero-token')).json()).access_token}`, 'x-practice-group-id': T },
      });
      const { count } = (await response.json()) as { count: number };
      expect(counts.reduce((a, b) => a + b, 0)).to.equal(count);
      expect(count).to.be.greaterThan(100); // more than one page
    });

    it('groups each day into morning, afternoon and evening', async () => {
      const el = await slotPicker();
      const groups = groupLabels(el).map((g) => g.split(',')[0]);
      expect(groups).to.include('Morning');
      expect(groups.every((g) => ['Morning', 'Afternoon', 'Evening'].includes(g!))).to.equal(true);
      expect($$(el, '[part="period-heading"]').map(text)).to.include('Morning');
    });

    it('cancels the request in flight when a filter changes, and shows only the new results', async () => {
      const signals: { url: string; signal: AbortSignal }[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        const url = String(input instanceof Request ? input.url : input);
        if (url.includes('/v1/slots') && init?.signal) signals.push({ url, signal: init.signal });
        return realFetch(input, init);
      };
      try {
        const el = await slotPicker();
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        worker.use(
          http.get('*/v1/slots', async ({ request }) => {
            if (new URL(request.url).searchParams.get('practitioner_id') === '201') await gate;
            return undefined;
          }),
        );
        const select = $<HTMLSelectElement>(el, '[part="practitioner-filter"]');
        select.value = '201';
        select.dispatchEvent(new Event('change'));
        await waitUntil(() => signals.some((s) => s.url.includes('practitioner_id=201')), 'first request sent');
        select.value = '202';
        select.dispatchEvent(new Event('change'));
        const first = signals.find((s) => s.url.includes('practitioner_id=201'))!;
        await waitUntil(() => first.signal.aborted, 'the first request was aborted');
        release();
        await waitUntil(() => options(el).length > 0 && groupLabels(el).every((g) => /O'Connor/.test(g)), 'new results');
        await new Promise((r) => setTimeout(r, 100));
        expect(groupLabels(el).every((g) => /O'Connor/.test(g))).to.equal(true);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('says when the window has no times and offers the next day that has some', async () => {
      let sunday = addDays(londonToday(Date.now()), 1);
      while (weekday(sunday) !== 0) sunday = addDays(sunday, 1);
      const el = await readyFixture(html`<hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token"
        appointment-type-id="101" start-date=${sunday} days="1"></hero-slot-picker>`);
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="empty"]'));
      const empty = $(el, '[part~="empty"]');
      expect(text(empty)).to.match(/There are no appointments from Sunday \d+ \w+ \d{4} to Sunday/);
      const offer = empty.querySelector('button')!;
      expect(text(offer)).to.match(/^Show (Monday|Tuesday) \d+ \w+ \d{4}, the next day with appointments$/);
      offer.click();
      await slotsShown(el);
      expect(text($(el, '[role="tab"][aria-selected="true"]'))).to.match(/^(Mon|Tue)/);
    });

    it('says so when nothing is available in the weeks after an empty window either', async () => {
      worker.use(...scenarios.empty);
      const el = await readyFixture(
        html`<hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token" appointment-type-id="101"></hero-slot-picker>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="empty"]'));
      expect(text($(el, '[part~="empty"]'))).to.contain('There are no appointments in the 8 weeks after that either');
    });

    it('shows an error with a retry that recovers, and fires hero-error', async () => {
      worker.use(...scenarios['server-error']);
      const reported = oneEvent(document, 'hero-error');
      const el = await fixture<HeroSlotPicker>(
        html`<hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token" appointment-type-id="101" start-date=${nextMonday()}></hero-slot-picker>`,
      );
      expect((await reported).detail.code).to.equal('server');
      await waitUntil(() => el.shadowRoot?.querySelector('[part="retry-button"]'));
      expect(text($(el, '[role="alert"]'))).to.contain('Sorry, there is a problem with the service');
      worker.resetHandlers();
      $(el, '[part="retry-button"]').click();
      await slotsShown(el);
    });

    it('retries transient failures without the user noticing', async () => {
      worker.use(...scenarios.flaky);
      let errors = 0;
      const count = () => errors++;
      document.addEventListener('hero-error', count);
      try {
        const el = await slotPicker();
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(errors).to.equal(0);
      } finally {
        document.removeEventListener('hero-error', count);
      }
    });

    it('fetches locations and practitioners once for every picker on the page', async () => {
      const ready = oneEvent(document, 'hero-ready');
      const host = await fixture(html`<div>
        <hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token" appointment-type-id="101"></hero-slot-picker>
        <hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token" appointment-type-id="104"></hero-slot-picker>
      </div>`);
      await ready;
      for (const el of host.querySelectorAll('hero-slot-picker')) await slotsShown(el);
      expect(requestsTo('/v1/practitioners')).to.have.length(1);
      expect(requestsTo('/v1/locations')).to.have.length(1);
    });
  });

  describe('reserving and booking', () => {
    it('reserves with the slot’s details and the type’s duration, then shows a summary with a countdown', async () => {
      const el = await slotPicker();
      const event = await reserveFirst(el);
      const body = await reserveRequests()[0]!.clone().json();
      const slot = event.detail.slot;
      expect(body).to.deep.equal({
        appointment_type_id: slot.appointment_type_id,
        location_id: slot.location_id,
        practitioner_id: slot.practitioner_id,
        start_time: slot.start_time,
        duration: 10,
      });
      expect(focused(el)?.id).to.equal('summary-heading');
      expect(text($(el, '[part="countdown"]'))).to.match(/^1[45]:\d{2}$/);
      expect(liveRegion(el)).to.contain('Time reserved');
      expect(text($(el, '[part="summary"]'))).to.contain('GP appointment');
    });

    it('books on confirm, moves focus to the confirmation and announces it', async () => {
      const el = await slotPicker();
      await reserveFirst(el);
      const booked = oneEvent(el, 'hero-appointment-book');
      $(el, '[part~="confirm-button"]').click();
      const event = await booked;
      await el.updateComplete;
      expect(event.detail.appointment.booking_confirmed_at).to.be.a('string');
      expect(focused(el)?.id).to.equal('booked-heading');
      expect(text($(el, '[part="confirmation"]'))).to.contain('Appointment booked');
      expect(liveRegion(el)).to.contain('Appointment booked');
    });

    it('sends one reservation however often reserve is clicked', async () => {
      const el = await slotPicker();
      options(el)[0]!.click();
      await el.updateComplete;
      const button = $(el, '[part~="reserve-button"]');
      button.click();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      button.click();
      await waitUntil(() => el.shadowRoot?.querySelector('[part="summary"]'));
      expect(reserveRequests()).to.have.length(1);
    });

    it('sends one booking however often confirm is clicked', async () => {
      const el = await slotPicker();
      await reserveFirst(el);
      const button = $(el, '[part~="confirm-button"]');
      button.click();
      button.click();
      await el.updateComplete;
      button.click();
      await waitUntil(() => el.shadowRoot?.querySelector('[part="confirmation"]'));
      expect(bookRequests()).to.have.length(1);
    });

    it('releases the reservation when going back, and keeps the filters', async () => {
      const el = await slotPicker({ practitioner: '201' });
      await reserveFirst(el);
      $(el, '[part~="back-button"]').click();
      await waitUntil(() => cancelRequests().length === 1 && el.shadowRoot?.querySelector('#slots-heading'));
      await slotsShown(el);
      expect($<HTMLSelectElement>(el, '[part="practitioner-filter"]').value).to.equal('201');
    });

    it('recovers from a time taken by someone else: says so, reloads the times, keeps the filters', async () => {
      const el = await slotPicker({ practitioner: '202' });
      const before = slotRequests().length;
      worker.use(...scenarios['slot-taken']);
      let errors = 0;
      const count = () => errors++;
      el.addEventListener('hero-error', count);
      options(el)[0]!.click();
      await el.updateComplete;
      $(el, '[part~="reserve-button"]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('#notice'));
      expect(text($(el, '#notice'))).to.equal('Sorry, someone else has just booked that time. Select another time.');
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('notice');
      await slotsShown(el);
      expect(slotRequests().length).to.be.greaterThan(before);
      expect($<HTMLSelectElement>(el, '[part="practitioner-filter"]').value).to.equal('202');
      expect(query(slotRequests().at(-1), 'practitioner_id')).to.equal('202');
      expect(el.shadowRoot!.querySelector('[aria-selected="true"][role="option"]')).to.equal(null);
      expect(errors).to.equal(0);
    });

    it('recovers when booking finds the time taken (409)', async () => {
      const el = await slotPicker();
      await reserveFirst(el);
      worker.use(...scenarios['slot-taken']);
      $(el, '[part~="confirm-button"]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('#notice'));
      expect(text($(el, '#notice'))).to.contain('someone else has just booked that time');
      await slotsShown(el);
    });

    it('says the hold ran out when the countdown reaches zero, and reloads the times', async () => {
      worker.use(
        http.post('*/v1/appointments', () => HttpResponse.json({ id: '9999', reserved_until: new Date(Date.now() + 2000).toISOString() }), {
          once: true,
        }),
      );
      const el = await slotPicker({ practitioner: '203' });
      await reserveFirst(el);
      const before = slotRequests().length;
      await waitUntil(() => el.shadowRoot?.querySelector('#notice'), 'lapsed', { timeout: 8000 });
      expect(text($(el, '#notice'))).to.contain('We could not hold that time any longer');
      await slotsShown(el);
      expect(slotRequests().length).to.be.greaterThan(before);
      expect($<HTMLSelectElement>(el, '[part="practitioner-filter"]').value).to.equal('203');
      expect(liveRegion(el)).to.contain('We could not hold that time any longer');
    });

    it('says the hold ran out when booking answers 410', async () => {
      const el = await slotPicker();
      await reserveFirst(el);
      worker.use(
        http.patch('*/v1/appointments/:id/book', () =>
          HttpResponse.json({ error: true, statusCode: 410, message: 'reservation_expired' }, { status: 410 }),
        ),
      );
      $(el, '[part~="confirm-button"]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('#notice'));
      expect(text($(el, '#notice'))).to.contain('We could not hold that time any longer');
    });

    it('keeps the summary with one action when booking is refused for another reason', async () => {
      const el = await slotPicker();
      await reserveFirst(el);
      worker.use(
        http.patch('*/v1/appointments/:id/book', () => HttpResponse.json({ error: true, statusCode: 403 }, { status: 403 }), {
          once: true,
        }),
      );
      $(el, '[part~="confirm-button"]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'));
      expect(el.shadowRoot!.querySelector('[part="summary"]')).to.not.equal(null);
      // One action, not "Try again" beside "Confirm appointment".
      expect(el.shadowRoot!.querySelector('[part="retry-button"]')).to.equal(null);
      await expect(el).to.be.accessible();
      const booked = oneEvent(el, 'hero-appointment-book');
      $(el, '[part~="confirm-button"]').click();
      await booked;
      expect(bookRequests()).to.have.length(2);
    });

    it('keeps the chosen time through a token refresh', async () => {
      const el = await slotPicker({ start: addDays(nextMonday(), 1) });
      const chosen = options(el)[3]!;
      chosen.click();
      await el.updateComplete;
      mockClock.advance(31 * 60_000); // the token the element holds has now expired for the API
      const reserved = oneEvent(el, 'hero-appointment-reserve');
      $(el, '[part~="reserve-button"]').click();
      const event = await reserved;
      expect(event.detail.slot.id).to.equal(chosen.dataset['id']);
      expect(requestsTo('/api/hero-token').length).to.be.greaterThan(1);
    });
  });

  describe('keyboard', () => {
    it('moves through the times with the arrow keys, Home and End, and chooses with Enter and Space', async () => {
      const el = await slotPicker();
      const all = options(el);
      all[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal(all[1]!.id);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal(all[2]!.id);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal(all[1]!.id);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal(all.at(-1)!.id);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal(all[0]!.id);
      // Only the focused option is in the tab order.
      expect(
        options(el)
          .filter((o) => o.tabIndex === 0)
          .map((o) => o.id),
      ).to.deep.equal([all[0]!.id]);

      const selected = oneEvent(el, 'hero-slot-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.slot.id).to.equal(all[0]!.dataset['id']);
      await el.updateComplete;
      expect(all[0]!.getAttribute('aria-selected')).to.equal('true');

      await sendKeys({ press: 'ArrowRight' });
      const again = oneEvent(el, 'hero-slot-select');
      await sendKeys({ press: ' ' });
      expect((await again).detail.slot.id).to.equal(all[1]!.dataset['id']);
      await el.updateComplete;
      expect(
        options(el)
          .filter((o) => o.getAttribute('aria-selected') === 'true')
          .map((o) => o.id),
      ).to.deep.equal([all[1]!.id]);
    });

    it('moves between days with the arrow keys, showing each day’s times', async () => {
      const el = await slotPicker();
      const tabs = $$(el, '[role="tab"]');
      tabs[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal(tabs[1]!.id);
      expect(tabs[1]!.getAttribute('aria-selected')).to.equal('true');
      expect($(el, '[role="tabpanel"]').getAttribute('aria-labelledby')).to.equal(tabs[1]!.id);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal(tabs.at(-1)!.id);
    });

    it('reserves and confirms with the keyboard alone', async () => {
      const el = await slotPicker();
      options(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      $(el, '[part~="reserve-button"]').focus();
      const reserved = oneEvent(el, 'hero-appointment-reserve');
      await sendKeys({ press: 'Enter' });
      await reserved;
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('summary-heading');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' }); // past the countdown's details to the confirm button
      const target = focused(el);
      if (target?.getAttribute('part') !== 'confirm-button') $(el, '[part~="confirm-button"]').focus();
      const booked = oneEvent(el, 'hero-appointment-book');
      await sendKeys({ press: 'Enter' });
      await booked;
    });
  });

  describe('day navigation', () => {
    it('pages to the next and previous week, loading a new window past the end', async () => {
      const start = nextMonday();
      const el = await slotPicker({ start, days: 7 });
      const before = slotRequests().length;
      $$(el, '[part="nav-button"]')[1]!.click(); // next week
      await el.updateComplete;
      await slotsShown(el);
      expect(query(slotRequests().at(-1), 'start_date')).to.equal(addDays(start, 7));
      expect(slotRequests().length).to.be.greaterThan(before);
      expect($$(el, '[role="tab"]')[0]!.id).to.equal(`day-${addDays(start, 7)}`);
      $$(el, '[part="nav-button"]')[0]!.click(); // previous week
      await el.updateComplete;
      await slotsShown(el);
      expect($$(el, '[role="tab"]')[0]!.id).to.equal(`day-${start}`);
    });

    it('pages within a longer window without asking again', async () => {
      const start = nextMonday();
      const el = await slotPicker({ start, days: 14 });
      const before = slotRequests().length;
      $$(el, '[part="nav-button"]')[1]!.click();
      await el.updateComplete;
      expect($$(el, '[role="tab"]')[0]!.id).to.equal(`day-${addDays(start, 7)}`);
      expect(slotRequests().length).to.equal(before);
    });

    it('jumps to the next day that has times', async () => {
      const start = nextMonday();
      const el = await slotPicker({ start: addDays(start, 5), days: 7 }); // Saturday
      const saturday = $(el, '[role="tab"][aria-selected="true"]').id;
      $$(el, '[part="nav-button"]')[2]!.click();
      await el.updateComplete;
      const next = $(el, '[role="tab"][aria-selected="true"]');
      expect(next.id > saturday).to.equal(true);
      expect(text(next)).to.match(/\d+ times?$/);
    });

    it('does not go back before today', async () => {
      const el = await readyFixture(
        html`<hero-slot-picker allow-anonymous tenant-id=${T} base-url=${B} token-url="/api/hero-token" appointment-type-id="101"></hero-slot-picker>`,
      );
      // No "Previous week" at all (not a disabled stop in the tab order).
      expect($$(el, '[part="nav-button"]').map(text)).to.deep.equal(['Next week', 'Next day with appointments']);
    });
  });

  describe('events', () => {
    it('fires hero-slot-select, bubbling and composed, when the user chooses a time', async () => {
      const el = await slotPicker();
      const selected = oneEvent(document, 'hero-slot-select');
      options(el)[2]!.click();
      const event = await selected;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.slot.id).to.equal(options(el)[2]!.dataset['id']);
      expect(Object.keys(event.detail.slot).sort()).to.deep.equal([
        'appointment_type_id',
        'finish_time',
        'id',
        'location_id',
        'practitioner_id',
        'start_time',
      ]);
    });

    it('fires hero-appointment-reserve with the appointment id, hold and slot', async () => {
      const el = await slotPicker();
      const event = await reserveFirst(el);
      expect(event.detail.appointment_id).to.match(/^\d+$/);
      expect(Date.parse(event.detail.reserved_until!)).to.be.greaterThan(Date.now());
      expect(event.detail.slot.id).to.equal(options(el).length ? event.detail.slot.id : event.detail.slot.id);
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires nothing when code sets properties', async () => {
      const fired: string[] = [];
      const record = (e: Event) => fired.push(e.type);
      const types = ['hero-slot-select', 'hero-appointment-reserve', 'hero-appointment-book'] as const;
      for (const type of types) document.addEventListener(type, record);
      try {
        const el = await slotPicker();
        el.practitionerId = '204';
        el.startDate = addDays(nextMonday(), 7);
        el.days = 3;
        el.appointmentTypeId = '104';
        await el.updateComplete;
        await slotsShown(el);
        expect(fired).to.deep.equal([]);
      } finally {
        for (const type of types) document.removeEventListener(type, record);
      }
    });
  });

  describe('theming', () => {
    it('colours the chosen time with --hero-slot-picker-accent', async () => {
      const el = await slotPicker();
      el.style.setProperty('--hero-slot-picker-accent', 'rgb(12, 34, 56)');
      options(el)[0]!.click();
      await el.updateComplete;
      expect(getComputedStyle($(el, '[part~="slot-selected"]')).backgroundColor).to.equal('rgb(12, 34, 56)');
    });

    it('exposes the documented parts', async () => {
      const el = await slotPicker();
      options(el)[0]!.click();
      await el.updateComplete;
      for (const part of [
        'base',
        'day-nav',
        'day',
        'day-selected',
        'slots',
        'slot',
        'slot-selected',
        'reserve-button',
        'practitioner-filter',
      ]) {
        expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.not.equal(null);
      }
      await reserveFirst(el);
      for (const part of ['summary', 'countdown', 'confirm-button', 'back-button']) {
        expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.not.equal(null);
      }
    });
  });
});
