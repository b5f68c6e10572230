import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { BOOKING_DECODERS } from '../../api/decoders/booking.js';
import { HeroError } from '../../api/errors.js';
import type { AppointmentListItem } from '../../api/types.js';
import { londonDayAndTime } from '../../domain/london-time.js';
import type { Audience } from '../../internal/error-view.js';
import { HeroElement } from '../../internal/hero-element.js';
import type { Translations } from '../../internal/localize.js';
import { baseStyles } from '../../internal/styles.js';
import { renderHeading, uiStyles } from '../../internal/ui/index.js';
import { renderAppointment, type CancelFlow, type ItemActions, type ItemView } from './appointment-item.js';
import {
  cancelAppointment,
  checkCancelled,
  loadAppointmentsPage,
  loadNames,
  type AppointmentNames,
  type AppointmentsPage,
  type AppointmentsWhen,
  type CancelOutcome,
} from './appointments-api.js';
import { appointmentsStrings as strings } from './appointments.strings.js';
import { appointmentsStyles } from './appointments.styles.js';
import { loadSlotPicker } from '../lazy-elements.js';
import type { AppointmentRescheduleDetail } from '../slot-picker/slot-picker-flow.js';

/** The detail of `hero-appointment-reschedule`, which bubbles from the inner slot picker. */
export type { AppointmentRescheduleDetail };

/** `detail` of `hero-appointment-cancel`: the appointment as the API has it after cancelling. */
export interface AppointmentCancelDetail {
  appointment: AppointmentListItem;
}

/** The element's events besides `hero-ready` and `hero-error`. */
export interface AppointmentsEventDetails {
  'hero-appointment-cancel': AppointmentCancelDetail;
}

/** Upcoming or past appointments loaded so far. */
interface Section {
  when: AppointmentsWhen;
  items: AppointmentListItem[];
  /** The last page loaded (zero-based). */
  page: number;
  perPage: number;
  count: number;
  /** Another page can be loaded. */
  more: boolean;
  /** The API has more, beyond the element's page cap. */
  capped: boolean;
}

/** What is on screen for one patient. */
interface Lists {
  patientId: string;
  names: AppointmentNames;
  upcoming: Section;
  past: Section | undefined;
}

