/**
 * Tolerant decoding, in one place: every response the elements use passes through a decoder here
 * before any element sees it (`HeroClient` applies them by operation, see `DECODERS`), and the
 * doctor (`npx hero-elements doctor`) checks a tenant's answers through the same decoders.
 *
 * A decoder accepts the documented variants (ids as strings or whole numbers, dates as
 * `YYYY-MM-DD` or date-times, absent optional fields) and refuses only what cannot be used. What it
 * notices is written to `issues` as a path and a problem in the kit's words, never a value (values
 * can be patient data). In a list, an item that cannot be used is skipped and noted; the rest of
 * the list is kept. A read whose answer cannot be used at all throws a `HeroError` (`server`).
 * Answers to changes (reserve, book, submit, send) never throw here: the change happened, so the
 * element gets what could be read (missing pieces as null, or undefined) and reads back or says so.
 *
 * Objects come out with only the fields named in their shape: whatever else Hero sends is dropped.
 */
import { heroId, normalisePatient, type HeroPatient } from '../domain/patient.js';
import { HeroError } from './errors.js';
import type {
  AttachmentLink,
  Appointment,
  AppointmentListItem,
  AppointmentReservation,
  AppointmentState,
  AppointmentStatus,
  AppointmentType,
  Assignee,
  CreatedLink,
  Form,
  FormField,
  FormFieldOption,
  FormResponse,
  Location,
  Message,
  MessageSendResponse,
  MessageStatus,
  PracticeGroup,
  Practitioner,
  SentMessage,
  ShortLink,
  Slot,
  Template,
} from './types.js';

/** Something a decoder noticed: where (`data[3].start_time`) and what, never the value. */
export interface DecodeIssue {
  path: string;
  problem: string;
  /** An item of a list was left out because it could not be used (data the user does not see). */
  skipped?: true;
}

/** Reads one value at `path`; throws `Unusable` when it cannot be used, notes smaller problems in `issues`. */
export type Reader<T> = (value: unknown, path: string, issues: DecodeIssue[]) => T;

/** A value that cannot be used where it stands. */
export class Unusable extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

const kind = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

// ───────── Scalars ─────────

/**
 * An id, as a string. Hero documents ids as digits (`^\d+$`), given as a string or a whole number;
 * its reference's own examples (and its mock server) answer `"string"`, so other text is kept as
 * written and noted. Missing, empty, or not text or a number: unusable.
 */
export const id: Reader<string> = (value, path, issues) => {
  const result = heroId(value);
  if (result === null) throw new Unusable(path, value === undefined ? 'missing' : `expected an id, got ${typeof value === 'string' ? 'other text' : kind(value)}`);
  if (!/^\d+$/.test(result)) issues.push({ path, problem: 'not digits as documented (kept as written)' });
  return result;
};

export const string: Reader<string> = (value, path) => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new Unusable(path, value === undefined ? 'missing' : `expected a string, got ${kind(value)}`);
};

export const number: Reader<number> = (value, path) => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n === 'number' && Number.isFinite(n)) return n;
  throw new Unusable(path, value === undefined ? 'missing' : `expected a number, got ${kind(value)}`);
};

export const boolean: Reader<boolean> = (value, path) => {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Unusable(path, value === undefined ? 'missing' : `expected true or false, got ${kind(value)}`);
};

/** An instant (ISO 8601 date-time), kept as the API wrote it once it is known to parse. */
export const dateTime: Reader<string> = (value, path) => {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && Number.isFinite(Date.parse(value))) return value;
  throw new Unusable(path, value === undefined ? 'missing' : `expected a date-time, got ${typeof value === 'string' ? 'other text' : kind(value)}`);
};

/** One of `values`; an unlisted value is noted and replaced by `fallback` (enums may grow). */
export function oneOf<const V extends string>(values: readonly V[], fallback: V): Reader<V> {
  return (value, path, issues) => {
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as V;
    if (value !== undefined && value !== null) issues.push({ path, problem: `unexpected value (expected one of ${values.join(', ')})` });
    return fallback;
  };
}

/** Absent or null: `null`. Present but unusable: noted, and `null`. */
export function nullable<T>(read: Reader<T>): Reader<T | null> {
  return (value, path, issues) => {
    if (value === undefined || value === null || value === '') return null;
    try {
      return read(value, path, issues);
    } catch (error) {
      if (!(error instanceof Unusable)) throw error;
      issues.push({ path: error.path, problem: error.problem });
      return null;
    }
  };
}

