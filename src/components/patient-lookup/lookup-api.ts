/**
 * The patient lookup's conversations with the Hero API, kept apart from the element so that the
 * endpoint choice sits in one obvious place (`ENDPOINTS`) and every patient is made safe
 * (`protectPatient`, src/internal/patient.ts) before the element stores it.
 *
 * Endpoint choice:
 * - Search uses `GET /v3/patients` [DOC], the multi-field search: NHS number + date of birth, or
 *   first name + last name + date of birth, in one request. The API filters by every field, so the
 *   browser never receives a patient whose date of birth does not match.
 * - `GET /v1/patients?field=nhs_number&search=` [DOC] is single-field; it fits only the NHS number
 *   search, and only as a fallback for an API without v3 (v3 answers 404). The date of birth is
 *   then checked here, and any other patient is dropped before it is stored.
 * - PDS trace: `POST /v1/patients/register_pds` [DOC], then `GET /v1/patients/{id}` [DOC].
 */
import type { ApiClient } from '../../internal/element-client.js';
import { HeroError } from '../../api/errors.js';
import { type CalendarDate } from '../../domain/calendar-date.js';
import { normaliseNhsNumber } from '../../domain/nhs-number.js';
import { protectPatient, type HeroPatient } from '../../domain/patient.js';

export const ENDPOINTS = {
  search: '/v3/patients',
  searchSingleField: '/v1/patients',
  trace: '/v1/patients/register_pds',
  patient: '/v1/patients/{id}',
} as const;

/** Matches shown at most; more means the search needs more detail. */
export const RESULT_LIMIT = 20;

export type SearchQuery =
  { mode: 'nhs'; nhsNumber: string; dob: CalendarDate } | { mode: 'name'; firstName: string; lastName: string; dob: CalendarDate };

export interface SearchResult {
  patients: HeroPatient[];
  /** How many patients match in all (may exceed `patients.length`). */
  total: number;
}

export type TraceRequest =
  { nhs_number: string; dob: CalendarDate } | { forename: string; surname: string; dob: CalendarDate; postcode: string };

/** What a trace found; `status` names the element's trace state it leads to (a `loginUrl` is always https). */
export type TraceOutcome = { status: 'found'; patient: HeroPatient } | { status: 'verify'; loginUrl: string } | { status: 'no-match' };

/** Searches Hero for patients matching the query; only exact date-of-birth matches are kept. */
export async function searchPatients(client: ApiClient, query: SearchQuery, signal: AbortSignal): Promise<SearchResult> {
  const filters =
    query.mode === 'nhs'
      ? { nhs_number: query.nhsNumber, dob: query.dob }
      : { first_name: query.firstName, last_name: query.lastName, dob: query.dob };
  let page: { data: HeroPatient[]; count: number };
  try {
    page = await client.get(ENDPOINTS.search, { query: { ...filters, page_index: '0', page_size: String(RESULT_LIMIT) }, signal });
  } catch (error) {
    if (!(query.mode === 'nhs' && error instanceof HeroError && error.status === 404)) throw error;
    page = await client.get(ENDPOINTS.searchSingleField, {
      query: { field: 'nhs_number', search: query.nhsNumber, page_index: 0, page_size: RESULT_LIMIT },
      signal,
    });
  }
  const matches = page.data.filter(
    (p) => p.dob === query.dob && (query.mode !== 'nhs' || normaliseNhsNumber(p.nhs_number ?? '') === query.nhsNumber),
  );
  const dropped = page.data.length - matches.length;
  return { patients: matches.map(protectPatient), total: Math.max(matches.length, page.count - dropped) };
}

/**
 * Traces the patient on the NHS Spine (PDS) through Hero, and fetches the Hero patient it finds
 * or creates. A 404 is an answer ("no match"), not an error.
 */
export async function tracePatient(client: ApiClient, request: TraceRequest, signal: AbortSignal): Promise<TraceOutcome> {
  let result;
  try {
    result = await client.post(ENDPOINTS.trace, { body: request, signal });
  } catch (error) {
    if (error instanceof HeroError && error.status === 404) return { status: 'no-match' };
    throw error;
  }
  if ('patient_id' in result) {
    const patient = await client.get(ENDPOINTS.patient, { path: { id: result.patient_id }, signal });
    return { status: 'found', patient: protectPatient(patient) };
  }
  // Only an https address is handed on or offered (never `javascript:` or the like).
  const loginUrl = safeHttpsUrl(result.login_url);
  if (!loginUrl)
    throw new HeroError('server', 'Hero sent an identity check address that is not https, so it was not offered. Tell your administrator.');
  return { status: 'verify', loginUrl };
}

/** A URL the element may offer as a link: absolute https only (never `javascript:` or the like). */
export function safeHttpsUrl(value: string): string | undefined {
  return /^https:\/\//i.test(value) ? value : undefined;
}
