/**
 * The summary list (GOV.UK / NHS.UK): rows of a key, a value and an optional action ("Change"),
 * for checking answers and for a booking's details. A `<dl>` whose rows are `<div>`s of `<dt>`
 * and `<dd>`, as HTML allows; each action says what it changes to screen readers ("Change
 * <span hidden>date of birth</span>"). Values are bound as text: API strings stay text.
 *
 * Parts: `summary-list`, `summary-row`, `summary-key`, `summary-value`, `summary-action`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { lowerLabel } from '../../domain/calendar-date.js';
import type { Content } from './field.js';

export interface SummaryAction {
  /** The visible words, e.g. "Change". */
  label: string;
  /**
   * Read after the label by screen readers only, so every "Change" is told apart. Default: the
   * row's key, lower-cased like a label mid-sentence, when the key is text.
   */
  hiddenText?: string | undefined;
  /** A link to this address; without it the action is a button. */
  href?: string | undefined;
  onClick?: ((event: Event) => void) | undefined;
  id?: string | undefined;
  disabled?: boolean | undefined;
}

export interface SummaryRow {
  key: Content;
  value: Content;
  action?: SummaryAction | undefined;
}

function renderAction(row: SummaryRow, action: SummaryAction): TemplateResult {
  const hidden = action.hiddenText ?? (typeof row.key === 'string' ? lowerLabel(row.key) : '');
  const words = html`${action.label}${hidden ? html`<span class="visually-hidden"> ${hidden}</span>` : nothing}`;
  return action.href
    ? html`<a class="link" part="summary-action" id=${action.id ?? nothing} href=${action.href} @click=${action.onClick}>${words}</a>`
    : html`<button type="button" class="link" part="summary-action" id=${action.id ?? nothing} ?disabled=${!!action.disabled} @click=${action.onClick}>
        ${words}
      </button>`;
}

/** A summary list of `rows` (put a heading before it to name it). */
export function renderSummaryList(rows: readonly SummaryRow[], id?: string): TemplateResult {
  return html`<dl class="summary-list" part="summary-list" id=${id ?? nothing}>
    ${rows.map(
      (row) => html`<div class="summary-row" part="summary-row">
        <dt class="summary-key" part="summary-key">${row.key}</dt>
        <dd class="summary-value" part="summary-value">${row.value}</dd>
        ${row.action ? html`<dd class="summary-actions">${renderAction(row, row.action)}</dd>` : nothing}
      </div>`,
    )}
  </dl>`;
}
