import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FORM_DECODERS } from '../../api/decoders/forms.js';
import { HeroError, toHeroError } from '../../api/errors.js';
import type { Form, FormAnswer, FormField } from '../../api/types.js';
import { HeroFormElement } from '../../internal/form-associated.js';
import type { MessageVars, Translations } from '../../internal/localize.js';
import { baseStyles } from '../../internal/styles.js';
import { renderHeading, uiStyles } from '../../internal/ui/index.js';
import {
  checkAnswer,
  formMessage,
  fromValue,
  isMissing,
  isQuestion,
  messageVars,
  problemKey,
  type AnswerProblem,
  type RawAnswer,
  type RawAnswers,
} from './answers.js';
import { controlId } from './fields.js';
import { loadForm, saveAnswers, type LoadedForm } from './form-api.js';
import { renderCleared, renderDone, renderFailure, renderSaved, type Action, type Failure } from './form-done.js';
import { FormModel } from './form-model.js';
import { renderActions, renderPage } from './form-page.js';
import { formRendererStyles } from './form-renderer.styles.js';
import { formStrings } from './form-renderer.strings.js';
import { renderReview } from './form-review.js';

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

/** The key of the review in `attempted` (pages use their index). */
const REVIEW = -1;
/** Forms with more questions than this end with "Check your answers" (any form does with `review`). */
const REVIEW_AFTER = 5;

/** What the answers on screen belong to: form, patient, appointment and draft (`key`), and the configuration's client. */
type Session = { key: string; client: object | undefined };

/**
 * Every field type of the API, drawn with the kit's shared field template (src/internal/ui);
 * questions that need no answer say "(optional)"; observation fields show their unit, and height
 * and weight give a BMI. Fields of an unknown type are left out (one `hero-error`, `validation`).
 * A question whose `show_if` does not hold is not shown, checked or sent; one that depends on an
 * option of a choice above it on the same page is revealed directly under that option. A
 * section's opening line is a heading (`heading-level`).
 *
 * Answers are checked on Continue/Submit (the form's `error_message` for a missing answer, else
 * GOV.UK messages such as "Select if you smoke"; an error summary
 * that takes focus), then as they change. More than `page-size` questions are paged ("Page 2 of
 * 5", Back). More than five questions, a paged form, or `review`: it ends with "Check your
 * answers", whose "Change" links take focus to the question. "Save and continue later" stores a
 * draft; `response-id` resumes one. A save or send whose outcome is unknown (502/504, lost
 * connection, timeout, cut answer) is never re-sent by itself: the element says it may have gone
 * through and what to check (a saved draft is read back), and offers a worded second attempt.
 *
 * Bound to what it started with: when `form-id`, `patient-id`, `appointment-id`, `response-id` or
 * the configuration changes, answers typed are cleared (with a notice), and a save or send under
 * way finishes for its own form and patient (its event fires with that form's id) without the new
 * view claiming it. Form-associated: its value is a `FormData` of the answers by
 * `form_question_id`; its validity mirrors its checks; it follows form reset and `disabled`.
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
 * @csspart cleared - Says the answers typed were cleared because the form, patient, appointment or configuration changed.
 * @csspart notice-title - The title of the "saved" notice.
 * @csspart progress - "Page 2 of 5".
 * @csspart back-button - Back to the previous page.
 * @csspart page - The questions of the current page.
 * @csspart section-heading - A section's opening line, as a heading (on the page and in the review).
 * @csspart field - Each question's wrapper (label or legend, hint, error, control).
 * @csspart label - Each question's label or legend.
 * @csspart hint - Each question's hint.
 * @csspart error-message - Each question's inline error.
 * @csspart input - Each text input, textarea, select and date part.
 * @csspart choice - Each radio or checkbox with its label.
 * @csspart choice-label - The label of a radio or checkbox.
 * @csspart reveal - The questions revealed under a chosen option.
 * @csspart date-input - The day, month and year of a date.
 * @csspart unit - An observation's unit beside its input.
 * @csspart paragraph - Display text from the form.
 * @csspart bmi - The BMI worked out from height and weight.
 * @csspart bmi-button - "Use … as your BMI".
 * @csspart actions - The row of buttons.
 * @csspart continue-button - Continue to the next page (or to the review).
 * @csspart submit-button - Submit the answers.
 * @csspart draft-button - Save and continue later.
 * @csspart review - "Check your answers".
 * @csspart heading - The review's heading, the confirmation's.
 * @csspart summary-list - The answers in the review.
 * @csspart summary-row - One question and its answer.
 * @csspart summary-key - A question.
 * @csspart summary-value - An answer.
 * @csspart summary-action - A "Change" link in the review.
 * @csspart confirmation - The panel shown once the answers are sent.
 * @csspart confirmation-title - Its heading.
 * @csspart error - A failed request's message.
 * @csspart outcome-unknown - A save or send that may have gone through (with `error`).
 * @csspart retry-button - Its "Try again" (or "Send my answers again") button.
 *
 * @cssproperty --hero-form-renderer-max-width - Widest the element grows (default 40rem).
 * @cssproperty --hero-form-renderer-gap - Space between questions (default `--hero-space-l`).
 * @cssproperty --hero-form-renderer-input-border-color - Input borders (default `--hero-color-border-strong`).
 * @cssproperty --hero-form-renderer-error-color - Errors, the error summary and invalid fields (default `--hero-color-danger`).
 * @cssproperty --hero-form-renderer-accent-color - Radios, checkboxes and the BMI panel's edge (default `--hero-color-primary`).
 * @cssproperty --hero-form-renderer-panel-background - The confirmation panel (default `--hero-color-success`).
 * @cssproperty --hero-form-renderer-panel-color - Text on the confirmation panel (default `--hero-color-on-primary`).
 * @cssproperty --hero-color-info-surface - Global token. Background of information notices (default `#e8f1fa`).
 * @cssproperty --hero-font-size-xl - Global token. Large headings (default `1.5rem`).
 *
 * @cssstate busy - Loading the form, or saving or sending answers.
 * @cssstate invalid - Some shown question has no acceptable answer yet.
 * @cssstate review - Showing "Check your answers".
 * @cssstate submitted - The answers have been sent.
 */
