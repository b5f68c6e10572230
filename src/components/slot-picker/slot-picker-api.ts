/**
 * The slot picker's calls to the Hero API (Booking, API-CONTRACT.md), in one place, as plain async
 * functions (no Lit: they test in Node):
 *
 * - reads: the reference lists and slots (slot-data.ts), `GET /v1/appointments/{id}` (read back,
 *   reschedule), `GET /v1/patients/{id}` (staff's patient row, through the patient normaliser),
 *   `GET /v2/appointments` (finding a reservation whose answer was lost);
 * - changes, never retried here: reserve (`POST /v1/appointments`), book (`PATCH …/book`),
 *   reschedule (`PATCH …/reschedule`), release a hold (`PATCH …/cancel`, `suppress_mail: true`).
 *
 * A change whose answer is lost or unusable is reported as `HeroError.outcomeUnknown`; the element
 * then reads back (`checkBooking`, `checkMove`) before it offers a deliberate second attempt.
 */
import { HeroError, isAbortError, toHeroError } from '../../api/errors.js';
import type { Appointment, AppointmentCreateRequest, AppointmentReservation, Slot } from '../../api/types.js';
import { londonDate } from '../../domain/london-time.js';
import { protectPatient, type HeroPatient } from '../../domain/patient.js';
import type { ApiClient } from '../../internal/element-client.js';

export { findNextAvailableDay, loadReferenceData, loadSlotWindow } from './slot-data.js';

/** How a change ended when the API said no: the slot went to someone else, or the hold ran out. */
export type Refusal = 'taken' | 'lapsed';

/**
 * 409, a 400 about the slot's availability, and 410 (the hold or slot is gone) all mean "pick
 * another time" (API-CONTRACT: treat them alike); 410 is worded as a lapsed hold.
 */
export function refusalOf(error: unknown): Refusal | undefined {
  if (!(error instanceof HeroError)) return undefined;
  if (error.status === 410) return 'lapsed';
  if (error.status === 409) return 'taken';
  if (error.status === 400) {
    if (error.reason === 'slot_unavailable') return 'taken';
    const aboutSlot = error.issues.some(
      (i) => /availab/i.test(i.expected ?? '') || /availab/i.test(i.code) || i.path.includes('start_time'),
    );
    if (aboutSlot) return 'taken';
  }
  return undefined;
}

/**
 * A change whose answer could not be used (cut off, undecodable) may still have been carried out:
 * it is marked `outcomeUnknown` like a lost connection.
 */
function unknownIfUnreadable(error: unknown): unknown {
  if (isAbortError(error)) return error;
  const heroError = toHeroError(error);
  if (heroError.outcomeUnknown || heroError.status !== undefined || heroError.code !== 'server') return heroError;
  return new HeroError('server', heroError.message, { outcomeUnknown: true, cause: heroError });
}

/** Minutes of the appointment: the type's duration, else the slot's length. */
export function slotMinutes(slot: Slot, typeDuration?: number): number {
  if (typeDuration && typeDuration > 0) return typeDuration;
  const minutes = Math.round((Date.parse(slot.finish_time) - Date.parse(slot.start_time)) / 60_000);
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 0;
}

/** The body of `POST /v1/appointments` for a slot, for a patient (or none, when anonymous booking is allowed). */
export function reserveBody(slot: Slot, duration: number, patientId: string | undefined): AppointmentCreateRequest {
  const body: AppointmentCreateRequest = {
    appointment_type_id: slot.appointment_type_id,
    location_id: slot.location_id,
    practitioner_id: slot.practitioner_id,
    start_time: slot.start_time,
    duration,
  };
  if (patientId) body.patient_id = patientId;
  return body;
}

/** Reserves `slot`. An answer that names no appointment is an unknown outcome (it may be held). */
export async function reserveSlot(
  client: ApiClient,
  slot: Slot,
  duration: number,
  patientId: string | undefined,
): Promise<AppointmentReservation> {
  let created: AppointmentReservation | null;
  try {
    created = await client.post('/v1/appointments', { body: reserveBody(slot, duration, patientId) });
  } catch (error) {
    throw unknownIfUnreadable(error);
  }
  if (!created) throw new HeroError('server', 'The Hero API did not say which appointment it reserved.', { outcomeUnknown: true });
  return created;
}

/** Releases a hold the patient never confirmed (nobody is mailed). Never throws: a hold also lapses by itself. */
export async function releaseHold(client: ApiClient, appointmentId: string): Promise<boolean> {
  try {
    await client.patch('/v1/appointments/{id}/cancel', { path: { id: appointmentId }, body: { suppress_mail: true } });
    return true;
  } catch {
    return false;
  }
}

