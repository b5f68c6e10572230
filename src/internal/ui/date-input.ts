/**
 * The kit's one date input (GOV.UK's): three text fields, Day, Month and Year, in a fieldset
 * (`role="group"`) whose legend is the question, described by its hint and error. Only the parts
 * at fault are marked invalid (`errorParts`, from `validateDateParts` in domain/calendar-date.ts,
 * which reads and checks what was typed; month names are accepted there too).
 *
 * And the time field: a text input (not `<input type=time>`, which shows a 12- or 24-hour clock
 * by the browser's locale and cannot take "midday") read by `parseClockTime` (domain/clock-time.ts).
 *
 * Ids from `id`: `<id>-day`, `<id>-month`, `<id>-year` (an error summary links to the first part
 * at fault), hint `<id>-hint`, error `<id>-error`. Parts: `field`, `label`, `hint`,
 * `error-message`, `date-input`, `input`.
 */
import { html, type TemplateResult } from 'lit';
import type { DatePart, DateParts } from '../../domain/calendar-date.js';
import { renderFieldset, renderTextInput, type Autocomplete, type Content, type TextInputOptions } from './field.js';
import type { Translate } from './ui-strings.js';

export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

export interface DateInputOptions {
  t: Translate;
  id: string;
  legend: Content;
  /** GOV.UK: "For example, 27 3 2007" (a date that suits the question). */
  hint?: Content | undefined;
  error?: string | undefined;
  /** The parts at fault; all three when there is an error and this is not given. */
  errorParts?: readonly DatePart[] | undefined;
  value: DateParts;
  /** `bday` for a date of birth (autocomplete `bday-day`, `bday-month`, `bday-year`). */
  autocomplete?: 'bday' | undefined;
  disabled?: boolean | undefined;
  onInput?: ((part: DatePart, value: string, event: Event) => void) | undefined;
}

/** The id of the control an error summary should link to: the first part at fault. */
export const dateInputTarget = (id: string, errorParts?: readonly DatePart[]): string => `${id}-${errorParts?.[0] ?? 'day'}`;

/** A GOV.UK date input. */
export function renderDateInput(o: DateInputOptions): TemplateResult {
  const wrong = (part: DatePart) => !!o.error && (o.errorParts?.includes(part) ?? true);
  return renderFieldset(
    { t: o.t, id: o.id, legend: o.legend, hint: o.hint, error: o.error, role: 'group' },
    html`<div class="date-input" part="date-input">
      ${DATE_PARTS.map(
        (part) => html`<div class="date-part">
          <label class="date-label" for="${o.id}-${part}">${o.t(`date.${part}`)}</label>
          <input id="${o.id}-${part}" class="input width-${part === 'year' ? 4 : 2}" part="input" type="text" inputmode="numeric" spellcheck="false"
            autocomplete=${o.autocomplete ? (`${o.autocomplete}-${part}` as Autocomplete) : 'off'} aria-invalid=${wrong(part) ? 'true' : 'false'}
            ?disabled=${!!o.disabled} .value=${o.value[part]}
            @input=${(event: Event) => o.onInput?.(part, (event.target as HTMLInputElement).value, event)} />
        </div>`,
      )}
    </div>`,
  );
}

export type TimeInputOptions = Omit<TextInputOptions, 'type' | 'inputmode' | 'width'>;

/**
 * A time of day field: the field template with a text input 10 characters wide, hint "For example,
 * 9:30am or 14:30" unless another is given (`hint: ''` for none). Read the value with
 * `parseClockTime`; show a stored time with `formatClockTime`.
 */
export function renderTimeInput(o: TimeInputOptions): TemplateResult {
  return renderTextInput({ autocomplete: 'off', spellcheck: false, ...o, hint: o.hint ?? o.t('time.hint'), width: 10 });
}
