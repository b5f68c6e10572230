import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { HeroClient } from '../../api/client.js';
import { MESSAGE_DECODERS } from '../../api/decoders/messages.js';
import { PATIENT_DECODERS } from '../../api/decoders/patients.js';
import { isAbortError, type HeroError } from '../../api/errors.js';
import type { Assignee, MessageDeliveryState, MessageSendRequest } from '../../api/types.js';
import { formatClockTime } from '../../domain/clock-time.js';
import type { HeroPatient } from '../../domain/patient.js';
import { patientPlaceholderValues, type PlaceholderValues } from '../../domain/placeholders.js';
import { countSms } from '../../domain/sms.js';
import type { Audience } from '../../internal/error-view.js';
import { HeroFormElement } from '../../internal/form-associated.js';
import type { Translations } from '../../internal/localize.js';
import { baseStyles } from '../../internal/styles.js';
import { uiStyles, type Translate } from '../../internal/ui/index.js';
import { ComposerData } from './composer-data.js';
import { ComposerText } from './composer-text.js';
import { ComposeView, composeExample, counterText, errorTarget, errorText, smsCounted } from './compose-view.js';
import { DeliveryPoller } from './delivery-poller.js';
import { DraftController } from './draft-controller.js';
import { checkDraft, defaultChannel, fieldsFromIssues, FIELD_ORDER, messageBody, parseChannels, recordContacts } from './draft.js';
import type { Channel, DraftErrors, FieldKey, PatientView } from './draft.js';
import * as api from './message-composer-api.js';
import { messageComposerStrings as strings } from './message-composer.strings.js';
import { messageComposerStyles } from './message-composer.styles.js';
import { patientView, renderGate, renderLoading, renderNoPatient, renderPatient } from './patient-view.js';
import { renderReview } from './review-view.js';
import { SendFlow } from './send-flow.js';
import { renderSent } from './sent-view.js';
import {
  renderFillPreview,
  renderTemplateFields,
  TEMPLATE_FILL_DECODERS,
  TemplateFillController,
  type PreparedMessage,
} from './template-fill.js';

/** Detail of `hero-message-send`: the API accepted the message. */
export interface MessageSendDetail {
  message_id: string;
  /** When it will be sent (UTC ISO), or null for now. */
  send_at: string | null;
  message_type: Channel;
  /** The patient it was sent to: the one it was written for, even if `patient-id` has changed since. */
  patient_id: string;
}

/** Detail of `hero-message-status`: the delivery state changed (`status.response` of the status endpoint). */
export interface MessageStatusDetail {
  message_id: string;
  status: MessageDeliveryState;
}

/** Steps of the flow. */
export type MessageComposerStep = 'compose' | 'review' | 'sent';

