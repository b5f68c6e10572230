/**
 * The slot picker's pure rules and API calls: the hold's thresholds (hold-countdown.ts), what a
 * refusal means, reading back after an unknown outcome, and the grid's vertical arrow keys
 * (slot-picker-api.ts, slot-data.ts), with a fake client that records what was sent.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HeroError } from '../../src/api/errors.js';
import type { Appointment, Slot } from '../../src/api/types.js';
import { dueAnnouncement, formatHold, holdDeadline, holdPhase, WARN_AT_MS } from '../../src/components/slot-picker/hold-countdown.js';
import { indexSlots, verticalNeighbour } from '../../src/components/slot-picker/slot-data.js';
import * as api from '../../src/components/slot-picker/slot-picker-api.js';
import type { ApiClient } from '../../src/internal/element-client.js';

const slot: Slot = {
  id: '7001',
  practitioner_id: '201',
  appointment_type_id: '101',
  location_id: '301',
  start_time: '2026-12-07T09:30:00Z',
  finish_time: '2026-12-07T09:40:00Z',
};

const appointment = (overrides: Partial<Appointment> = {}): Appointment =>
  ({
    id: '9001',
    patient_id: '401',
    practitioner_id: '201',
    location_id: '301',
    appointment_type_id: '101',
    duration: 10,
    start_time: slot.start_time,
    video: false,
    in_person: true,
    telephone: false,
    video_url: null,
    link_id: null,
    reserved_until: null,
    booking_confirmed_at: null,
    can_be_cancelled: true,
    can_be_rescheduled: true,
    cancellation_policy_hours: 24,
    suppress_mail: false,
    ...overrides,
  }) as Appointment;

type Call = { method: string; path: string; options: Record<string, unknown> | undefined };

/** A fake client: answers from `answers` by `METHOD path` (a function may throw), recording every call. */
function fakeClient(answers: Record<string, unknown>) {
  const calls: Call[] = [];
  const answer = (method: string) => async (path: string, options?: Record<string, unknown>) => {
    calls.push({ method, path, options });
    const found = answers[`${method} ${path}`];
    if (typeof found === 'function') return (found as () => unknown)();
    return found;
  };
  const client = { get: answer('GET'), post: answer('POST'), patch: answer('PATCH'), listAll: answer('LIST') } as unknown as ApiClient;
  return { client, calls };
}

const unknownError = () => {
  throw new HeroError('network', 'lost', { outcomeUnknown: true });
};

describe('hold countdown rules', () => {
  it('is ok above two minutes, warns from two minutes, lapses at zero', () => {
    assert.equal(holdPhase(15 * 60_000), 'ok');
    assert.equal(holdPhase(WARN_AT_MS + 1), 'ok');
    assert.equal(holdPhase(WARN_AT_MS), 'warn');
    assert.equal(holdPhase(1), 'warn');
    assert.equal(holdPhase(0), 'lapsed');
    assert.equal(holdPhase(-5), 'lapsed');
    assert.equal(holdPhase(NaN), 'lapsed');
  });

  it('never shows NaN for a missing or bad reserved_until', () => {
    assert.equal(holdDeadline(null), undefined);
    assert.equal(holdDeadline('soon'), undefined);
    assert.equal(holdDeadline('2026-12-07T09:45:00Z'), Date.parse('2026-12-07T09:45:00Z'));
    assert.equal(formatHold(NaN), '00:00');
    assert.equal(formatHold(-1000), '00:00');
    assert.equal(formatHold(14 * 60_000 + 59_001), '15:00');
    assert.equal(formatHold(61_000), '01:01');
  });

  it('announces each threshold once, as it is crossed, and none already passed', () => {
    assert.equal(dueAnnouncement(10 * 60_000 + 500, 10 * 60_000 - 500), 10 * 60_000);
    assert.equal(dueAnnouncement(WARN_AT_MS + 400, WARN_AT_MS - 600), WARN_AT_MS);
    assert.equal(dueAnnouncement(WARN_AT_MS - 600, WARN_AT_MS - 1600), undefined);
    // A hold that starts with 90 seconds left: a tick later only the 60-second mark is due, much later.
    assert.equal(dueAnnouncement(90_000, 89_000), undefined);
    assert.equal(dueAnnouncement(60_500, 59_500), 60_000);
  });
});

