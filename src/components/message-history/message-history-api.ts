/**
 * The message history's calls to the Hero API (Messages, API-CONTRACT.md), in one place:
 *
 * - `GET /v2/sent_messages?patient_id=…&order_by=created_at&order_descending=true` [DOC], a page at
 *   a time: channel, times, delivery and write-to-record states, who sent it. Hero's list item has
 *   no message text.
 * - `GET /v1/messages/{id}` [DOC path; `content` designed]: the text, for each message on the page.
 * - `GET /v1/messages/{id}/status` [DOC]: for a message whose delivery failed, why
 *   (`status.failure_reason`, `errors.send`).
 *
 * The per-message reads go a few at a time, and one that fails leaves that message without its
 * text or reason: the page still shows. Every message is checked against the patient it was asked
 * for, and what the element keeps has no contact detail: `recipient_contact_detail` is never
 * read (a restricted patient's phone or email must never be shown, and the list cannot say who is
 * restricted).
 */
import { isAbortError } from '../../api/errors.js';
import type { DecodeIssue } from '../../api/decode.js';
import type { SentMessage } from '../../api/types.js';
import { createdMs, latestMessage, messageTime, type LatestMessage, type MessageTime } from '../../domain/sent-messages.js';
import type { ApiClient } from '../../internal/element-client.js';
import { deliveryOf, FAILED_DELIVERY, recordOf, type Delivery, type RecordState } from './history-rules.js';

/** What every call takes: the abort signal, and where skipped data is reported (the element's, by default). */
export interface CallContext {
  signal: AbortSignal;
  onDecodeIssues?: ((issues: DecodeIssue[]) => void) | undefined;
}

/** Per-message reads in flight at once. */
export const DETAIL_CONCURRENCY = 4;

/** One sent message as the element shows it: no contact detail. */
export interface HistoryItem {
  /** The API's id (null when it gave none: the text then cannot be fetched). */
  id: string | null;
  /** `sms`, `email`, `nhs_app`, `hero`, or what else the API says (shown as "another channel"). */
  channel: string;
  /** The time to show, and what it means (sent, scheduled, created); undefined when the API gave none. */
  time: MessageTime | undefined;
  delivery: Delivery;
  /** Why delivery failed, as the API words it (Get Message Status); null when it did not say or was not asked. */
  deliveryReason: string | null;
  record: RecordState;
  /** When it was written to the record (ms). */
  recordAt: number | undefined;
  /** Why writing to the record failed, as the API words it. */
  recordReason: string | null;
  /** Who sent it (a member of staff's name, or "API"), as the API says it. */
  sentBy: string;
  /** The link sent with it (booking, form…), if any. */
  link: { type: string | null; name: string | null } | null;
  /** The campaign it was part of, if any. */
  campaign: string | null;
  /** The message text: null when it could not be loaded (`textMissing`). */
  text: string | null;
  /** The text could not be loaded (the read failed, or the API gave none). */
  textMissing: boolean;
}

/** One page of a patient's history. */
export interface HistoryPage {
  /** The patient it was loaded for: the element never shows it under another. */
  patientId: string;
  /** Zero-based page index. */
  page: number;
  /** The server's page size (below the asked size when the server caps it). */
  perPage: number;
  /** The API's total for the patient (may be wrong: see `pageInfo`). */
  count: number;
  items: HistoryItem[];
  /** Messages on this page whose text could not be loaded because a read failed (a retry may help). */
  failedReads: number;
  /** The first such failure, for the element to report (`hero-error`) once. */
  readError?: unknown;
}

/** Runs `work` over `items`, `limit` at a time, in order. */
async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function itemFrom(message: SentMessage, now: number): HistoryItem {
  const time = messageTime(message);
  const recordAt = message.write_to_record.write_to_record_at ? Date.parse(message.write_to_record.write_to_record_at) : NaN;
  return {
    id: message.id ?? null,
    channel: message.message_type,
    time,
    delivery: deliveryOf(message.status, time?.kind === 'scheduled' ? time.ms : undefined, now),
    deliveryReason: null,
    record: recordOf(message.write_to_record.status),
    recordAt: Number.isFinite(recordAt) ? recordAt : undefined,
    recordReason: message.write_to_record.failure_reason,
    sentBy: message.sent_by,
    link:
      message.short_link && (message.short_link.type || message.short_link.name)
        ? { type: message.short_link.type ?? null, name: message.short_link.name ?? null }
        : null,
    campaign: message.campaign?.name || null,
    text: null,
    textMissing: true,
  };
}