export class HeroFormRenderer extends HeroFormElement {
  static override styles = [baseStyles, uiStyles, formRendererStyles];
  static override translations: Translations<typeof formStrings> = { 'en-GB': formStrings };
  static override translationKey = 'formRenderer';
  static override decoders = FORM_DECODERS;
  static override properties = {
    formId: { attribute: 'form-id' },
    patientId: { attribute: 'patient-id' },
    appointmentId: { attribute: 'appointment-id' },
    responseId: { attribute: 'response-id' },
    pageSize: { type: Number, attribute: 'page-size' },
    review: { type: Boolean },
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
    cleared: { state: true },
  };

  readonly #load = new Task(this, {
    task: async ([formId, responseId, schema, client, patientId], { signal }) => {
      if (!schema && !formId) throw new HeroError('validation', 'Set form-id to choose the form to show.');
      if (this.needsConfig && !client) return initialState;
      return loadForm(client, formId, responseId, schema, signal, patientId);
    },
    // The patient matters to a resumed draft only (it must be theirs).
    args: () =>
      [this.formId ?? '', this.responseId ?? '', this.schema, this.client, this.responseId ? (this.patientId ?? '') : ''] as const,
    onComplete: (loaded) => this.#adopt(loaded),
    onError: (error) => void this.reportError(error),
  });

  /** The loaded form. */
  declare private model?: FormModel;
  /** What the user has entered, by question id (kept for hidden questions too). */
  declare private given: RawAnswers;
  declare private view: View;
  declare private page: number;
  declare private errors: Record<string, AnswerProblem>;
  /** Whether the error summary shows. */
  declare private summary: boolean;
  declare private busy?: Action;
  declare private failure?: Failure;
  /** The "saved" notice shows. */
  declare private saved: boolean;
  /** The "answers cleared" notice shows. */
  declare private cleared: boolean;

  /** The answers as loaded (a resumed draft's), for form reset. */
  #initial: RawAnswers = {};
  /** Pages (and the review) where Continue/Submit has been tried: their fields are re-checked as they change. */
  #attempted = new Set<number>();
  /** After "Change" in the review, Continue returns to the review. */
  #returnToReview = false;
  /** The draft or response this element saved (or resumed), for the current session. */
  #savedId?: string;
  #session?: Session;
  /** The next form loaded starts afresh (its draft's answers, or none). */
  #fresh = true;
  /** The user has entered something since the answers were loaded. */
  #dirty = false;
  readonly #tr = (key: string, vars?: MessageVars) => this.t(key, vars);

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
  /** End with "Check your answers" whatever the form's length (forms of more than five questions always do). */
  declare review: boolean;
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
    this.cleared = false;
    this.pageSize = 20;
    this.review = false;
    // A host form's validation found us invalid: show every problem, as Submit would.
    this.addEventListener('invalid', () => {
      if (this.view === 'done' || !this.model) return;
      this.#check(this.#shownQuestions(), false, false);
    });
  }

  /** A form given whole (`schema`) needs no configuration to show; answers still need one to be sent. */
  protected override get needsConfig(): boolean {
    return !this.schema || Boolean(this.responseId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const session = this.#session;
    if (!session) return;
    const key = this.#key();
    const client = this.client;
    // The host keeping the draft this element just saved (response-id set from hero-form-draft) is the same session.
    if (
      changed.has('responseId') &&
      this.responseId &&
      this.responseId === this.#savedId &&
      this.#key(changed.get('responseId') as string | undefined) === session.key
    )
      session.key = key;
    if (key === session.key && (!session.client || !client || client === session.client)) {
      session.client ??= client;
      return;
    }
    // Another form, patient, appointment, draft or configuration: nothing typed for the old one stays.
    const cleared = this.#dirty && this.view !== 'done';
    this.#session = { key, client };
    this.#fresh = true;
    this.#startFrom({}, undefined);
    this.busy = undefined;
    this.cleared = cleared;
    if (cleared) this.announce(this.t('cleared.title'));
  }

  /** Starts the answers afresh from `given` (a draft's, or none), saving to `savedId` if any. */
  #startFrom(given: RawAnswers, savedId: string | undefined): void {
    this.#initial = given;
    this.given = { ...given };
    this.#savedId = savedId;
    this.#dirty = false;
    this.saved = false;
    this.cleared = false;
    this.failure = undefined;
    this.view = 'form';
    this.#showPage(this.#step(1, -1) ?? 0, false);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const internals = this.internals;
    if (changed.has('given') || changed.has('model')) {
      const data = new FormData();
      for (const answer of this.answers) for (const value of [answer.value].flat()) data.append(answer.form_question_id, String(value));
      internals.setFormValue(this.model ? data : null);
    }
    const first = this.view === 'done' ? undefined : this.model?.firstProblem(this.given);
    if (first) {
      const [field, problem] = first;
      const anchor =
        (this.renderRoot as ShadowRoot).getElementById(controlId(field, problem.parts)) ??
        this.renderRoot.querySelector<HTMLElement>('input, button') ??
        undefined;
      internals.setValidity(isMissing(problem) ? { valueMissing: true } : { customError: true }, this.#message(field, problem), anchor);
    } else {
      internals.setValidity({});
    }
    this.setStates({
      busy: !!this.busy || this.#load.status === TaskStatus.PENDING,
      invalid: !!first,
      review: this.view === 'review',
      submitted: this.view === 'done',
    });
  }

  /** A host form's reset: the answers go back to those loaded (empty, or the resumed draft's). */
  formResetCallback(): void {
    if (this.view !== 'done') this.#startFrom(this.#initial, this.#savedId);
  }

  // ─── Handlers ───

  /** Continue, or Submit on the review and on the last page of a form without one. */
  #onSubmit(event: Event): void {
    event.preventDefault();
    if (this.busy || this.isDisabled || !this.model) return;
    if (this.view === 'review') return void this.#send('submitted');
    if (!this.#check(this.#questionsOn(this.page))) return;
    const next = this.#returnToReview ? undefined : this.#step(1);
    if (next !== undefined) this.#showPage(next);
    else if (this.#reviewed) this.#showReview();
    else void this.#send('submitted');
  }

  #onBack(): void {
    const previous = this.view === 'review' ? this.#step(-1, this.#pages.length) : this.#step(-1);
    if (previous !== undefined) this.#showPage(previous);
  }

  /**
   * Clicks on the element's links: an error summary link or a review "Change" link goes to its
   * question (`#` + `controlId`), on the question's page, and focuses its control.
   */
  #onLink(event: Event): void {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault(); // the link's #id would change the host page's URL
    const target = link.getAttribute('href')?.slice(1);
    const field = this.model?.fields.find(
      (f) => target === controlId(f) || target === controlId(f, this.errors[f.form_question_id]?.parts),
    );
    if (!field) return;
    const page = this.#pages.findIndex((fields) => fields.includes(field));
    if (this.view === 'review') this.#returnToReview = true;
    if (this.view !== 'form' || page !== this.page) {
      this.view = 'form';
      this.page = page;
      this.summary = this.summary && Object.keys(this.errors).some((q) => this.#pages[page]?.some((f) => f.form_question_id === q));
      this.#attempted.add(page);
    }
    void this.focusOn(`#${CSS.escape(controlId(field, this.errors[field.form_question_id]?.parts))}`);
  }

  #setAnswer(q: string, next: (old: RawAnswer | undefined) => RawAnswer): void {
    const raw = next(this.given[q]);
    this.given = { ...this.given, [q]: raw };
    this.#dirty = true;
    this.saved = false;
    this.cleared = false;
    const field = this.model?.fields.find((f) => f.form_question_id === q);
    if (field && this.#attempted.has(this.view === 'review' ? REVIEW : this.page)) {
      const errors = { ...this.errors };
      const problem = checkAnswer(field, raw);
      if (problem) errors[q] = problem;
      else delete errors[q];
      this.errors = errors;
    }
  }

  // ─── Public API ───

  /** The answers Submit would send now: shown questions with an acceptable answer, in form order. */
  get answers(): FormAnswer[] {
    return this.model?.answers(this.given) ?? [];
  }

  // ─── Internals ───

  /** What the answers belong to (`responseId`: the draft's, default the current one). */
  #key(...responseId: [string | undefined] | []): string {
    const draft = responseId.length ? responseId[0] : this.responseId;
    return JSON.stringify([this.formId || this.schema?.id || '', this.patientId ?? '', this.appointmentId ?? '', draft ?? '']);
  }

  get #pages(): FormField[][] {
    return this.model?.pages(this.pageSize) ?? [];
  }

  /** Whether the form ends with "Check your answers": asked for, longer than five questions, or paged. */
  get #reviewed(): boolean {
    return this.review || this.#pages.length > 1 || (this.model?.fields.filter(isQuestion).length ?? 0) > REVIEW_AFTER;
  }

  #shownQuestions(fields?: readonly FormField[]): FormField[] {
    return this.model?.shownQuestions(this.given, fields) ?? [];
  }

  #questionsOn(page: number): FormField[] {
    return this.#shownQuestions(this.#pages[page] ?? []);
  }

  /** The next page in a direction that has a question to show (from `from`, default the current page). */
  #step(direction: 1 | -1, from = this.page): number | undefined {
    for (let page = from + direction; page >= 0 && page < this.#pages.length; page += direction) {
      if (this.#questionsOn(page).length) return page;
    }
    return undefined;
  }

  /** Takes a loaded form. A new session starts from the draft's answers (or none); a reload of the same keeps what was typed. */
  #adopt({ form, saved }: LoadedForm): void {
    this.model = new FormModel(form);
    this.#session ??= { key: this.#key(), client: this.client };
    // Afresh after a change of what the form is for, unless the user has typed since (a reload of the same form keeps it).
    if (this.#fresh && !this.#dirty) {
      this.#fresh = false;
      const given: RawAnswers = {};
      for (const field of this.model.fields) {
        const raw = fromValue(field, saved?.get(field.form_question_id));
        if (raw !== undefined) given[field.form_question_id] = raw;
      }
      this.#startFrom(given, this.responseId || undefined);
      if (this.model.skipped)
        this.reportError(new HeroError('validation', `Left out ${this.model.skipped} form field(s) of an unknown type.`));
    }
    void this.markReady();
  }

  /**
   * Checks the questions; shows their problems (inline, and in the summary, which takes focus
   * when `focus`) and says whether there were none. A draft checks only what was entered.
   */
  #check(questions: FormField[], draft = false, focus = true): boolean {
    const errors: Record<string, AnswerProblem> = {};
    for (const field of questions) {
      const problem = checkAnswer(field, this.given[field.form_question_id], draft);
      if (problem) errors[field.form_question_id] = problem;
    }
    this.errors = errors;
    this.#attempted.add(this.view === 'review' ? REVIEW : this.page);
    this.summary = Object.keys(errors).length > 0;
    if (this.summary && focus) void this.focusOn('#error-summary');
    return !this.summary;
  }

  #showPage(page: number, focus = true): void {
    this.view = 'form';
    this.page = page;
    this.errors = {};
    this.summary = false;
    this.#returnToReview = false;
    if (!focus) this.#attempted.clear();
    if (focus) void this.focusOn(this.#pages.length > 1 ? '#progress-text' : '#title');
  }

  #showReview(): void {
    this.view = 'review';
    this.errors = {};
    this.summary = false;
    this.#returnToReview = false;
    void this.focusOn('#review-title');
  }

  /**
   * Saves a draft or submits: checks, then sends once however often it is pressed, for the form,
   * patient and appointment of the session it started in, whatever changes meanwhile.
   */
  async #send(action: Action): Promise<void> {
    const model = this.model;
    const session = this.#session;
    if (this.busy || this.isDisabled || !model || !session || this.view === 'done') return;
    if (!this.#check(this.#shownQuestions(), action === 'draft')) return;
    this.busy = action;
    this.failure = undefined;
    this.saved = false;
    const answers = this.answers;
    const formId = model.form.id;
    const known = this.#savedId;
    const body = { answers, status: action, patientId: this.patientId || undefined, appointmentId: this.appointmentId || undefined };
    const current = () => session === this.#session;
    try {
      const checking = (error: HeroError) => void (this.failure = { action, error, outcome: 'checking' });
      const responseId = await saveAnswers(this.requireClient(), formId, known, body, { signal: this.signal, checking, current });
      if (current()) this.#savedId = responseId || undefined;
      if (action === 'draft') {
        this.emit('hero-form-draft', { form_id: formId, response_id: responseId } satisfies FormDraftDetail);
        if (!current()) return;
        this.failure = undefined;
        this.saved = true;
        void this.focusOn('#draft-saved');
      } else {
        this.emit('hero-form-submit', { form_id: formId, response_id: responseId, answers } satisfies FormSubmitDetail);
        if (!current()) return;
        this.view = 'done';
        void this.focusOn('#confirmation');
      }
    } catch (error) {
      const heroError = this.reportError(error) ?? toHeroError(error);
      if (current()) this.failure = { action, error: heroError, outcome: heroError.outcomeUnknown ? 'unknown' : undefined };
    } finally {
      if (current()) this.busy = undefined;
    }
  }

  /** A problem in words; in the error summary, a message that does not name its question is told which. */
  #message(field: FormField, problem: AnswerProblem, summary = false): string {
    const own = formMessage(field, problem);
    if (own) return own;
    const { vars, named } = messageVars(field, this.#tr, this.language.startsWith('en'));
    const text = this.t(problemKey(problem), vars);
    return summary && !named && problem.code !== 'consent'
      ? this.t('problem.summary', { message: text, label: String(vars['label']) })
      : text;
  }

  // ─── Rendering ───

  #renderForm(model: FormModel): TemplateResult {
    const { form } = model;
    const multi = this.#pages.length > 1;
    const review = this.view === 'review';
    const description = form.patient_description ?? (form.patient_title ? null : form.description);
    const header = html`<header class="header" part="header">
      ${renderHeading(this.level(), form.patient_title || form.title, { id: 'title', size: 'l', focusable: true, part: 'title' })}
      ${description ? html`<p class="pre" part="description">${description}</p>` : nothing}
    </header>`;
    if (this.view === 'done') return html`${header}${renderDone(this.#tr, this.level(1), form.confirmation_message)}`;
    if (!model.hasQuestions) return html`${header}<p class="message" part="empty">${this.t('empty')}</p>`;
    /** Continue to another page or the review (else Submit). */
    const next = !review && (this.#step(1) !== undefined || this.#reviewed);
    const t = this.#tr;
    return html`${header} ${this.cleared ? renderCleared(t) : nothing} ${this.saved ? renderSaved(t, this.level(1)) : nothing}
      ${
        this.summary
          ? this.renderErrorSummary(
              this.#shownQuestions().flatMap((field) => {
                const problem = this.errors[field.form_question_id];
                return problem ? [{ target: controlId(field, problem.parts), message: this.#message(field, problem, true) }] : [];
              }),
              this.level(1),
            )
          : nothing
      }
      <form part="form" novalidate autocomplete="off" @submit=${this.#onSubmit} @change=${() => this.dispatchEvent(new Event('change', { bubbles: true }))}>
        ${
          (review && multi) || (!review && this.#step(-1) !== undefined)
            ? html`<button type="button" class="back" part="back-button" @click=${this.#onBack}>${this.t('back')}</button>`
            : nothing
        }
        ${
          review
            ? renderReview({ t, locale: this.locale, level: this.level(1), model, pageSize: this.pageSize, given: this.given })
            : html`${multi ? html`<p class="progress" part="progress" id="progress-text" tabindex="-1">${this.t('progress', { page: this.page + 1, pages: this.#pages.length })}</p>` : nothing}
              <div class="fields" part="page">
                ${renderPage({
                  t,
                  locale: this.locale,
                  level: this.level(1),
                  model,
                  pageSize: this.pageSize,
                  fields: this.#pages[this.page] ?? [],
                  given: this.given,
                  errors: this.errors,
                  message: (field, problem) => this.#message(field, problem),
                  disabled: this.isDisabled,
                  setAnswer: (q, value) => this.#setAnswer(q, value),
                  useBmi: (q, value) => {
                    this.#setAnswer(q, () => value);
                    void this.focusOn(`#${CSS.escape(`q-${q}`)}`);
                  },
                })}
              </div>`
        }
        ${renderActions(t, { next, busy: this.busy, disabled: this.isDisabled, draft: () => void this.#send('draft') })}
        ${renderFailure(
          t,
          this.failure,
          (error) => this.errorMessage(error),
          (action) => void this.#send(action),
        )}
      </form>`;
  }

  protected override renderContent(): TemplateResult {
    const pending = this.#load.status === TaskStatus.PENDING;
    const loading = () =>
      html`<p class="status" part="status" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('loading.form')}</p>`;
    // Delegated: clicks on the error summary's and the review's links (keyboard users activate the links themselves).
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div class="base" part="base" aria-busy=${pending ? 'true' : 'false'} @click=${this.#onLink}>
      ${this.#load.render({
        initial: loading,
        pending: loading,
        complete: () => (this.model ? this.#renderForm(this.model) : loading()),
        error: (error) => this.renderError(error, () => void this.#load.run()),
      })}
      ${this.renderAnnouncer()}
    </div>`;
  }
}