describe('refusals', () => {
  it('treats 409, 410 and a 400 about availability as "pick another time"', () => {
    assert.equal(api.refusalOf(new HeroError('conflict', 'x', { status: 409 })), 'taken');
    assert.equal(api.refusalOf(new HeroError('not_found', 'x', { status: 410 })), 'lapsed');
    assert.equal(
      api.refusalOf(
        new HeroError('validation', 'x', {
          status: 400,
          issues: [{ path: ['start_time'], code: 'custom', expected: 'an available slot' }],
        }),
      ),
      'taken',
    );
    assert.equal(
      api.refusalOf(new HeroError('validation', 'x', { status: 400, issues: [{ path: ['duration'], code: 'invalid_type' }] })),
      undefined,
    );
    assert.equal(api.refusalOf(new HeroError('server', 'x', { status: 500 })), undefined);
  });
});

describe('reserving and booking', () => {
  it('reserves with the slot, the duration and the patient; an answer without an appointment is an unknown outcome', async () => {
    const { client, calls } = fakeClient({ 'POST /v1/appointments': { id: '9001', reserved_until: null } });
    await api.reserveSlot(client, slot, 10, '401');
    assert.deepEqual(calls[0]!.options!['body'], { ...api.reserveBody(slot, 10, undefined), patient_id: '401' });
    const empty = fakeClient({ 'POST /v1/appointments': null });
    await assert.rejects(api.reserveSlot(empty.client, slot, 10, '401'), (e: HeroError) => e.outcomeUnknown);
    assert.equal(empty.calls.length, 1, 'never re-sent');
  });

  it('marks an unreadable answer to a change as an unknown outcome', async () => {
    const { client } = fakeClient({
      'POST /v1/appointments': () => {
        throw new HeroError('server', 'could not use the answer', { issues: [{ path: ['$', 'id'], code: 'missing' }] });
      },
    });
    await assert.rejects(api.reserveSlot(client, slot, 10, undefined), (e: HeroError) => e.outcomeUnknown);
  });

  it('books for the reservation’s patient and reads back an empty answer', async () => {
    const booked = appointment({ booking_confirmed_at: '2026-12-01T10:00:00Z' });
    const { client, calls } = fakeClient({ 'PATCH /v1/appointments/{id}/book': undefined, 'GET /v1/appointments/{id}': booked });
    assert.equal(await api.bookReservation(client, '9001', '401'), booked);
    assert.deepEqual(
      calls.map((c) => `${c.method} ${c.path}`),
      ['PATCH /v1/appointments/{id}/book', 'GET /v1/appointments/{id}'],
    );
    assert.deepEqual(calls[0]!.options!['body'], { patient_id: '401' });
  });

  it('says the outcome is unknown when the read-back of an empty book answer fails', async () => {
    const { client } = fakeClient({
      'PATCH /v1/appointments/{id}/book': undefined,
      'GET /v1/appointments/{id}': () => {
        throw new HeroError('server', 'x', { status: 503 });
      },
    });
    await assert.rejects(api.bookReservation(client, '9001', '401'), (e: HeroError) => e.outcomeUnknown);
  });

  it('reads a booking back: booked, still held, gone or still unknown', async () => {
    const now = () => Date.parse('2026-12-01T10:00:00Z');
    const held = appointment({ reserved_until: '2026-12-01T10:10:00Z' });
    assert.equal((await api.checkBooking(fakeClient({ 'GET /v1/appointments/{id}': held }).client, '9001', now)).outcome, 'held');
    const lapsed = appointment({ reserved_until: '2026-12-01T09:50:00Z' });
    assert.equal((await api.checkBooking(fakeClient({ 'GET /v1/appointments/{id}': lapsed }).client, '9001', now)).outcome, 'gone');
    const booked = appointment({ booking_confirmed_at: '2026-12-01T09:59:00Z' });
    assert.equal((await api.checkBooking(fakeClient({ 'GET /v1/appointments/{id}': booked }).client, '9001', now)).outcome, 'booked');
    const missing = fakeClient({
      'GET /v1/appointments/{id}': () => {
        throw new HeroError('not_found', 'x', { status: 404 });
      },
    });
    assert.equal((await api.checkBooking(missing.client, '9001', now)).outcome, 'gone');
    const down = fakeClient({ 'GET /v1/appointments/{id}': unknownError });
    assert.equal((await api.checkBooking(down.client, '9001', now)).outcome, 'unknown');
  });

  it('releases a hold once, with suppress_mail, and never throws', async () => {
    const { client, calls } = fakeClient({ 'PATCH /v1/appointments/{id}/cancel': unknownError });
    assert.equal(await api.releaseHold(client, '9001'), false);
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0]!.options, { path: { id: '9001' }, body: { suppress_mail: true } });
  });

  it('finds a reservation whose answer was lost: same patient, time and clinician only', async () => {
    const mine = { ...appointment({ reserved_until: '2026-12-07T09:15:00Z' }), status: 'reserved', cancelled_at: null };
    const other = { ...mine, id: '9002', patient_id: '402' };
    const { client, calls } = fakeClient({ 'LIST /v2/appointments': { data: [other, mine], count: 2 } });
    assert.deepEqual(await api.findReservation(client, '401', slot), { id: '9001', reserved_until: '2026-12-07T09:15:00Z' });
    assert.deepEqual((calls[0]!.options!['query'] as Record<string, unknown>)['patient_id'], '401');
    assert.equal(await api.findReservation(fakeClient({ 'LIST /v2/appointments': unknownError }).client, '401', slot), undefined);
  });
});

