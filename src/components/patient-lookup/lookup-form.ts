/**
 * The patient lookup's search form: "Search by" radios, the NHS number or first and last name,
 * the date of birth, and Search. Drawn with the shared pieces (src/internal/ui); keeps no state.
 */
import { html, type TemplateResult } from 'lit';
import type { DatePart } from '../../domain/calendar-date.js';
import { renderChoices, renderDateInput, renderTextInput, type Translate } from '../../internal/ui/index.js';
import { FIELD_IDS, type FieldErrors, type FieldKey, type Fields, type Mode } from './lookup-query.js';

export interface SearchFormView {
  t: Translate;
  mode: Mode;
  fields: Fields;
  errors: FieldErrors;
  disabled: boolean;
  /** A search is running (Search stays focusable, marked `aria-disabled`). */
  pending: boolean;
  onMode: (mode: Mode) => void;
  onInput: (key: FieldKey, event: Event) => void;
  onNhsBlur: () => void;
  onSubmit: (event: Event) => void;
}

/** A text field of the lookup (the NHS number and postcode have a hint and a fixed width). */
export function renderLookupField(
  v: Pick<SearchFormView, 't' | 'fields' | 'errors' | 'disabled' | 'onInput'>,
  key: 'nhs' | 'first' | 'last' | 'postcode',
  onBlur?: () => void,
): TemplateResult {
  const hint = key === 'nhs' || key === 'postcode';
  return renderTextInput({
    t: v.t,
    id: FIELD_IDS[key],
    label: v.t(`${key}.label`),
    hint: hint ? v.t(`${key}.hint`) : undefined,
    error: v.errors[key]?.message,
    value: v.fields[key],
    disabled: v.disabled,
    inputmode: key === 'nhs' ? 'numeric' : 'text',
    autocomplete: 'off',
    spellcheck: false,
    width: key === 'nhs' ? 10 : key === 'postcode' ? 10 : undefined,
    onInput: (event) => v.onInput(key, event),
    onBlur,
  });
}

export function renderSearchForm(v: SearchFormView): TemplateResult {
  const dob = v.errors.dob;
  return html`<form part="form" novalidate autocomplete="off" @submit=${v.onSubmit}>
    <div part="mode">${renderChoices({
      t: v.t,
      type: 'radio',
      id: 'mode',
      legend: v.t('mode.legend'),
      disabled: v.disabled,
      items: (['nhs', 'name'] as const).map((mode) => ({ value: mode, label: v.t(`mode.${mode}`), checked: v.mode === mode })),
      onChange: (item) => v.onMode(item.value as Mode),
    })}</div>
    ${v.mode === 'nhs' ? renderLookupField(v, 'nhs', v.onNhsBlur) : html`${renderLookupField(v, 'first')}${renderLookupField(v, 'last')}`}
    ${renderDateInput({
      t: v.t,
      id: FIELD_IDS.dob,
      legend: v.t('dob.label'),
      hint: v.t('dob.hint'),
      error: dob?.message,
      errorParts: dob?.parts,
      value: { day: v.fields.day, month: v.fields.month, year: v.fields.year },
      disabled: v.disabled,
      onInput: (part: DatePart, _value, event) => v.onInput(part, event),
    })}
    <div class="actions">
      <button type="submit" class="button" part="search-button" ?disabled=${v.disabled} aria-disabled=${v.pending}>${v.t('search')}</button>
    </div>
  </form>`;
}
