import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PATIENT_DECODERS } from '../../api/decoders/patients.js';
import { isAbortError } from '../../api/errors.js';
import { formatNhsNumber, isValidNhsNumber } from '../../domain/nhs-number.js';
import { needsConfirmation, patientName, type HeroPatient } from '../../domain/patient.js';
import type { Audience } from '../../internal/error-view.js';
import { HeroFormElement } from '../../internal/form-associated.js';
import type { Translations } from '../../internal/localize.js';
import { baseStyles } from '../../internal/styles.js';
import { renderErrorMessage, renderHeading, uiStyles } from '../../internal/ui/index.js';
import { searchPatients, tracePatient, type SearchQuery, type SearchResult } from './lookup-api.js';
import { renderSearchForm } from './lookup-form.js';
import {
  EMPTY_FIELDS,
  readSearch,
  readTrace,
  sameSearch,
  typedValue,
  type FieldErrors,
  type FieldKey,
  type Fields,
  type Mode,
} from './lookup-query.js';
import { renderBusy, renderNone, renderResults, renderSelected } from './lookup-results.js';
import { renderTrace, TRACE_PANELS, type TraceState } from './lookup-trace.js';
import { patientLookupStrings as strings } from './patient-lookup.strings.js';
import { patientLookupStyles } from './patient-lookup.styles.js';

export { patientLookupStrings, type PatientLookupStrings } from './patient-lookup.strings.js';

/** `detail` of `hero-patient-select`: the patient's Hero id and details (restricted: identity and flags only, no address or contact fields). */
export interface PatientSelectDetail {
  patient: HeroPatient;
}

/** `detail` of `hero-identity-verification`: where the patient verifies their identity (NHS login; always `https:`). */
export interface IdentityVerificationDetail {
  login_url: string;
}

/**
 * Search by NHS number + date of birth (checked with Modulus 11 before anything is sent) or by
 * first name, last name + date of birth (`GET /v3/patients`). Several matches are listed; nothing
 * is ever selected without the user choosing it, a deceased or archived patient needs a second
 * confirmation, and a row Hero sent without a usable patient id is shown but cannot be selected. With `allow-register`, "none found" offers a PDS trace
 * (`POST /v1/patients/register_pds`). Restricted patients never show an address, phone or email,
 * and those fields are removed before the element keeps the patient or hands it on.
 *
 * Form-associated: inside a `<form>` its value is the selected patient's Hero id (under its
 * `name`); it supports `required`, `disabled` (its own or a disabled `<fieldset>`'s) and form reset.
 *
 * Every search, trace and selection belongs to the configuration it started under: when the
 * practice (`tenant-id`, `base-url`, `env`, `auth`, here or on the provider) changes, a search or
 * trace in flight is abandoned and the results and any selected patient are cleared (no event: the
 * host changed it). A held Enter key searches once.
 *
 * @summary Finds the right patient: searches Hero by NHS number or name with date of birth,
 * traces on the NHS Spine (PDS) when Hero has no match, and lets staff select one patient.
 *
 * @fires {CustomEvent<PatientSelectDetail>} hero-patient-select - `{ patient }`: the user selected a patient (restricted: no address or contact fields).
 * @fires {CustomEvent<IdentityVerificationDetail>} hero-identity-verification - `{ login_url }` (always `https:`): PDS asks the patient to verify their identity first. Call `preventDefault()` if your page handles the link; otherwise the element offers it as a link. Any other address is refused with a `hero-error` (`server`).
 * @fires {Event} change - The selected patient changed (selected or cleared by the user).
 * @fires {CustomEvent<Record<string, never>>} hero-ready - The form is ready to use.
 * @fires {CustomEvent<HeroErrorDetail>} hero-error - `{ code, message, status? }`: a search or trace failed, or rows of an answer could not be used and were left out (once per answer, `server`).
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The element's headings ("Find a patient", the results, the trace and its outcome).
 * @csspart notice - "The practice changed", after the configuration changed.
 * @csspart error-summary - The "There is a problem" summary shown on a failed search.
 * @csspart form - The search form.
 * @csspart mode - The "Search by" radio group.
 * @csspart field - Each field's wrapper (label, hint, error, input).
 * @csspart label - Each field's label or legend.
 * @csspart choice - Each "Search by" radio.
 * @csspart choice-label - Its label.
 * @csspart date-input - The day, month and year of the date of birth.
 * @csspart hint - Each field's hint.
 * @csspart error-message - Each field's inline error.
 * @csspart input - Each text input.
 * @csspart search-button - The Search button.
 * @csspart status - The busy indication while searching or tracing.
 * @csspart results - The list of matching patients.
 * @csspart result - One patient in the list (also the selected patient's card).
 * @csspart name - A patient's name (a heading) on their card.
 * @csspart badge - A Deceased, Restricted or Archived badge.
 * @csspart unselectable - Why a row without a usable patient id cannot be selected.
 * @csspart select-button - A patient's Select button.
 * @csspart deceased-confirm - The second confirmation for a deceased or archived patient.
 * @csspart confirm-button - "Yes, select this patient".
 * @csspart cancel-button - Cancel in that confirmation.
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
 * @cssproperty --hero-color-danger-hover - Global token. Danger buttons on hover (default `#aa2016`).
 * @cssproperty --hero-color-info-surface - Global token. Background of information notices (default `#e8f1fa`).
 *
 * @cssstate selected - A patient is selected.
 * @cssstate busy - A search or trace is in progress.
 * @cssstate invalid - `required` and no patient selected.
 */
