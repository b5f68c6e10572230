/**
 * Template fields and links for the composer's compose step (issues 14.7 and 17.2).
 *
 * Given the chosen template (`content`, `link: booking | form | no_link`), the patient (the
 * allow-listed record) and the practice (`GET /v1/me`, once per shared client), it fills what the
 * kit knows (patient names, `{{practice_name}}`, `{{practice_phone}}`, `{{today}}`, the host's
 * values), asks staff for the rest in labelled fields (a GOV.UK date input for `…_date`, the time
 * field for `…_time`, text otherwise: nobody edits curly brackets), asks what a link is for (the
 * appointment type and location of a booking link, the form of a form link; a `{{video_link}}`
 * needs only the patient), and creates the link (`POST /v1/booking_links`, `/v1/form_links`,
 * `/v1/video_links`) when staff go to review: once, for the patient it is made for. Its id is what
 * the composer sends as `short_link_id`; its URL replaces `{{booking_link}}` / `{{form_link}}` /
 * `{{video_link}}`. Creating a link is a change: never retried by itself; when the outcome is
 * unknown it says so and offers a deliberate "Create a new link".
 *
 * This module decides (state, checks, requests); template-fill-view.ts draws `fill.view` (a typed
 * view model with its callbacks).
 *
 * Wiring (the composer; the strings are already in its tables: `...templateFillStrings`, `...templateFillCy`):
 *   static decoders = { ...MESSAGE_DECODERS, ...PATIENT_DECODERS, ...TEMPLATE_FILL_DECODERS };
 *   readonly #fill = new TemplateFillController(this, { client: () => this.client, t: (k, v) => this.t(k, v), onError: (e) => void this.reportError(e) });
 *   willUpdate: `this.#fill.use(chosenTemplate, this.patient?.record, hostValues)` (every update is fine; undefined = free text).
 *   Compose step, while `this.#fill.active`: `templateFill: renderTemplateFields(this.#fill)` under the template
 *   select, in place of the textarea; the preview draws `this.#fill.preview` (`TextPart`s, gaps named by label).
 *   "Review": `const ready = await this.#fill.prepare();` none → `this.#fill.errors` (ErrorSummaryItems) in the
 *   summary; else send `ready.text` with `short_link_id: ready.shortLinkId`, only for `ready.patientId`.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BOOKING_DECODERS, FORM_LIST_DECODERS, MESSAGE_DECODERS } from '../../api/decoders/index.js';
import { toHeroError } from '../../api/errors.js';
import type { FormSummary } from '../../api/types.js';
import { lowerLabel, splitCalendarDate, todayInLondon, validateDateParts, type DateParts } from '../../domain/calendar-date.js';
import { formatClockTime, parseClockTime } from '../../domain/clock-time.js';
import { addDays, formatLondonDay } from '../../domain/london-time.js';
import {
  fillPlaceholders,
  findPlaceholders,
  LINK_PLACEHOLDERS,
  patientPlaceholderValues,
  placeholderDateRule,
  placeholderLabel,
  planTemplate,
  practicePlaceholderValues,
  previewParts,
  type LinkKind,
  type PlaceholderValues,
  type PreviewPart,
  type TemplateAsk,
  type TemplatePlan,
} from '../../domain/placeholders.js';
import type { ApiClient } from '../../internal/element-client.js';
import { errorMessage, type ErrorSummaryItem } from '../../internal/error-view.js';
import type { MessageVars } from '../../internal/localize.js';
import { dateInputTarget } from '../../internal/ui/index.js';
import { pickTarget, type AskView, type LinkView, type PickView, type TemplateFillView } from './template-fill-view.js';
import {
  createLink,
  loadBookingChoices,
  loadForms,
  loadPractice,
  type BookingChoices,
  type LinkRequest,
  type MadeLink,
} from './message-composer-api.js';

/** The decoders of the calls this module makes (the composer adds them to its own). */
export const TEMPLATE_FILL_DECODERS = {
  'GET /v1/me': MESSAGE_DECODERS['GET /v1/me'],
  'POST /v1/booking_links': MESSAGE_DECODERS['POST /v1/booking_links'],
  'POST /v1/form_links': MESSAGE_DECODERS['POST /v1/form_links'],
  'POST /v1/video_links': MESSAGE_DECODERS['POST /v1/video_links'],
  'GET /v1/appointment_types': BOOKING_DECODERS['GET /v1/appointment_types'],
  'GET /v1/locations': BOOKING_DECODERS['GET /v1/locations'],
  ...FORM_LIST_DECODERS,
};