/** Absent or null: `undefined` (for optional fields). Present but unusable: noted, and `undefined`. */
export function optional<T>(read: Reader<T>): Reader<T | undefined> {
  const inner = nullable(read);
  return (value, path, issues) => inner(value, path, issues) ?? undefined;
}

/** Absent, null or unusable: `fallback` (unusable is noted). */
export function withDefault<T>(read: Reader<T>, fallback: T): Reader<T> {
  const inner = nullable(read);
  return (value, path, issues) => inner(value, path, issues) ?? fallback;
}

// ───────── Structures ─────────

type Shape = Record<string, Reader<unknown>>;
type Out<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new Unusable(path, value === undefined ? 'missing' : `expected an object, got ${kind(value)}`);
}

/** An object with exactly the fields of `shape` (others dropped). */
export function object<S extends Shape>(shape: S): Reader<Out<S>> {
  return (value, path, issues) => {
    const source = record(value, path);
    const out: Record<string, unknown> = {};
    for (const key in shape) out[key] = shape[key]!(source[key], `${path}.${key}`, issues);
    return out as Out<S>;
  };
}

/** An array whose unusable items are skipped and noted. */
export function array<T>(item: Reader<T>): Reader<T[]> {
  return (value, path, issues) => {
    if (!Array.isArray(value)) throw new Unusable(path, value === undefined ? 'missing' : `expected a list, got ${kind(value)}`);
    const out: T[] = [];
    value.forEach((entry, index) => {
      try {
        out.push(item(entry, `${path}[${index}]`, issues));
      } catch (error) {
        if (!(error instanceof Unusable)) throw error;
        issues.push({ path: error.path, problem: `${error.problem}; item skipped`, skipped: true });
      }
    });
    return out;
  };
}

/** A paginated list `{ data, count }`; `count` defaults to the items on the page. */
export function list<T>(item: Reader<T>): Reader<{ data: T[]; count: number }> {
  const items = array(item);
  return (value, path, issues) => {
    const source = record(value, path);
    const data = items(source['data'], `${path}.data`, issues);
    const count = nullable(number)(source['count'], `${path}.count`, issues);
    return { data, count: count ?? (Array.isArray(source['data']) ? source['data'].length : 0) };
  };
}

// ───────── The API's shapes ─────────

const nullableString = nullable(string);
const nullableId = nullable(id);
const nullableDateTime = nullable(dateTime);
const flag = withDefault(boolean, false);

export const appointmentType: Reader<AppointmentType> = object({
  id,
  name: string,
  partner_slot_name: withDefault(string, ''),
  next_available_at: nullableDateTime,
  slot_count: withDefault(number, 0),
  price: withDefault(number, 0),
  sector: oneOf(['nhs', 'paid'], 'nhs'),
  duration: number,
  video: flag,
  in_person: flag,
  telephone: flag,
  use_partner_bookable_slots: flag,
  admin_booking_invoice_required: flag,
  form_id: nullableId,
  practitioner_type: withDefault(string, ''),
  assignee_id: nullableId,
  assignee_type: nullable(oneOf(['Admin', 'AdminTeam'], 'Admin')),
});

export const location: Reader<Location> = object({
  id,
  name: string,
  address_line_1: nullableString,
  address_line_2: nullableString,
  town: nullableString,
  postcode: nullableString,
});

export const practitioner: Reader<Practitioner> = object({
  id,
  title: nullableString,
  first_name: withDefault(string, ''),
  last_name: withDefault(string, ''),
  practitioner_type: withDefault(string, ''),
});

