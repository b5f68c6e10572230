/**
 * MSW 2 request handlers: the mock Hero API, one handler per endpoint of `src/api/openapi.yaml`.
 * Paths start with `*` so the same handlers answer on any base URL (staging, production, the
 * demo's proxy, `MOCK_BASE_URL` in tests). Web-standard code only: it runs in a service worker
 * page and under `msw/node`.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type {
  Appointment,
  AppointmentReservation,
  AppointmentType,
  BatchMessage,
  ErrorBody,
  Form,
  FormAnswer,
  FormAnswerValue,
  FormField,
  FormResponse,
  FormSubmissionResponse,
  MessageSendResponse,
  MessageStatus,
  MessageType,
  Patient,
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
  MAX_SLOT_WINDOW_DAYS,
  normaliseNhsNumber,
  PDS_IDENTITY_VERIFICATION_LOGIN_URL,
  PDS_IDENTITY_VERIFICATION_NHS_NUMBER,
  pdsPeople,
  placeholderValues,
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

// ───────────────────────────── Responses ─────────────────────────────

/** Default and largest `page_size`. */
export const DEFAULT_PAGE_SIZE = 20;
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

const notFound = (what = 'Not Found'): Response => errorResponse(404, what);

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

// ───────────────────────────── Input checks ─────────────────────────────

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a JSON object body; an empty body is `{}`. Anything else is a 400 response. */
async function readBody(request: Request): Promise<JsonObject | Response> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return validationErrorResponse([{ code: 'invalid_json', expected: 'object', path: [] }]);
  }
  if (!isObject(value)) return validationErrorResponse([{ code: 'invalid_type', expected: 'object', path: [] }]);
  return value;
}

const DIGITS = /^\d+$/;

interface StringRule {
  required?: boolean;
  nonEmpty?: boolean;
  digits?: boolean;
  oneOf?: readonly string[];
  date?: boolean;
  dateTime?: boolean;
}

/** Collects validation issues over one object (a body or a query). */
class Checker {
  readonly issues: ValidationIssue[] = [];
  constructor(
    private readonly source: JsonObject,
    private readonly prefix: (string | number)[] = [],
  ) {}

  issue(code: string, expected: string, key: string | number): void {
    this.issues.push({ code, expected, path: [...this.prefix, key] });
  }

  string(key: string, rule: StringRule = {}): string | undefined {
    const value = this.source[key];
    if (value === undefined || value === null) {
      if (rule.required) this.issue('invalid_type', 'string', key);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.issue('invalid_type', 'string', key);
      return undefined;
    }
    if ((rule.nonEmpty || rule.required) && value.trim() === '') {
      this.issue('too_small', 'non-empty string', key);
      return undefined;
    }
    if (rule.digits && !DIGITS.test(value)) {
      this.issue('invalid_string', '^\\d+$', key);
      return undefined;
    }
    if (rule.oneOf && !rule.oneOf.includes(value)) {
      this.issue('invalid_enum_value', rule.oneOf.map((v) => `'${v}'`).join(' | '), key);
      return undefined;
    }
    if (rule.date && !(isIsoDate(value.slice(0, 10)) && (value.length === 10 || !Number.isNaN(Date.parse(value))))) {
      this.issue('invalid_string', 'date', key);
      return undefined;
    }
    if (rule.dateTime && Number.isNaN(Date.parse(value))) {
      this.issue('invalid_string', 'date-time', key);
      return undefined;
    }
    return value;
  }

  boolean(key: string, required = false): boolean | undefined {
    const value = this.source[key];
    if (value === undefined || value === null) {
      if (required) this.issue('invalid_type', 'boolean', key);
      return undefined;
    }
    if (typeof value !== 'boolean') {
      this.issue('invalid_type', 'boolean', key);
      return undefined;
    }
    return value;
  }

  number(key: string, { required = false, min }: { required?: boolean; min?: number } = {}): number | undefined {
    const value = this.source[key];
    if (value === undefined || value === null) {
      if (required) this.issue('invalid_type', 'number', key);
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.issue('invalid_type', 'number', key);
      return undefined;
    }
    if (min !== undefined && value < min) {
      this.issue('too_small', `number >= ${min}`, key);
      return undefined;
    }
    return value;
  }
}

/** Query parameters as a plain object (the last value wins). */
const queryObject = (url: URL): JsonObject => Object.fromEntries(url.searchParams.entries());

/** Parses `'true'`/`'false'` query values. */
function queryBoolean(url: URL, key: string, check: Checker): boolean | undefined {
  const raw = url.searchParams.get(key);
  if (raw === null || raw === '') return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  check.issue('invalid_type', 'boolean', key);
  return undefined;
}

interface Page {
  index: number;
  size: number;
}

