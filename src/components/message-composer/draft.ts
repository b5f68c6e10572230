/**
 * The message being written, as plain data, and the pure rules around it: which channels can
 * reach the patient, what must be fixed before sending, and the `POST /v1/messages/send` body.
 * No DOM, no requests: the element renders and sends; this decides.
 */
import type { MessageDeliveryState, MessageSendRequest, MessageType } from '../../api/types.js';
import type { HeroPatient } from '../../domain/patient.js';
import { isIsoDate, londonWallTimeToUtcMs } from '../../domain/london-time.js';
import { fillPlaceholders, type PlaceholderValues } from '../../domain/placeholders.js';
import { formatUkMobile, isEmail, toE164UkMobile } from '../../domain/uk-phone.js';

export type Channel = MessageType;
/** Channels that take a contact detail (and can be a fallback). */
export type ContactChannel = 'sms' | 'email';

export const ALL_CHANNELS: readonly Channel[] = ['sms', 'email', 'nhs_app', 'hero'];

/** The allowed channels from the `channels` attribute, in the host's order; all when none is valid. */
export function parseChannels(value: string | null | undefined): Channel[] {
  const list = [...new Set((value ?? '').toLowerCase().split(/[\s,]+/))].filter((c): c is Channel =>
    (ALL_CHANNELS as readonly string[]).includes(c),
  );
  return list.length ? list : [...ALL_CHANNELS];
}

/**
 * What the patient's record offers for a channel:
 * - `ok`: a usable detail (`value` is what is sent: E.164 mobile or email; `display` for people);
 * - `hidden`: the record has one but the patient is restricted, so it is not shown and not sent
 *   (the API then uses the record's own, as it does when `recipient_contact_detail` is omitted);
 * - `invalid`: the record has one that is not a UK mobile / an email address;
 * - `none`: the record has none.
 */
export type RecordContact =
  | { state: 'ok'; value: string; display: string }
  | { state: 'hidden' | 'invalid' | 'none' };

/** Reads the record's contact details from the raw patient (before restricted fields are removed). */
export function recordContacts(patient: HeroPatient): Record<Channel, RecordContact> {
  // A restricted patient's details never reach here (src/domain/patient.ts): only whether they exist.
  const mobile = patient.mobile?.trim();
  const email = patient.email?.trim();
  const e164 = mobile ? toE164UkMobile(mobile) : undefined;
  const contact = (onRecord: boolean, value: string | undefined, display: string): RecordContact =>
    !onRecord ? { state: 'none' } : patient.restricted ? { state: 'hidden' } : value ? { state: 'ok', value, display } : { state: 'invalid' };
  return {
    sms: contact(patient.has_mobile, e164, e164 ? formatUkMobile(e164) : ''),
    email: contact(patient.has_email, email && isEmail(email) ? email : undefined, email ?? ''),
    // NHS App messages reach the patient through their NHS number.
    nhs_app: patient.nhs_number ? { state: 'ok', value: '', display: '' } : { state: 'none' },
    hero: { state: 'ok', value: '', display: '' },
  };
}

/** The first allowed channel that can reach the patient, else the first allowed. */
export function defaultChannel(channels: readonly Channel[], contacts: Record<Channel, RecordContact>): Channel {
  return channels.find((c) => contacts[c].state === 'ok' || contacts[c].state === 'hidden') ?? channels[0] ?? 'sms';
}

export interface Draft {
  channel: Channel;
  /** The template last chosen ('' for none). */
  template: string;
  text: string;
  /** Email only. */
  subject: string;
  /** What the recipient fields hold, per contact channel (prefilled from the record). */
  recipients: Record<ContactChannel, string>;
  /** A second channel Hero uses if the first cannot deliver; '' for none. */
  fallback: '' | ContactChannel;
  schedule: boolean;
  /** `YYYY-MM-DD`, Europe/London. */
  date: string;
  /** `HH:MM`, Europe/London. */
  time: string;
  record: boolean;
  snomedCode: string;
  snomedTerm: string;
  assign: boolean;
  /** The chosen assignee's `key`. */
  assignee: string;
}

