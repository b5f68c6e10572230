/**
 * Messages a patient was sent, as List Sent Messages (`GET /v2/sent_messages`) answers them: when
 * each went (or will go), and which was the latest. Pure: the history element and the composer's
 * "Last message sent …" use the same rules.
 *
 * Only the channel is ever taken from a message, never `recipient_contact_detail`: a restricted
 * patient's phone or email must not be shown, and nothing here knows who is restricted.
 */
import type { SentMessage } from '../api/types.js';

/** What a message's time means: it went (`sent`), it is due (`scheduled`), or it was only made (`created`). */
export type MessageTimeKind = 'sent' | 'scheduled' | 'created';

export interface MessageTime {
  kind: MessageTimeKind;
  /** Milliseconds since the epoch (UTC); display in Europe/London. */
  ms: number;
}

/** Milliseconds of an ISO date-time, or undefined when there is none or it cannot be read. */
function msOf(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

type Timed = Pick<SentMessage, 'sent_at' | 'scheduled_at' | 'created_at'>;

/**
 * The time to show for a message: when it was sent; if not sent yet and scheduled, when it is due;
 * otherwise when it was made. Undefined when the message carries no readable time.
 */
export function messageTime(message: Timed): MessageTime | undefined {
  const sent = msOf(message.sent_at);
  if (sent !== undefined) return { kind: 'sent', ms: sent };
  const scheduled = msOf(message.scheduled_at);
  if (scheduled !== undefined) return { kind: 'scheduled', ms: scheduled };
  const created = msOf(message.created_at);
  return created === undefined ? undefined : { kind: 'created', ms: created };
}

/** When a message was made (for newest-first order): `created_at`, else the time shown. */
export function createdMs(message: Timed): number | undefined {
  return msOf(message.created_at) ?? messageTime(message)?.ms;
}

/** The latest message of a patient: for "Last message sent …" (the composer) and the history's summary. */
export interface LatestMessage {
  /** The message's id (null when the API gave none). */
  id: string | null;
  /** `sms`, `email`, `nhs_app`, `hero` (as the API says it; unknown values kept). */
  channel: string;
  /** When it was sent, or made when it has not been sent (never a future scheduled time). */
  time: MessageTime;
  /** The delivery state as the API says it (`delivered`, `fatal`, …). */
  status: string;
}

/**
 * The patient's latest message among `messages` (List Sent Messages items, any order): the one
 * sent or made most recently. Messages of another patient are ignored (a message is only ever
 * shown against the patient it names); so are messages scheduled for after `now` and not yet
 * sent (they have not been sent: "last sent" means what the patient has had), and messages with
 * no readable time. Undefined when none is left.
 */
export function latestMessage(
  messages: readonly Pick<SentMessage, 'id' | 'patient' | 'message_type' | 'status' | 'sent_at' | 'scheduled_at' | 'created_at'>[],
  patientId: string,
  now: number,
): LatestMessage | undefined {
  let latest: LatestMessage | undefined;
  for (const message of messages) {
    if (String(message.patient?.id ?? '') !== patientId) continue;
    const time = messageTime(message);
    if (!time) continue;
    const when: MessageTime | undefined = time.kind === 'scheduled' ? (time.ms <= now ? time : undefined) : time;
    if (!when) continue;
    if (!latest || when.ms > latest.time.ms) {
      latest = { id: message.id ?? null, channel: message.message_type, time: when, status: message.status };
    }
  }
  return latest;
}
