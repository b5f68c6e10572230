/**
 * The mock Hero API under Node: real `fetch` against MSW's `setupServer`.
 * Run: npx tsx --test test/node/mock-api.test.ts
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { setupServer } from 'msw/node';
import {
  ARCHIVED_PATIENT_ID,
  createScenario,
  DECEASED_PATIENT_ID,
  handlers,
  hostTokenHandler,
  LONG_FORM_ID,
  MOCK_API_KEY,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  mintMockToken,
  mockClock,
  NO_AVAILABILITY_APPOINTMENT_TYPE_ID,
  patients,
  PDS_IDENTITY_VERIFICATION_DOB,
  PDS_IDENTITY_VERIFICATION_NHS_NUMBER,
  pdsPeople,
  resetMockDb,
  RESTRICTED_PATIENT_ID,
  scenarioDescriptions,
  scenarioNames,
  scenarios,
  SLOW_SCENARIO_DELAY_MS,
  UNKNOWN_NHS_NUMBER,
  verifyMockToken,
  SAME_NAME_PATIENT_IDS,
  APPOINTMENTS_PATIENT_ID,
  CAPPED_PAGE_SIZE,
  mockDb,
  MESSAGE_HISTORY_PATIENT_ID,
  octoberClocksChange,
  practiceGroup,
  SEEDED_APPOINTMENT_IDS,
} from '../../mock/index.js';
import type {
  Appointment,
  AppointmentList,
  AppointmentStatus,
  AppointmentType,
  Form,
  ListPatient,
  Message,
  MessageStatus,
  Patient,
  SentMessageList,
  ShortLink,
  Slot,
  ValidationError,
} from '../../src/api/types.js';

const server = setupServer(...handlers, hostTokenHandler);

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetMockDb();
  mockClock.reset();
});
after(() => server.close());

// ───────────────────────────── helpers ─────────────────────────────

/** An independent Modulus 11 check (not the fixture module's), so the fixture test can fail. */
function modulus11(nhsNumber: string): boolean {
  if (!/^\d{10}$/.test(nhsNumber)) return false;
  const digits = [...nhsNumber].map(Number);
  const sum = digits.slice(0, 9).reduce((total, digit, i) => total + digit * (10 - i), 0);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === digits[9];
}

async function accessToken(): Promise<string> {
  const res = await fetch(`${MOCK_BASE_URL}/v1/access_token`, {
    method: 'POST',
    headers: { 'x-api-key': MOCK_API_KEY, 'x-practice-group-id': MOCK_PRACTICE_GROUP_ID },
  });
  assert.equal(res.status, 200);
  const body = (await res.json()) as { access_token: string };
  return body.access_token;
}

async function api(path: string, init: RequestInit & { json?: unknown; token?: string } = {}): Promise<Response> {
  const token = init.token ?? (await accessToken());
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  if (!headers.has('x-practice-group-id')) headers.set('x-practice-group-id', MOCK_PRACTICE_GROUP_ID);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  return fetch(`${MOCK_BASE_URL}${path}`, { ...init, headers, body: body ?? null });
}

async function getJson<T>(path: string, init: Parameters<typeof api>[1] = {}): Promise<T> {
  const res = await api(path, init);
  assert.equal(res.status, 200, `${path} answered ${res.status}: ${await res.clone().text()}`);
  return (await res.json()) as T;
}

/** Follows every page of a list endpoint. */
async function allPages<T>(path: string, pageSize = 100): Promise<{ items: T[]; count: number; pages: number }> {
  const token = await accessToken();
  const items: T[] = [];
  let count: number;
  let pages = 0;
  for (let index = 0; ; index++) {
    const sep = path.includes('?') ? '&' : '?';
    const page = await getJson<{ data: T[]; count: number }>(`${path}${sep}page_index=${index}&page_size=${pageSize}`, { token });
    pages++;
    count = page.count;
    items.push(...page.data);
    if (page.data.length < pageSize || items.length >= count) break;
  }
  return { items, count, pages };
}

const londonWallTime = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
const londonDay = (iso: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

async function firstFreeSlot(query = ''): Promise<Slot> {
  const page = await getJson<{ data: Slot[] }>(`/v1/slots?page_size=1${query}`);
  const slot = page.data[0];
  assert.ok(slot, 'a free slot exists');
  return slot;
}

const reservationBody = (slot: Slot) => ({
  appointment_type_id: slot.appointment_type_id,
  location_id: slot.location_id,
  practitioner_id: slot.practitioner_id,
  duration: (Date.parse(slot.finish_time) - Date.parse(slot.start_time)) / 60_000,
  start_time: slot.start_time,
});

// ───────────────────────────── auth ─────────────────────────────

describe('auth', () => {
  it('answers 401 with the error body when there is no token', async () => {
    const res = await fetch(`${MOCK_BASE_URL}/v1/locations`, { headers: { 'x-practice-group-id': MOCK_PRACTICE_GROUP_ID } });
    assert.equal(res.status, 401);
    assert.deepEqual(await res.json(), { error: true, statusCode: 401, message: 'Unauthorized' });
  });

  it('answers 401 once the token has expired by the mock clock', async () => {
    const token = await accessToken();
    assert.equal((await api('/v1/locations', { token })).status, 200);
    mockClock.advance(29 * 60 * 1000);
    assert.equal((await api('/v1/locations', { token })).status, 200, 'still valid at 29 minutes');
    mockClock.advance(2 * 60 * 1000);
    assert.equal((await api('/v1/locations', { token })).status, 401, 'expired after 30 minutes');
  });

  it('answers 401 for a token with a tampered payload or signature', async () => {
    const [header, payload, signature] = (await accessToken()).split('.') as [string, string, string];
    const forgedPayload = payload.slice(0, -2) + (payload.endsWith('A') ? 'BB' : 'AA');
    assert.equal((await api('/v1/locations', { token: `${header}.${forgedPayload}.${signature}` })).status, 401);
    assert.equal((await api('/v1/locations', { token: `${header}.${payload}.${signature.slice(0, -4)}abcd` })).status, 401);
    assert.equal((await api('/v1/locations', { token: 'not-a-jwt' })).status, 401);
  });

  it('mints a 30-minute HS256 token for the practice group from /v1/access_token', async () => {
    const token = await accessToken();
    const claims = await verifyMockToken(token);
    assert.ok(claims);
    assert.equal(claims.practice_group_id, MOCK_PRACTICE_GROUP_ID);
    assert.equal(claims.iss, 'hero-mock');
    assert.equal(claims.exp - claims.iat, 30 * 60);
    assert.equal(JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(token.split('.')[0]!), (c) => c.charCodeAt(0)))).alg, 'HS256');
    assert.equal((await api('/v1/locations', { token })).status, 200);
  });

  it('refuses /v1/access_token without the API key or the practice group', async () => {
    const post = (headers: Record<string, string>) => fetch(`${MOCK_BASE_URL}/v1/access_token`, { method: 'POST', headers });
    assert.equal((await post({ 'x-practice-group-id': MOCK_PRACTICE_GROUP_ID })).status, 401);
    assert.equal((await post({ 'x-api-key': 'wrong', 'x-practice-group-id': MOCK_PRACTICE_GROUP_ID })).status, 401);
    assert.equal((await post({ 'x-api-key': MOCK_API_KEY })).status, 401);
  });

  it('answers 400 without x-practice-group-id and 403 when it differs from the token', async () => {
    const token = await accessToken();
    const missing = await fetch(`${MOCK_BASE_URL}/v1/locations`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(missing.status, 400);
    assert.deepEqual(await missing.json(), {
      error: true,
      statusCode: 400,
      message: [{ code: 'invalid_type', expected: 'string', path: ['x-practice-group-id'] }],
    });
    const other = await api('/v1/locations', { token, headers: { 'x-practice-group-id': '2002' } });
    assert.equal(other.status, 403);
  });

  it('serves the stand-in host token route with a usable token', async () => {
    const res = await fetch(`${MOCK_BASE_URL}/api/hero-token`);
    const { access_token } = (await res.json()) as { access_token: string };
    assert.equal((await api('/v1/templates', { token: access_token })).status, 200);
  });
});

