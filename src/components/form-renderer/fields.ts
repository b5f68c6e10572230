/**
 * One question, drawn with the kit's shared field template (src/internal/ui): a label or legend
 * (with "(optional)" on questions that are not required), hint, inline error, then the control.
 * Every string from the API is bound as text. The pieces keep no state: each control reports
 * what the user entered through `update`, which the element applies to its own answers.
 *
 * Ids: `q-<id>` for a text control, `q-<id>-<n>` for a group's options (the first, `-0`, is
 * where an error summary links; a consent's single checkbox too), `q-<id>-day` etc. for a date;
 * `q-<id>-hint`, `q-<id>-error`, `q-<id>-unit`, `q-<id>-<n>-reveal` for a revealed question.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormField } from '../../api/types.js';
import type { DatePart } from '../../domain/calendar-date.js';
import {
  dateInputTarget,
  renderChoices,
  renderDateInput,
  renderField,
  renderSelect,
  renderTextarea,
  type ChoiceItem,
  type Translate,
} from '../../internal/ui/index.js';
import { EMPTY_DATE, isDateParts, type RawAnswer } from './answers.js';
import { unitOf } from './bmi.js';

export interface QuestionContext {
  t: Translate;
  raw: RawAnswer | undefined;
  /** The inline error, if any, and for dates the parts at fault. */
  error?: { message: string; parts?: DatePart[] | undefined } | undefined;
  disabled: boolean;
  /** Shown after the control (the BMI offer). */
  extra?: TemplateResult | undefined;
  /** The user entered something: the new answer, from the one held when the event came. */
  update(next: (old: RawAnswer | undefined) => RawAnswer): void;
  /** Questions shown directly under a choice while it is checked, by the option's value. */
  reveals?: ReadonlyMap<string, () => unknown> | undefined;
}

const CHOICE_TYPES: ReadonlySet<string> = new Set(['radio', 'checkboxes', 'boolean']);

/** True for a question answered by choosing (a revealed question may hang under one of its options). */
export const isChoice = (field: FormField): boolean => CHOICE_TYPES.has(field.type);

/** The id stem of a question's controls. */
export const questionId = (field: FormField): string => `q-${field.form_question_id}`;

/** The id of the control an error summary link (or a "Change" link) moves to. */
export function controlId(field: FormField, parts?: DatePart[]): string {
  const id = questionId(field);
  if (field.type === 'datepicker') return dateInputTarget(id, parts);
  if (isChoice(field) || field.type === 'consent') return `${id}-0`;
  return id;
}

/** The options a choice question offers, as the values its inputs carry (Yes / No for a boolean). */
export function choiceOptions(field: FormField, t: Translate): { label: string; value: string }[] {
  if (field.type === 'boolean') {
    return [
      { label: t('yes'), value: 'true' },
      { label: t('no'), value: 'false' },
    ];
  }
  return field.options ?? [];
}

/** A question's label: its name, and "(optional)" when it need not be answered. */
const labelOf = (field: FormField, t: Translate) => (field.required ? field.name : `${field.name} ${t('optional')}`);

export function renderQuestion(field: FormField, ctx: QuestionContext): TemplateResult {
  const id = questionId(field);
  const { t, raw, disabled } = ctx;
  const error = ctx.error?.message;
  const hint = field.description || undefined;
  if (field.type === 'datepicker') {
    return renderDateInput({
      t,
      id,
      legend: labelOf(field, t),
      hint: hint ?? t('date.hint'),
      error,
      errorParts: ctx.error?.parts,
      value: isDateParts(raw) ? raw : EMPTY_DATE,
      disabled,
      onInput: (part, value) => ctx.update((old) => ({ ...(isDateParts(old) ? old : EMPTY_DATE), [part]: value })),
    });
  }
  if (field.type === 'consent') {
    // The statement is the checkbox's label; the legend says what it is.
    return renderChoices({
      t,
      type: 'checkbox',
      id,
      legend: field.required ? t('consent.legend') : `${t('consent.legend')} ${t('optional')}`,
      hint,
      error,
      disabled,
      items: [{ value: 'true', label: field.name, checked: raw === true }],
      onChange: (_item, checked) => ctx.update(() => checked),
    });
  }
  if (isChoice(field)) {
    const checkbox = field.type === 'checkboxes';
    const chosen = (value: string) => (Array.isArray(raw) ? raw.includes(value) : raw !== undefined && String(raw) === value);
    const items: ChoiceItem[] = choiceOptions(field, t).map((o) => ({
      value: o.value,
      label: o.label,
      checked: chosen(o.value),
      reveal: ctx.reveals?.get(o.value),
    }));
    return renderChoices({
      t,
      type: checkbox ? 'checkbox' : 'radio',
      id,
      legend: labelOf(field, t),
      hint,
      error,
      items,
      inline: field.type === 'boolean' && !ctx.reveals?.size,
      disabled,
      required: !!field.required,
      onChange: (item, checked) =>
        ctx.update((old) => {
          if (field.type === 'boolean') return item.value === 'true';
          if (!checkbox) return item.value;
          const rest = Array.isArray(old) ? old.filter((value) => value !== item.value) : [];
          return checked ? [...rest, item.value] : rest;
        }),
    });
  }
  const value = typeof raw === 'string' ? raw : '';
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    ctx.update(() => text);
  };
  const options = { t, id, label: labelOf(field, t), hint, error, value, disabled, required: !!field.required, onInput, after: ctx.extra };
  if (field.type === 'text') return renderTextarea(options);
  if (field.type === 'dropdown') {
    return renderSelect({
      ...options,
      options: field.options ?? [],
      placeholder: t('select.placeholder'),
      onInput: undefined,
      onChange: onInput,
    });
  }
  const unit = unitOf(field);
  const integer = field.type === 'integer';
  return renderField(
    { ...options, describedBy: unit ? `${id}-unit` : undefined },
    (aria) => html`<div class="control">
      <input id=${id} class="input ${integer ? 'number' : ''}" part="input" type="text" inputmode=${integer ? 'numeric' : nothing}
        spellcheck=${integer ? 'false' : nothing} aria-describedby=${aria.describedBy} aria-invalid=${aria.invalid}
        ?required=${!!field.required} ?disabled=${disabled} .value=${value} @input=${onInput} />
      ${unit ? html`<span class="unit" part="unit" id="${id}-unit">${unit}</span>` : nothing}
    </div>`,
    ctx.extra,
  );
}
