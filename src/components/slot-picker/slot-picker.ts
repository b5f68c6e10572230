import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { BOOKING_DECODERS } from '../../api/decoders/booking.js';
import { PATIENT_DECODERS } from '../../api/decoders/patients.js';
import { HeroError, isAbortError, toHeroError } from '../../api/errors.js';
import type { Appointment, Slot } from '../../api/types.js';
import { addDays, daysBetween, formatLondonDay, formatLondonTime, isIsoDate, londonToday } from '../../domain/london-time.js';
import { patientName } from '../../domain/patient.js';
import type { Audience } from '../../internal/error-view.js';
import { HeroElement } from '../../internal/hero-element.js';
import type { Translations } from '../../internal/localize.js';
import { HoldCountdown, WARN_AT_MS } from './hold-countdown.js';
import { LOOKAHEAD_DAYS, verticalNeighbour, type SlotFilters, type SlotView } from './slot-data.js';
import * as api from './slot-picker-api.js';
import { renderCheck, type OutcomeView } from './slot-picker-check.js';
import { renderChoose } from './slot-picker-choose.js';
import { renderDone } from './slot-picker-done.js';
import { slotPickerStrings, type SlotPickerStrings } from './slot-picker.strings.js';
import { slotPickerStyles } from './slot-picker.styles.js';
import { renderSlots, renderTimes } from './slot-picker-times.js';
import { phoneLine, renderLoading, type ViewContext } from './slot-picker-view.js';

export { slotPickerStrings, type SlotPickerStrings };

/** Steps of the flow, in order. */
export type SlotPickerStep = 'choose' | 'slots' | 'summary' | 'booked';

/** A live reservation, bound to the subject (patient, type, location, tenant) it was made for. */
export interface SlotReservation {
  appointmentId: string;
  reservedUntil: string | null;
  slot: Slot;
  patientId: string | undefined;
  subject: string;
}

/** Detail of `hero-slot-select`. */
export interface SlotSelectDetail {
  slot: Slot;
}
/** Detail of `hero-appointment-reserve`. */
export interface AppointmentReserveDetail {
  appointment_id: string;
  reserved_until: string | null;
  slot: Slot;
}
/** Detail of `hero-appointment-book`. */
export interface AppointmentBookDetail {
  appointment: Appointment;
}
/** Detail of `hero-appointment-reschedule`. */
export interface AppointmentRescheduleDetail {
  appointment: Appointment;
  previous_start_time: string | null;
}

/** A change whose outcome is unknown, and what reading back found so far. */
type Outcome = { of: 'reserve' | 'book' | 'move'; state: 'checking' | 'unknown' | 'not-done' };
type Busy = 'reserve' | 'book' | 'cancel' | 'next' | 'extend';

const WEEK = 7;
const MAX_DAYS = 90;

