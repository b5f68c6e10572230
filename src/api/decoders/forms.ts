/**
 * Decoders of the form operations (see src/api/decode.ts for how decoding works). Every top-level call is
 * marked pure, so a bundle keeps only the decoders its elements register.
 */
import {
  nullableId,
  id,
  string,
  number,
  oneOf,
  nullable,
  withDefault,
  object,
  array,
  list,
  record,
  nullableString,
  flag,
  type Reader,
} from '../decode.js';
import type { Form, FormAnswerValue, FormField, FormFieldOption, FormResponse, FormSummary } from '../types.js';

const option: Reader<FormFieldOption> = /* @__PURE__ */ object({ label: string, value: string });

const FIELD_TYPES = [
  'string',
  'integer',
  'boolean',
  'datepicker',
  'text',
  'radio',
  'dropdown',
  'checkboxes',
  'consent',
  'paragraph',
] as const;

/**
 * A form question. An unknown `type` is kept as written (the renderer shows it as a text question
 * rather than breaking the form); a choice question without usable options is noted.
 */
export const formField: Reader<FormField> = (value, path, issues) => {
  const source = record(value, path);
  const type = typeof source['type'] === 'string' ? (source['type'] as FormField['type']) : 'string';
  if (!(FIELD_TYPES as readonly string[]).includes(type))
    issues.push({ path: `${path}.type`, problem: 'unexpected value (shown as a text question)' });
  const showIf = /* @__PURE__ */ nullable(
    /* @__PURE__ */ object({
      form_question_id: id,
      equals: (v, p) => (['string', 'number', 'boolean'].includes(typeof v) ? (v as string | number | boolean) : string(v, p, issues)),
    }),
  )(source['show_if'], `${path}.show_if`, issues);
  return {
    form_question_id: id(source['form_question_id'], `${path}.form_question_id`, issues),
    name: string(source['name'], `${path}.name`, issues),
    type,
    description: nullableString(source['description'], `${path}.description`, issues),
    required: flag(source['required'], `${path}.required`, issues),
    options: /* @__PURE__ */ nullable(/* @__PURE__ */ array(option))(source['options'], `${path}.options`, issues),
    observation_type:
      (nullableString(source['observation_type'], `${path}.observation_type`, issues) as FormField['observation_type']) ?? null,
    condition: (nullableString(source['condition'], `${path}.condition`, issues) as FormField['condition']) ?? null,
    vaccination: (nullableString(source['vaccination'], `${path}.vaccination`, issues) as FormField['vaccination']) ?? null,
    min: /* @__PURE__ */ nullable(number)(source['min'], `${path}.min`, issues),
    max: /* @__PURE__ */ nullable(number)(source['max'], `${path}.max`, issues),
    unit: nullableString(source['unit'], `${path}.unit`, issues),
    snomed_code: nullableString(source['snomed_code'], `${path}.snomed_code`, issues),
    show_if: showIf,
    // Form renderer: the practice's own error text for the question, when the form gives one.
    error_message: nullableString(source['error_message'], `${path}.error_message`, issues),
  };
};

const FORM_TYPES = ['questionnaire', 'response', 'appointment', 'care_navigation'] as const;

export const form: Reader<Form> = /* @__PURE__ */ object({
  id,
  form_type: /* @__PURE__ */ oneOf(FORM_TYPES, 'questionnaire'),
  title: /* @__PURE__ */ withDefault(string, ''),
  description: /* @__PURE__ */ withDefault(string, ''),
  patient_title: nullableString,
  patient_description: nullableString,
  confirmation_message: nullableString,
  snomed_code: nullableString,
  fields: /* @__PURE__ */ array(formField),
});

/** A saved response (draft or submitted): an answer to a change, so never refused. */
export const formResponse: Reader<FormResponse | undefined> = (value, path, issues) =>
  /* @__PURE__ */ nullable(
    /* @__PURE__ */ object({ id, form_id: /* @__PURE__ */ withDefault(id, ''), created_at: /* @__PURE__ */ withDefault(string, '') }),
  )(value, path, issues) ?? undefined;

/** An answer as a saved response holds it: text, a number, true/false, a list of values, or nothing. */
const answerValue: Reader<FormAnswerValue> = (value, path, issues) => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  issues.push({ path, problem: 'unexpected answer value (left unanswered)' });
  return null;
};

/** A saved response (a draft to resume): whose it is, and each question's answer. */
export interface SavedResponse {
  id: string;
  patient_id: string | null;
  appointment_id: string | null;
  fields: { form_question_id: string; value: FormAnswerValue }[];
}

export const savedResponse: Reader<SavedResponse> = /* @__PURE__ */ object({
  id,
  patient_id: nullableId,
  appointment_id: nullableId,
  fields: /* @__PURE__ */ array(/* @__PURE__ */ object({ form_question_id: id, value: answerValue })),
});

/** The form operations' decoders. */
export const FORM_DECODERS = {
  'GET /v1/forms/{id}': form,
  'GET /v1/form_submission_response/{id}': savedResponse,
  'POST /v1/forms/{id}/response': formResponse,
  'POST /v1/forms/response/{id}': formResponse,
} satisfies Record<string, Reader<unknown>>;

// ─── Form list (helper `links`: the composer's form links) ───

/** One form of `GET /v1/forms` [DOC]: what the composer offers when a template carries a form link. */
export const formSummary: Reader<FormSummary> = /* @__PURE__ */ object({
  id,
  title: /* @__PURE__ */ withDefault(string, ''),
  description: /* @__PURE__ */ withDefault(string, ''),
  patient_title: nullableString,
  patient_description: nullableString,
  reply_form: flag,
  form_type: /* @__PURE__ */ oneOf(FORM_TYPES, 'questionnaire'),
  snomed_code: nullableString,
});

/** The form list's decoder (registered by elements that offer forms to choose from). */
export const FORM_LIST_DECODERS = {
  'GET /v1/forms': /* @__PURE__ */ list(formSummary),
} satisfies Record<string, Reader<unknown>>;