const slotFields = object({
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

export const reservation: Reader<AppointmentReservation> = object({ id, reserved_until: nullableDateTime });

export const appointment: Reader<Appointment> = object({
  id,
  patient_id: nullableId,
  practitioner_id: id,
  location_id: id,
  appointment_type_id: id,
  duration: withDefault(number, 0),
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
  cancellation_policy_hours: withDefault(number, 0),
  suppress_mail: flag,
});

/** An answer to a change of an appointment (book, edit, reschedule, cancel): the appointment, or `undefined` when the answer lacks it. Never refused. */
const changedAppointment = (value: unknown, path: string, issues: DecodeIssue[]): Appointment | undefined =>
  value === undefined || value === '' ? undefined : (nullable(appointment)(value, path, issues) ?? undefined);

const APPOINTMENT_STATES = ['reserved', 'booked', 'cancelled', 'expired'] as const satisfies readonly AppointmentState[];

/**
 * An appointment's state: as the API wrote it when it is one the kit knows, else what the
 * documented fields imply (cancelled, confirmed, holding, or a lapsed hold), noted.
 */
function appointmentState(source: Record<string, unknown>, path: string, issues: DecodeIssue[], now = Date.now()): AppointmentState {
  const given = source['status'];
  if (typeof given === 'string' && (APPOINTMENT_STATES as readonly string[]).includes(given)) return given as AppointmentState;
  if (given !== undefined && given !== null) issues.push({ path: `${path}.status`, problem: 'unexpected value (worked out from the dates)' });
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
  return { ...base, status: appointmentState(source, path, issues), cancelled_at: nullableDateTime(source['cancelled_at'], `${path}.cancelled_at`, issues) };
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

/** A patient in any documented shape, through the one normaliser (allow-list included). */
export const patient: Reader<HeroPatient> = (value, path) => {
  const result = normalisePatient(value);
  if (!result) throw new Unusable(path, `expected a patient, got ${kind(value)}`);
  return result;
};

const option: Reader<FormFieldOption> = object({ label: string, value: string });

const FIELD_TYPES = ['string', 'integer', 'boolean', 'datepicker', 'text', 'radio', 'dropdown', 'checkboxes', 'consent', 'paragraph'] as const;

/**
 * A form question. An unknown `type` is kept as written (the renderer shows it as a text question
 * rather than breaking the form); a choice question without usable options is noted.
 */
export const formField: Reader<FormField> = (value, path, issues) => {
  const source = record(value, path);
  const type = typeof source['type'] === 'string' ? (source['type'] as FormField['type']) : 'string';
  if (!(FIELD_TYPES as readonly string[]).includes(type)) issues.push({ path: `${path}.type`, problem: 'unexpected value (shown as a text question)' });
  const showIf = nullable(object({ form_question_id: id, equals: (v, p) => (['string', 'number', 'boolean'].includes(typeof v) ? (v as string | number | boolean) : string(v, p, issues)) }))(
    source['show_if'],
    `${path}.show_if`,
    issues,
  );
  return {
    form_question_id: id(source['form_question_id'], `${path}.form_question_id`, issues),
    name: string(source['name'], `${path}.name`, issues),
    type,
    description: nullableString(source['description'], `${path}.description`, issues),
    required: flag(source['required'], `${path}.required`, issues),
    options: nullable(array(option))(source['options'], `${path}.options`, issues),
    observation_type: (nullableString(source['observation_type'], `${path}.observation_type`, issues) as FormField['observation_type']) ?? null,
    condition: (nullableString(source['condition'], `${path}.condition`, issues) as FormField['condition']) ?? null,
    vaccination: (nullableString(source['vaccination'], `${path}.vaccination`, issues) as FormField['vaccination']) ?? null,
    min: nullable(number)(source['min'], `${path}.min`, issues),
    max: nullable(number)(source['max'], `${path}.max`, issues),
    unit: nullableString(source['unit'], `${path}.unit`, issues),
    snomed_code: nullableString(source['snomed_code'], `${path}.snomed_code`, issues),
    show_if: showIf,
  };
};

const FORM_TYPES = ['questionnaire', 'response', 'appointment', 'care_navigation'] as const;

export const form: Reader<Form> = object({
  id,
  form_type: oneOf(FORM_TYPES, 'questionnaire'),
  title: withDefault(string, ''),
  description: withDefault(string, ''),
  patient_title: nullableString,
  patient_description: nullableString,
  confirmation_message: nullableString,
  snomed_code: nullableString,
  fields: array(formField),
});

/** A saved response (draft or submitted): an answer to a change, so never refused. */
export const formResponse: Reader<FormResponse | undefined> = (value, path, issues) =>
  nullable(object({ id, form_id: withDefault(id, ''), created_at: withDefault(string, '') }))(value, path, issues) ?? undefined;

export const template: Reader<Template> = object({
  id,
  name: string,
  content: withDefault(string, ''),
  link: oneOf(['no_link', 'booking', 'form'], 'no_link'),
  type: oneOf(['hero', 'external', 'user'], 'user'),
  sms_snomed_code: nullableString,
  sms_follow_up_1_snomed_code: nullableString,
  sms_follow_up_2_snomed_code: nullableString,
  email_snomed_code: nullableString,
  email_follow_up_1_snomed_code: nullableString,
  email_follow_up_2_snomed_code: nullableString,
  send_follow_up_one: flag,
  send_follow_up_two: flag,
  reminder_time: nullable(number),
});

/** The answer to a send: the message went, so nothing here is refused (`message_id` may be null). */
export const messageSent: Reader<Omit<MessageSendResponse, 'message_id'> & { message_id: string | null }> = (value, path, issues) => {
  const source = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (source !== value) issues.push({ path, problem: `expected an object, got ${kind(value)}` });
  return {
    message_id: nullableId(source['message_id'], `${path}.message_id`, issues),
    content: withDefault(string, '')(source['content'], `${path}.content`, issues),
    created_at: withDefault(string, '')(source['created_at'], `${path}.created_at`, issues),
    snomed_code: nullableString(source['snomed_code'], `${path}.snomed_code`, issues),
    write_to_record: flag(source['write_to_record'], `${path}.write_to_record`, issues),
    auth_token: null,
    confirm_write_to_record_url: nullableString(source['confirm_write_to_record_url'], `${path}.confirm_write_to_record_url`, issues),
    submitted_by: nullableString(source['submitted_by'], `${path}.submitted_by`, issues),
    send_at: nullableDateTime(source['send_at'], `${path}.send_at`, issues),
  };
};

const DELIVERY = ['delivered', 'declined', 'sent', 'pending', 'retry', 'fatal'] as const;

export const messageStatus: Reader<MessageStatus> = object({
  id,
  scheduled_send_at: nullableDateTime,
  write_to_record: flag,
  status: object({
    write_to_record_at: nullableDateTime,
    sent_at: nullableDateTime,
    response: oneOf(DELIVERY, 'pending'),
    failure_reason: nullableString,
  }),
  errors: withDefault(object({ write_to_record: nullableString, send: nullableString }), { write_to_record: null, send: null }),
});

const messagePatient = object({
  id,
  title: nullableString,
  first_name: withDefault(string, ''),
  last_name: withDefault(string, ''),
});

export const shortLink: Reader<ShortLink> = object({
  id: nullableId,
  type: nullableString,
  name: nullableString,
  status: nullableString,
});

const campaign = object({ id: nullableId, name: nullableString });

/**
 * A sent message (List Sent Messages). One whose patient cannot be read is skipped: a message is
 * only ever shown against the patient it names.
 */
export const sentMessage: Reader<SentMessage> = object({
  id: nullableId,
  patient: messagePatient,
  write_to_record: withDefault(
    object({ write_to_record_at: nullableDateTime, status: nullableString, failure_reason: nullableString }),
    { write_to_record_at: null, status: null, failure_reason: null },
  ),
  short_link: nullable(shortLink),
  campaign: nullable(campaign),
  created_at: nullableDateTime,
  sent_at: nullableDateTime,
  scheduled_at: nullableDateTime,
  status: withDefault(string, ''),
  sent_by: withDefault(string, ''),
  recipient_contact_detail: withDefault(string, ''),
  message_type: withDefault(string, ''),
});

export const message: Reader<Message> = object({
  id,
  patient: messagePatient,
  write_to_record: withDefault(
    object({ write_to_record_at: nullableDateTime, status: nullableString, failure_reason: nullableString, snomed_code: nullableString }),
    { write_to_record_at: null, status: null, failure_reason: null, snomed_code: null },
  ),
  short_link: nullable(shortLink),
  campaign: nullable(campaign),
  created_at: nullableDateTime,
  sent_at: nullableDateTime,
  scheduled_at: nullableDateTime,
  status: oneOf(DELIVERY, 'pending'),
  sent_by_admin: nullable(object({ id: string, first_name: nullableString, last_name: nullableString })),
  recipient_contact_detail: nullableString,
  message_type: nullableString,
  content: nullableString,
});

/** The answer to creating a link: the link was made, so nothing is refused (`id` and `url` may be null). */
export const createdLink: Reader<Omit<CreatedLink, 'id' | 'url'> & { id: string | null; url: string | null }> = (value, path, issues) => {
  const source = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (source !== value) issues.push({ path, problem: `expected an object, got ${kind(value)}` });
  return {
    id: nullableId(source['id'], `${path}.id`, issues),
    url: nullableString(source['url'], `${path}.url`, issues),
    expires_at: nullableDateTime(source['expires_at'], `${path}.expires_at`, issues),
  };
};

/** The answer to creating an attachment link: never refused (its pieces may be null). */
export const attachmentLink: Reader<{ [K in keyof AttachmentLink]: AttachmentLink[K] | null }> = (value, path, issues) => {
  const source = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (source !== value) issues.push({ path, problem: `expected an object, got ${kind(value)}` });
  return {
    id: nullableId(source['id'], `${path}.id`, issues),
    attachment_uuid: nullableString(source['attachment_uuid'], `${path}.attachment_uuid`, issues),
    url: nullableString(source['url'], `${path}.url`, issues),
  };
};

/** The practice (`GET /v1/me`): its name and how patients reach it. */
export const practiceGroup: Reader<PracticeGroup> = object({
  id: string,
  name: string,
  sector: optional(oneOf(['nhs', 'paid'], 'nhs')),
  phone: nullableString,
  email: nullableString,
  ods_code: nullableString,
  address: nullable(
    object({ line_1: nullableString, line_2: nullableString, town: nullableString, county: nullableString, postcode: nullableString }),
  ),
});

export const assignee: Reader<Assignee> = object({
  label: string,
  value: nullable(number),
  type: withDefault(string, ''),
  key: withDefault(string, ''),
});

/** What `POST /v1/patients/register_pds` answers: a patient id, or a link to verify identity first. */
export type PdsAnswer = { patient_id: string } | { message: string; login_url: string };

export const pdsAnswer: Reader<PdsAnswer> = (value, path, issues) => {
  const source = record(value, path);
  if (source['patient_id'] !== undefined) return { patient_id: id(source['patient_id'], `${path}.patient_id`, issues) };
  return { message: withDefault(string, '')(source['message'], `${path}.message`, issues), login_url: string(source['login_url'], `${path}.login_url`, issues) };
};

// ───────── By operation ─────────

/**
 * The decoder of each operation the elements use, keyed `METHOD /path/{template}` as in
 * openapi.yaml. `HeroClient` applies them; an operation without one is passed through as parsed.
 */
export const DECODERS = {
  'GET /v1/appointment_types': list(appointmentType),
  'GET /v1/locations': list(location),
  'GET /v1/practitioners': list(practitioner),
  'GET /v1/slots': list(slot),
  'GET /v1/slots/{id}': slot,
  'GET /v1/slots/count': object({ count: number }),
  'POST /v1/appointments': nullable(reservation),
  'PATCH /v1/appointments/{id}/book': changedAppointment,
  'GET /v1/appointments/{id}': appointment,
  'PUT /v1/appointments/{id}': changedAppointment,
  'PATCH /v1/appointments/{id}/reschedule': changedAppointment,
  'PATCH /v1/appointments/{id}/cancel': changedAppointment,
  'GET /v1/appointments/{id}/status': appointmentStatus,
  'GET /v2/appointments': list(appointmentListItem),
  'GET /v1/patients': list(patient),
  'GET /v3/patients': list(patient),
  'GET /v1/patients/{id}': patient,
  'POST /v1/patients/register_pds': pdsAnswer,
  'GET /v1/forms/{id}': form,
  'POST /v1/forms/{id}/response': formResponse,
  'POST /v1/forms/response/{id}': formResponse,
  'GET /v1/templates': list(template),
  'POST /v1/messages/send': messageSent,
  'GET /v1/messages/{id}/status': messageStatus,
  'GET /v1/messages/{id}': message,
  'GET /v2/sent_messages': list(sentMessage),
  'POST /v1/booking_links': createdLink,
  'POST /v1/form_links': createdLink,
  'POST /v1/video_links': createdLink,
  'POST /v1/attachment_links': attachmentLink,
  'GET /v1/links/status': shortLink,
  'GET /v1/me': practiceGroup,
  'POST /v1/snomed/validate': object({ valid: boolean }),
  'GET /v1/messages/assignee/collection': object({ data: array(assignee) }),
  'GET /v1/me/sms-credits': object({ credits: number }),
} satisfies Record<string, Reader<unknown>>;

export type DecodedOperation = keyof typeof DECODERS;
export type Decoded<K extends string> = K extends DecodedOperation ? ReturnType<(typeof DECODERS)[K]> : never;

/** The decoder of `METHOD path`, if the kit has one. */
export function decoderFor(method: string, path: string): Reader<unknown> | undefined {
  return (DECODERS as Record<string, Reader<unknown>>)[`${method.toUpperCase()} ${path}`];
}

/**
 * Decodes `value` with `read`: the value and what was noticed. Throws a `HeroError` (`server`, with
 * the issues) when the answer cannot be used at all; its message names no value.
 */
export function decode<T>(read: Reader<T>, value: unknown): { value: T; issues: DecodeIssue[] } {
  const issues: DecodeIssue[] = [];
  try {
    return { value: read(value, '$', issues), issues };
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
    issues.push({ path: error.path, problem: error.problem });
    throw new HeroError('server', 'The Hero API sent an answer the kit could not use. Try again; if it keeps happening, tell your administrator.', {
      issues: issues.map((issue) => ({ path: issue.path.split('.'), code: issue.problem })),
    });
  }
}
