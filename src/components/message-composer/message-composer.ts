import { initialState, Task, TaskStatus } from '@lit/task';
import { MESSAGE_DECODERS } from '../../api/decoders/messages.js';
import { PATIENT_DECODERS } from '../../api/decoders/patients.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isAbortError, type HeroError } from '../../api/errors.js';
import type { Assignee, MessageDeliveryState, MessageSendRequest, Template } from '../../api/types.js';
import type { HeroPatient } from '../../domain/patient.js';
import type { Audience } from '../../internal/error-view.js';
import { HeroFormElement } from '../../internal/form-associated.js';
import type { Translations } from '../../internal/localize.js';
import { addDays, formatLondonDay, formatLondonTime, londonDate, londonDayAndTime, londonToday, londonWallTimeToUtcMs } from '../../domain/london-time.js';
import { formatNhsNumber } from '../../domain/nhs-number.js';
import { patientName } from '../../domain/patient.js';
import { patientPlaceholderValues, type PlaceholderValues, type TextPart } from '../../domain/placeholders.js';
import { countSms, GSM_REPLACEMENTS, replaceableChars, replaceWithGsm, type SmsCount } from '../../domain/sms.js';
import { baseStyles, fieldStyles } from '../../internal/styles.js';
import { formatUkMobile } from '../../domain/uk-phone.js';
import {
  API_FIELDS,
  checkDraft,
  defaultChannel,
  emptyDraft,
  FIELD_ORDER,
  FINAL_STATES,
  messageBody,
  parseChannels,
  pollDelay,
  recordContacts,
  type Channel,
  type ContactChannel,
  type Draft,
  type DraftErrors,
  type FieldError,
  type FieldKey,
  type RecordContact,
} from './draft.js';
import { loadAssignees, loadDeliveryStatus, loadPatient, loadSmsCredits, loadTemplates, sendMessage, validateSnomedCode } from './message-composer-api.js';
import { messageComposerStyles } from './message-composer.styles.js';
import { messageComposerStrings as strings } from './message-composer.strings.js';

/** Detail of `hero-message-send`: the API accepted the message. */
export interface MessageSendDetail {
  message_id: string;
  /** When it will be sent (UTC ISO), or null for now. */
  send_at: string | null;
  message_type: Channel;
}

/** Detail of `hero-message-status`: the delivery state changed (`status.response` of the status endpoint). */
export interface MessageStatusDetail {
  message_id: string;
  status: MessageDeliveryState;
}

/** Steps of the flow. */
export type MessageComposerStep = 'compose' | 'review' | 'sent';

/** What the element keeps of the patient: enough to address and identify them, no contact details. */
interface PatientView {
  id: string;
  name: string;
  nhsNumber: string;
  deceasedAt: string | null;
  archived: boolean;
  /** The patient as the normaliser gave it, without contact details (src/domain/patient.ts). */
  record: Omit<HeroPatient, 'mobile' | 'email'>;
  contacts: Record<Channel, RecordContact>;
}

interface Delivery {
  response?: MessageDeliveryState;
  reason?: string | null;
  unreachable?: boolean;
  stopped?: boolean;
}

interface SentMessage {
  id: string;
  sendAt: string | null;
  channel: Channel;
  to: string;
}

interface Poll {
  id: string;
  attempt: number;
  timer?: ReturnType<typeof setTimeout>;
  controller?: AbortController;
}

/** The draft's fields that a text input or a select writes. */
type TextKey = 'subject' | 'date' | 'time' | 'snomedCode' | 'snomedTerm' | 'assignee' | 'fallback';

const CONTACT_CHANNELS: readonly ContactChannel[] = ['sms', 'email'];
const isContactChannel = (channel: string): channel is ContactChannel => channel === 'sms' || channel === 'email';
/** What the recipient fields start with: the record's usable contact details, shown as people write them. */
const recordRecipients = (contacts?: Record<Channel, RecordContact>): Record<ContactChannel, string> => {
  const recipients = { sms: '', email: '' };
  for (const type of CONTACT_CHANNELS) {
    const contact = contacts?.[type];
    if (contact?.state === 'ok') recipients[type] = contact.display;
  }
  return recipients;
};
/** Debounce of the counter's screen reader announcement: after typing pauses, never per keystroke. */
const COUNTER_ANNOUNCE_MS = 1000;

