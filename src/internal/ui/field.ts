/**
 * The one field template of the kit (GOV.UK / NHS.UK form group): a label, an optional hint, an
 * optional error message (with a visually hidden "Error:" before it), then the control, which is
 * described by the hint and the error (`aria-describedby`) and marked `aria-invalid` while the
 * error shows. Everything renders into the element's own shadow root: ARIA ids do not cross
 * shadow roots, so label, hint, error and control are always rendered together.
 *
 * Ids, from the control's `id`: hint `<id>-hint`, error `<id>-error`. Parts: `field`, `label`,
 * `hint`, `error-message`, `input`. Styles: `uiStyles` (ui.styles.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from './ui-strings.js';

/** Text, or a template (bound as text: never unsafeHTML). */

/** The autofill tokens the kit's fields use (single tokens, as lit-analyzer's HTML data knows them). */
export type Autocomplete =
  | 'off'
  | 'on'
  | 'name'
  | 'given-name'
  | 'family-name'
  | 'honorific-prefix'
  | 'email'
  | 'tel'
  | 'postal-code'
  | 'bday'
  | 'bday-day'
  | 'bday-month'
  | 'bday-year';
export type Content = string | TemplateResult;

/** GOV.UK's fixed input widths, in characters: `2` (day), `4` (year), `10` (NHS number, time)… */
export type InputWidth = 2 | 3 | 4 | 5 | 10 | 20;

export interface FieldOptions {
  /** The element's translate function, for "Error:" (`error.prefix`). */
  t: Translate;
  /** The control's id, unique in the shadow root. */
  id: string;
  label: Content;
  hint?: Content | undefined;
  /** The inline error message; the field is invalid while there is one. */
  error?: string | undefined;
  /** More ids describing the control (a unit, a character count), read after the hint and error. */
  describedBy?: string | undefined;
}

/** What a control needs from its field: its `aria-describedby` (or `nothing`) and `aria-invalid`. */
export interface FieldAria {
  describedBy: string | typeof nothing;
  invalid: 'true' | 'false';
}

/** The ids joined for `aria-describedby`, or `nothing` when there are none. */
export const describedBy = (...ids: (string | false | null | undefined)[]): string | typeof nothing =>
  ids.filter(Boolean).join(' ') || nothing;

/** A hint paragraph, if there is a hint. */
export function renderHint(id: string, hint: Content | undefined): TemplateResult | typeof nothing {
  return hint ? html`<p class="hint" part="hint" id=${id}>${hint}</p>` : nothing;
}

/** An inline error ("Error:" for screen readers, then the message), if there is a message. */
export function renderErrorMessage(t: Translate, id: string, message: string | undefined): TemplateResult | typeof nothing {
  return message
    ? html`<p class="error-message" part="error-message" id=${id}><span class="visually-hidden">${t('error.prefix')} </span>${message}</p>`
    : nothing;
}

/** The `aria-describedby` and `aria-invalid` of a field's control. */
export function fieldAria(o: FieldOptions): FieldAria {
  return {
    describedBy: describedBy(o.hint && `${o.id}-hint`, o.error && `${o.id}-error`, o.describedBy),
    invalid: o.error ? 'true' : 'false',
  };
}

/**
 * The field around any control: label, hint, error, then what `control` renders with the ARIA it
 * is given, then `after` (a unit, a character count, a revealed panel).
 */
export function renderField(o: FieldOptions, control: (aria: FieldAria) => unknown, after?: unknown): TemplateResult {
  return html`<div class="field ${o.error ? 'invalid' : ''}" part="field">
    <label class="label" part="label" for=${o.id}>${o.label}</label>
    ${renderHint(`${o.id}-hint`, o.hint)}${renderErrorMessage(o.t, `${o.id}-error`, o.error)}${control(fieldAria(o))}${after ?? nothing}
  </div>`;
}

/** What every text control takes besides its field. */
interface ControlOptions extends FieldOptions {
  value: string;
  disabled?: boolean | undefined;
  required?: boolean | undefined;
  /** Shown after the control, e.g. a unit ("kg"): give it an id and list it in `describedBy`. */
  after?: unknown;
  onInput?: ((event: Event) => void) | undefined;
  onChange?: ((event: Event) => void) | undefined;
  onBlur?: ((event: Event) => void) | undefined;
}