describe('rescheduling', () => {
  it('moves to the slot’s time, clinician and location', async () => {
    const moved = appointment({ start_time: slot.start_time, booking_confirmed_at: '2026-11-01T10:00:00Z' });
    const { client, calls } = fakeClient({ 'PATCH /v1/appointments/{id}/reschedule': moved });
    assert.equal(await api.rescheduleTo(client, '9001', slot, 10), moved);
    assert.deepEqual(calls[0]!.options!['body'], { start_time: slot.start_time, practitioner_id: '201', location_id: '301', duration: 10 });
  });

  it('reads a move back: moved when the start is the new one, else not moved, else unknown', async () => {
    assert.equal(api.moveState(appointment({ start_time: '2026-12-07T09:30:00.000Z' }), slot.start_time), 'moved');
    assert.equal(api.moveState(appointment({ start_time: '2026-12-08T09:30:00Z' }), slot.start_time), 'not-moved');
    assert.equal(
      (await api.checkMove(fakeClient({ 'GET /v1/appointments/{id}': unknownError }).client, '9001', slot.start_time)).outcome,
      'unknown',
    );
  });
});

describe('slots and the grid', () => {
  it('skips a slot without a usable start, keeps the others, and compares ids as strings', () => {
    const bad = { ...slot, id: '7002', start_time: 'not a time' };
    const numeric = { ...slot, id: 7003 as unknown as string, start_time: '2026-12-07T10:00:00Z' };
    const window = indexSlots([slot, bad, numeric], '2026-12-07', '2026-12-07');
    assert.deepEqual(
      window.slots.map((v) => v.slot.id),
      ['7001', '7003'],
    );
  });

  it('moves up and down by the visual column', () => {
    // Two rows of three, then a row of one.
    const boxes = [
      { top: 0, left: 0 },
      { top: 0, left: 100 },
      { top: 0, left: 200 },
      { top: 50, left: 0 },
      { top: 50, left: 100 },
      { top: 50, left: 200 },
      { top: 100, left: 0 },
    ];
    assert.equal(verticalNeighbour(boxes, 1, 1), 4);
    assert.equal(verticalNeighbour(boxes, 4, -1), 1);
    assert.equal(verticalNeighbour(boxes, 5, 1), 6, 'the nearest in the shorter row');
    assert.equal(verticalNeighbour(boxes, 6, 1), 6, 'stays at the bottom');
    assert.equal(verticalNeighbour(boxes, 2, -1), 2, 'stays at the top');
  });
});
