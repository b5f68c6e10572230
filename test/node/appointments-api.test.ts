/**
 * `<hero-appointments>`' calls (src/components/appointments/appointments-api.ts) against a stand-in
 * client: the list's query and what it keeps, paging by what the server returns, and a cancel that
 * is sent once, with its outcome read back when the answer is lost.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HeroError } from '../../src/api/errors.js';
import type { AppointmentListItem, AppointmentStatus } from '../../src/api/types.js';
import { cancelAppointment, checkCancelled, loadAppointmentsPage } from '../../src/components/appointments/appointments-api.js';
import type { ApiClient } from '../../src/internal/element-client.js';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-07T10:00:00Z');
const signal = new AbortController().signal;

function appointment(id: string, hoursFromNow: number, extra: Partial<AppointmentListItem> = {}): AppointmentListItem {
  return {
    id,
    patient_id: '401',
    practitioner_id: '201',
    location_id: '301',
    appointment_type_id: '101',
    duration: 10,
    start_time: new Date(NOW + hoursFromNow * HOUR).toISOString(),
    video: false,
    in_person: true,
    telephone: false,
    video_url: null,
    link_id: null,
    reserved_until: null,
    booking_confirmed_at: '2026-12-01T09:00:00Z',
    can_be_cancelled: true,
    can_be_rescheduled: true,
    cancellation_policy_hours: 24,
    suppress_mail: false,
    status: 'booked',
    cancelled_at: null,
    ...extra,
  };
}

interface Call {
  method: string;
  path: string;
  options: { query?: Record<string, unknown>; path?: { id: string } };
}

/** A client answering from `answers` (a function per `METHOD path`), recording every call. */
function client(answers: Record<string, (options: Call['options']) => unknown>): ApiClient & { calls: Call[] } {
  const calls: Call[] = [];
  const call =
    (method: string) =>
    async (path: string, options: Call['options'] = {}) => {
      calls.push({ method, path, options });
      const answer = answers[`${method} ${path}`];
      if (!answer) throw new Error(`unexpected ${method} ${path}`);
      return answer(options);
    };
  return { calls, get: call('GET'), patch: call('PATCH'), post: call('POST'), listAll: call('GET') } as unknown as ApiClient & {
    calls: Call[];
  };
}

const status = (id: string, state: AppointmentStatus['status'], cancelledAt: string | null = null): AppointmentStatus => ({
  id,
  status: state,
  reserved_until: null,
  booking_confirmed_at: '2026-12-01T09:00:00Z',
  cancelled_at: cancelledAt,
});

describe('loadAppointmentsPage', () => {
  it('asks for the patient’s upcoming appointments from today (London), in the listed states, a page at a time', async () => {
    const api = client({ 'GET /v2/appointments': () => ({ data: [], count: 0 }) });
    await loadAppointmentsPage(api, { patientId: '401', when: 'upcoming', page: 2, perPage: 10, now: NOW }, signal);
    assert.deepEqual(api.calls[0]!.options.query, {
      patient_id: '401',
      start_date: '2026-12-07',
      status: ['reserved', 'booked', 'cancelled'],
      page_index: '2',
      page_size: '10',
    });
    await loadAppointmentsPage(api, { patientId: '401', when: 'past', page: 0, perPage: 10, now: NOW }, signal);
    assert.deepEqual(api.calls[1]!.options.query, {
      patient_id: '401',
      end_date: '2026-12-07',
      order_descending: true,
      status: ['reserved', 'booked', 'cancelled'],
      page_index: '0',
      page_size: '10',
    });
  });

  it('keeps only this patient’s appointments with a time, on the right side of now', async () => {
    const data = [
      appointment('1', -1),
      appointment('2', 1),
      appointment('3', 2, { patient_id: '402' }),
      appointment('4', 3, { start_time: null }),
    ];
    const api = client({ 'GET /v2/appointments': () => ({ data, count: 4 }) });
    const upcoming = await loadAppointmentsPage(api, { patientId: '401', when: 'upcoming', page: 0, perPage: 10, now: NOW }, signal);
    assert.deepEqual(
      upcoming.items.map((a) => a.id),
      ['2'],
    );
    const past = await loadAppointmentsPage(api, { patientId: '401', when: 'past', page: 0, perPage: 10, now: NOW }, signal);
    assert.deepEqual(
      past.items.map((a) => a.id),
      ['1'],
    );
  });

  it('follows the page size the server gives, and says when there is more', async () => {
    const page = (n: number, from: number) => Array.from({ length: n }, (_, i) => appointment(String(from + i), 10 + from + i));
    const first = await loadAppointmentsPage(
      client({ 'GET /v2/appointments': () => ({ data: page(20, 0), count: 45 }) }),
      { patientId: '401', when: 'upcoming', page: 0, perPage: 50, now: NOW },
      signal,
    );
    assert.equal(first.perPage, 20, 'the server capped the page at 20');
    assert.equal(first.more, true);
    const last = await loadAppointmentsPage(
      client({ 'GET /v2/appointments': () => ({ data: page(5, 40), count: 45 }) }),
      { patientId: '401', when: 'upcoming', page: 2, perPage: 20, now: NOW },
      signal,
    );
    assert.equal(last.more, false);
    const empty = await loadAppointmentsPage(
      client({ 'GET /v2/appointments': () => ({ data: [], count: 45 }) }),
      { patientId: '401', when: 'upcoming', page: 3, perPage: 20, now: NOW },
      signal,
    );
    assert.equal(empty.more, false, 'an empty page ends the list, whatever count says');
  });
});

