/**
 * The message history's pure rules: how a delivery or record state reads (its tone and words),
 * failure reasons in plain words, contact details kept out of the API's free text, and paging.
 * No DOM, no requests; Node-tested (test/node/message-history.test.ts).
 */
import type { MessageDeliveryState } from '../../api/types.js';

export const DELIVERY_STATES: readonly MessageDeliveryState[] = ['delivered', 'declined', 'sent', 'pending', 'retry', 'fatal'];

/** A delivery state the element knows, or `unknown` for anything else the API says. */
export type Delivery = MessageDeliveryState | 'scheduled' | 'unknown';

/** Write-to-record states (`write_to_record.status`): `none` when it was not asked for (null). */
export type RecordState = 'success' | 'failed' | 'not_written' | 'none' | 'unknown';

/** How a state looks: its tag's colour. Words carry the meaning; colour only repeats it. */
export type Tone = 'success' | 'neutral' | 'warning' | 'danger';

/**
 * The delivery state to show: the API's, except that a message still `pending` with a send time
 * after `now` is `scheduled`, and anything the API adds later is `unknown` (never a blank tag).
 */
export function deliveryOf(status: string, scheduledMs: number | undefined, now: number): Delivery {
  if (!(DELIVERY_STATES as readonly string[]).includes(status)) return 'unknown';
  if (status === 'pending' && scheduledMs !== undefined && scheduledMs > now) return 'scheduled';
  return status as MessageDeliveryState;
}

export function recordOf(status: string | null): RecordState {
  if (status === null || status === '') return 'none';
  return status === 'success' || status === 'failed' || status === 'not_written' ? status : 'unknown';
}

export const DELIVERY_TONES: Readonly<Record<Delivery, Tone>> = {
  delivered: 'success',
  sent: 'neutral',
  pending: 'neutral',
  scheduled: 'neutral',
  retry: 'warning',
  declined: 'danger',
  fatal: 'danger',
  unknown: 'neutral',
};

export const RECORD_TONES: Readonly<Record<RecordState, Tone>> = {
  success: 'success',
  not_written: 'neutral',
  none: 'neutral',
  failed: 'danger',
  unknown: 'neutral',
};

/** Delivery states that failed (or are failing): their reason is read from Get Message Status. */
export const FAILED_DELIVERY: ReadonlySet<string> = new Set(['declined', 'fatal', 'retry']);

/**
 * [DESIGNED] Failure reasons Hero is known to give, in plain words with what to do next, by the
 * string key of the element's table (`reason.<key>`). Hero documents `failure_reason` as free
 * text; these patterns are the reasons seen (the mock's fixtures follow them). A reason that
 * matches none is explained by its state alone (`reason.delivery.<state>`, `reason.record`).
 */
export const KNOWN_REASONS: readonly { key: string; pattern: RegExp; applies: 'delivery' | 'record' | 'both' }[] = [
  { key: 'noMobile', pattern: /\bno (mobile|phone)( number)?\b/i, applies: 'delivery' },
  { key: 'noEmail', pattern: /\bno e-?mail( address)?\b/i, applies: 'delivery' },
  {
    key: 'badAddress',
    pattern: /mailbox|does not exist|doesn't exist|invalid (e-?mail|address|number)|bounced?|undeliverable/i,
    applies: 'delivery',
  },
  { key: 'declined', pattern: /declin|opted? ?out|unsubscribed|blocked/i, applies: 'delivery' },
  { key: 'noApp', pattern: /not (installed|registered)|no (nhs )?app\b|app not/i, applies: 'delivery' },
  { key: 'provider', pattern: /provider|did not (answer|respond)|timed? ?out|retrying/i, applies: 'delivery' },
  { key: 'neverSent', pattern: /never sent|not sent/i, applies: 'record' },
  { key: 'ehr', pattern: /\bEHR\b|clinical system|EMIS|SystmOne|TPP|did not accept/i, applies: 'record' },
];

/**
 * The string key explaining a failure in plain words: a known reason's (`reason.noMobile`), else
 * the state's own (`reason.delivery.fatal`, `reason.record`).
 */
export function reasonKey(kind: 'delivery' | 'record', reason: string | null | undefined, state: string): string {
  const text = reason?.trim() ?? '';
  const known = text ? KNOWN_REASONS.find((r) => (r.applies === kind || r.applies === 'both') && r.pattern.test(text)) : undefined;
  if (known) return `reason.${known.key}`;
  return kind === 'record' ? 'reason.record' : `reason.delivery.${FAILED_DELIVERY.has(state) ? state : 'fatal'}`;
}

/** An email address. */
const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+/g;
/** A phone number: a run of digits with the spaces, dashes, dots and brackets people write (9 or more digits: not a date or a time). */
const PHONE = /\+?\(?\d[\d\s().\u2010-\u2015-]{7,}\d/g;
/** A date (2026-03-01, 01.03.2026), which the phone pattern must leave alone. */
const DATE = /^(\d{4}[-.]\d{2}[-.]\d{2}|\d{2}[-.]\d{2}[-.]\d{4})\b/;

/**
 * The API's free text (a failure reason) with any email address or phone number in it replaced by
 * `hidden`. Nothing says whose record a reason was written from, and a restricted patient's contact
 * details must never be shown: so none is, for anyone.
 */
export function redactContacts(text: string, hidden: string): string {
  return text
    .replace(EMAIL, hidden)
    .replace(PHONE, (match) => ((match.match(/\d/g)?.length ?? 0) >= 9 && !DATE.test(match) ? hidden : match));
}

/** Where a page of the history sits in the whole list. */
export interface PageInfo {
  /** Zero-based page index. */
  page: number;
  /**
   * Pages there are to show (at most `maxPages`, whatever `count` says), or undefined when the
   * API's `count` is below what it has already returned (the end is then found by a short page).
   */
  pages: number | undefined;
  /** First and last positions (1-based) of the messages on this page; 0 and 0 on an empty page. */
  from: number;
  to: number;
  /** The total to show in "of {total}" (undefined when `count` cannot be trusted). */
  total: number | undefined;
  /** Whether there are newer / older pages to go to. */
  newer: boolean;
  older: boolean;
  /** More messages exist than the element shows (beyond `maxPages` pages). */
  capped: boolean;
}

/**
 * Paging arithmetic. `perPage` is the server's page size (what it returned when it had more to
 * give: a server may cap `page_size` below what was asked); `count` the API's total. A short or
 * empty page ends the list whatever `count` says; a full page whose `count` is too low is followed
 * by one more. Never more than `maxPages` pages.
 */
export function pageInfo(page: number, shown: number, perPage: number, count: number, maxPages: number): PageInfo {
  const size = Math.max(1, perPage);
  const seen = page * size + shown;
  const trusted = Number.isFinite(count) && count >= seen;
  const allPages = trusted ? Math.max(1, Math.ceil(count / size)) : undefined;
  const full = shown >= size;
  const lastAllowed = page + 1 >= maxPages;
  return {
    page,
    pages: allPages === undefined ? undefined : Math.min(maxPages, allPages),
    from: shown ? page * size + 1 : 0,
    to: shown ? seen : 0,
    total: trusted ? count : undefined,
    newer: page > 0,
    older: full && !lastAllowed && (allPages === undefined || page + 1 < allPages),
    capped: full && lastAllowed && (allPages === undefined || allPages > maxPages),
  };
}
