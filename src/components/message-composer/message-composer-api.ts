/**
 * The message composer's calls to the Hero API (Messages, Patients, Templates; API-CONTRACT.md),
 * in one place, as plain async functions taking the client and a signal (no Lit: they test in Node).
 *
 * - `GET /v1/patients/{id}`: the patient, through the one normaliser (allow-list included).
 * - `GET /v1/templates`, every page: the practice's templates.
 * - `GET /v1/me/sms-credits`: the SMS credit balance; a nicety, undefined when it cannot be had.
 * - `GET /v1/messages/assignee/collection`: people and teams a message can be assigned to.
 * - `POST /v1/snomed/validate`: a read-only check of a SNOMED code (safe to retry).
 * - `POST /v1/messages/send`: the one change. Never retried: a failure that may have reached the
 *   server comes back as `HeroError.outcomeUnknown`, and the element decides what to tell people.
 * - `GET /v1/messages/{id}/status`: a sent message's delivery state.
 * - `GET /v2/sent_messages` (newest few): the patient's latest message, "Last message sent …"
 *   (`fetchLatestMessage`, shared with the message history).
 */
import { isAbortError } from '../../api/errors.js';
import type { Assignee, MessageDeliveryState, MessageSendRequest, Template } from '../../api/types.js';
import type { HeroPatient } from '../../domain/patient.js';
import type { LatestMessage } from '../../domain/sent-messages.js';
import type { ApiClient } from '../../internal/element-client.js';
import { fetchLatestMessage } from '../message-history/message-history-api.js';

/** What every read takes: the abort signal. */
export interface ComposerCallContext {
  signal: AbortSignal;
}

/** The patient to write to, as the normaliser gave it (restricted patients: identity and flags only). */
export async function loadPatient(client: ApiClient, patientId: string, { signal }: ComposerCallContext): Promise<HeroPatient> {
  return client.get('/v1/patients/{id}', { path: { id: patientId }, signal });
}

/** Every template of the practice (all pages). */
export async function loadTemplates(client: ApiClient, { signal }: ComposerCallContext): Promise<Template[]> {
  return (await client.listAll('/v1/templates', { signal })).data;
}

/** The practice's SMS credit balance, or undefined when it cannot be had (composing goes on). */
export async function loadSmsCredits(client: ApiClient, { signal }: ComposerCallContext): Promise<number | undefined> {
  try {
    return (await client.get('/v1/me/sms-credits', { signal })).credits;
  } catch (error) {
    if (isAbortError(error)) throw error;
    return undefined;
  }
}

/** People and teams a message can be assigned to. */
export async function loadAssignees(client: ApiClient, { signal }: ComposerCallContext): Promise<Assignee[]> {
  return (await client.get('/v1/messages/assignee/collection', { signal })).data;
}

/** Whether Hero recognises a SNOMED code (a read-only check, so it may be retried). */
export async function validateSnomedCode(client: ApiClient, code: string, context?: Partial<ComposerCallContext>): Promise<boolean> {
  const { valid } = await client.post('/v1/snomed/validate', { body: { code }, idempotent: true, ...(context?.signal ? { signal: context.signal } : {}) });
  return valid;
}

/** What Hero answered to a send: the message's id ('' when none: its delivery cannot be followed) and when it goes. */
export interface SendAnswer {
  messageId: string;
  sendAt: string | null;
}

/**
 * Sends one message (`POST /v1/messages/send`). Called once per deliberate action: never retried
 * here or by the client; a failure that may have reached Hero is `HeroError.outcomeUnknown`.
 */
export async function sendMessage(client: ApiClient, request: MessageSendRequest): Promise<SendAnswer> {
  const answer = await client.post('/v1/messages/send', { body: request });
  return { messageId: answer.message_id ?? '', sendAt: answer.send_at ?? null };
}

/** A message's delivery, as the status endpoint says it. */
export interface DeliveryStatus {
  /** The message it is about (the API's id): a status is never taken for another message. */
  messageId: string;
  response: MessageDeliveryState;
  reason: string | null;
  /** When a scheduled message is due (UTC ISO), else null. */
  scheduledSendAt: string | null;
}

/** The delivery state of one message (`GET /v1/messages/{id}/status`). */
export async function loadDeliveryStatus(client: ApiClient, messageId: string, { signal }: ComposerCallContext): Promise<DeliveryStatus> {
  const result = await client.get('/v1/messages/{id}/status', { path: { id: messageId }, signal });
  return {
    messageId: String(result.id ?? messageId),
    response: result.status.response,
    reason: result.status.failure_reason ?? result.errors.send ?? null,
    scheduledSendAt: result.scheduled_send_at ?? null,
  };
}

/** The patient's latest message ("Last message sent …"), or undefined when they have none. */
export async function loadLastMessage(client: ApiClient, patientId: string, now: number, { signal }: ComposerCallContext): Promise<LatestMessage | undefined> {
  return fetchLatestMessage(client, patientId, now, { signal });
}
