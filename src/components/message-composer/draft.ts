/**
 * The message being written, as plain data, and the pure rules around it: which channels can
 * reach the patient, what must be fixed before sending, and the `POST /v1/messages/send` body.
 * No DOM, no requests: the element renders and sends; this decides.
 */
import type { MessageSendRequest, MessageType } from '../../api/types.js';
import type { HeroPatient } from '../../domain/patient.js';
import { validateDateParts, type DatePart, type DateParts } from '../../domain/calendar-date.js';
import { parseClockTime } from '../../domain/clock-time.js';
import { londonToday, londonWallTimeToUtcMs } from '../../domain/london-time.js';
import { checkMessageLength, type LengthCheck } from '../../domain/message-limits.js';
import { fillPlaceholders, type PlaceholderValues } from '../../domain/placeholders.js';
import { checkUkMobile, formatUkMobile, isEmail, toE164UkMobile } from '../../domain/uk-phone.js';

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
export type RecordContact = { state: 'ok'; value: string; display: string } | { state: 'hidden' | 'invalid' | 'none' };

/** Reads the record's contact details from the raw patient (before restricted fields are removed). */
export function recordContacts(patient: HeroPatient): Record<Channel, RecordContact> {
  // A restricted patient's details never reach here (src/domain/patient.ts): only whether they exist.
  const mobile = patient.mobile?.trim();
  const email = patient.email?.trim();
  const e164 = mobile ? toE164UkMobile(mobile) : undefined;
  const contact = (onRecord: boolean, value: string | undefined, display: string): RecordContact =>
    !onRecord
      ? { state: 'none' }
      : patient.restricted
        ? { state: 'hidden' }
        : value
          ? { state: 'ok', value, display }
          : { state: 'invalid' };
  return {
    sms: contact(patient.has_mobile, e164, e164 ? formatUkMobile(e164) : ''),
    email: contact(patient.has_email, email && isEmail(email) ? email : undefined, email ?? ''),
    // NHS App messages reach the patient through their NHS number.
    nhs_app: patient.nhs_number ? { state: 'ok', value: '', display: '' } : { state: 'none' },
    hero: { state: 'ok', value: '', display: '' },
  };
}

/**
 * What the element keeps of the patient: who they are (for the screen and the placeholders), the
 * flags that decide whether they may be messaged, and the contact details that may be shown and
 * sent. Built from the allow-list (`protectPatient`): never an address, notes or anything else.
 */
export interface PatientView {
  id: string;
  name: string;
  nhsNumber: string;
  deceasedAt: string | null;
  archived: boolean;
  restricted: boolean;
  /** For the placeholders: `title`, `first_name`, `last_name`. */
  names: Pick<HeroPatient, 'title' | 'first_name' | 'last_name'>;
  contacts: Record<Channel, RecordContact>;
}

/** The first allowed channel that can reach the patient, else the first allowed. */
export function defaultChannel(channels: readonly Channel[], contacts: Record<Channel, RecordContact>): Channel {
  return channels.find((c) => contacts[c].state === 'ok' || contacts[c].state === 'hidden') ?? channels[0] ?? 'sms';
}

export interface Draft {
  channel: Channel;
  /** The template last chosen ('' for none). */
  template: string;
  /** The text was changed by hand after the template was chosen. */
  edited: boolean;
  text: string;
  /** What the recipient fields hold, per contact channel (prefilled from the record). */
  recipients: Record<ContactChannel, string>;
  /** A second channel Hero uses if the first cannot deliver; '' for none. */
  fallback: '' | ContactChannel;
  schedule: boolean;
  /** The send date as typed (Day, Month, Year), Europe/London. */
  date: DateParts;
  /** The send time as typed (`9:30am`, `14:30`), Europe/London. */
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
    edited: false,
    text: '',
    recipients: { sms: '', email: '' },
    fallback: '',
    schedule: false,
    date: { day: '', month: '', year: '' },
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
  /** The send date's parts at fault. */
  parts?: DatePart[];
}

export type DraftErrors = Partial<Record<FieldKey, FieldError>>;

/** Order of the error summary: the order of the fields on screen. */
export const FIELD_ORDER: readonly FieldKey[] = [
  'channel',
  'recipient',
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
  /** The Hero admin sending (`admin-id`), sent as the inferred `admin_id`. */
  adminId?: string | undefined;
  /**
   * A template's fields are being filled (template-fill.ts): they check the gaps, so the text's own
   * "Enter a message" and "Replace {{…}}" are not asked; `prepared` is their finished message
   * (and link), sent as it is.
   */
  filling?: { prepared?: { text: string; shortLinkId?: string } | undefined } | undefined;
}

export const SNOMED_CODE = /^\d{6,18}$/;

/** The UTC instant of the draft's London date and time, or undefined when either is not valid. */
export function scheduledMs(draft: Pick<Draft, 'date' | 'time'>): number | undefined {
  const date = validateDateParts(draft.date);
  const time = parseClockTime(draft.time);
  if (!date.ok || !date.date || !time.ok || time.minutes === undefined) return undefined;
  return londonWallTimeToUtcMs(date.date, time.minutes);
}

