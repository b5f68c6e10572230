/**
 * Decoders of the booking operations: appointment types, locations, practitioners, slots, appointments (see src/api/decode.ts for how decoding works). Every top-level call is
 * marked pure, so a bundle keeps only the decoders its elements register.
 */
import {
  id,
  string,
  number,
  dateTime,
  oneOf,
  nullable,
  withDefault,
  object,
  list,
  record,
  nullableString,
  nullableId,
  nullableDateTime,
  flag,
  Unusable,
  type DecodeIssue,
  type Reader,
} from '../decode.js';
import type {
  Appointment,
  AppointmentListItem,
  AppointmentReservation,
  AppointmentState,
  AppointmentStatus,
  AppointmentType,
  Location,
  Practitioner,
  Slot,
} from '../types.js';

export const appointmentType: Reader<AppointmentType> = /* @__PURE__ */ object({
  id,
  name: string,
  partner_slot_name: /* @__PURE__ */ withDefault(string, ''),
  next_available_at: nullableDateTime,
  slot_count: /* @__PURE__ */ withDefault(number, 0),
  price: /* @__PURE__ */ withDefault(number, 0),
  sector: /* @__PURE__ */ oneOf(['nhs', 'paid'], 'nhs'),
  duration: number,
  video: flag,
  in_person: flag,
  telephone: flag,
  use_partner_bookable_slots: flag,
  admin_booking_invoice_required: flag,
  form_id: nullableId,
  practitioner_type: /* @__PURE__ */ withDefault(string, ''),
  assignee_id: nullableId,
  assignee_type: /* @__PURE__ */ nullable(/* @__PURE__ */ oneOf(['Admin', 'AdminTeam'], 'Admin')),
});

export const location: Reader<Location> = /* @__PURE__ */ object({
  id,
  name: string,
  address_line_1: nullableString,
  address_line_2: nullableString,
  town: nullableString,
  postcode: nullableString,
});

export const practitioner: Reader<Practitioner> = /* @__PURE__ */ object({
  id,
  title: nullableString,
  first_name: /* @__PURE__ */ withDefault(string, ''),
  last_name: /* @__PURE__ */ withDefault(string, ''),
  practitioner_type: /* @__PURE__ */ withDefault(string, ''),
});

const slotFields = /* @__PURE__ */ object({
  id,
  practitioner_id: id,
  appointment_type_id: id,
  location_id: id,
  start_time: dateTime,
  finish_time: dateTime,
});

/** A slot; one that ends before it starts cannot be offered. One without length (as Hero's own example is) is kept and noted. */
export const slot: Reader<Slot> = (value, path, issues) => {
  const s = slotFields(value, path, issues);
  const length = Date.parse(s.finish_time) - Date.parse(s.start_time);
  if (length < 0) throw new Unusable(`${path}.finish_time`, 'ends before it starts');
  if (length === 0) issues.push({ path: `${path}.finish_time`, problem: 'ends when it starts' });
  return s;
};

export const reservation: Reader<AppointmentReservation> = /* @__PURE__ */ object({ id, reserved_until: nullableDateTime });

export const appointment: Reader<Appointment> = /* @__PURE__ */ object({
  id,
  patient_id: nullableId,
  practitioner_id: id,
  location_id: id,
  appointment_type_id: id,
  duration: /* @__PURE__ */ withDefault(number, 0),
  start_time: nullableDateTime,
  video: flag,
  in_person: flag,
  telephone: flag,
  video_url: nullableString,
  link_id: nullableId,
  reserved_until: nullableDateTime,
  booking_confirmed_at: nullableDateTime,
  can_be_cancelled: flag,
  can_be_rescheduled: flag,
  cancellation_policy_hours: /* @__PURE__ */ withDefault(number, 0),
  suppress_mail: flag,
});

/** An answer to a change of an appointment (book, edit, reschedule, cancel): the appointment, or `undefined` when the answer lacks it. Never refused. */
const changedAppointment = (value: unknown, path: string, issues: DecodeIssue[]): Appointment | undefined =>
  value === undefined || value === '' ? undefined : /* @__PURE__ */ (nullable(appointment)(value, path, issues) ?? undefined);

const APPOINTMENT_STATES = ['reserved', 'booked', 'cancelled', 'expired'] as const satisfies readonly AppointmentState[];

/**
 * An appointment's state: as the API wrote it when it is one the kit knows, else what the
 * documented fields imply (cancelled, confirmed, holding, or a lapsed hold), noted.
 */
function appointmentState(source: Record<string, unknown>, path: string, issues: DecodeIssue[], now = Date.now()): AppointmentState {
  const given = source['status'];
  if (typeof given === 'string' && (APPOINTMENT_STATES as readonly string[]).includes(given)) return given as AppointmentState;
  if (given !== undefined && given !== null)
    issues.push({ path: `${path}.status`, problem: 'unexpected value (worked out from the dates)' });
  const at = (key: string) => nullableDateTime(source[key], `${path}.${key}`, []);
  if (at('cancelled_at')) return 'cancelled';
  if (at('booking_confirmed_at')) return 'booked';
  const until = at('reserved_until');
  return until && Date.parse(until) > now ? 'reserved' : 'expired';
}

/** An appointment in List Appointments: the appointment, its state and when it was cancelled. */
export const appointmentListItem: Reader<AppointmentListItem> = (value, path, issues) => {
  const base = appointment(value, path, issues);
  const source = record(value, path);
  return {
    ...base,
    status: appointmentState(source, path, issues),
    cancelled_at: nullableDateTime(source['cancelled_at'], `${path}.cancelled_at`, issues),
  };
};

export const appointmentStatus: Reader<AppointmentStatus> = (value, path, issues) => {
  const source = record(value, path);
  return {
    id: id(source['id'], `${path}.id`, issues),
    status: appointmentState(source, path, issues),
    reserved_until: nullableDateTime(source['reserved_until'], `${path}.reserved_until`, issues),
    booking_confirmed_at: nullableDateTime(source['booking_confirmed_at'], `${path}.booking_confirmed_at`, issues),
    cancelled_at: nullableDateTime(source['cancelled_at'], `${path}.cancelled_at`, issues),
  };
};

/** The booking operations' decoders, keyed `METHOD /path` as in openapi.yaml (registered by the elements that book or list appointments). */
export const BOOKING_DECODERS = {
  'GET /v1/appointment_types': /* @__PURE__ */ list(appointmentType),
  'GET /v1/locations': /* @__PURE__ */ list(location),
  'GET /v1/practitioners': /* @__PURE__ */ list(practitioner),
  'GET /v1/slots': /* @__PURE__ */ list(slot),
  'GET /v1/slots/{id}': slot,
  'GET /v1/slots/count': /* @__PURE__ */ object({ count: number }),
  'POST /v1/appointments': /* @__PURE__ */ nullable(reservation),
  'PATCH /v1/appointments/{id}/book': changedAppointment,
  'GET /v1/appointments/{id}': appointment,
  'PUT /v1/appointments/{id}': changedAppointment,
  'PATCH /v1/appointments/{id}/reschedule': changedAppointment,
  'PATCH /v1/appointments/{id}/cancel': changedAppointment,
  'GET /v1/appointments/{id}/status': appointmentStatus,
  'GET /v2/appointments': /* @__PURE__ */ list(appointmentListItem),
} satisfies Record<string, Reader<unknown>>;
