import { initialState, Task, TaskStatus } from '@lit/task';
import { PATIENT_DECODERS } from '../../api/decoders/patients.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isAbortError, type HeroError } from '../../api/errors.js';
import type { HeroPatient } from '../../domain/patient.js';
import {
  calendarDateFrom,
  calendarDateInLondon,
  calendarDateMessages,
  formatCalendarDate,
  lowerLabel,
  validateDateParts,
  type DatePart,
} from '../../domain/calendar-date.js';
import type { Audience } from '../../internal/error-view.js';
import { HeroFormElement } from '../../internal/form-associated.js';
import type { Messages, Translations } from '../../internal/localize.js';
import { formatNhsNumber, groupNhsDigits, isValidNhsNumber, normaliseNhsNumber } from '../../domain/nhs-number.js';
import { baseStyles, fieldStyles } from '../../internal/styles.js';
import { patientName, shortAddress } from '../../domain/patient.js';
import { isValidPostcode, normalisePostcode } from '../../domain/postcode.js';
import { safeHttpsUrl, searchPatients, tracePatient, type SearchQuery, type SearchResult, type TraceRequest } from './lookup-api.js';
import { patientLookupStyles } from './patient-lookup.styles.js';

/** `detail` of `hero-patient-select`. Restricted patients come without address, phone, email or notes. */
export interface PatientSelectDetail {
  patient: HeroPatient;
}

/** `detail` of `hero-identity-verification`: where the patient verifies their identity (NHS login). */
export interface IdentityVerificationDetail {
  login_url: string;
}

type Mode = 'nhs' | 'name';
type FieldKey = 'nhs' | 'first' | 'last' | 'day' | 'month' | 'year' | 'postcode';
type ErrorKey = 'nhs' | 'first' | 'last' | 'dob' | 'postcode';
interface FieldError {
  message: string;
  /** The id of the control the error summary links to. */
  target: string;
  /** For the date of birth: the parts at fault. */
  parts?: DatePart[];
}

type TraceState =
  | { status: 'idle' | 'pending' | 'no-match' }
  | { status: 'found'; patient: HeroPatient }
  | { status: 'verify'; link: string | undefined }
  // `error` is what `reportError` returns: undefined only for an aborted request, which never gets here.
  | { status: 'error'; error: HeroError | undefined };

const EMPTY_FIELDS: Record<FieldKey, string> = { nhs: '', first: '', last: '', day: '', month: '', year: '', postcode: '' };
const DATE_IDS: Record<DatePart, string> = { day: 'dob-day', month: 'dob-month', year: 'dob-year' };
/** The trace outcomes told in a panel: its title (also announced) and text (no-match: by search mode). */
const TRACE_PANELS: Partial<Record<TraceState['status'], { title: string; text?: string }>> = {
  found: { title: 'trace.found', text: 'trace.found.text' },
  'no-match': { title: 'trace.none.title' },
  verify: { title: 'trace.verify.title', text: 'trace.verify.text' },
};