/**
 * A patient's appointments (`GET /v2/appointments`): upcoming ones earliest first, and with
 * `include-past` the past ones latest first, each with its day and time in Europe/London, its
 * type, who it is with, where (or "Telephone", "Video") and its state in words (booked, reserved,
 * cancelled). A page at a time: "Show more" follows the pages the API returns, up to `maxPages`.
 *
 * Cancelling (`PATCH /v1/appointments/{id}/cancel`) is offered only where the API allows it
 * (`can_be_cancelled`) and the appointment is further away than its `cancellation_policy_hours`;
 * otherwise the element says why and to call the practice (`practice-phone`). The user confirms
 * first, in words that name the appointment. A cancel is sent once: when its answer is lost, the
 * element reads the appointment back and says what happened, and offers a second attempt only once
 * it knows the first did not go through.
 *
 * Changing the time: where `can_be_rescheduled`, "Change time" opens a
 * `<hero-slot-picker reschedule-appointment-id>` under that appointment (loaded only then). Its
 * `hero-appointment-reschedule` bubbles out of this element unchanged; the list then reloads and
 * focus moves to the moved appointment.
 *
 * When `patient-id` changes, nothing of the previous patient stays: a cancellation waiting for
 * confirmation is dropped (and the user told), and one already sent finishes for its own
 * appointment without the new patient's list showing it.
 *
 * @summary Lists a patient's appointments, with cancel and change time where the practice allows.
 *
 * @fires {CustomEvent<Record<string, never>>} hero-ready - The first appointments (or the empty state) are on screen.
 * @fires {CustomEvent<HeroErrorDetail>} hero-error - Loading or cancelling failed. `detail: { code, message, status? }`; never patient data.
 * @fires {CustomEvent<AppointmentCancelDetail>} hero-appointment-cancel - The API cancelled an appointment the user chose to cancel. `detail: { appointment }`.
 * @fires {CustomEvent<AppointmentRescheduleDetail>} hero-appointment-reschedule - Bubbles from the inner `<hero-slot-picker>` when an appointment's time was changed.
 *
 * @csspart base - The element's root.
 * @csspart heading - The element's heading, its sections' and each appointment's.
 * @csspart notice - Says the patient changed (and whether a cancellation was dropped).
 * @csspart no-patient - Shown when no `patient-id` is set.
 * @csspart loading - A loading indication.
 * @csspart error - An error with a retry button (from the base element).
 * @csspart retry-button - "Try again".
 * @csspart section - The upcoming or the past appointments.
 * @csspart empty - No appointments in a section.
 * @csspart list - A list of appointments.
 * @csspart appointment - One appointment.
 * @csspart appointment-heading - An appointment's heading (its day and time).
 * @csspart status-tag - An appointment's state, in words.
 * @csspart summary-list - An appointment's details (type, with, where).
 * @csspart summary-row - One detail.
 * @csspart summary-key - A detail's name.
 * @csspart summary-value - A detail's value.
 * @csspart actions - An appointment's buttons.
 * @csspart cancel-button - "Cancel appointment".
 * @csspart reschedule-button - "Change time".
 * @csspart policy - Why an appointment cannot be cancelled online, and who to call.
 * @csspart confirm - The cancellation question and its outcome.
 * @csspart confirm-button - "Yes, cancel it" (and "Try cancelling again").
 * @csspart keep-button - "No, keep it".
 * @csspart check-button - "Check whether it was cancelled".
 * @csspart reschedule - Where the slot picker opens to change an appointment's time.
 * @csspart close-button - "Keep the current time".
 * @csspart range - "Showing 10 of 25 appointments".
 * @csspart more-button - "Show more upcoming appointments".
 * @csspart capped - Says there are more appointments than the element shows.
 *
 * @cssproperty --hero-appointments-max-width - Widest the element grows. Default `var(--hero-max-width, 40rem)`.
 * @cssproperty --hero-appointments-gap - Space between appointments and sections. Default `var(--hero-space-m, 1rem)`.
 * @cssproperty --hero-appointments-item-background - Background of each appointment. Default `var(--hero-color-surface, #ffffff)`.
 *
 * @cssstate busy - Appointments are loading.
 * @cssstate empty - The patient has no upcoming appointments.
 */
export class HeroAppointments extends HeroElement {
  static override styles = [baseStyles, uiStyles, appointmentsStyles];
  static override translations: Translations<typeof strings> = { 'en-GB': strings };
  static override translationKey = 'appointments';
  static override decoders = BOOKING_DECODERS;
  static override properties = {
    patientId: { attribute: 'patient-id' },
    includePast: { attribute: 'include-past', type: Boolean },
    audienceMode: { attribute: 'audience' },
    lists: { state: true },
    notice: { state: true },
    cancelFlow: { state: true },
    rescheduling: { state: true },
    pickerError: { state: true },
    reload: { state: true },
  };

  /** Appointments asked for per page (the server may give fewer: the element follows what it gives). */
  static pageSize = 10;

  /** Most pages of each section the element loads, whatever the API's count says. */
  static maxPages = 20;

  /** Loads `<hero-slot-picker>`'s module, the first time a time is changed (so the list does not carry it until then). */
  static loadSlotPicker: () => Promise<unknown> = loadSlotPicker;

  /** The time now, in epoch milliseconds: what "upcoming" and the cancellation policy are counted from (tests and demos may move it). */
  static clock: () => number = () => Date.now();

  /** The Hero id of the patient whose appointments are shown. */
  declare patientId?: string;

  /** Also list past appointments, latest first, under their own heading. */
  declare includePast: boolean;

  /**
   * `patient` (default) or `staff` (attribute `audience`): who reads the list. Staff read "the
   * patient's appointment" where a patient reads "your appointment", and errors that say what to
   * check; it is given to the slot picker that changes a time.
   */
  declare audienceMode?: string;

