/**
 * Decoders of the patient operations (see src/api/decode.ts for how decoding works). Every top-level call is
 * marked pure, so a bundle keeps only the decoders its elements register.
 */
import { normalisePatient, type HeroPatient } from '../../domain/patient.js';
import { id, string, withDefault, list, record, kind, Unusable, type Reader } from '../decode.js';

/** A patient in any documented shape, through the one normaliser (allow-list included). */
export const patient: Reader<HeroPatient> = (value, path) => {
  const result = normalisePatient(value);
  if (!result) throw new Unusable(path, `expected a patient, got ${kind(value)}`);
  return result;
};

/** What `POST /v1/patients/register_pds` answers: a patient id, or a link to verify identity first. */
export type PdsAnswer = { patient_id: string } | { message: string; login_url: string };

export const pdsAnswer: Reader<PdsAnswer> = (value, path, issues) => {
  const source = record(value, path);
  if (source['patient_id'] !== undefined) return { patient_id: id(source['patient_id'], `${path}.patient_id`, issues) };
  return {
    message: /* @__PURE__ */ withDefault(string, '')(source['message'], `${path}.message`, issues),
    login_url: string(source['login_url'], `${path}.login_url`, issues),
  };
};

/** The patient operations' decoders (every patient goes through the one normaliser). */
export const PATIENT_DECODERS = {
  'GET /v1/patients': /* @__PURE__ */ list(patient),
  'GET /v3/patients': /* @__PURE__ */ list(patient),
  'GET /v1/patients/{id}': patient,
  'POST /v1/patients/register_pds': pdsAnswer,
} satisfies Record<string, Reader<unknown>>;
