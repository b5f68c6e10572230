/**
 * MSW 2 request handlers: the mock Hero API, one handler per operation of `src/api/openapi.yaml`.
 * Every request is first validated against its operation in that document (mock/validate.ts), so
 * the mock refuses exactly what the document says the API refuses, in Hero's documented 400 shape;
 * answers are in the documented shapes (designed ones where Hero's docs are silent, as the document
 * marks them). Paths start with `*` so the same handlers answer on any base URL (staging,
 * production, the demo's proxy, `MOCK_BASE_URL` in tests). Web-standard code only: it runs in a
 * service worker page and under `msw/node`.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type {
  Appointment,
  AppointmentListItem,
  AppointmentReservation,
  AppointmentState,
  AppointmentType,
  BatchMessage,
  ErrorBody,
  Form,
  FormAnswer,
  FormAnswerValue,
  FormField,
  FormResponse,
  FormSubmissionResponse,
  Message,
  MessageSendResponse,
  MessageStatus,
  MessageType,
  Patient,
  SentMessage,
  Slot,
  ValidationError,
  ValidationIssue,
} from '../src/api/types.js';
import { MAX_PAGE_SIZE, TOKEN_LIFETIME_MS } from '../src/api/config.js';
import { mockClock } from './clock.js';
import {
  findPatient,
  heldSlotIds,
  mockDb,
  nextId,
  RESERVATION_HOLD_MS,
  slotHolder,
  type StoredAppointment,
  type StoredFormResponse,
  type StoredLink,
  type StoredMessage,
} from './db.js';
import {
  addDays,
  appointmentTypeLocationIds,
  appointmentTypes,
  assignees,
  completePatient,
  DEFAULT_MESSAGE_SNOMED_CODE,
  findSlot,
  formSummary,
  forms,
  isIsoDate,
  isValidNhsNumber,
  locations,
  londonDate,
  londonToday,
  londonWallTimeToUtcMs,
  MAX_SLOT_WINDOW_DAYS,
  normaliseNhsNumber,
  PDS_IDENTITY_VERIFICATION_LOGIN_URL,
  PDS_IDENTITY_VERIFICATION_NHS_NUMBER,
  pdsPeople,
  placeholderValues,
  practiceGroup,
  practitionerLocationIds,
  practitioners,
  slotsFor,
  smsCredits,
  templates,
  toListPatient,
  UNDOCUMENTED_EXTRAS,
  VALID_SNOMED_CODES,
} from './fixtures.js';
import { MOCK_API_KEY, mintMockToken, verifyMockToken } from './jwt.js';
import { isInvalid, validateRequest, type OperationKey, type ValidRequest } from './validate.js';

// ───────────────────────────── Responses ─────────────────────────────

/** Default `page_size`. */
export const DEFAULT_PAGE_SIZE = 20;
/** The largest `page_size` the mock serves (a server may cap lower: see the `page-size-capped` scenario). */
export { MAX_PAGE_SIZE };
/** Access tokens from the mock live 30 minutes, like Hero's. */
export const ACCESS_TOKEN_TTL_SECONDS = TOKEN_LIFETIME_MS / 1000;

/** `{ error: true, statusCode, message }` with that status. */
export function errorResponse(statusCode: number, message: string, headers?: Record<string, string>): Response {
  const body: ErrorBody = { error: true, statusCode, message };
  return HttpResponse.json(body, headers ? { status: statusCode, headers } : { status: statusCode });
}

/** The documented 400 body: `{ error: true, statusCode: 400, message: [{ code, expected, path }] }`. */
export function validationErrorResponse(issues: ValidationIssue[]): Response {
  const body: ValidationError = { error: true, statusCode: 400, message: issues };
  return HttpResponse.json(body, { status: 400 });
}

/** The 409 sent when a slot has been taken. */
export function slotUnavailableResponse(): Response {
  return errorResponse(409, 'slot_unavailable');
}

/** The 410 a taken slot or a lapsed reservation may come back as. */
export function slotGoneResponse(): Response {
  return errorResponse(410, 'reservation_expired');
}

/** The 400 about the slot's availability a taken slot may come back as [designed]. */
export function slotNotAvailableValidationResponse(): Response {
  return validationErrorResponse([{ code: 'custom', expected: 'an available slot', path: ['start_time'] }]);
}

const notFound = (what = 'Not Found'): Response => errorResponse(404, what);
const noContent = (): Response => new HttpResponse(null, { status: 204 });

// ───────────────────────────── Auth ─────────────────────────────

/**
 * Checks `Authorization: Bearer <jwt>` (401 when missing, invalid or expired) and
 * `x-practice-group-id` (400 when missing, 403 when it differs from the token's). Returns the
 * error response, or `undefined` when the request may proceed.
 */
export async function checkAuth(request: Request): Promise<Response | undefined> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  const claims = match?.[1] ? await verifyMockToken(match[1]) : null;
  if (!claims) return errorResponse(401, 'Unauthorized');
  const group = request.headers.get('x-practice-group-id');
  if (!group) return validationErrorResponse([{ code: 'invalid_type', expected: 'string', path: ['x-practice-group-id'] }]);
  if (group !== claims.practice_group_id) return errorResponse(403, 'Forbidden');
  return undefined;
}

// ───────────────────────────── Reading valid requests ─────────────────────────────

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const DIGITS = /^\d+$/;

/** A validated query or body value, as text (`undefined` when absent or blank). */
const text = (source: unknown, key: string): string | undefined => {
  const value = isObject(source) ? source[key] : undefined;
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};
const flag = (source: unknown, key: string): boolean | undefined => {
  const value = isObject(source) ? source[key] : undefined;
  return typeof value === 'boolean' ? value : undefined;
};
const bodyOf = (input: ValidRequest): JsonObject => (isObject(input.body) ? input.body : {});

interface Page {
  index: number;
  size: number;
}

/** `page_index` (zero-based, default 0) and `page_size` (default 20, at most `cap`). */
function readPage(input: ValidRequest, cap = MAX_PAGE_SIZE): Page {
  const index = Number(text(input.query, 'page_index') ?? 0);
  const size = Math.min(cap, Math.max(1, Number(text(input.query, 'page_size') ?? DEFAULT_PAGE_SIZE)));
  return { index, size };
}

/** One page of a list, with `count` the total number of matches. */
function paginate<T>(items: T[], page: Page): { data: T[]; count: number } {
  const start = page.index * page.size;
  return { data: items.slice(start, start + page.size), count: items.length };
}

/** Names compare case-, accent- and spacing-insensitively. */
function normaliseName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const normalisePostcode = (value: string): string => value.replace(/\s+/g, '').toUpperCase();

const nowIso = (): string => new Date(mockClock.now()).toISOString();

// ───────────────────────────── Booking ─────────────────────────────

interface SlotFilters {
  startDate: string;
  endDate: string;
  appointmentTypeId?: string | undefined;
  locationId?: string | undefined;
  practitionerId?: string | undefined;
}

/** The slot window and filters; a window the mock will not generate is a 400. */
function readSlotFilters(input: ValidRequest): SlotFilters | ValidationIssue[] {
  const startDate = text(input.query, 'start_date') ?? londonToday();
  const endDate = text(input.query, 'end_date') ?? addDays(startDate, 13);
  const issues: ValidationIssue[] = [];
  if (endDate < startDate) issues.push({ code: 'too_small', expected: 'end_date on or after start_date', path: ['end_date'] });
  if (endDate > addDays(startDate, MAX_SLOT_WINDOW_DAYS - 1)) {
    issues.push({ code: 'too_big', expected: `a window of at most ${MAX_SLOT_WINDOW_DAYS} days`, path: ['end_date'] });
  }
  if (issues.length) return issues;
  return {
    startDate,
    endDate,
    appointmentTypeId: text(input.query, 'appointment_type_id'),
    locationId: text(input.query, 'location_id'),
    practitionerId: text(input.query, 'practitioner_id'),
  };
}