/**
 * Writes one message to one patient: it loads the patient (`GET /v1/patients/{id}`), the
 * templates (`GET /v1/templates`), the SMS credit balance where text messages are allowed, and the
 * patient's latest message ("Last message sent 3 December at 2:15pm by SMS", `GET
 * /v2/sent_messages`, refreshed after a send). Templates fill `{{placeholders}}` from the record
 * (`title`, `first_name`, `last_name`, `name`, `full_name`), `practice-name` and `placeholderValues`.
 * The recipient defaults to the record's mobile or email (UK mobiles sent in E.164; numbers that
 * are not mobiles refused); restricted patients' details are never shown (Hero uses the record's).
 *
 * Limits (src/domain/message-limits.ts): a text message may be at most 6 texts (918 GSM-7 / 402
 * UCS-2 characters), an NHS App or Hero app message 5,000 characters, an email 100,000; longer is
 * refused. Characters that force UCS-2 are named (invisible ones by code point) and "Replace"
 * swaps curly quotes and dashes for plain ones and removes invisible characters.
 *
 * Email subject: Hero documents no subject on `POST /v1/messages/send`; the practice's email
 * template in Hero sets it, and the element says so (no subject field that would go nowhere).
 * Sender: `admin-id` is sent as `admin_id` in the body, a field Hero does not document (inferred
 * from its Message Builder's `admin-id` attribute; see docs/api-assumptions.md).
 *
 * Options: send later (GOV.UK date input and a time field taking "9:30am" or "14:30", Europe/London,
 * not in the past, sent as UTC `send_at`); write to the record (SNOMED code and term under
 * "Advanced", the code checked with `POST /v1/snomed/validate`); assign to a person or team.
 *
 * Safety. Policy for patients who need confirmation (`needsConfirmation`): a deceased patient is
 * never messaged (explained); an archived record must be confirmed as the right patient first.
 * The message belongs to the patient and configuration it was written for: when `patient-id` or
 * the configuration changes, a draft is discarded with a visible notice, and a send in flight
 * completes for its original patient without the new patient's screen claiming it (its
 * `hero-message-send` names the original `patient_id`; its delivery is not followed). `POST
 * /v1/messages/send` is made once per deliberate press; when its outcome is unknown (a 504, a lost
 * connection, a timeout) nothing is re-sent: the element says the message may have been sent,
 * reads the patient's latest message back, and offers "Send it again" only behind a confirmation.
 * Delivery is then followed (`GET /v1/messages/{id}/status`, see delivery-poller.ts) until a final
 * state, at most `maxPolls` times, and not while the element is out of the page.
 *
 * Inside a `<form>` the element is a form control: its value is the message text, under its `name`;
 * `required` makes an empty message invalid; a form reset empties it.
 *
 * @summary Writes and sends a message to one patient by text message, email, NHS App or the Hero
 * app, with a template, a live preview, a text message counter, scheduling, record coding and
 * assignment; then follows its delivery.
 *
 * @fires {CustomEvent<MessageSendDetail>} hero-message-send - The API accepted the message. `detail: { message_id, send_at, message_type, patient_id }`.
 * @fires {CustomEvent<MessageStatusDetail>} hero-message-status - The delivery state changed. `detail: { message_id, status }` (`delivered`, `declined`, `sent`, `pending`, `retry` or `fatal`).
 * @fires {CustomEvent<Record<string, never>>} hero-ready - The patient has loaded and the form is shown (or the reason it cannot be).
 * @fires {CustomEvent<HeroErrorDetail>} hero-error - Loading, checking or sending failed. `detail: { code, message, status? }`; never patient data.
 * @fires {Event} input - The message text changed by typing (native, from the text area).
 *
 * @csspart base - The element's root.
 * @csspart notice - Why the element started again (the patient or configuration changed).
 * @csspart patient - The patient being written to (name and NHS number).
 * @csspart last-message - "Last message sent …" for the patient.
 * @csspart refusal - Why this patient cannot be messaged (deceased).
 * @csspart archived - The archived record's warning, with its confirm button.
 * @csspart archived-confirm-button - "Write to this patient anyway".
 * @csspart empty - Shown when no `patient-id` is set.
 * @csspart loading - A loading indication.
 * @csspart error - An error with a retry button (from the base element).
 * @csspart retry-button - "Try again".
 * @csspart error-summary - The "There is a problem" list, linking to each field.
 * @csspart field - A label, hint, error and control.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart error-message - A field's error.
 * @csspart input - Text inputs and selects.
 * @csspart choice - A radio or checkbox with its label.
 * @csspart choice-label - A radio's or checkbox's label.
 * @csspart reveal - What a ticked option shows.
 * @csspart date-input - The send date's Day, Month and Year.
 * @csspart channels - The channel radio group.
 * @csspart template-select - The template `<select>`.
 * @csspart undo-button - Undoes the last template choice.
 * @csspart template-fields - A template's fields: its gaps (dates, times, text) and what its link is for (template-fill.ts).
 * @csspart link-made - Says the template's link was made.
 * @csspart link-unknown - Says the link may or may not have been made, with "Create a new link".
 * @csspart edit-words-button - "Change the words yourself": the template's words as free text.
 * @csspart textarea - The message text area.
 * @csspart counter - Characters and text messages, against the channel's limit.
 * @csspart encoding-warning - The warning naming characters that force UCS-2.
 * @csspart replace-button - Replaces curly quotes and dashes by plain ones and removes invisible characters.
 * @csspart credits - The practice's SMS credit balance.
 * @csspart preview - The preview of what the patient receives.
 * @csspart preview-message - The message in the preview (text bubble, email or app card).
 * @csspart placeholder - A placeholder left unfilled, in the preview.
 * @csspart options - The options group (fallback, schedule, record, assign).
 * @csspart advanced - The "Advanced" disclosure holding the SNOMED fields.
 * @csspart continue-button - "Continue" to the review.
 * @csspart review - The review step.
 * @csspart summary-list - The summary list on the review step.
 * @csspart summary-row - One row of it.
 * @csspart summary-key - A row's name.
 * @csspart summary-value - A row's value.
 * @csspart summary-action - Each "Change" on the review step.
 * @csspart heading - The review and confirmation headings.
 * @csspart send-button - "Send message" / "Schedule message".
 * @csspart back-button - "Back to the message".
 * @csspart uncertain - "Your message may have been sent": what the read-back found, and what to do.
 * @csspart check-again-button - Reads the patient's latest message again.
 * @csspart send-again-button - "Send it again" (asks for a confirmation first).
 * @csspart confirm-again - The confirmation before sending again.
 * @csspart confirm-again-button - "Yes, send it again".
 * @csspart cancel-again-button - "No, do not send it again".
 * @csspart confirmation - The sent or scheduled confirmation.
 * @csspart status - The delivery status.
 * @csspart new-message-button - "Write another message".
 *
 * @cssproperty --hero-message-composer-max-width - Width of the element's content. Default `40rem`.
 * @cssproperty --hero-message-composer-gap - Space between fields. Default `var(--hero-space-l, 1.5rem)`.
 * @cssproperty --hero-message-composer-textarea-min-height - Height of the empty text area. Default `8rem`.
 * @cssproperty --hero-message-composer-preview-background - Background behind the preview. Default `var(--hero-color-surface-raised, #f0f4f5)`.
 * @cssproperty --hero-message-composer-bubble-background - The text message bubble. Default `#e8edee`.
 * @cssproperty --hero-message-composer-bubble-color - Text in the bubble. Default `var(--hero-color-text, #212b32)`.
 * @cssproperty --hero-message-composer-placeholder-background - Highlight of unfilled placeholders. Default `var(--hero-color-warning-surface, #fff4e0)`.
 * @cssproperty --hero-control-size - Global token. Radios and checkboxes (default `2rem`).
 *
 * @cssstate sending - A send request is in flight.
 * @cssstate invalid - `required` and the message is empty.
 */
