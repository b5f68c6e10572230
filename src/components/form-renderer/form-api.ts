/** The form renderer's calls to the Hero API (Forms, API-CONTRACT.md). */
import type { ApiClient } from '../../internal/element-client.js';
import { HeroError, isAbortError, toHeroError } from '../../api/errors.js';
import type { Form, FormAnswer, FormAnswerValue, FormResponse, FormResponseRequest } from '../../api/types.js';

export interface LoadedForm {
  form: Form;
  /** Answers of the resumed draft, by `form_question_id`. */
  saved?: Map<string, FormAnswerValue | undefined>;
}

/**
 * The form (unless the host gave it) and, when resuming, the draft's answers, fetched together;
 * a draft saved for another patient than `patientId` is refused (`not_found`).
 */
export async function loadForm(
  client: ApiClient | undefined,
  formId: string,
  responseId: string,
  given: Form | undefined,
  signal: AbortSignal,
  patientId = '',
): Promise<LoadedForm> {
  // The element passes a client whenever something must be fetched.
  const [form, response] = await Promise.all([
    given ?? client!.get('/v1/forms/{id}', { path: { id: formId }, signal }),
    responseId ? client!.get('/v1/form_submission_response/{id}', { path: { id: responseId }, signal }) : undefined,
  ]);
  // A form without its list of questions (or no form at all) cannot be shown: an error, never a spinner.
  if (!form || typeof form !== 'object' || !Array.isArray(form.fields)) {
    throw new HeroError('server', 'The form came without its list of questions, so it cannot be shown.');
  }
  // A draft is resumed only for its own patient: another patient's answers are never shown or sent on.
  if (response?.patient_id && patientId && response.patient_id !== patientId) {
    throw new HeroError('not_found', 'The draft named by response-id belongs to another patient, so it was not opened.');
  }
  return { form, saved: response && answersOf(response) };
}

const answersOf = (response: { fields: { form_question_id: string; value: FormAnswerValue }[] }) =>
  new Map(response.fields.map((field) => [field.form_question_id, field.value]));

/**
 * Saves the answers (`saveResponse`). When the outcome is unknown (`HeroError.outcomeUnknown`) and
 * the response already exists, reads it back (`checking` is told first): a draft that holds the
 * answers was saved, one that does not was surely not (a plain failure, safe to try again); a
 * submit stays unknown (a response does not say whether it was submitted). Never sends twice.
 */
export async function saveAnswers(
  client: ApiClient,
  formId: string,
  responseId: string | undefined,
  body: Parameters<typeof saveResponse>[3],
  o: { signal: AbortSignal; checking(error: HeroError): void; current(): boolean },
): Promise<string> {
  try {
    const response = await saveResponse(client, formId, responseId, body);
    // An answer without the response's id keeps the id already known (if any).
    return response?.id ?? responseId ?? '';
  } catch (error) {
    const unknown = toHeroError(error);
    if (!unknown.outcomeUnknown || isAbortError(error) || !responseId || !o.current()) throw error;
    o.checking(unknown);
    const landed = await holdsAnswers(client, responseId, body.answers, o.signal).catch(() => undefined);
    if (landed === false && o.current()) throw new HeroError(unknown.code, unknown.message, { status: unknown.status });
    if (landed && body.status === 'draft') return responseId;
    throw error;
  }
}

/**
 * Reads a saved response back (`GET /v1/form_submission_response/{id}`), to learn whether a save
 * whose outcome was unknown was carried out: true when it holds exactly `answers`.
 */
export async function holdsAnswers(client: ApiClient, responseId: string, answers: FormAnswer[], signal: AbortSignal): Promise<boolean> {
  const response = await client.get('/v1/form_submission_response/{id}', { path: { id: responseId }, signal });
  const stored = answersOf(response);
  const answered = [...stored.values()].filter((value) => value !== null && value !== undefined).length;
  return (
    answered === answers.length &&
    answers.every((answer) => JSON.stringify(stored.get(answer.form_question_id)) === JSON.stringify(answer.value))
  );
}

/**
 * Saves the answers: a new response (`POST /v1/forms/{id}/response`) the first time, then the
 * same response (`POST /v1/forms/response/{id}`).
 */
export function saveResponse(
  client: ApiClient,
  formId: string,
  responseId: string | undefined,
  body: { answers: FormAnswer[]; status: 'draft' | 'submitted'; patientId?: string; appointmentId?: string },
): Promise<FormResponse | undefined> {
  const request: FormResponseRequest = { answers: body.answers, status: body.status };
  if (body.patientId) request.patient_id = body.patientId;
  if (body.appointmentId) request.appointment_id = body.appointmentId;
  return responseId
    ? client.post('/v1/forms/response/{id}', { path: { id: responseId }, body: request })
    : client.post('/v1/forms/{id}/response', { path: { id: formId }, body: request });
}