/**
 * Without `appointment-type-id` the element first offers the practice's appointment types (and,
 * where there are several, the location). It then lists the free slots of a window of `days` days
 * from `start-date`, by day, grouped into morning, afternoon and evening, with every time shown in
 * Europe/London whatever the browser's time zone (the repeated October hour is marked BST or GMT).
 * Choosing a time and reserving it (`POST /v1/appointments`) holds it until `reserved_until`, shown
 * as a countdown; confirming books it (`PATCH /v1/appointments/{id}/book`); going back releases it
 * (`PATCH /v1/appointments/{id}/cancel`, `suppress_mail: true`). A time taken by someone else (409) or a hold that ran out
 * (410, or the countdown) is explained in plain words, the times are refreshed and the user's
 * filters kept; these are part of the flow and fire no `hero-error`.
 *
 * Attributes `location-id` (fixes the location; no location choice is offered) and
 * `practitioner-id` (preselects the practitioner filter, which the user can change) set where the
 * flow starts. Events fire on user action and API outcomes only, never when a property is set.
 *
 * Every hold belongs to what it was made for: `patient-id`, `appointment-type-id`, `location-id`,
 * `reschedule-appointment-id` and the configuration (tenant). When the host changes any of them
 * mid-flow the hold is released (once, `suppress_mail: true`), the user is told and goes back to
 * choosing; nothing is ever booked under the new identity. A reserve, book or move whose outcome is
 * unknown is never re-sent: the element says it may have gone through, reads the appointment back,
 * and only then offers a deliberately worded second attempt.
 *
 * Booking carries the patient: without `patient-id` the element books nothing (a configuration
 * message, one `hero-error` `validation`) unless `allow-anonymous` is set. `audience="staff"`
 * shows the patient (name, NHS number, date of birth) and books in one step ("Book for …").
 * `reschedule-appointment-id` moves that appointment (`PATCH /v1/appointments/{id}/reschedule`)
 * to a time of the same type and location, and refuses when the API says it cannot be moved.
 *
 * @csspart hold - The hold's countdown, with "I need more time" near its end.
 * @csspart more-time-button - "I need more time".
 * @csspart hold-extended - Says until when the time is now held.
 * @csspart outcome - After a change whose outcome is unknown: what reading back found.
 * @csspart current - "Currently: …" (reschedule).
 * @csspart config-message - Why nothing can be booked (no `patient-id`, no `allow-anonymous`).
 * @csspart summary-list - The details of a held or booked appointment.
 * @csspart summary-row - One detail.
 * @csspart summary-key - A detail's name.
 * @csspart summary-value - A detail's value.
 *
 * @summary Finds, reserves and books a GP appointment: appointment type and location, then a time
 * from the practice's slots, then a held reservation to confirm.
 *
 * @fires {CustomEvent<SlotSelectDetail>} hero-slot-select - The user chose a time. `detail: { slot }` (the API's slot).
 * @fires {CustomEvent<AppointmentReserveDetail>} hero-appointment-reserve - The chosen time is held. `detail: { appointment_id, reserved_until, slot }`.
 * @fires {CustomEvent<AppointmentBookDetail>} hero-appointment-book - The appointment is booked. `detail: { appointment }` (the API's appointment).
 * @fires {CustomEvent<AppointmentRescheduleDetail>} hero-appointment-reschedule - The appointment was moved. `detail: { appointment, previous_start_time }`.
 * @fires {CustomEvent<Record<string, never>>} hero-ready - The first data has rendered (appointment types, or the first times).
 * @fires {CustomEvent<HeroErrorDetail>} hero-error - Loading, reserving or booking failed. `detail: { code, message, status? }`; never patient data.
 *
 * @csspart base - The element's root.
 * @csspart heading - The heading of each step.
 * @csspart type-option - One appointment type to choose from (a labelled radio button).
 * @csspart location-option - One location to choose from (a labelled radio button).
 * @csspart continue-button - "Show available times" on the first step.
 * @csspart error-summary - The list of problems shown when the first step cannot continue.
 * @csspart filters - The location and practitioner filters above the times.
 * @csspart location-filter - The location `<select>`.
 * @csspart practitioner-filter - The practitioner `<select>`.
 * @csspart day-nav - Day navigation: the week's days, previous/next week, next day with appointments.
 * @csspart nav-button - Each of previous week, next week and next day with appointments.
 * @csspart day - One day in the day navigation.
 * @csspart day-selected - The day whose times are shown (alongside `day`).
 * @csspart slots - The listbox of times for the chosen day.
 * @csspart period - One morning / afternoon / evening group of times.
 * @csspart period-heading - The heading of a group.
 * @csspart slot - One time (an option of the listbox).
 * @csspart slot-selected - The chosen time (alongside `slot`).
 * @csspart selection - The chosen time's summary and the reserve button.
 * @csspart reserve-button - "Reserve this time".
 * @csspart summary - The reserved appointment to check and confirm.
 * @csspart countdown - The time left on the reservation, `mm:ss`.
 * @csspart confirm-button - "Confirm appointment".
 * @csspart back-button - "Back to times", which releases the reservation.
 * @csspart confirmation - The booked appointment.
 * @csspart notice - A plain-words notice (time taken, hold ran out).
 * @csspart loading - A loading indication.
 * @csspart empty - The message shown when there are no times, with the next day that has some.
 * @csspart error - An error with a retry button (from the base element).
 * @csspart retry-button - "Try again".
 *
 * @cssproperty --hero-slot-picker-accent - The chosen time and day; falls back to `--hero-color-primary`.
 * @cssproperty --hero-slot-picker-on-accent - Text on the accent; falls back to `--hero-color-on-primary`.
 * @cssproperty --hero-slot-picker-slot-background - A time's background; falls back to `--hero-color-surface`.
 * @cssproperty --hero-slot-picker-slot-border - A time's border colour; falls back to `--hero-color-border`.
 * @cssproperty --hero-slot-picker-slot-min-width - Narrowest a time may be before the grid wraps (default `9.5rem`).
 * @cssproperty --hero-slot-picker-gap - Space between times; falls back to `--hero-space-s`.
 * @cssproperty --hero-slot-picker-radius - Corner radius of times, days and panels; falls back to `--hero-radius-m`.
 * @cssproperty --hero-slot-picker-panel-background - Background of the summary and confirmation; falls back to `--hero-color-surface-raised`.
 * @cssproperty --hero-color-info-surface - Global token. Background of information notices (default `#e8f1fa`).
 * @cssproperty --hero-color-success - Global token. Success colour (default `#007f3b`).
 * @cssproperty --hero-color-warning - Global token. Warning text and borders (default `#8a4b00`).
 * @cssproperty --hero-color-warning-surface - Global token. Background of warnings (default `#fff4e0`).
 * @cssproperty --hero-font-size-xl - Global token. Large headings (default `1.5rem`).
 */
export class HeroSlotPicker extends HeroElement {
  static override styles = slotPickerStyles;
  static override translations: Translations<SlotPickerStrings> = { 'en-GB': slotPickerStrings };
  static override translationKey = 'slotPicker';
  static override decoders = { ...BOOKING_DECODERS, ...PATIENT_DECODERS };
  static override properties = {
    appointmentTypeId: { attribute: 'appointment-type-id' },
    locationId: { attribute: 'location-id' },
    practitionerId: { attribute: 'practitioner-id' },
    patientId: { attribute: 'patient-id' },
    startDate: { attribute: 'start-date' },
    days: { type: Number },
    audienceMode: { attribute: 'audience' },
    allowAnonymous: { type: Boolean, attribute: 'allow-anonymous' },
    rescheduleAppointmentId: { attribute: 'reschedule-appointment-id' },
    step: { state: true },
    chosenTypeId: { state: true },
    draftTypeId: { state: true },
    draftLocationId: { state: true },
    chooseErrors: { state: true },
    locationFilter: { state: true },
    practitionerFilter: { state: true },
    windowStart: { state: true },
    weekStart: { state: true },
    chosenDay: { state: true },
    selectedSlotId: { state: true },
    activeSlotId: { state: true },
    reservation: { state: true },
    done: { state: true },
    notice: { state: true },
    actionError: { state: true },
    busy: { state: true },
    navMessage: { state: true },
    refreshes: { state: true },
    outcome: { state: true },
    extendedText: { state: true },
  };

