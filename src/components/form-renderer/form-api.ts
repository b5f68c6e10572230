/** The form renderer's calls to the Hero API (Forms, API-CONTRACT.md). */
import type { ApiClient } from '../../internal/element-client.js';
import type { Form, FormAnswer, FormAnswerValue, FormResponse, FormResponseRequest } from '../../api/types.js';

export interface LoadedForm {
  form: Form;
  /** Answers of the resumed draft, by `form_question_id`. */
  saved?: Map<string, FormAnswerValue | undefined>;
}

/**
 * The form (unless the host gave it) and, when resuming, the draft's answers, fetched together.
 */
export async function loadForm(
  client: ApiClient | undefined,
  formId: string,
  responseId: string,
  given: Form | undefined,
  signal: AbortSignal,
): Promise<LoadedForm> {
  // The element passes a client whenever something must be fetched.
  const [form, response] = await Promise.all([
    given ?? client!.get('/v1/forms/{id}', { path: { id: formId }, signal }),
    responseId ? client!.get('/v1/form_submission_response/{id}', { path: { id: responseId }, signal }) : undefined,
  ]);
  return {
    form,
    saved: response && new Map(response.fields.map((field) => [field.form_question_id, field.value])),
  };
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