/** The template as the composer has it (`GET /v1/templates`). */
export interface FillTemplate {
  id: string;
  content: string;
  link?: string | null | undefined;
}

/** The patient, allow-listed (src/domain/patient.ts): only the names are read. */
export interface FillPatient {
  id: string;
  title?: string | null | undefined;
  first_name?: string | null | undefined;
  last_name?: string | null | undefined;
}

/** What the message needs once staff go to review: bound to the patient and template it was made for. */
export interface PreparedMessage {
  patientId: string;
  templateId: string;
  /** The message with every placeholder filled and the link's URL in place. */
  text: string;
  /** The link's id (`short_link_id`), when the template carries a link. */
  shortLinkId?: string;
}

export interface TemplateFillOptions {
  /** The host's client (undefined until configured). */
  client: () => ApiClient | undefined;
  /** The host's translate function (its table includes `templateFillStrings`). */
  t: (key: string, vars?: MessageVars) => string;
  /** The language dates and times are written in, in the message (default `en-GB`: the template's words are the practice's). */
  messageLocale?: () => string;
  /** Now, in ms (tests). */
  now?: () => number;
  /** Told when a read fails or a link cannot be made (the host fires `hero-error`). */
  onError?: (error: unknown) => void;
}

type Link =
  | { status: 'none' }
  | { status: 'creating'; key: string }
  | { status: 'made'; key: string; patientId: string; link: MadeLink }
  | { status: 'failed' | 'unknown'; key: string; error: unknown };

/** Placeholder names `GET /v1/me` fills: asked only when the practice could not be loaded. */
const PRACTICE_NAMES = new Set(['practice_name', 'practice_phone']);
const PATIENT_NAMES = new Set(['title', 'first_name', 'last_name', 'name', 'full_name']);

/** A field's id in the host's shadow root. */
const fieldId = (name: string) => `fill-${name}`;