/** The length error of a message on a channel, or undefined when it fits (`MESSAGE_LIMITS`). */
export function lengthError(channel: Channel, text: string): FieldError | undefined {
  const check: LengthCheck = checkMessageLength(channel, text);
  if (check.ok) return undefined;
  return channel === 'sms'
    ? { key: 'error.text.tooLong.sms', vars: { used: check.used, max: check.max, characters: check.maxCharacters } }
    : { key: 'error.text.tooLong', vars: { channel, length: check.characters, max: check.max } };
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
  if (type === 'sms') {
    const checked = checkUkMobile(value);
    return checked.ok ? checked.e164 : { key: checked.problem === 'not-mobile' ? 'error.sms.notMobile' : 'error.sms.format' };
  }
  return isEmail(value) ? value : { key: 'error.email.format' };
}

const isError = (value: unknown): value is FieldError => typeof value === 'object' && value !== null;

/** What the patient receives: placeholders filled (unfilled ones left as written). */
export function messageBody(draft: Pick<Draft, 'text'>, values: PlaceholderValues) {
  return fillPlaceholders(draft.text, values);
}

/**
 * Checks the draft and builds the send request. Returns the errors (by field) and, when there are
 * none, the request. The SNOMED code's validity is checked against the API by the element.
 */
export function checkDraft(draft: Draft, patientId: string, context: DraftContext): { errors: DraftErrors; request?: MessageSendRequest } {
  const errors: DraftErrors = {};
  const { channel } = draft;
  const prepared = context.filling?.prepared;
  const body = messageBody(prepared ?? draft, context.values);
  const request: MessageSendRequest = { patient_id: patientId, message_type: channel, message_string: body.text };
  if (prepared?.shortLinkId) request.short_link_id = prepared.shortLinkId;

  if (!context.channels.includes(channel)) errors.channel = { key: 'error.channel.required' };
  if (channel === 'sms' || channel === 'email') {
    const to = recipientFor(channel, draft.recipients[channel], context.contacts[channel]);
    if (isError(to)) errors.recipient = to;
    else if (to) request.recipient_contact_detail = to;
  } else if (context.contacts[channel].state !== 'ok') {
    errors.channel = { key: `error.${channel}.none` };
  }

  // No email subject: Hero documents none on send (the practice's email template in Hero sets it).
  if (context.filling && !prepared) {
    // The template's fields are checked by template-fill.ts.
  } else if (!body.text.trim()) errors.text = { key: 'error.text.required' };
  else if (body.unfilled.length) {
    errors.text = {
      key: 'error.text.unfilled',
      vars: { count: body.unfilled.length, names: body.unfilled.map((n) => `{{${n}}}`).join(', ') },
    };
  }
  if (!errors.text && body.text.trim()) {
    // The channel's limit, and the fallback's (a text message fallback sends the same words).
    const tooLong =
      lengthError(channel, body.text) ??
      (draft.fallback && draft.fallback !== channel ? lengthError(draft.fallback, body.text) : undefined);
    if (tooLong) errors.text = tooLong;
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
    // `now` 0: rendering, where only the form of the date and time is checked.
    const date = validateDateParts(draft.date, context.now ? { when: 'today-or-future', today: londonToday(context.now) } : {});
    if (!date.ok) {
      const key =
        date.code === 'required'
          ? 'required'
          : date.code.startsWith('missing')
            ? 'incomplete'
            : date.code === 'today_or_future'
              ? 'past'
              : 'format';
      errors['send-date'] = { key: `error.date.${key}`, parts: date.fields };
    }
    const time = parseClockTime(draft.time);
    if (!time.ok) {
      const morning = time.minutes ?? 0;
      errors['send-time'] = {
        key: `error.time.${time.code === 'invalid' ? 'format' : time.code}`,
        vars: { am: morning, pm: morning + 720 },
      };
    }
    const at = scheduledMs(draft);
    if (at !== undefined && date.ok) {
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

  const adminId = context.adminId?.trim();
  if (adminId) request.admin_id = adminId;

  return Object.keys(errors).length ? { errors } : { errors, request };
}

/**
 * The errors shown, brought up to date as people type: each shown error is replaced by the
 * draft's current one for that field, or removed when the field is now right. No new error
 * appears while typing (only when "Continue" is pressed).
 */
export function refreshErrors(shown: DraftErrors, current: DraftErrors, edited?: FieldKey): DraftErrors {
  const next: DraftErrors = {};
  for (const key of Object.keys(shown) as FieldKey[]) {
    const now = current[key];
    const was = shown[key];
    // What only Hero can say (an unknown SNOMED code, a field it refused) stays until that field changes.
    if (now) next[key] = now;
    else if (was && SERVER_ERRORS.has(was.key) && key !== edited) next[key] = was;
  }
  return next;
}

/** Errors that come from Hero's answers, not from the draft's own rules. */
const SERVER_ERRORS = new Set(['error.snomed.invalid', 'error.snomed.unchecked', 'api.field']);

/** What the recipient fields start with: the record's usable contact details, shown as people write them. */
export function recordRecipients(contacts?: Record<Channel, RecordContact>): Record<ContactChannel, string> {
  const shown = (c?: RecordContact) => (c?.state === 'ok' ? c.display : '');
  return { sms: shown(contacts?.sms), email: shown(contacts?.email) };
}

/** The fields Hero's 400 answer names, marked "Hero did not accept this". */
export function fieldsFromIssues(issues: readonly { path: readonly (string | number)[] }[]): DraftErrors {
  const fields: DraftErrors = {};
  for (const issue of issues) {
    const key = API_FIELDS[String(issue.path[0] ?? '')];
    if (key) fields[key] = { key: 'api.field' };
  }
  return fields;
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