describe('cancelAppointment', () => {
  it('sends one PATCH, then reads the appointment back for when it was cancelled', async () => {
    const api = client({
      'PATCH /v1/appointments/{id}/cancel': () => undefined,
      'GET /v1/appointments/{id}/status': () => status('7', 'cancelled', '2026-12-07T10:00:01Z'),
    });
    const outcome = await cancelAppointment(api, appointment('7', 48));
    assert.equal(outcome.kind, 'cancelled');
    assert.ok(outcome.kind === 'cancelled');
    assert.equal(outcome.appointment.status, 'cancelled');
    assert.equal(outcome.appointment.cancelled_at, '2026-12-07T10:00:01Z');
    assert.equal(outcome.appointment.can_be_cancelled, false);
    assert.deepEqual(
      api.calls.map((c) => `${c.method} ${c.path}`),
      ['PATCH /v1/appointments/{id}/cancel', 'GET /v1/appointments/{id}/status'],
    );
    assert.deepEqual(api.calls[0]!.options.path, { id: '7' });
  });

  it('is still cancelled when the read-back after a 204 fails', async () => {
    const api = client({
      'PATCH /v1/appointments/{id}/cancel': () => undefined,
      'GET /v1/appointments/{id}/status': () => {
        throw new HeroError('network', 'offline');
      },
    });
    const outcome = await cancelAppointment(api, appointment('7', 48));
    assert.ok(outcome.kind === 'cancelled');
    assert.equal(outcome.appointment.status, 'cancelled');
  });

  it('after a lost answer: never sends again, and lets the read-back decide', async () => {
    const lost = () => {
      throw new HeroError('server', 'gateway', { status: 502, outcomeUnknown: true });
    };
    const went = client({
      'PATCH /v1/appointments/{id}/cancel': lost,
      'GET /v1/appointments/{id}/status': () => status('7', 'cancelled', '2026-12-07T10:00:01Z'),
    });
    assert.equal((await cancelAppointment(went, appointment('7', 48))).kind, 'cancelled');
    const stayed = client({ 'PATCH /v1/appointments/{id}/cancel': lost, 'GET /v1/appointments/{id}/status': () => status('7', 'booked') });
    assert.equal((await cancelAppointment(stayed, appointment('7', 48))).kind, 'not-cancelled');
    const unknown = client({
      'PATCH /v1/appointments/{id}/cancel': lost,
      'GET /v1/appointments/{id}/status': () => {
        throw new HeroError('network', 'offline');
      },
    });
    assert.equal((await cancelAppointment(unknown, appointment('7', 48))).kind, 'unknown');
    const otherAppointment = client({
      'PATCH /v1/appointments/{id}/cancel': lost,
      'GET /v1/appointments/{id}/status': () => status('8', 'cancelled'),
    });
    assert.equal(
      (await cancelAppointment(otherAppointment, appointment('7', 48))).kind,
      'unknown',
      'a status of another appointment proves nothing',
    );
    for (const api of [went, stayed, unknown, otherAppointment]) assert.equal(api.calls.filter((c) => c.method === 'PATCH').length, 1);
  });

  it('a refusal is a failure: nothing to read back', async () => {
    const api = client({
      'PATCH /v1/appointments/{id}/cancel': () => {
        throw new HeroError('validation', 'refused', { status: 400 });
      },
    });
    assert.equal((await cancelAppointment(api, appointment('7', 48))).kind, 'failed');
    assert.equal(api.calls.length, 1);
  });

  it('checkCancelled only reads', async () => {
    const api = client({ 'GET /v1/appointments/{id}/status': () => status('7', 'booked') });
    assert.equal((await checkCancelled(api, appointment('7', 48), new Error('lost'))).kind, 'not-cancelled');
    assert.deepEqual(
      api.calls.map((c) => c.method),
      ['GET'],
    );
  });
});