export class TemplateFillController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: TemplateFillOptions;
  #template: FillTemplate | undefined;
  #patient: FillPatient | undefined;
  #extra: PlaceholderValues = {};
  #answers: Record<string, string | DateParts> = {};
  #choice = { type: '', location: '', form: '' };
  #link: Link = { status: 'none' };
  #errors: Record<string, string> = {};
  #shown = false;
  /** Bumped whenever the patient, template or tenant changes: an answer for an older one is dropped. */
  #epoch = 0;
  /** The shared client (one per configuration) last seen. */
  #shared: object | undefined;
  #pending: Promise<PreparedMessage | undefined> | undefined;

  readonly #practice: Task;
  readonly #booking: Task<readonly unknown[], BookingChoices | undefined>;
  readonly #forms: Task;

  constructor(host: ReactiveControllerHost, options: TemplateFillOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    const report = (error: unknown) => this.#options.onError?.(error);
    this.#practice = new Task(host, {
      task: async ([client, wanted], { signal }) => {
        if (!wanted) return undefined;
        if (!client) return initialState;
        return loadPractice(client as ApiClient, { signal });
      },
      args: () => [this.#options.client(), this.#needsPractice] as const,
      onError: report,
    });
    this.#booking = new Task(host, {
      task: async ([client, wanted], { signal }) => {
        if (!wanted) return undefined;
        if (!client) return initialState;
        return loadBookingChoices(client as ApiClient, { signal });
      },
      args: () => [this.#options.client(), this.plan?.link === 'booking'] as const,
      onError: report,
    });
    this.#forms = new Task(host, {
      task: async ([client, wanted], { signal }) => {
        if (!wanted) return undefined;
        if (!client) return initialState;
        return loadForms(client as ApiClient, { signal });
      },
      args: () => [this.#options.client(), this.plan?.link === 'form'] as const,
      onError: report,
    });
  }

  hostUpdate(): void {
    // Another configuration (tenant) is another identity: nothing typed or made under the old one is kept.
    const client = this.#options.client();
    if (!client) return;
    const shared: object = (client as { shared?: object }).shared ?? client;
    if (this.#shared && shared !== this.#shared) this.#forget(true);
    this.#shared = shared;
  }

  // ─── Inputs ───

  /**
   * The template in use (undefined: none, or free text), the allow-listed patient, and the host's
   * own values (`practice-name`, `placeholderValues`), which win. Safe to call on every update:
   * a new patient or template starts the fields afresh and drops any link made for the old one.
   */
  use(template: FillTemplate | undefined, patient: FillPatient | undefined, extra: PlaceholderValues = {}): void {
    const templateChanged = template?.id !== this.#template?.id || template?.content !== this.#template?.content;
    const patientChanged = patient?.id !== this.#patient?.id;
    this.#template = template;
    this.#patient = patient;
    this.#extra = extra;
    if (templateChanged || patientChanged) this.#forget(true);
  }

  /** Back to nothing typed, no link (the host starts again). */
  reset(): void {
    this.#forget(true);
    this.#host.requestUpdate();
  }

  #forget(answers: boolean): void {
    this.#epoch++;
    this.#link = { status: 'none' };
    this.#pending = undefined;
    this.#errors = {};
    this.#shown = false;
    if (answers) {
      this.#answers = {};
      this.#choice = { type: '', location: '', form: '' };
    }
  }

  // ─── State ───

  /** A template is in use: the host shows its fields and preview instead of free text. */
  get active(): boolean {
    return this.#template !== undefined;
  }

  /** The template names the practice's details and the host gave none: `GET /v1/me` is asked (once per configuration). */
  get #needsPractice(): boolean {
    const template = this.#template;
    if (!template) return false;
    return findPlaceholders(template.content).some((name) => PRACTICE_NAMES.has(name) && !this.#extra[name]?.trim());
  }

  get #practiceLoading(): boolean {
    return this.#practice.status === TaskStatus.INITIAL || this.#practice.status === TaskStatus.PENDING;
  }

  /** What the kit fills by itself: patient, practice, today, and the host's values (which win). */
  get #known(): Record<string, string> {
    const locale = this.#locale;
    const practice = this.#practice.status === TaskStatus.COMPLETE ? practicePlaceholderValues(this.#practice.value as never) : {};
    const today = formatLondonDay(todayInLondon(this.#now()), locale);
    return patientPlaceholderValues(this.#patient, { today, ...practice, ...this.#extra });
  }

  get #locale(): string {
    return this.#options.messageLocale?.() ?? 'en-GB';
  }

  #now(): number {
    return this.#options.now?.() ?? Date.now();
  }

  /** The template's plan: its link, and what staff are asked (practice details only once known to be missing). */
  get plan(): TemplatePlan | undefined {
    if (!this.#template) return undefined;
    const plan = planTemplate(this.#template, this.#known);
    if (this.#practiceLoading) plan.asks = plan.asks.filter((ask) => !PRACTICE_NAMES.has(ask.name));
    return plan;
  }

  /** The value an answer puts into the message, or undefined while it is not a valid answer. */
  #answerValue(ask: TemplateAsk): string | undefined {
    const answer = this.#answers[ask.name];
    if (ask.kind === 'date') {
      const result = validateDateParts((answer as DateParts | undefined) ?? { day: '', month: '', year: '' }, this.#dateRules(ask));
      return result.ok && result.date ? formatLondonDay(result.date, this.#locale) : undefined;
    }
    if (ask.kind === 'time') {
      const result = parseClockTime(typeof answer === 'string' ? answer : '');
      return result.ok && result.minutes !== undefined ? formatClockTime(result.minutes, this.#locale) : undefined;
    }
    const text = typeof answer === 'string' ? answer.trim() : '';
    return text || undefined;
  }

  #dateRules(ask: TemplateAsk) {
    const when = placeholderDateRule(ask.name);
    return when ? { when, today: todayInLondon(this.#now()) } : {};
  }

  /** Every value the message takes now: known ones, valid answers, and the link's URL once made for this patient. */
  get values(): Record<string, string> {
    const plan = this.plan;
    const values: Record<string, string> = { ...this.#known };
    for (const ask of plan?.asks ?? []) {
      const value = this.#answerValue(ask);
      if (value !== undefined) values[ask.name] = value;
    }
    const made = this.#madeLink;
    if (plan?.link && made) values[LINK_PLACEHOLDERS[plan.link]] = made.url;
    return values;
  }

  /** The link made for the current patient and choice, if any. */
  get #madeLink(): MadeLink | undefined {
    const link = this.#link;
    return link.status === 'made' && link.key === this.#linkKey() && link.patientId === this.#patient?.id ? link.link : undefined;
  }

  /** The link's state for the template in use: none needed, or where it stands. */
  get linkStatus(): 'none' | 'needed' | 'creating' | 'made' | 'failed' | 'unknown' {
    if (!this.plan?.link) return 'none';
    if (this.#madeLink) return 'made';
    const link = this.#link;
    return link.status !== 'none' && link.status !== 'made' && link.key === this.#linkKey() ? link.status : 'needed';
  }

  /** The id to send as `short_link_id` for `patientId`: only a link made for that patient. */
  shortLinkIdFor(patientId: string): string | undefined {
    const link = this.#link;
    return link.status === 'made' && link.patientId === patientId && link.key === this.#linkKey() ? link.link.id : undefined;
  }

  /** The message as it reads now, gaps and the link-to-come named in words (never curly brackets). */
  get preview(): PreviewPart[] {
    const plan = this.plan;
    if (!plan) return [];
    const t = this.#options.t;
    return previewParts(plan.content, this.values, (name) => {
      const kind = (Object.keys(LINK_PLACEHOLDERS) as LinkKind[]).find((k) => LINK_PLACEHOLDERS[k] === name);
      return kind ? t(`fill.preview.link.${kind}`) : this.label(name);
    });
  }

  /** The field's label: the kit's words for placeholders it knows, else the name in words. */
  label(name: string): string {
    const key = `fill.label.${name}`;
    const word = this.#options.t(key);
    return word === key ? placeholderLabel(name) : word;
  }

  /** The errors to show (after a review was asked for), in the order of the fields. */
  get errors(): ErrorSummaryItem[] {
    if (!this.#shown) return [];
    return Object.entries(this.#errors).map(([target, message]) => ({ target, message }));
  }

  #errorFor(target: string): string | undefined {
    return this.#shown ? this.#errors[target] : undefined;
  }

  // ─── Checking and preparing ───

  /** What a link request would be now (undefined while the choice is incomplete). */
  #linkRequest(): LinkRequest | undefined {
    const kind = this.plan?.link;
    const patientId = this.#patient?.id;
    if (!kind || !patientId) return undefined;
    if (kind === 'video') return { kind, patientId };
    if (kind === 'form') return this.#choice.form ? { kind, patientId, formId: this.#choice.form } : undefined;
    const location = this.#location();
    return this.#choice.type && location ? { kind, patientId, appointmentTypeId: this.#choice.type, locationId: location } : undefined;
  }

  /** The location: the one chosen, or the practice's only one. */
  #location(): string {
    if (this.#choice.location) return this.#choice.location;
    const locations = this.#booking.value?.locations ?? [];
    return locations.length === 1 ? (locations[0]?.id ?? '') : '';
  }

  #linkKey(): string {
    const request = this.#linkRequest();
    return request ? JSON.stringify(request) : '';
  }

  /** Checks every field; the errors show from now on and update as staff type. */
  check(): ErrorSummaryItem[] {
    this.#shown = true;
    this.#validate();
    this.#host.requestUpdate();
    return this.errors;
  }

  #validate(): void {
    const errors: Record<string, string> = {};
    const t = this.#options.t;
    const plan = this.plan;
    if (!plan) {
      this.#errors = errors;
      return;
    }
    if (plan.unsupported.length) errors['fill-unsupported'] = this.#unsupportedMessage(plan);
    if (plan.link === 'booking') {
      const { types, locations } = this.#booking.value ?? { types: [], locations: [] };
      if (!this.#choice.type) errors[pickTarget('fill-type', types.length)] = t('fill.type.error');
      else if (!this.#location()) errors[pickTarget('fill-location', locations.length)] = t('fill.location.error');
    }
    if (plan.link === 'form' && !this.#choice.form) errors[pickTarget('fill-form', this.#formList.length)] = t('fill.form.error');
    for (const ask of plan.asks) {
      const label = this.label(ask.name);
      const vars = { label, label_lower: lowerLabel(label) };
      const answer = this.#answers[ask.name];
      if (ask.kind === 'date') {
        const result = validateDateParts((answer as DateParts | undefined) ?? { day: '', month: '', year: '' }, this.#dateRules(ask));
        if (!result.ok) errors[dateInputTarget(fieldId(ask.name), result.fields)] = t(`fill.date.${result.code}`, vars);
      } else if (ask.kind === 'time') {
        const result = parseClockTime(typeof answer === 'string' ? answer : '');
        if (!result.ok) {
          const am = formatClockTime(result.minutes ?? 0, 'en-GB');
          const pm = formatClockTime((result.minutes ?? 0) + 720, 'en-GB');
          errors[fieldId(ask.name)] = t(`fill.time.${result.code}`, { ...vars, am, pm });
        }
      } else if (!this.#answerValue(ask)) errors[fieldId(ask.name)] = t('fill.error.text', vars);
    }
    const status = this.linkStatus;
    if ((status === 'failed' || status === 'unknown') && plan.link) errors['fill-link-retry'] = t(`fill.link.needed.${plan.link}`);
    this.#errors = errors;
  }

  #unsupportedMessage(plan: TemplatePlan): string {
    return this.#options.t('fill.unsupported', { names: plan.unsupported.map((name) => this.label(name)).join(', ') });
  }

  /**
   * When staff go to review: checks the fields, then creates the link if the template has one and
   * none was made for this patient and choice. Resolves to the message, or undefined when a field
   * needs fixing or the link could not be made (see `errors`). A link that failed or whose outcome
   * is unknown is not created again here: only by `createLinkAgain()` (the user's deliberate
   * action). Calls while one is under way share it: one request.
   */
  prepare(): Promise<PreparedMessage | undefined> {
    this.#pending ??= this.#prepare().finally(() => (this.#pending = undefined));
    return this.#pending;
  }

  async #prepare(): Promise<PreparedMessage | undefined> {
    // The practice's details may still be on their way (staff are quick): wait for them, so that
    // a missing name is asked for rather than the review quietly refused.
    const epoch = this.#epoch;
    if (this.#practice.status === TaskStatus.PENDING) await this.#practice.taskComplete.catch(() => undefined);
    if (epoch !== this.#epoch) return undefined;
    if (this.check().length || !this.#template || !this.#patient) return undefined;
    const plan = this.plan!;
    if (plan.link && !this.#madeLink) {
      if (this.linkStatus !== 'needed') return undefined;
      if (!(await this.#create())) return undefined;
    }
    return this.#prepared();
  }

  #prepared(): PreparedMessage | undefined {
    const template = this.#template;
    const patient = this.#patient;
    if (!template || !patient) return undefined;
    const filled = fillPlaceholders(this.plan!.content, this.values);
    // Nothing leaves with a curly bracket left in it.
    if (filled.unfilled.length) return undefined;
    const shortLinkId = this.shortLinkIdFor(patient.id);
    return { patientId: patient.id, templateId: template.id, text: filled.text, ...(shortLinkId ? { shortLinkId } : {}) };
  }

  /**
   * Staff chose to create the link again after a failure or an unknown outcome (the button the
   * fields show). Only creates the link: staff then go to review again.
   */
  async createLinkAgain(): Promise<boolean> {
    const status = this.linkStatus;
    if (status !== 'failed' && status !== 'unknown') return false;
    this.#link = { status: 'none' };
    return this.#create();
  }

  /** Creates the link once; true when it was made for the patient still in view. */
  async #create(): Promise<boolean> {
    const client = this.#options.client();
    const request = this.#linkRequest();
    if (!client || !request) return false;
    const key = JSON.stringify(request);
    const epoch = this.#epoch;
    this.#link = { status: 'creating', key };
    this.#host.requestUpdate();
    try {
      const link = await createLink(client, request);
      // Made for a patient (or template, or tenant) no longer in view: it is not this view's link.
      if (epoch !== this.#epoch) return false;
      this.#link = { status: 'made', key, patientId: request.patientId, link };
      return true;
    } catch (error) {
      if (epoch !== this.#epoch) return false;
      this.#link = { status: toHeroError(error).outcomeUnknown ? 'unknown' : 'failed', key, error };
      this.#options.onError?.(error);
      return false;
    } finally {
      if (epoch === this.#epoch) this.#changed();
    }
  }

  // ─── Handlers (from the rendered fields) ───

  #answer(name: string, value: string | DateParts): void {
    this.#answers = { ...this.#answers, [name]: value };
    this.#changed();
  }

  #choose(part: 'type' | 'location' | 'form', value: string): void {
    this.#choice = { ...this.#choice, [part]: value };
    this.#changed();
  }

  #changed(): void {
    if (this.#shown) this.#validate();
    this.#host.requestUpdate();
  }

  // ─── The view (template-fill-view.ts draws it) ───

  /** What the fields show now, with the callbacks that change them; undefined without a template. */
  get view(): TemplateFillView | undefined {
    const plan = this.plan;
    if (!plan) return undefined;
    const t = this.#options.t;
    const chooses = plan.link === 'booking' || plan.link === 'form';
    return {
      t,
      unsupported: plan.unsupported.length ? this.#unsupportedMessage(plan) : undefined,
      intro: plan.asks.length || chooses ? t('fill.intro') : undefined,
      loading: this.#practiceLoading && !plan.asks.length && !plan.link ? t('fill.loading') : undefined,
      picks: plan.link === 'booking' ? this.#bookingPicks() : plan.link === 'form' ? [this.#formPick()] : [],
      asks: plan.asks.map((ask) => this.#askView(ask)),
      link: this.#linkView(plan),
    };
  }

  #askView(ask: TemplateAsk): AskView {
    const t = this.#options.t;
    const id = fieldId(ask.name);
    const label = this.label(ask.name);
    const answer = this.#answers[ask.name];
    if (ask.kind === 'date') {
      const value = (answer as DateParts | undefined) ?? { day: '', month: '', year: '' };
      const shown = Object.entries(this.#shown ? this.#errors : {}).find(([target]) => target.startsWith(`${id}-`));
      const result = validateDateParts(value, this.#dateRules(ask));
      const example = splitCalendarDate(addDays(todayInLondon(this.#now()), 7));
      return {
        kind: 'date',
        id,
        label,
        hint: t('fill.hint.date', { example: `${Number(example.day)} ${Number(example.month)} ${example.year}` }),
        error: shown?.[1],
        errorParts: shown && !result.ok ? result.fields : undefined,
        value,
        input: (part, typed) => this.#answer(ask.name, { ...value, [part]: typed }),
      };
    }
    const hint = PRACTICE_NAMES.has(ask.name) ? t('fill.hint.practice') : PATIENT_NAMES.has(ask.name) ? t('fill.hint.patient') : undefined;
    return {
      kind: ask.kind,
      id,
      label,
      hint,
      error: this.#errorFor(id),
      value: typeof answer === 'string' ? answer : '',
      input: (typed) => this.#answer(ask.name, typed),
    };
  }

  /** A list's view: loading, failed (with a retry), empty, or its items. */
  #pick(
    task: Task,
    texts: { loading: string; empty: string },
    list: {
      id: string;
      legend: string;
      hint?: string | undefined;
      items: { id: string; name: string }[];
      part: 'type' | 'location' | 'form';
    },
  ): PickView {
    const t = this.#options.t;
    if (task.status === TaskStatus.ERROR)
      return { state: 'error', message: errorMessage(t, task.error, 'staff'), retryLabel: t('retry'), retry: () => void task.run() };
    if (task.status !== TaskStatus.COMPLETE) return { state: 'loading', text: texts.loading };
    if (!list.items.length) return { state: 'empty', text: texts.empty };
    return {
      state: 'ready',
      id: list.id,
      legend: list.legend,
      hint: list.hint,
      error: this.#errorFor(pickTarget(list.id, list.items.length)),
      placeholder: t('fill.select'),
      items: list.items,
      value: this.#choice[list.part],
      choose: (value) => this.#choose(list.part, value),
    };
  }

  #bookingPicks(): PickView[] {
    const t = this.#options.t;
    const { types, locations } = this.#booking.value ?? { types: [], locations: [] };
    const only = locations.length === 1 ? locations[0] : undefined;
    const texts = { loading: t('fill.type.loading'), empty: t('fill.type.none') };
    const type = this.#pick(this.#booking, texts, {
      id: 'fill-type',
      legend: t('fill.type.legend'),
      hint: only ? t('fill.location.only', { name: only.name }) : undefined,
      items: types,
      part: 'type',
    });
    if (type.state !== 'ready' || locations.length < 2) return [type];
    return [
      type,
      this.#pick(this.#booking, texts, { id: 'fill-location', legend: t('fill.location.legend'), items: locations, part: 'location' }),
    ];
  }

  #formPick(): PickView {
    const t = this.#options.t;
    return this.#pick(
      this.#forms,
      { loading: t('fill.form.loading'), empty: t('fill.form.none') },
      {
        id: 'fill-form',
        legend: t('fill.form.legend'),
        items: this.#formList.map((form) => ({ id: form.id, name: form.title })),
        part: 'form',
      },
    );
  }

  get #formList(): FormSummary[] {
    return (this.#forms.value as FormSummary[] | undefined) ?? [];
  }

  #linkView(plan: TemplatePlan): LinkView | undefined {
    const t = this.#options.t;
    const kind = plan.link;
    const status = this.linkStatus;
    if (!kind) return undefined;
    if (status === 'creating') return { state: status, text: t(`fill.link.creating.${kind}`) };
    if (status === 'made') return { state: status, text: t(`fill.link.made.${kind}`) };
    if (status !== 'failed' && status !== 'unknown') return undefined;
    const link = this.#link;
    const error = link.status === 'failed' || link.status === 'unknown' ? link.error : undefined;
    return {
      state: status,
      text: status === 'unknown' ? t(`fill.link.unknown.${kind}`) : errorMessage(t, error, 'staff'),
      button: status === 'unknown' ? t('fill.link.again') : t('fill.link.retry'),
      again: () => void this.createLinkAgain(),
    };
  }
}

export { renderFillPreview, renderTemplateFields } from './template-fill-view.js';
