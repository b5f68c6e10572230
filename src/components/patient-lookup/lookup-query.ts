/**
 * The patient lookup's form rules, without Lit: what the user typed becomes a search (or errors,
 * as string keys the element translates), and the trace request for a search.
 */
import { lowerLabel, validateDateParts, type DatePart } from '../../domain/calendar-date.js';
import { groupNhsDigits, isValidNhsNumber, normaliseNhsNumber } from '../../domain/nhs-number.js';
import { isValidPostcode, normalisePostcode } from '../../domain/postcode.js';
import type { SearchQuery, TraceRequest } from './lookup-api.js';

export type Mode = 'nhs' | 'name';
export type FieldKey = 'nhs' | 'first' | 'last' | DatePart | 'postcode';
export type ErrorKey = 'nhs' | 'first' | 'last' | 'dob' | 'postcode';
export type Fields = Record<FieldKey, string>;

/** One field's problem, as a message (translated by the element) and where the summary links. */
export interface FieldError {
  message: string;
  /** The id of the control the error summary links to. */
  target: string;
  /** For the date of birth: the parts at fault. */
  parts?: DatePart[];
}

export type FieldErrors = Partial<Record<ErrorKey, FieldError>>;
type Translate = (key: string, vars?: Record<string, string | number>) => string;

export const EMPTY_FIELDS: Fields = { nhs: '', first: '', last: '', day: '', month: '', year: '', postcode: '' };

/** Control ids (the date parts are `dob-day`, `dob-month`, `dob-year`). */
export const FIELD_IDS = { nhs: 'nhs-number', first: 'first-name', last: 'last-name', dob: 'dob', postcode: 'postcode' } as const;

/** The NHS number's problem, as a string key, if any. */
function nhsProblem(nhs: string): string | undefined {
  const digits = normaliseNhsNumber(nhs);
  if (!nhs.trim()) return 'nhs.required';
  if (/[^\d\s-]/.test(nhs)) return 'nhs.characters';
  if (digits.length !== 10) return 'nhs.length';
  return isValidNhsNumber(digits) ? undefined : 'nhs.invalid';
}

/**
 * The search the fields ask for, or the errors (in the order of the fields, so the summary lists
 * them in that order). The NHS number is checked with Modulus 11 before anything is sent.
 */
export function readSearch(mode: Mode, fields: Fields, t: Translate): { query?: SearchQuery; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const { nhs, first, last } = fields;
  if (mode === 'nhs') {
    const problem = nhsProblem(nhs);
    if (problem) errors.nhs = { message: t(problem), target: FIELD_IDS.nhs };
  } else {
    if (!first.trim()) errors.first = { message: t('first.required'), target: FIELD_IDS.first };
    if (!last.trim()) errors.last = { message: t('last.required'), target: FIELD_IDS.last };
  }
  const label = t('dob.label');
  const dob = validateDateParts(fields, { when: 'past' });
  if (!dob.ok) {
    errors.dob = {
      message: t(`date.${dob.code}`, { label, label_lower: lowerLabel(label) }),
      target: `dob-${dob.fields[0] ?? 'day'}`,
      parts: dob.fields,
    };
  }
  if (Object.keys(errors).length || !dob.ok || !dob.date) return { errors };
  const query: SearchQuery =
    mode === 'nhs'
      ? { mode: 'nhs', nhsNumber: normaliseNhsNumber(nhs), dob: dob.date }
      : { mode: 'name', firstName: first.trim(), lastName: last.trim(), dob: dob.date };
  return { query, errors };
}

/** The trace request for a search (by name, with the postcode typed), or the postcode's error. */
export function readTrace(
  query: SearchQuery,
  postcode: string,
  t: Translate,
): { request?: TraceRequest; postcode?: string; errors: FieldErrors } {
  if (query.mode === 'nhs') return { request: { nhs_number: query.nhsNumber, dob: query.dob }, errors: {} };
  const problem = !postcode.trim() ? 'postcode.required' : isValidPostcode(postcode) ? undefined : 'postcode.invalid';
  if (problem) return { errors: { postcode: { message: t(problem), target: FIELD_IDS.postcode } } };
  const normalised = normalisePostcode(postcode);
  return {
    request: { forename: query.firstName, surname: query.lastName, dob: query.dob, postcode: normalised },
    postcode: normalised,
    errors: {},
  };
}

/** Two searches ask for the same thing. */
export const sameSearch = (a: SearchQuery | undefined, b: SearchQuery | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** What an input now holds; the NHS number is grouped 3-3-4 only while typing or pasting at the end, so the caret never jumps. */
export function typedValue(key: FieldKey, event: Event): string {
  const input = event.target as HTMLInputElement;
  const value = input.value;
  if (key !== 'nhs' || !(event as InputEvent).inputType?.startsWith('insert') || input.selectionEnd !== value.length) return value;
  return (input.value = groupNhsDigits(value));
}
