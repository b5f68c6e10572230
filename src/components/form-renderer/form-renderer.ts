import { initialState, Task, TaskStatus } from '@lit/task';
import { FORM_DECODERS } from '../../api/decoders/forms.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { HeroError, toHeroError } from '../../api/errors.js';
import type { Form, FormAnswer, FormField } from '../../api/types.js';
import { formatCalendarDate } from '../../domain/calendar-date.js';
import { HeroFormElement } from '../../internal/form-associated.js';
import type { MessageVars, Translations } from '../../internal/localize.js';
import { baseStyles, fieldStyles } from '../../internal/styles.js';
import {
  checkAnswer,
  EMPTY_DATE,
  FIELD_TYPES,
  isDateParts,
  fromValue,
  isQuestion,
  messageVars,
  problemKey,
  toValue,
  type AnswerProblem,
  type RawAnswer,
  type RawAnswers,
} from './answers.js';
import { bmi, bmiAnswer, unitOf } from './bmi.js';
import { controlId, renderField } from './fields.js';
import { loadForm, saveResponse, type LoadedForm } from './form-api.js';
import { formRendererStyles } from './form-renderer.styles.js';
import { formStrings } from './form-renderer.strings.js';
import { paginate } from './paging.js';
import { visibility } from './show-if.js';

/** `detail` of `hero-form-submit`: the response the API stored and the answers it was sent. */
export interface FormSubmitDetail {
  form_id: string;
  response_id: string;
  answers: FormAnswer[];
}

/** `detail` of `hero-form-draft`: the draft response the API stored (resume it with `response-id`). */
export interface FormDraftDetail {
  form_id: string;
  response_id: string;
}

type View = 'form' | 'review' | 'done';
type Action = 'draft' | 'submitted';

interface Model {
  form: Form;
  /** The fields of known types, in order. */
  fields: FormField[];
}

/** The key of the review in `attempted` (pages use their index). */
const REVIEW = -1;