  /** What is on screen (for the patient it was loaded for). */
  declare private lists: Lists | undefined;
  /** The patient changed: `patient`, or `dropped` when a cancellation waiting for confirmation was dropped. */
  declare private notice: 'patient' | 'dropped' | undefined;
  /** The cancellation in progress. */
  declare private cancelFlow: CancelFlow | undefined;
  /** The appointment whose time is being changed. */
  declare private rescheduling: string | undefined;
  /** The slot picker's module could not be loaded. */
  declare private pickerError: unknown;
  /** Bumped to load again (after a change of time). */
  declare private reload: number;

  /** What to say, and where to put focus, once the next load is on screen. */
  #after: { announce?: string; focusId?: string } = {};
  /** Which section "Show more" is loading, and for which load of the lists. */
  #moreWhen: AppointmentsWhen = 'upcoming';
  #moreLoad = -1;
  #moreArgs: readonly [AppointmentsWhen, string, number, number] | undefined;
  /** Counts the loads shown (a new patient, a reload). */
  #loadId = 0;

  readonly #lists = new Task(this, {
    task: async ([client, patientId, includePast], { signal }) => {
      if (!client || !patientId) return initialState;
      const ctor = this.constructor as typeof HeroAppointments;
      const now = ctor.clock();
      const request = { patientId, page: 0, perPage: ctor.pageSize, now };
      const [names, upcoming, past] = await Promise.all([
        loadNames(client, signal),
        loadAppointmentsPage(client, { ...request, when: 'upcoming' }, signal),
        includePast ? loadAppointmentsPage(client, { ...request, when: 'past' }, signal) : undefined,
      ]);
      const lists: Lists = { patientId, names, upcoming: this.#section(upcoming), past: past && this.#section(past) };
      return lists;
    },
    args: () => [this.client, this.#patient, this.includePast, this.reload] as const,
    onComplete: (lists) => this.#shown(lists),
    onError: (error) => void this.reportError(error),
  });