/** Free slots: generated, not past, not held by a booking or a live reservation. */
function freeSlots(filters: SlotFilters | Record<string, never> = {}): Slot[] {
  const held = heldSlotIds();
  return slotsFor(filters).filter((slot) => !held.has(slot.id));
}

/** Appointment types with `slot_count` and `next_available_at` computed from today's fortnight. */
function liveAppointmentTypes(): AppointmentType[] {
  const counts = new Map<string, number>();
  const first = new Map<string, string>();
  for (const slot of freeSlots()) {
    counts.set(slot.appointment_type_id, (counts.get(slot.appointment_type_id) ?? 0) + 1);
    if (!first.has(slot.appointment_type_id)) first.set(slot.appointment_type_id, slot.start_time);
  }
  return appointmentTypes.map((type) => ({
    ...type,
    slot_count: counts.get(type.id) ?? 0,
    next_available_at: first.get(type.id) ?? null,
  }));
}

function publicAppointment(stored: StoredAppointment): Appointment {
  return structuredClone(stored.appointment);
}

/** The state the documented fields imply, and the cancellation the mock knows. */
function appointmentState(stored: StoredAppointment): AppointmentState {
  if (stored.cancelled) return 'cancelled';
  if (stored.appointment.booking_confirmed_at) return 'booked';
  const until = stored.appointment.reserved_until;
  return until && Date.parse(until) > mockClock.now() ? 'reserved' : 'expired';
}

function listedAppointment(stored: StoredAppointment): AppointmentListItem {
  return { ...publicAppointment(stored), status: appointmentState(stored), cancelled_at: stored.cancelledAt };
}

/**
 * Where an appointment may move to: a free generated slot starting at `startMs` with this
 * practitioner (type and location must match unless the availability check is suppressed), or the
 * reason it may not. `exceptId` is the appointment moving (its own slot does not count as taken).
 */
function slotAt(
  startMs: number,
  practitionerId: string,
  appointmentTypeId: string,
  locationId: string,
  suppressCheck: boolean,
  exceptId?: string,
): { slotKey: string } | Response {
  if (!Number.isFinite(startMs)) return slotUnavailableResponse();
  const day = londonDate(startMs);
  const slot = slotsFor({ startDate: day, endDate: day, practitionerId }).find((s) => Date.parse(s.start_time) === startMs);
  if (slot) {
    const mismatch = slot.appointment_type_id !== appointmentTypeId || slot.location_id !== locationId;
    if ((mismatch && !suppressCheck) || slotHolder(slot.id, exceptId)) return slotUnavailableResponse();
    return { slotKey: slot.id };
  }
  if (!suppressCheck || startMs < mockClock.now()) return slotUnavailableResponse();
  return { slotKey: `adhoc-${exceptId ?? 'new'}-${startMs}` };
}

// ───────────────────────────── Forms ─────────────────────────────

function isFieldVisible(field: FormField, answers: Map<string, FormAnswerValue>): boolean {
  const rule = field.show_if;
  if (!rule) return true;
  const answer = answers.get(rule.form_question_id);
  if (Array.isArray(answer)) return answer.includes(String(rule.equals));
  return answer === rule.equals;
}

function isEmptyAnswer(value: FormAnswerValue | undefined): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Checks answers (already of the document's shape) against this form's questions: each names one
 * of its questions and fits its type; when submitting, every required, visible question is answered.
 */
function checkAnswers(form: Form, answersIn: FormAnswer[], submitting: boolean, issues: ValidationIssue[]): FormAnswer[] {
  const byId = new Map(form.fields.map((f) => [f.form_question_id, f]));
  const answers: FormAnswer[] = [];
  answersIn.forEach((raw, index) => {
    const field = byId.get(raw.form_question_id);
    if (!field) {
      issues.push({ code: 'unrecognized_keys', expected: 'a form_question_id of this form', path: ['answers', index, 'form_question_id'] });
      return;
    }
    const issue = answerIssue(field, raw.value);
    if (issue) {
      issues.push({ code: issue.code, expected: issue.expected, path: ['answers', index, 'value'] });
      return;
    }
    answers.push({ form_question_id: raw.form_question_id, value: raw.value ?? null });
  });
  if (submitting) {
    const given = new Map(answers.map((a) => [a.form_question_id, a.value]));
    for (const field of form.fields) {
      if (!field.required || field.type === 'paragraph' || !isFieldVisible(field, given)) continue;
      const value = given.get(field.form_question_id);
      if (isEmptyAnswer(value) || (field.type === 'consent' && value !== true)) {
        issues.push({
          code: 'invalid_type',
          expected: field.type === 'consent' ? 'true' : `answer (${field.type})`,
          path: ['answers', field.form_question_id],
        });
      }
    }
  }
  return answers;
}

function answerIssue(field: FormField, value: unknown): { code: string; expected: string } | null {
  if (value === null || value === undefined) return null;
  const optionValues = (field.options ?? []).map((o) => o.value);
  switch (field.type) {
    case 'string':
    case 'text':
      return typeof value === 'string' ? null : { code: 'invalid_type', expected: 'string' };
    case 'datepicker':
      return typeof value === 'string' && isIsoDate(value) ? null : { code: 'invalid_string', expected: 'YYYY-MM-DD' };
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return { code: 'invalid_type', expected: 'integer' };
      if (field.min != null && value < field.min) return { code: 'too_small', expected: `integer >= ${field.min}` };
      if (field.max != null && value > field.max) return { code: 'too_big', expected: `integer <= ${field.max}` };
      return null;
    case 'boolean':
    case 'consent':
      return typeof value === 'boolean' ? null : { code: 'invalid_type', expected: 'boolean' };
    case 'radio':
    case 'dropdown':
      return typeof value === 'string' && optionValues.includes(value)
        ? null
        : { code: 'invalid_enum_value', expected: optionValues.map((v) => `'${v}'`).join(' | ') };
    case 'checkboxes':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && optionValues.includes(v))
        ? null
        : { code: 'invalid_enum_value', expected: `array of ${optionValues.map((v) => `'${v}'`).join(' | ')}` };
    default:
      return null;
  }
}

function formResponseBody(stored: StoredFormResponse): FormResponse {
  return { id: stored.id, form_id: stored.formId, created_at: stored.createdAt };
}

/** Saves answers to a new or existing response (the body is already valid against the document). */
function saveFormResponse(form: Form, input: ValidRequest, stored?: StoredFormResponse): Response {
  const body = bodyOf(input);
  const patientId = text(body, 'patient_id');
  const appointmentId = text(body, 'appointment_id');
  const status = (text(body, 'status') ?? 'submitted') as 'draft' | 'submitted';
  const issues: ValidationIssue[] = [];
  const answers = checkAnswers(form, (body['answers'] ?? []) as FormAnswer[], status === 'submitted', issues);
  if (issues.length) return validationErrorResponse(issues);
  if (patientId !== undefined && !findPatient(patientId)) return notFound('Patient not found');
  const now = nowIso();
  if (stored) {
    if (stored.status === 'submitted') return errorResponse(409, 'response_already_submitted');
    stored.answers = answers;
    stored.status = status;
    if (patientId !== undefined) stored.patientId = patientId;
    if (appointmentId !== undefined) stored.appointmentId = appointmentId;
    stored.updatedAt = now;
    return HttpResponse.json(formResponseBody(stored));
  }
  const created: StoredFormResponse = {
    id: nextId('formResponse'),
    formId: form.id,
    patientId: patientId ?? null,
    appointmentId: appointmentId ?? null,
    answers,
    status,
    createdAt: now,
    updatedAt: now,
  };
  mockDb.formResponses.set(created.id, created);
  return HttpResponse.json(formResponseBody(created));
}