// ───────────────────────────── validation ─────────────────────────────

describe('validation', () => {
  it('answers the documented 400 shape for a missing required field', async () => {
    const res = await api('/v1/messages/send', { method: 'POST', json: { patient_id: '401', message_type: 'sms' } });
    assert.equal(res.status, 400);
    assert.deepEqual(await res.json(), {
      error: true,
      statusCode: 400,
      message: [{ code: 'invalid_type', expected: 'string', path: ['message_string'] }],
    });
  });

  it('rejects an empty message, an unknown message type and a missing patient', async () => {
    const empty = await api('/v1/messages/send', { method: 'POST', json: { patient_id: '401', message_type: 'sms', message_string: '' } });
    assert.equal(empty.status, 400);
    assert.deepEqual(((await empty.json()) as { message: unknown[] }).message, [
      { code: 'too_small', expected: 'minLength 1', path: ['message_string'] },
    ]);
    const badType = await api('/v1/messages/send', {
      method: 'POST',
      json: { patient_id: '401', message_type: 'fax', message_string: 'Hi' },
    });
    assert.deepEqual(
      ((await badType.json()) as { message: { path: string[] }[] }).message.map((m) => m.path),
      [['message_type']],
    );
    const unknown = await api('/v1/messages/send', {
      method: 'POST',
      json: { patient_id: '999999', message_type: 'sms', message_string: 'Hi' },
    });
    assert.equal(unknown.status, 404);
  });

  it('lists every missing field of POST /v1/appointments', async () => {
    const res = await api('/v1/appointments', { method: 'POST', json: {} });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { message: { path: string[] }[] };
    assert.deepEqual(body.message.map((m) => m.path[0]).sort(), [
      'appointment_type_id',
      'duration',
      'location_id',
      'practitioner_id',
      'start_time',
    ]);
  });

  it('requires at least one filter on GET /v3/patients', async () => {
    assert.equal((await api('/v3/patients')).status, 400);
  });
});

// ───────────────────────────── slots and pagination ─────────────────────────────

