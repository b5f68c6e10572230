/**
 * What the template fields look like (template-fill.ts decides what they are): a typed view model
 * in, callbacks out, drawn with the kit's shared pieces (src/internal/ui) in the host's shadow root.
 *
 * Ids: a field `fill-<placeholder>` (a date's parts `fill-<placeholder>-day|month|year`), the
 * lists `fill-type`, `fill-location`, `fill-form` (radios `…-0`, `…-1`; a drop-down when long),
 * the link's "Create a new link" `fill-link-retry`, the unusable-template notice
 * `fill-unsupported`. Parts: `template-fields`, the pieces' parts, `notice`, `loading`,
 * `link-made`, `link-unknown`, `error`, `retry-button`, `placeholder` (a gap in the preview).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DatePart, DateParts } from '../../domain/calendar-date.js';
import type { PreviewPart } from '../../domain/placeholders.js';
import { errorView } from '../../internal/error-view.js';
import { renderChoices, renderDateInput, renderSelect, renderTextInput, renderTimeInput, type Translate } from '../../internal/ui/index.js';

/** Longest list drawn as radios; a longer one is a drop-down (GOV.UK). */
export const MAX_RADIOS = 8;

/** Where an error summary links for a list: its first radio, or its drop-down. */
export const pickTarget = (id: string, count: number): string => (count > MAX_RADIOS ? id : `${id}-0`);

/** A list to pick one from (appointment type, location, form), or why it is not there yet. */
export type PickView =
  | { state: 'loading' | 'empty'; text: string }
  | { state: 'error'; message: string; retryLabel: string; retry: () => void }
  | {
      state: 'ready';
      id: string;
      legend: string;
      hint?: string | undefined;
      error?: string | undefined;
      /** The drop-down's empty first option. */
      placeholder: string;
      items: readonly { id: string; name: string }[];
      value: string;
      choose: (value: string) => void;
    };

/** A placeholder staff fill in. */
export type AskView =
  | {
      kind: 'date';
      id: string;
      label: string;
      hint: string;
      error?: string | undefined;
      errorParts?: readonly DatePart[] | undefined;
      value: DateParts;
      input: (part: DatePart, value: string) => void;
    }
  | {
      kind: 'time' | 'text';
      id: string;
      label: string;
      hint?: string | undefined;
      error?: string | undefined;
      value: string;
      input: (value: string) => void;
    };

/** Where the link stands, when there is something to say. */
export type LinkView =
  | { state: 'creating'; text: string }
  | { state: 'made'; text: string }
  | { state: 'failed' | 'unknown'; text: string; button: string; again: () => void };

export interface TemplateFillView {
  t: Translate;
  /** Why the template cannot be sent as it is. */
  unsupported?: string | undefined;
  intro?: string | undefined;
  /** Said while the practice's details load and nothing else shows. */
  loading?: string | undefined;
  picks: readonly PickView[];
  asks: readonly AskView[];
  link?: LinkView | undefined;
}

function renderPick(t: Translate, pick: PickView): TemplateResult {
  switch (pick.state) {
    case 'loading':
      return html`<p class="hint" role="status" part="loading">${pick.text}</p>`;
    case 'empty':
      return html`<p class="message warning" part="notice">${pick.text}</p>`;
    case 'error':
      return errorView(pick.message, { label: pick.retryLabel, run: pick.retry });
    default:
      return pick.items.length > MAX_RADIOS
        ? renderSelect({
            t,
            id: pick.id,
            label: pick.legend,
            hint: pick.hint,
            error: pick.error,
            value: pick.value,
            placeholder: pick.placeholder,
            options: pick.items.map((item) => ({ value: item.id, label: item.name })),
            onChange: (event: Event) => pick.choose((event.target as HTMLSelectElement).value),
          })
        : renderChoices({
            t,
            type: 'radio',
            id: pick.id,
            legend: pick.legend,
            hint: pick.hint,
            error: pick.error,
            items: pick.items.map((item) => ({ value: item.id, label: item.name, checked: pick.value === item.id })),
            onChange: (item) => pick.choose(item.value),
          });
  }
}

function renderAsk(t: Translate, ask: AskView): TemplateResult {
  if (ask.kind === 'date') {
    return renderDateInput({
      t,
      id: ask.id,
      legend: ask.label,
      hint: ask.hint,
      error: ask.error,
      errorParts: ask.errorParts,
      value: ask.value,
      onInput: (part, value) => ask.input(part, value),
    });
  }
  const options = {
    t,
    id: ask.id,
    label: ask.label,
    hint: ask.hint,
    error: ask.error,
    value: ask.value,
    onInput: (event: Event) => ask.input((event.target as HTMLInputElement).value),
  };
  return ask.kind === 'time' ? renderTimeInput(options) : renderTextInput(options);
}

function renderLink(link: LinkView | undefined): TemplateResult | typeof nothing {
  if (!link) return nothing;
  if (link.state === 'creating' || link.state === 'made') {
    // One status paragraph for both states, so the change is read out; parts `loading` and `link-made`.
    const part = link.state === 'made' ? 'link-made' : 'loading';
    return html`<p class="hint" role="status" part=${part}>${link.text}</p>`;
  }
  const unknown = link.state === 'unknown';
  return html`<div class="message ${unknown ? 'warning' : 'error'}" role="alert" part=${unknown ? 'link-unknown' : 'error'}>
    <p>${link.text}</p>
    <button id="fill-link-retry" type="button" class="button secondary" part="retry-button" @click=${link.again}>${link.button}</button>
  </div>`;
}

/** The fields of a template view: the notice, the lists, the placeholders to fill, the link's state. */
export function renderTemplateFieldsView(view: TemplateFillView): TemplateResult {
  const { t } = view;
  return html`<div class="template-fields" part="template-fields">
    ${view.unsupported ? html`<p id="fill-unsupported" class="message warning" part="notice" tabindex="-1">${view.unsupported}</p>` : nothing}
    ${view.intro ? html`<p class="hint" part="hint">${view.intro}</p>` : nothing} ${view.picks.map((pick) => renderPick(t, pick))}
    ${view.loading ? html`<p class="hint" role="status" part="loading">${view.loading}</p>` : nothing} ${view.asks.map((ask) => renderAsk(t, ask))}
    ${renderLink(view.link)}
  </div>`;
}

/** The template's fields (what the link is for, then a labelled field for every placeholder the kit cannot fill); nothing without a template. */
export function renderTemplateFields(fill: { readonly view: TemplateFillView | undefined }): TemplateResult | typeof nothing {
  const view = fill.view;
  return view ? renderTemplateFieldsView(view) : nothing;
}

/**
 * The message as the patient will read it: the filled text, each gap named by its label in a
 * `<mark part="placeholder">` (with "not filled in yet" for screen readers), the link-to-come
 * described in words. Never a curly bracket. `t` is the host's translate function.
 */
export function renderFillPreview(fill: { readonly preview: readonly PreviewPart[] }, t: (key: string) => string): TemplateResult {
  return html`${fill.preview.map((part) =>
    part.name
      ? html`<mark part="placeholder">${part.text}<span class="visually-hidden"> ${t('fill.preview.unfilled')}</span></mark>`
      : part.text,
  )}`;
}