  /** The appointment type to book (`GET /v1/appointment_types` id). Without it the user chooses. */
  declare appointmentTypeId?: string;
  /** Only times at this location; the user is not offered a location choice. */
  declare locationId?: string;
  /** Preselects the practitioner filter; the user can change it. */
  declare practitionerId?: string;
  /** The patient the appointment is for; sent with the reservation and the booking. */
  declare patientId?: string;
  /** First day of the window, `YYYY-MM-DD` (Europe/London). Default: today in London. */
  declare startDate?: string;
  /** Days in the window (default 7, at most 90). */
  declare days: number;
  /** `patient` (default) or `staff`: the patient row, staff wording, one-step booking (attribute `audience`). */
  declare audienceMode?: string;
  /** Book without a `patient-id` (otherwise the element refuses to book). */
  declare allowAnonymous: boolean;
  /** Reschedule mode: the confirmed appointment to move to a new time of the same type and location. */
  declare rescheduleAppointmentId?: string;

  declare protected step: SlotPickerStep;
  declare protected chosenTypeId?: string;
  declare protected draftTypeId?: string;
  declare protected draftLocationId: string;
  declare protected chooseErrors: string[];
  /** Filters: '' means any. */
  declare protected locationFilter: string;
  declare protected practitionerFilter: string;
  /** First day of the loaded window and of the week on screen. */
  declare protected windowStart: string;
  declare protected weekStart: string;
  declare protected chosenDay?: string;
  declare protected selectedSlotId?: string;
  /** The option holding the listbox's roving tabindex. */
  declare protected activeSlotId?: string;
  declare protected reservation?: SlotReservation;
  /** The booked (or moved) appointment on the last step. */
  declare protected done?: { appointment: Appointment; moved: boolean };
  declare protected notice?: string;
  declare protected actionError?: HeroError;
  declare protected busy?: Busy;
  declare protected navMessage?: string;
  /** Bumped to reload the slots (after 409, a lapse, going back). */
  declare protected refreshes: number;
  declare protected outcome?: Outcome;
  declare protected extendedText?: string;