/**
 * Every field type of the API renders with its native control (text inputs, a textarea, radios,
 * a select, checkboxes, GOV.UK's three-field date input, Yes/No radios, a consent checkbox);
 * groups sit in a fieldset with a legend, hints and errors are tied to their control, and
 * observation fields show their unit (mmHg, cm, kg, kg/m²). When a form asks for height and
 * weight, the BMI they give is offered for the BMI question (or shown, when there is none).
 * Fields of an unknown type are left out, with one `hero-error` (`validation`) per form load.
 *
 * Show-if: a field whose `show_if` condition does not hold is not shown, not checked and not
 * sent. What the user entered in it is kept in memory, so it comes back if the field shows again.
 *
 * Answers are checked on Continue/Submit (GOV.UK messages, an error summary that takes focus and
 * links to each field), then field by field as they change. A form with more than `page-size`
 * questions (default 20) is paged, by section (each `paragraph` starts one) when it has them,
 * with "Page 2 of 5" progress and Back; it ends with "Check your answers", where each answer can
 * be changed, then Submit. A form of one page submits straight from that page.
 *
 * "Save and continue later" stores a draft (`POST /v1/forms/{id}/response`, then
 * `POST /v1/forms/response/{id}`); `response-id` resumes one. Submit is safe against double
 * clicks, then shows the form's confirmation message. Answers survive failed requests, retries
 * and token refreshes. Every string from the API is rendered as text.
 *
 * Form-associated: inside a `<form>`, its value is a `FormData` with one entry per answered,
 * shown question, named by `form_question_id` (checkboxes: one entry per ticked value, as native
 * checkboxes do); its validity mirrors its own checks (`valueMissing` or `customError`, with
 * the first problem's message); it supports form reset and `disabled` (its own or a disabled
 * `<fieldset>`'s).
 *
 * @summary Renders a practice form from the Hero API, checks the answers, and sends them back:
 * as a draft to finish later, or submitted.
 *
 * @fires {CustomEvent<FormSubmitDetail>} hero-form-submit - `{ form_id, response_id, answers }`: the API accepted the submitted answers.
 * @fires {CustomEvent<FormDraftDetail>} hero-form-draft - `{ form_id, response_id }`: the API saved a draft; resume it with `response-id`.
 * @fires {CustomEvent<Record<string, never>>} hero-ready - The form has rendered (first time only).
 * @fires {CustomEvent<HeroErrorDetail>} hero-error - `{ code, message, status? }`: loading, saving or submitting failed, or the form had fields of an unknown type (`validation`).
 * @fires {Event} change - The user changed an answer.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The form's title and description.
 * @csspart title - The form's title.
 * @csspart description - The form's description.
 * @csspart status - The loading and sending indications.
 * @csspart empty - The message for a form without questions.
 * @csspart form - The form element around the questions.
 * @csspart error-summary - "There is a problem", with a link to each field at fault.
 * @csspart draft-saved - The "Your answers have been saved" notice.
 * @csspart progress - "Page 2 of 5" and its progress bar.
 * @csspart back-button - Back to the previous page.
 * @csspart page - The questions of the current page.
 * @csspart field - Each question's wrapper (label or legend, hint, error, control).
 * @csspart label - Each question's label or legend.
 * @csspart hint - Each question's hint.
 * @csspart error-message - Each question's inline error.
 * @csspart input - Each text input, textarea, select and date part.
 * @csspart unit - An observation's unit beside its input.
 * @csspart paragraph - Display text from the form.
 * @csspart bmi - The BMI worked out from height and weight.
 * @csspart bmi-button - "Use … as your BMI".
 * @csspart actions - The row of buttons.
 * @csspart continue-button - Continue to the next page (or to the review).
 * @csspart submit-button - Submit the answers.
 * @csspart draft-button - Save and continue later.
 * @csspart review - "Check your answers".
 * @csspart summary-list - The answers of one page in the review.
 * @csspart change-link - A "Change" link in the review.
 * @csspart confirmation - The panel shown once the answers are sent.
 * @csspart error - A failed request's message.
 * @csspart retry-button - Its "Try again" button.
 *
 * @cssproperty --hero-form-renderer-max-width - Widest the element grows (default 40rem).
 * @cssproperty --hero-form-renderer-gap - Space between questions (default `--hero-space-l`).
 * @cssproperty --hero-form-renderer-input-border-color - Input borders (default `--hero-color-border-strong`).
 * @cssproperty --hero-form-renderer-error-color - Errors, the error summary and invalid fields (default `--hero-color-danger`).
 * @cssproperty --hero-form-renderer-accent-color - Radios, checkboxes and the progress bar (default `--hero-color-primary`).
 * @cssproperty --hero-form-renderer-panel-background - The confirmation panel (default `--hero-color-success`).
 * @cssproperty --hero-form-renderer-panel-color - Text on the confirmation panel (default `--hero-color-on-primary`).
 * @cssproperty --hero-color-info-surface - Global token. Background of information notices (default `#e8f1fa`).
 * @cssproperty --hero-color-success - Global token. Success colour (default `#007f3b`).
 * @cssproperty --hero-font-size-xl - Global token. Large headings (default `1.5rem`).
 *
 * @cssstate busy - Loading the form, or saving or sending answers.
 * @cssstate invalid - Some shown question has no acceptable answer yet.
 * @cssstate review - Showing "Check your answers".
 * @cssstate submitted - The answers have been sent.
 */
export class HeroFormRenderer extends HeroFormElement {
  static override styles = [baseStyles, fieldStyles, formRendererStyles];
  static override translations: Translations<typeof formStrings> = { 'en-GB': formStrings };
  static override translationKey = 'formRenderer';
  static override decoders = FORM_DECODERS;
  // Declared without decorators: smaller than the decorator helpers in every bundle.
  static override properties = {
    formId: { attribute: 'form-id' },
    patientId: { attribute: 'patient-id' },
    appointmentId: { attribute: 'appointment-id' },
    responseId: { attribute: 'response-id' },
    pageSize: { type: Number, attribute: 'page-size' },
    schema: { attribute: false },
    model: { state: true },
    given: { state: true },
    view: { state: true },
    page: { state: true },
    errors: { state: true },
    summary: { state: true },
    busy: { state: true },
    failure: { state: true },
    saved: { state: true },
  };

