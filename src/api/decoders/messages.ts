/**
 * Decoders of the messaging operations (see src/api/decode.ts for how decoding works). Every top-level call is
 * marked pure, so a bundle keeps only the decoders its elements register.
 */
import {
  id,
  string,
  number,
  boolean,
  oneOf,
  nullable,
  optional,
  withDefault,
  object,
  array,
  list,
  kind,
  nullableString,
  nullableId,
  nullableDateTime,
  flag,
  type Reader,
} from '../decode.js';
import type {
  AttachmentLink,
  Assignee,
  CreatedLink,
  Message,
  MessageSendResponse,
  MessageStatus,
  PracticeGroup,
  SentMessage,
  ShortLink,
  Template,
} from '../types.js';

export const template: Reader<Template> = /* @__PURE__ */ object({
  id,
  name: string,
  content: /* @__PURE__ */ withDefault(string, ''),
  link: /* @__PURE__ */ oneOf(['no_link', 'booking', 'form'], 'no_link'),
  type: /* @__PURE__ */ oneOf(['hero', 'external', 'user'], 'user'),
  sms_snomed_code: nullableString,
  sms_follow_up_1_snomed_code: nullableString,
  sms_follow_up_2_snomed_code: nullableString,
  email_snomed_code: nullableString,
  email_follow_up_1_snomed_code: nullableString,
  email_follow_up_2_snomed_code: nullableString,
  send_follow_up_one: flag,
  send_follow_up_two: flag,
  reminder_time: /* @__PURE__ */ nullable(number),
});

/** The answer to a send: the message went, so nothing here is refused (`message_id` may be null). */
export const messageSent: Reader<Omit<MessageSendResponse, 'message_id'> & { message_id: string | null }> = (value, path, issues) => {
  const source = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (source !== value) issues.push({ path, problem: `expected an object, got ${kind(value)}` });
  return {
    message_id: nullableId(source['message_id'], `${path}.message_id`, issues),
    content: /* @__PURE__ */ withDefault(string, '')(source['content'], `${path}.content`, issues),
    created_at: /* @__PURE__ */ withDefault(string, '')(source['created_at'], `${path}.created_at`, issues),
    snomed_code: nullableString(source['snomed_code'], `${path}.snomed_code`, issues),
    write_to_record: flag(source['write_to_record'], `${path}.write_to_record`, issues),
    auth_token: null,
    confirm_write_to_record_url: nullableString(source['confirm_write_to_record_url'], `${path}.confirm_write_to_record_url`, issues),
    submitted_by: nullableString(source['submitted_by'], `${path}.submitted_by`, issues),
    send_at: nullableDateTime(source['send_at'], `${path}.send_at`, issues),
  };
};

const DELIVERY = ['delivered', 'declined', 'sent', 'pending', 'retry', 'fatal'] as const;

export const messageStatus: Reader<MessageStatus> = /* @__PURE__ */ object({
  id,
  scheduled_send_at: nullableDateTime,
  write_to_record: flag,
  status: /* @__PURE__ */ object({
    write_to_record_at: nullableDateTime,
    sent_at: nullableDateTime,
    response: /* @__PURE__ */ oneOf(DELIVERY, 'pending'),
    failure_reason: nullableString,
  }),
  errors: /* @__PURE__ */ withDefault(/* @__PURE__ */ object({ write_to_record: nullableString, send: nullableString }), {
    write_to_record: null,
    send: null,
  }),
});

const messagePatient = /* @__PURE__ */ object({
  id,
  title: nullableString,
  first_name: /* @__PURE__ */ withDefault(string, ''),
  last_name: /* @__PURE__ */ withDefault(string, ''),
});

export const shortLink: Reader<ShortLink> = /* @__PURE__ */ object({
  id: nullableId,
  type: nullableString,
  name: nullableString,
  status: nullableString,
});

const campaign = /* @__PURE__ */ object({ id: nullableId, name: nullableString });

/**
 * A sent message (List Sent Messages). One whose patient cannot be read is skipped: a message is
 * only ever shown against the patient it names.
 */
export const sentMessage: Reader<SentMessage> = /* @__PURE__ */ object({
  id: nullableId,
  patient: messagePatient,
  write_to_record: /* @__PURE__ */ withDefault(
    /* @__PURE__ */ object({ write_to_record_at: nullableDateTime, status: nullableString, failure_reason: nullableString }),
    { write_to_record_at: null, status: null, failure_reason: null },
  ),
  short_link: /* @__PURE__ */ nullable(shortLink),
  campaign: /* @__PURE__ */ nullable(campaign),
  created_at: nullableDateTime,
  sent_at: nullableDateTime,
  scheduled_at: nullableDateTime,
  status: /* @__PURE__ */ withDefault(string, ''),
  sent_by: /* @__PURE__ */ withDefault(string, ''),
  recipient_contact_detail: /* @__PURE__ */ withDefault(string, ''),
  message_type: /* @__PURE__ */ withDefault(string, ''),
});