/** Every user-facing string of the element (en-GB). Hosts can override any through `strings`. */
export const patientLookupStrings = {
  ...calendarDateMessages,
  'date.required': 'Enter a date of birth',
  'mode.legend': 'Search by',
  'mode.nhs': 'NHS number and date of birth',
  'mode.name': 'Name and date of birth',
  'nhs.label': 'NHS number',
  'nhs.hint': '10 digits, for example 943 476 5919',
  'nhs.required': 'Enter an NHS number',
  'nhs.characters': 'NHS number must only include numbers, spaces and dashes',
  'nhs.length': 'NHS number must be 10 digits',
  'nhs.invalid': 'NHS number is not valid. Check each digit',
  'first.label': 'First name',
  'first.required': 'Enter a first name',
  'last.label': 'Last name',
  'last.required': 'Enter a last name',
  'dob.label': 'Date of birth',
  'dob.hint': 'For example, 31 3 1980',
  'dob.day': 'Day',
  'dob.month': 'Month',
  'dob.year': 'Year',
  'postcode.label': 'Postcode',
  'postcode.hint': 'The postcode the patient is registered at with the NHS, for example BS35 2AQ',
  'postcode.required': 'Enter a postcode',
  'postcode.invalid': 'Enter a real postcode',
  'error.prefix': 'Error:',
  search: 'Search',
  searching: 'Searching for patients…',
  'results.count': ({ count }) => (count === 1 ? '1 patient found' : `${count} patients found`),
  'results.more': 'Showing the first {shown} of {total} matches. Add more detail to narrow the search.',
  'results.confirm': 'Check the details, then select the right patient.',
  'nhs.none': 'Not recorded',
  address: 'Address',
  'address.withheld': 'Withheld: restricted record',
  'badge.deceased': 'Deceased',
  'badge.restricted': 'Restricted',
  'badge.archived': 'Archived',
  unnamed: 'Name not recorded',
  select: 'Select',
  'select.context': '{name}, born {dob}',
  'deceased.title': 'This patient has died',
  'deceased.text': '{name} is recorded as deceased ({date}). Select this record only if you are sure it is the one you need.',
  'deceased.date': 'died {date}',
  'deceased.unknown': 'date of death not recorded',
  'deceased.confirm': 'Yes, select this patient',
  cancel: 'Cancel',
  'none.title': 'No patients found',
  'none.nhs': 'No Hero patient has NHS number {nhs} and date of birth {dob}.',
  'none.name': 'No Hero patient called {first} {last} has date of birth {dob}.',
  'none.check.nhs': 'Check the NHS number and date of birth, or search by name and date of birth instead.',
  'none.check.name': 'Check the spelling of the names and the date of birth, or search by NHS number instead.',
  'trace.title': 'Trace on the NHS Spine',
  'trace.text': 'If the patient is registered with the NHS, a trace on the Spine (PDS) finds them and adds them to Hero.',
  'trace.pending': 'Tracing on the NHS Spine…',
  'trace.found': 'Found on the NHS Spine',
  'trace.found.text': 'This patient was traced on the NHS Spine and is now in Hero. Check the details, then select them.',
  'trace.none.title': 'No match on the NHS Spine',
  'trace.none.nhs': 'Check the NHS number and date of birth with the patient, for example on an NHS letter or the NHS App.',
  'trace.none.name': 'Check the names are spelt as on the patient’s NHS record, and that the date of birth and postcode are right. Or trace by NHS number.',
  'trace.verify.title': 'The patient needs to verify their identity',
  'trace.verify.text': 'Before they can be added from the NHS Spine, the patient must prove who they are with NHS login. When they have done this, trace them again.',
  'trace.verify.link': 'Open the NHS login identity check (opens in a new tab)',
  'trace.again': 'Trace again',
  'selected.title': 'Selected patient',
  'selected.announce': '{name} selected',
  change: 'Change patient',
  required: 'Select a patient',
  'required.hint': 'Find the patient, then select them.',
} satisfies Messages;

export type PatientLookupStrings = typeof patientLookupStrings;
const strings = patientLookupStrings;

