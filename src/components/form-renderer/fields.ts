/**
 * How each field type renders: native controls, labels and legends, hints and errors tied with
 * `aria-describedby`, units as visible suffixes. Every string from the API is bound as text.
 * Controls carry `data-q` (the question id) and `data-kind`, read by the element's one input
 * handler. Ids: `q-<id>` for the control (or `q-<id>-0` for a group's first option,
 * `q-<id>-day` etc. for a date), `q-<id>-hint`, `q-<id>-error`, `q-<id>-unit`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormField } from '../../api/types.js';
import type { DatePart, DateParts } from '../../domain/calendar-date.js';
import { EMPTY_DATE, isDateParts, type RawAnswer } from './answers.js';
import { unitOf } from './bmi.js';

export interface FieldContext {
  t(key: string, vars?: Record<string, string | number>): string;
  raw: RawAnswer | undefined;
  /** The inline error, if any, and for dates the parts at fault. */
  error?: { message: string; parts?: DatePart[] | undefined } | undefined;
  disabled: boolean;
  /** Shown after the control (the BMI offer). */
  extra?: TemplateResult | undefined;
}

const DATE_PARTS: DatePart[] = ['day', 'month', 'year'];

/** The id of the control an error summary link moves to. */
export function controlId(field: FormField, parts?: DatePart[]): string {
  const id = `q-${field.form_question_id}`;
  if (field.type === 'datepicker') return `${id}-${parts?.[0] ?? 'day'}`;
  if (field.type === 'radio' || field.type === 'checkboxes' || field.type === 'boolean') return `${id}-0`;
  return id;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;

export function renderField(field: FormField, ctx: FieldContext): TemplateResult {
  const id = `q-${field.form_question_id}`;
  if (field.type === 'paragraph') return html`<p class="paragraph" part="paragraph">${field.name}</p>`;
  const hint = field.description || (field.type === 'datepicker' ? ctx.t('date.hint') : '');
  const hintEl = hint ? html`<p class="hint" part="hint" id="${id}-hint">${hint}</p>` : nothing;
  const errorEl = ctx.error
    ? html`<p class="error-message" part="error-message" id="${id}-error">
        <span class="visually-hidden">${ctx.t('error.prefix')}</span> ${ctx.error.message}
      </p>`
    : nothing;
  const invalid = !!ctx.error;
  const group = field.type === 'radio' || field.type === 'checkboxes' || field.type === 'boolean' || field.type === 'consent' || field.type === 'datepicker';
  const cls = `field ${invalid ? 'invalid' : ''}`;
  if (group) {
    return html`<fieldset
      class=${cls}
      part="field"
      role=${field.type === 'datepicker' ? 'group' : nothing}
      aria-describedby=${describedBy(hint && `${id}-hint`, invalid && `${id}-error`)}
    >
      <legend class="label" part="label">${field.type === 'consent' ? ctx.t('consent.legend') : field.name}</legend>
      ${hintEl}${errorEl}${renderGroup(field, id, ctx)}
    </fieldset>`;
  }
  const unit = unitOf(field);
  const aria = describedBy(hint && `${id}-hint`, invalid && `${id}-error`, unit && `${id}-unit`);
  const value = typeof ctx.raw === 'string' ? ctx.raw : '';
  let control: TemplateResult;
  if (field.type === 'text') {
    control = html`<textarea id=${id} class="input" part="input" rows="5" data-q=${field.form_question_id} data-kind="text"
      ?required=${!!field.required} ?disabled=${ctx.disabled} aria-invalid=${invalid} aria-describedby=${aria} .value=${value}></textarea>`;
  } else if (field.type === 'dropdown') {
    control = html`<select id=${id} class="input" part="input" data-q=${field.form_question_id} data-kind="select"
      ?required=${!!field.required} ?disabled=${ctx.disabled} aria-invalid=${invalid} aria-describedby=${aria} .value=${value}>
      <option value="" ?selected=${!value}>${ctx.t('select.placeholder')}</option>
      ${(field.options ?? []).map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>`;
  } else {
    const integer = field.type === 'integer';
    control = html`<input id=${id} class="input ${integer ? 'number' : ''}" part="input" type="text" data-q=${field.form_question_id}
      data-kind="text" inputmode=${integer ? 'numeric' : nothing}
      ?required=${!!field.required} ?disabled=${ctx.disabled} aria-invalid=${invalid} aria-describedby=${aria} .value=${value} />`;
  }
  return html`<div class=${cls} part="field">
    <label class="label" part="label" for=${id}>${field.name}</label>
    ${hintEl}${errorEl}
    <div class="control">${control}${unit ? html`<span class="unit" part="unit" id="${id}-unit">${unit}</span>` : nothing}</div>
    ${ctx.extra ?? nothing}
  </div>`;
}

function renderGroup(field: FormField, id: string, ctx: FieldContext): TemplateResult {
  const q = field.form_question_id;
  const invalid = !!ctx.error;
  if (field.type === 'datepicker') {
    const parts: DateParts = isDateParts(ctx.raw) ? ctx.raw : EMPTY_DATE;
    return html`<div class="date">
      ${DATE_PARTS.map(
        (part) => html`<div class="date-part">
          <label class="date-label" for="${id}-${part}">${ctx.t(`date.${part}`)}</label>
          <input id="${id}-${part}" class="input ${part}" part="input" type="text" inputmode="numeric" spellcheck="false"
            data-q=${q} data-kind=${part} ?disabled=${ctx.disabled} aria-invalid=${!!ctx.error?.parts?.includes(part)} .value=${parts[part]} />
        </div>`,
      )}
    </div>`;
  }
  if (field.type === 'consent') {
    return html`<div class="choices">
      <div class="choice">
        <input id="${id}" type="checkbox" data-q=${q} data-kind="consent" ?required=${!!field.required} ?disabled=${ctx.disabled}
          aria-invalid=${invalid} .checked=${ctx.raw === true} />
        <label for="${id}">${field.name}</label>
      </div>
    </div>`;
  }
  const checkbox = field.type === 'checkboxes';
  const options =
    field.type === 'boolean'
      ? [
          { label: ctx.t('yes'), value: 'true' },
          { label: ctx.t('no'), value: 'false' },
        ]
      : (field.options ?? []);
  const chosen = (value: string) => (Array.isArray(ctx.raw) ? ctx.raw.includes(value) : String(ctx.raw) === value);
  return html`<div class="choices ${field.type === 'boolean' ? 'inline' : ''}">
    ${options.map(
      (o, i) => html`<div class="choice">
        <input id="${id}-${i}" type=${checkbox ? 'checkbox' : 'radio'} name=${id} value=${o.value} data-q=${q}
          data-kind=${checkbox ? 'check' : field.type === 'boolean' ? 'bool' : 'radio'} ?required=${!checkbox && !!field.required}
          ?disabled=${ctx.disabled} aria-invalid=${invalid} .checked=${chosen(o.value)} />
        <label for="${id}-${i}">${o.label}</label>
      </div>`,
    )}
  </div>`;
}