export interface TextInputOptions extends ControlOptions {
  type?: 'text' | 'email' | 'tel' | 'search' | undefined;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'search' | undefined;
  /** `off`, or a token such as `bday-day`, `postal-code`, `given-name`. */
  autocomplete?: Autocomplete | undefined;
  /** `false` for codes, numbers and names. */
  spellcheck?: boolean | undefined;
  /** A fixed width in characters (GOV.UK widths); without, the input fills the field. */
  width?: InputWidth | undefined;
  maxlength?: number | undefined;
}

export interface TextareaOptions extends ControlOptions {
  rows?: number | undefined;
  maxlength?: number | undefined;
  spellcheck?: boolean | undefined;
}

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean | undefined;
}

export interface SelectOptions extends ControlOptions {
  options: readonly SelectOption[];
  /** A first, empty option ("Select an option"); chosen while `value` is `''`. */
  placeholder?: string | undefined;
}

const widthClass = (width: InputWidth | undefined) => (width ? ` width-${width}` : '');

/** A labelled text input (the field template with `<input>`). */
export function renderTextInput(o: TextInputOptions): TemplateResult {
  return renderField(
    o,
    (
      aria,
    ) => html`<input id=${o.id} class="input${widthClass(o.width)}" part="input" type=${o.type ?? 'text'} inputmode=${o.inputmode ?? nothing}
      autocomplete=${o.autocomplete ?? nothing} spellcheck=${o.spellcheck === false ? 'false' : nothing} maxlength=${o.maxlength ?? nothing}
      aria-describedby=${aria.describedBy} aria-invalid=${aria.invalid} ?disabled=${!!o.disabled} ?required=${!!o.required} .value=${o.value}
      @input=${o.onInput} @change=${o.onChange} @blur=${o.onBlur} />`,
    o.after,
  );
}

/** A labelled multi-line text box. */
export function renderTextarea(o: TextareaOptions): TemplateResult {
  return renderField(
    o,
    (aria) => html`<textarea id=${o.id} class="input" part="input" rows=${o.rows ?? 5} maxlength=${o.maxlength ?? nothing}
      spellcheck=${o.spellcheck === false ? 'false' : nothing} aria-describedby=${aria.describedBy} aria-invalid=${aria.invalid}
      ?disabled=${!!o.disabled} ?required=${!!o.required} .value=${o.value} @input=${o.onInput} @change=${o.onChange} @blur=${o.onBlur}></textarea>`,
    o.after,
  );
}

/** A labelled drop-down list. */
export function renderSelect(o: SelectOptions): TemplateResult {
  return renderField(
    o,
    (aria) => html`<select id=${o.id} class="input" part="input" aria-describedby=${aria.describedBy} aria-invalid=${aria.invalid}
      ?disabled=${!!o.disabled} ?required=${!!o.required} @input=${o.onInput} @change=${o.onChange} @blur=${o.onBlur}>
      ${o.placeholder === undefined ? nothing : html`<option value="" ?selected=${!o.value}>${o.placeholder}</option>`}
      ${o.options.map((option) => html`<option value=${option.value} ?disabled=${!!option.disabled} ?selected=${option.value === o.value}>${option.label}</option>`)}
    </select>`,
    o.after,
  );
}

export interface FieldsetOptions {
  t: Translate;
  /** The group's id stem: hint `<id>-hint`, error `<id>-error`. */
  id: string;
  legend: Content;
  hint?: Content | undefined;
  error?: string | undefined;
  /** `group` for a date input (GOV.UK), so its three fields are announced as one. */
  role?: 'group' | undefined;
}

/** The field template for a group of controls: a fieldset whose legend is the question. */
export function renderFieldset(o: FieldsetOptions, content: unknown): TemplateResult {
  return html`<fieldset class="field ${o.error ? 'invalid' : ''}" part="field" role=${o.role ?? nothing}
    aria-describedby=${describedBy(o.hint && `${o.id}-hint`, o.error && `${o.id}-error`)}>
    <legend class="label" part="label">${o.legend}</legend>
    ${renderHint(`${o.id}-hint`, o.hint)}${renderErrorMessage(o.t, `${o.id}-error`, o.error)}${content}
  </fieldset>`;
}