describe('slots', () => {
  it('paginates with a true total count, no overlaps and every item reachable', async () => {
    mockClock.set(Date.parse('2026-06-15T07:00:00Z')); // a Monday morning
    const first = await getJson<{ data: Slot[]; count: number }>('/v1/slots');
    assert.equal(first.data.length, 20, 'default page size is 20');
    assert.ok(first.count > 100, `the default fortnight has more than 100 slots (has ${first.count})`);
    const clamped = await getJson<{ data: Slot[]; count: number }>('/v1/slots?page_size=500');
    assert.equal(clamped.data.length, 100, 'page_size is clamped at 100');
    assert.equal(clamped.count, first.count);

    const { items, count, pages } = await allPages<Slot>('/v1/slots', 100);
    assert.equal(count, first.count, 'count is the same on every page');
    assert.equal(items.length, count, 'following every page yields count items');
    assert.equal(new Set(items.map((s) => s.id)).size, items.length, 'pages do not overlap');
    assert.ok(pages > 1);
    const beyond = await getJson<{ data: Slot[]; count: number }>(`/v1/slots?page_size=100&page_index=${pages + 1}`);
    assert.deepEqual(beyond.data, []);
    assert.equal(beyond.count, count);
    const { count: slotCount } = await getJson<{ count: number }>('/v1/slots/count');
    assert.equal(slotCount, count, '/v1/slots/count agrees');
  });

  it('lists only future slots, inside the default window, in practice hours', async () => {
    const now = Date.parse('2026-06-17T10:20:00Z'); // Wednesday 11:20 in London (BST)
    mockClock.set(now);
    const { items } = await allPages<Slot>('/v1/slots');
    assert.ok(items.length > 100);
    const days = new Set<string>();
    for (const slot of items) {
      assert.ok(Date.parse(slot.start_time) > now - 5_000, `${slot.start_time} is not in the past`);
      const day = londonDay(slot.start_time);
      days.add(day);
      assert.ok(day >= '2026-06-17' && day <= '2026-06-30', `${day} is within today + 13 days`);
      const start = londonWallTime(slot.start_time);
      const finish = londonWallTime(slot.finish_time);
      assert.ok(start >= '08:00' && finish <= '18:30', `${start}–${finish} is within 08:00–18:30 London`);
      assert.match(slot.id, /^\d+$/);
      if (new Date(`${day}T12:00:00Z`).getUTCDay() === 6) assert.equal(slot.location_id, '301', 'Saturday only at the main surgery');
      assert.notEqual(new Date(`${day}T12:00:00Z`).getUTCDay(), 0, 'no Sunday slots');
    }
    assert.ok(days.has('2026-06-17'), 'later slots today are listed');
    assert.ok(days.has('2026-06-20'), 'Saturday morning has slots');
    assert.ok(!days.has('2026-06-21'), 'Sunday has none');
  });

  it('filters by appointment type, location, practitioner and dates', async () => {
    mockClock.set(Date.parse('2026-06-15T07:00:00Z'));
    const { items } = await allPages<Slot>('/v1/slots?appointment_type_id=104&location_id=301&start_date=2026-06-16&end_date=2026-06-18');
    assert.ok(items.length > 0);
    for (const slot of items) {
      assert.equal(slot.appointment_type_id, '104');
      assert.equal(slot.location_id, '301');
      assert.ok(['2026-06-16', '2026-06-17', '2026-06-18'].includes(londonDay(slot.start_time)));
    }
    const one = await getJson<{ data: Slot[] }>('/v1/slots?practitioner_id=206&page_size=100');
    assert.ok(one.data.every((s) => s.practitioner_id === '206'));
    const bad = await api('/v1/slots?start_date=2026-02-30');
    assert.equal(bad.status, 400);
    const none = await getJson<{ data: Slot[]; count: number }>(`/v1/slots?appointment_type_id=${NO_AVAILABILITY_APPOINTMENT_TYPE_ID}`);
    assert.equal(none.count, 0);
  });

  it('keeps 08:00 London at 07:00Z in BST and 08:00Z after the October 2026 change', async () => {
    mockClock.set(Date.parse('2026-10-20T06:00:00Z'));
    const before = await allPages<Slot>('/v1/slots?start_date=2026-10-23&end_date=2026-10-23');
    const afterChange = await allPages<Slot>('/v1/slots?start_date=2026-10-26&end_date=2026-10-26');
    assert.ok(before.items.length > 0 && afterChange.items.length > 0);
    assert.equal(before.items[0]?.start_time, '2026-10-23T07:00:00.000Z');
    assert.equal(afterChange.items[0]?.start_time, '2026-10-26T08:00:00.000Z');
    for (const slot of before.items) {
      assert.equal(new Date(slot.start_time).getUTCHours() + 1, Number(londonWallTime(slot.start_time).slice(0, 2)), 'BST is UTC+1');
    }
    for (const slot of afterChange.items) {
      assert.equal(new Date(slot.start_time).getUTCHours(), Number(londonWallTime(slot.start_time).slice(0, 2)), 'GMT is UTC');
    }
  });

  it('moves 08:00 London from 08:00Z to 07:00Z across the March 2027 change', async () => {
    mockClock.set(Date.parse('2027-03-22T06:00:00Z'));
    const thursday = await allPages<Slot>('/v1/slots?start_date=2027-03-25&end_date=2027-03-25');
    const tuesday = await allPages<Slot>('/v1/slots?start_date=2027-03-30&end_date=2027-03-30');
    assert.equal(thursday.items[0]?.start_time, '2027-03-25T08:00:00.000Z');
    assert.equal(tuesday.items[0]?.start_time, '2027-03-30T07:00:00.000Z');
    for (const day of ['2027-03-26', '2027-03-29']) {
      const holiday = await getJson<{ count: number }>(`/v1/slots/count?start_date=${day}&end_date=${day}`);
      assert.equal(holiday.count, 0, `bank holiday ${day} has no slots`);
    }
  });

  it('computes slot_count and next_available_at for appointment types', async () => {
    mockClock.set(Date.parse('2026-06-15T07:00:00Z'));
    const types = await getJson<{ data: AppointmentType[]; count: number }>('/v1/appointment_types?page_size=100');
    assert.ok(types.count >= 5);
    const gp = types.data.find((t) => t.id === '101');
    assert.ok(gp && gp.slot_count > 0 && gp.next_available_at);
    const none = types.data.find((t) => t.id === NO_AVAILABILITY_APPOINTMENT_TYPE_ID);
    assert.equal(none?.slot_count, 0);
    assert.equal(none?.next_available_at, null);
    const available = await getJson<{ data: AppointmentType[] }>('/v1/appointment_types?has_availability=true&page_size=100');
    assert.ok(available.data.every((t) => t.slot_count > 0));
    assert.ok(types.data.some((t) => t.sector === 'paid' && t.price > 0));
  });
});

// ───────────────────────────── booking ─────────────────────────────

describe('booking', () => {
  it('reserves for 15 minutes, hides the slot, then books it', async () => {
    mockClock.set(Date.parse('2026-06-15T07:00:00Z'));
    const slot = await firstFreeSlot();
    const reserve = await api('/v1/appointments', { method: 'POST', json: { ...reservationBody(slot), patient_id: '401' } });
    assert.equal(reserve.status, 200);
    const reservation = (await reserve.json()) as { id: string; reserved_until: string };
    assert.match(reservation.id, /^\d+$/);
    const held = Date.parse(reservation.reserved_until) - mockClock.now();
    assert.ok(held > 14 * 60_000 && held <= 15 * 60_000, 'held for 15 minutes');
    const availability = await getJson<{ available: boolean }>('/v1/slots/availability', { method: 'POST', json: { slot_id: slot.id } });
    assert.equal(availability.available, false);
    const listed = await allPages<Slot>('/v1/slots');
    assert.ok(!listed.items.some((s) => s.id === slot.id), 'a reserved slot is not listed');
    const again = await api('/v1/appointments', { method: 'POST', json: reservationBody(slot) });
    assert.equal(again.status, 409);
    assert.deepEqual(await again.json(), { error: true, statusCode: 409, message: 'slot_unavailable' });

    const book = await api(`/v1/appointments/${reservation.id}/book`, { method: 'PATCH', json: { reason: 'Cough' } });
    assert.equal(book.status, 200);
    const appointment = (await book.json()) as Appointment;
    assert.ok(appointment.booking_confirmed_at);
    assert.equal(appointment.patient_id, '401');
    const fetched = await getJson<Appointment>(`/v1/appointments/${reservation.id}`);
    assert.equal(fetched.booking_confirmed_at, appointment.booking_confirmed_at);

    const cancel = await api(`/v1/appointments/${reservation.id}/cancel`, {
      method: 'PATCH',
      json: { suppress_cancellation_policy: true },
    });
    assert.equal(cancel.status, 204);
    const free = await getJson<{ available: boolean }>('/v1/slots/availability', { method: 'POST', json: { slot_id: slot.id } });
    assert.equal(free.available, true, 'cancelling frees the slot');
  });

  it('answers 410 when the reservation lapsed and 409 when someone else then took the slot', async () => {
    mockClock.set(Date.parse('2026-06-15T07:00:00Z'));
    const slot = await firstFreeSlot('&start_date=2026-06-16');
    const first = (await (await api('/v1/appointments', { method: 'POST', json: reservationBody(slot) })).json()) as { id: string };
    mockClock.advance(16 * 60_000);
    const lapsed = await api(`/v1/appointments/${first.id}/book`, { method: 'PATCH' });
    assert.equal(lapsed.status, 410);

    const second = await api('/v1/appointments', { method: 'POST', json: reservationBody(slot) });
    assert.equal(second.status, 200, 'the lapsed slot can be reserved again');
    const taken = await api(`/v1/appointments/${first.id}/book`, { method: 'PATCH' });
    assert.equal(taken.status, 409);
    assert.deepEqual(await taken.json(), { error: true, statusCode: 409, message: 'slot_unavailable' });
  });
});