export function emptyDraft(channel: Channel = 'sms'): Draft {
  return {
    channel,
    template: '',
    text: '',
    subject: '',
    recipients: { sms: '', email: '' },
    fallback: '',
    schedule: false,
    date: '',
    time: '',
    record: false,
    snomedCode: '',
    snomedTerm: '',
    assign: false,
    assignee: '',
  };
}

/** Fields that can carry an error; each is also the id of its control in the shadow root. */
export type FieldKey =
  | 'channel'
  | 'recipient'
  | 'subject'
  | 'text'
  | 'fallback'
  | 'fallback-recipient'
  | 'send-date'
  | 'send-time'
  | 'snomed-code'
  | 'snomed-term'
  | 'assignee';

/** An error: a string key of the element's table and its variables. */
export interface FieldError {
  key: string;
  vars?: Record<string, string | number>;
}

export type DraftErrors = Partial<Record<FieldKey, FieldError>>;

/** Order of the error summary: the order of the fields on screen. */
export const FIELD_ORDER: readonly FieldKey[] = [
  'channel',
  'recipient',
  'subject',
  'text',
  'fallback',
  'fallback-recipient',
  'send-date',
  'send-time',
  'snomed-code',
  'snomed-term',
  'assignee',
];

export interface DraftContext {
  contacts: Record<Channel, RecordContact>;
  channels: readonly Channel[];
  values: PlaceholderValues;
  /** Milliseconds since the epoch. */
  now: number;
  /** Assignees by key, once loaded. */
  assignees?: ReadonlyMap<string, { value: number | null; type: string }>;
}

export const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const SNOMED_CODE = /^\d{6,18}$/;

/** The UTC instant of the draft's London date and time, or undefined when either is not valid. */
export function scheduledMs(draft: Pick<Draft, 'date' | 'time'>): number | undefined {
  const time = TIME.exec(draft.time.trim());
  const date = draft.date.trim();
  if (!time || !isIsoDate(date)) return undefined;
  return londonWallTimeToUtcMs(date, Number(time[1]) * 60 + Number(time[2]));
}

/**
 * Where a contact channel's message goes: the E.164 mobile or email to send, `null` to let the
 * API use the record's (restricted patients, left blank), or a FieldError.
 */
function recipientFor(type: ContactChannel, input: string, contact: RecordContact): string | null | FieldError {
  const value = input.trim();
  if (!value) {
    if (contact.state === 'ok') return contact.value;
    if (contact.state === 'hidden') return null;
    return { key: `error.${type}.${contact.state === 'invalid' ? 'recordInvalid' : 'none'}` };
  }
  if (type === 'sms') return toE164UkMobile(value) ?? { key: 'error.sms.format' };
  return isEmail(value) ? value : { key: 'error.email.format' };
}

const isError = (value: unknown): value is FieldError => typeof value === 'object' && value !== null;

/**
 * [DESIGNED] The email subject. `POST /v1/messages/send` has no subject field (seed 001: only batch
 * messages take `subject`), so the element asks for the subject in a field of its own and sends it
 * as the first line of `message_string`, then a blank line, then the message. This is the one
 * place to change when Hero documents a subject field for single messages.
 */
export function emailMessageString(subject: string, body: string): string {
  return `${subject.trim()}\n\n${body}`;
}

/** What the patient receives: placeholders filled (unfilled ones left as written). */
export function messageBody(draft: Pick<Draft, 'text'>, values: PlaceholderValues) {
  return fillPlaceholders(draft.text, values);
}

/**
 * Checks the draft and builds the send request. Returns the errors (by field) and, when there are
 * none, the request. The SNOMED code's validity is checked against the API by the element.
 */