/**
 * The element loads the patient (`GET /v1/patients/{id}`), the practice's templates (every page of
 * `GET /v1/templates`) and, where text messages are allowed, the SMS credit balance
 * (`GET /v1/me/sms-credits`; when that fails nothing is shown and composing goes on). Choosing a
 * template fills its `{{placeholders}}` from the patient's record (`title`, `first_name`,
 * `last_name`, `name`, `full_name`), the `practice-name` attribute (`practice_name`) and the
 * `placeholderValues` property; what cannot be filled is highlighted in the preview and must be
 * replaced before sending. The recipient defaults to the record's mobile or email and can be
 * changed (UK mobiles are sent in E.164, `+447700900123`); a fallback channel can be added. For
 * restricted patients no contact detail is shown: leaving the recipient blank lets Hero use the
 * record's own. A channel that cannot reach the patient is still listed, with the reason.
 *
 * Text messages are counted as networks bill them (GSM-7 / UCS-2, see `src/internal/sms.ts`); the
 * count is announced politely once typing pauses, and characters that force UCS-2 are named, with
 * a button to replace curly quotes and dashes by plain ones.
 *
 * Options: send later (a Europe/London date and time, not in the past, sent as UTC `send_at`),
 * write to the patient's record (an optional SNOMED code, checked with `POST /v1/snomed/validate`
 * before the review step), assign to a person or team (`GET /v1/messages/assignee/collection`,
 * loaded when the option is first ticked).
 *
 * [DESIGNED] Email subject: `POST /v1/messages/send` has no subject field, so the subject is asked
 * for separately and sent as the first line of `message_string`, then a blank line, then the
 * message (`emailMessageString` in `draft.ts`, the one place to change).
 *
 * Nothing is sent, and the error summary says why, for: no message, unfilled placeholders, a
 * channel without a usable contact detail, an invalid recipient, a send time in the past, an
 * invalid SNOMED code. Deceased or archived patients cannot be messaged at all (explained).
 * After a review step, `POST /v1/messages/send` is called once however often "Send" is pressed;
 * then `GET /v1/messages/{id}/status` is polled with backoff (2, 4, 8, 16, 30, then every 60
 * seconds, at most 40 times) until a final state (`delivered`, `declined`, `fatal`) or until the
 * element is removed (it resumes if put back). A failed send keeps the message and says why;
 * fields the API rejected are marked.
 *
 * Inside a `<form>` the element is a form control (`ElementInternals`): its value is the message
 * text, under its `name`; `required` makes an empty message invalid; a form reset empties it.
 *
 * @summary Writes and sends a message to one patient by text message, email, NHS App or the Hero
 * app, with a template, a live preview, a text message counter, scheduling, record coding and
 * assignment; then follows its delivery.
 *
 * @fires {CustomEvent<MessageSendDetail>} hero-message-send - The API accepted the message. `detail: { message_id, send_at, message_type }`.
 * @fires {CustomEvent<MessageStatusDetail>} hero-message-status - The delivery state changed. `detail: { message_id, status }` (`delivered`, `declined`, `sent`, `pending`, `retry` or `fatal`).
 * @fires {CustomEvent<Record<string, never>>} hero-ready - The patient has loaded and the form is shown (or the reason it cannot be).
 * @fires {CustomEvent<HeroErrorDetail>} hero-error - Loading, checking or sending failed. `detail: { code, message, status? }`; never patient data.
 * @fires {Event} input - The message text changed by typing (native, from the text area).
 *
 * @csspart base - The element's root.
 * @csspart patient - The patient being written to (name and NHS number).
 * @csspart refusal - Why this patient cannot be messaged (deceased, archived).
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
 * @csspart channels - The channel radio group.
 * @csspart channel-option - One channel (radio, label and hint).
 * @csspart template-select - The template `<select>`.
 * @csspart undo-button - Undoes the last template choice.
 * @csspart textarea - The message text area.
 * @csspart counter - Characters and text messages.
 * @csspart encoding-warning - The warning naming characters that force UCS-2.
 * @csspart replace-button - Replaces curly quotes and dashes by plain ones.
 * @csspart credits - The practice's SMS credit balance.
 * @csspart preview - The preview of what the patient receives.
 * @csspart preview-message - The message in the preview (text bubble, email or app card).
 * @csspart placeholder - A placeholder left unfilled, in the preview.
 * @csspart options - The options group (fallback, schedule, record, assign).
 * @csspart continue-button - "Continue" to the review.
 * @csspart review - The review step.
 * @csspart summary - The summary list on the review step.
 * @csspart change-button - Each "Change" on the review step.
 * @csspart send-button - "Send message" / "Schedule message".
 * @csspart back-button - "Back to the message".
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
 * @cssproperty --hero-color-success - Global token. Success colour (default `#007f3b`).
 * @cssproperty --hero-color-success-surface - Global token. Background of success notices (default `#e6f2eb`).
 * @cssproperty --hero-color-warning - Global token. Warning text and borders (default `#8a4b00`).
 * @cssproperty --hero-color-warning-surface - Global token. Background of warnings (default `#fff4e0`).
 * @cssproperty --hero-space-2xs - Global token. Tiniest spacing (default `0.125rem`).
 *
 * @cssstate sending - A send request is in flight.
 * @cssstate invalid - `required` and the message is empty.
 */
export class HeroMessageComposer extends HeroFormElement {
  static override styles = [baseStyles, fieldStyles, messageComposerStyles];
  static override translations: Translations<typeof strings> = { 'en-GB': strings };
  static override translationKey = 'messageComposer';
  static override decoders = { ...MESSAGE_DECODERS, ...PATIENT_DECODERS };
  /**
   * Waits (ms) before each delivery-status poll; the last repeats. Tests and hosts that need
   * another schedule may replace it (`HeroMessageComposer.pollDelays = [...]`).
   */
  static pollDelays: readonly number[] = [2000, 4000, 8000, 16000, 30000, 60000];
  /** Status polls before the element stops checking and says so. */
  static maxPolls = 40;

  // Declared without decorators: smaller than the decorator helpers in every bundle.
  static override properties = {
    patientId: { attribute: 'patient-id' },
    channels: {},
    templateId: { attribute: 'template-id' },
    practiceName: { attribute: 'practice-name' },
    placeholderValues: { attribute: false },
    draft: { state: true },
    step: { state: true },
    errors: { state: true },
    sendError: { state: true },
    sending: { state: true },
    checking: { state: true },
    sent: { state: true },
    delivery: { state: true },
    patient: { state: true },
    templateNote: { state: true },
    undoText: { state: true },
    assigneesWanted: { state: true },
  };

  private readonly patientTask = new Task(this, {
    task: async ([client, id], { signal }) => {
      if (!id) return null;
      if (!client) return initialState;
      return loadPatient(client, id, { signal });
    },
    args: () => [this.client, this.patientId] as const,
    onComplete: (patient) => {
      this.usePatient(patient);
      void this.markReady();
    },
    onError: (error) => void this.reportError(error),
  });

  private readonly templatesTask = new Task(this, {
    task: async ([client, wanted], { signal }) => {
      if (!wanted || !client) return [];
      return loadTemplates(client, { signal });
    },
    args: () => [this.client, Boolean(this.patientId)] as const,
    onError: (error) => void this.reportError(error),
  });

  private readonly creditsTask = new Task(this, {
    // The balance is a nicety: when it cannot be had, nothing is shown and composing goes on.
    task: async ([client, wanted], { signal }) => {
      if (!wanted || !client) return undefined;
      return loadSmsCredits(client, { signal });
    },
    args: () => [this.client, Boolean(this.patientId) && this.channelList.includes('sms')] as const,
  });

  private readonly assigneesTask = new Task(this, {
    task: async ([client, wanted], { signal }) => {
      if (!wanted) return undefined;
      if (!client) return initialState;
      return loadAssignees(client, { signal });
    },
    args: () => [this.client, this.assigneesWanted] as const,
    onError: (error) => void this.reportError(error),
  });

  /** SNOMED codes checked with the API this session: code → valid. */
  private readonly snomedChecked = new Map<string, boolean>();
  private poll?: Poll;
  private counterTimer?: ReturnType<typeof setTimeout>;
  private draftPatientId?: string;
  private appliedTemplateId?: string;
  private channelChosen = false;

  declare private draft: Draft;
  declare private step: MessageComposerStep;
  declare private errors: DraftErrors;
  declare private sendError?: HeroError;
  declare private sending: boolean;
  declare private checking: boolean;
  declare private sent?: SentMessage;
  declare private delivery: Delivery;
  declare private patient?: PatientView;
  declare private templateNote: string;
  declare private undoText?: string;
  declare private assigneesWanted: boolean;