// ───────────────────────────── patients ─────────────────────────────

describe('patients', () => {
  it('gives every fixture patient a valid NHS number (Modulus 11)', () => {
    assert.equal(modulus11('9991234567'), false, 'the docs example fails');
    assert.equal(modulus11('9990000018'), true);
    assert.ok(patients.length >= 12);
    for (const patient of patients) assert.ok(modulus11(patient.nhs_number ?? ''), `${patient.nhs_number} is valid`);
    for (const person of pdsPeople) assert.ok(modulus11(person.nhs_number));
    assert.ok(modulus11(PDS_IDENTITY_VERIFICATION_NHS_NUMBER) && modulus11(UNKNOWN_NHS_NUMBER));
  });

  it('has restricted (with contact details), deceased and archived patients, and a same-name pair', async () => {
    const restricted = await getJson<Patient>(`/v1/patients/${RESTRICTED_PATIENT_ID}`);
    assert.equal(restricted.restricted, true);
    assert.ok(restricted.address_line_1 && restricted.mobile && restricted.email, 'the API returns them; elements hide them');
    assert.ok((await getJson<Patient>(`/v1/patients/${DECEASED_PATIENT_ID}`)).deceased_at);
    assert.equal((await getJson<Patient>(`/v1/patients/${ARCHIVED_PATIENT_ID}`)).status, 'archived');
    const sources = new Set(patients.map((p) => p.data_source));
    assert.ok(sources.size >= 3, 'mixed data sources');

    const smiths = await getJson<{ data: ListPatient[]; count: number }>('/v3/patients?first_name=JAMES&last_name=smith&dob=1988-01-15');
    assert.equal(smiths.count, 2);
    // The documented list shape: hero_id (here once as a number, a documented variant), line_*, no id.
    assert.deepEqual(smiths.data.map((p) => String(p.hero_id)).sort(), [...SAME_NAME_PATIENT_IDS].sort());
    assert.ok(
      smiths.data.some((p) => typeof p.hero_id === 'number'),
      'one numeric id',
    );
    for (const p of smiths.data) {
      assert.equal('id' in p, false);
      assert.equal('address_line_1' in p, false);
      assert.equal('status' in p, false);
      assert.equal(typeof p.line_1, 'string');
    }
    const restrictedListed = await getJson<{ data: Record<string, unknown>[] }>('/v3/patients?nhs_number=9990000042');
    assert.ok(
      restrictedListed.data[0]?.['next_of_kin'] && restrictedListed.data[0]?.['home_phone'],
      'extra contact fields the kit must drop',
    );
    const accent = await getJson<{ count: number }>('/v3/patients?first_name=Zoe');
    assert.equal(accent.count, 1, 'names match without accents');
    const spaced = await getJson<{ data: ListPatient[] }>(`/v3/patients?nhs_number=${encodeURIComponent('999 000 0018')}`);
    assert.equal(spaced.data[0]?.hero_id, '401');
    const v1 = await getJson<{ data: Patient[]; count: number }>('/v1/patients?field=nhs_number&search=999-000-0026');
    assert.equal(v1.data[0]?.id, '402');
    const byDob = await getJson<{ count: number }>('/v1/patients?field=dob&search=1988-01-15');
    assert.equal(byDob.count, 2);
    assert.equal((await api('/v1/patients/999999')).status, 404);
  });

  it('traces with PDS: known patient, new patient, identity verification and no match', async () => {
    const post = (json: unknown) => api('/v1/patients/register_pds', { method: 'POST', json });
    const known = await post({ nhs_number: '9990000018', dob: '1985-03-14' });
    assert.deepEqual(await known.json(), { patient_id: '401' });

    const person = pdsPeople[0]!;
    const created = (await (await post({ nhs_number: person.nhs_number, dob: person.dob })).json()) as { patient_id: string };
    const patient = await getJson<Patient>(`/v1/patients/${created.patient_id}`);
    assert.equal(patient.nhs_number, person.nhs_number);
    assert.equal(patient.data_source, 'pds');

    const byDemographics = await post({ dob: '1985-03-14', postcode: 'bs351dg', forename: 'olivia', surname: 'BENNETT' });
    assert.deepEqual(await byDemographics.json(), { patient_id: '401' });

    const verify = (await (
      await post({ nhs_number: PDS_IDENTITY_VERIFICATION_NHS_NUMBER, dob: PDS_IDENTITY_VERIFICATION_DOB })
    ).json()) as Record<string, string>;
    assert.ok(verify['message'] && verify['login_url']?.startsWith('https://'));

    const missing = await post({ nhs_number: UNKNOWN_NHS_NUMBER, dob: '1970-01-01' });
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { message: string }).message, 'No patient found');
    assert.equal((await post({ nhs_number: '9991234567', dob: '1970-01-01' })).status, 400, 'invalid NHS number');
    assert.equal((await post({})).status, 400);
  });

  it('registers a patient and requires the documented fields', async () => {
    const missing = await api('/v1/patients/register', { method: 'POST', json: { first_name: 'A' } });
    assert.equal(missing.status, 400);
    const paths = ((await missing.json()) as { message: { path: string[] }[] }).message.map((m) => m.path[0]).sort();
    assert.deepEqual(paths, ['dob', 'last_name', 'mobile']);
    const res = await api('/v1/patients/register', {
      method: 'POST',
      json: { first_name: 'Ada', last_name: 'Lovelace', dob: '1990-12-10', mobile: '07700900999' },
    });
    const { patient_id } = (await res.json()) as { patient_id: string };
    assert.equal((await getJson<Patient>(`/v1/patients/${patient_id}`)).last_name, 'Lovelace');
  });
});