/** `page_index` (zero-based, default 0) and `page_size` (default 20, clamped to 1..100). */
function readPage(url: URL, check: Checker): Page {
  const parse = (key: string, fallback: number, min: number): number => {
    const raw = url.searchParams.get(key);
    if (raw === null || raw === '') return fallback;
    if (!/^-?\d+$/.test(raw) || Number(raw) < min) {
      check.issue('invalid_type', min === 0 ? 'non-negative integer' : 'positive integer', key);
      return fallback;
    }
    return Number(raw);
  };
  const index = parse('page_index', 0, 0);
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, parse('page_size', DEFAULT_PAGE_SIZE, 0)));
  return { index, size };
}

/** One page of a list, with `count` the total number of matches. */
function paginate<T>(items: T[], page: Page): { data: T[]; count: number } {
  const start = page.index * page.size;
  return { data: items.slice(start, start + page.size), count: items.length };
}

/** A path parameter as a string. */
const param = (params: Record<string, string | readonly string[] | undefined>, key: string): string => {
  const value = params[key];
  return typeof value === 'string' ? value : '';
};

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

// ───────────────────────────── Booking ─────────────────────────────

interface SlotFilters {
  startDate: string;
  endDate: string;
  appointmentTypeId?: string | undefined;
  locationId?: string | undefined;
  practitionerId?: string | undefined;
}

