/**
 * Patient display and privacy rules (API-CONTRACT.md, "Domain rules"), shared by every element
 * that shows or hands on a patient: restricted patients (`restricted: true`) show no address,
 * phone or email anywhere, so those fields are removed before a patient is kept or passed on.
 */
import type { Patient } from '../api/types.js';

/** Fields a restricted patient must never show: address, phone, email, and notes (which may describe them). */
export const RESTRICTED_FIELDS = [
  'address_line_1',
  'address_line_2',
  'address_line_3',
  'town',
  'county',
  'postcode',
  'country',
  'email',
  'emails',
  'mobile',
  'notes',
] as const satisfies readonly (keyof Patient)[];

/**
 * A copy of the patient that is safe to keep and hand on: for a restricted patient the address,
 * phone, email and notes are removed (the keys are gone, not just emptied). Other patients are
 * copied unchanged.
 */
export function protectPatient(patient: Patient): Patient {
  const copy: Patient = { ...patient, identifiers: [...(patient.identifiers ?? [])] };
  if (copy.restricted) for (const key of RESTRICTED_FIELDS) delete copy[key];
  return copy;
}

/**
 * A person's name for people (a patient's, or a practitioner's: both carry these fields):
 * `Mrs Olivia Bennett`; empty when the record has no name.
 */
export function patientName(person: Pick<Patient, 'title' | 'first_name' | 'last_name'>): string {
  return [person.title, person.first_name, person.last_name].filter(Boolean).join(' ');
}

/** A short address for telling patients apart (`17 Gloucester Road, Thornbury, BS35 1DG`); always empty for restricted patients. */
export function shortAddress(patient: Patient): string {
  if (patient.restricted) return '';
  return [patient.address_line_1, patient.town, patient.postcode].filter(Boolean).join(', ');
}