/** Books a held appointment for `patientId`; an answer without the appointment is read back. */
export async function bookReservation(client: ApiClient, appointmentId: string, patientId: string | undefined): Promise<Appointment> {
  const path = { id: appointmentId };
  let booked: Appointment | undefined;
  try {
    booked = await client.patch('/v1/appointments/{id}/book', { path, body: patientId ? { patient_id: patientId } : {} });
  } catch (error) {
    throw unknownIfUnreadable(error);
  }
  if (booked) return booked;
  try {
    return await client.get('/v1/appointments/{id}', { path });
  } catch (error) {
    // Booked, most likely, but not confirmed by a read: the element checks again before anything else.
    if (isAbortError(error)) throw error;
    throw new HeroError('server', 'The Hero API did not return the booked appointment.', { outcomeUnknown: true, cause: error });
  }
}

export async function readAppointment(client: ApiClient, appointmentId: string, signal?: AbortSignal): Promise<Appointment> {
  return client.get('/v1/appointments/{id}', { path: { id: appointmentId }, signal });
}

/** What a read-back says about a booking whose answer was lost. */
export type BookingCheck =
  | { outcome: 'booked'; appointment: Appointment }
  | { outcome: 'held'; appointment: Appointment }
  | { outcome: 'gone' }
  | { outcome: 'unknown' };

/** The state of an appointment read back after an unknown booking outcome. */
export function bookingState(appointment: Appointment, now: number): BookingCheck['outcome'] {
  if (appointment.booking_confirmed_at) return 'booked';
  const until = appointment.reserved_until ? Date.parse(appointment.reserved_until) : NaN;
  return Number.isFinite(until) && until > now ? 'held' : 'gone';
}

/** Reads the appointment back: booked, still held, gone (404, lapsed) or, when the read fails, still unknown. */
export async function checkBooking(client: ApiClient, appointmentId: string, now: () => number = Date.now): Promise<BookingCheck> {
  try {
    const appointment = await readAppointment(client, appointmentId);
    const outcome = bookingState(appointment, now());
    return outcome === 'gone' ? { outcome } : { outcome, appointment };
  } catch (error) {
    if (isAbortError(error)) throw error;
    return error instanceof HeroError && (error.status === 404 || error.status === 410) ? { outcome: 'gone' } : { outcome: 'unknown' };
  }
}

/**
 * After a lost reserve answer: the patient's reservation of this very slot, if the API holds one
 * (`GET /v2/appointments`, reserved, that day). Undefined when there is none or the read fails.
 */
export async function findReservation(client: ApiClient, patientId: string, slot: Slot): Promise<AppointmentReservation | undefined> {
  try {
    const day = londonDate(Date.parse(slot.start_time));
    const { data } = await client.listAll('/v2/appointments', {
      query: { patient_id: patientId, start_date: day, end_date: day, status: ['reserved'] },
    });
    const startMs = Date.parse(slot.start_time);
    const found = data.find(
      (a) =>
        a.status === 'reserved' &&
        a.start_time !== null &&
        Date.parse(a.start_time) === startMs &&
        String(a.practitioner_id) === String(slot.practitioner_id) &&
        String(a.patient_id) === patientId,
    );
    return found ? { id: found.id, reserved_until: found.reserved_until ?? null } : undefined;
  } catch {
    return undefined;
  }
}

/** Moves a confirmed appointment to `slot` (the answer, or the appointment read back). */
export async function rescheduleTo(client: ApiClient, appointmentId: string, slot: Slot, duration: number): Promise<Appointment> {
  const path = { id: appointmentId };
  let moved: Appointment | undefined;
  try {
    moved = await client.patch('/v1/appointments/{id}/reschedule', {
      path,
      body: {
        start_time: slot.start_time,
        practitioner_id: slot.practitioner_id,
        location_id: slot.location_id,
        ...(duration ? { duration } : {}),
      },
    });
  } catch (error) {
    throw unknownIfUnreadable(error);
  }
  if (moved) return moved;
  try {
    return await readAppointment(client, appointmentId);
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new HeroError('server', 'The Hero API did not return the moved appointment.', { outcomeUnknown: true, cause: error });
  }
}

/** What a read-back says about a move whose answer was lost. */
export type MoveCheck = { outcome: 'moved' | 'not-moved'; appointment: Appointment } | { outcome: 'unknown' };

export function moveState(appointment: Appointment, newStart: string): 'moved' | 'not-moved' {
  return appointment.start_time !== null && Date.parse(appointment.start_time) === Date.parse(newStart) ? 'moved' : 'not-moved';
}

export async function checkMove(client: ApiClient, appointmentId: string, newStart: string): Promise<MoveCheck> {
  try {
    const appointment = await readAppointment(client, appointmentId);
    return { outcome: moveState(appointment, newStart), appointment };
  } catch (error) {
    if (isAbortError(error)) throw error;
    return { outcome: 'unknown' };
  }
}

/** The patient, holding only what their restriction allows (the decoder normalises; this keeps it so). */
export async function loadPatient(client: ApiClient, patientId: string, signal?: AbortSignal): Promise<HeroPatient> {
  const patient = await client.get('/v1/patients/{id}', { path: { id: patientId }, signal });
  return protectPatient(patient);
}