  /** What holds and bookings are bound to (see the class comment). */
  #subject = '';
  #warnedAnonymous = false;
  readonly #hold = new HoldCountdown(this, {
    onAnnounce: (at) =>
      this.announce(
        at === WARN_AT_MS
          ? this.t('announce.warn')
          : at >= 60_000
            ? this.t('announce.minutes', { count: Math.round(at / 60_000) })
            : this.t('announce.seconds', { count: Math.round(at / 1000) }),
      ),
    onLapse: () => {
      // A booking that may have gone through is not declared lapsed.
      if (!this.outcome && this.step === 'summary') this.#backToSlots(this.t('notice.lapsed'), true);
    },
  });

  readonly #reference = new Task(this, {
    task: async ([client], { signal }) => (client && !this.#blocked ? api.loadReferenceData(client, signal) : initialState),
    args: () => [this.client] as const,
    onError: (error) => void this.reportError(error),
  });

  /** Reschedule mode: the appointment being moved. */
  readonly #original = new Task(this, {
    task: async ([client, id], { signal }) => (client && id ? api.readAppointment(client, id, signal) : initialState),
    args: () => [this.client, this.rescheduleAppointmentId?.trim() || undefined] as const,
    onComplete: (appointment) => (this.locationFilter = String(appointment.location_id)),
    onError: (error) => void this.reportError(error),
  });

  /** Staff: the patient, for the patient row (restricted-safe). */
  readonly #patient = new Task(this, {
    task: async ([client, id, staff], { signal }) => (client && id && staff ? api.loadPatient(client, id, signal) : initialState),
    args: () => [this.client, this.patientId?.trim() || undefined, this.audience === 'staff'] as const,
    onError: (error) => void this.reportError(error),
  });

  readonly #slots = new Task(this, {
    task: async ([client, typeId, locationId, practitionerId, start, days], { signal }) => {
      if (!typeId) return undefined;
      if (!client) return initialState;
      const filters: SlotFilters = { appointmentTypeId: typeId, locationId, practitionerId };
      return api.loadSlotWindow(client, filters, start, addDays(start, days - 1), signal);
    },
    args: () => [this.client, this.typeId, this.locationFilter, this.practitionerFilter, this.windowStart, this.windowDays, this.refreshes] as const,
    onComplete: (window) => {
      if (!window) return;
      const locale = this.locale;
      const loaded = this.t('announce.slots', { count: window.slots.length, from: formatLondonDay(window.start, locale), to: formatLondonDay(window.end, locale) });
      this.announce(this.notice ? `${this.notice} ${loaded}` : loaded);
    },
    onError: (error) => void this.reportError(error),
  });

  constructor() {
    super();
    this.step = 'choose';
    this.draftLocationId = '';
    this.chooseErrors = [];
    this.locationFilter = '';
    this.practitionerFilter = '';
    this.windowStart = '';
    this.weekStart = '';
    this.refreshes = 0;
    this.days = 7;
    this.allowAnonymous = false;
  }

  protected override get audience(): Audience {
    return this.audienceMode === 'staff' ? 'staff' : 'patient';
  }

  /** Without a patient (and not allowed to book without one) there is nothing to fetch. */
  protected override get needsConfig(): boolean {
    return !this.#blocked;
  }

  get #blocked(): boolean {
    return !this.patientId?.trim() && !this.allowAnonymous && !this.#rescheduling;
  }

  get #rescheduling(): boolean {
    return Boolean(this.rescheduleAppointmentId?.trim());
  }

  get #staff(): boolean {
    return this.audience === 'staff';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const c = this.config;
    const subject = JSON.stringify([this.patientId, this.appointmentTypeId, this.locationId, this.rescheduleAppointmentId, c.tenantId, c.baseUrl, c.env]);
    if (subject !== this.#subject) {
      const midFlow = this.#subject && (this.reservation || this.step === 'summary' || this.outcome);
      this.#subject = subject;
      if (midFlow) this.#subjectChanged();
    }
    if (changed.has('appointmentTypeId') || changed.has('rescheduleAppointmentId')) {
      this.chosenTypeId = undefined;
      this.selectedSlotId = undefined;
      this.step = this.appointmentTypeId || this.#rescheduling ? 'slots' : 'choose';
    }
    if (changed.has('locationId')) this.locationFilter = this.locationId ?? '';
    if (changed.has('practitionerId')) this.practitionerFilter = this.practitionerId ?? '';
    if (changed.has('startDate') || !this.windowStart) {
      this.windowStart = this.startDate && isIsoDate(this.startDate) ? this.startDate : this.#today();
      this.weekStart = this.windowStart;
      this.chosenDay = undefined;
    }
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#blocked) {
      if (!this.#warnedAnonymous) {
        this.#warnedAnonymous = true;
        const message = 'hero-slot-picker: set patient-id to the patient the appointment is for, or allow-anonymous to book without one. Nothing will be booked.';
        console.warn(message);
        this.reportError(new HeroError('validation', message));
      }
      void this.markReady();
      return;
    }
    if (this.#reference.status !== TaskStatus.COMPLETE) return;
    if (this.step === 'choose' || (this.#slots.status === TaskStatus.COMPLETE && this.#slots.value) || this.#original.status === TaskStatus.COMPLETE) {
      void this.markReady();
    }
  }

  /** The host changed who or what the flow is for: release the hold (once), back to choosing, say so. */
  #subjectChanged(): void {
    const held = this.reservation;
    this.#hold.stop();
    this.reservation = undefined;
    this.outcome = undefined;
    this.actionError = undefined;
    this.selectedSlotId = undefined;
    this.chosenTypeId = undefined;
    this.done = undefined;
    this.step = this.appointmentTypeId || this.#rescheduling ? 'slots' : 'choose';
    this.notice = this.t('notice.changed');
    this.announce(this.notice);
    const client = this.client;
    if (held && client) void api.releaseHold(client, held.appointmentId);
    void this.focusOn('#notice');
  }

  // ─── Derived ───

  protected get typeId(): string | undefined {
    if (this.#rescheduling) return this.#original.value ? String(this.#original.value.appointment_type_id) : undefined;
    return this.appointmentTypeId || this.chosenTypeId || undefined;
  }

  protected get windowDays(): number {
    const days = Math.floor(Number(this.days));
    return Number.isFinite(days) ? Math.min(MAX_DAYS, Math.max(1, days)) : 7;
  }

  get #windowEnd(): string {
    return addDays(this.windowStart, this.windowDays - 1);
  }

  #today(): string {
    return londonToday(Date.now());
  }

  /** The days of the week on screen, clipped to the window. */
  get #visibleDays(): string[] {
    const days: string[] = [];
    for (let i = 0; i < WEEK && addDays(this.weekStart, i) <= this.#windowEnd; i++) days.push(addDays(this.weekStart, i));
    return days;
  }

  /** The day whose times are shown: the one picked, else the week's first with times. */
  get #day(): string {
    const days = this.#visibleDays;
    if (this.chosenDay && days.includes(this.chosenDay)) return this.chosenDay;
    return days.find((d) => this.#slots.value?.byDay.get(d)?.length) ?? days[0] ?? this.weekStart;
  }

  #slotById(id: string | undefined): SlotView | undefined {
    return id ? this.#slots.value?.slots.find((s) => s.slot.id === id) : undefined;
  }

  get #patientName(): string | undefined {
    const patient = this.#patient.value;
    return patient ? patientName({ first_name: patient.first_name, last_name: patient.last_name }) || undefined : undefined;
  }

  get #bookingPatient(): string | undefined {
    return this.patientId?.trim() || undefined;
  }

  get #ctx(): ViewContext {
    return { t: (key, vars) => this.t(key, vars), locale: this.locale, level: (d) => this.level(d), reference: this.#reference.value! };
  }

  // ─── Handlers: choosing and navigating ───

  #handleContinue(event: Event): void {
    event.preventDefault();
    if (!this.draftTypeId) {
      this.chooseErrors = [this.t('choose.typeRequired')];
      void this.focusOn('#error-summary');
      return;
    }
    this.chosenTypeId = this.draftTypeId;
    if (!this.locationId) this.locationFilter = this.draftLocationId;
    this.#resetChoice();
    this.step = 'slots';
    void this.focusOn('#slots-heading');
  }

  #handleChangeType(): void {
    this.draftTypeId = this.chosenTypeId;
    this.draftLocationId = this.locationFilter;
    this.#resetChoice();
    this.step = 'choose';
    void this.focusOn('#choose-heading');
  }

  #resetChoice(): void {
    this.selectedSlotId = undefined;
    this.notice = undefined;
    this.navMessage = undefined;
    this.actionError = undefined;
    this.outcome = undefined;
    this.chosenDay = undefined;
  }

  #handleWeek(direction: 1 | -1): void {
    this.#resetChoice();
    const target = addDays(this.weekStart, direction * WEEK);
    if (direction === 1 && target <= this.#windowEnd) this.weekStart = target;
    else if (direction === -1 && target >= this.windowStart) this.weekStart = target;
    else this.#moveWindow(target < this.#today() ? this.#today() : target);
    void this.focusOn('#range');
  }

  #moveWindow(start: string, day?: string): void {
    this.windowStart = start;
    this.weekStart = start;
    this.chosenDay = day;
  }

  #goToDay(day: string): void {
    this.navMessage = undefined;
    if (day >= this.windowStart && day <= this.#windowEnd) {
      this.weekStart = addDays(this.windowStart, Math.floor(daysBetween(this.windowStart, day) / WEEK) * WEEK);
      this.chosenDay = day;
    } else this.#moveWindow(day, day);
  }

  #handleDayKeydown(event: KeyboardEvent): void {
    const days = this.#visibleDays;
    const current = days.indexOf(this.#day);
    const index = { ArrowRight: Math.min(days.length - 1, current + 1), ArrowLeft: Math.max(0, current - 1), Home: 0, End: days.length - 1 }[event.key];
    const day = index === undefined ? undefined : days[index];
    if (!day) return;
    event.preventDefault();
    this.chosenDay = day;
    void this.focusOn(`#day-${CSS.escape(day)}`);
  }

  async #handleNextAvailable(): Promise<void> {
    const window = this.#slots.value;
    const inWindow = window ? [...window.byDay.keys()].find((d) => d > this.#day) : undefined;
    if (inWindow) {
      this.#goToDay(inWindow);
      return void this.focusOn(`#day-${CSS.escape(inWindow)}`);
    }
    const typeId = this.typeId;
    if (this.busy || !typeId) return;
    this.busy = 'next';
    this.navMessage = undefined;
    this.actionError = undefined;
    try {
      const filters = { appointmentTypeId: typeId, locationId: this.locationFilter, practitionerId: this.practitionerFilter };
      const day = await api.findNextAvailableDay(this.requireClient(), filters, addDays(this.#windowEnd, 1));
      if (day) {
        this.#goToDay(day);
        void this.focusOn('#slots-heading');
      } else {
        this.navMessage = this.t('nav.noneAfter', { weeks: LOOKAHEAD_DAYS / WEEK, day: formatLondonDay(this.#windowEnd, this.locale) });
        this.announce(this.navMessage);
      }
    } catch (error) {
      this.actionError = this.reportError(error);
    } finally {
      this.busy = undefined;
    }
  }

  #handleSlotKeydown(event: KeyboardEvent, ids: readonly string[]): void {
    const current = Math.max(0, ids.indexOf(this.activeSlotId ?? this.selectedSlotId ?? ''));
    const boxes = () =>
      ids.map((id) => {
        const r = this.renderRoot.querySelector(`#slot-${CSS.escape(id)}`)?.getBoundingClientRect();
        return { top: r?.top ?? 0, left: r?.left ?? 0 };
      });
    let index: number | undefined;
    if (event.key === 'ArrowRight') index = Math.min(ids.length - 1, current + 1);
    else if (event.key === 'ArrowLeft') index = Math.max(0, current - 1);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') index = verticalNeighbour(boxes(), current, event.key === 'ArrowDown' ? 1 : -1);
    else if (event.key === 'Home') index = 0;
    else if (event.key === 'End') index = ids.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (ids[current]) this.#select(ids[current]);
      return;
    }
    const id = index === undefined ? undefined : ids[index];
    if (!id) return;
    event.preventDefault();
    this.activeSlotId = id;
    void this.focusOn(`#slot-${CSS.escape(id)}`).then(() => this.#unobscure());
  }

  /** WCAG 2.4.11: the sticky bar never covers the focused time. */
  #unobscure(): void {
    const focused = this.renderRoot.querySelector('[role="option"]:focus');
    const bar = this.renderRoot.querySelector('.selection');
    if (!focused || !bar || getComputedStyle(bar).position !== 'sticky') return;
    const f = focused.getBoundingClientRect();
    const b = bar.getBoundingClientRect();
    if (f.bottom > b.top && f.top < b.bottom) window.scrollBy(0, f.bottom - b.top + 8);
  }

  #select(id: string): void {
    const view = this.#slotById(id);
    if (!view) return;
    this.activeSlotId = id;
    this.actionError = undefined;
    if (this.selectedSlotId === id) return;
    this.selectedSlotId = id;
    this.outcome = undefined;
    this.emit('hero-slot-select', { slot: view.slot } satisfies SlotSelectDetail);
    void this.updateComplete.then(() => this.#unobscure());
  }

  // ─── Handlers: holding, booking, moving ───

  /** The chosen time's action: reserve (then book, for staff), or go on to check the move. */
  #handleAction(): void {
    const view = this.#slotById(this.selectedSlotId);
    if (this.busy || !view || this.step !== 'slots') return;
    if (this.#rescheduling) {
      this.actionError = undefined;
      this.step = 'summary';
      void this.focusOn('#summary-heading');
      return;
    }
    void this.#reserve(view.slot);
  }

  async #reserve(slot: Slot, extending?: SlotReservation): Promise<void> {
    const subject = this.#subject;
    const patientId = extending ? extending.patientId : this.#bookingPatient;
    this.busy = extending ? 'extend' : 'reserve';
    this.actionError = undefined;
    this.notice = undefined;
    this.outcome = undefined;
    try {
      const client = this.requireClient();
      // Renewing: release the hold, then reserve the same slot again (a failed release may mean it already went).
      if (extending) await api.releaseHold(client, extending.appointmentId);
      const duration = api.slotMinutes(slot, this.#reference.value?.typeById.get(String(slot.appointment_type_id))?.duration);
      const created = await api.reserveSlot(client, slot, duration, patientId);
      if (subject !== this.#subject) return void api.releaseHold(client, created.id);
      await this.#held({ appointmentId: created.id, reservedUntil: created.reserved_until, slot, patientId, subject }, Boolean(extending));
    } catch (error) {
      if (subject !== this.#subject || isAbortError(error)) return;
      const e = toHeroError(error);
      if (e.outcomeUnknown) return void this.#reserveUnknown(slot, patientId, subject);
      this.#failed(e);
    } finally {
      this.busy = undefined;
    }
  }

  /** A hold is in place: the check step (or, for staff, straight on to book it). */
  async #held(reservation: SlotReservation, extended: boolean): Promise<void> {
    this.reservation = reservation;
    this.#hold.start(reservation.reservedUntil);
    this.extendedText = undefined;
    if (extended) {
      const until = reservation.reservedUntil ? Date.parse(reservation.reservedUntil) : NaN;
      if (Number.isFinite(until)) this.announce((this.extendedText = this.t('hold.extended', { time: formatLondonTime(until, this.locale) })));
      return;
    }
    this.emit('hero-appointment-reserve', {
      appointment_id: reservation.appointmentId,
      reserved_until: reservation.reservedUntil,
      slot: reservation.slot,
    } satisfies AppointmentReserveDetail);
    this.step = 'summary';
    if (this.#staff) return this.#confirm();
    void this.focusOn('#summary-heading');
    this.announce(this.t('announce.reserved'));
  }

  /** A reserve whose answer was lost: look for the hold (when a patient is known), else say so. */
  async #reserveUnknown(slot: Slot, patientId: string | undefined, subject: string): Promise<void> {
    this.#hold.stop();
    this.reservation = undefined;
    this.step = 'slots';
    this.outcome = { of: 'reserve', state: 'checking' };
    const found = patientId && this.client ? await api.findReservation(this.client, patientId, slot) : undefined;
    if (subject !== this.#subject) return;
    if (found) {
      this.outcome = undefined;
      return this.#held({ appointmentId: found.id, reservedUntil: found.reserved_until, slot, patientId, subject }, false);
    }
    this.outcome = { of: 'reserve', state: 'unknown' };
    void this.focusOn('#outcome');
  }

  async #confirm(): Promise<void> {
    const reservation = this.reservation;
    if ((this.busy && this.busy !== 'reserve') || !reservation || this.step !== 'summary') return;
    this.busy = 'book';
    this.actionError = undefined;
    this.outcome = undefined;
    try {
      // Bound to the reservation: its patient, whatever the attributes say now.
      const appointment = await api.bookReservation(this.requireClient(), reservation.appointmentId, reservation.patientId);
      this.#booked(appointment, reservation);
    } catch (error) {
      if (isAbortError(error) || reservation !== this.reservation) return;
      const e = toHeroError(error);
      if (e.outcomeUnknown) return void this.#checkBooking();
      this.#failed(e);
      if (this.step === 'summary') void this.focusOn('#summary-heading');
    } finally {
      this.busy = undefined;
    }
  }

  #booked(appointment: Appointment, reservation: SlotReservation): void {
    this.emit('hero-appointment-book', { appointment } satisfies AppointmentBookDetail);
    // Completed for its own subject; a view for another patient does not claim it.
    if (reservation.subject !== this.#subject) return void (this.notice = this.t('notice.changedDone'));
    this.#finish(appointment, false);
  }

  #finish(appointment: Appointment, moved: boolean): void {
    this.#hold.stop();
    this.reservation = undefined;
    this.outcome = undefined;
    this.done = { appointment, moved };
    this.step = 'booked';
    void this.focusOn('#booked-heading');
    this.announce(this.t(moved ? 'announce.moved' : 'announce.booked'));
  }

  /** Reads a booking back after an unknown outcome: booked, still held (a deliberate second try), gone, or still unknown. */
  async #checkBooking(): Promise<void> {
    const reservation = this.reservation;
    if (!reservation) return;
    this.outcome = { of: 'book', state: 'checking' };
    const check = await api.checkBooking(this.requireClient(), reservation.appointmentId).catch(() => ({ outcome: 'unknown' as const }));
    if (reservation !== this.reservation) return;
    if (check.outcome === 'booked') return this.#booked(check.appointment, reservation);
    if (check.outcome === 'gone') return this.#backToSlots(this.t('notice.lapsed'), true);
    this.outcome = { of: 'book', state: check.outcome === 'held' ? 'not-done' : 'unknown' };
    void this.focusOn('#outcome');
  }

  async #move(): Promise<void> {
    const view = this.#slotById(this.selectedSlotId);
    const original = this.#original.value;
    if (this.busy || !view || !original || this.step !== 'summary') return;
    const subject = this.#subject;
    this.busy = 'book';
    this.actionError = undefined;
    this.outcome = undefined;
    const duration = api.slotMinutes(view.slot, original.duration);
    try {
      this.#moved(await api.rescheduleTo(this.requireClient(), original.id, view.slot, duration), original, subject);
    } catch (error) {
      if (isAbortError(error) || subject !== this.#subject) return;
      const e = toHeroError(error);
      if (e.outcomeUnknown) return void this.#checkMove();
      this.#failed(e);
    } finally {
      this.busy = undefined;
    }
  }

  /** Reads a move back after an unknown outcome: moved, not moved (a deliberate second try), or still unknown. */
  async #checkMove(): Promise<void> {
    const view = this.#slotById(this.selectedSlotId);
    const original = this.#original.value;
    if (!view || !original) return;
    const subject = this.#subject;
    this.outcome = { of: 'move', state: 'checking' };
    const check = await api.checkMove(this.requireClient(), original.id, view.slot.start_time).catch(() => ({ outcome: 'unknown' as const }));
    if (subject !== this.#subject) return;
    if (check.outcome === 'moved') return this.#moved(check.appointment, original, subject);
    this.outcome = { of: 'move', state: check.outcome === 'not-moved' ? 'not-done' : 'unknown' };
    void this.focusOn('#outcome');
  }

  #moved(appointment: Appointment, original: Appointment, subject: string): void {
    this.emit('hero-appointment-reschedule', { appointment, previous_start_time: original.start_time } satisfies AppointmentRescheduleDetail);
    if (subject === this.#subject) this.#finish(appointment, true);
  }

  async #handleBack(): Promise<void> {
    const reservation = this.reservation;
    if (this.busy) return;
    if (reservation) {
      this.busy = 'cancel';
      await api.releaseHold(this.requireClient(), reservation.appointmentId);
      this.busy = undefined;
      this.announce(this.t('announce.released'));
    }
    this.#backToSlots(undefined);
  }

  #handleBookAnother(): void {
    this.done = undefined;
    this.#resetChoice();
    this.refreshes++;
    this.step = this.appointmentTypeId ? 'slots' : 'choose';
    void this.focusOn(this.step === 'choose' ? '#choose-heading' : '#slots-heading');
  }

  /** Taken or lapsed: back to the times, said plainly (no hero-error); anything else: the error beside the one action. */
  #failed(error: HeroError): void {
    const refusal = api.refusalOf(error);
    if (refusal) return this.#backToSlots(this.t(refusal === 'taken' ? 'notice.taken' : 'notice.lapsed'), true);
    this.reportError(error);
    this.actionError = error;
  }

  /** Back to the times, reloaded, with the filters and day kept. */
  #backToSlots(notice: string | undefined, dropSelection = false): void {
    this.#hold.stop();
    this.reservation = undefined;
    this.actionError = undefined;
    this.outcome = undefined;
    this.extendedText = undefined;
    if (dropSelection) this.selectedSlotId = undefined;
    this.notice = notice;
    this.step = 'slots';
    this.refreshes++;
    void this.focusOn(notice ? '#notice' : '#slots-heading');
    if (notice) this.announce(notice);
  }

  /** Reloads the times (and, after a failure, the appointment types), then focuses the new content. */
  refresh(): void {
    if (this.#reference.status === TaskStatus.ERROR) void this.#reference.run();
    if (this.#original.status === TaskStatus.ERROR) void this.#original.run();
    this.refreshes++;
    void this.updateComplete.then(() => this.focusOn(this.step === 'choose' ? '#choose-heading' : '#slots-heading'));
  }

  // ─── Rendering ───

  #outcomeView(): OutcomeView | undefined {
    const o = this.outcome;
    if (!o || o.of === 'reserve') return undefined;
    const t = (key: string, vars?: Record<string, string | number>) => this.t(key, vars);
    const view = this.#slotById(this.selectedSlotId);
    const whenText = view ? t('when', { ...this.#dayTime(view.startMs) }) : '';
    const original = this.#original.value;
    const base = { checking: o.state === 'checking', phoneText: phoneLine(t, this.config.practicePhone, 'unknown.call', 'unknown.contact'), allowBack: o.state === 'not-done' && o.of === 'book' };
    if (o.of === 'book') {
      return o.state === 'not-done'
        ? { ...base, text: t('unknown.notBooked'), actionLabel: t('unknown.bookAgain'), onAction: () => void this.#confirm() }
        : { ...base, text: t('unknown.book'), actionLabel: t('unknown.check'), onAction: () => void this.#checkBooking() };
    }
    const was = original?.start_time ? t('when', { ...this.#dayTime(Date.parse(original.start_time)) }) : '';
    return o.state === 'not-done'
      ? { ...base, text: t('unknown.notMoved', { when: was }), actionLabel: t('unknown.moveAgain', { when: whenText }), onAction: () => void this.#move() }
      : { ...base, text: t('unknown.moved'), actionLabel: t('unknown.checkMoved'), onAction: () => void this.#checkMove() };
  }

  #dayTime(ms: number): { day: string; time: string } {
    return { day: formatLondonDay(londonToday(ms), this.locale), time: formatLondonTime(ms, this.locale) };
  }

  #renderTimesStep(ctx: ViewContext): TemplateResult {
    const t = ctx.t;
    const window = this.#slots.status === TaskStatus.COMPLETE ? this.#slots.value : undefined;
    const day = this.#day;
    const original = this.#original.value;
    const staffName = this.#patientName;
    const reserveUnknown = this.outcome?.of === 'reserve' ? this.outcome : undefined;
    return renderTimes(
      ctx,
      {
        heading: t(this.#rescheduling ? 'reschedule.heading' : 'slots.heading'),
        current: original?.start_time ? t('reschedule.current', { when: t('when', this.#dayTime(Date.parse(original.start_time))) }) : undefined,
        typeId: this.typeId,
        canChangeType: !this.appointmentTypeId && !this.#rescheduling,
        notice: this.notice,
        showLocationFilter: !this.locationId && !this.#rescheduling && ctx.reference.locations.length > 1,
        locationFilter: this.locationFilter,
        practitionerFilter: this.practitionerFilter,
        days: this.#visibleDays,
        day,
        window,
        loading: this.#slots.status === TaskStatus.PENDING,
        canGoBack: this.weekStart > this.#today(),
        findingNext: this.busy === 'next',
        navMessage: this.navMessage,
        selected: this.#slotById(this.selectedSlotId),
        actionLabel: this.#rescheduling ? t('reschedule.select') : this.#staff ? (staffName ? t('staff.book', { name: staffName }) : t('staff.bookAnyone')) : t('selection.reserve'),
        busyLabel: t(this.#staff ? 'staff.booking' : 'selection.reserving'),
        busy: this.busy === 'reserve' || this.busy === 'book',
        unknown: reserveUnknown && { checking: reserveUnknown.state === 'checking', text: t('unknown.reserve'), againLabel: t('unknown.reserveAgain') },
        actionError: this.actionError ? this.renderError(this.actionError) : undefined,
        panel: this.#slots.render({
          pending: () => renderLoading(t, 'loading.slots'),
          complete: (w) =>
            w
              ? renderSlots(
                  ctx,
                  { window: w, day, selectedId: this.selectedSlotId, activeId: this.activeSlotId, byClinician: !this.practitionerFilter || (!this.locationFilter && ctx.reference.locations.length > 1) },
                  { onSelect: (id) => this.#select(id), onKey: (e, ids) => this.#handleSlotKeydown(e, ids), onGoTo: (d) => this.#goToDay(d) },
                )
              : nothing,
          error: (error) => this.renderError(error, () => this.refresh()),
        }),
      },
      {
        onChangeType: () => this.#handleChangeType(),
        onLocationFilter: (id) => ((this.locationFilter = id), this.#resetChoice()),
        onPractitionerFilter: (id) => ((this.practitionerFilter = id), this.#resetChoice()),
        onWeek: (d) => this.#handleWeek(d),
        onDay: (d) => (this.chosenDay = d),
        onDayKey: (e) => this.#handleDayKeydown(e),
        onNextAvailable: () => void this.#handleNextAvailable(),
        onAction: () => this.#handleAction(),
      },
    );
  }

  #renderCheckStep(ctx: ViewContext): TemplateResult | typeof nothing {
    const t = ctx.t;
    const reservation = this.reservation;
    const moving = this.#rescheduling ? this.#slotById(this.selectedSlotId) : undefined;
    const slot = reservation?.slot ?? moving?.slot;
    if (!slot) return nothing;
    const name = this.#patientName;
    const staff = this.#staff;
    return renderCheck(
      ctx,
      {
        heading: t(moving ? 'reschedule.checkHeading' : staff ? 'staff.checkHeading' : 'summary.heading'),
        place: slot,
        currentStart: moving ? (this.#original.value?.start_time ?? undefined) : undefined,
        patient: staff ? this.#patient.value : undefined,
        hold:
          reservation && this.#hold.running
            ? { msLeft: this.#hold.msLeft, phase: this.#hold.phase, extending: this.busy === 'extend', extendedText: this.extendedText }
            : undefined,
        confirmLabel: moving ? t('reschedule.confirm') : staff ? (name ? t('staff.book', { name }) : t('staff.bookAnyone')) : t('summary.confirm'),
        busyLabel: t(moving ? 'reschedule.moving' : staff ? 'staff.booking' : 'summary.confirming'),
        busy: this.busy === 'book' || this.busy === 'extend' ? 'confirm' : this.busy === 'cancel' ? 'back' : undefined,
        error: this.actionError ? this.renderError(this.actionError) : undefined,
        outcome: this.#outcomeView(),
      },
      {
        onConfirm: () => void (moving ? this.#move() : this.#confirm()),
        onBack: () => void this.#handleBack(),
        onMoreTime: () => reservation && void this.#reserve(reservation.slot, reservation),
      },
    );
  }

  #renderStep(ctx: ViewContext): unknown {
    const t = ctx.t;
    const original = this.#original.value;
    if (this.#rescheduling && this.step !== 'booked') {
      if (this.#original.status === TaskStatus.ERROR) return this.renderError(this.#original.error, () => this.refresh());
      if (!original) return renderLoading(t, 'loading.appointment');
      if (!original.can_be_rescheduled) {
        return html`<div class="message warning" part="notice" id="refused">
          <p>${t('reschedule.refused')}</p>
          <p>${phoneLine(t, this.config.practicePhone, 'reschedule.call', 'reschedule.contact')}</p>
        </div>`;
      }
    }
    switch (this.step) {
      case 'choose':
        return html`${this.notice ? html`<div id="notice" class="message warning" part="notice" role="alert" tabindex="-1">${this.notice}</div>` : nothing}
        ${renderChoose(
          ctx,
          {
            draftTypeId: this.draftTypeId,
            draftLocationId: this.draftLocationId,
            showLocations: !this.locationId && ctx.reference.locations.length > 1,
            errors: this.chooseErrors,
            errorSummary: this.renderErrorSummary(this.chooseErrors.map((message) => ({ target: 'first-type', message })), this.level(1)),
          },
          {
            onType: (id) => ((this.draftTypeId = id), (this.chooseErrors = [])),
            onLocation: (id) => (this.draftLocationId = id),
            onContinue: (e) => this.#handleContinue(e),
          },
        )}`;
      case 'slots':
        return this.#renderTimesStep(ctx);
      case 'summary':
        return this.#renderCheckStep(ctx);
      case 'booked': {
        const done = this.done;
        if (!done) return nothing;
        const staff = this.#staff;
        return renderDone(
          ctx,
          {
            appointment: done.appointment,
            heading: t(done.moved ? 'reschedule.doneHeading' : 'booked.heading'),
            text: t(done.moved ? 'reschedule.doneText' : staff ? 'staff.bookedText' : 'booked.text'),
            patient: staff ? this.#patient.value : undefined,
            anotherLabel: done.moved ? undefined : t('booked.another'),
            notice: this.notice,
          },
          () => this.#handleBookAnother(),
        );
      }
    }
  }

  protected override renderContent(): TemplateResult {
    const t = (key: string) => this.t(key);
    if (this.#blocked) {
      return html`<div class="base" part="base">
        <div class="message warning" part="config-message">
          <p><strong>${t('config.noPatient.title')}</strong></p>
          <p>${t('config.noPatient.text')}</p>
          <p class="hint">${t('config.noPatient.developer')}</p>
        </div>
      </div>`;
    }
    return html`<div class="base" part="base">
      ${this.#reference.render({
        initial: () => renderLoading(t, 'loading.reference'),
        pending: () => renderLoading(t, 'loading.reference'),
        complete: () => this.#renderStep(this.#ctx),
        error: (error) => this.renderError(error, () => this.refresh()),
      })}
      ${this.renderAnnouncer()}
    </div>`;
  }
}