function readSlotFilters(url: URL, check: Checker): SlotFilters {
  const query = new Checker(queryObject(url));
  const startDate = query.string('start_date', { date: true }) ?? londonToday();
  const endDate = query.string('end_date', { date: true }) ?? addDays(startDate, 13);
  const filters: SlotFilters = {
    startDate: startDate.slice(0, 10),
    endDate: endDate.slice(0, 10),
    appointmentTypeId: query.string('appointment_type_id', { digits: true }),
    locationId: query.string('location_id', { digits: true }),
    practitionerId: query.string('practitioner_id', { digits: true }),
  };
  check.issues.push(...query.issues);
  if (filters.endDate < filters.startDate) check.issue('too_small', 'end_date on or after start_date', 'end_date');
  if (filters.endDate > addDays(filters.startDate, MAX_SLOT_WINDOW_DAYS - 1)) {
    check.issue('too_big', `a window of at most ${MAX_SLOT_WINDOW_DAYS} days`, 'end_date');
  }
  return filters;
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

/** Checks answers against the form; required answers only when submitting. */
function checkAnswers(form: Form, rawAnswers: unknown, submitting: boolean, check: Checker): FormAnswer[] {
  if (!Array.isArray(rawAnswers)) {
    check.issue('invalid_type', 'array', 'answers');
    return [];
  }
  const byId = new Map(form.fields.map((f) => [f.form_question_id, f]));
  const answers: FormAnswer[] = [];
  rawAnswers.forEach((raw: unknown, index) => {
    const item = new Checker(isObject(raw) ? raw : {}, ['answers', index]);
    if (!isObject(raw)) {
      check.issue('invalid_type', 'object', index);
      return;
    }
    const id = item.string('form_question_id', { required: true, digits: true });
    check.issues.push(...item.issues);
    if (id === undefined) return;
    const field = byId.get(id);
    if (!field) {
      check.issues.push({ code: 'unrecognized_keys', expected: 'a form_question_id of this form', path: ['answers', index, 'form_question_id'] });
      return;
    }
    const value = raw['value'] as unknown;
    const issue = answerIssue(field, value);
    if (issue) {
      check.issues.push({ code: issue.code, expected: issue.expected, path: ['answers', index, 'value'] });
      return;
    }
    answers.push({ form_question_id: id, value: (value ?? null) as FormAnswerValue });
  });
  if (submitting) {
    const given = new Map(answers.map((a) => [a.form_question_id, a.value]));
    for (const field of form.fields) {
      if (!field.required || field.type === 'paragraph' || !isFieldVisible(field, given)) continue;
      const value = given.get(field.form_question_id);
      if (isEmptyAnswer(value) || (field.type === 'consent' && value !== true)) {
        check.issues.push({
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
    case 'paragraph':
      return null;
    default:
      return null;
  }
}

function formResponseBody(stored: StoredFormResponse): FormResponse {
  return { id: stored.id, form_id: stored.formId, created_at: stored.createdAt };
}

// ───────────────────────────── Messages ─────────────────────────────

const MESSAGE_TYPES: readonly MessageType[] = ['hero', 'sms', 'email', 'nhs_app'];

function fillPlaceholders(text: string, patient: Patient): string {
  const values = placeholderValues(patient);
  return text.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, key: string) => values[key] ?? whole);
}

// ───────────────────────────── Routes ─────────────────────────────

type Method = 'get' | 'post' | 'patch';

/** What an endpoint returns, for scenarios that replace whole classes of responses. */
export type RouteKind = 'list' | 'collection' | 'count' | 'item' | 'action' | 'token';

interface RouteInfo {
  request: Request;
  params: Record<string, string | readonly string[] | undefined>;
}

interface Route {
  method: Method;
  path: string;
  kind: RouteKind;
  /** Requires a bearer token (every endpoint but `POST /v1/access_token`). */
  auth: boolean;
  resolve: (info: RouteInfo) => Response | Promise<Response>;
}

const routes: Route[] = [
  // ─── Transport ───
  {
    method: 'post',
    path: '*/v1/access_token',
    kind: 'token',
    auth: false,
    async resolve({ request }) {
      const group = request.headers.get('x-practice-group-id');
      if (request.headers.get('x-api-key') !== MOCK_API_KEY || !group || !DIGITS.test(group)) {
        return errorResponse(401, 'Unauthorized');
      }
      const accessToken = await mintMockToken({ practiceGroupId: group, ttlSeconds: ACCESS_TOKEN_TTL_SECONDS });
      return HttpResponse.json({ access_token: accessToken });
    },
  },

  // ─── Booking ───
  {
    method: 'get',
    path: '*/v1/appointment_types',
    kind: 'list',
    auth: true,
    resolve({ request }) {
      const url = new URL(request.url);
      const check = new Checker(queryObject(url));
      const page = readPage(url, check);
      const hasAvailability = queryBoolean(url, 'has_availability', check);
      const locationIds = url.searchParams
        .getAll('location_ids')
        .concat(url.searchParams.getAll('location_ids[]'))
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
      if (locationIds.some((id) => !DIGITS.test(id))) check.issue('invalid_string', '^\\d+$', 'location_ids');
      if (check.issues.length) return validationErrorResponse(check.issues);
      let types = liveAppointmentTypes();
      if (locationIds.length) {
        types = types.filter((t) => appointmentTypeLocationIds(t.id).some((id) => locationIds.includes(id)));
      }
      if (hasAvailability !== undefined) types = types.filter((t) => t.slot_count > 0 === hasAvailability);
      return HttpResponse.json(paginate(types, page));
    },
  },
  {
    method: 'get',
    path: '*/v1/locations',
    kind: 'list',
    auth: true,
    resolve({ request }) {
      const url = new URL(request.url);
      const check = new Checker({});
      const page = readPage(url, check);
      if (check.issues.length) return validationErrorResponse(check.issues);
      return HttpResponse.json(paginate(locations, page));
    },
  },
  {
    method: 'get',
    path: '*/v1/practitioners',
    kind: 'list',
    auth: true,
    resolve({ request }) {
      const url = new URL(request.url);
      const check = new Checker(queryObject(url));
      const page = readPage(url, check);
      const locationId = check.string('location_id', { digits: true });
      if (check.issues.length) return validationErrorResponse(check.issues);
      const list = locationId
        ? practitioners.filter((p) => practitionerLocationIds(p.id).includes(locationId))
        : practitioners;
      return HttpResponse.json(paginate(list, page));
    },
  },
  {
    method: 'get',
    path: '*/v1/slots/count',
    kind: 'count',
    auth: true,
    resolve({ request }) {
      const check = new Checker({});
      const filters = readSlotFilters(new URL(request.url), check);
      if (check.issues.length) return validationErrorResponse(check.issues);
      return HttpResponse.json({ count: freeSlots(filters).length });
    },
  },
  {
    method: 'post',
    path: '*/v1/slots/availability',
    kind: 'action',
    auth: true,
    async resolve({ request }) {
      const body = await readBody(request);
      if (body instanceof Response) return body;
      const check = new Checker(body);
      const slotId = check.string('slot_id', { required: true, digits: true });
      if (check.issues.length || slotId === undefined) return validationErrorResponse(check.issues);
      const slot = findSlot(slotId);
      if (!slot) return notFound('Slot not found');
      return HttpResponse.json({ slot_id: slotId, available: !heldSlotIds().has(slotId) });
    },
  },
  {
    method: 'get',
    path: '*/v1/slots/:id',
    kind: 'item',
    auth: true,
    resolve({ params }) {
      const slot = findSlot(param(params, 'id'));
      return slot ? HttpResponse.json(slot) : notFound('Slot not found');
    },
  },
  {
    method: 'get',
    path: '*/v1/slots',
    kind: 'list',
    auth: true,
    resolve({ request }) {
      const url = new URL(request.url);
      const check = new Checker({});
      const filters = readSlotFilters(url, check);
      const page = readPage(url, check);
      if (check.issues.length) return validationErrorResponse(check.issues);
      return HttpResponse.json(paginate(freeSlots(filters), page));
    },
  },
  {
    method: 'post',
    path: '*/v1/appointments',
    kind: 'action',
    auth: true,
    async resolve({ request }) {
      const body = await readBody(request);
      if (body instanceof Response) return body;
      const check = new Checker(body);
      const appointmentTypeId = check.string('appointment_type_id', { required: true, digits: true });
      const locationId = check.string('location_id', { required: true, digits: true });
      const practitionerId = check.string('practitioner_id', { required: true, digits: true });
      const duration = check.number('duration', { required: true, min: 1 });
      const startTime = check.string('start_time', { required: true, dateTime: true });
      const patientId = check.string('patient_id', { digits: true });
      check.string('billpayer_id', { digits: true });
      check.string('reason');
      const suppressMail = check.boolean('suppress_mail');
      const suppressCheck = check.boolean('suppress_availability_check');
      if (
        check.issues.length ||
        appointmentTypeId === undefined ||
        locationId === undefined ||
        practitionerId === undefined ||
        duration === undefined ||
        startTime === undefined
      ) {
        return validationErrorResponse(check.issues);
      }
      const type = appointmentTypes.find((t) => t.id === appointmentTypeId);
      if (!type) return notFound('Appointment type not found');
      if (!locations.some((l) => l.id === locationId)) return notFound('Location not found');
      if (!practitioners.some((p) => p.id === practitionerId)) return notFound('Practitioner not found');
      if (patientId !== undefined && !findPatient(patientId)) return notFound('Patient not found');

      const startMs = Date.parse(startTime);
      const day = londonDate(startMs);
      const slot = slotsFor({ startDate: day, endDate: day, practitionerId }).find(
        (s) => Date.parse(s.start_time) === startMs,
      );
      if (slot) {
        const mismatch = slot.appointment_type_id !== appointmentTypeId || slot.location_id !== locationId;
        if ((mismatch && !suppressCheck) || slotHolder(slot.id)) return slotUnavailableResponse();
      } else if (!suppressCheck || startMs < mockClock.now()) {
        return slotUnavailableResponse();
      }
      const id = nextId('appointment');
      const slotKey = slot ? slot.id : `adhoc-${id}`;
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
        link_id: null,
        reserved_until: reservedUntil,
        booking_confirmed_at: null,
        can_be_cancelled: true,
        can_be_rescheduled: true,
        cancellation_policy_hours: 24,
        suppress_mail: suppressMail ?? false,
      };
      mockDb.appointments.set(id, { appointment, slotId: slotKey, cancelled: false });
      const reservation: AppointmentReservation = { id, reserved_until: reservedUntil };
      return HttpResponse.json(reservation);
    },
  },
  {
    method: 'get',
    path: '*/v1/appointments/:id',
    kind: 'item',
    auth: true,
    resolve({ params }) {
      const stored = mockDb.appointments.get(param(params, 'id'));
      return stored ? HttpResponse.json(publicAppointment(stored)) : notFound('Appointment not found');
    },
  },
  {
    method: 'patch',
    path: '*/v1/appointments/:id/book',
    kind: 'action',
    auth: true,
    async resolve({ request, params }) {
      const stored = mockDb.appointments.get(param(params, 'id'));
      if (!stored) return notFound('Appointment not found');
      const body = await readBody(request);
      if (body instanceof Response) return body;
      const check = new Checker(body);
      const patientId = check.string('patient_id', { digits: true });
      check.string('reason');
      if (check.issues.length) return validationErrorResponse(check.issues);
      if (patientId !== undefined && !findPatient(patientId)) return notFound('Patient not found');
      if (stored.cancelled) return errorResponse(410, 'reservation_cancelled');
      if (stored.appointment.booking_confirmed_at) return HttpResponse.json(publicAppointment(stored));
      if (slotHolder(stored.slotId, stored.appointment.id)) return slotUnavailableResponse();
      const until = stored.appointment.reserved_until;
      if (until == null || Date.parse(until) <= mockClock.now()) return errorResponse(410, 'reservation_expired');
      stored.appointment.booking_confirmed_at = new Date(mockClock.now()).toISOString();
      stored.appointment.reserved_until = null;
      if (patientId !== undefined) stored.appointment.patient_id = patientId;
      return HttpResponse.json(publicAppointment(stored));
    },
  },
  {
    method: 'patch',
    path: '*/v1/appointments/:id/cancel',
    kind: 'action',
    auth: true,
    async resolve({ request, params }) {
      const stored = mockDb.appointments.get(param(params, 'id'));
      if (!stored) return notFound('Appointment not found');
      const body = await readBody(request);
      if (body instanceof Response) return body;
      const check = new Checker(body);
      check.boolean('suppress_mail');
      check.boolean('suppress_cancellation_policy');
      if (check.issues.length) return validationErrorResponse(check.issues);
      stored.cancelled = true;
      stored.appointment.can_be_cancelled = false;
      stored.appointment.can_be_rescheduled = false;
      return new HttpResponse(null, { status: 204 });
    },
  },

  // ─── Patients ───
  {
    method: 'get',
    path: '*/v1/patients',
    kind: 'list',
    auth: true,
    resolve({ request }) {
      const url = new URL(request.url);
      const check = new Checker(queryObject(url));
      const page = readPage(url, check);
      const fieldName = check.string('field', { oneOf: ['emis_id', 'nhs_number', 'dob'] });
      const search = check.string('search')?.trim();
      if (fieldName && !search) check.issue('invalid_type', 'string', 'search');
      if (fieldName === 'dob' && search && !isIsoDate(search)) check.issue('invalid_string', 'YYYY-MM-DD', 'search');
      if (check.issues.length) return validationErrorResponse(check.issues);
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
      return HttpResponse.json(paginate(list, page));
    },
  },
  {
    method: 'get',
    path: '*/v3/patients',
    kind: 'list',
    auth: true,
    resolve({ request }) {
      const url = new URL(request.url);
      const check = new Checker(queryObject(url));
      const page = readPage(url, check);
      const firstName = check.string('first_name')?.trim() || undefined;
      const lastName = check.string('last_name')?.trim() || undefined;
      const dob = check.string('dob')?.trim() || undefined;
      const nhsNumber = check.string('nhs_number')?.trim() || undefined;
      const ehrPartnerId = check.string('ehr_partner_id')?.trim() || undefined;
      if (dob !== undefined && !isIsoDate(dob)) check.issue('invalid_string', 'YYYY-MM-DD', 'dob');
      if ([firstName, lastName, dob, nhsNumber, ehrPartnerId].every((v) => v === undefined)) {
        check.issues.push({
          code: 'custom',
          expected: 'at least one of first_name, last_name, dob, nhs_number, ehr_partner_id',
          path: [],
        });
      }
      if (check.issues.length) return validationErrorResponse(check.issues);
      const list = mockDb.patients.filter(
        (p) =>
          (firstName === undefined || normaliseName(p.first_name ?? '') === normaliseName(firstName)) &&
          (lastName === undefined || normaliseName(p.last_name ?? '') === normaliseName(lastName)) &&
          (dob === undefined || p.dob?.slice(0, 10) === dob) &&
          (nhsNumber === undefined ||
            (p.nhs_number != null && normaliseNhsNumber(p.nhs_number) === normaliseNhsNumber(nhsNumber))) &&
          (ehrPartnerId === undefined || p.ehr_partner_id === ehrPartnerId || p.emis_id === ehrPartnerId),
      );
      const answer = paginate(list, page);
      return HttpResponse.json({ ...answer, data: answer.data.map(toListPatient) });
    },
  },
  {
    method: 'post',
    path: '*/v1/patients/register_pds',
    kind: 'action',
    auth: true,
    async resolve({ request }) {
      const body = await readBody(request);
      if (body instanceof Response) return body;
      const check = new Checker(body);
      const byNhsNumber = body['nhs_number'] !== undefined;
      const byDemographics = ['forename', 'surname', 'postcode'].some((k) => body[k] !== undefined);
      if (!byNhsNumber && !byDemographics) {
        return validationErrorResponse([
          { code: 'invalid_union', expected: '{ nhs_number, dob } or { dob, postcode, forename, surname }', path: [] },
        ]);
      }
      const dob = check.string('dob', { required: true, date: true })?.slice(0, 10);
      check.string('ehr_partner', { nonEmpty: true });
      check.string('ehr_partner_id', { nonEmpty: true });
      if (byNhsNumber) {
        const raw = check.string('nhs_number', { required: true });
        if (raw !== undefined && !isValidNhsNumber(raw)) check.issue('invalid_string', 'a valid NHS number', 'nhs_number');
        if (check.issues.length || raw === undefined || dob === undefined) return validationErrorResponse(check.issues);
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
      const forename = check.string('forename', { required: true });
      const surname = check.string('surname', { required: true });
      const postcode = check.string('postcode', { required: true });
      if (check.issues.length || !forename || !surname || !postcode || dob === undefined) {
        return validationErrorResponse(check.issues);
      }
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
    method: 'post',
    path: '*/v1/patients/register',
    kind: 'action',
    auth: true,
    async resolve({ request }) {
      const body = await readBody(request);
      if (body instanceof Response) return body;
      const check = new Checker(body);
      const dob = check.string('dob', { required: true, date: true })?.slice(0, 10);
      const firstName = check.string('first_name', { required: true });
      const lastName = check.string('last_name', { required: true });
      const mobile = check.string('mobile', { required: true });
      const rawNhs = check.string('nhs_number', { nonEmpty: true });
      if (rawNhs !== undefined && !isValidNhsNumber(rawNhs)) check.issue('invalid_string', 'a valid NHS number', 'nhs_number');
      const sex = check.string('sex', { oneOf: ['Not known', 'Not specified', 'Male', 'Female', 'Other'] });
      const dataSource = check.string('data_source', { oneOf: ['hero', 'emis', 'pds', 'gha', 'systm_one'] });
      const text = (key: string) => check.string(key) ?? null;
      const details = {
        title: text('title'),
        ehr_partner_id: text('ehr_partner_id'),
        address_line_1: text('address_line_1'),
        address_line_2: text('address_line_2'),
        address_line_3: text('address_line_3'),
        country: text('country'),
        postcode: text('postcode'),
        town: text('town'),
        county: text('county'),
        email: text('email'),
      };
      check.string('landline');
      if (check.issues.length || !dob || !firstName || !lastName || !mobile) return validationErrorResponse(check.issues);
      const nhsNumber = rawNhs === undefined ? null : normaliseNhsNumber(rawNhs);
      const existing = nhsNumber
        ? mockDb.patients.find((p) => p.nhs_number === nhsNumber && p.dob?.slice(0, 10) === dob)
        : undefined;
      if (existing) {
        Object.assign(existing, { first_name: firstName, last_name: lastName, mobile });
        for (const [key, value] of Object.entries(details)) if (value !== null) Object.assign(existing, { [key]: value });
        if (sex) existing.sex = sex as NonNullable<Patient['sex']>;
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
        sex: (sex as Patient['sex'] | undefined) ?? null,
        emails: details.email ? [details.email] : null,
        data_source: (dataSource as Patient['data_source'] | undefined) ?? 'emis',
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
    method: 'get',
    path: '*/v1/patients/:id',
    kind: 'item',
    auth: true,
    resolve({ params }) {
      const patient = findPatient(param(params, 'id'));
      return patient ? HttpResponse.json({ ...structuredClone(patient), ...UNDOCUMENTED_EXTRAS[patient.id] }) : notFound('Patient not found');
    },
  },

  // ─── Forms ───
  {
    method: 'get',
    path: '*/v1/forms',
    kind: 'list',
    auth: true,
    resolve({ request }) {
      const url = new URL(request.url);
      const check = new Checker(queryObject(url));
      const page = readPage(url, check);
      const search = check.string('search')?.trim().toLowerCase();
      const replyForm = queryBoolean(url, 'reply_form', check);
      const formType = check.string('form_type', { oneOf: ['questionnaire', 'response', 'appointment', 'care_navigation'] });
      if (check.issues.length) return validationErrorResponse(check.issues);
      const list = forms
        .map(formSummary)
        .filter(
          (f) =>
            (!search || f.title.toLowerCase().includes(search)) &&
            (replyForm === undefined || f.reply_form === replyForm) &&
            (formType === undefined || f.form_type === formType),
        );
      return HttpResponse.json(paginate(list, page));
    },
  },
  {
    method: 'get',
    path: '*/v1/forms/:id',
    kind: 'item',
    auth: true,
    resolve({ params }) {
      const form = forms.find((f) => f.id === param(params, 'id'));
      return form ? HttpResponse.json(structuredClone(form)) : notFound('Form not found');
    },
  },
  {
    method: 'post',
    path: '*/v1/forms/:id/response',
    kind: 'action',
    auth: true,
    async resolve({ request, params }) {
      const form = forms.find((f) => f.id === param(params, 'id'));
      if (!form) return notFound('Form not found');
      const body = await readBody(request);
      if (body instanceof Response) return body;
      const check = new Checker(body);
      const patientId = check.string('patient_id', { digits: true });
      const appointmentId = check.string('appointment_id', { digits: true });
      const status = (check.string('status', { oneOf: ['draft', 'submitted'] }) ?? 'submitted') as 'draft' | 'submitted';
      const answers = checkAnswers(form, body['answers'], status === 'submitted', check);
      if (check.issues.length) return validationErrorResponse(check.issues);
      if (patientId !== undefined && !findPatient(patientId)) return notFound('Patient not found');
      const now = new Date(mockClock.now()).toISOString();
      const stored: StoredFormResponse = {
        id: nextId('formResponse'),
        formId: form.id,
        patientId: patientId ?? null,
        appointmentId: appointmentId ?? null,
        answers,
        status,
        createdAt: now,
        updatedAt: now,
      };
      mockDb.formResponses.set(stored.id, stored);
      return HttpResponse.json(formResponseBody(stored));
    },
  },
  {
    method: 'post',
    path: '*/v1/forms/response/:id',
    kind: 'action',
    auth: true,
    async resolve({ request, params }) {
      const stored = mockDb.formResponses.get(param(params, 'id'));
      const form = stored && forms.find((f) => f.id === stored.formId);
      if (!stored || !form) return notFound('Form response not found');
      const body = await readBody(request);
      if (body instanceof Response) return body;
      const check = new Checker(body);
      const patientId = check.string('patient_id', { digits: true });
      const appointmentId = check.string('appointment_id', { digits: true });
      const status = (check.string('status', { oneOf: ['draft', 'submitted'] }) ?? 'submitted') as 'draft' | 'submitted';
      const answers = checkAnswers(form, body['answers'], status === 'submitted', check);
      if (check.issues.length) return validationErrorResponse(check.issues);
      if (patientId !== undefined && !findPatient(patientId)) return notFound('Patient not found');
      if (stored.status === 'submitted') return errorResponse(409, 'response_already_submitted');
      stored.answers = answers;
      stored.status = status;
      if (patientId !== undefined) stored.patientId = patientId;
      if (appointmentId !== undefined) stored.appointmentId = appointmentId;
      stored.updatedAt = new Date(mockClock.now()).toISOString();
      return HttpResponse.json(formResponseBody(stored));
    },
  },
  {
    method: 'get',
    path: '*/v1/form_submission_response/:id',
    kind: 'item',
    auth: true,
    resolve({ params }) {
      const stored = mockDb.formResponses.get(param(params, 'id'));
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
    method: 'post',
    path: '*/v1/messages/send',
    kind: 'action',
    auth: true,
    async resolve({ request }) {
      const body = await readBody(request);
      if (body instanceof Response) return body;
      const check = new Checker(body);
      const patientId = check.string('patient_id', { required: true, digits: true });
      const messageType = check.string('message_type', { required: true, oneOf: MESSAGE_TYPES }) as MessageType | undefined;
      const messageString = check.string('message_string', { required: true });
      const recipient = check.string('recipient_contact_detail');
      check.string('fallback_contact_detail');
      check.string('fallback_message_type', { oneOf: ['sms', 'email'] });
      const writeToRecord = check.boolean('write_to_record') ?? false;
      const encrypted = body['encrypted'];
      if (encrypted !== undefined && typeof encrypted !== 'boolean' && typeof encrypted !== 'string') {
        check.issue('invalid_type', 'boolean', 'encrypted');
      }
      const snomedCode = check.string('snomed_code');
      check.string('snomed_term');
      check.boolean('auto_write_to_record');
      check.string('task_id');
      check.string('attachment_uuid', { nonEmpty: true });
      check.string('short_link_id', { nonEmpty: true });
      check.number('assignee_id');
      check.string('assignee_type', { oneOf: ['Admin', 'AdminTeam'] });
      const sendAt = check.string('send_at', { dateTime: true });
      if (check.issues.length || !patientId || !messageType || !messageString) return validationErrorResponse(check.issues);
      const patient = findPatient(patientId);
      if (!patient) return notFound('Patient not found');

      let failureReason: string | null = null;
      if (messageType === 'sms' && !recipient && !patient.mobile) failureReason = 'No mobile number on the patient record';
      if (messageType === 'email' && !recipient && !patient.email) failureReason = 'No email address on the patient record';
      if (messageType === 'sms') mockDb.smsCredits = Math.max(0, mockDb.smsCredits - 1);

      const id = nextId('message');
      const createdAt = new Date(mockClock.now()).toISOString();
      const content = fillPlaceholders(messageString, patient);
      const normalisedSendAt = sendAt === undefined ? null : new Date(Date.parse(sendAt)).toISOString();
      mockDb.messages.set(id, {
        id,
        patientId,
        messageType,
        content,
        createdAt,
        sendAt: normalisedSendAt,
        writeToRecord,
        polls: 0,
        sentAt: null,
        deliveredAt: null,
        failureReason,
      });
      const response: MessageSendResponse = {
        message_id: id,
        content,
        created_at: createdAt,
        snomed_code: writeToRecord ? (snomedCode ?? DEFAULT_MESSAGE_SNOMED_CODE) : null,
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
    method: 'get',
    path: '*/v1/messages/assignee/collection',
    kind: 'collection',
    auth: true,
    resolve() {
      return HttpResponse.json({ data: assignees });
    },
  },
  {
    method: 'get',
    path: '*/v1/messages/:id/status',
    kind: 'item',
    auth: true,
    resolve({ params }) {
      const message = mockDb.messages.get(param(params, 'id'));
      if (!message) return notFound('Message not found');
      const now = mockClock.now();
      const scheduled = message.sendAt !== null && Date.parse(message.sendAt) > now;
      let response: MessageStatus['status']['response'] = 'pending';
      if (!scheduled) {
        message.polls += 1;
        const stamp = new Date(now).toISOString();
        if (message.failureReason) {
          response = message.polls >= 2 ? 'fatal' : 'pending';
        } else if (message.polls >= 3) {
          response = 'delivered';
          message.sentAt ??= stamp;
          message.deliveredAt ??= stamp;
        } else if (message.polls === 2) {
          response = 'sent';
          message.sentAt ??= stamp;
        }
      }
      const failed = response === 'fatal';
      const body: MessageStatus = {
        id: message.id,
        scheduled_send_at: message.sendAt,
        write_to_record: message.writeToRecord,
        status: {
          write_to_record_at: message.writeToRecord && response === 'delivered' ? message.deliveredAt : null,
          sent_at: message.sentAt,
          response,
          failure_reason: failed ? message.failureReason : null,
        },
        errors: { write_to_record: null, send: failed ? message.failureReason : null },
      };
      return HttpResponse.json(body);
    },
  },
  {
    method: 'get',
    path: '*/v1/templates',
    kind: 'list',
    auth: true,
    resolve({ request }) {
      const url = new URL(request.url);
      const check = new Checker({});
      const page = readPage(url, check);
      const hasFollowUp = queryBoolean(url, 'has_follow_up', check);
      if (check.issues.length) return validationErrorResponse(check.issues);
      const list =
        hasFollowUp === undefined
          ? templates
          : templates.filter((t) => Boolean(t.send_follow_up_one || t.send_follow_up_two) === hasFollowUp);
      return HttpResponse.json(paginate(list, page));
    },
  },
  {
    method: 'post',
    path: '*/v1/snomed/validate',
    kind: 'action',
    auth: true,
    async resolve({ request }) {
      const body = await readBody(request);
      if (body instanceof Response) return body;
      const check = new Checker(body);
      const code = check.string('code', { required: true });
      if (check.issues.length || code === undefined) return validationErrorResponse(check.issues);
      return HttpResponse.json({ valid: VALID_SNOMED_CODES.has(code.trim()) });
    },
  },
  {
    method: 'get',
    path: '*/v1/me/sms-credits',
    kind: 'item',
    auth: true,
    resolve() {
      return HttpResponse.json({ ...smsCredits, credits: mockDb.smsCredits });
    },
  },
  {
    method: 'post',
    path: '*/v1/batch_message',
    kind: 'action',
    auth: true,
    async resolve({ request }) {
      const body = await readBody(request);
      if (body instanceof Response) return body;
      const check = new Checker(body);
      const name = check.string('name', { required: true });
      const channel = check.string('channel', { required: true, oneOf: ['SMS', 'EMAIL', 'NHS_APP'] }) as
        | BatchMessage['channel']
        | undefined;
      const subject = check.string('subject', { nonEmpty: true });
      const content = check.string('content', { required: true });
      if (channel === 'EMAIL' && subject === undefined && !check.issues.some((i) => i.path[0] === 'subject')) {
        check.issue('invalid_type', 'string', 'subject');
      }
      const rawRecipients = body['recipients'];
      const recipients: { nhs_number: string; dob: string | null }[] = [];
      if (!Array.isArray(rawRecipients) || rawRecipients.length === 0) {
        check.issue(Array.isArray(rawRecipients) ? 'too_small' : 'invalid_type', 'non-empty array', 'recipients');
      } else {
        rawRecipients.forEach((raw: unknown, index) => {
          const item = new Checker(isObject(raw) ? raw : {}, ['recipients', index]);
          const nhsNumber = item.string('nhs_number', { required: true });
          const dob = isObject(raw) && raw['dob'] === null ? null : item.string('dob', { required: true, date: true });
          check.issues.push(...item.issues);
          if (nhsNumber !== undefined && dob !== undefined) recipients.push({ nhs_number: nhsNumber, dob });
        });
      }
      if (check.issues.length || !name || !channel || !content) return validationErrorResponse(check.issues);
      const batch: BatchMessage = { id: nextId('batch'), name, status: 'CREATED', channel, content };
      if (subject !== undefined) batch.subject = subject;
      mockDb.batches.set(batch.id, { batch, recipients, polls: 0 });
      return HttpResponse.json(batch);
    },
  },
  {
    method: 'get',
    path: '*/v1/batch_message/:id',
    kind: 'item',
    auth: true,
    resolve({ params }) {
      const stored = mockDb.batches.get(param(params, 'id'));
      if (!stored) return notFound('Batch message not found');
      if (stored.batch.status !== 'CREATED' && stored.batch.status !== 'COMPLETED') {
        stored.polls += 1;
        stored.batch.status = stored.polls >= 2 ? 'COMPLETED' : 'SENDING';
      }
      return HttpResponse.json(structuredClone(stored.batch));
    },
  },
  {
    method: 'patch',
    path: '*/v1/batch_message/:id/send',
    kind: 'action',
    auth: true,
    resolve({ params }) {
      const stored = mockDb.batches.get(param(params, 'id'));
      if (!stored) return notFound('Batch message not found');
      if (stored.batch.status === 'CREATED') stored.batch.status = 'PENDING';
      return new HttpResponse(null, { status: 204 });
    },
  },
];

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

/** Every endpoint of the mock: method (upper case), MSW path pattern and what it returns. */
export interface ApiRoute {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  kind: RouteKind;
  auth: boolean;
}

export const apiRoutes: readonly ApiRoute[] = routes.map(({ method, path, kind, auth }) => ({
  method: method.toUpperCase() as ApiRoute['method'],
  path,
  kind,
  auth,
}));

/** Builds an MSW handler for one of `apiRoutes` with another resolver (used by scenarios). */
export function handlerFor(
  route: ApiRoute,
  resolver: (info: RouteInfo) => Response | undefined | Promise<Response | undefined>,
): HttpHandler {
  const method = route.method.toLowerCase() as Method;
  return http[method](route.path, ({ request, params }) => resolver({ request, params }));
}

/** The mock Hero API: one handler per endpoint, on any origin. */
export const handlers: HttpHandler[] = routes.map((route) =>
  http[route.method](route.path, async ({ request, params }) => {
    if (route.auth) {
      const denied = await checkAuth(request);
      if (denied) return denied;
    }
    return route.resolve({ request, params });
  }),
);