  private readonly load = new Task(this, {
    task: async ([formId, responseId, schema, client], { signal }) => {
      if (!schema && !formId) throw new HeroError('validation', 'Set form-id to choose the form to show.');
      if (this.needsConfig && !client) return initialState;
      return loadForm(client, formId, responseId, schema, signal);
    },
    args: () => [this.formId ?? '', this.responseId ?? '', this.schema, this.client] as const,
    onComplete: (loaded) => this.adopt(loaded),
    onError: (error) => void this.reportError(error),
  });

  /** The loaded form, its usable fields. */
  declare private model?: Model;
  /** What the user has entered, by question id (kept for hidden questions too). */
  declare private given: RawAnswers;
  /** The answers as loaded (a resumed draft's), for form reset. */
  private initial: RawAnswers = {};
  declare private view: View;
  declare private page: number;
  declare private errors: Record<string, AnswerProblem>;
  /** Whether the error summary shows. */
  declare private summary: boolean;
  declare private busy?: Action;
  declare private failure?: { action: Action; error: HeroError };
  /** The "saved" notice shows. */
  declare private saved: boolean;
  /** Pages (and the review) where Continue/Submit has been tried: their fields are re-checked as they change. */
  private attempted = new Set<number>();
  /** After "Change" in the review, Continue returns to the review. */
  private returnToReview = false;
  /** The draft or response this element saved (or resumed). */
  private savedId?: string;
  private loadedKey?: string;
  private pageCache?: { fields: FormField[]; size: number; pages: FormField[][] };
  private shownCache?: { given: RawAnswers; fields: FormField[]; shown: Map<string, boolean> };
  private readonly tr = (key: string, vars?: MessageVars) => this.t(key, vars);

  /** The id of the form to show (`GET /v1/forms/{id}`). Required unless `schema` is set. */
  declare formId?: string;

  /** Sent with the answers as `patient_id`. */
  declare patientId?: string;

  /** Sent with the answers as `appointment_id`. */
  declare appointmentId?: string;

  /** A draft response to resume: its answers are filled in, and saving or submitting updates it. */
  declare responseId?: string;

  /** The most questions on a page: longer forms are paged (by section when they have sections). 0 never pages. */
  declare pageSize: number;

  /**
   * The form to show, shaped as `GET /v1/forms/{id}` returns it, when the host already has it
   * (a cached or previewed form): it is not fetched. Answers are still sent to the API.
   */
  declare schema?: Form;

  constructor() {
    super();
    this.given = {};
    this.view = 'form';
    this.page = 0;
    this.errors = {};
    this.summary = false;
    this.saved = false;
    this.pageSize = 20;
    // A host form's validation found us invalid: show every problem, as Submit would.
    this.addEventListener('invalid', () => {
      if (this.view === 'done' || !this.model) return;
      this.check(this.shownQuestions(), false, false);
    });
  }