// ───────────────────────────── forms and messages ─────────────────────────────

describe('forms', () => {
  it('serves a form with every field type, a long form and validates submissions', async () => {
    const all = await getJson<Form>('/v1/forms/601');
    const types = new Set(all.fields.map((f) => f.type));
    for (const type of ['string', 'integer', 'boolean', 'datepicker', 'text', 'radio', 'dropdown', 'checkboxes', 'consent', 'paragraph']) {
      assert.ok(types.has(type as never), `has a ${type} field`);
    }
    assert.ok(all.fields.some((f) => f.show_if));
    assert.ok(all.fields.some((f) => f.type === 'paragraph' && f.name.includes('\n')));
    const long = await getJson<Form>(`/v1/forms/${LONG_FORM_ID}`);
    assert.equal(long.fields.length, 300);

    const draft = await api('/v1/forms/601/response', { method: 'POST', json: { status: 'draft', answers: [] } });
    assert.equal(draft.status, 200, 'a draft need not be complete');
    const incomplete = await api('/v1/forms/601/response', { method: 'POST', json: { answers: [] } });
    assert.equal(incomplete.status, 400);
    const submit = await api('/v1/forms/601/response', {
      method: 'POST',
      json: {
        patient_id: '401',
        answers: [
          { form_question_id: '7004', value: 'never' },
          { form_question_id: '7006', value: '1-7' },
          { form_question_id: '7017', value: true },
        ],
      },
    });
    assert.equal(submit.status, 200);
    const { id } = (await submit.json()) as { id: string };
    const submitted = await getJson<{ fields: { form_question_id: string; value: unknown }[] }>(`/v1/form_submission_response/${id}`);
    assert.equal(submitted.fields.find((f) => f.form_question_id === '7004')?.value, 'never');
    const tooHigh = await api('/v1/forms/601/response', {
      method: 'POST',
      json: { status: 'draft', answers: [{ form_question_id: '7011', value: 400 }] },
    });
    assert.equal(tooHigh.status, 400, 'integer answers respect max');
  });
});

describe('messages', () => {
  it('advances status pending → sent → delivered on successive polls', async () => {
    const sent = await api('/v1/messages/send', {
      method: 'POST',
      json: { patient_id: '401', message_type: 'sms', message_string: 'Hello {{first_name}} from {{practice_name}}' },
    });
    assert.equal(sent.status, 200);
    const body = (await sent.json()) as { message_id: string; content: string };
    assert.equal(body.content, 'Hello Olivia from Millbrook Medical Practice');
    const states: string[] = [];
    for (let i = 0; i < 4; i++) {
      states.push((await getJson<{ status: { response: string } }>(`/v1/messages/${body.message_id}/status`)).status.response);
    }
    assert.deepEqual(states, ['pending', 'sent', 'delivered', 'delivered']);
  });

  it('serves templates with placeholders, Welsh, emoji and a long one', async () => {
    const { items } = await allPages<{ content: string }>('/v1/templates');
    assert.ok(items.length >= 6);
    assert.ok(items.some((t) => t.content.includes('ŵ')));
    assert.ok(items.some((t) => /\p{Extended_Pictographic}/u.test(t.content)));
    assert.ok(items.some((t) => t.content.length > 160));
    assert.ok(items.every((t) => t.content.includes('{{')));
  });
});

// ───────────────────────────── scenarios ─────────────────────────────