  /** The Hero patient to write to (attribute `patient-id`). Required. */
  declare patientId?: string;
  /** The channels offered, space-separated, from `sms email nhs_app hero` (default: all), in the order given. */
  declare channels?: string;
  /** A template to start from (attribute `template-id`); applied when the message is empty. */
  declare templateId?: string;
  /** The practice's name, for `{{practice_name}}` and the previews (attribute `practice-name`). */
  declare practiceName?: string;
  /** More placeholder values from the host, e.g. `{ appointment_date: 'Monday 3 March at 9:30am' }`. */
  declare placeholderValues?: PlaceholderValues;

  constructor() {
    super();
    this.draft = emptyDraft();
    this.step = 'compose';
    this.errors = {};
    this.sending = false;
    this.checking = false;
    this.delivery = {};
    this.templateNote = '';
    this.assigneesWanted = false;
  }

  /** Practice staff write the messages: errors may name Hero and say what to check. */
  protected override get audience(): Audience {
    return 'staff';
  }

  /** Without a patient there is nothing to fetch: "No patient chosen" shows, configured or not. */
  protected override get needsConfig(): boolean {
    return Boolean(this.patientId);
  }

  /** The message text: the form value (setting it fires no event). */
  get value(): string {
    return this.draft.text;
  }
  set value(text: string) {
    this.edit({ text: String(text ?? '') });
  }

  /** The channels allowed by `channels`, in order. */
  private get channelList(): Channel[] {
    return parseChannels(this.channels);
  }

  private get values(): PlaceholderValues {
    const extra: Record<string, string | null | undefined> = { ...this.placeholderValues };
    if (this.practiceName) extra['practice_name'] ??= this.practiceName;
    return patientPlaceholderValues(this.patient?.record, extra);
  }