  /** A form given whole (`schema`) needs no configuration to show; answers still need one to be sent. */
  protected override get needsConfig(): boolean {
    return !this.schema || Boolean(this.responseId);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const internals = this.internals;
    if (changed.has('given') || changed.has('model')) {
      const data = new FormData();
      for (const answer of this.answers) {
        for (const value of [answer.value].flat()) data.append(answer.form_question_id, String(value));
      }
      internals.setFormValue(this.model ? data : null);
    }
    let first: [FormField, AnswerProblem] | undefined;
    if (this.model && this.view !== 'done') {
      for (const field of this.shownQuestions()) {
        const problem = checkAnswer(field, this.given[field.form_question_id]);
        if (problem) {
          first = [field, problem];
          break;
        }
      }
    }
    if (first) {
      const [field, problem] = first;
      const missing = problem.code.startsWith('required') || problem.code === 'consent' || problem.code === 'date.required';
      const anchor = (this.renderRoot as ShadowRoot).getElementById(controlId(field, problem.parts)) ?? this.renderRoot.querySelector<HTMLElement>('[data-q], button') ?? undefined;
      internals.setValidity(missing ? { valueMissing: true } : { customError: true }, this.message(field, problem), anchor);
    } else {
      internals.setValidity({});
    }
    const states = {
      busy: !!this.busy || this.load.status === TaskStatus.PENDING,
      invalid: !!first,
      review: this.view === 'review',
      submitted: this.view === 'done',
    };
    this.setStates(states);
  }

  /** A host form's reset: the answers go back to those loaded (empty, or the resumed draft's). */
  formResetCallback(): void {
    if (this.view === 'done') return;
    this.given = { ...this.initial };
    this.saved = false;
    this.failure = undefined;
    this.showPage(this.step(-1, 0) ?? 0, false);
  }

  // ─── Handlers ───