export class HeroMessageComposer extends HeroFormElement {
  static override styles = [baseStyles, uiStyles, messageComposerStyles];
  static override translations: Translations<typeof strings> = { 'en-GB': strings };
  static override translationKey = 'messageComposer';
  static override decoders = { ...MESSAGE_DECODERS, ...PATIENT_DECODERS, ...TEMPLATE_FILL_DECODERS };
  /** Waits (ms) before each delivery-status poll; the last repeats (`HeroMessageComposer.pollDelays = [...]`). */
  static pollDelays: readonly number[] = [2000, 4000, 8000, 16000, 30000, 60000];
  /** Status polls before the element stops checking and says so. */
  static maxPolls = 40;

  static override properties = {
    patientId: { attribute: 'patient-id' },
    channels: {},
    templateId: { attribute: 'template-id' },
    practiceName: { attribute: 'practice-name' },
    adminId: { attribute: 'admin-id' },
    placeholderValues: { attribute: false },
    step: { state: true },
    checking: { state: true },
    sent: { state: true },
    patient: { state: true },
    archivedConfirmed: { state: true },
  };

  /** The Hero patient to write to (attribute `patient-id`). Required. */
  declare patientId?: string;
  /** The channels offered, space-separated, from `sms email nhs_app hero` (default: all), in the order given. */
  declare channels?: string;
  /** A template to start from (attribute `template-id`); applied when the message is empty. */
  declare templateId?: string;
  /** The practice's name, for `{{practice_name}}` and the previews (attribute `practice-name`). */
  declare practiceName?: string;
  /** The Hero admin sending (attribute `admin-id`), sent as `admin_id` for the audit trail ([INFERRED]: Hero documents no sender field). */
  declare adminId?: string;
  /** More placeholder values from the host, e.g. `{ appointment_date: 'Monday 3 March at 9:30am' }`. */
  declare placeholderValues?: PlaceholderValues;

  declare private step: MessageComposerStep;
  declare private checking: boolean;
  declare private sent?: { request: MessageSendRequest; sendAt: string | null };
  /** The patient as the allow-list leaves them (`protectPatient`): no address, notes or hidden contact details. */
  declare private patient?: PatientView;
  declare private archivedConfirmed: boolean;

