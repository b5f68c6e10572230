/**
 * The appointments list's calls to the Hero API (Booking, API-CONTRACT.md), in one place:
 *
 * - `GET /v2/appointments?patient_id=…&start_date|end_date=…&status=…` [DESIGNED], a page at a
 *   time: upcoming from today (earliest first), past up to today (latest first). Pages are followed
 *   by the items the server returns (it may cap `page_size`), never past the element's page cap.
 * - `GET /v1/appointment_types`, `/v1/locations`, `/v1/practitioners`: the names the appointments
 *   refer to by id, once per shared client.
 * - `PATCH /v1/appointments/{id}/cancel` [DOC]: sent once, never retried; when its outcome is
 *   unknown, `GET /v1/appointments/{id}/status` [DESIGNED] reads back what happened.
 *
 * Every appointment is checked against the patient it was asked for: another patient's is never kept.
 */
import type { HeroClient } from '../../api/client.js';
import type { AppointmentListItem, AppointmentState, AppointmentType, Location, Practitioner } from '../../api/types.js';
import { londonToday } from '../../domain/london-time.js';
import type { ApiClient, ElementClient } from '../../internal/element-client.js';

/** Upcoming (from now, earliest first) or past (before now, latest first). */
export type AppointmentsWhen = 'upcoming' | 'past';

/** The states the list shows: an expired hold was never an appointment. */
export const LISTED_STATES: readonly AppointmentState[] = ['reserved', 'booked', 'cancelled'];

/** Names of what appointments refer to by id. */
export interface AppointmentNames {
  types: Map<string, AppointmentType>;
  locations: Map<string, Location>;
  practitioners: Map<string, Practitioner>;
}

const namesCache = new WeakMap<HeroClient, AppointmentNames>();

/**
 * The practice's appointment types, locations and practitioners by id, fetched once per shared
 * client (every element using it shares them). A failed load is not kept, so a retry asks again.
 */
export async function loadNames(client: ElementClient, signal: AbortSignal): Promise<AppointmentNames> {
  const cached = namesCache.get(client.shared);
  if (cached) return cached;
  const [types, locations, practitioners] = await Promise.all([
    client.listAll('/v1/appointment_types', { signal }),
    client.listAll('/v1/locations', { signal }),
    client.listAll('/v1/practitioners', { signal }),
  ]);
  const names: AppointmentNames = {
    types: new Map(types.data.map((t) => [t.id, t])),
    locations: new Map(locations.data.map((l) => [l.id, l])),
    practitioners: new Map(practitioners.data.map((p) => [p.id, p])),
  };
  namesCache.set(client.shared, names);
  return names;
}

/** One page of a patient's upcoming or past appointments. */
export interface AppointmentsPage {
  patientId: string;
  when: AppointmentsWhen;
  /** Zero-based page index. */
  page: number;
  /** The server's page size (below the asked size when the server caps it). */
  perPage: number;
  /** The API's total for this query. */
  count: number;
  /** This page's appointments, in the order shown. */
  items: AppointmentListItem[];
  /** Whether the API has more pages (before the element's cap). */
  more: boolean;
}

/**
 * One page of the patient's upcoming (start from now) or past (started before now) appointments,
 * reserved, booked or cancelled. Days are Europe/London calendar days; the instant `now` splits
 * today between the two. An appointment without a start time, or of another patient, is left out.
 */
export async function loadAppointmentsPage(
  client: ApiClient,
  request: { patientId: string; when: AppointmentsWhen; page: number; perPage: number; now: number },
  signal: AbortSignal,
): Promise<AppointmentsPage> {
  const { patientId, when, page, now } = request;
  const today = londonToday(now);
  const list = await client.get('/v2/appointments', {
    query: {
      patient_id: patientId,
      ...(when === 'upcoming' ? { start_date: today } : { end_date: today, order_descending: true }),
      status: [...LISTED_STATES],
      page_index: String(page),
      page_size: String(request.perPage),
    },
    signal,
  });
  const data = Array.isArray(list.data) ? list.data : [];
  const count = typeof list.count === 'number' ? list.count : data.length;
  const perPage = page === 0 && data.length > 0 && data.length < request.perPage && data.length < count ? data.length : request.perPage;
  const items = data.filter((item) => {
    if (item.patient_id !== patientId || !item.start_time) return false;
    const start = Date.parse(item.start_time);
    return when === 'upcoming' ? start >= now : start < now;
  });
  const more = data.length > 0 && page * perPage + data.length < count;
  return { patientId, when, page, perPage, count, items, more };
}

/** What a cancel came to. */
export type CancelOutcome =
  /** The API cancelled it (answered, or read back as cancelled). */
  | { kind: 'cancelled'; appointment: AppointmentListItem }
  /** The API refused or failed before doing anything: nothing changed. */
  | { kind: 'failed'; error: unknown }
  /** The answer was lost and the read-back says it is not cancelled: nothing changed. */
  | { kind: 'not-cancelled'; error: unknown }
  /** The answer was lost and the read-back failed too: it may or may not have gone through. */
  | { kind: 'unknown'; error: unknown };

/** The appointment as it is now: state and cancellation time from Get Appointment Status (designed). */
export async function readBackStatus(
  client: ApiClient,
  appointment: AppointmentListItem,
  signal?: AbortSignal,
): Promise<AppointmentListItem> {
  const status = await client.get('/v1/appointments/{id}/status', { path: { id: appointment.id }, ...(signal ? { signal } : {}) });
  if (String(status.id) !== appointment.id) throw new Error('The status read back is of another appointment.');
  const cancelled = status.status === 'cancelled';
  return {
    ...appointment,
    status: status.status,
    cancelled_at: status.cancelled_at,
    booking_confirmed_at: status.booking_confirmed_at,
    reserved_until: status.reserved_until,
    ...(cancelled ? { can_be_cancelled: false, can_be_rescheduled: false } : {}),
  };
}

/**
 * Cancels a booked appointment: one `PATCH /v1/appointments/{id}/cancel`, never repeated. On a 204
 * the appointment is read back for its cancellation time (the list's copy, marked cancelled, when
 * that read fails). When the answer was lost (`outcomeUnknown`), the read-back decides.
 */
export async function cancelAppointment(client: ApiClient, appointment: AppointmentListItem): Promise<CancelOutcome> {
  try {
    await client.patch('/v1/appointments/{id}/cancel', { path: { id: appointment.id }, body: {} });
  } catch (error) {
    if (!(error instanceof Error) || !('outcomeUnknown' in error) || !error.outcomeUnknown) return { kind: 'failed', error };
    return checkCancelled(client, appointment, error);
  }
  const cancelled: AppointmentListItem = { ...appointment, status: 'cancelled', can_be_cancelled: false, can_be_rescheduled: false };
  try {
    const read = await readBackStatus(client, appointment);
    return { kind: 'cancelled', appointment: read.status === 'cancelled' ? read : { ...cancelled, cancelled_at: read.cancelled_at } };
  } catch {
    return { kind: 'cancelled', appointment: cancelled };
  }
}

/** After a lost answer: whether the cancel went through, by reading the appointment back (a read, safe to repeat). */
export async function checkCancelled(
  client: ApiClient,
  appointment: AppointmentListItem,
  error: unknown,
  signal?: AbortSignal,
): Promise<CancelOutcome> {
  try {
    const read = await readBackStatus(client, appointment, signal);
    return read.status === 'cancelled' ? { kind: 'cancelled', appointment: read } : { kind: 'not-cancelled', error };
  } catch {
    return { kind: 'unknown', error };
  }
}