export class HeroPatientLookup extends HeroFormElement {
  static override styles = [baseStyles, uiStyles, patientLookupStyles];
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
    confirming: { state: true },
    selected: { state: true },
    showRequired: { state: true },
    notice: { state: true },
  };

  private readonly search = new Task(this, {
    task: async ([client, query], { signal }) => {
      if (!query || !client) return initialState;
      return searchPatients(client, query, signal);
    },
    args: () => [this.client, this.query] as const,
    onComplete: (result) => {
      const found = result.patients.length;
      // After a trace whose outcome was unknown: the patient is listed now, or the trace did not add them.
      const readBack = this.trace.status === 'checking';
      if (readBack) this.trace = { status: found ? 'idle' : 'checked' };
      this.announce(
        readBack && !found ? this.t('trace.checked.title') : found ? this.t('results.count', { count: found }) : this.t('none.title'),
      );
      if (this.#focusAfter || readBack) void this.focusOn(readBack && !found ? '#trace-outcome' : '#results-heading');
      this.#focusAfter = false;
    },
    onError: (error) => {
      if (this.#focusAfter && !isAbortError(error)) void this.focusOn('[part~="error"]');
      this.#focusAfter = false;
      void this.reportError(error);
    },
  });

  #traceController?: AbortController;
  /** The configuration searches run under (practice, API, auth): a change clears everything of the old one. */
  #configKey?: string;
  /** The row key (`r<index>`, `t0`) of the selected patient, to return to its Select button on "Change patient". */
  #selectedKey?: string;
  /** After "Try again": focus the new content's heading (or the error) once it shows. */
  #focusAfter = false;

  /** The search being shown (set on submit; a new object each time, so the task runs again). */
  declare private query?: SearchQuery;
  declare private mode: Mode;
  declare private fields: Fields;
  declare private errors: FieldErrors;
  declare private trace: TraceState;
  /** The row (key) whose second confirmation is open, and the Hero id of its patient. */
  declare private confirming?: { key: string; id: string };
  declare private selected?: HeroPatient;
  declare private showRequired: boolean;
  /** The configuration changed and the search was cleared. */
  declare private notice: boolean;

  /** Offer a trace on the NHS Spine (PDS) when no Hero patient matches (attribute `allow-register`). */
  declare allowRegister: boolean;

  constructor() {
    super();
    this.mode = 'nhs';
    this.fields = { ...EMPTY_FIELDS };
    this.errors = {};
    this.trace = { status: 'idle' };
    this.showRequired = false;
    this.notice = false;
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
    this.#traceController?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { tenantId, baseUrl, env, auth } = this.config;
    const key = JSON.stringify([tenantId, baseUrl, env, auth]);
    const before = this.#configKey;
    this.#configKey = key;
    if (before === undefined || before === key || !(this.query || this.selected || this.trace.status !== 'idle')) return;
    // Another practice: nothing prepared under the old one is shown, kept or sent under the new one.
    this.#clear();
    this.notice = true;
    this.announce(this.t('notice.tenant'));
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
    this.setStates({
      selected: !!this.selected,
      busy: this.#searching || this.trace.status === 'pending',
      invalid: !internals.validity.valid,
    });
  }

  formResetCallback(): void {
    this.#clear();
    this.mode = 'nhs';
    this.fields = { ...EMPTY_FIELDS };
    this.errors = {};
    this.showRequired = false;
    this.notice = false;
    this.announce('');
  }

  /** Drops the search, the trace (abandoning one in flight), an open confirmation and the selection. */
  #clear(): void {
    this.#traceController?.abort();
    this.query = undefined;
    this.trace = { status: 'idle' };
    this.confirming = undefined;
    this.selected = undefined;
    this.#selectedKey = undefined;
    this.internals.setFormValue(null);
  }

  // ─── Handlers ───

  #onMode = (mode: Mode): void => {
    this.mode = mode;
    this.errors = {};
  };

  #onInput = (key: FieldKey, event: Event): void => {
    this.fields = { ...this.fields, [key]: typedValue(key, event) };
  };

  #onNhsBlur = (): void => {
    if (isValidNhsNumber(this.fields.nhs)) this.fields = { ...this.fields, nhs: formatNhsNumber(this.fields.nhs) };
  };

  /** A held key repeats: a held Enter must not search (or press a button) again and again. */
  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && event.repeat) event.preventDefault();
  };

  #onSearch = (event: Event): void => {
    event.preventDefault();
    if (this.isDisabled) return;
    const { query, errors } = readSearch(this.mode, this.fields, this.#t);
    if (this.#showErrors(errors) || !query) return;
    // A second press while the same search is running changes nothing.
    if (this.#searching && sameSearch(query, this.query)) return;
    this.#traceController?.abort();
    this.trace = { status: 'idle' };
    this.confirming = undefined;
    this.notice = false;
    this.query = query;
    if (query.mode === 'nhs') this.fields = { ...this.fields, nhs: formatNhsNumber(query.nhsNumber) };
  };

  #retrySearch(): void {
    this.#focusAfter = true;
    void this.search.run();
  }

  #onTrace = async (event: Event): Promise<void> => {
    event.preventDefault();
    const query = this.query;
    const client = this.client;
    if (!query || !client || this.trace.status === 'pending' || this.isDisabled) return;
    const read = readTrace(query, this.fields.postcode, this.#t);
    if (this.#showErrors(read.errors) || !read.request) return;
    if (read.postcode) this.fields = { ...this.fields, postcode: read.postcode };
    const controller = (this.#traceController = new AbortController());
    this.trace = { status: 'pending' };
    this.announce(this.t('trace.pending'));
    try {
      const outcome = await tracePatient(client, read.request, controller.signal);
      if (controller.signal.aborted) return;
      if (outcome.status === 'verify') {
        // Always https (tracePatient refuses anything else). The element offers it unless the page handles the event.
        const detail: IdentityVerificationDetail = { login_url: outcome.loginUrl };
        this.trace = { status: 'verify', link: this.emit('hero-identity-verification', detail) ? outcome.loginUrl : undefined };
      } else {
        this.trace = outcome;
      }
      // Say the outcome's title, and take focus to it.
      this.announce(this.t(TRACE_PANELS[outcome.status]!.title));
      void this.focusOn('#trace-outcome');
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) {
        if (this.#traceController === controller) this.trace = { status: 'idle' };
        return;
      }
      const reported = this.reportError(error);
      if (reported?.outcomeUnknown) {
        // The trace may have added the patient to Hero: search again (the read-back) before offering another trace.
        this.trace = { status: 'checking' };
        this.announce(this.t('trace.checking'));
        this.query = { ...query };
        return;
      }
      this.trace = { status: 'error', error: reported };
      void this.focusOn('[part~="trace"] [part~="error"]');
    }
  };

  /** The Select button of row `key`: selects, or first opens the second confirmation (deceased, archived). */
  #onSelect = (patient: HeroPatient, key: string): void => {
    if (this.isDisabled || !patient.id) return;
    if (needsConfirmation(patient)) {
      this.confirming = { key, id: patient.id };
      void this.focusOn(`#confirm-${key}`);
      return;
    }
    this.#select(patient, key);
  };

  /** "Yes, select this patient": only for the row whose confirmation is open, and only that patient. */
  #onConfirm = (patient: HeroPatient, key: string): void => {
    if (this.isDisabled || !patient.id || this.confirming?.key !== key || this.confirming.id !== patient.id) return;
    this.#select(patient, key);
  };

  #onCancel = (key: string): void => {
    this.confirming = undefined;
    void this.focusOn(`#select-${key}`);
  };

  #select(patient: HeroPatient, key: string): void {
    const id = patient.id;
    if (!id) return;
    this.confirming = undefined;
    this.selected = patient;
    this.#selectedKey = key;
    this.showRequired = false;
    this.internals.setFormValue(id);
    this.announce(this.t('selected.announce', { name: patientName(patient) || this.t('unnamed') }));
    void this.focusOn('#selected-heading');
    const detail: PatientSelectDetail = { patient: structuredClone(patient) };
    this.emit('hero-patient-select', detail);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #onChange = async (): Promise<void> => {
    const select = `#select-${this.#selectedKey}`;
    this.selected = undefined;
    this.#selectedKey = undefined;
    this.internals.setFormValue(null);
    this.announce('');
    this.dispatchEvent(new Event('change', { bubbles: true }));
    // Back to the patient's Select button if it is still listed, else into the search form.
    await this.updateComplete;
    void this.focusOn(this.renderRoot.querySelector(select) ? select : '[part~="input"]');
  };

  // ─── Public API ───

  /** The selected patient's Hero id, or `''` when none is selected. */
  get value(): string {
    return this.selected?.id ?? '';
  }

  /** A copy of the selected patient (restricted: identity and flags only, no address or contact fields), if any. */
  get patient(): HeroPatient | undefined {
    return this.selected && structuredClone(this.selected);
  }

  // ─── Rendering ───

  /** Shows the errors (summary, then focus on it) and says whether there were any. */
  #showErrors(errors: FieldErrors): boolean {
    this.errors = errors;
    if (!Object.keys(errors).length) return false;
    void this.focusOn('#error-summary');
    return true;
  }

  #t = (key: string, vars?: Record<string, string | number>): string => this.t(key, vars);

  /** What every view module takes: words, state, and the handlers of selecting and typing. */
  get #view() {
    const { locale, isDisabled: disabled, fields, errors } = this;
    return {
      t: this.#t,
      locale,
      disabled,
      confirming: this.confirming?.key,
      fields,
      errors,
      onSelect: this.#onSelect,
      onConfirm: this.#onConfirm,
      onCancel: this.#onCancel,
      onInput: this.#onInput,
    };
  }

  #renderOutcome(result: SearchResult): unknown {
    const query = this.query;
    if (result.patients.length) return renderResults(this.#view, result, this.level(1));
    if (!query) return nothing;
    return html`<div class="stack">
      ${renderNone(this.#view, query, this.level(1))}
      ${
        this.allowRegister
          ? renderTrace({
              ...this.#view,
              trace: this.trace,
              query,
              level: this.level(1),
              onSubmit: this.#onTrace,
              renderError: (error) => this.renderError(error),
            })
          : nothing
      }
    </div>`;
  }

  /** A search is running (not the task's empty run after the search was cleared). */
  get #searching(): boolean {
    return this.search.status === TaskStatus.PENDING && !!this.query;
  }

  #renderSearch(): TemplateResult {
    const pending = this.#searching;
    return html`${this.renderErrorSummary(Object.values(this.errors))}
      ${renderErrorMessage(this.#t, 'required-error', this.showRequired && this.required ? `${this.t('required')}. ${this.t('required.hint')}` : undefined)}
      ${renderSearchForm({ ...this.#view, mode: this.mode, pending, onMode: this.#onMode, onNhsBlur: this.#onNhsBlur, onSubmit: this.#onSearch })}
      <div class="stack" aria-busy=${pending}>
        ${this.search.render({
          pending: () => (pending ? renderBusy(this.t('searching')) : nothing),
          complete: (result) => this.#renderOutcome(result),
          error: (error) => (isAbortError(error) ? nothing : this.renderError(error, () => this.#retrySearch())),
        })}
      </div>`;
  }

  protected override renderContent(): TemplateResult {
    return html`<div class="base" part="base" @keydown=${this.#onKeydown}>
      ${renderHeading(this.level(), this.t('heading'), { id: 'lookup-heading', size: 'l' })}
      ${this.notice ? html`<p class="panel info" part="notice">${this.t('notice.tenant')}</p>` : nothing}
      ${this.renderAnnouncer()} ${this.selected ? renderSelected(this.#view, this.selected, this.level(1), this.#onChange) : this.#renderSearch()}
    </div>`;
  }
}