describe('scenarios', () => {
  it('names and describes every scenario', () => {
    assert.deepEqual([...scenarioNames].sort(), Object.keys(scenarioDescriptions).sort());
    assert.deepEqual(scenarios.default, []);
    assert.equal(SLOW_SCENARIO_DELAY_MS, 1500);
  });

  it('empty: lists come back empty but still need a token', async () => {
    server.use(...scenarios.empty);
    for (const path of [
      '/v1/slots',
      '/v1/appointment_types',
      '/v1/locations',
      '/v1/practitioners',
      '/v1/templates',
      '/v1/forms',
      '/v1/patients',
    ]) {
      assert.deepEqual(await getJson(path), { data: [], count: 0 }, path);
    }
    assert.deepEqual(await getJson('/v1/messages/assignee/collection'), { data: [] });
    const anonymous = await fetch(`${MOCK_BASE_URL}/v1/slots`);
    assert.equal(anonymous.status, 401);
    assert.equal((await getJson<Patient>('/v1/patients/401')).id, '401', 'items still work');
  });

  it('loading: requests never answer', async () => {
    const token = await accessToken();
    server.use(...scenarios.loading);
    // A plain (ref'd) timer: AbortSignal.timeout() would not keep Node's event loop alive.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('gave up waiting')), 150);
    await assert.rejects(api('/v1/slots', { token, signal: controller.signal }), { message: 'gave up waiting' });
    clearTimeout(timer);
  });

  it('slow: answers normally after the delay', async () => {
    const token = await accessToken();
    server.use(...createScenario('slow', { slowDelayMs: 250 }));
    const started = Date.now();
    const res = await api('/v1/locations', { token });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { count: number }).count, 3);
    assert.ok(Date.now() - started >= 240, 'waited for the delay');
  });

  it('server-error: 500 everywhere except /v1/access_token', async () => {
    server.use(...scenarios['server-error']);
    const token = await accessToken();
    for (const path of ['/v1/slots', '/v1/patients/401', '/v3/patients?first_name=a']) {
      const res = await api(path, { token });
      assert.equal(res.status, 500, path);
      assert.deepEqual(await res.json(), { error: true, statusCode: 500, message: 'Internal Server Error' });
    }
  });

  it('rate-limited: 429 with Retry-After: 1', async () => {
    server.use(...scenarios['rate-limited']);
    const res = await api('/v1/templates', { token: await accessToken() });
    assert.equal(res.status, 429);
    assert.equal(res.headers.get('retry-after'), '1');
  });

  it('slot-taken: reserving and booking answer 409 slot_unavailable', async () => {
    mockClock.set(Date.parse('2026-06-15T07:00:00Z'));
    const slot = await firstFreeSlot();
    const reservation = (await (await api('/v1/appointments', { method: 'POST', json: reservationBody(slot) })).json()) as { id: string };
    server.use(...scenarios['slot-taken']);
    const reserve = await api('/v1/appointments', { method: 'POST', json: reservationBody(slot) });
    assert.equal(reserve.status, 409);
    assert.deepEqual(await reserve.json(), { error: true, statusCode: 409, message: 'slot_unavailable' });
    assert.equal((await api(`/v1/appointments/${reservation.id}/book`, { method: 'PATCH' })).status, 409);
    assert.equal((await api('/v1/slots?page_size=1')).status, 200, 'other endpoints are unaffected');
  });

  it('slot-taken-410 and slot-taken-400: the other two ways a taken slot may come back', async () => {
    mockClock.set(Date.parse('2026-06-15T07:00:00Z'));
    const slot = await firstFreeSlot();
    server.use(...scenarios['slot-taken-410']);
    const gone = await api('/v1/appointments', { method: 'POST', json: reservationBody(slot) });
    assert.equal(gone.status, 410);
    server.resetHandlers();
    server.use(...scenarios['slot-taken-400']);
    const invalid = await api('/v1/appointments', { method: 'POST', json: reservationBody(slot) });
    assert.equal(invalid.status, 400);
    assert.deepEqual(await invalid.json(), {
      error: true,
      statusCode: 400,
      message: [{ code: 'custom', expected: 'an available slot', path: ['start_time'] }],
    });
    const move = await api(`/v1/appointments/${SEEDED_APPOINTMENT_IDS.upcoming}/reschedule`, {
      method: 'PATCH',
      json: { start_time: slot.start_time },
    });
    assert.equal(move.status, 400, 'rescheduling to a taken slot too');
  });

  it('book-answers-empty: booking works but answers 204 without the appointment; reading it back shows it booked', async () => {
    mockClock.set(Date.parse('2026-06-15T07:00:00Z'));
    const slot = await firstFreeSlot();
    const reservation = (await (await api('/v1/appointments', { method: 'POST', json: reservationBody(slot) })).json()) as { id: string };
    server.use(...scenarios['book-answers-empty']);
    const book = await api(`/v1/appointments/${reservation.id}/book`, { method: 'PATCH', json: { patient_id: '401' } });
    assert.equal(book.status, 204);
    assert.equal(await book.text(), '');
    const appointment = await getJson<Appointment>(`/v1/appointments/${reservation.id}`);
    assert.ok(appointment.booking_confirmed_at);
    assert.equal(appointment.patient_id, '401');
  });

  it(`page-size-capped: lists serve at most ${CAPPED_PAGE_SIZE} a page while count says more; following by items returned reaches them all`, async () => {
    server.use(...scenarios['page-size-capped']);
    const page = await getJson<{ data: Slot[]; count: number }>('/v1/slots?page_size=100');
    assert.equal(page.data.length, CAPPED_PAGE_SIZE);
    assert.ok(page.count > CAPPED_PAGE_SIZE, 'count is the total, not the page');
    const seen = new Set<string>();
    for (let index = 0; seen.size < page.count && index < 100; index++) {
      const next = await getJson<{ data: Slot[] }>(`/v1/slots?page_size=100&page_index=${index}`);
      next.data.forEach((slot) => seen.add(slot.id));
      if (!next.data.length) break;
    }
    assert.equal(seen.size, page.count);
    assert.equal(
      (await getJson<{ data: unknown[] }>('/v3/patients?last_name=Smith&page_size=1')).data.length,
      1,
      'a smaller page_size is honoured',
    );
  });

  it('malformed-items: list pages carry items without an id, with a garbled date, and not an object; count is unchanged', async () => {
    const plain = await getJson<{ data: Slot[]; count: number }>('/v1/slots?page_size=5');
    server.use(...scenarios['malformed-items']);
    const page = await getJson<{ data: unknown[]; count: number }>('/v1/slots?page_size=5');
    assert.equal(page.count, plain.count);
    assert.equal(page.data.length, 8);
    assert.ok(page.data.some((item) => typeof item === 'object' && item !== null && !('id' in item)));
    assert.ok(page.data.some((item) => (item as Slot).start_time === 'not a date'));
    assert.ok(page.data.includes('unexpected'));
    const v3 = await getJson<{ data: unknown[] }>('/v3/patients?last_name=Smith');
    assert.ok(
      v3.data.some((item) => typeof item === 'object' && item !== null && !('hero_id' in item)),
      'list patients lose hero_id',
    );
  });

  it('flaky: the first request to each endpoint answers 503 with Retry-After: 0, retries succeed', async () => {
    const token = await accessToken();
    server.use(...scenarios.flaky);
    const first = await api('/v1/locations', { token });
    assert.equal(first.status, 503);
    assert.equal(first.headers.get('retry-after'), '0');
    assert.equal((await api('/v1/locations', { token })).status, 200);
    assert.equal((await api('/v1/templates', { token })).status, 503, 'another path fails once too');
    assert.equal((await api('/v1/templates', { token })).status, 200);
    server.resetHandlers();
    server.use(...scenarios.flaky);
    assert.equal((await api('/v1/locations', { token })).status, 503, 'a freshly applied scenario starts over');
  });

  it('resetMockDb and mintMockToken leave a clean, usable mock', async () => {
    const token = await mintMockToken();
    assert.equal((await api('/v1/me/sms-credits', { token })).status, 200);
  });
});

// ───────────────────────────── validation against openapi.yaml ─────────────────────────────

