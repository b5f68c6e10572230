/**
 * The fortnight around the end of BST (Sunday 25 October 2026): every time must read in
 * Europe/London on both sides of the change, whatever the browser's own zone. This file also runs
 * with the browser in New York (test/components/slot-picker/wtr-timezone.config.mjs), which sets
 * `window.__HERO_EXPECT_TIME_ZONE` so the test can prove the zone really was different.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/slot-picker/hero-slot-picker.js';
import type { HeroSlotPicker } from '../../../src/components/slot-picker/hero-slot-picker.js';
import { createHostTokenHandler, MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID, mockClock, mockDb } from '../../../mock/index.js';
import type { Appointment } from '../../../src/api/types.js';
import { useMockApi, worker } from '../../support/mock-api.js';
import { $, $$, options, readyFixture, slotsShown, text } from './support.js';

declare global {
  interface Window {
    __HERO_EXPECT_TIME_ZONE?: string;
  }
}

/** The London wall-clock time a mock slot id encodes (`YYYYMMDD` + practitioner + minutes after London midnight), NHS style. */
function expectedTime(slotId: string): string {
  const minutes = Number(slotId.slice(-4));
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60).padStart(2, '0');
  if (minutes === 12 * 60) return 'midday';
  return `${h % 12 || 12}${m === '00' ? '' : `:${m}`}${h < 12 ? 'am' : 'pm'}`;
}

async function showDay(el: HeroSlotPicker, day: string): Promise<void> {
  $(el, `#day-${day}`).click();
  await el.updateComplete;
}

/** Checks every time listed for the day on screen, and returns the first slot's UTC start. */
async function checkDay(el: HeroSlotPicker, day: string): Promise<Date> {
  await showDay(el, day);
  const listed = options(el);
  expect(listed.length, `times on ${day}`).to.be.greaterThan(3);
  for (const option of listed) {
    const id = option.dataset['id']!;
    expect(id.slice(0, 8), 'each time is on the London day shown').to.equal(day.replace(/-/g, ''));
    expect(text(option.querySelector('.slot-time')).replace(/,$/, '')).to.equal(expectedTime(id));
  }
  const selected = oneEvent(el, 'hero-slot-select');
  listed[0]!.click();
  const { slot } = (await selected).detail;
  expect(text(listed[0]!.querySelector('.slot-time')).replace(/,$/, '')).to.equal(expectedTime(slot.id));
  return new Date(slot.start_time);
}

