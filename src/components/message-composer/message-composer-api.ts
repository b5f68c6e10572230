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
import { HeroError, isAbortError } from '../../api/errors.js';
import type { Assignee, MessageDeliveryState, MessageSendRequest, Template } from '../../api/types.js';
import type { AppointmentType, FormSummary, Location, PracticeGroup } from '../../api/types.js';
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
  const { valid } = await client.post('/v1/snomed/validate', {
    body: { code },
    idempotent: true,
    ...(context?.signal ? { signal: context.signal } : {}),
  });
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
export async function loadLastMessage(
  client: ApiClient,
  patientId: string,
  now: number,
  { signal }: ComposerCallContext,
): Promise<LatestMessage | undefined> {
  return fetchLatestMessage(client, patientId, now, { signal });
}

// ───────── Template links and the practice (helper `links`: template-fill.ts) ─────────
// - `GET /v1/me` [path DOC, answer DESIGNED]: the practice's name and phone for `{{practice_name}}`,
//   `{{practice_phone}}`; fetched once per shared client (one per configuration), not per element.
// - `GET /v1/appointment_types`, `GET /v1/locations` (all pages): what a booking link is for.
// - `GET /v1/forms` (all pages): what a form link is for.
// - `POST /v1/booking_links`, `POST /v1/form_links`, `POST /v1/video_links` [DESIGNED bodies and
//   { id, url } answers]:
//   changes. Never retried here or by the client; a failure that may have reached Hero is
//   `HeroError.outcomeUnknown`. An answer without an id or URL is a link made but not usable:
//   also outcome unknown, so the element says so and offers a deliberate new link.

/** The practice's answer, per shared client: the first call asks, later ones (any element) wait for it. A failed or aborted ask is forgotten. */
const practices = new WeakMap<object, Promise<PracticeGroup>>();

/** The practice (`GET /v1/me`), once per shared client. */
export async function loadPractice(client: ApiClient, { signal }: ComposerCallContext): Promise<PracticeGroup> {
  const key: object = (client as { shared?: object }).shared ?? client;
  let answer = practices.get(key);
  if (!answer) {
    // Not bound to one caller's signal: others may be waiting for the same answer.
    const asked = client.get('/v1/me', {});
    answer = asked;
    practices.set(key, asked);
    asked.catch(() => practices.get(key) === asked && practices.delete(key));
  }
  signal.throwIfAborted();
  const practice = await Promise.race([
    answer,
    new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
  ]);
  return practice;
}

/** What a booking link can be for: the practice's appointment types and locations. */
export interface BookingChoices {
  types: AppointmentType[];
  locations: Location[];
}

export async function loadBookingChoices(client: ApiClient, { signal }: ComposerCallContext): Promise<BookingChoices> {
  const [types, locations] = await Promise.all([
    client.listAll('/v1/appointment_types', { signal }),
    client.listAll('/v1/locations', { signal }),
  ]);
  return { types: types.data, locations: locations.data };
}

/** The practice's forms, for a form link. */
export async function loadForms(client: ApiClient, { signal }: ComposerCallContext): Promise<FormSummary[]> {
  return (await client.listAll('/v1/forms', { signal })).data;
}

/** A link Hero made: its id is Send a Message's `short_link_id`; its URL goes into the message. */
export interface MadeLink {
  id: string;
  url: string;
}

export type LinkRequest =
  | { kind: 'booking'; patientId: string; appointmentTypeId: string; locationId: string }
  | { kind: 'form'; patientId: string; formId: string }
  | { kind: 'video'; patientId: string };

/**
 * Creates a patient's booking, form or video link. Called once per deliberate action: never retried;
 * an answer without an id or URL throws `HeroError` (`server`, outcome unknown).
 */
export async function createLink(client: ApiClient, request: LinkRequest): Promise<MadeLink> {
  const answer =
    request.kind === 'booking'
      ? await client.post('/v1/booking_links', {
          body: { appointment_type_id: request.appointmentTypeId, location_id: request.locationId, patient_id: request.patientId },
        })
      : request.kind === 'form'
        ? await client.post('/v1/form_links', { body: { form_id: request.formId, patient_id: request.patientId } })
        : await client.post('/v1/video_links', { body: { patient_id: request.patientId } });
  if (!answer.id || !answer.url)
    throw new HeroError('server', 'The link was created but the answer had no id or address', { outcomeUnknown: true });
  return { id: answer.id, url: answer.url };
}