  readonly #data = new ComposerData(this, {
    client: () => this.client,
    patientId: () => this.#patientId,
    sms: () => this.#channelList.includes('sms'),
    patient: (patient) => {
      this.#usePatient(patient);
      void this.markReady();
    },
    report: (error) => void this.reportError(error),
    errorView: (error, retry) => this.renderError(error, retry),
  });

  readonly #poller = new DeliveryPoller(this, {
    load: (id, signal) => api.loadDeliveryStatus(this.requireClient(), id, { signal }),
    currentPatient: () => (this.#shared === this.client?.shared ? this.patient?.id : undefined),
    delays: () => (this.constructor as typeof HeroMessageComposer).pollDelays,
    maxPolls: () => (this.constructor as typeof HeroMessageComposer).maxPolls,
    onChange: (id, status) => {
      this.emit('hero-message-status', { message_id: id, status });
      this.announce(this.t('status.announce', { status: this.#text.status(status, this.#scheduled) }));
    },
  });

  readonly #flow = new SendFlow(this, {
    client: () => this.requireClient(),
    signal: () => this.signal,
    report: (error) => this.reportError(error),
    accepted: (answer, request, patientId, current) => {
      this.emit('hero-message-send', {
        message_id: answer.messageId,
        send_at: answer.sendAt,
        message_type: request.message_type,
        patient_id: patientId,
      });
      this.#data.reloadLast();
      if (!current) return;
      Object.assign(this, { sent: { request, sendAt: answer.sendAt }, step: 'sent' });
      this.announce(this.t(this.#scheduled ? 'announce.scheduled' : 'announce.sent'));
      void this.focusOn('#sent-heading');
      this.#poller.follow(answer.messageId, patientId);
    },
    refused: (error) => {
      const fields = fieldsFromIssues(error.issues);
      if (!Object.keys(fields).length) return void this.focusOn('#send-error');
      this.step = 'compose';
      this.#showErrors(fields);
    },
    told: (what) => {
      this.announce(this.t(what === 'uncertain' ? 'uncertain.title' : `notice.${what}`));
      if (what === 'uncertain') void this.focusOn('#send-uncertain');
    },
    describe: (latest) => ({ when: this.#text.moment(latest.time.ms), channel: this.#text.by(latest.channel) }),
  });

  /** A template's gaps and link, filled in fields rather than in curly brackets (template-fill.ts). */
  readonly #fill = new TemplateFillController(this, {
    client: () => this.client,
    t: (key, vars) => this.t(key, vars),
    onError: (error) => void this.reportError(error),
  });
  /** The message being written and its edits (draft-controller.ts). */
  readonly #d = new DraftController(this, {
    t: (key, vars) => this.t(key, vars),
    announce: (text) => this.announce(text),
    focus: (selector) => void this.focusOn(selector),
    values: () => this.#values,
    check: () => this.#check().errors,
    template: (id) => this.#data.template(id),
    wantAssignees: () => this.#data.wantAssignees(),
    submit: (event) => void this.#continue(event),
  });
  /** The template's finished message, made when staff went to review: only for its own patient. */
  #prepared?: PreparedMessage | undefined;

  /** SNOMED codes checked with the API this session: code → valid. */
  readonly #snomedChecked = new Map<string, boolean>();
  /** The configuration (shared client) the patient was loaded with: a draft never moves to another. */
  #shared?: HeroClient | undefined;

  constructor() {
    super();
    this.step = 'compose';
    this.checking = false;
    this.archivedConfirmed = false;
  }

  /** Practice staff write the messages: errors may name Hero and say what to check. */
  protected override get audience(): Audience {
    return 'staff';
  }

  /** Without a patient there is nothing to fetch: "No patient chosen" shows, configured or not. */
  protected override get needsConfig(): boolean {
    return Boolean(this.#patientId);
  }

  /** The message text: the form value (setting it fires no event). */
  get value(): string {
    return this.#d.draft.text;
  }
  set value(text: string) {
    this.#d.edit({ text: String(text ?? '') });
  }

  get #patientId(): string | undefined {
    return this.patientId?.trim() || undefined;
  }

  get #channelList(): Channel[] {
    return parseChannels(this.channels);
  }

  /** The host's values (`placeholderValues`, `practice-name`). */
  get #extra(): PlaceholderValues {
    const extra: Record<string, string | null | undefined> = { ...this.placeholderValues };
    if (this.practiceName) extra['practice_name'] ??= this.practiceName;
    return extra;
  }

  get #values(): PlaceholderValues {
    return this.#fill.active ? this.#fill.values : patientPlaceholderValues(this.patient?.names, this.#extra);
  }

  readonly #t: Translate = (key, vars) => this.t(key, vars);

  get #text(): ComposerText {
    return new ComposerText(this.#t, this.locale);
  }

  get #scheduled(): boolean {
    return Boolean(this.sent?.sendAt && Date.parse(this.sent.sendAt) > Date.now());
  }

  // ─── Lifecycle ───

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const [before, shared] = [changed.get('patientId') as string | undefined, this.client?.shared];
    if (
      (changed.has('patientId') && before !== undefined && before !== this.patientId) ||
      (this.#shared && shared && shared !== this.#shared)
    )
      this.#subjectChanged();
    if (changed.has('channels') && this.patient && !this.#channelList.includes(this.#d.draft.channel)) {
      this.#d.edit({ channel: defaultChannel(this.#channelList, this.patient.contacts) });
    }
    if (this.patient) this.#d.applyTemplateId(this.templateId);
    this.#useTemplate();
    this.#updateFormValue();
  }

  /** The chosen template, unless its words were changed by hand, fills through its fields; the text follows them. */
  #useTemplate(): void {
    const [draft, patient] = [this.#d.draft, this.patient];
    const template = draft.edited ? undefined : this.#data.template(draft.template);
    this.#fill.use(template, patient && { id: patient.id, ...patient.names }, this.#extra);
    const plan = this.#fill.active ? this.#fill.plan : undefined;
    const text = plan && messageBody({ text: plan.content }, this.#fill.values).text;
    if (text !== undefined && text !== draft.text) this.#d.draft = { ...draft, text };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setStates({ sending: this.#flow.sending });
  }

  /** @internal Form reset: back to an empty message. */
  formResetCallback(): void {
    this.#startAgain('reset');
  }

  /** @internal Browser restore (back/forward, autofill): the message text. */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.#d.edit({ text: state });
  }

  #updateFormValue(): void {
    const text = this.#d.draft.text;
    this.internals.setFormValue(text);
    const missing = this.required && !text.trim();
    this.internals.setValidity(
      { valueMissing: missing },
      this.t('form.required'),
      this.renderRoot?.querySelector?.<HTMLElement>('#text') ?? undefined,
    );
    this.setStates({ invalid: missing });
  }

  // ─── The patient ───

  #usePatient(raw: HeroPatient | null): void {
    const sameDraft = this.patient?.id === raw?.id && this.#shared === this.client?.shared;
    this.patient = patientView(raw);
    if (!this.patient || sameDraft) return; // reloaded (new token, same configuration): keep the draft
    this.#shared = this.client?.shared;
    this.#d.usePatient(this.patient.contacts, this.#channelList);
  }

  /** The patient or configuration changed: nothing prepared for the old one stays, or is sent under the new one. */
  #subjectChanged(): void {
    const hadDraft = this.step === 'review' || (this.step === 'compose' && Boolean(this.#d.draft.text.trim()));
    const hadFocus = Boolean(this.shadowRoot?.activeElement);
    this.#startAgain('patient');
    this.#flow.changeSubject(hadDraft);
    // The control that had focus is gone with the old patient's message: the notice takes it.
    if (hadFocus && this.#flow.notice) void this.focusOn('#notice');
  }

  /**
   * Back to an empty message, no longer following a delivery: `another` (the user asked; announced,
   * focus on the text), `reset` (the host form was reset) or `patient` (the patient or configuration
   * changed: nothing of the previous patient's draft is kept).
   */
  #startAgain(reason: 'another' | 'reset' | 'patient'): void {
    this.#poller.reset();
    this.#flow.reset();
    this.#fill.reset();
    this.#prepared = undefined;
    if (reason === 'patient') [this.patient, this.archivedConfirmed, this.#shared] = [undefined, false, undefined];
    this.#d.restart(reason === 'patient' ? undefined : this.patient?.contacts);
    Object.assign(this, { step: 'compose', sent: undefined });
    if (reason !== 'another') return;
    this.announce(this.t('announce.reset'));
    void this.focusOn('#text');
  }

  /** Checks the draft; `now` is the clock the send time must be after (0 skips that check, for rendering). */
  #check(now = Date.now()): ReturnType<typeof checkDraft> {
    const assignees = new Map(this.#data.assigneeList.map((a: Assignee) => [a.key, a]));
    return checkDraft(this.#d.draft, this.patient?.id ?? '', {
      contacts: this.patient?.contacts ?? recordContacts({ id: '' } as HeroPatient),
      channels: this.#channelList,
      values: this.#values,
      now,
      assignees,
      adminId: this.adminId,
      filling: this.#fill.active ? { prepared: this.#prepared } : undefined,
    });
  }

  #showErrors(errors: DraftErrors): void {
    this.#d.show(errors);
    void this.focusOn('#error-summary');
  }

  async #continue(event: Event): Promise<void> {
    event.preventDefault();
    if (this.checking || this.isDisabled) return;
    this.#flow.settle();
    this.#prepared = undefined;
    const fillErrors = this.#fill.active ? this.#fill.check() : [];
    const { errors, request } = this.#check();
    if (!request || fillErrors.length) return this.#showErrors(errors);
    const [code, patient] = [request.snomed_code, this.patient];
    if (code && !this.#snomedChecked.has(code)) {
      this.checking = true;
      try {
        this.#snomedChecked.set(code, await api.validateSnomedCode(this.requireClient(), code));
      } catch (error) {
        if (isAbortError(error) || patient !== this.patient) return;
        this.reportError(error);
        return this.#showErrors({ 'snomed-code': { key: 'error.snomed.unchecked' } });
      } finally {
        this.checking = false;
      }
    }
    if (patient !== this.patient) return; // the patient changed while the code was checked
    if (code && !this.#snomedChecked.get(code)) return this.#showErrors({ 'snomed-code': { key: 'error.snomed.invalid' } });
    if (this.#fill.active) {
      // The template's link is made now, once, for this patient.
      const prepared = await this.#fill.prepare();
      if (patient !== this.patient || !patient) return;
      if (prepared?.patientId !== patient.id) return this.#showErrors({});
      this.#prepared = prepared;
      const again = this.#check();
      if (!again.request) return this.#showErrors(again.errors);
    }
    this.#d.show({});
    this.step = 'review';
    this.announce(this.t('announce.review'));
    void this.focusOn('#review-heading');
  }

  #back(focus = 'text'): void {
    if (this.#flow.sending) return;
    this.step = 'compose';
    this.#flow.settle();
    this.#prepared = undefined;
    void this.focusOn(
      `#${focus === 'channel' ? errorTarget('channel', { channels: this.#channelList, draft: this.#d.draft, errors: {} }) : focus}`,
    );
  }

  /** Sends the reviewed message (checked again: the send time may have passed) for the patient it was written for. */
  #send(): void {
    if (this.#flow.sending || this.step !== 'review' || this.isDisabled || !this.patient) return;
    const { errors, request } = this.#check();
    const code = request?.snomed_code;
    // A template's message goes only as made for this patient.
    const fillOk = !this.#fill.active || this.#prepared?.patientId === this.patient.id;
    if (request && fillOk && (!code || this.#snomedChecked.get(code) === true)) return void this.#flow.send(request, this.patient.id);
    this.step = 'compose';
    this.#showErrors(request ? { 'snomed-code': { key: 'error.snomed.invalid' } } : errors);
  }

  // ─── Rendering ───

  #errorText = (key: FieldKey): string | undefined =>
    this.#d.errors[key]
      ? errorText({ t: this.#t, locale: this.locale }, this.#d.errors[key], (minutes) => formatClockTime(minutes, this.locale))
      : undefined;

  #renderProblems(): unknown {
    const model = { channels: this.#channelList, draft: this.#d.draft, errors: this.#d.errors };
    const error = this.#flow.error;
    return this.renderErrorSummary(
      [
        ...FIELD_ORDER.filter((key) => this.#d.errors[key]).map((key) => ({
          target: errorTarget(key, model),
          message: this.#errorText(key) ?? '',
        })),
        ...(this.#fill.active ? this.#fill.errors : []),
      ],
      this.level(),
      error ? this.t(`send.error.${error.code === 'validation' ? 'validation' : 'network'}`) : undefined,
    );
  }

  #renderCompose(patient: PatientView): TemplateResult {
    const [{ draft, errors, templateNote }, { checking, required }] = [this.#d, this];
    return new ComposeView(
      {
        ...{ t: this.#t, locale: this.locale, patient, draft, errors, templateNote, checking, required },
        channels: this.#channelList,
        values: this.#values,
        practiceName: this.practiceName ?? '',
        templates: this.#data.templates,
        canUndo: this.#d.undoText !== undefined,
        credits: this.#data.credits,
        assignees: this.#data.assignees,
        example: composeExample(Date.now()),
        disabled: this.isDisabled,
        problems: this.#renderProblems(),
        fill: this.#fill.active
          ? {
              fields: renderTemplateFields(this.#fill),
              preview: renderFillPreview(this.#fill, this.#t),
              editWords: () => this.#d.editWords(),
            }
          : undefined,
      },
      this.#d.actions,
      this.#errorText,
    ).render();
  }

  #renderReview(patient: PatientView): TemplateResult {
    // The send time is checked against the clock when Send is pressed, not on every render.
    const { request } = this.#check(0);
    if (!request) return this.#renderCompose(patient);
    const [text, words, flow] = [messageBody(this.#d.draft, this.#values).text, this.#text, this.#flow];
    return renderReview(
      {
        t: this.#t,
        level: this.level(),
        patientName: patient.name || this.t('patient.unnamed'),
        request,
        text,
        length: smsCounted(this.#d.draft) ? counterText(this.#t, countSms(text)) : undefined,
        to: words.recipient(request),
        fallback: words.fallback(request),
        when: request.send_at ? words.when(request.send_at) : this.t('review.now'),
        assignee:
          request.assignee_id !== undefined ? this.#data.assigneeList.find((a) => a.key === this.#d.draft.assignee)?.label : undefined,
        archived: patient.archived,
        sending: flow.sending,
        disabled: this.isDisabled,
        sendError:
          flow.error && (flow.error.code === 'network' ? this.t('send.error.network') : this.errorMessage(flow.error as HeroError)),
        uncertain: flow.uncertain,
      },
      {
        change: (focus) => this.#back(focus),
        send: () => this.#send(),
        back: () => this.#back(),
        checkAgain: () => void flow.readBack(),
        sendAgain: () => (flow.askAgain(true), void this.focusOn('#confirm-again')),
        confirmAgain: () => this.#send(),
        cancelAgain: () => (flow.askAgain(false), void this.focusOn('#send-again')),
      },
    );
  }

  #renderBody(): unknown {
    if (!this.#patientId) return renderNoPatient(this.#t);
    const [patient, task] = [this.patient, this.#data.patient];
    if (task.status === TaskStatus.ERROR) return this.renderError(task.error, () => void task.run());
    if (!patient || task.status === TaskStatus.PENDING) return renderLoading(this.#t);
    const last = this.#data.last(patient.id);
    const lastWords = last.state === 'ready' ? this.#text.last(last.latest) : this.t(`last.${last.state}`);
    const confirm = () => ((this.archivedConfirmed = true), void this.focusOn('#channel-0'));
    const sent = this.step === 'sent' && this.sent;
    const delivery = this.#poller.delivery;
    return html`${renderPatient(this.#t, patient, lastWords, last.state === 'failed' ? () => this.#data.reloadLast() : undefined)}
    ${
      renderGate(this.#t, this.locale, patient, this.archivedConfirmed, confirm) ??
      (sent
        ? renderSent(
            {
              t: this.#t,
              level: this.level(),
              scheduled: this.#scheduled,
              text: this.#text.sent(sent.request, sent.sendAt, this.#scheduled),
              status: this.#text.status(delivery.response, this.#scheduled),
              delivery,
            },
            () => this.#startAgain('another'),
          )
        : this.step === 'review'
          ? this.#renderReview(patient)
          : this.#renderCompose(patient))
    }`;
  }

  protected override renderContent(): TemplateResult {
    const busy = this.#data.patient.status === TaskStatus.PENDING || this.#flow.sending || this.checking;
    const { notice } = this.#flow;
    return html`<div class="base" part="base" aria-busy=${busy}>
      ${notice ? html`<div id="notice" class="message warning" part="notice" role="status" tabindex="-1"><p>${this.t(`notice.${notice}`)}</p></div>` : nothing}
      ${this.#renderBody()} ${this.renderAnnouncer()}
    </div>`;
  }
}