describe('<hero-slot-picker> across the end of BST', function () {
  this.timeout(30_000);
  useMockApi();

  it('runs in the browser time zone it was given', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (window.__HERO_EXPECT_TIME_ZONE) expect(zone).to.equal(window.__HERO_EXPECT_TIME_ZONE);
    else expect(zone).to.be.a('string');
  });

  it('shows London times on both sides of Sunday 25 October 2026', async () => {
    mockClock.set(Date.parse('2026-10-12T08:00:00Z'));
    // Tokens are minted on the mock's clock; the client judges expiry by the real one. Mint
    // long-lived ones so a token from "October" is still fresh to the client.
    worker.use(createHostTokenHandler({ ttlSeconds: 400 * 86_400 }));
    const el = await readyFixture(html`<hero-slot-picker
      allow-anonymous
      tenant-id=${MOCK_PRACTICE_GROUP_ID}
      base-url=${MOCK_BASE_URL}
      token-url="/api/hero-token"
      appointment-type-id="101"
      start-date="2026-10-19"
      days="14"
    ></hero-slot-picker>`);
    await slotsShown(el);
    expect($$(el, '[role="tab"]').map((t) => t.id)).to.deep.equal([
      'day-2026-10-19',
      'day-2026-10-20',
      'day-2026-10-21',
      'day-2026-10-22',
      'day-2026-10-23',
      'day-2026-10-24',
      'day-2026-10-25',
    ]);
    expect(text($(el, '#day-2026-10-25'))).to.contain('No times');

    // Friday 23 October, BST: London is UTC+1.
    const friday = await checkDay(el, '2026-10-23');
    expect(friday.getUTCHours() + 1).to.equal(parseInt(expectedTime(options(el)[0]!.dataset['id']!), 10) % 12 || 12);
    expect(text($(el, '.range'))).to.equal('Mon 19 Oct to Sun 25 Oct 2026');

    // The next week, GMT: London is UTC.
    $$(el, '[part="nav-button"]')
      .find((b) => text(b) === 'Next week')!
      .click();
    await el.updateComplete;
    const monday = await checkDay(el, '2026-10-26');
    const mondayHour = parseInt(expectedTime(options(el)[0]!.dataset['id']!), 10);
    expect(monday.getUTCHours() % 12 || 12).to.equal(mondayHour);
    expect(text($(el, '.range'))).to.equal('Mon 26 Oct to Sun 1 Nov 2026');

    // The summary's date and time reads in London too.
    expect(text($(el, '[part="selection"]'))).to.match(/Monday 26 October 2026 at \d{1,2}(:\d{2})?am/);
  });

  it('reschedules from a BST Friday to a GMT Monday, saying both times in London', async () => {
    mockClock.set(Date.parse('2026-10-12T08:00:00Z'));
    worker.use(createHostTokenHandler({ ttlSeconds: 400 * 86_400 }));
    // Booked for Friday 23 October 2026 at 10am BST (09:00 UTC).
    const appointment = {
      id: '8801',
      patient_id: '401',
      practitioner_id: '201',
      location_id: '301',
      appointment_type_id: '101',
      duration: 10,
      start_time: '2026-10-23T09:00:00Z',
      video: false,
      in_person: true,
      telephone: false,
      video_url: null,
      link_id: null,
      reserved_until: null,
      booking_confirmed_at: '2026-10-01T09:00:00Z',
      can_be_cancelled: true,
      can_be_rescheduled: true,
      cancellation_policy_hours: 24,
      suppress_mail: false,
    } as Appointment;
    mockDb.appointments.set('8801', { appointment, slotId: 'seed-8801', cancelled: false, cancelledAt: null });
    const el = await readyFixture(html`<hero-slot-picker
      tenant-id=${MOCK_PRACTICE_GROUP_ID}
      base-url=${MOCK_BASE_URL}
      token-url="/api/hero-token"
      reschedule-appointment-id="8801"
      start-date="2026-10-19"
      days="14"
    ></hero-slot-picker>`);
    await slotsShown(el);
    expect(text($(el, '[part="current"]'))).to.equal('Currently: Friday 23 October 2026 at 10am');
    $$(el, '[part="nav-button"]')
      .find((b) => text(b) === 'Next week')!
      .click();
    await el.updateComplete;
    const monday = await checkDay(el, '2026-10-26');
    $$(el, 'button')
      .find((b) => text(b) === 'Move to this time')!
      .click();
    await el.updateComplete;
    const rows = text($(el, '[part="summary"]'));
    expect(rows).to.contain('Current time Friday 23 October 2026 at 10am');
    const moved = oneEvent(el, 'hero-appointment-reschedule');
    $$(el, 'button')
      .find((b) => text(b) === 'Move appointment')!
      .click();
    const { detail } = await moved;
    expect(detail.previous_start_time).to.equal('2026-10-23T09:00:00Z');
    expect(Date.parse(detail.appointment.start_time!)).to.equal(monday.getTime());
    await el.updateComplete;
    // GMT: London is UTC, so the hour on screen is the UTC hour.
    const hour = monday.getUTCHours();
    const spoken = `${hour % 12 || 12}${monday.getUTCMinutes() ? `:${String(monday.getUTCMinutes()).padStart(2, '0')}` : ''}${hour < 12 ? 'am' : 'pm'}`;
    expect(text($(el, '[part="confirmation"]'))).to.contain(`Monday 26 October 2026 at ${spoken}`);
  });
});