// ───────────────────────────── Patients ─────────────────────────────

/** A stored patient as `GET /v1/patients(/{id})` answers it: `dob` a date-time, as documented. */
function v1Patient(patient: Patient): Patient & Record<string, unknown> {
  const copy = structuredClone(patient);
  if (copy.dob && isIsoDate(copy.dob)) copy.dob = `${copy.dob}T00:00:00.000Z`;
  return { ...copy, ...UNDOCUMENTED_EXTRAS[patient.id] };
}

function createFromPds(person: (typeof pdsPeople)[number]): Patient {
  const existing = mockDb.patients.find((p) => p.nhs_number === person.nhs_number);
  if (existing) return existing;
  const id = nextId('patient');
  const patient = completePatient({
    id,
    title: person.title,
    first_name: person.first_name,
    last_name: person.last_name,
    sex: person.sex,
    dob: person.dob,
    nhs_number: person.nhs_number,
    mobile: person.mobile,
    address_line_1: person.address_line_1,
    town: person.town,
    postcode: person.postcode,
    country: 'United Kingdom',
    data_source: 'pds',
    status: 'unarchived',
    identifiers: [
      { source: 'nhs', name: 'nhs_number', role: 'main', label: 'NHS', value: person.nhs_number },
      { source: 'hero', name: 'hero_id', role: 'secondary', label: 'Hero', value: id },
    ],
    ehr_registered: false,
  });
  mockDb.patients.push(patient);
  return patient;
}

/** A date of birth as sent (a date, or a date-time whose first ten characters are the date). */
const dobText = (value: string | undefined): string | undefined =>
  value && isIsoDate(value.slice(0, 10)) ? value.slice(0, 10) : undefined;

// ───────────────────────────── Messages ─────────────────────────────