  // ─── Lifecycle ───

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back in the page while a delivery was being followed: follow it again.
    if (this.poll && !this.poll.timer) this.schedulePoll(0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.counterTimer);
    this.stopPolling(true);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('patientId') && changed.get('patientId') !== undefined) this.startAgain('patient');
    if (changed.has('channels') && this.patient && !this.channelList.includes(this.draft.channel)) {
      this.edit({ channel: defaultChannel(this.channelList, this.patient.contacts) });
    }
    if (changed.has('draft') || changed.has('required')) this.updateFormValue();
    this.applyTemplateId();
  }

  /** @internal Form reset: back to an empty message. */
  formResetCallback(): void {
    this.startAgain('reset');
  }

  /** @internal Browser restore (back/forward, autofill): the message text. */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.edit({ text: state });
  }

  private updateFormValue(): void {
    const text = this.draft.text;
    this.internals.setFormValue(text);
    const missing = this.required && !text.trim();
    // (Valid, the message and anchor are ignored.)
    this.internals.setValidity({ valueMissing: missing }, this.t('form.required'), this.renderRoot?.querySelector?.<HTMLElement>('#text') ?? undefined);
    this.setStates({ invalid: missing });
  }

  // ─── Data ───

  private usePatient(patient: HeroPatient | null): void {
    if (!patient?.id) {
      this.patient = undefined;
      return;
    }
    const contacts = recordContacts(patient);
    // Contact details stay out of what is kept: `contacts` holds only what may be shown and sent.
    const { mobile: _m, email: _e, ...record } = patient;
    this.patient = {
      id: patient.id,
      name: patientName(patient),
      nhsNumber: patient.nhs_number ? formatNhsNumber(patient.nhs_number) : '',
      deceasedAt: patient.deceased_at ?? null,
      archived: patient.archived,
      record,
      contacts,
    };
    if (this.draftPatientId === patient.id) return; // reloaded (new token, new client): keep the draft
    this.draftPatientId = patient.id;
    const keep = this.channelChosen && this.channelList.includes(this.draft.channel);
    this.edit({ recipients: recordRecipients(contacts), channel: keep ? this.draft.channel : defaultChannel(this.channelList, contacts) });
  }

  /** Applies `template-id` once templates and patient are in, when it changed since last applied. */
  private applyTemplateId(): void {
    const id = this.templateId;
    if (!id || id === this.appliedTemplateId || !this.patient || this.templatesTask.status !== TaskStatus.COMPLETE) return;
    const template = this.templatesTask.value?.find((t) => t.id === id);
    if (!template) return;
    this.appliedTemplateId = id;
    this.applyTemplate(template, false);
  }

  private applyTemplate(template: Template, announce: boolean): void {
    const previous = this.draft.text;
    const filled = messageBody({ text: template.content }, this.values);
    const snomed = this.draft.channel === 'email' ? template.email_snomed_code : template.sms_snomed_code;
    this.edit({
      text: filled.text,
      template: template.id,
      subject: this.draft.subject || template.name,
      snomedCode: this.draft.snomedCode || snomed || '',
    });
    this.undoText = previous.trim() && previous !== filled.text ? previous : undefined;
    this.templateNote = this.t('template.applied', { name: template.name });
    if (announce) this.announce(this.templateNote);
  }

  /**
   * Back to an empty message, no longer following a delivery: `another` (the user asked; announced,
   * focus on the text), `reset` (the host form was reset) or `patient` (the patient changed: nothing
   * of the previous patient's draft is kept).
   */
  private startAgain(reason: 'another' | 'reset' | 'patient'): void {
    this.stopPolling();
    if (reason === 'patient') {
      this.patient = undefined;
      this.draftPatientId = undefined;
      this.appliedTemplateId = undefined;
      this.channelChosen = false;
      this.draft = emptyDraft();
    } else {
      // An empty message on the current channel, addressed to the record's contact details.
      this.draft = { ...emptyDraft(this.draft.channel), recipients: recordRecipients(this.patient?.contacts) };
    }
    this.step = 'compose';
    this.errors = {};
    this.sendError = undefined;
    this.sent = undefined;
    this.delivery = {};
    this.undoText = undefined;
    this.templateNote = '';
    if (reason === 'another') {
      this.announce(this.t('announce.reset'));
      void this.focusOn('#text');
    }
  }

  // ─── Handlers ───

  private edit(changes: Partial<Draft>): void {
    this.draft = { ...this.draft, ...changes };
  }

  private handleChannel(channel: Channel): void {
    this.channelChosen = true;
    this.edit({ channel, fallback: this.draft.fallback === channel ? '' : this.draft.fallback });
  }

  private handleText(event: Event): void {
    this.edit({ text: (event.target as HTMLTextAreaElement).value });
    this.undoText = undefined;
    this.templateNote = '';
    this.announceCount();
  }

  private handleRecipient(type: ContactChannel, event: Event): void {
    this.edit({ recipients: { ...this.draft.recipients, [type]: (event.target as HTMLInputElement).value } });
  }

  private handleTemplate(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const template = this.templatesTask.value?.find((t) => t.id === select.value);
    if (template) this.applyTemplate(template, true);
    else this.edit({ template: '' });
  }

  private handleUndo(): void {
    if (this.undoText === undefined) return;
    this.edit({ text: this.undoText });
    this.undoText = undefined;
    this.templateNote = '';
    this.announce(this.t('template.undone'));
    void this.focusOn('#text');
  }

  private handleReplace(): void {
    const replaced = [...this.draft.text].filter((ch) => ch in GSM_REPLACEMENTS).length;
    this.edit({ text: replaceWithGsm(this.draft.text) });
    this.announce(this.t('unicode.replaced', { count: replaced }));
    void this.focusOn('#text');
  }

  private handleOption(key: 'schedule' | 'record' | 'assign', event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.edit({ [key]: on });
    if (key === 'assign' && on) this.assigneesWanted = true;
  }

  private announceCount(): void {
    clearTimeout(this.counterTimer);
    if (!this.smsCounted) return;
    this.counterTimer = setTimeout(() => {
      const count = this.smsCount();
      this.announce(count.encoding === 'ucs2' ? `${this.counterText(count)}. ${this.t('unicode.title')}.` : this.counterText(count));
    }, COUNTER_ANNOUNCE_MS);
  }

  /** Checks the draft; `now` is the clock the send time must be after (0 skips that check, for rendering). */
  private check(now = Date.now()): ReturnType<typeof checkDraft> {
    const assignees = new Map((this.assigneesTask.value ?? []).map((a: Assignee) => [a.key, a]));
    return checkDraft(this.draft, this.patient?.id ?? '', {
      contacts: this.patient?.contacts ?? recordContacts({ id: '' } as HeroPatient),
      channels: this.channelList,
      values: this.values,
      now,
      assignees,
    });
  }

  private showErrors(errors: DraftErrors): void {
    this.errors = errors;
    void this.focusOn('#error-summary');
  }

  private async handleContinue(event: Event): Promise<void> {
    event.preventDefault();
    if (this.checking || this.isDisabled) return;
    const { errors, request } = this.check();
    if (!request) return this.showErrors(errors);
    const code = request.snomed_code;
    if (code && !this.snomedChecked.has(code)) {
      this.checking = true;
      try {
        // A read-only check, so it is safe to retry.
        this.snomedChecked.set(code, await validateSnomedCode(this.requireClient(), code));
      } catch (error) {
        if (isAbortError(error)) return;
        this.reportError(error);
        return this.showErrors({ 'snomed-code': { key: 'error.snomed.unchecked' } });
      } finally {
        this.checking = false;
      }
    }
    if (code && !this.snomedChecked.get(code)) return this.showErrors({ 'snomed-code': { key: 'error.snomed.invalid' } });
    this.errors = {};
    this.sendError = undefined;
    this.step = 'review';
    this.announce(this.t('announce.review'));
    void this.focusOn('#review-heading');
  }

  private handleBack(focus = '#text'): void {
    if (this.sending) return;
    this.step = 'compose';
    this.sendError = undefined;
    void this.focusOn(focus);
  }

  /** Sends the reviewed message: once, however often it is pressed while a send is in flight. */
  private async handleSend(): Promise<void> {
    if (this.sending || this.step !== 'review' || this.isDisabled) return;
    const { errors, request } = this.check();
    const code = request?.snomed_code;
    if (!request || (code && this.snomedChecked.get(code) !== true)) {
      // Something changed since the review (the send time passed, say): back to the fields.
      this.step = 'compose';
      return this.showErrors(request ? { 'snomed-code': { key: 'error.snomed.invalid' } } : errors);
    }
    this.sending = true;
    this.setStates({ sending: true });
    this.sendError = undefined;
    try {
      const client = this.requireClient();
      // The message went; without an id its delivery cannot be followed (shown as not yet known).
      const { messageId: id, sendAt } = await sendMessage(client, request);
      const channel = request.message_type;
      this.sent = { id, sendAt, channel, to: this.sentTo(request) };
      this.step = 'sent';
      this.delivery = {};
      this.emit('hero-message-send', { message_id: id, send_at: sendAt, message_type: channel });
      this.announce(this.t(this.isScheduled ? 'announce.scheduled' : 'announce.sent'));
      void this.focusOn('#sent-heading');
      this.poll = { id, attempt: 0 };
      this.schedulePoll();
    } catch (error) {
      const heroError = this.reportError(error);
      if (!heroError) return;
      const fields: DraftErrors = {};
      for (const issue of heroError.issues) {
        const key = API_FIELDS[issue.path[0] ?? ''];
        if (key) fields[key] = { key: 'api.field' };
      }
      this.sendError = heroError;
      if (Object.keys(fields).length) {
        this.step = 'compose';
        this.showErrors(fields);
      } else {
        void this.focusOn('#send-error');
      }
    } finally {
      this.sending = false;
      this.setStates({ sending: false });
    }
  }

  private get isScheduled(): boolean {
    return Boolean(this.sent?.sendAt && Date.parse(this.sent.sendAt) > Date.now());
  }

  // ─── Delivery ───

  private schedulePoll(wait?: number): void {
    const poll = this.poll;
    if (!poll || !this.isConnected) return;
    const ctor = this.constructor as typeof HeroMessageComposer;
    if (poll.attempt >= ctor.maxPolls) {
      this.poll = undefined;
      this.delivery = { ...this.delivery, stopped: true };
      return;
    }
    const delay = Math.min(wait ?? pollDelay(poll.attempt, ctor.pollDelays), 2 ** 31 - 1);
    poll.timer = setTimeout(() => void this.pollOnce(poll), delay);
  }

  private async pollOnce(poll: Poll): Promise<void> {
    if (this.poll !== poll) return;
    poll.timer = undefined;
    poll.controller = new AbortController();
    poll.attempt++;
    try {
      const result = await loadDeliveryStatus(this.requireClient(), poll.id, { signal: poll.controller.signal });
      if (this.poll !== poll) return;
      const { response } = result;
      const changed = response !== this.delivery.response;
      this.delivery = { response, reason: result.reason };
      if (changed) {
        this.emit('hero-message-status', { message_id: poll.id, status: response });
        this.announce(this.t('status.announce', { status: this.statusText() }));
      }
      if (FINAL_STATES.has(response)) {
        this.poll = undefined;
        return;
      }
      // A scheduled message: look again once its time has come.
      const untilSend = result.scheduledSendAt ? Date.parse(result.scheduledSendAt) - Date.now() : 0;
      const ctor = this.constructor as typeof HeroMessageComposer;
      this.schedulePoll(untilSend > 0 ? untilSend + pollDelay(0, ctor.pollDelays) : undefined);
    } catch (error) {
      if (isAbortError(error) || this.poll !== poll) return;
      this.delivery = { ...this.delivery, unreachable: true };
      this.schedulePoll();
    }
  }

  /** Stops following the delivery; `pause` keeps it, to follow again when the element is put back. */
  private stopPolling(pause = false): void {
    const { poll } = this;
    if (!poll) return;
    clearTimeout(poll.timer);
    poll.timer = undefined;
    poll.controller?.abort();
    if (!pause) this.poll = undefined;
  }

  // ─── Derived text ───

  /** Whether the text goes out as a text message (the channel, or the fallback). */
  private get smsCounted(): boolean {
    return this.draft.channel === 'sms' || this.draft.fallback === 'sms';
  }

  private smsCount(): SmsCount {
    return countSms(messageBody(this.draft, this.values).text);
  }

  private counterText(count: SmsCount): string {
    return this.t('counter.text', { characters: count.characters, segments: count.segments });
  }

  private channelName(channel: Channel): string {
    return this.t(`channel.${channel}`);
  }

  /**
   * A contact detail for people: the mobile as `07700 900123`, the address as it is, or (none sent:
   * the record's own, restricted) the `hiddenKey` sentence naming the kind of detail.
   */
  private contactText(type: ContactChannel, to: string | undefined, hiddenKey: string): string {
    return !to ? this.t(hiddenKey, { kind: this.t(`kind.${type}`) }) : type === 'sms' ? formatUkMobile(to) : to;
  }

  private recipientText(request: MessageSendRequest): string {
    const type = request.message_type;
    return isContactChannel(type)
      ? this.contactText(type, request.recipient_contact_detail, 'review.toHidden')
      : this.t('review.toApp', { channel: this.channelName(type) });
  }

  /** The recipient in a sentence: the number or address, '' for the apps. */
  private sentTo(request: MessageSendRequest): string {
    const type = request.message_type;
    return isContactChannel(type) ? this.contactText(type, request.recipient_contact_detail, 'sent.toHidden') : '';
  }

  private fallbackText(request: MessageSendRequest): string {
    const type = request.fallback_message_type;
    return type
      ? this.t('review.fallbackValue', { channel: this.channelName(type), to: this.contactText(type, request.fallback_contact_detail, 'review.toHidden') })
      : '';
  }

  private whenText(iso: string): string {
    return this.t('review.at', londonDayAndTime(Date.parse(iso), this.locale));
  }

  private statusText(): string {
    const { response } = this.delivery;
    if (!response) return this.t('status.checking');
    if (response === 'pending' && this.isScheduled) return this.t('status.scheduled');
    return this.t(`status.${response}`);
  }

  // ─── Rendering ───

  /**
   * The shared error summary, with the reason a send failed as its description. The channel's
   * link goes to the checked radio, else the first.
   */
  private renderProblems(): TemplateResult | typeof nothing {
    const keys = FIELD_ORDER.filter((key) => this.errors[key]);
    const channel = this.channelList.includes(this.draft.channel) ? this.draft.channel : this.channelList[0];
    return this.renderErrorSummary(
      keys.map((key) => ({ target: key === 'channel' ? `channel-${channel}` : key, message: this.errorText(this.errors[key]) })),
      2,
      this.sendError ? this.t(`send.error.${this.sendError.code === 'validation' ? 'validation' : 'network'}`) : undefined,
    );
  }

  /** A failed load, with "Try again" running it again. */
  private renderTaskError(task: { error: unknown; run(): unknown }): TemplateResult {
    return this.renderError(task.error, () => void task.run());
  }

  private errorText(error: FieldError | undefined): string {
    return error ? this.t(error.key, error.vars) : '';
  }

  private renderFieldError(key: FieldKey): TemplateResult | typeof nothing {
    const error = this.errors[key];
    return error
      ? html`<p class="error-message" id="${key}-error" part="error-message">
          <span class="visually-hidden">${this.t('error.prefix')}</span> ${this.errorText(error)}
        </p>`
      : nothing;
  }

  private describedBy(key: FieldKey, ...more: (string | false | undefined)[]): string {
    return [...more, this.errors[key] && `${key}-error`].filter(Boolean).join(' ');
  }

  /** A field: the label, a hint (`{key}-hint`), the error (`{key}-error`), then the control; marked when invalid. */
  private renderField(key: FieldKey | 'template', label: string, control: unknown, hint?: string): TemplateResult {
    return html`<div class="field ${this.errors[key as FieldKey] ? 'invalid' : ''}" part="field">
      <label class="label" for=${key} part="label">${label}</label>
      ${hint ? html`<p class="hint" id="${key}-hint" part="hint">${hint}</p>` : nothing}
      ${this.renderFieldError(key as FieldKey)}
      ${control}
    </div>`;
  }

  /** A handler writing a control's value to a field of the draft. */
  private editor(key: TextKey): (event: Event) => void {
    return (event) => this.edit({ [key]: (event.target as HTMLInputElement).value });
  }

  private renderInput(
    key: FieldKey,
    label: string,
    value: string,
    onInput: (event: Event) => void,
    options: { hint?: string; describedBy?: string; type?: string; inputmode?: string; className?: string; min?: string } = {},
  ): TemplateResult {
    return this.renderField(
      key,
      label,
      html`<input id=${key} part="input" class="input ${options.className ?? ''}" type=${options.type ?? 'text'} .value=${value} min=${options.min ?? nothing}
        autocomplete="off" inputmode=${options.inputmode ?? nothing} spellcheck="false" aria-invalid=${!!this.errors[key]} @input=${onInput}
        aria-describedby=${this.describedBy(key, options.describedBy, options.hint && `${key}-hint`) || nothing} />`,
      options.hint,
    );
  }

  private renderPatient(patient: PatientView): TemplateResult {
    return html`<p class="patient" part="patient">
      <strong>${patient.name || this.t('patient.unnamed')}</strong>
      ${patient.nhsNumber ? html`<span>${this.t('patient.nhsNumber')} ${patient.nhsNumber}</span>` : nothing}
    </p>`;
  }

  private renderChannels(patient: PatientView): TemplateResult {
    const error = this.errors.channel;
    return html`<fieldset class="field channels ${error ? 'invalid' : ''}" part="channels" aria-describedby=${error ? 'channel-error' : nothing}>
      <legend class="label" part="label">${this.t('channel.legend')}</legend>
      ${this.renderFieldError('channel')}
      ${this.channelList.map((channel) => {
        const hint = this.channelHint(channel, patient.contacts[channel]);
        return html`<div class="choice" part="channel-option">
          <input type="radio" name="channel" id="channel-${channel}" value=${channel} .checked=${this.draft.channel === channel}
            aria-describedby="channel-${channel}-hint" @change=${() => this.handleChannel(channel)} />
          <label for="channel-${channel}">${this.channelName(channel)}</label>
          <p class="hint" id="channel-${channel}-hint">${hint}</p>
        </div>`;
      })}
    </fieldset>`;
  }

  private channelHint(channel: Channel, contact: RecordContact): string {
    if (!isContactChannel(channel)) return this.t(`channel.hint.${channel}${contact.state === 'ok' ? '' : '.none'}`);
    if (contact.state === 'ok') return this.t('channel.hint.to', { contact: contact.display });
    if (contact.state === 'hidden') return this.t('channel.hint.hidden', { kind: this.t(`kind.${channel}`) });
    return this.t(`channel.hint.${channel}.${contact.state}`);
  }

  private renderRecipient(type: ContactChannel, key: 'recipient' | 'fallback-recipient', label: string): TemplateResult {
    const contact = this.patient?.contacts[type];
    const state = contact?.state;
    const hint = state === 'hidden' ? this.t('recipient.hint.hidden') : state === 'ok' ? this.t('recipient.hint.record') : this.t(`recipient.hint.${type}`);
    return this.renderInput(key, label, this.draft.recipients[type], (event) => this.handleRecipient(type, event), {
      hint,
      type: type === 'sms' ? 'tel' : 'email',
      inputmode: type === 'sms' ? 'tel' : 'email',
      className: type === 'sms' ? 'short' : '',
    });
  }

  private renderTemplates(): TemplateResult {
    const task = this.templatesTask;
    if (task.status === TaskStatus.ERROR) {
      return html`<div class="field">${this.renderTaskError(task)}</div>`;
    }
    if (task.status !== TaskStatus.COMPLETE) {
      return html`<p class="field loading" part="loading" role="status">${this.t('loading.templates')}</p>`;
    }
    const list = task.value ?? [];
    if (!list.length) return html`<p class="field hint" part="hint">${this.t('template.empty')}</p>`;
    const groups = (['user', 'hero', 'external'] as const)
      .map((type) => [type, list.filter((t) => (t.type ?? 'hero') === type)] as const)
      .filter(([, items]) => items.length);
    return this.renderField(
      'template',
      this.t('template.label'),
      html`<select id="template" class="input" part="input template-select" aria-describedby="template-hint" @change=${this.handleTemplate}>
          <option value="">${this.t('template.none')}</option>
          ${groups.map(
            ([type, items]) => html`<optgroup label=${this.t(`template.group.${type}`)}>
              ${items.map((t) => html`<option value=${t.id} ?selected=${this.draft.template === t.id}>${t.name}</option>`)}
            </optgroup>`,
          )}
        </select>
        ${this.templateNote
          ? html`<p class="note">
              ${this.templateNote}
              ${this.undoText !== undefined
                ? html`<button type="button" class="button secondary small" part="undo-button" @click=${this.handleUndo}>${this.t('template.undo')}</button>`
                : nothing}
            </p>`
          : nothing}`,
      this.t('template.hint'),
    );
  }

  private renderCounter(): TemplateResult | typeof nothing {
    if (!this.smsCounted) return nothing;
    const count = this.smsCount();
    const credits = this.creditsTask.value;
    const replaceable = replaceableChars(count.nonGsm);
    return html`<div class="counter" id="text-counter" part="counter">
        <p>
          <strong>${this.counterText(count)}</strong>
          ${count.segments ? html`<span class="hint">${this.t('counter.remaining', { count: count.remaining })}</span>` : nothing}
        </p>
        ${this.draft.channel !== 'sms' ? html`<p class="hint">${this.t('counter.fallback', { channel: this.t(`inline.${this.draft.channel}`) })}</p>` : nothing}
        ${credits !== undefined
          ? html`<p class="credits ${count.segments > credits ? 'low' : ''}" part="credits">
              ${this.t(count.segments > credits ? 'credits.low' : 'credits.text', {
                credits: credits.toLocaleString(this.locale),
                segments: count.segments,
              })}
            </p>`
          : nothing}
      </div>
      ${count.encoding === 'ucs2'
        ? html`<div class="message warning" part="encoding-warning">
            <p><strong>${this.t('unicode.title')}</strong></p>
            <p>
              ${this.t('unicode.text')}
              ${count.nonGsm.map((ch) => html`<span class="char">${ch.trim() ? ch : this.t('char.space')}</span> `)}
            </p>
            <p>${this.t('unicode.effect')}</p>
            ${replaceable.length
              ? html`<button type="button" class="button secondary small" part="replace-button" @click=${this.handleReplace}>${this.t('unicode.replace')}</button>`
              : nothing}
          </div>`
        : nothing}`;
  }

  private renderParts(parts: TextPart[]): unknown {
    return parts.map((part) =>
      part.name
        ? html`<mark part="placeholder">${part.text}<span class="visually-hidden"> ${this.t('preview.unfilled')}</span></mark>`
        : part.text,
    );
  }

  private renderPreview(): TemplateResult {
    const body = messageBody(this.draft, this.values);
    const { channel } = this.draft;
    const from = this.practiceName || this.t('preview.practice');
    const content = body.parts.length ? this.renderParts(body.parts) : html`<span class="hint">${this.t('preview.empty')}</span>`;
    const card = (head: TemplateResult) => html`<div class="card" part="preview-message">
      <p class="card-head">${head}</p>
      <div class="card-body">${content}</div>
    </div>`;
    const message =
      channel === 'sms'
        ? html`<div class="bubble" part="preview-message">${content}</div>`
        : channel === 'email'
          ? card(html`<span class="hint">${this.t('preview.subject')}</span> <strong>${this.draft.subject}</strong>`)
          : card(html`<strong>${this.channelName(channel)}</strong> <span class="hint">${this.t('preview.from', { practice: from })}</span>`);
    return html`<section class="preview" part="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${this.t('preview.heading')}</h3>
      <p class="hint">${this.t('preview.hint')}</p>
      ${message}
      ${body.unfilled.length
        ? html`<p class="unfilled">${this.t('preview.unfilledList', { names: body.unfilled.map((n) => `{{${n}}}`).join(', ') })}</p>`
        : nothing}
    </section>`;
  }

  private renderMessageOptions(): TemplateResult {
    const { draft } = this;
    const fallbacks = CONTACT_CHANNELS.filter((c) => c !== draft.channel && this.channelList.includes(c));
    const today = londonToday(Date.now());
    const tomorrow = addDays(today, 1);
    // "Tuesday 3 March 2026, 9:30am" (en-GB), "Dydd Mawrth 3 Mawrth 2026, 09:30" (cy).
    const example = `${formatLondonDay(tomorrow, this.locale, 'long', true)}, ${formatLondonTime(londonWallTimeToUtcMs(tomorrow, 9 * 60 + 30), this.locale)}`;
    return html`<fieldset class="options" part="options">
      <legend>${this.t('options.legend')}</legend>
      ${fallbacks.length
        ? this.renderField(
            'fallback',
            this.t('fallback.label'),
            html`<select id="fallback" class="input" part="input" aria-describedby=${this.describedBy('fallback') || nothing} @change=${this.editor('fallback')}>
                <option value="" ?selected=${!draft.fallback}>${this.t('fallback.none')}</option>
                ${fallbacks.map((c) => html`<option value=${c} ?selected=${draft.fallback === c}>${this.channelName(c)}</option>`)}
              </select>
              ${draft.fallback && draft.fallback !== draft.channel
                ? html`<div class="reveal">${this.renderRecipient(draft.fallback, 'fallback-recipient', this.t(`fallback.recipient.${draft.fallback}`))}</div>`
                : nothing}`,
          )
        : nothing}
      ${this.renderCheckbox('schedule', this.t('schedule.label'))}
      ${draft.schedule
        ? html`<div class="reveal" id="schedule-fields">
            <p class="hint" id="schedule-hint">${this.t('schedule.hint', { example })}</p>
            <div class="row">
              ${this.renderInput('send-date', this.t('schedule.date'), draft.date, this.editor('date'), {
                type: 'date',
                min: today,
                describedBy: 'schedule-hint',
              })}
              ${this.renderInput('send-time', this.t('schedule.time'), draft.time, this.editor('time'), {
                type: 'time',
                describedBy: 'schedule-hint',
              })}
            </div>
          </div>`
        : nothing}
      ${this.renderCheckbox('record', this.t('record.label'), this.t('record.hint'))}
      ${draft.record
        ? html`<div class="reveal">
            ${this.renderInput('snomed-code', this.t('snomed.code'), draft.snomedCode, this.editor('snomedCode'), {
              hint: this.t('snomed.codeHint'),
              inputmode: 'numeric',
              className: 'short',
            })}
            ${this.renderInput('snomed-term', this.t('snomed.term'), draft.snomedTerm, this.editor('snomedTerm'))}
          </div>`
        : nothing}
      ${this.renderCheckbox('assign', this.t('assign.label'), this.t('assign.hint'))}
      ${draft.assign ? html`<div class="reveal">${this.renderAssignees()}</div>` : nothing}
    </fieldset>`;
  }

  private renderCheckbox(key: 'schedule' | 'record' | 'assign', label: string, hint?: string): TemplateResult {
    return html`<div class="choice">
      <input type="checkbox" id="option-${key}" .checked=${this.draft[key]} aria-describedby=${hint ? `option-${key}-hint` : nothing}
        @change=${(e: Event) => this.handleOption(key, e)} />
      <label for="option-${key}">${label}</label>
      ${hint ? html`<p class="hint" id="option-${key}-hint">${hint}</p>` : nothing}
    </div>`;
  }

  private renderAssignees(): TemplateResult {
    const task = this.assigneesTask;
    if (task.status === TaskStatus.ERROR) return this.renderTaskError(task);
    if (task.status !== TaskStatus.COMPLETE) return html`<p class="loading" part="loading" role="status">${this.t('loading.assignees')}</p>`;
    const list = (task.value ?? []).filter((a) => a.value !== null);
    if (!list.length) return html`<p class="hint" part="empty">${this.t('assignee.empty')}</p>`;
    const group = (label: string, items: Assignee[]) =>
      items.length
        ? html`<optgroup label=${label}>
            ${items.map((a) => html`<option value=${a.key} ?selected=${this.draft.assignee === a.key}>${a.label}</option>`)}
          </optgroup>`
        : nothing;
    return this.renderField(
      'assignee',
      this.t('assignee.label'),
      html`<select id="assignee" class="input" part="input" aria-describedby=${this.describedBy('assignee') || nothing} aria-invalid=${!!this.errors.assignee} @change=${this.editor('assignee')}>
        <option value="" ?selected=${!this.draft.assignee}>${this.t('assignee.choose')}</option>
        ${group(this.t('assignee.teams'), list.filter((a) => a.type === 'AdminTeam'))}
        ${group(this.t('assignee.people'), list.filter((a) => a.type !== 'AdminTeam'))}
      </select>`,
    );
  }

  private renderCompose(patient: PatientView): TemplateResult {
    const { draft } = this;
    return html`${this.renderProblems()}
      <form novalidate @submit=${this.handleContinue}>
        <fieldset class="plain" ?disabled=${this.isDisabled}>
          ${this.renderChannels(patient)}
          ${isContactChannel(draft.channel) ? this.renderRecipient(draft.channel, 'recipient', this.t(`recipient.${draft.channel}`)) : nothing}
          ${this.renderTemplates()}
          ${draft.channel === 'email'
            ? this.renderInput('subject', this.t('subject.label'), draft.subject, this.editor('subject'), {
                hint: this.t('subject.hint'),
              })
            : nothing}
          ${this.renderField(
            'text',
            this.t('text.label'),
            html`<textarea id="text" class="input" part="textarea" rows="6" .value=${draft.text} ?required=${this.required} @input=${this.handleText}
                aria-describedby=${this.describedBy('text', 'text-hint', this.smsCounted && 'text-counter')} aria-invalid=${!!this.errors.text}></textarea>
              ${this.renderCounter()}`,
            this.t('text.hint'),
          )}
          ${this.renderPreview()} ${this.renderMessageOptions()}
          <button type="submit" class="button" part="continue-button" aria-disabled=${this.checking}>
            ${this.t(this.checking ? 'checking' : 'continue')}
          </button>
        </fieldset>
      </form>`;
  }

  private renderReview(patient: PatientView): TemplateResult {
    // The send time is checked against the clock when Send is pressed, not on every render.
    const { request } = this.check(0);
    if (!request) return this.renderCompose(patient);
    const { draft } = this;
    const body = messageBody(draft, this.values);
    const count = this.smsCounted ? countSms(body.text) : undefined;
    const assignee = this.assigneesTask.value?.find((a) => a.key === draft.assignee);
    const row = (label: string, value: unknown, focus?: string) =>
      html`<div class="row-item">
        <dt>${label}</dt>
        <dd>${value}</dd>
        <dd class="action">
          ${focus
            ? html`<button type="button" class="link" part="change-button" @click=${() => this.handleBack(focus)}>
                ${this.t('review.change')}<span class="visually-hidden"> ${label}</span>
              </button>`
            : nothing}
        </dd>
      </div>`;
    const scheduled = Boolean(request.send_at);
    return html`<section class="review" part="review" aria-labelledby="review-heading">
      <h2 id="review-heading" tabindex="-1">${this.t('review.heading')}</h2>
      <dl class="summary" part="summary">
        ${row(this.t('review.patient'), patient.name || this.t('patient.unnamed'))}
        ${row(this.t('review.channel'), this.channelName(request.message_type), `#channel-${draft.channel}`)}
        ${row(this.t('review.to'), this.recipientText(request), isContactChannel(draft.channel) ? '#recipient' : undefined)}
        ${request.fallback_message_type ? row(this.t('review.fallback'), this.fallbackText(request), '#fallback') : nothing}
        ${draft.channel === 'email' ? row(this.t('review.subject'), draft.subject.trim(), '#subject') : nothing}
        ${row(this.t('review.message'), html`<span class="pre">${body.text}</span>`, '#text')}
        ${count ? row(this.t('review.length'), this.counterText(count), '#text') : nothing}
        ${row(this.t('review.when'), request.send_at ? this.whenText(request.send_at) : this.t('review.now'), '#option-schedule')}
        ${request.write_to_record
          ? row(
              this.t('review.record'),
              request.snomed_code
                ? [this.t('review.recordCode', { code: request.snomed_code }), request.snomed_term ? ` (${request.snomed_term})` : '']
                : this.t('review.recordDefault'),
              '#option-record',
            )
          : nothing}
        ${assignee && request.assignee_id !== undefined ? row(this.t('review.assignee'), assignee.label, '#assignee') : nothing}
      </dl>
      ${this.sendError
        ? html`<div id="send-error" class="message error" role="alert" tabindex="-1" part="error">
            <p>${this.sendError.code === 'network' ? this.t('send.error.network') : this.errorMessage(this.sendError)}</p>
            <p>${this.t('send.error.kept')}</p>
          </div>`
        : nothing}
      <div class="actions">
        <button type="button" class="button" part="send-button" aria-disabled=${this.sending || this.isDisabled} @click=${this.handleSend}>
          ${this.t(this.sending ? 'sending' : scheduled ? 'schedule.send' : 'send')}
        </button>
        <button type="button" class="button secondary" part="back-button" @click=${() => this.handleBack()}>${this.t('back')}</button>
      </div>
    </section>`;
  }

  private renderSent(sent: SentMessage): TemplateResult {
    const { delivery } = this;
    const scheduled = this.isScheduled;
    const channel = this.t(`inline.${sent.channel}`);
    const failed = delivery.response === 'fatal' || delivery.response === 'declined';
    return html`<section class="message success" part="confirmation" aria-labelledby="sent-heading">
      <h2 id="sent-heading" tabindex="-1">${this.t(scheduled ? 'scheduled.heading' : 'sent.heading')}</h2>
      <p>
        ${scheduled && sent.sendAt
          ? this.t('scheduled.text', { channel, when: this.whenText(sent.sendAt) })
          : this.t(sent.to ? 'sent.text' : 'sent.app', { channel, to: sent.to })}
      </p>
      <p class="status ${failed ? 'failed' : ''}" part="status">
        ${this.t('sent.status')}: <strong>${this.statusText()}</strong>
      </p>
      ${failed && delivery.reason ? html`<p>${this.t('status.reason', { reason: delivery.reason })}</p>` : nothing}
      ${delivery.unreachable ? html`<p class="hint">${this.t('status.unreachable')}</p>` : nothing}
      ${delivery.stopped ? html`<p class="hint">${this.t('status.stopped')}</p>` : nothing}
      <button type="button" class="button secondary" part="new-message-button" @click=${() => this.startAgain('another')}>${this.t('another')}</button>
    </section>`;
  }

  private renderRefusal(patient: PatientView): TemplateResult | undefined {
    const reason = patient.deceasedAt
      ? this.t('refuse.deceased', { date: formatLondonDay(londonDate(Date.parse(patient.deceasedAt)), this.locale, 'long', true) })
      : patient.archived && this.t('refuse.archived');
    return reason ? html`<div class="message error" part="refusal" role="alert"><p>${reason}</p></div>` : undefined;
  }

  private renderBody(): unknown {
    if (!this.patientId) {
      return html`<div class="message" part="empty">
        <p><strong>${this.t('noPatient.title')}</strong></p>
        <p>${this.t('noPatient.text')}</p>
      </div>`;
    }
    const patient = this.patient;
    if (this.patientTask.status === TaskStatus.ERROR) return this.renderTaskError(this.patientTask);
    if (!patient || this.patientTask.status === TaskStatus.PENDING) {
      return html`<p class="loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('loading.patient')}</p>`;
    }
    return html`${this.renderPatient(patient)}
    ${this.renderRefusal(patient) ??
    (this.step === 'sent' && this.sent
      ? this.renderSent(this.sent)
      : this.step === 'review'
        ? this.renderReview(patient)
        : this.renderCompose(patient))}`;
  }

  protected override renderContent(): TemplateResult {
    const busy = this.patientTask.status === TaskStatus.PENDING || this.sending || this.checking;
    return html`<div class="base" part="base" aria-busy=${busy}>
      ${this.renderBody()}
      ${this.renderAnnouncer()}
    </div>`;
  }
}