  /** One handler for every control: text and dates on `input`, choices on `change`. */
  private handleInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const { q, kind } = input.dataset;
    if (event.type === 'change') this.dispatchEvent(new Event('change', { bubbles: true }));
    if (!q || !kind || (event.type === 'change') === (kind === 'text' || DATE_KINDS.has(kind))) return;
    const old = this.given[q];
    let raw: RawAnswer;
    if (DATE_KINDS.has(kind)) raw = { ...(isDateParts(old) ? old : EMPTY_DATE), [kind]: input.value };
    else if (kind === 'bool') raw = input.value === 'true';
    else if (kind === 'consent') raw = input.checked;
    else if (kind === 'check') {
      const rest = Array.isArray(old) ? old.filter((value) => value !== input.value) : [];
      raw = input.checked ? [...rest, input.value] : rest;
    } else raw = input.value;
    this.setAnswer(q, raw);
  }

  /** Continue, or Submit on the review and on a one-page form. */
  private handleSubmit(event: Event): void {
    event.preventDefault();
    if (this.busy || this.isDisabled || !this.model) return;
    if (this.view === 'review' || this.pages.length === 1) {
      void this.send('submitted');
      return;
    }
    if (!this.check(this.questionsOn(this.page))) return;
    const next = this.returnToReview ? undefined : this.step(1);
    if (next === undefined) this.showReview();
    else this.showPage(next);
  }

  private handleBack(): void {
    const previous = this.view === 'review' ? this.step(-1, this.pages.length) : this.step(-1);
    if (previous !== undefined) this.showPage(previous);
  }

  /**
   * Clicks on the element's links: an error summary link or a review "Change" link goes to its
   * field (`#` + `controlId`), on the field's page. (The summary's own handler has already tried
   * to focus it, which fails while the field's page is not shown.)
   */
  private handleFieldLink(event: Event): void {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault(); // the link's #id would change the host page's URL
    const target = link.getAttribute('href')?.slice(1);
    const field = this.model?.fields.find((f) => target === controlId(f) || target === controlId(f, this.errors[f.form_question_id]?.parts));
    if (!field) return;
    const id = field.form_question_id;
    const page = this.pages.findIndex((fields) => fields.includes(field));
    if (this.view === 'review') this.returnToReview = true;
    if (this.view !== 'form' || page !== this.page) {
      this.view = 'form';
      this.page = page;
      this.summary = this.summary && Object.keys(this.errors).some((q) => this.pages[page]?.some((f) => f.form_question_id === q));
      this.attempted.add(page);
    }
    void this.focusOn(`#${CSS.escape(controlId(field, this.errors[id]?.parts))}`);
  }

  // ─── Public API ───

  /** The answers Submit would send now: shown questions with an acceptable answer, in form order. */
  get answers(): FormAnswer[] {
    const answers: FormAnswer[] = [];
    for (const field of this.shownQuestions()) {
      const value = toValue(field, this.given[field.form_question_id]);
      if (value !== undefined) answers.push({ form_question_id: field.form_question_id, value });
    }
    return answers;
  }

  // ─── Internals ───

  private get pages(): FormField[][] {
    const fields = this.model?.fields ?? [];
    const cache = this.pageCache;
    if (cache?.fields === fields && cache.size === this.pageSize) return cache.pages;
    const pages = paginate(fields, this.pageSize);
    this.pageCache = { fields, size: this.pageSize, pages };
    return pages;
  }

  private get shown(): Map<string, boolean> {
    const fields = this.model?.fields ?? [];
    const cache = this.shownCache;
    if (cache?.given === this.given && cache.fields === fields) return cache.shown;
    const shown = visibility(fields, this.given);
    this.shownCache = { given: this.given, fields, shown };
    return shown;
  }

  /** Shown questions (of one page, or of the whole form). */
  private shownQuestions(fields: FormField[] = this.model?.fields ?? []): FormField[] {
    const shown = this.shown;
    return fields.filter((field) => isQuestion(field) && shown.get(field.form_question_id));
  }

  private questionsOn(page: number): FormField[] {
    return this.shownQuestions(this.pages[page] ?? []);
  }

  /** The next page in a direction that has a question to show (from `from`, default the current page). */
  private step(direction: 1 | -1, from = this.page): number | undefined {
    for (let page = from + direction; page >= 0 && page < this.pages.length; page += direction) {
      if (this.questionsOn(page).length) return page;
    }
    return undefined;
  }

  /** Takes a loaded form. A new form or draft starts afresh; the same one again keeps the answers. */
  private adopt({ form, saved }: LoadedForm): void {
    const fields = form.fields.filter((field) => FIELD_TYPES.has(field.type));
    this.model = { form, fields };
    const key = `${form.id} ${this.responseId ?? ''}`;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      const given: RawAnswers = {};
      for (const field of fields) {
        const raw = fromValue(field, saved?.get(field.form_question_id));
        if (raw !== undefined) given[field.form_question_id] = raw;
      }
      this.initial = given;
      this.given = { ...given };
      this.savedId = this.responseId || undefined;
      this.saved = false;
      this.failure = undefined;
      this.showPage(this.step(1, -1) ?? 0, false);
      const skipped = form.fields.length - fields.length;
      if (skipped) {
        this.reportError(new HeroError('validation', `Left out ${skipped} form field(s) of an unknown type.`));
      }
    }
    void this.markReady();
  }

  private setAnswer(q: string, raw: RawAnswer): void {
    this.given = { ...this.given, [q]: raw };
    this.saved = false;
    const field = this.model?.fields.find((f) => f.form_question_id === q);
    if (field && this.attempted.has(this.view === 'review' ? REVIEW : this.page)) {
      const errors = { ...this.errors };
      const problem = checkAnswer(field, raw);
      if (problem) errors[q] = problem;
      else delete errors[q];
      this.errors = errors;
    }
  }

  /**
   * Checks the questions; shows their problems (inline, and in the summary, which takes focus
   * when `focus`) and says whether there were none. A draft checks only what was entered.
   */
  private check(questions: FormField[], draft = false, focus = true): boolean {
    const errors: Record<string, AnswerProblem> = {};
    for (const field of questions) {
      const problem = checkAnswer(field, this.given[field.form_question_id], draft);
      if (problem) errors[field.form_question_id] = problem;
    }
    this.errors = errors;
    this.attempted.add(this.view === 'review' ? REVIEW : this.page);
    this.summary = Object.keys(errors).length > 0;
    if (this.summary && focus) void this.focusOn('#error-summary');
    return !this.summary;
  }

  private showPage(page: number, focus = true): void {
    this.view = 'form';
    this.page = page;
    this.errors = {};
    this.summary = false;
    this.returnToReview = false;
    if (!focus) this.attempted.clear();
    if (focus) void this.focusOn(this.pages.length > 1 ? '#progress-text' : '#title');
  }

  private showReview(): void {
    this.view = 'review';
    this.errors = {};
    this.summary = false;
    this.returnToReview = false;
    void this.focusOn('#review-title');
  }

  /** Saves a draft or submits: checks, then sends once however often it is pressed. */
  private async send(action: Action): Promise<void> {
    const model = this.model;
    if (this.busy || this.isDisabled || !model || this.view === 'done') return;
    if (!this.check(this.shownQuestions(), action === 'draft')) return;
    this.busy = action;
    this.failure = undefined;
    this.saved = false;
    const answers = this.answers;
    try {
      const client = this.requireClient();
      const response = await saveResponse(client, model.form.id, this.savedId, {
        answers,
        status: action,
        ...(this.patientId ? { patientId: this.patientId } : {}),
        ...(this.appointmentId ? { appointmentId: this.appointmentId } : {}),
      });
      // Saved: an answer without the response's id keeps the id already known (if any).
      const responseId = response?.id ?? this.savedId ?? '';
      this.savedId = responseId || undefined;
      if (action === 'draft') {
        this.saved = true;
        void this.focusOn('#draft-saved');
        const detail: FormDraftDetail = { form_id: model.form.id, response_id: responseId };
        this.emit('hero-form-draft', detail);
      } else {
        this.view = 'done';
        void this.focusOn('#confirmation');
        const detail: FormSubmitDetail = { form_id: model.form.id, response_id: responseId, answers };
        this.emit('hero-form-submit', detail);
      }
    } catch (error) {
      this.failure = { action, error: this.reportError(error) ?? toHeroError(error) };
    } finally {
      this.busy = undefined;
    }
  }

  private message(field: FormField, problem: AnswerProblem): string {
    return this.t(problemKey(problem), messageVars(field, (label) => this.t('problem.question', { label })));
  }

  /** BMI from the shown height and weight answers, if both are acceptable. */
  private computedBmi(questions: FormField[]): { value: number; bmiField?: FormField; after?: FormField } | undefined {
    const find = (type: string) => questions.find((field) => field.observation_type === type);
    const height = find('height');
    const weight = find('weight');
    const number = (field?: FormField) => {
      const value = field && toValue(field, this.given[field.form_question_id]);
      return typeof value === 'number' ? value : undefined;
    };
    const value = bmi(number(height), number(weight));
    if (value === undefined || !height || !weight) return undefined;
    const bmiField = find('body_mass_index');
    return bmiField ? { value, bmiField } : { value, after: questions.indexOf(height) > questions.indexOf(weight) ? height : weight };
  }

  private formatNumber(value: number): string {
    return value.toLocaleString(this.locale);
  }

  // ─── Rendering ───

  private renderQuestions(fields: FormField[]): TemplateResult[] {
    const shown = this.shown;
    const visible = fields.filter((field) => shown.get(field.form_question_id));
    const computed = this.computedBmi(this.shownQuestions());
    return visible.map((field) => {
      const q = field.form_question_id;
      const problem = this.errors[q];
      let extra: TemplateResult | undefined;
      if (computed?.bmiField === field) {
        const suggested = bmiAnswer(field, computed.value);
        extra = html`<div class="bmi" part="bmi">
          <p>${this.t('bmi.offer', { bmi: this.formatNumber(computed.value) })}</p>
          ${this.given[q] === suggested
            ? nothing
            : html`<button type="button" class="button secondary" part="bmi-button" ?disabled=${this.isDisabled}
                @click=${() => {
                  this.setAnswer(q, suggested);
                  void this.focusOn(`#${CSS.escape(`q-${q}`)}`);
                }}>
                ${this.t('bmi.use', { value: this.formatNumber(Number(suggested)) })}
              </button>`}
        </div>`;
      } else if (computed?.after === field) {
        extra = html`<p class="bmi" part="bmi">${this.t('bmi.info', { bmi: this.formatNumber(computed.value) })}</p>`;
      }
      return renderField(field, {
        t: this.tr,
        raw: this.given[q],
        error: problem && { message: this.message(field, problem), parts: problem.parts },
        disabled: this.isDisabled,
        extra,
      });
    });
  }

  /** An answer as the review shows it. */
  private renderAnswer(field: FormField): string {
    const value = toValue(field, this.given[field.form_question_id]);
    if (field.type === 'consent') return this.t(value ? 'review.agreed' : 'review.not_agreed');
    if (value === undefined || value === null) return this.t('review.none');
    const label = (v: string) => field.options?.find((o) => o.value === v)?.label ?? v;
    switch (field.type) {
      case 'boolean':
        return this.t(value ? 'yes' : 'no');
      case 'datepicker':
        return formatCalendarDate(String(value), this.locale);
      case 'integer':
        return [this.formatNumber(Number(value)), unitOf(field)].filter(Boolean).join(' ');
      case 'radio':
      case 'dropdown':
        return label(String(value));
      case 'checkboxes':
        return [value].flat().map(String).map(label).join('\n');
      default:
        return String(value);
    }
  }

  /** The review's lists: one per section (headed by its first line), else one for the whole form. */
  private reviewGroups(): { heading: string; questions: FormField[] }[] {
    const groups: { heading: string; questions: FormField[] }[] = [];
    // Paged by section: every page after the first starts with its paragraph.
    const sections = this.pages.length > 1 && this.pages.slice(1).every((fields) => fields[0]?.type === 'paragraph');
    for (const fields of this.pages) {
      const questions = this.shownQuestions(fields);
      if (!questions.length) continue;
      const heading = sections && fields[0]?.type === 'paragraph' ? (fields[0].name.split('\n')[0] ?? '') : '';
      const last = groups[groups.length - 1];
      if (last && !heading) last.questions.push(...questions);
      else groups.push({ heading, questions });
    }
    return groups;
  }

  private renderReview(): TemplateResult {
    return html`<section class="review" part="review" aria-labelledby="review-title">
      <h3 id="review-title" tabindex="-1">${this.t('review.title')}</h3>
      ${this.reviewGroups().map(
        ({ heading, questions }) => html`${heading ? html`<h4 class="section">${heading}</h4>` : nothing}
          <dl class="summary-list" part="summary-list">
            ${questions.map(
              (field) => html`<div class="row">
                <dt>${field.name}</dt>
                <dd class="pre">${this.renderAnswer(field)}</dd>
                <dd>
                  <a href="#${controlId(field)}" part="change-link"
                    >${this.t('change')}<span class="visually-hidden"> ${field.name}</span></a
                  >
                </dd>
              </div>`,
            )}
          </dl>`,
      )}
    </section>`;
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const failure = this.failure;
    if (!failure) return nothing;
    const { action, error } = failure;
    const already = action === 'submitted' && error.code === 'conflict';
    return html`<div class="message error" role="alert" part="error">
      <p><strong>${this.t(action === 'draft' ? 'draft.failed' : 'submit.failed')}</strong></p>
      <p>${already ? this.t('error.conflict.submitted') : this.errorMessage(error)}</p>
      ${already
        ? nothing
        : html`<button type="button" class="button secondary" part="retry-button" @click=${() => void this.send(action)}>
            ${this.t('retry')}
          </button>`}
    </div>`;
  }

  private renderForm(model: Model): TemplateResult {
    const { form } = model;
    const multi = this.pages.length > 1;
    const review = this.view === 'review';
    const description = form.patient_description ?? (form.patient_title ? null : form.description);
    const header = html`<header class="header" part="header">
      <h2 id="title" tabindex="-1" part="title">${form.patient_title || form.title}</h2>
      ${description ? html`<p class="pre" part="description">${description}</p>` : nothing}
    </header>`;
    if (this.view === 'done') {
      return html`${header}
        <div class="panel" part="confirmation" id="confirmation" tabindex="-1">
          <h3>${this.t('submitted.title')}</h3>
          <p class="pre">${form.confirmation_message || this.t('submitted.text')}</p>
        </div>`;
    }
    if (!model.fields.some(isQuestion)) {
      return html`${header}
        <p class="message" part="empty">${this.t('empty')}</p>`;
    }
    const first = this.step(1, -1) ?? 0;
    /** Continue to another page or the review (else Submit). */
    const next = multi && !review;
    const ariaDisabled = (action: Action) => (this.busy === action ? 'true' : 'false');
    return html`${header}
      ${this.saved
        ? html`<div class="notice" part="draft-saved" id="draft-saved" tabindex="-1">
            <h3>${this.t('draft.saved.title')}</h3>
            <p>${this.t('draft.saved.text')}</p>
          </div>`
        : nothing}
      ${this.summary
        ? // Level 3: under the form's h2 title. Its links are handled by handleFieldLink too, on the way up.
          this.renderErrorSummary(
            this.shownQuestions().flatMap((field) => {
              const problem = this.errors[field.form_question_id];
              return problem ? [{ target: controlId(field, problem.parts), message: this.message(field, problem) }] : [];
            }),
            3,
          )
        : nothing}
      <form part="form" novalidate autocomplete="off" @submit=${this.handleSubmit} @input=${this.handleInput} @change=${this.handleInput}>
        ${(review && multi) || (!review && this.page > first)
          ? html`<button type="button" class="back" part="back-button" @click=${this.handleBack}>${this.t('back')}</button>`
          : nothing}
        ${review
          ? this.renderReview()
          : html`${multi
                ? html`<div class="progress" part="progress">
                    <span id="progress-text" tabindex="-1">${this.t('progress', { page: this.page + 1, pages: this.pages.length })}</span>
                    <progress max=${this.pages.length} .value=${this.page + 1} aria-labelledby="progress-text"></progress>
                  </div>`
                : nothing}
              <div class="fields" part="page">${this.renderQuestions(this.pages[this.page] ?? [])}</div>`}
        <div class="actions" part="actions">
          <button type="submit" class="button" part=${next ? 'continue-button' : 'submit-button'} aria-disabled=${ariaDisabled('submitted')} ?disabled=${this.isDisabled}>
            ${this.t(next ? 'continue' : 'submit')}
          </button>
          <button
            type="button"
            class="button secondary"
            part="draft-button"
            aria-disabled=${ariaDisabled('draft')}
            ?disabled=${this.isDisabled}
            @click=${() => void this.send('draft')}
          >
            ${this.t('draft.save')}
          </button>
        </div>
        <p class="status" part="status" role="status">
          ${this.busy ? html`<span class="spinner"></span>${this.t(this.busy === 'draft' ? 'draft.saving' : 'submitting')}` : nothing}
        </p>
        ${this.renderFailure()}
      </form>`;
  }

  protected override renderContent(): TemplateResult {
    const pending = this.load.status === TaskStatus.PENDING;
    const loading = () => html`<p class="status" part="status" role="status"><span class="spinner"></span>${this.t('loading.form')}</p>`;
    // Delegated: clicks on the error summary's links (keyboard users activate the links themselves).
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div class="base" part="base" aria-busy=${pending ? 'true' : 'false'} @click=${this.handleFieldLink}>
      ${this.load.render({
        initial: loading,
        pending: loading,
        complete: () => (this.model ? this.renderForm(this.model) : loading()),
        error: (error) => this.renderError(error, () => void this.load.run()),
      })}
    </div>`;
  }
}

const DATE_KINDS: ReadonlySet<string> = new Set(Object.keys(EMPTY_DATE));