describe('request validation against openapi.yaml', () => {
  const problems = async (res: Response) => {
    assert.equal(res.status, 400);
    return ((await res.json()) as ValidationError).message;
  };

  it('checks query parameters by their documented types: dates, booleans, enums, digits', async () => {
    assert.deepEqual(await problems(await api('/v1/slots?start_date=tomorrow')), [
      { code: 'invalid_string', expected: 'date', path: ['start_date'] },
    ]);
    assert.deepEqual(await problems(await api('/v1/appointment_types?has_availability=maybe')), [
      { code: 'invalid_type', expected: 'boolean', path: ['has_availability'] },
    ]);
    assert.deepEqual(await problems(await api('/v1/forms?form_type=survey')), [
      { code: 'invalid_enum_value', expected: "'questionnaire' | 'response' | 'appointment' | 'care_navigation'", path: ['form_type'] },
    ]);
    assert.deepEqual(await problems(await api('/v3/patients?last_name=Smith&page_index=first')), [
      { code: 'invalid_string', expected: 'a string matching ^\\d+$', path: ['page_index'] },
    ]);
    assert.equal((await problems(await api('/v2/sent_messages?status=lost')))[0]!.path[0], 'status');
    assert.equal((await api('/v2/sent_messages?status=fatal&status=retry')).status, 200, 'a repeated status is an array, as documented');
  });

  it('checks bodies: required fields, types, patterns, unions; unknown fields pass, as the document allows', async () => {
    assert.deepEqual(await problems(await api('/v1/snomed/validate', { method: 'POST', json: { code: 123 } })), [
      { code: 'invalid_type', expected: 'string', path: ['code'] },
    ]);
    assert.deepEqual(
      await problems(
        await api('/v1/messages/send', { method: 'POST', json: { patient_id: 'P401', message_type: 'sms', message_string: 'Hi' } }),
      ),
      [{ code: 'invalid_string', expected: 'a string matching ^\\d+$', path: ['patient_id'] }],
    );
    assert.deepEqual(await problems(await api('/v1/patients/register_pds', { method: 'POST', json: { dob: '1985-03-14' } })), [
      { code: 'invalid_union', expected: 'object | object', path: [] },
    ]);
    assert.deepEqual(
      await problems(await api('/v1/appointments', { method: 'POST', body: '{not json', headers: { 'content-type': 'application/json' } })),
      [{ code: 'invalid_json', expected: 'object', path: [] }],
    );
    const extra = await api('/v1/snomed/validate', { method: 'POST', json: { code: '185316007', note: 'ignored' } });
    assert.equal(extra.status, 200);
  });
});

// ───────────────────────────── the next features' API ─────────────────────────────