/**
 * One page of the patient's sent messages, newest first, each with its text (and, when delivery
 * failed, the reason). `perPage` is the page size to ask for: on the first page the server's own
 * cap is found (fewer items than asked while `count` says there are more).
 */
export async function loadHistoryPage(
  client: ApiClient,
  request: { patientId: string; page: number; perPage: number; now: number },
  context: CallContext,
): Promise<HistoryPage> {
  const { patientId, page, now } = request;
  const { signal, onDecodeIssues } = context;
  const list = await client.get('/v2/sent_messages', {
    query: {
      patient_id: patientId,
      order_by: 'created_at',
      order_descending: true,
      page_index: String(page),
      page_size: String(request.perPage),
    },
    signal,
    ...(onDecodeIssues ? { onDecodeIssues } : {}),
  });
  const data = Array.isArray(list.data) ? list.data : [];
  const count = typeof list.count === 'number' ? list.count : data.length;
  // A message is only ever shown against the patient it names, and once.
  const seen = new Set<string>();
  const mine = data.filter((message) => {
    if (String(message.patient.id) !== patientId) return false;
    if (message.id === null || message.id === undefined) return true;
    if (seen.has(message.id)) return false;
    seen.add(message.id);
    return true;
  });
  const perPage = page === 0 && data.length > 0 && data.length < request.perPage && data.length < count ? data.length : request.perPage;
  const items = mine
    .map((message) => ({ message, item: itemFrom(message, now) }))
    .sort((a, b) => (createdMs(b.message) ?? 0) - (createdMs(a.message) ?? 0))
    .map(({ item }) => item);

  let failedReads = 0;
  let readError: unknown;
  await inBatches(items, DETAIL_CONCURRENCY, async (item) => {
    if (item.id === null) return;
    const path = { id: item.id };
    const failed = FAILED_DELIVERY.has(item.delivery);
    const [message, status] = await Promise.allSettled([
      client.get('/v1/messages/{id}', { path, signal, ...(onDecodeIssues ? { onDecodeIssues } : {}) }),
      failed
        ? client.get('/v1/messages/{id}/status', { path, signal, ...(onDecodeIssues ? { onDecodeIssues } : {}) })
        : Promise.resolve(undefined),
    ]);
    signal.throwIfAborted();
    for (const result of [message, status]) if (result.status === 'rejected' && isAbortError(result.reason)) throw result.reason;
    if (message.status === 'fulfilled') {
      // The text of another patient's message is never shown here.
      if (String(message.value.patient.id) === patientId && typeof message.value.content === 'string') {
        item.text = message.value.content;
        item.textMissing = false;
      }
    } else {
      failedReads++;
      readError ??= message.reason;
    }
    if (status.status === 'fulfilled' && status.value && String(status.value.id) === item.id) {
      item.deliveryReason = status.value.status.failure_reason ?? status.value.errors.send ?? null;
    }
  });
  return { patientId, page, perPage, count, items, failedReads, ...(readError === undefined ? {} : { readError }) };
}

/**
 * The patient's latest message, for "Last message sent …" (the composer): the newest few of
 * List Sent Messages, read by `latestMessage` (src/domain/sent-messages.ts). Undefined when the
 * patient has none.
 */
export async function fetchLatestMessage(
  client: ApiClient,
  patientId: string,
  now: number,
  context: CallContext,
): Promise<LatestMessage | undefined> {
  const list = await client.get('/v2/sent_messages', {
    query: { patient_id: patientId, order_by: 'created_at', order_descending: true, page_index: '0', page_size: '5' },
    signal: context.signal,
    ...(context.onDecodeIssues ? { onDecodeIssues: context.onDecodeIssues } : {}),
  });
  return latestMessage(Array.isArray(list.data) ? list.data : [], patientId, now);
}