  readonly #more = new Task(this, {
    autoRun: false,
    task: async ([when, patientId, page, perPage]: readonly [AppointmentsWhen, string, number, number], { signal }) => {
      const ctor = this.constructor as typeof HeroAppointments;
      return loadAppointmentsPage(this.requireClient(), { patientId, when, page, perPage, now: ctor.clock() }, signal);
    },
    onComplete: (page) => this.#appended(page),
    onError: (error) => void this.reportError(error),
  });

  constructor() {
    super();
    this.includePast = false;
    this.lists = undefined;
    this.notice = undefined;
    this.cancelFlow = undefined;
    this.rescheduling = undefined;
    this.pickerError = undefined;
    this.reload = 0;
  }

  /** Practice staff or the patient read the list (attribute `audience`). */
  protected override get audience(): Audience {
    return this.audienceMode === 'staff' ? 'staff' : 'patient';
  }

  /** With no patient there is nothing to fetch: the element says so without waiting for a configuration. */
  protected override get needsConfig(): boolean {
    return Boolean(this.#patient);
  }

  get #patient(): string | undefined {
    return this.patientId?.trim() || undefined;
  }

  #now(): number {
    return (this.constructor as typeof HeroAppointments).clock();
  }

  #staff(key: string): string {
    return this.audience === 'staff' ? `${key}.staff` : key;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('patientId')) {
      const before = (changed.get('patientId') as string | undefined)?.trim();
      const now = this.#patient;
      if (before !== now) {
        const flow = this.cancelFlow;
        // A question not yet answered is dropped; one already sent finishes for its own appointment (see #cancel).
        const dropped = Boolean(flow && (flow.phase === 'confirm' || flow.phase === 'not-cancelled'));
        this.lists = undefined;
        this.cancelFlow = undefined;
        this.rescheduling = undefined;
        this.#after = {};
        this.notice = before && now ? (dropped ? 'dropped' : 'patient') : undefined;
        if (this.notice) this.#after = { announce: this.t(`notice.${this.notice}`) };
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const status = this.#lists.status;
    if (!this.#patient || this.lists) void this.markReady();
    this.setStates({
      busy: status === TaskStatus.PENDING || this.#more.status === TaskStatus.PENDING,
      empty: Boolean(this.lists && !this.lists.upcoming.items.length),
    });
  }

  // ─── Loading ───

  #section(page: AppointmentsPage): Section {
    const maxPages = (this.constructor as typeof HeroAppointments).maxPages;
    const capped = page.more && page.page + 1 >= maxPages;
    return {
      when: page.when,
      items: page.items,
      page: page.page,
      perPage: page.perPage,
      count: page.count,
      more: page.more && !capped,
      capped,
    };
  }

  /** A load is on screen: keep it (only for the patient it was for), then say and focus what was asked. */
  #shown(lists: Lists): void {
    if (lists.patientId !== this.#patient) return;
    this.#loadId += 1;
    this.lists = lists;
    const { announce, focusId } = this.#after;
    this.#after = {};
    if (announce) this.announce(announce);
    if (focusId) void this.#focusAppointment(focusId);
  }

  async #focusAppointment(id: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector(`#appt-${CSS.escape(id)}`) ? `#appt-${CSS.escape(id)}` : '#upcoming-heading';
    await this.focusOn(target);
  }

  #showMore(section: Section): void {
    const patient = this.#patient;
    if (!patient) return;
    this.#moreWhen = section.when;
    this.#moreLoad = this.#loadId;
    this.#moreArgs = [section.when, patient, section.page + 1, section.perPage];
    void this.#more.run(this.#moreArgs);
  }

  /** The next page arrived: add what is new, then move focus to the first appointment it added. */
  #appended(page: AppointmentsPage): void {
    const lists = this.lists;
    if (!lists || this.#moreLoad !== this.#loadId || page.patientId !== lists.patientId || page.patientId !== this.#patient) return;
    const section = page.when === 'past' ? lists.past : lists.upcoming;
    if (!section) return;
    const known = new Set(section.items.map((item) => item.id));
    const added = page.items.filter((item) => !known.has(item.id));
    const next = this.#section(page);
    const merged: Section = { ...next, items: [...section.items, ...added] };
    this.lists = page.when === 'past' ? { ...lists, past: merged } : { ...lists, upcoming: merged };
    this.announce(this.t('more.shown', { count: added.length }));
    const first = added[0];
    if (first) void this.#focusAppointment(first.id);
    else void this.focusOn(`#${page.when}-heading`);
  }

  #retry(): void {
    void this.#lists.run();
  }

  // ─── Cancelling ───

  #setFlow(flow: CancelFlow | undefined): void {
    this.cancelFlow = flow;
    if (flow) void this.focusOn(`#cancel-${CSS.escape(flow.appointment.id)}-message`);
  }

  #askCancel(item: AppointmentListItem): void {
    const patient = this.#patient;
    if (!patient) return;
    this.rescheduling = undefined;
    this.#setFlow({ patientId: patient, appointment: item, phase: 'confirm' });
  }

  #keep(): void {
    const flow = this.cancelFlow;
    this.cancelFlow = undefined;
    if (flow) void this.focusOn(`#cancel-${CSS.escape(flow.appointment.id)}`);
  }

  /** Sends the cancellation, once. What comes back is shown only while the same patient is on screen. */
  async #cancel(flow: CancelFlow): Promise<void> {
    if (flow.phase !== 'confirm' || this.cancelFlow !== flow) return;
    const sending: CancelFlow = { ...flow, phase: 'sending' };
    this.#setFlow(sending);
    let outcome: CancelOutcome;
    try {
      outcome = await cancelAppointment(this.requireClient(), flow.appointment);
    } catch (error) {
      outcome = { kind: 'failed', error };
    }
    if (outcome.kind !== 'cancelled') this.reportError(outcome.error);
    this.#outcome(sending, outcome);
  }

  /** Reads the appointment back after a lost answer (a read: never a second cancel). */
  async #check(flow: CancelFlow): Promise<void> {
    if (this.cancelFlow !== flow) return;
    const checking: CancelFlow = { ...flow, phase: 'checking' };
    this.#setFlow(checking);
    let outcome: CancelOutcome;
    try {
      outcome = await checkCancelled(this.requireClient(), flow.appointment, flow.error);
    } catch (error) {
      outcome = { kind: 'unknown', error };
    }
    this.#outcome(checking, outcome);
  }

  #outcome(flow: CancelFlow, outcome: CancelOutcome): void {
    if (outcome.kind === 'cancelled')
      this.emit('hero-appointment-cancel', { appointment: outcome.appointment } satisfies AppointmentCancelDetail);
    // The patient changed meanwhile: the new view does not claim it.
    if (flow.patientId !== this.#patient) return;
    if (outcome.kind === 'cancelled') this.#replace(flow.patientId, outcome.appointment);
    // The user moved on to another appointment meanwhile: the list is right, and nothing takes focus.
    if (this.cancelFlow !== flow) return;
    if (outcome.kind === 'cancelled') {
      this.#setFlow({ ...flow, appointment: outcome.appointment, phase: 'done' });
    } else {
      this.#setFlow({ ...flow, phase: outcome.kind, error: outcome.error });
    }
  }

  /** Puts the API's copy of an appointment in the list, where it was. */
  #replace(patientId: string, appointment: AppointmentListItem): void {
    const lists = this.lists;
    if (!lists || lists.patientId !== patientId) return;
    const swap = (section: Section | undefined) =>
      section && { ...section, items: section.items.map((item) => (item.id === appointment.id ? { ...item, ...appointment } : item)) };
    this.lists = { ...lists, upcoming: swap(lists.upcoming)!, past: swap(lists.past) };
  }

  // ─── Changing the time ───

  #openReschedule(item: AppointmentListItem): void {
    this.cancelFlow = undefined;
    this.rescheduling = item.id;
    this.pickerError = undefined;
    void this.focusOn(`#reschedule-${CSS.escape(item.id)}`);
    // The picker's module loads only now; when it cannot (offline, a CDN failure), say so with a retry.
    (this.constructor as typeof HeroAppointments).loadSlotPicker().catch((error: unknown) => {
      if (this.rescheduling !== item.id) return;
      this.pickerError = new HeroError('network', 'The time picker could not be loaded. Check the connection and try again.', {
        cause: error,
      });
      this.reportError(this.pickerError);
      void this.focusOn(`#reschedule-${CSS.escape(item.id)}`);
    });
  }

  #closeReschedule(): void {
    const id = this.rescheduling;
    this.rescheduling = undefined;
    if (id) void this.focusOn(`#reschedule-${CSS.escape(id)}-button`);
  }

  /** The picker moved the appointment: reload, then say where it is now and focus it. The event bubbles on by itself. */
  #rescheduled(event: CustomEvent<{ appointment?: { id?: string; start_time?: string | null } }>): void {
    const moved = event.detail?.appointment;
    const id = this.rescheduling;
    if (!moved?.id || moved.id !== id) return;
    this.rescheduling = undefined;
    const start = moved.start_time ? Date.parse(moved.start_time) : NaN;
    const announce = Number.isFinite(start) ? this.t(this.#staff('reschedule.done'), londonDayAndTime(start, this.locale)) : '';
    this.#after = { focusId: id, ...(announce ? { announce } : {}) };
    this.reload += 1;
  }

  // ─── Rendering ───

  readonly #actions: ItemActions = {
    askCancel: (item) => this.#askCancel(item),
    cancel: (flow) => void this.#cancel(flow),
    keep: () => this.#keep(),
    check: (flow) => void this.#check(flow),
    again: (flow) => this.#setFlow({ ...flow, phase: 'confirm' }),
    openReschedule: (item) => this.#openReschedule(item),
    renderError: (error, retry) => this.renderError(error, retry),
    closeReschedule: () => this.#closeReschedule(),
    rescheduled: (event) => this.#rescheduled(event),
  };

  #renderItem(item: AppointmentListItem, names: AppointmentNames, now: number): TemplateResult {
    const view: ItemView = {
      item,
      names,
      now,
      flow: this.cancelFlow?.appointment.id === item.id ? this.cancelFlow : undefined,
      rescheduling: this.rescheduling === item.id,
      pickerError: this.rescheduling === item.id ? this.pickerError : undefined,
      level: this.level(2),
      locale: this.locale,
      language: this.language,
      staff: this.audience === 'staff',
      phone: this.config.practicePhone?.trim() || undefined,
      config: this.config,
      patientId: this.#patient ?? '',
      t: (key, vars) => this.t(key, vars),
      errorMessage: (error) => this.errorMessage(error),
    };
    return renderAppointment(view, this.#actions);
  }

  #renderSection(section: Section, names: AppointmentNames, now: number): TemplateResult {
    const when = section.when;
    // "Show more" of this section, for what is on screen now (not a previous patient's or load's).
    const mine = this.#moreWhen === when && this.#moreLoad === this.#loadId;
    const loadingMore = mine && this.#more.status === TaskStatus.PENDING;
    const failedMore = mine && this.#more.status === TaskStatus.ERROR;
    const heading = renderHeading(this.level(1), this.t(`heading.${when}`), { id: `${when}-heading`, size: 'm', focusable: true });
    const body = !section.items.length
      ? html`<p class="message" part="empty">${this.t(when === 'upcoming' ? this.#staff('empty.upcoming') : 'empty.past')}</p>`
      : html`<ul class="card-list" part="list" aria-label=${this.t(`list.${when}`)}>
            ${section.items.map((item) => this.#renderItem(item, names, now))}
          </ul>
          ${
            section.more || section.capped
              ? html`<p class="hint" part="range">${this.t('range', { shown: section.items.length, total: Math.max(section.count, section.items.length) })}</p>`
              : nothing
          }`;
    return html`<section class="section" part="section" aria-labelledby="${when}-heading">
      ${heading} ${body}
      ${
        loadingMore
          ? html`<div class="loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span><span>${this.t('loading.more')}</span></div>`
          : failedMore
            ? this.renderError(this.#more.error, () => void this.#more.run(this.#moreArgs))
            : section.more
              ? html`<button type="button" class="button secondary" part="more-button" @click=${() => this.#showMore(section)}>${this.t(`more.${when}`)}</button>`
              : nothing
      }
      ${section.capped ? html`<p class="hint" part="capped">${this.t(this.#staff('capped'), { shown: section.items.length })}</p>` : nothing}
    </section>`;
  }

  #renderBody(): unknown {
    const patient = this.#patient;
    if (!patient) {
      return html`<div class="message" part="no-patient">
        <p><strong>${this.t('noPatient.title')}</strong></p>
        <p>${this.t('noPatient.text')}</p>
      </div>`;
    }
    if (this.#lists.status === TaskStatus.ERROR) return this.renderError(this.#lists.error, () => this.#retry());
    const lists = this.lists;
    if (!lists || lists.patientId !== patient) {
      return html`<div class="loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span><span>${this.t('loading.appointments')}</span></div>`;
    }
    const now = this.#now();
    return html`${this.#renderSection(lists.upcoming, lists.names, now)} ${lists.past ? this.#renderSection(lists.past, lists.names, now) : nothing}`;
  }

  protected override renderContent(): unknown {
    const busy = this.#lists.status === TaskStatus.PENDING || this.#more.status === TaskStatus.PENDING;
    return html`<section class="base" part="base" aria-labelledby="appointments-heading" aria-busy=${busy ? 'true' : 'false'}>
      ${renderHeading(this.level(), this.t(this.#staff('heading')), { id: 'appointments-heading', size: 'l', focusable: true })}
      ${this.notice ? html`<p class="message" part="notice">${this.t(`notice.${this.notice}`)}</p>` : nothing} ${this.#renderBody()} ${this.renderAnnouncer()}
    </section>`;
  }
}