describe("a patient's appointments", () => {
  it("lists patient 401's appointments in every state, earliest first, and filters them", async () => {
    const list = await getJson<AppointmentList>(`/v2/appointments?patient_id=${APPOINTMENTS_PATIENT_ID}`);
    const byId = new Map(list.data.map((a) => [a.id, a]));
    assert.equal(list.count, 6);
    assert.equal(byId.get(SEEDED_APPOINTMENT_IDS.past)!.status, 'booked');
    assert.ok(Date.parse(byId.get(SEEDED_APPOINTMENT_IDS.past)!.start_time!) < Date.now(), 'one is in the past');
    assert.equal(byId.get(SEEDED_APPOINTMENT_IDS.cancelled)!.status, 'cancelled');
    assert.ok(byId.get(SEEDED_APPOINTMENT_IDS.cancelled)!.cancelled_at);
    assert.equal(byId.get(SEEDED_APPOINTMENT_IDS.reserved)!.status, 'reserved');
    assert.equal(byId.get(SEEDED_APPOINTMENT_IDS.reserved)!.booking_confirmed_at, null);
    const starts = list.data.map((a) => a.start_time!);
    assert.deepEqual(starts, [...starts].sort());
    const cancelled = await getJson<AppointmentList>(`/v2/appointments?patient_id=${APPOINTMENTS_PATIENT_ID}&status=cancelled`);
    assert.deepEqual(
      cancelled.data.map((a) => a.id),
      [SEEDED_APPOINTMENT_IDS.cancelled],
    );
    assert.equal((await getJson<AppointmentList>('/v2/appointments?patient_id=402')).count, 0);
  });

  it('has a video appointment at 09:00 GMT on the Monday after the October clocks change', async () => {
    const appointment = await getJson<Appointment>(`/v1/appointments/${SEEDED_APPOINTMENT_IDS.afterClocksChange}`);
    const change = octoberClocksChange(Number(londonDay(appointment.start_time!).slice(0, 4)));
    assert.equal(londonDay(appointment.start_time!), new Date(Date.parse(`${change}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
    assert.equal(londonWallTime(appointment.start_time!), '09:00');
    assert.ok(appointment.start_time!.startsWith(`${londonDay(appointment.start_time!)}T09:00`), 'GMT: the UTC time is the wall time');
    assert.ok(appointment.video_url);
  });

  it("answers an appointment's status", async () => {
    const status = await getJson<AppointmentStatus>(`/v1/appointments/${SEEDED_APPOINTMENT_IDS.cancelled}/status`);
    assert.equal(status.status, 'cancelled');
    assert.ok(status.cancelled_at);
  });

  it('releases a reservation with suppress_mail: true and records it; a booked one inside the policy needs suppress_cancellation_policy', async () => {
    const release = await api(`/v1/appointments/${SEEDED_APPOINTMENT_IDS.reserved}/cancel`, {
      method: 'PATCH',
      json: { suppress_mail: true },
    });
    assert.equal(release.status, 204);
    assert.deepEqual(mockDb.cancellations, [{ appointmentId: SEEDED_APPOINTMENT_IDS.reserved, released: true, suppress_mail: true }]);
    const refused = await api(`/v1/appointments/${SEEDED_APPOINTMENT_IDS.insidePolicy}/cancel`, { method: 'PATCH', json: {} });
    assert.equal(refused.status, 400);
    const allowed = await api(`/v1/appointments/${SEEDED_APPOINTMENT_IDS.insidePolicy}/cancel`, {
      method: 'PATCH',
      json: { suppress_cancellation_policy: true },
    });
    assert.equal(allowed.status, 204);
    assert.equal((await getJson<AppointmentStatus>(`/v1/appointments/${SEEDED_APPOINTMENT_IDS.insidePolicy}/status`)).status, 'cancelled');
  });

  it('edits a reservation (PUT) and reschedules a booking to a free slot, keeping its id', async () => {
    const slots = await getJson<{ data: Slot[] }>('/v1/slots?appointment_type_id=101&page_size=2');
    const [first, second] = slots.data;
    const reservation = (await (await api('/v1/appointments', { method: 'POST', json: reservationBody(first!) })).json()) as { id: string };
    const edit = await api(`/v1/appointments/${reservation.id}`, {
      method: 'PUT',
      json: {
        start_time: second!.start_time,
        duration: 10,
        practitioner_id: second!.practitioner_id,
        suppress_availability_check: second!.location_id !== first!.location_id,
      },
    });
    assert.equal(edit.status, 200, await edit.clone().text());
    assert.equal(((await edit.json()) as Appointment).start_time, second!.start_time);
    const free = await firstFreeSlot('&appointment_type_id=102');
    const move = await api(`/v1/appointments/${SEEDED_APPOINTMENT_IDS.upcoming}/reschedule`, {
      method: 'PATCH',
      json: { start_time: free.start_time, practitioner_id: free.practitioner_id, location_id: free.location_id },
    });
    assert.equal(move.status, 200, await move.clone().text());
    const moved = (await move.json()) as Appointment;
    assert.equal(moved.id, SEEDED_APPOINTMENT_IDS.upcoming);
    assert.equal(moved.start_time, free.start_time);
    const taken = await api('/v1/appointments', { method: 'POST', json: reservationBody(free) });
    assert.equal(taken.status, 409, 'the new slot is held by the rescheduled appointment');
  });
});

describe('messages: history, one message, links, the practice', () => {
  it("lists patient 401's sent messages in every delivery and write-to-record state, newest first", async () => {
    const list = await getJson<SentMessageList>(`/v2/sent_messages?patient_id=${MESSAGE_HISTORY_PATIENT_ID}`);
    assert.deepEqual(new Set(list.data.map((m) => m.status)), new Set(['delivered', 'declined', 'sent', 'pending', 'retry', 'fatal']));
    assert.deepEqual(new Set(list.data.map((m) => m.write_to_record.status)), new Set(['success', 'failed', 'not_written', null]));
    assert.ok(list.data.every((m) => m.patient.id === MESSAGE_HISTORY_PATIENT_ID));
    const created = list.data.map((m) => m.created_at!);
    assert.deepEqual(created, [...created].sort().reverse());
    const failed = await getJson<SentMessageList>(
      `/v2/sent_messages?patient_id=${MESSAGE_HISTORY_PATIENT_ID}&write_to_record_status=failed`,
    );
    assert.deepEqual(
      failed.data.map((m) => m.id),
      ['29005'],
    );
    const scheduled = await getJson<SentMessageList>('/v2/sent_messages?scheduled=true');
    assert.deepEqual(
      scheduled.data.map((m) => m.id),
      ['29004'],
    );
  });

  it('answers one message with who sent it, and its status consistently', async () => {
    const message = await getJson<Message>('/v1/messages/29005');
    assert.deepEqual(message.sent_by_admin, { id: '21', first_name: 'Priya', last_name: 'Sharma' });
    assert.equal(message.status, 'retry');
    const status = await getJson<MessageStatus>('/v1/messages/29005/status');
    assert.equal(status.status.response, 'retry');
    assert.equal(status.errors.write_to_record, 'The EHR did not accept the entry');
  });

  it('creates a booking link, sends it in a message, and the history names it', async () => {
    const link = (await (
      await api('/v1/booking_links', {
        method: 'POST',
        json: { appointment_type_id: '101', location_id: '301', patient_id: '401', expiry_date: '2027-01-31', maximum_use_count: 1 },
      })
    ).json()) as { id: string; url: string };
    assert.match(link.id, /^\d+$/);
    const sent = await api('/v1/messages/send', {
      method: 'POST',
      json: { patient_id: '401', message_type: 'sms', message_string: `Book here: ${link.url}`, short_link_id: link.id },
    });
    assert.equal(sent.status, 200);
    const { message_id } = (await sent.json()) as { message_id: string };
    const history = await getJson<SentMessageList>('/v2/sent_messages?patient_id=401&short_link_id=' + link.id);
    const item = history.data.find((m) => m.id === message_id)!;
    assert.equal(item.short_link?.type, 'booking');
    assert.equal(item.sent_by, 'API');
    assert.deepEqual(await getJson<ShortLink>(`/v1/links/status?short_link_id=${link.id}`), {
      id: link.id,
      type: 'booking',
      name: 'GP appointment',
      status: 'active',
    });
    const unknownLink = await api('/v1/messages/send', {
      method: 'POST',
      json: { patient_id: '401', message_type: 'sms', message_string: 'x', short_link_id: '1' },
    });
    assert.equal(unknownLink.status, 404);
  });

  it('refuses a patient’s link sent to another patient (mock only), and takes a generic link for anyone', async () => {
    const olivias = (await (await api('/v1/form_links', { method: 'POST', json: { form_id: '602', patient_id: '401' } })).json()) as {
      id: string;
    };
    const toMohammed = await api('/v1/messages/send', {
      method: 'POST',
      json: { patient_id: '402', message_type: 'sms', message_string: 'x', short_link_id: olivias.id },
    });
    assert.equal(toMohammed.status, 400);
    assert.deepEqual(((await toMohammed.json()) as ValidationError).message[0]!.path, ['short_link_id']);
    const generic = (await (
      await api('/v1/booking_links', { method: 'POST', json: { appointment_type_id: '101', location_id: '301' } })
    ).json()) as { id: string };
    const sent = await api('/v1/messages/send', {
      method: 'POST',
      json: { patient_id: '402', message_type: 'sms', message_string: 'x', short_link_id: generic.id },
    });
    assert.equal(sent.status, 200);
  });

  it('creates form, video and attachment links; an attachment is sent by its uuid', async () => {
    assert.equal((await api('/v1/form_links', { method: 'POST', json: { form_id: '602', patient_id: '401' } })).status, 200);
    assert.equal(
      (
        await api('/v1/video_links', {
          method: 'POST',
          json: { patient_id: '401', appointment_id: SEEDED_APPOINTMENT_IDS.afterClocksChange },
        })
      ).status,
      200,
    );
    const attachment = (await (
      await api('/v1/attachment_links', {
        method: 'POST',
        json: { patient_id: '401', file_name: 'results.pdf', content_type: 'application/pdf', content: 'JVBERi0=' },
      })
    ).json()) as { attachment_uuid: string };
    const sent = await api('/v1/messages/send', {
      method: 'POST',
      json: { patient_id: '401', message_type: 'email', message_string: 'Your results', attachment_uuid: attachment.attachment_uuid },
    });
    assert.equal(sent.status, 200);
  });

  it('answers the practice (/v1/me) with its name and phone', async () => {
    const me = await getJson<typeof practiceGroup>('/v1/me');
    assert.equal(me.name, 'Millbrook Medical Practice');
    assert.equal(me.phone, '0117 496 0123');
  });

  it('answers v1 patients with dob as a date-time, as documented', async () => {
    assert.equal((await getJson<Patient>('/v1/patients/401')).dob, '1985-03-14T00:00:00.000Z');
    const v3 = await getJson<{ data: ListPatient[] }>('/v3/patients?nhs_number=9990000018');
    assert.equal(v3.data[0]!.dob, '1985-03-14', 'v3 documents a date');
  });
});
