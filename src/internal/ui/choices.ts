/**
 * Radios and checkboxes, one style for the kit (NHS.UK's large controls): the native input stays
 * (keyboard, form and screen-reader behaviour untouched) but is transparent, over a circle or box
 * drawn in CSS at `--hero-control-size`. Drawn with borders, so forced colours keep them visible.
 *
 * With a `legend` the choices are a fieldset (the question), its hint and error describing the
 * group; without one (a single "Send it later" checkbox) they describe each input instead.
 *
 * Conditional reveal: an item with `reveal` shows that content directly under itself while it is
 * checked, in a panel the input names with `aria-controls`. Checkboxes also say `aria-expanded`.
 * Radios do not: ARIA 1.2 does not allow `aria-expanded` on a radio and axe fails it (w3c/aria#1404
 * is still open); GOV.UK keeps it as a known axe failure, but this kit runs axe in every state. The
 * content comes right after the radio in reading order, so it is found next. Do not combine
 * reveals with `inline`.
 *
 * Ids from `id`: input `<id>-<index>` (the first, `<id>-0`, is where an error summary links),
 * item hint `<id>-<index>-hint`, reveal `<id>-<index>-reveal`, group hint `<id>-hint`, group error
 * `<id>-error`. Parts: `field`, `label` (legend), `hint`, `error-message`, `choice`,
 * `choice-label`, `reveal`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, renderErrorMessage, renderFieldset, renderHint, type Content } from './field.js';
import type { Translate } from './ui-strings.js';

export interface ChoiceItem {
  value: string;
  label: Content;
  hint?: Content | undefined;
  checked: boolean;
  disabled?: boolean | undefined;
  /** Content shown directly under this choice while it is checked (built only then). */
  reveal?: (() => unknown) | undefined;
}

export interface ChoicesOptions {
  t: Translate;
  type: 'radio' | 'checkbox';
  /** The id stem (see the module comment); also the inputs' `name` unless `name` is given. */
  id: string;
  name?: string | undefined;
  /** The question; without one, no fieldset is drawn (a single checkbox). */
  legend?: Content | undefined;
  hint?: Content | undefined;
  error?: string | undefined;
  items: readonly ChoiceItem[];
  /** Side by side (short answers such as Yes / No). */
  inline?: boolean | undefined;
  disabled?: boolean | undefined;
  /** Radios: one must be chosen. */
  required?: boolean | undefined;
  /** The user checked or unchecked `item`: update the element's state (the pieces keep none). */
  onChange?: ((item: ChoiceItem, checked: boolean, event: Event) => void) | undefined;
}

/** A group of radios or checkboxes with the field template around it. */
export function renderChoices(o: ChoicesOptions): TemplateResult {
  const grouped = o.legend !== undefined;
  const items = html`<div class="choices ${o.inline ? 'inline' : ''}">
    ${o.items.map((item, index) => {
      const inputId = `${o.id}-${index}`;
      const revealId = item.reveal ? `${inputId}-reveal` : undefined;
      return html`<div class="choice ${o.type}" part="choice">
          <input id=${inputId} class="choice-input" type=${o.type} name=${o.name ?? o.id} value=${item.value} .checked=${item.checked}
            ?disabled=${!!(o.disabled || item.disabled)} ?required=${o.type === 'radio' && !!o.required}
            aria-describedby=${describedBy(!grouped && o.hint && `${o.id}-hint`, !grouped && o.error && `${o.id}-error`, item.hint && `${inputId}-hint`)}
            aria-controls=${revealId ?? nothing} aria-expanded=${revealId && o.type === 'checkbox' ? (item.checked ? 'true' : 'false') : nothing}
            @change=${(event: Event) => o.onChange?.(item, (event.target as HTMLInputElement).checked, event)} />
          <label class="choice-label" part="choice-label" for=${inputId}>${item.label}</label>
          ${renderHint(`${inputId}-hint`, item.hint)}
        </div>
        ${
          revealId
            ? html`<div class="choice-reveal" part="reveal" id=${revealId} ?hidden=${!item.checked}>${item.checked ? item.reveal!() : nothing}</div>`
            : nothing
        }`;
    })}
  </div>`;
  if (grouped) return renderFieldset({ t: o.t, id: o.id, legend: o.legend!, hint: o.hint, error: o.error }, items);
  return html`<div class="field ${o.error ? 'invalid' : ''}" part="field">
    ${renderHint(`${o.id}-hint`, o.hint)}${renderErrorMessage(o.t, `${o.id}-error`, o.error)}${items}
  </div>`;
}