function fillPlaceholders(content: string, patient: Patient): string {
  const values = placeholderValues(patient);
  return content.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Advances a sent message's state on each status poll (pending → sent → delivered, or fatal); seeded ones keep theirs. */
function pollMessage(message: StoredMessage): MessageStatus['status']['response'] {
  if (message.seeded) return message.seeded.response;
  const now = mockClock.now();
  if (message.sendAt !== null && Date.parse(message.sendAt) > now) return 'pending';
  message.polls += 1;
  const stamp = new Date(now).toISOString();
  if (message.failureReason) return message.polls >= 2 ? 'fatal' : 'pending';
  if (message.polls >= 3) {
    message.sentAt ??= stamp;
    message.deliveredAt ??= stamp;
    return 'delivered';
  }
  if (message.polls === 2) {
    message.sentAt ??= stamp;
    return 'sent';
  }
  return 'pending';
}

/** A message's state now, without advancing it (lists and Get Message do not poll). */
function currentResponse(message: StoredMessage): MessageStatus['status']['response'] {
  if (message.seeded) return message.seeded.response;
  if (message.deliveredAt) return 'delivered';
  if (message.failureReason && message.polls >= 2) return 'fatal';
  if (message.sentAt) return 'sent';
  return 'pending';
}

function writeToRecordOf(message: StoredMessage): {
  write_to_record_at: string | null;
  status: string | null;
  failure_reason: string | null;
} {
  if (message.seeded) {
    const { status, failureReason } = message.seeded.writeToRecord;
    return { write_to_record_at: status === 'success' ? message.sentAt : null, status, failure_reason: failureReason };
  }
  if (!message.writeToRecord) return { write_to_record_at: null, status: null, failure_reason: null };
  if (message.deliveredAt) return { write_to_record_at: message.deliveredAt, status: 'success', failure_reason: null };
  if (message.failureReason && message.polls >= 2)
    return { write_to_record_at: null, status: 'failed', failure_reason: 'The message was never sent' };
  return { write_to_record_at: null, status: 'not_written', failure_reason: null };
}

function messagePatient(message: StoredMessage): SentMessage['patient'] {
  const patient = findPatient(message.patientId);
  return {
    id: message.patientId,
    title: patient?.title ?? null,
    first_name: patient?.first_name ?? '',
    last_name: patient?.last_name ?? '',
  };
}

function shortLinkOf(message: StoredMessage): SentMessage['short_link'] {
  const link = message.shortLinkId ? mockDb.links.get(message.shortLinkId) : undefined;
  if (message.seeded?.shortLink) return { ...message.seeded.shortLink };
  return link ? { id: link.id, type: link.type, name: link.name, status: link.status } : null;
}

/** Who sent it, as List Sent Messages' `sent_by` says it (messages sent through the API: "API"). */
function sentByText(message: StoredMessage): string {
  const admin = message.seeded?.sentBy;
  return admin ? `${admin.first_name} ${admin.last_name}` : 'API';
}

function sentMessageItem(message: StoredMessage): SentMessage {
  return {
    id: message.id,
    patient: messagePatient(message),
    write_to_record: writeToRecordOf(message),
    short_link: shortLinkOf(message),
    campaign: message.seeded?.campaign ? { ...message.seeded.campaign } : null,
    created_at: message.createdAt,
    sent_at: message.sentAt,
    scheduled_at: message.sendAt,
    status: currentResponse(message),
    sent_by: sentByText(message),
    recipient_contact_detail: message.recipient,
    message_type: message.messageType,
  };
}

function messageBody(message: StoredMessage): Message {
  const item = sentMessageItem(message);
  return {
    id: message.id,
    patient: item.patient,
    write_to_record: { ...item.write_to_record, snomed_code: message.writeToRecord ? DEFAULT_MESSAGE_SNOMED_CODE : null },
    short_link: item.short_link,
    campaign: item.campaign,
    created_at: item.created_at,
    sent_at: item.sent_at,
    scheduled_at: item.scheduled_at,
    status: currentResponse(message),
    sent_by_admin: message.seeded?.sentBy ? { ...message.seeded.sentBy } : null,
    recipient_contact_detail: message.recipient,
    message_type: message.messageType,
    content: message.content,
  };
}

/** `value` is one of `wanted` (a string or several, as the filter allows). */
const among = (wanted: unknown, value: string | null): boolean =>
  wanted === undefined || (Array.isArray(wanted) ? wanted.includes(value) : wanted === value);

// ───────────────────────────── Links ─────────────────────────────

function createLink(type: StoredLink['type'], name: string, patientId: string | null, extra: Partial<StoredLink> = {}): StoredLink {
  const id = nextId('link');
  const link: StoredLink = { id, type, name, status: 'active', url: `https://${type}.hero-mock.test/l/${id}`, patientId, ...extra };
  mockDb.links.set(id, link);
  return link;
}

const createdLinkBody = (link: StoredLink, expiresAt: string | null = null) => ({ id: link.id, url: link.url, expires_at: expiresAt });

// ───────────────────────────── Routes ─────────────────────────────

/** What an endpoint returns, for scenarios that replace whole classes of responses. */
export type RouteKind = 'list' | 'collection' | 'count' | 'item' | 'action' | 'token';

export interface RouteInfo {
  request: Request;
  params: Record<string, string | readonly string[] | undefined>;
}

interface Route {
  /** The operation in openapi.yaml (`METHOD /path/{template}`). */
  op: OperationKey;
  kind: RouteKind;
  /** Requires a bearer token (every endpoint but `POST /v1/access_token`). */
  auth: boolean;
  /** Answers a request already valid against the operation. */
  resolve: (input: ValidRequest, info: RouteInfo) => Response | Promise<Response>;
}

const pathParam = (input: ValidRequest, name = 'id'): string => String(input.path[name] ?? '');

const routes: Route[] = [
  // ─── Transport ───
  {
    op: 'POST /v1/access_token',
    kind: 'token',
    auth: false,
    async resolve(_input, { request }) {
      const group = request.headers.get('x-practice-group-id');
      if (request.headers.get('x-api-key') !== MOCK_API_KEY || !group || !DIGITS.test(group)) {
        return errorResponse(401, 'Unauthorized');
      }
      const accessToken = await mintMockToken({ practiceGroupId: group, ttlSeconds: ACCESS_TOKEN_TTL_SECONDS });
      return HttpResponse.json({ access_token: accessToken });
    },
  },
  {
    op: 'GET /v1/me',
    kind: 'item',
    auth: true,
    resolve() {
      return HttpResponse.json(structuredClone(practiceGroup));
    },
  },

  // ─── Booking ───
  {
    op: 'GET /v1/appointment_types',
    kind: 'list',
    auth: true,
    resolve(input, { request }) {
      const url = new URL(request.url);
      const hasAvailability = flag(input.query, 'has_availability');
      // `location_ids=1&location_ids=2` as documented; `location_ids[]=` and comma lists are tolerated.
      const locationIds = [...((input.query['location_ids'] as string[] | undefined) ?? []), ...url.searchParams.getAll('location_ids[]')]
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
      let types = liveAppointmentTypes();
      if (locationIds.length) types = types.filter((t) => appointmentTypeLocationIds(t.id).some((id) => locationIds.includes(id)));
      if (hasAvailability !== undefined) types = types.filter((t) => t.slot_count > 0 === hasAvailability);
      return HttpResponse.json(paginate(types, readPage(input)));
    },
  },
  {
    op: 'GET /v1/locations',
    kind: 'list',
    auth: true,
    resolve(input) {
      return HttpResponse.json(paginate(locations, readPage(input)));
    },
  },
  {
    op: 'GET /v1/practitioners',
    kind: 'list',
    auth: true,
    resolve(input) {
      const locationId = text(input.query, 'location_id');
      const list = locationId ? practitioners.filter((p) => practitionerLocationIds(p.id).includes(locationId)) : practitioners;
      return HttpResponse.json(paginate(list, readPage(input)));
    },
  },
  {
    op: 'GET /v1/slots/count',
    kind: 'count',
    auth: true,
    resolve(input) {
      const filters = readSlotFilters(input);
      if (Array.isArray(filters)) return validationErrorResponse(filters);
      return HttpResponse.json({ count: freeSlots(filters).length });
    },
  },
  {
    op: 'POST /v1/slots/availability',
    kind: 'action',
    auth: true,
    resolve(input) {
      const slotId = text(bodyOf(input), 'slot_id')!;
      const slot = findSlot(slotId);
      if (!slot) return notFound('Slot not found');
      return HttpResponse.json({ slot_id: slotId, available: !heldSlotIds().has(slotId) });
    },
  },
  {
    op: 'GET /v1/slots/{id}',
    kind: 'item',
    auth: true,
    resolve(input) {
      const slot = findSlot(pathParam(input));
      return slot ? HttpResponse.json(slot) : notFound('Slot not found');
    },
  },
  {
    op: 'GET /v1/slots',
    kind: 'list',
    auth: true,
    resolve(input) {
      const filters = readSlotFilters(input);
      if (Array.isArray(filters)) return validationErrorResponse(filters);
      return HttpResponse.json(paginate(freeSlots(filters), readPage(input)));
    },
  },
  {
    op: 'POST /v1/appointments',
    kind: 'action',
    auth: true,
    resolve(input) {
      const body = bodyOf(input);
      const appointmentTypeId = text(body, 'appointment_type_id')!;
      const locationId = text(body, 'location_id')!;
      const practitionerId = text(body, 'practitioner_id')!;
      const duration = body['duration'] as number;
      const patientId = text(body, 'patient_id');
      if (duration < 1) return validationErrorResponse([{ code: 'too_small', expected: 'number >= 1', path: ['duration'] }]);
      const type = appointmentTypes.find((t) => t.id === appointmentTypeId);
      if (!type) return notFound('Appointment type not found');
      if (!locations.some((l) => l.id === locationId)) return notFound('Location not found');
      if (!practitioners.some((p) => p.id === practitionerId)) return notFound('Practitioner not found');
      if (patientId !== undefined && !findPatient(patientId)) return notFound('Patient not found');
      const startMs = Date.parse(String(body['start_time']));
      const place = slotAt(startMs, practitionerId, appointmentTypeId, locationId, flag(body, 'suppress_availability_check') ?? false);
      if (place instanceof Response) return place;
      const id = nextId('appointment');
      const reservedUntil = new Date(mockClock.now() + RESERVATION_HOLD_MS).toISOString();
      const appointment: Appointment = {
        id,
        patient_id: patientId ?? null,
        practitioner_id: practitionerId,
        location_id: locationId,
        appointment_type_id: appointmentTypeId,
        duration,
        start_time: new Date(startMs).toISOString(),
        video: type.video ?? false,
        in_person: type.in_person ?? false,
        telephone: type.telephone ?? false,
        video_url: type.video ? `https://video.hero-mock.test/consult/${id}` : null,
        link_id: null,
        reserved_until: reservedUntil,
        booking_confirmed_at: null,
        can_be_cancelled: true,
        can_be_rescheduled: true,
        cancellation_policy_hours: 24,
        suppress_mail: flag(body, 'suppress_mail') ?? false,
      };
      mockDb.appointments.set(id, {
        appointment,
        slotId: place.slotKey === 'adhoc-new-' + startMs ? `adhoc-${id}` : place.slotKey,
        cancelled: false,
        cancelledAt: null,
      });
      const reservation: AppointmentReservation = { id, reserved_until: reservedUntil };
      return HttpResponse.json(reservation);
    },
  },
  {
    op: 'GET /v2/appointments',
    kind: 'list',
    auth: true,
    resolve(input) {
      const patientId = text(input.query, 'patient_id');
      const startDate = text(input.query, 'start_date');
      const endDate = text(input.query, 'end_date');
      const states = input.query['status'] as AppointmentState[] | undefined;
      const descending = flag(input.query, 'order_descending') ?? false;
      const list = [...mockDb.appointments.values()]
        .filter((stored) => {
          const start = stored.appointment.start_time;
          const day = start ? londonDate(Date.parse(start)) : null;
          return (
            (patientId === undefined || stored.appointment.patient_id === patientId) &&
            (startDate === undefined || (day !== null && day >= startDate)) &&
            (endDate === undefined || (day !== null && day <= endDate)) &&
            (states === undefined || states.includes(appointmentState(stored)))
          );
        })
        .map(listedAppointment)
        .sort((a, b) => (a.start_time ?? '').localeCompare(b.start_time ?? '') * (descending ? -1 : 1));
      return HttpResponse.json(paginate(list, readPage(input)));
    },
  },
  {
    op: 'GET /v1/appointments/{id}',
    kind: 'item',
    auth: true,
    resolve(input) {
      const stored = mockDb.appointments.get(pathParam(input));
      return stored ? HttpResponse.json(publicAppointment(stored)) : notFound('Appointment not found');
    },
  },
  {
    op: 'GET /v1/appointments/{id}/status',
    kind: 'item',
    auth: true,
    resolve(input) {
      const stored = mockDb.appointments.get(pathParam(input));
      if (!stored) return notFound('Appointment not found');
      return HttpResponse.json({
        id: stored.appointment.id,
        status: appointmentState(stored),
        reserved_until: stored.appointment.reserved_until ?? null,
        booking_confirmed_at: stored.appointment.booking_confirmed_at ?? null,
        cancelled_at: stored.cancelledAt,
      });
    },
  },
  {
    op: 'PUT /v1/appointments/{id}',
    kind: 'action',
    auth: true,
    resolve(input) {
      const stored = mockDb.appointments.get(pathParam(input));
      if (!stored) return notFound('Appointment not found');
      const body = bodyOf(input);
      if (stored.cancelled) return errorResponse(410, 'reservation_cancelled');
      if (stored.appointment.booking_confirmed_at) {
        return validationErrorResponse([{ code: 'custom', expected: 'a non-confirmed appointment (use reschedule)', path: [] }]);
      }
      const practitionerId = text(body, 'practitioner_id')!;
      if (!practitioners.some((p) => p.id === practitionerId)) return notFound('Practitioner not found');
      const startMs = Date.parse(String(body['start_time']));
      const { appointment_type_id: typeId, location_id: locationId } = stored.appointment;
      const place = slotAt(
        startMs,
        practitionerId,
        typeId,
        locationId,
        flag(body, 'suppress_availability_check') ?? false,
        stored.appointment.id,
      );
      if (place instanceof Response) return place;
      stored.slotId = place.slotKey;
      Object.assign(stored.appointment, {
        start_time: new Date(startMs).toISOString(),
        duration: body['duration'],
        practitioner_id: practitionerId,
      });
      return HttpResponse.json(publicAppointment(stored));
    },
  },
  {
    op: 'PATCH /v1/appointments/{id}/book',
    kind: 'action',
    auth: true,
    resolve(input) {
      const stored = mockDb.appointments.get(pathParam(input));
      if (!stored) return notFound('Appointment not found');
      const patientId = text(bodyOf(input), 'patient_id');
      if (patientId !== undefined && !findPatient(patientId)) return notFound('Patient not found');
      if (stored.cancelled) return errorResponse(410, 'reservation_cancelled');
      if (stored.appointment.booking_confirmed_at) return HttpResponse.json(publicAppointment(stored));
      if (slotHolder(stored.slotId, stored.appointment.id)) return slotUnavailableResponse();
      const until = stored.appointment.reserved_until;
      if (until == null || Date.parse(until) <= mockClock.now()) return slotGoneResponse();
      stored.appointment.booking_confirmed_at = nowIso();
      stored.appointment.reserved_until = null;
      if (patientId !== undefined) stored.appointment.patient_id = patientId;
      return HttpResponse.json(publicAppointment(stored));
    },
  },
  {
    op: 'PATCH /v1/appointments/{id}/reschedule',
    kind: 'action',
    auth: true,
    resolve(input) {
      const stored = mockDb.appointments.get(pathParam(input));
      if (!stored) return notFound('Appointment not found');
      const body = bodyOf(input);
      if (stored.cancelled) return errorResponse(410, 'appointment_cancelled');
      if (!stored.appointment.booking_confirmed_at || !stored.appointment.can_be_rescheduled) {
        return validationErrorResponse([{ code: 'custom', expected: 'a confirmed appointment that can be rescheduled', path: [] }]);
      }
      const practitionerId = text(body, 'practitioner_id') ?? stored.appointment.practitioner_id;
      const locationId = text(body, 'location_id') ?? stored.appointment.location_id;
      if (!practitioners.some((p) => p.id === practitionerId)) return notFound('Practitioner not found');
      if (!locations.some((l) => l.id === locationId)) return notFound('Location not found');
      const startMs = Date.parse(String(body['start_time']));
      const place = slotAt(
        startMs,
        practitionerId,
        stored.appointment.appointment_type_id,
        locationId,
        flag(body, 'suppress_availability_check') ?? false,
        stored.appointment.id,
      );
      if (place instanceof Response) return place;
      stored.slotId = place.slotKey;
      Object.assign(stored.appointment, {
        start_time: new Date(startMs).toISOString(),
        practitioner_id: practitionerId,
        location_id: locationId,
        duration: typeof body['duration'] === 'number' ? body['duration'] : stored.appointment.duration,
      });
      return HttpResponse.json(publicAppointment(stored));
    },
  },
  {
    op: 'PATCH /v1/appointments/{id}/cancel',
    kind: 'action',
    auth: true,
    resolve(input) {
      const stored = mockDb.appointments.get(pathParam(input));
      if (!stored) return notFound('Appointment not found');
      const body = bodyOf(input);
      const suppressMail = flag(body, 'suppress_mail');
      const suppressPolicy = flag(body, 'suppress_cancellation_policy');
      const released = !stored.appointment.booking_confirmed_at;
      mockDb.cancellations.push({
        appointmentId: stored.appointment.id,
        released,
        ...(suppressMail === undefined ? {} : { suppress_mail: suppressMail }),
        ...(suppressPolicy === undefined ? {} : { suppress_cancellation_policy: suppressPolicy }),
      });
      if (stored.cancelled) return noContent();
      if (!released) {
        const start = stored.appointment.start_time ? Date.parse(stored.appointment.start_time) : NaN;
        if (start < mockClock.now())
          return validationErrorResponse([{ code: 'custom', expected: 'an appointment that has not started', path: [] }]);
        const policyMs = (stored.appointment.cancellation_policy_hours ?? 0) * 3_600_000;
        if (!suppressPolicy && (!stored.appointment.can_be_cancelled || start - mockClock.now() < policyMs)) {
          return validationErrorResponse([
            {
              code: 'custom',
              expected: `more than ${stored.appointment.cancellation_policy_hours ?? 0} hours' notice (the cancellation policy)`,
              path: [],
            },
          ]);
        }
      }
      stored.cancelled = true;
      stored.cancelledAt = nowIso();
      stored.appointment.can_be_cancelled = false;
      stored.appointment.can_be_rescheduled = false;
      return noContent();
    },
  },

  // ─── Patients ───
  {
    op: 'GET /v1/patients',
    kind: 'list',
    auth: true,
    resolve(input) {
      const fieldName = text(input.query, 'field');
      const search = text(input.query, 'search');
      if (fieldName && !search) return validationErrorResponse([{ code: 'invalid_type', expected: 'string', path: ['search'] }]);
      if (fieldName === 'dob' && search && !isIsoDate(search))
        return validationErrorResponse([{ code: 'invalid_string', expected: 'YYYY-MM-DD', path: ['search'] }]);
      let list = mockDb.patients;
      if (search) {
        if (fieldName === 'nhs_number') {
          const wanted = normaliseNhsNumber(search);
          list = list.filter((p) => p.nhs_number != null && normaliseNhsNumber(p.nhs_number) === wanted);
        } else if (fieldName === 'emis_id') {
          list = list.filter((p) => p.emis_id === search);
        } else if (fieldName === 'dob') {
          list = list.filter((p) => p.dob?.slice(0, 10) === search);
        } else {
          const name = normaliseName(search);
          const digits = normaliseNhsNumber(search);
          list = list.filter(
            (p) =>
              normaliseName(`${p.first_name ?? ''} ${p.last_name ?? ''}`).includes(name) ||
              (DIGITS.test(digits) && (p.nhs_number ?? '').includes(digits)) ||
              p.emis_id === search,
          );
        }
      }
      const answer = paginate(list, readPage(input));
      return HttpResponse.json({ ...answer, data: answer.data.map(v1Patient) });
    },
  },
  {
    op: 'GET /v3/patients',
    kind: 'list',
    auth: true,
    resolve(input) {
      const firstName = text(input.query, 'first_name');
      const lastName = text(input.query, 'last_name');
      const dob = text(input.query, 'dob');
      const nhsNumber = text(input.query, 'nhs_number');
      const ehrPartnerId = text(input.query, 'ehr_partner_id');
      if ([firstName, lastName, dob, nhsNumber, ehrPartnerId].every((v) => v === undefined)) {
        return validationErrorResponse([
          { code: 'custom', expected: 'at least one of first_name, last_name, dob, nhs_number, ehr_partner_id', path: [] },
        ]);
      }
      const list = mockDb.patients.filter(
        (p) =>
          (firstName === undefined || normaliseName(p.first_name ?? '') === normaliseName(firstName)) &&
          (lastName === undefined || normaliseName(p.last_name ?? '') === normaliseName(lastName)) &&
          (dob === undefined || p.dob?.slice(0, 10) === dob) &&
          (nhsNumber === undefined || (p.nhs_number != null && normaliseNhsNumber(p.nhs_number) === normaliseNhsNumber(nhsNumber))) &&
          (ehrPartnerId === undefined || p.ehr_partner_id === ehrPartnerId || p.emis_id === ehrPartnerId),
      );
      const answer = paginate(list, readPage(input));
      return HttpResponse.json({ ...answer, data: answer.data.map(toListPatient) });
    },
  },
  {
    op: 'POST /v1/patients/register_pds',
    kind: 'action',
    auth: true,
    resolve(input) {
      const body = bodyOf(input);
      const dob = dobText(text(body, 'dob'));
      if (!dob) return validationErrorResponse([{ code: 'invalid_string', expected: 'date', path: ['dob'] }]);
      const raw = text(body, 'nhs_number');
      if (raw !== undefined) {
        if (!isValidNhsNumber(raw))
          return validationErrorResponse([{ code: 'invalid_string', expected: 'a valid NHS number', path: ['nhs_number'] }]);
        const nhsNumber = normaliseNhsNumber(raw);
        if (nhsNumber === PDS_IDENTITY_VERIFICATION_NHS_NUMBER) {
          return HttpResponse.json({
            message: 'The patient must verify their identity with NHS login before they can be registered.',
            login_url: PDS_IDENTITY_VERIFICATION_LOGIN_URL,
          });
        }
        const existing = mockDb.patients.find((p) => p.nhs_number === nhsNumber && p.dob?.slice(0, 10) === dob);
        if (existing) return HttpResponse.json({ patient_id: existing.id });
        const person = pdsPeople.find((p) => p.nhs_number === nhsNumber && p.dob === dob);
        return person ? HttpResponse.json({ patient_id: createFromPds(person).id }) : notFound('No patient found');
      }
      const forename = text(body, 'forename') ?? '';
      const surname = text(body, 'surname') ?? '';
      const postcode = text(body, 'postcode') ?? '';
      const matches = (first: string | null | undefined, last: string | null | undefined, pc: string | null | undefined) =>
        normaliseName(first ?? '') === normaliseName(forename) &&
        normaliseName(last ?? '') === normaliseName(surname) &&
        normalisePostcode(pc ?? '') === normalisePostcode(postcode);
      const existing = mockDb.patients.find((p) => p.dob?.slice(0, 10) === dob && matches(p.first_name, p.last_name, p.postcode));
      if (existing) return HttpResponse.json({ patient_id: existing.id });
      const person = pdsPeople.find((p) => p.dob === dob && matches(p.first_name, p.last_name, p.postcode));
      return person ? HttpResponse.json({ patient_id: createFromPds(person).id }) : notFound('No patient found');
    },
  },
  {
    op: 'POST /v1/patients/register',
    kind: 'action',
    auth: true,
    resolve(input) {
      const body = bodyOf(input);
      const dob = dobText(text(body, 'dob'));
      if (!dob) return validationErrorResponse([{ code: 'invalid_string', expected: 'date', path: ['dob'] }]);
      const rawNhs = text(body, 'nhs_number');
      if (rawNhs !== undefined && !isValidNhsNumber(rawNhs)) {
        return validationErrorResponse([{ code: 'invalid_string', expected: 'a valid NHS number', path: ['nhs_number'] }]);
      }
      const firstName = text(body, 'first_name')!;
      const lastName = text(body, 'last_name')!;
      const mobile = text(body, 'mobile')!;
      const sex = text(body, 'sex') as Patient['sex'] | undefined;
      const dataSource = text(body, 'data_source') as Patient['data_source'] | undefined;
      const optionalText = (key: string) => text(body, key) ?? null;
      const details = {
        title: optionalText('title'),
        ehr_partner_id: optionalText('ehr_partner_id'),
        address_line_1: optionalText('address_line_1'),
        address_line_2: optionalText('address_line_2'),
        address_line_3: optionalText('address_line_3'),
        country: optionalText('country'),
        postcode: optionalText('postcode'),
        town: optionalText('town'),
        county: optionalText('county'),
        email: optionalText('email'),
      };
      const nhsNumber = rawNhs === undefined ? null : normaliseNhsNumber(rawNhs);
      const existing = nhsNumber ? mockDb.patients.find((p) => p.nhs_number === nhsNumber && p.dob?.slice(0, 10) === dob) : undefined;
      if (existing) {
        Object.assign(existing, { first_name: firstName, last_name: lastName, mobile });
        for (const [key, value] of Object.entries(details)) if (value !== null) Object.assign(existing, { [key]: value });
        if (sex) existing.sex = sex;
        return HttpResponse.json({ patient_id: existing.id });
      }
      const id = nextId('patient');
      const patient = completePatient({
        id,
        ...details,
        dob,
        first_name: firstName,
        last_name: lastName,
        mobile,
        nhs_number: nhsNumber,
        sex: sex ?? null,
        emails: details.email ? [details.email] : null,
        data_source: dataSource ?? 'emis',
        status: 'unarchived',
        identifiers: [
          ...(nhsNumber ? [{ source: 'nhs', name: 'nhs_number', role: 'main', label: 'NHS', value: nhsNumber } as const] : []),
          { source: 'hero', name: 'hero_id', role: nhsNumber ? 'secondary' : 'main', label: 'Hero', value: id },
        ],
        ehr_registered: false,
      });
      mockDb.patients.push(patient);
      return HttpResponse.json({ patient_id: id });
    },
  },
  {
    op: 'GET /v1/patients/{id}',
    kind: 'item',
    auth: true,
    resolve(input) {
      const patient = findPatient(pathParam(input));
      return patient ? HttpResponse.json(v1Patient(patient)) : notFound('Patient not found');
    },
  },

  // ─── Forms ───
  {
    op: 'GET /v1/forms',
    kind: 'list',
    auth: true,
    resolve(input) {
      const search = text(input.query, 'search')?.toLowerCase();
      const replyForm = flag(input.query, 'reply_form');
      const formType = text(input.query, 'form_type');
      const list = forms
        .map(formSummary)
        .filter(
          (f) =>
            (!search || f.title.toLowerCase().includes(search)) &&
            (replyForm === undefined || f.reply_form === replyForm) &&
            (formType === undefined || f.form_type === formType),
        );
      return HttpResponse.json(paginate(list, readPage(input)));
    },
  },
  {
    op: 'GET /v1/forms/{id}',
    kind: 'item',
    auth: true,
    resolve(input) {
      const form = forms.find((f) => f.id === pathParam(input));
      return form ? HttpResponse.json(structuredClone(form)) : notFound('Form not found');
    },
  },
  {
    op: 'POST /v1/forms/{id}/response',
    kind: 'action',
    auth: true,
    resolve(input) {
      const form = forms.find((f) => f.id === pathParam(input));
      return form ? saveFormResponse(form, input) : notFound('Form not found');
    },
  },
  {
    op: 'POST /v1/forms/response/{id}',
    kind: 'action',
    auth: true,
    resolve(input) {
      const stored = mockDb.formResponses.get(pathParam(input));
      const form = stored && forms.find((f) => f.id === stored.formId);
      return stored && form ? saveFormResponse(form, input, stored) : notFound('Form response not found');
    },
  },
  {
    op: 'GET /v1/form_submission_response/{id}',
    kind: 'item',
    auth: true,
    resolve(input) {
      const stored = mockDb.formResponses.get(pathParam(input));
      const form = stored && forms.find((f) => f.id === stored.formId);
      if (!stored || !form) return notFound('Form response not found');
      const answers = new Map(stored.answers.map((a) => [a.form_question_id, a.value]));
      const body: FormSubmissionResponse = {
        id: stored.id,
        form_type: form.form_type,
        title: form.title,
        description: form.description,
        patient_title: form.patient_title,
        patient_description: form.patient_description,
        confirmation_message: form.confirmation_message ?? null,
        snomed_code: form.snomed_code,
        fields: form.fields.map((f) => ({ ...structuredClone(f), value: answers.get(f.form_question_id) ?? null })),
        patient_id: stored.patientId,
        emis_file_record_at: null,
        created_at: stored.createdAt,
        appointment_id: stored.appointmentId === null ? null : Number(stored.appointmentId),
        write_to_record_status: stored.status === 'submitted' ? 'not_written' : null,
      };
      return HttpResponse.json(body);
    },
  },

  // ─── Messages ───
  {
    op: 'POST /v1/messages/send',
    kind: 'action',
    auth: true,
    resolve(input) {
      const body = bodyOf(input);
      const patientId = text(body, 'patient_id')!;
      const messageType = text(body, 'message_type') as MessageType;
      const recipient = text(body, 'recipient_contact_detail');
      const writeToRecord = flag(body, 'write_to_record') ?? false;
      const sendAt = text(body, 'send_at');
      const shortLinkId = text(body, 'short_link_id');
      const attachmentUuid = text(body, 'attachment_uuid');
      const assigneeType = text(body, 'assignee_type');
      if (assigneeType !== undefined && assigneeType !== 'Admin' && assigneeType !== 'AdminTeam') {
        return validationErrorResponse([{ code: 'invalid_enum_value', expected: "'Admin' | 'AdminTeam'", path: ['assignee_type'] }]);
      }
      const patient = findPatient(patientId);
      if (!patient) return notFound('Patient not found');
      if (shortLinkId !== undefined && !mockDb.links.has(shortLinkId)) return notFound('Short link not found');
      // [DESIGNED, mock only] A patient's link sent to another patient is refused, so a kit that mixes them up fails loudly in tests.
      const linkOwner = shortLinkId === undefined ? null : (mockDb.links.get(shortLinkId)?.patientId ?? null);
      if (linkOwner !== null && linkOwner !== patientId) {
        return validationErrorResponse([{ code: 'custom', expected: 'a link made for this patient', path: ['short_link_id'] }]);
      }
      if (attachmentUuid !== undefined && ![...mockDb.links.values()].some((l) => l.attachmentUuid === attachmentUuid)) {
        return notFound('Attachment not found');
      }

      let failureReason: string | null = null;
      if (messageType === 'sms' && !recipient && !patient.mobile) failureReason = 'No mobile number on the patient record';
      if (messageType === 'email' && !recipient && !patient.email) failureReason = 'No email address on the patient record';
      if (messageType === 'sms') mockDb.smsCredits = Math.max(0, mockDb.smsCredits - 1);

      const id = nextId('message');
      const createdAt = nowIso();
      const content = fillPlaceholders(String(body['message_string']), patient);
      const normalisedSendAt = sendAt === undefined ? null : new Date(Date.parse(sendAt)).toISOString();
      const fallbackRecipient = messageType === 'sms' ? patient.mobile : messageType === 'email' ? patient.email : patient.nhs_number;
      mockDb.messages.set(id, {
        id,
        patientId,
        messageType,
        content,
        recipient: recipient ?? fallbackRecipient ?? '',
        shortLinkId: shortLinkId ?? null,
        createdAt,
        sendAt: normalisedSendAt,
        writeToRecord,
        polls: 0,
        sentAt: null,
        deliveredAt: null,
        failureReason,
        // hero-message-composer: the inferred admin_id, recorded for the audit trail.
        ...(text(body, 'admin_id') ? { adminId: text(body, 'admin_id')! } : {}),
      });
      const response: MessageSendResponse = {
        message_id: id,
        content,
        created_at: createdAt,
        snomed_code: writeToRecord ? (text(body, 'snomed_code') ?? DEFAULT_MESSAGE_SNOMED_CODE) : null,
        write_to_record: writeToRecord,
        auth_token: null,
        confirm_write_to_record_url: null,
        submitted_by: null,
        send_at: normalisedSendAt,
      };
      return HttpResponse.json(response);
    },
  },
  {
    op: 'GET /v2/sent_messages',
    kind: 'list',
    auth: true,
    resolve(input) {
      const q = input.query;
      const patientId = text(q, 'patient_id');
      const writeToRecordStatus = text(q, 'write_to_record_status');
      const scheduled = flag(q, 'scheduled');
      const orderBy = text(q, 'order_by') ?? 'created_at';
      const descending = flag(q, 'order_descending') ?? true;
      const key = (m: SentMessage): string =>
        orderBy === 'sent_at'
          ? (m.sent_at ?? '')
          : orderBy === 'created_at'
            ? (m.created_at ?? '')
            : `${m.patient.last_name} ${m.patient.first_name}`;
      const list = [...mockDb.messages.values()]
        .map(sentMessageItem)
        .filter(
          (m) =>
            (patientId === undefined || m.patient.id === patientId) &&
            among(q['message_type'], m.message_type) &&
            among(q['status'], m.status) &&
            (writeToRecordStatus === undefined || m.write_to_record.status === writeToRecordStatus) &&
            (scheduled === undefined || (m.scheduled_at !== null && Date.parse(m.scheduled_at) > mockClock.now()) === scheduled),
        )
        .sort((a, b) => key(a).localeCompare(key(b)) * (descending ? -1 : 1));
      return HttpResponse.json(paginate(list, readPage(input)));
    },
  },
  {
    op: 'GET /v1/messages/assignee/collection',
    kind: 'collection',
    auth: true,
    resolve() {
      return HttpResponse.json({ data: assignees });
    },
  },
  {
    op: 'GET /v1/messages/{id}',
    kind: 'item',
    auth: true,
    resolve(input) {
      const message = mockDb.messages.get(pathParam(input));
      return message ? HttpResponse.json(messageBody(message)) : notFound('Message not found');
    },
  },
  {
    op: 'GET /v1/messages/{id}/status',
    kind: 'item',
    auth: true,
    resolve(input) {
      const message = mockDb.messages.get(pathParam(input));
      if (!message) return notFound('Message not found');
      const response = pollMessage(message);
      const failed = response === 'fatal' || response === 'declined' || response === 'retry';
      const record = writeToRecordOf(message);
      const body: MessageStatus = {
        id: message.id,
        scheduled_send_at: message.sendAt,
        write_to_record: message.writeToRecord,
        status: {
          write_to_record_at: record.write_to_record_at,
          sent_at: message.sentAt,
          response,
          failure_reason: failed ? message.failureReason : null,
        },
        errors: {
          write_to_record: record.status === 'failed' ? record.failure_reason : null,
          send: response === 'fatal' ? message.failureReason : null,
        },
      };
      return HttpResponse.json(body);
    },
  },
  {
    op: 'GET /v1/templates',
    kind: 'list',
    auth: true,
    resolve(input) {
      const hasFollowUp = flag(input.query, 'has_follow_up');
      const list =
        hasFollowUp === undefined
          ? templates
          : templates.filter((t) => Boolean(t.send_follow_up_one || t.send_follow_up_two) === hasFollowUp);
      return HttpResponse.json(paginate(list, readPage(input)));
    },
  },
  {
    op: 'POST /v1/snomed/validate',
    kind: 'action',
    auth: true,
    resolve(input) {
      return HttpResponse.json({ valid: VALID_SNOMED_CODES.has((text(bodyOf(input), 'code') ?? '').trim()) });
    },
  },
  {
    op: 'GET /v1/me/sms-credits',
    kind: 'item',
    auth: true,
    resolve() {
      return HttpResponse.json({ ...smsCredits, credits: mockDb.smsCredits });
    },
  },
  {
    op: 'POST /v1/batch_message',
    kind: 'action',
    auth: true,
    resolve(input) {
      const body = bodyOf(input);
      const channel = text(body, 'channel') as BatchMessage['channel'];
      const subject = text(body, 'subject');
      const recipients = (body['recipients'] ?? []) as { nhs_number: string; dob: string | null }[];
      const issues: ValidationIssue[] = [];
      if (channel === 'EMAIL' && subject === undefined) issues.push({ code: 'invalid_type', expected: 'string', path: ['subject'] });
      if (recipients.length === 0) issues.push({ code: 'too_small', expected: 'non-empty array', path: ['recipients'] });
      if (issues.length) return validationErrorResponse(issues);
      const batch: BatchMessage = {
        id: nextId('batch'),
        name: String(body['name']),
        status: 'CREATED',
        channel,
        content: String(body['content']),
      };
      if (subject !== undefined) batch.subject = subject;
      mockDb.batches.set(batch.id, { batch, recipients: recipients.map((r) => ({ nhs_number: r.nhs_number, dob: r.dob })), polls: 0 });
      return HttpResponse.json(batch);
    },
  },
  {
    op: 'GET /v1/batch_message/{id}',
    kind: 'item',
    auth: true,
    resolve(input) {
      const stored = mockDb.batches.get(pathParam(input));
      if (!stored) return notFound('Batch message not found');
      if (stored.batch.status !== 'CREATED' && stored.batch.status !== 'COMPLETED') {
        stored.polls += 1;
        stored.batch.status = stored.polls >= 2 ? 'COMPLETED' : 'SENDING';
      }
      return HttpResponse.json(structuredClone(stored.batch));
    },
  },
  {
    op: 'PATCH /v1/batch_message/{id}/send',
    kind: 'action',
    auth: true,
    resolve(input) {
      const stored = mockDb.batches.get(pathParam(input));
      if (!stored) return notFound('Batch message not found');
      if (stored.batch.status === 'CREATED') stored.batch.status = 'PENDING';
      return noContent();
    },
  },

  // ─── Links ───
  {
    op: 'POST /v1/booking_links',
    kind: 'action',
    auth: true,
    resolve(input) {
      const body = bodyOf(input);
      const type = appointmentTypes.find((t) => t.id === text(body, 'appointment_type_id'));
      if (!type) return notFound('Appointment type not found');
      if (!locations.some((l) => l.id === text(body, 'location_id'))) return notFound('Location not found');
      const patientId = text(body, 'patient_id') ?? null;
      if (patientId !== null && !findPatient(patientId)) return notFound('Patient not found');
      const expiry = text(body, 'expiry_date');
      const link = createLink('booking', type.name, patientId);
      return HttpResponse.json(createdLinkBody(link, expiry ? new Date(londonWallTimeToUtcMs(expiry, 24 * 60 - 1)).toISOString() : null));
    },
  },
  {
    op: 'POST /v1/form_links',
    kind: 'action',
    auth: true,
    resolve(input) {
      const body = bodyOf(input);
      const form = forms.find((f) => f.id === text(body, 'form_id'));
      if (!form) return notFound('Form not found');
      const patientId = text(body, 'patient_id') ?? null;
      if (patientId !== null && !findPatient(patientId)) return notFound('Patient not found');
      return HttpResponse.json(createdLinkBody(createLink('form', form.title, patientId)));
    },
  },
  {
    op: 'POST /v1/video_links',
    kind: 'action',
    auth: true,
    resolve(input) {
      const body = bodyOf(input);
      const patientId = text(body, 'patient_id')!;
      if (!findPatient(patientId)) return notFound('Patient not found');
      const appointmentId = text(body, 'appointment_id');
      if (appointmentId !== undefined && !mockDb.appointments.has(appointmentId)) return notFound('Appointment not found');
      return HttpResponse.json(createdLinkBody(createLink('video', 'Video consultation', patientId)));
    },
  },
  {
    op: 'POST /v1/attachment_links',
    kind: 'action',
    auth: true,
    resolve(input) {
      const body = bodyOf(input);
      const patientId = text(body, 'patient_id')!;
      if (!findPatient(patientId)) return notFound('Patient not found');
      const attachmentUuid = `att-${mockDb.nextIds.link}-${Math.floor(mockClock.now() / 1000)}`;
      const link = createLink('attachment', String(body['file_name']), patientId, { attachmentUuid });
      return HttpResponse.json({ id: link.id, attachment_uuid: attachmentUuid, url: link.url });
    },
  },
  {
    op: 'GET /v1/links/status',
    kind: 'item',
    auth: true,
    resolve(input) {
      const link = mockDb.links.get(text(input.query, 'short_link_id') ?? '');
      return link ? HttpResponse.json({ id: link.id, type: link.type, name: link.name, status: link.status }) : notFound('Link not found');
    },
  },
];

/** Every endpoint of the mock: its operation, method (upper case), MSW path pattern and what it returns. */
export interface ApiRoute {
  op: OperationKey;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  path: string;
  kind: RouteKind;
  auth: boolean;
}

/** `GET /v1/slots/{id}` → `*\/v1/slots/:id`. */
const mswPath = (op: OperationKey): string => `*${op.slice(op.indexOf(' ') + 1).replace(/\{(\w+)\}/g, ':$1')}`;

export const apiRoutes: readonly ApiRoute[] = routes.map(({ op, kind, auth }) => ({
  op,
  method: op.slice(0, op.indexOf(' ')) as ApiRoute['method'],
  path: mswPath(op),
  kind,
  auth,
}));

/**
 * Answers a request as the normal mock does: auth (where the route needs it), validation against
 * openapi.yaml, then the route. Scenarios use it to change a request or an answer around it.
 */
export async function answer(route: ApiRoute, info: RouteInfo): Promise<Response> {
  const definition = routes.find((r) => r.op === route.op)!;
  if (definition.auth) {
    const denied = await checkAuth(info.request);
    if (denied) return denied;
  }
  const input = await validateRequest(definition.op, info.request, info.params);
  if (isInvalid(input)) return validationErrorResponse(input);
  return definition.resolve(input, info);
}

/** Builds an MSW handler for one of `apiRoutes` with another resolver (used by scenarios). */
export function handlerFor(
  route: ApiRoute,
  resolver: (info: RouteInfo) => Response | undefined | Promise<Response | undefined>,
): HttpHandler {
  const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put';
  return http[method](route.path, ({ request, params }) => resolver({ request, params }));
}

/** The mock Hero API: one handler per operation, on any origin. */
export const handlers: HttpHandler[] = apiRoutes.map((route) => handlerFor(route, (info) => answer(route, info)));