/**
 * Search by NHS number + date of birth (checked with Modulus 11 before anything is sent) or by
 * first name, last name + date of birth (`GET /v3/patients`). Several matches are listed; nothing
 * is ever selected without the user choosing it, and a deceased patient needs a second
 * confirmation. With `allow-register`, "none found" offers a PDS trace
 * (`POST /v1/patients/register_pds`). Restricted patients never show an address, phone or email,
 * and those fields are removed before the element keeps the patient or hands it on.
 *
 * Form-associated: inside a `<form>` its value is the selected patient's id (under its `name`);
 * it supports `required`, `disabled` (its own or a disabled `<fieldset>`'s) and form reset.
 *
 * @summary Finds the right patient: searches Hero by NHS number or name with date of birth,
 * traces on the NHS Spine (PDS) when Hero has no match, and lets staff select one patient.
 *
 * @fires {CustomEvent<PatientSelectDetail>} hero-patient-select - `{ patient }`: the user selected a patient (restricted: no address or contact fields).
 * @fires {CustomEvent<IdentityVerificationDetail>} hero-identity-verification - `{ login_url }`: PDS asks the patient to verify their identity first. Call `preventDefault()` if your page handles the link; otherwise the element offers it as a link.
 * @fires {Event} change - The selected patient changed (selected or cleared by the user).
 * @fires {CustomEvent<Record<string, never>>} hero-ready - The form is ready to use.
 * @fires {CustomEvent<HeroErrorDetail>} hero-error - `{ code, message, status? }`: a search or trace failed.
 *
 * @csspart base - The wrapper of everything.
 * @csspart error-summary - The "There is a problem" summary shown on a failed search.
 * @csspart form - The search form.
 * @csspart mode - The "Search by" radio group.
 * @csspart field - Each field's wrapper (label, hint, error, input).
 * @csspart label - Each field's label or legend.
 * @csspart hint - Each field's hint.
 * @csspart error-message - Each field's inline error.
 * @csspart input - Each text input.
 * @csspart search-button - The Search button.
 * @csspart status - The busy indication while searching or tracing.
 * @csspart results - The list of matching patients.
 * @csspart result - One patient in the list (also the selected patient's card).
 * @csspart badge - A Deceased, Restricted or Archived badge.
 * @csspart select-button - A patient's Select button.
 * @csspart deceased-confirm - The second confirmation for a deceased patient.
 * @csspart confirm-button - "Yes, select this patient".
 * @csspart cancel-button - Cancel in the deceased confirmation.
 * @csspart none-found - The "No patients found" message.
 * @csspart trace - The NHS Spine trace section.
 * @csspart trace-button - The "Trace on the NHS Spine" button.
 * @csspart selected - The selected patient's card.
 * @csspart change-button - "Change patient".
 * @csspart error - The error message of a failed request.
 * @csspart retry-button - Its "Try again" button.
 *
 * @cssproperty --hero-patient-lookup-max-width - Widest the element grows (default 40rem).
 * @cssproperty --hero-patient-lookup-gap - Space between sections (default `--hero-space-l`).
 * @cssproperty --hero-patient-lookup-input-border-color - Text input borders (default `--hero-color-border-strong`).
 * @cssproperty --hero-patient-lookup-error-color - Errors, the error summary and invalid fields (default `--hero-color-danger`).
 * @cssproperty --hero-patient-lookup-result-background - Result cards (default `--hero-color-surface`).
 * @cssproperty --hero-patient-lookup-result-border-color - Result card borders (default `--hero-color-border`).
 * @cssproperty --hero-patient-lookup-selected-border-color - The selected patient's card border (default `--hero-color-success`).
 * @cssproperty --hero-color-success - Global token. Success colour (default `#007f3b`).
 * @cssproperty --hero-color-danger-hover - Global token. Danger buttons on hover (default `#aa2016`).
 * @cssproperty --hero-color-info-surface - Global token. Background of information notices (default `#e8f1fa`).
 * @cssproperty --hero-color-warning - Global token. Warning text and borders (default `#8a4b00`).
 * @cssproperty --hero-color-warning-surface - Global token. Background of warnings (default `#fff4e0`).
 *
 * @cssstate selected - A patient is selected.
 * @cssstate busy - A search or trace is in progress.
 * @cssstate invalid - `required` and no patient selected.
 */
export class HeroPatientLookup extends HeroFormElement {
  static override styles = [baseStyles, fieldStyles, patientLookupStyles];
  static override translations: Translations<typeof strings> = { 'en-GB': strings };
  static override translationKey = 'patientLookup';
  static override decoders = PATIENT_DECODERS;
  // Declared without decorators: smaller than the decorator helpers in every bundle.
  static override properties = {
    allowRegister: { type: Boolean, attribute: 'allow-register', reflect: true },
    query: { state: true },
    mode: { state: true },
    fields: { state: true },
    errors: { state: true },
    trace: { state: true },
    confirmingId: { state: true },
    selected: { state: true },
    showRequired: { state: true },
  };

  private readonly search = new Task(this, {
    task: async ([client, query], { signal }) => {
      if (!query || !client) return initialState;
      return searchPatients(client, query, signal);
    },
    args: () => [this.client, this.query] as const,
    onComplete: (result) =>
      this.announce(result.patients.length ? this.t('results.count', { count: result.patients.length }) : this.t('none.title')),
    onError: (error) => void this.reportError(error),
  });

