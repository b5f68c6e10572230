/**
 * One sent message in the history: a heading (channel and time), its delivery and record states as
 * tags, its text (clamped when long, with a button to read it all), and a summary list of the
 * details, failure reasons in plain words. A view model in, a callback out; API text bound as text.
 * There is no contact detail to render: the view model has none (message-history-api.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { londonDayAndTime } from '../../domain/london-time.js';
import { renderHeading, renderSummaryList, type SummaryRow } from '../../internal/ui/index.js';
import type { Translate } from '../../internal/ui/index.js';
import { DELIVERY_TONES, FAILED_DELIVERY, RECORD_TONES, reasonKey, redactContacts } from './history-rules.js';
import type { HistoryItem } from './message-history-api.js';

const CHANNELS: ReadonlySet<string> = new Set(['sms', 'email', 'nhs_app', 'hero']);
const LINKS: ReadonlySet<string> = new Set(['booking', 'form', 'video', 'attachment']);

/** A preview longer than this, or of more than `PREVIEW_LINES` lines, is clamped with a "Show all" button. */
export const PREVIEW_CHARS = 80;
export const PREVIEW_LINES = 3;

/** Whether a message's text is long enough to be clamped (short ones are shown whole, with no button). */
export function isLongText(text: string): boolean {
  return text.length > PREVIEW_CHARS || text.split('\n').length > PREVIEW_LINES;
}

export interface HistoryItemView {
  item: HistoryItem;
  /** Its position on the page (ids in the shadow root: never the API's id). */
  index: number;
  expanded: boolean;
  /** The heading level of the message's heading. */
  level: number;
  locale: string;
  t: Translate;
}

/** `{day} at {time}` words of a time, through the element's strings. */
function when(t: Translate, key: string, ms: number, locale: string): string {
  const { day, time } = londonDayAndTime(ms, locale);
  return t(key, { day, time });
}

/** A failure in plain words, then the API's own words with any contact detail hidden. */
function reason(t: Translate, kind: 'delivery' | 'record', given: string | null, state: string): TemplateResult {
  const text = given?.trim() ? redactContacts(given.trim(), t('reason.hidden')) : '';
  return html`<span class="reason">${t(reasonKey(kind, given, state))}</span>${
    text ? html`<span class="given" part="reason-given">${t('reason.given', { reason: text })}</span>` : nothing
  }`;
}

export function renderHistoryItem(view: HistoryItemView, onToggle: () => void): TemplateResult {
  const { item, index, t, locale } = view;
  const channel = t(`channel.${CHANNELS.has(item.channel) ? item.channel : 'other'}`);
  const time = item.time ? when(t, `time.${item.time.kind}`, item.time.ms, locale) : t('time.none');
  const id = `message-${index}`;
  const delivery = t(`delivery.${item.delivery}`);
  const record =
    item.record === 'success' && item.recordAt !== undefined
      ? when(t, 'record.successAt', item.recordAt, locale)
      : t(`record.${item.record}`);
  const failed = FAILED_DELIVERY.has(item.delivery);

  const rows: SummaryRow[] = [
    {
      key: t('delivery.label'),
      value: failed ? html`${delivery}: ${reason(t, 'delivery', item.deliveryReason, item.delivery)}` : delivery,
    },
    {
      key: t('record.label'),
      value: item.record === 'failed' ? html`${record}: ${reason(t, 'record', item.recordReason, 'failed')}` : record,
    },
  ];
  if (item.sentBy.trim()) rows.push({ key: t('sentBy.label'), value: item.sentBy });
  if (item.link) {
    const kind = t(`link.${item.link.type && LINKS.has(item.link.type) ? item.link.type : 'other'}`);
    rows.push({ key: t('link.label'), value: item.link.name ? `${kind}: ${item.link.name}` : kind });
  }
  if (item.campaign) rows.push({ key: t('campaign.label'), value: item.campaign });

  const long = item.text !== null && isLongText(item.text);
  return html`<li class="card" part="message">
    ${renderHeading(view.level, html`${channel} <span class="when" part="time">${time}</span>`, { id: `${id}-heading`, size: 's', part: 'message-heading' })}
    <p class="tags">
      <strong class="tag ${DELIVERY_TONES[item.delivery]}" part="status-tag">${delivery}</strong>
      ${item.record === 'none' ? nothing : html`<strong class="tag ${RECORD_TONES[item.record]}" part="record-tag">${record}</strong>`}
    </p>
    ${
      item.text === null
        ? html`<p class="preview missing" part="preview">${t('text.missing')}</p>`
        : html`<p class="preview ${long && !view.expanded ? 'clamped' : ''}" id="${id}-text" part="preview"><span class="visually-hidden">${t('text.label')}: </span>${item.text}</p>
          ${
            long
              ? html`<button type="button" class="link expand" part="expand-button" aria-expanded=${view.expanded ? 'true' : 'false'} aria-controls="${id}-text" @click=${onToggle}>
                ${t(view.expanded ? 'collapse' : 'expand')}
              </button>`
              : nothing
          }`
    }
    ${renderSummaryList(rows)}
  </li>`;
}
