/**
 * Patients, as the kit holds them (API-CONTRACT.md, "Patients"). Hero answers patients in two
 * shapes: the v1 Patient (`GET /v1/patients/{id}`, `GET /v1/patients`: `id`, `address_line_1..3`,
 * `status`) and the list patient of the v2/v3 lists (`GET /v3/patients`: `hero_id`, `line_1..3`, no
 * `id`, no `status`). `normalisePatient` turns either into the kit's `HeroPatient`, whose `id` is
 * the Hero patient id.
 *
 * Privacy is an allow-list: only the fields named here ever leave the normaliser, and for a
 * restricted patient (`restricted: true`) only `RESTRICTED_ALLOWED` — no address, phone, email,
 * notes, or any field Hero may add later. Nothing else is stored, rendered, emitted, exposed by a
 * property, put in a form value or kept in element state, because nothing else exists past here.
 */
import { calendarDateInLondon, isCalendarDate, type CalendarDate } from './calendar-date.js';

/** A patient as every element holds and hands it on. */
export interface HeroPatient {
  /** The Hero patient id (documented `^\d+$`; see `ID_PATTERN`), or null when the row carries none: such a row is shown but cannot be selected. */
  id: string | null;
  title: string | null;
  first_name: string | null;
  last_name: string | null;
  /** Date of birth, a calendar date `YYYY-MM-DD` (never a `Date`). */
  dob: CalendarDate | null;
  /** `Not known`, `Not specified`, `Male`, `Female`, `Other`, or null. */
  sex: string | null;
  /** Ten digits, no spaces. */
  nhs_number: string | null;
  /** When the patient died (ISO 8601), or null. A deceased patient is flagged and needs a second confirmation. */
  deceased_at: string | null;
  /** Restricted record: no address or contact fields exist on this object. */
  restricted: boolean;
  /** Archived record (v1 `status: "archived"`); a list patient does not say, so false. */
  archived: boolean;
  /** A mobile number is on the record (a restricted patient can be messaged without it being shown). */
  has_mobile: boolean;
  /** An email address is on the record. */
  has_email: boolean;
  // ── Present only for patients who are not restricted ──
  emis_id?: string | null;
  ehr_partner_id?: string | null;
  mobile?: string | null;
  email?: string | null;
  address_line_1?: string | null;
  address_line_2?: string | null;
  address_line_3?: string | null;
  town?: string | null;
  county?: string | null;
  postcode?: string | null;
}

/** The fields a restricted patient keeps: identity and flags only. */
export const RESTRICTED_ALLOWED = [
  'id',
  'title',
  'first_name',
  'last_name',
  'dob',
  'sex',
  'nhs_number',
  'deceased_at',
  'restricted',
  'archived',
  'has_mobile',
  'has_email',
] as const satisfies readonly (keyof HeroPatient)[];

/** The further fields a patient who is not restricted keeps: identifiers, contact and address. */
export const UNRESTRICTED_ALLOWED = [
  'emis_id',
  'ehr_partner_id',
  'mobile',
  'email',
  'address_line_1',
  'address_line_2',
  'address_line_3',
  'town',
  'county',
  'postcode',
] as const satisfies readonly (keyof HeroPatient)[];

/**
 * What the kit accepts as an id: Hero documents `^\d+$` for some ids and no pattern for others
 * (forms, templates, messages), so digits or a short token of letters, digits, `_` and `-`. One
 * rule for the whole kit: decoders, the patient normaliser and the proxy's allow-list use it.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** An id given as a string (`ID_PATTERN`) or a whole number, as a string; null otherwise. */
export function heroId(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return ID_PATTERN.test(trimmed) ? trimmed : null;
  }
  return null;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * A date of birth from the API as a calendar date: `YYYY-MM-DD` as it is; a date-time is the
 * Europe/London calendar date of that instant (a v2 `dob` of `1989-04-10T23:00:00Z` is 11 April).
 */
export function dobFrom(value: unknown): CalendarDate | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (isCalendarDate(trimmed)) return trimmed;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) return null;
  return calendarDateInLondon(trimmed) ?? null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The kit's patient from any documented shape (v1 Patient, v2/v3 list patient), or undefined when
 * `raw` is not a patient record at all. The id is `id` (v1) or `hero_id` (lists), compared as a
 * string; a record without a usable id keeps `id: null`.
 */
export function normalisePatient(raw: unknown): HeroPatient | undefined {
  if (!isRecord(raw)) return undefined;
  const restricted = raw['restricted'] === true || raw['restricted'] === 'true';
  const nhs = text(raw['nhs_number']);
  const patient: HeroPatient = {
    id: heroId(raw['id']) ?? heroId(raw['hero_id']),
    title: text(raw['title']) || null,
    first_name: text(raw['first_name']),
    last_name: text(raw['last_name']),
    dob: dobFrom(raw['dob']),
    sex: text(raw['sex']),
    nhs_number: nhs === null ? null : nhs.replace(/[\s-]/g, '') || null,
    deceased_at: text(raw['deceased_at']) || null,
    restricted,
    archived: raw['status'] === 'archived',
    has_mobile: Boolean(text(raw['mobile'])?.trim()),
    has_email: Boolean(
      text(raw['email'])?.trim() || (Array.isArray(raw['emails']) && raw['emails'].some((e) => typeof e === 'string' && e.trim())),
    ),
  };
  if (restricted) return patient;
  return {
    ...patient,
    emis_id: text(raw['emis_id']),
    ehr_partner_id: text(raw['ehr_partner_id']),
    mobile: text(raw['mobile']),
    email:
      text(raw['email']) ??
      (Array.isArray(raw['emails']) ? ((raw['emails'].find((e) => typeof e === 'string') as string | undefined) ?? null) : null),
    address_line_1: text(raw['address_line_1'] ?? raw['line_1']),
    address_line_2: text(raw['address_line_2'] ?? raw['line_2']),
    address_line_3: text(raw['address_line_3'] ?? raw['line_3']),
    town: text(raw['town']),
    county: text(raw['county']),
    postcode: text(raw['postcode']),
  };
}

/**
 * A copy of a kit patient holding only what its restriction allows: for a restricted patient, the
 * identity and flags (`RESTRICTED_ALLOWED`) and nothing else, whatever the object carried.
 */
export function protectPatient(patient: HeroPatient): HeroPatient {
  const allowed: readonly string[] = patient.restricted ? RESTRICTED_ALLOWED : [...RESTRICTED_ALLOWED, ...UNRESTRICTED_ALLOWED];
  const copy: Record<string, unknown> = {};
  for (const key of allowed) if (key in patient) copy[key] = patient[key as keyof HeroPatient];
  return copy as unknown as HeroPatient;
}

/** True when selecting this patient needs a second, explicit confirmation (deceased or archived). */
export function needsConfirmation(patient: Pick<HeroPatient, 'deceased_at' | 'archived'>): boolean {
  return Boolean(patient.deceased_at) || patient.archived;
}

/**
 * A person's name for people (a patient's, or a practitioner's: both carry these fields):
 * `Mrs Olivia Bennett`; empty when the record has no name.
 */
export function patientName(person: { title?: string | null; first_name?: string | null; last_name?: string | null }): string {
  return [person.title, person.first_name, person.last_name].filter(Boolean).join(' ');
}

/** A short address for telling patients apart (`17 Gloucester Road, Thornbury, BS35 1DG`); always empty for restricted patients. */
export function shortAddress(patient: HeroPatient): string {
  if (patient.restricted) return '';
  return [patient.address_line_1, patient.town, patient.postcode].filter(Boolean).join(', ');
}