  private traceController?: AbortController;

  /** The search being shown (set on submit; a new object each time, so the task runs again). */
  declare private query?: SearchQuery;
  declare private mode: Mode;
  declare private fields: Record<FieldKey, string>;
  declare private errors: Partial<Record<ErrorKey, FieldError>>;
  declare private trace: TraceState;
  declare private confirmingId?: string;
  declare private selected?: HeroPatient;
  declare private showRequired: boolean;

  /** Offer a trace on the NHS Spine (PDS) when no Hero patient matches (attribute `allow-register`). */
  declare allowRegister: boolean;

  constructor() {
    super();
    this.mode = 'nhs';
    this.fields = { ...EMPTY_FIELDS };
    this.errors = {};
    this.trace = { status: 'idle' };
    this.showRequired = false;
    this.allowRegister = false;
    this.addEventListener('invalid', () => {
      this.showRequired = true;
    });
  }

  /** Practice staff use the lookup: its errors may name Hero and say what to check. */
  protected override get audience(): Audience {
    return 'staff';
  }

  /** Leaving the page cancels a trace in flight (a search in flight is cancelled, and resumed on return, by the base). */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.traceController?.abort();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The search form is the element's first data: ready once it shows.
    if (this.client) void this.markReady();
    const internals = this.internals;
    if (this.required && !this.selected) {
      const anchor = this.renderRoot.querySelector<HTMLElement>('[part~="select-button"], [part~="input"]') ?? undefined;
      internals.setValidity({ valueMissing: true }, this.t('required'), anchor);
    } else {
      internals.setValidity({});
    }
    const states: Record<string, boolean> = {
      selected: !!this.selected,
      busy: this.search.status === TaskStatus.PENDING || this.trace.status === 'pending',
      invalid: !internals.validity.valid,
    };
    this.setStates(states);
  }

  formResetCallback(): void {
    this.traceController?.abort();
    this.query = undefined;
    this.mode = 'nhs';
    this.fields = { ...EMPTY_FIELDS };
    this.errors = {};
    this.trace = { status: 'idle' };
    this.confirmingId = undefined;
    this.selected = undefined;
    this.showRequired = false;
    this.announce('');
    this.internals.setFormValue(null);
  }

  // ─── Handlers ───

  private handleMode(event: Event): void {
    this.mode = (event.target as HTMLInputElement).value as Mode;
    this.errors = {};
  }

  private handleInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    const key = input.dataset['field'] as FieldKey;
    let value = input.value;
    // Group the NHS number 3-3-4 only while typing or pasting at the end, so the caret never jumps.
    if (key === 'nhs' && event.inputType?.startsWith('insert') && input.selectionEnd === value.length) {
      input.value = value = groupNhsDigits(value);
    }
    this.fields = { ...this.fields, [key]: value };
  }

  private handleNhsBlur(): void {
    if (isValidNhsNumber(this.fields.nhs)) this.fields = { ...this.fields, nhs: formatNhsNumber(this.fields.nhs) };
  }

  private handleSearch(event: Event): void {
    event.preventDefault();
    if (this.isDisabled) return;
    const errors: Partial<Record<ErrorKey, FieldError>> = {};
    const { nhs, first, last } = this.fields;
    if (this.mode === 'nhs') {
      const digits = normaliseNhsNumber(nhs);
      const problem = !nhs.trim()
        ? 'nhs.required'
        : /[^\d\s-]/.test(nhs)
          ? 'nhs.characters'
          : digits.length !== 10
            ? 'nhs.length'
            : isValidNhsNumber(digits)
              ? undefined
              : 'nhs.invalid';
      if (problem) errors.nhs = { message: this.t(problem), target: 'nhs-number' };
    } else {
      if (!first.trim()) errors.first = { message: this.t('first.required'), target: 'first-name' };
      if (!last.trim()) errors.last = { message: this.t('last.required'), target: 'last-name' };
    }
    const label = this.t('dob.label');
    const dob = validateDateParts(this.fields, { when: 'past' });
    if (!dob.ok) {
      const message = this.t(`date.${dob.code}`, { label, label_lower: lowerLabel(label) });
      errors.dob = { message, target: DATE_IDS[dob.fields[0] ?? 'day'], parts: dob.fields };
    }
    if (this.showErrors(errors) || !dob.ok || !dob.date) return;

    const query: SearchQuery =
      this.mode === 'nhs'
        ? { mode: 'nhs', nhsNumber: normaliseNhsNumber(nhs), dob: dob.date }
        : { mode: 'name', firstName: first.trim(), lastName: last.trim(), dob: dob.date };
    // A second press while the same search is running changes nothing.
    if (this.search.status === TaskStatus.PENDING && JSON.stringify(query) === JSON.stringify(this.query)) return;
    this.traceController?.abort();
    this.trace = { status: 'idle' };
    this.confirmingId = undefined;
    this.query = query;
    if (this.mode === 'nhs') this.fields = { ...this.fields, nhs: formatNhsNumber(nhs) };
  }

  private async handleTrace(event: Event): Promise<void> {
    event.preventDefault();
    const query = this.query;
    if (!query || this.trace.status === 'pending' || this.isDisabled) return;
    let request: TraceRequest;
    if (query.mode === 'nhs') {
      request = { nhs_number: query.nhsNumber, dob: query.dob };
    } else {
      const postcode = this.fields.postcode;
      const problem = !postcode.trim() ? 'postcode.required' : isValidPostcode(postcode) ? undefined : 'postcode.invalid';
      if (this.showErrors(problem ? { postcode: { message: this.t(problem), target: 'postcode' } } : {})) return;
      const normalised = normalisePostcode(postcode);
      this.fields = { ...this.fields, postcode: normalised };
      request = { forename: query.firstName, surname: query.lastName, dob: query.dob, postcode: normalised };
    }
    const client = this.client;
    if (!client) return;
    const controller = (this.traceController = new AbortController());
    this.trace = { status: 'pending' };
    this.announce(this.t('trace.pending'));
    try {
      const outcome = await tracePatient(client, request, controller.signal);
      if (controller.signal.aborted) return;
      if (outcome.status === 'verify') {
        // The element offers the link (https only) unless the page handles the event (preventDefault).
        const detail: IdentityVerificationDetail = { login_url: outcome.loginUrl };
        const offered = this.emit('hero-identity-verification', detail);
        this.trace = { status: 'verify', link: offered ? safeHttpsUrl(outcome.loginUrl) : undefined };
      } else {
        this.trace = outcome;
      }
      // Announce the title of the outcome's panel.
      this.announce(this.t(TRACE_PANELS[outcome.status]!.title));
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) {
        if (this.traceController === controller) this.trace = { status: 'idle' };
        return;
      }
      this.trace = { status: 'error', error: this.reportError(error) };
    }
  }

  private handleSelect(patient: HeroPatient): void {
    if (this.isDisabled || !patient.id) return;
    if (patient.deceased_at && this.confirmingId !== patient.id) {
      this.confirmingId = patient.id;
      void this.focusOn(`#confirm-${patient.id}`);
      return;
    }
    this.confirmingId = undefined;
    this.selected = patient;
    this.showRequired = false;
    this.internals.setFormValue(patient.id);
    this.announce(this.t('selected.announce', { name: patientName(patient) || this.t('unnamed') }));
    void this.focusOn('#selected-title');
    const detail: PatientSelectDetail = { patient: structuredClone(patient) };
    this.emit('hero-patient-select', detail);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private cancelConfirm(patient: HeroPatient): void {
    this.confirmingId = undefined;
    void this.focusOn(`#select-${patient.id}`);
  }

  private async handleChange(): Promise<void> {
    const select = `#select-${this.selected?.id}`;
    this.selected = undefined;
    this.internals.setFormValue(null);
    this.announce('');
    this.dispatchEvent(new Event('change', { bubbles: true }));
    // Back to the patient's Select button if it is still listed, else into the search form.
    await this.updateComplete;
    void this.focusOn(this.renderRoot.querySelector(select) ? select : '[part~="input"]');
  }

  // ─── Public API ───

  /** The selected patient's id, or `''`. */
  get value(): string {
    return this.selected?.id ?? '';
  }

  /** A copy of the selected patient (restricted: no address, phone, email or notes), if any. */
  get patient(): HeroPatient | undefined {
    return this.selected && structuredClone(this.selected);
  }

  // ─── Internals ───

  /** Shows the errors (summary, then focus on it) and says whether there were any. */
  private showErrors(errors: Partial<Record<ErrorKey, FieldError>>): boolean {
    this.errors = errors;
    if (!Object.keys(errors).length) return false;
    void this.focusOn('#error-summary');
    return true;
  }

  // ─── Rendering ───

  /** The busy indication (the live region says it too). */
  private renderBusy(key: string): TemplateResult {
    return html`<p class="loading" part="status"><span class="spinner" aria-hidden="true"></span>${this.t(key)}</p>`;
  }

  /** An inline error ("Error:" for screen readers, then the message), if there is a message. */
  private renderErrorMessage(message: string | undefined, id?: string): TemplateResult | typeof nothing {
    return message
      ? html`<p class="error-message" id=${id ?? nothing} part="error-message"><span class="visually-hidden">${this.t('error.prefix')}</span> ${message}</p>`
      : nothing;
  }

  /** A text field; the NHS number and postcode have a hint (and a class of their name, for width). */
  private renderTextField(key: 'nhs' | 'first' | 'last' | 'postcode', id: string): TemplateResult {
    const error = this.errors[key];
    const hint = key === 'nhs' || key === 'postcode';
    const describedBy = [hint ? `${key}-hint` : '', error ? `${key}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'invalid' : ''}" part="field">
      <label class="label" part="label" for=${id}>${this.t(`${key}.label`)}</label>
      ${hint ? html`<p class="hint" part="hint" id="${key}-hint">${this.t(`${key}.hint`)}</p>` : nothing}
      ${this.renderErrorMessage(error?.message, `${key}-error`)}
      ${this.renderInput(key, id, !!error, describedBy)}
    </div>`;
  }

  /** A text input (class `input` and its field's name, for width); the NHS number and date parts are numeric. */
  private renderInput(key: FieldKey, id: string, invalid: boolean, describedBy = ''): TemplateResult {
    const numeric = key === 'nhs' || key in DATE_IDS;
    return html`<input id=${id} class="input ${key}" part="input" type="text" data-field=${key} inputmode=${numeric ? 'numeric' : 'text'}
      autocomplete="off" spellcheck="false" aria-describedby=${describedBy || nothing} aria-invalid=${invalid}
      .value=${this.fields[key]} ?disabled=${this.isDisabled} @input=${this.handleInput} @blur=${key === 'nhs' ? this.handleNhsBlur : undefined} />`;
  }

  private renderDob(): TemplateResult {
    const error = this.errors['dob'];
    const part = (name: DatePart) =>
      html`<div class="field">
        <label class="label" for=${DATE_IDS[name]}>${this.t(`dob.${name}`)}</label>
        ${this.renderInput(name, DATE_IDS[name], error?.parts?.includes(name) ?? false)}
      </div>`;
    return html`<fieldset class="field ${error ? 'invalid' : ''}" part="field" role="group" aria-describedby=${error ? 'dob-hint dob-error' : 'dob-hint'}>
      <legend class="label" part="label">${this.t('dob.label')}</legend>
      <p class="hint" part="hint" id="dob-hint">${this.t('dob.hint')}</p>
      ${this.renderErrorMessage(error?.message, 'dob-error')}
      <div class="date">${part('day')}${part('month')}${part('year')}</div>
    </fieldset>`;
  }

  private renderForm(): TemplateResult {
    const pending = this.search.status === TaskStatus.PENDING;
    return html`<form part="form" novalidate autocomplete="off" @submit=${this.handleSearch}>
      <fieldset class="field" part="mode">
        <legend class="label" part="label">${this.t('mode.legend')}</legend>
        <div class="radios">
          ${(['nhs', 'name'] as const).map(
            (mode) => html`<div class="choice">
              <input id="mode-${mode}" type="radio" name="mode" value=${mode} .checked=${this.mode === mode} ?disabled=${this.isDisabled} @change=${this.handleMode} />
              <label for="mode-${mode}">${this.t(`mode.${mode}`)}</label>
            </div>`,
          )}
        </div>
      </fieldset>
      ${this.mode === 'nhs'
        ? this.renderTextField('nhs', 'nhs-number')
        : html`${this.renderTextField('first', 'first-name')}${this.renderTextField('last', 'last-name')}`}
      ${this.renderDob()}
      <div class="actions">
        <button type="submit" class="button" part="search-button" ?disabled=${this.isDisabled} aria-disabled=${pending}>${this.t('search')}</button>
      </div>
    </form>`;
  }

  private formatDob(patient: HeroPatient): string {
    const dob = calendarDateFrom(patient.dob);
    return dob ? formatCalendarDate(dob, this.locale) : this.t('nhs.none');
  }

  /** A patient's card: name, badges, date of birth, NHS number, address (never for restricted patients). */
  private renderPatient(patient: HeroPatient, id: string): TemplateResult {
    const address = shortAddress(patient);
    const badges = [patient.deceased_at && 'deceased', patient.restricted && 'restricted', patient.archived && 'archived'];
    return html`<div class="result-head">
        <p class="name" id=${id}>${patientName(patient) || this.t('unnamed')}</p>
        ${badges.filter(Boolean).map((badge) => html`<span class="badge ${badge}" part="badge">${this.t(`badge.${badge}`)}</span>`)}
      </div>
      <dl class="details">
        <dt>${this.t('dob.label')}</dt>
        <dd>${this.formatDob(patient)}</dd>
        <dt>${this.t('nhs.label')}</dt>
        <dd>${patient.nhs_number ? formatNhsNumber(patient.nhs_number) : this.t('nhs.none')}</dd>
        <dt>${this.t('address')}</dt>
        <dd>${patient.restricted ? this.t('address.withheld') : address || this.t('nhs.none')}</dd>
      </dl>`;
  }

  private renderResult(patient: HeroPatient): TemplateResult {
    const name = patientName(patient) || this.t('unnamed');
    const confirming = this.confirmingId === patient.id;
    const died = calendarDateInLondon(patient.deceased_at ?? '');
    return html`<li class="result" part="result">
      ${this.renderPatient(patient, `name-${patient.id}`)}
      <div class="actions">
        <button id="select-${patient.id}" type="button" class="button secondary" part="select-button"
          aria-expanded=${patient.deceased_at ? confirming : nothing} ?disabled=${this.isDisabled} @click=${() => this.handleSelect(patient)}>
          ${this.t('select')}<span class="visually-hidden">&nbsp;${this.t('select.context', { name, dob: this.formatDob(patient) })}${patient.deceased_at
              ? `, ${this.t('badge.deceased')}`
              : ''}</span>
        </button>
      </div>
      ${confirming
        ? html`<div class="panel warning" part="deceased-confirm" role="group" aria-labelledby="confirm-${patient.id}">
            <p class="title" id="confirm-${patient.id}" tabindex="-1">${this.t('deceased.title')}</p>
            <p>${this.t('deceased.text', {
              name,
              date: died ? this.t('deceased.date', { date: formatCalendarDate(died, this.locale) }) : this.t('deceased.unknown'),
            })}</p>
            <div class="actions">
              <button type="button" class="button warning" part="confirm-button" ?disabled=${this.isDisabled} @click=${() => this.handleSelect(patient)}>${this.t('deceased.confirm')}</button>
              <button type="button" class="button secondary" part="cancel-button" @click=${() => this.cancelConfirm(patient)}>${this.t('cancel')}</button>
            </div>
          </div>`
        : nothing}
    </li>`;
  }

  private renderResults(result: SearchResult): TemplateResult {
    if (!result.patients.length) return this.renderNone();
    return html`<section class="stack" aria-labelledby="results-title">
      <div>
        <p class="title" id="results-title">${this.t('results.count', { count: result.patients.length })}</p>
        <p class="hint">${this.t('results.confirm')}</p>
      </div>
      ${result.total > result.patients.length
        ? html`<p class="panel info">${this.t('results.more', { shown: result.patients.length, total: result.total })}</p>`
        : nothing}
      <ul class="results" part="results" aria-labelledby="results-title">
        ${result.patients.map((patient) => this.renderResult(patient))}
      </ul>
    </section>`;
  }

  private renderNone(): TemplateResult {
    const query = this.query;
    if (!query) return html``;
    const dob = formatCalendarDate(query.dob, this.locale);
    return html`<div class="stack">
      <div class="panel" part="none-found">
        <p class="title">${this.t('none.title')}</p>
        <p>${query.mode === 'nhs'
          ? this.t('none.nhs', { nhs: formatNhsNumber(query.nhsNumber), dob })
          : this.t('none.name', { first: query.firstName, last: query.lastName, dob })}</p>
        <p>${this.t(`none.check.${query.mode}`)}</p>
      </div>
      ${this.allowRegister ? this.renderTrace(query) : nothing}
    </div>`;
  }

  private renderTrace(query: SearchQuery): TemplateResult {
    const trace = this.trace;
    const status = trace.status;
    const panel = TRACE_PANELS[status];
    return html`<form class="stack" part="trace" novalidate autocomplete="off" aria-labelledby="trace-heading" @submit=${this.handleTrace}>
      <div>
        <p class="title" id="trace-heading">${this.t('trace.title')}</p>
        <p>${this.t('trace.text')}</p>
      </div>
      ${query.mode === 'name' ? this.renderTextField('postcode', 'postcode') : nothing}
      ${status === 'found'
        ? nothing
        : html`<div class="actions">
            <button type="submit" class="button" part="trace-button" ?disabled=${this.isDisabled} aria-disabled=${status === 'pending'}>${this.t(
              status === 'idle' || status === 'pending' ? 'trace.title' : 'trace.again',
            )}</button>
          </div>`}
      ${status === 'pending' ? this.renderBusy('trace.pending') : status === 'error' ? this.renderError(trace.error) : nothing}
      ${panel
        ? html`<div class="panel ${status === 'no-match' ? 'warning' : 'info'}" role=${status === 'found' ? nothing : 'alert'}>
            <p class="title" id="trace-title">${this.t(panel.title)}</p>
            <p>${this.t(panel.text ?? `trace.none.${query.mode}`)}</p>
            ${status === 'verify' && trace.link
              ? html`<p><a href=${trace.link} target="_blank" rel="noopener noreferrer">${this.t('trace.verify.link')}</a></p>`
              : nothing}
          </div>`
        : nothing}
      ${status === 'found' ? html`<ul class="results" part="results" aria-labelledby="trace-title">${this.renderResult(trace.patient)}</ul>` : nothing}
    </form>`;
  }

  private renderSelected(patient: HeroPatient): TemplateResult {
    return html`<section class="result selected" part="selected result" aria-labelledby="selected-title">
      <p class="hint" id="selected-title" tabindex="-1">${this.t('selected.title')}</p>
      ${this.renderPatient(patient, 'selected-name')}
      <div class="actions">
        <button type="button" class="button secondary" part="change-button" ?disabled=${this.isDisabled} @click=${this.handleChange}>${this.t('change')}</button>
      </div>
    </section>`;
  }

  protected override renderContent(): TemplateResult {
    // The errors are set in the order of the fields, so the summary lists them in that order.
    const summary = this.renderErrorSummary(Object.values(this.errors));
    const body = this.selected
      ? this.renderSelected(this.selected)
      : html`${summary}
          ${this.renderErrorMessage(this.showRequired && this.required ? `${this.t('required')}. ${this.t('required.hint')}` : undefined)}
          ${this.renderForm()}
          <div class="stack" aria-busy=${this.search.status === TaskStatus.PENDING}>
            ${this.search.render({
              pending: () => this.renderBusy('searching'),
              complete: (result) => this.renderResults(result),
              error: (error) =>
                isAbortError(error) ? nothing : this.renderError(error, () => void this.search.run()),
            })}
          </div>`;
    return html`<div class="base" part="base">
      ${this.renderAnnouncer()}
      ${body}
    </div>`;
  }
}