export function checkDraft(
  draft: Draft,
  patientId: string,
  context: DraftContext,
): { errors: DraftErrors; request?: MessageSendRequest } {
  const errors: DraftErrors = {};
  const { channel } = draft;
  const body = messageBody(draft, context.values);
  const request: MessageSendRequest = { patient_id: patientId, message_type: channel, message_string: body.text };

  if (!context.channels.includes(channel)) errors.channel = { key: 'error.channel.required' };
  if (channel === 'sms' || channel === 'email') {
    const to = recipientFor(channel, draft.recipients[channel], context.contacts[channel]);
    if (isError(to)) errors.recipient = to;
    else if (to) request.recipient_contact_detail = to;
  } else if (context.contacts[channel].state !== 'ok') {
    errors.channel = { key: `error.${channel}.none` };
  }

  if (channel === 'email') {
    if (!draft.subject.trim()) errors.subject = { key: 'error.subject.required' };
    else request.message_string = emailMessageString(draft.subject, body.text);
  }

  if (!draft.text.trim()) errors.text = { key: 'error.text.required' };
  else if (body.unfilled.length) {
    errors.text = {
      key: 'error.text.unfilled',
      vars: { count: body.unfilled.length, names: body.unfilled.map((n) => `{{${n}}}`).join(', ') },
    };
  }

  if (draft.fallback) {
    if (draft.fallback === channel || !context.channels.includes(draft.fallback)) errors.fallback = { key: 'error.fallback.channel' };
    else {
      const to = recipientFor(draft.fallback, draft.recipients[draft.fallback], context.contacts[draft.fallback]);
      if (isError(to)) errors['fallback-recipient'] = to;
      else {
        request.fallback_message_type = draft.fallback;
        if (to) request.fallback_contact_detail = to;
      }
    }
  }

  if (draft.schedule) {
    if (!isIsoDate(draft.date.trim())) errors['send-date'] = { key: draft.date.trim() ? 'error.date.format' : 'error.date.required' };
    if (!TIME.test(draft.time.trim())) errors['send-time'] = { key: draft.time.trim() ? 'error.time.format' : 'error.time.required' };
    const at = scheduledMs(draft);
    if (at !== undefined) {
      if (at <= context.now) errors['send-time'] = { key: 'error.time.past' };
      else request.send_at = new Date(at).toISOString();
    }
  }

  if (draft.record) {
    request.write_to_record = true;
    const code = draft.snomedCode.trim();
    const term = draft.snomedTerm.trim();
    if (code && !SNOMED_CODE.test(code)) errors['snomed-code'] = { key: 'error.snomed.format' };
    else if (code) request.snomed_code = code;
    if (term) request.snomed_term = term;
  }

  if (draft.assign) {
    const assignee = context.assignees?.get(draft.assignee);
    if (!assignee || assignee.value === null) errors.assignee = { key: 'error.assignee.required' };
    else if (assignee.type === 'Admin' || assignee.type === 'AdminTeam') {
      request.assignee_id = assignee.value;
      request.assignee_type = assignee.type;
    }
  }

  return Object.keys(errors).length ? { errors } : { errors, request };
}

/** The API's 400 field paths, mapped to the element's fields. */
export const API_FIELDS: Readonly<Record<string, FieldKey>> = {
  message_type: 'channel',
  recipient_contact_detail: 'recipient',
  message_string: 'text',
  fallback_message_type: 'fallback',
  fallback_contact_detail: 'fallback-recipient',
  send_at: 'send-time',
  snomed_code: 'snomed-code',
  snomed_term: 'snomed-term',
  assignee_id: 'assignee',
  assignee_type: 'assignee',
};

/** Delivery states after which nothing changes. */
export const FINAL_STATES: ReadonlySet<MessageDeliveryState> = new Set(['delivered', 'declined', 'fatal']);

/** The wait before poll number `attempt` (0-based): the schedule's entry, its last entry repeating. */
export function pollDelay(attempt: number, delays: readonly number[]): number {
  return delays[Math.min(attempt, delays.length - 1)] ?? 2000;
}