export const message: Reader<Message> = /* @__PURE__ */ object({
  id,
  patient: messagePatient,
  write_to_record: /* @__PURE__ */ withDefault(
    /* @__PURE__ */ object({
      write_to_record_at: nullableDateTime,
      status: nullableString,
      failure_reason: nullableString,
      snomed_code: nullableString,
    }),
    { write_to_record_at: null, status: null, failure_reason: null, snomed_code: null },
  ),
  short_link: /* @__PURE__ */ nullable(shortLink),
  campaign: /* @__PURE__ */ nullable(campaign),
  created_at: nullableDateTime,
  sent_at: nullableDateTime,
  scheduled_at: nullableDateTime,
  status: /* @__PURE__ */ oneOf(DELIVERY, 'pending'),
  sent_by_admin: /* @__PURE__ */ nullable(/* @__PURE__ */ object({ id: string, first_name: nullableString, last_name: nullableString })),
  recipient_contact_detail: nullableString,
  message_type: nullableString,
  content: nullableString,
});

/** The answer to creating a link: the link was made, so nothing is refused (`id` and `url` may be null). */
export const createdLink: Reader<Omit<CreatedLink, 'id' | 'url'> & { id: string | null; url: string | null }> = (value, path, issues) => {
  const source = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (source !== value) issues.push({ path, problem: `expected an object, got ${kind(value)}` });
  return {
    id: nullableId(source['id'], `${path}.id`, issues),
    url: nullableString(source['url'], `${path}.url`, issues),
    expires_at: nullableDateTime(source['expires_at'], `${path}.expires_at`, issues),
  };
};

/** The answer to creating an attachment link: never refused (its pieces may be null). */
export const attachmentLink: Reader<{ [K in keyof AttachmentLink]: AttachmentLink[K] | null }> = (value, path, issues) => {
  const source = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (source !== value) issues.push({ path, problem: `expected an object, got ${kind(value)}` });
  return {
    id: nullableId(source['id'], `${path}.id`, issues),
    attachment_uuid: nullableString(source['attachment_uuid'], `${path}.attachment_uuid`, issues),
    url: nullableString(source['url'], `${path}.url`, issues),
  };
};

/** The practice (`GET /v1/me`): its name and how patients reach it. */
export const practiceGroup: Reader<PracticeGroup> = /* @__PURE__ */ object({
  id: string,
  name: string,
  sector: /* @__PURE__ */ optional(/* @__PURE__ */ oneOf(['nhs', 'paid'], 'nhs')),
  phone: nullableString,
  email: nullableString,
  ods_code: nullableString,
  address: /* @__PURE__ */ nullable(
    /* @__PURE__ */ object({
      line_1: nullableString,
      line_2: nullableString,
      town: nullableString,
      county: nullableString,
      postcode: nullableString,
    }),
  ),
});

export const assignee: Reader<Assignee> = /* @__PURE__ */ object({
  label: string,
  value: /* @__PURE__ */ nullable(number),
  type: /* @__PURE__ */ withDefault(string, ''),
  key: /* @__PURE__ */ withDefault(string, ''),
});

/** The messaging operations' decoders (templates, sending, status, history, links, the practice). */
export const MESSAGE_DECODERS = {
  'GET /v1/templates': /* @__PURE__ */ list(template),
  'POST /v1/messages/send': messageSent,
  'GET /v1/messages/{id}/status': messageStatus,
  'GET /v1/messages/{id}': message,
  'GET /v2/sent_messages': /* @__PURE__ */ list(sentMessage),
  'POST /v1/booking_links': createdLink,
  'POST /v1/form_links': createdLink,
  'POST /v1/video_links': createdLink,
  'POST /v1/attachment_links': attachmentLink,
  'GET /v1/links/status': shortLink,
  'GET /v1/me': practiceGroup,
  'POST /v1/snomed/validate': /* @__PURE__ */ object({ valid: boolean }),
  'GET /v1/messages/assignee/collection': /* @__PURE__ */ object({ data: /* @__PURE__ */ array(assignee) }),
  'GET /v1/me/sms-credits': /* @__PURE__ */ object({ credits: number }),
} satisfies Record<string, Reader<unknown>>;
