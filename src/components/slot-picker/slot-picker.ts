import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { BOOKING_DECODERS } from '../../api/decoders/booking.js';
import { PATIENT_DECODERS } from '../../api/decoders/patients.js';
import { HeroError } from '../../api/errors.js';
import { addDays, formatLondonDay, formatLondonTime, londonToday } from '../../domain/london-time.js';
import { patientName, type HeroPatient } from '../../domain/patient.js';
import type { Audience } from '../../internal/error-view.js';
import { HeroElement } from '../../internal/hero-element.js';
import type { Translations } from '../../internal/localize.js';
import type { SlotView, SlotWindow } from './slot-data.js';
import * as api from './slot-picker-api.js';
import { outcomeView, renderCheck } from './slot-picker-check.js';
import { renderChoose } from './slot-picker-choose.js';
import { CONFIRMATION_FORM_ID, loadFormRenderer, type AppointmentFormDetail } from './booking-confirmation.js';
import { renderDone } from './slot-picker-done.js';
import { BookingFlow, type SlotPickerStep, type SlotSelectDetail } from './slot-picker-flow.js';
import { slotPickerStrings, type SlotPickerStrings } from './slot-picker.strings.js';
import { slotPickerStyles } from './slot-picker.styles.js';
import { DayNav, windowDays } from './slot-picker-nav.js';
import { renderSlots, renderTimes, slotKeyTarget, unobscure } from './slot-picker-times.js';
import { phoneLine, renderLoading, renderNoPatient, type ViewContext } from './slot-picker-view.js';

export { slotPickerStrings, type SlotPickerStrings };
export type {
  AppointmentBookDetail,
  AppointmentRescheduleDetail,
  AppointmentReserveDetail,
  SlotPickerStep,
  SlotReservation,
  SlotSelectDetail,
} from './slot-picker-flow.js';

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
 * Booking carries the patient: without `patient-id` (and without `allow-anonymous`) times can be
 * browsed but nothing is booked; a configuration message says so on screen, and choosing a time
 * fires one `hero-error` (`validation`) and one console warning, with no patient data. `audience="staff"`
 * shows the patient (name, NHS number, date of birth) and books in one step ("Book for …").
 * `reschedule-appointment-id` moves that appointment (`PATCH /v1/appointments/{id}/reschedule`)
 * to a time of the same type and location, and refuses when the API says it cannot be moved.
 *
 * @csspart confirmation-panel - The "Appointment booked" panel with the booking reference.
 * @csspart reference - The booking reference (the appointment's id) in the panel.
 * @csspart video-link - "Join the video call" (https only; opens in a new tab).
 * @csspart form-offer - The offer of the appointment type's form ("Before your appointment").
 * @csspart form-button - "Fill in the form now".
 * @csspart calendar - "Add to your calendar": the calendar file and the Google / Outlook.com links.
 * @csspart calendar-link - One way to add the appointment to a calendar (the .ics download button or a link).
 * @csspart print-button - "Print this page".
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
 * @fires {CustomEvent<AppointmentFormDetail>} hero-appointment-form - The booked type has a form and the user asked to fill it in (`form-offer="event"`, the default). `detail: { appointment_id, form_id }`.
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
    formOffer: { attribute: 'form-offer' },
    formOpen: { state: true },
    step: { state: true },
    chosenTypeId: { state: true },
    draftTypeId: { state: true },
    draftLocationId: { state: true },
    chooseErrors: { state: true },
    locationFilter: { state: true },
    practitionerFilter: { state: true },
    selectedSlotId: { state: true },
    activeSlotId: { state: true },
    notice: { state: true },
    refreshes: { state: true },
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
  /** After booking a type that has a form: `event` (default) fires `hero-appointment-form`; `inline` shows the form. */
  declare formOffer?: string;

  /** The inline form is open on the confirmation. */
  declare protected formOpen: boolean;

  declare protected step: SlotPickerStep;
  declare protected chosenTypeId?: string;
  declare protected draftTypeId?: string;
  declare protected draftLocationId: string;
  declare protected chooseErrors: string[];
  /** Filters: '' means any. */
  declare protected locationFilter: string;
  declare protected practitionerFilter: string;
  declare protected selectedSlotId?: string;
  /** The option holding the listbox's roving tabindex. */
  declare protected activeSlotId?: string;
  declare protected notice?: string;
  /** Bumped to reload the slots (after 409, a lapse, going back). */
  declare protected refreshes: number;

  /** What holds and bookings are bound to (see the class comment). */
  #subject = '';
  #warned = false;

  readonly #flow = new BookingFlow(this, {
    subject: () => this.#subject,
    client: () => this.requireClient(),
    staff: () => this.#staff,
    patientId: () => this.patientId?.trim() || undefined,
    duration: (slot) =>
      api.slotMinutes(
        slot,
        this.#rescheduling
          ? this.#original.value?.duration
          : this.#reference.value?.typeById.get(String(slot.appointment_type_id))?.duration,
      ),
    t: (key, vars) => this.t(key, vars),
    locale: () => this.locale,
    emit: (type, detail) => this.emit(type, detail),
    announce: (text) => this.announce(text),
    reportError: (error) => this.reportError(error),
    focus: (selector) => void this.focusOn(selector),
    show: (step) => (this.step = step),
    setNotice: (text) => (this.notice = text),
    toSlots: (notice, drop) => this.#backToSlots(notice, drop),
  });

  readonly #nav: DayNav = new DayNav(this, {
    client: () => this.requireClient(),
    filters: () =>
      this.typeId
        ? { appointmentTypeId: this.typeId, locationId: this.locationFilter, practitionerId: this.practitionerFilter }
        : undefined,
    days: () => windowDays(this.days),
    window: (): SlotWindow | undefined => (this.#slots.status === TaskStatus.COMPLETE ? this.#slots.value : undefined),
    t: (key, vars) => this.t(key, vars),
    locale: () => this.locale,
    announce: (text) => this.announce(text),
    reportError: (error) => this.reportError(error),
    focus: (selector) => void this.focusOn(selector),
  });

  readonly #reference = new Task(this, {
    task: async ([client], { signal }) => (client ? api.loadReferenceData(client, signal) : initialState),
    args: () => [this.client] as const,
    onError: (error) => void this.reportError(error),
  });

  /** Reschedule mode: the appointment being moved. */
  readonly #original = new Task(this, {
    task: async ([client, id], { signal }) => (client && id ? api.readAppointment(client, id, signal) : initialState),
    args: () => [this.client, this.rescheduleAppointmentId?.trim() || undefined] as const,
    onComplete: (appointment) => void (this.locationFilter = String(appointment.location_id)),
    onError: (error) => void this.reportError(error),
  });

  /** Staff: the patient, for the patient row (restricted-safe). */
  readonly #patient = new Task(this, {
    task: async ([client, id, staff], { signal }) => (client && id && staff ? api.loadPatient(client, id, signal) : initialState),
    args: () => [this.client, this.patientId?.trim() || undefined, this.#staff] as const,
    onError: (error) => void this.reportError(error),
  });

  readonly #slots = new Task(this, {
    task: async ([client, typeId, locationId, practitionerId, start, days], { signal }) => {
      if (!typeId) return undefined;
      if (!client) return initialState;
      return api.loadSlotWindow(client, { appointmentTypeId: typeId, locationId, practitionerId }, start, addDays(start, days - 1), signal);
    },
    args: () =>
      [
        this.client,
        this.typeId,
        this.locationFilter,
        this.practitionerFilter,
        this.#nav.windowStart,
        windowDays(this.days),
        this.refreshes,
      ] as const,
    onComplete: (window) => {
      if (!window) return;
      const [from, to] = [formatLondonDay(window.start, this.locale), formatLondonDay(window.end, this.locale)];
      const loaded = this.t('announce.slots', { count: window.slots.length, from, to });
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
    this.refreshes = 0;
    this.days = 7;
    this.allowAnonymous = false;
    this.formOpen = false;
  }

  protected override get audience(): Audience {
    return this.audienceMode === 'staff' ? 'staff' : 'patient';
  }

  /** No patient, and not allowed to book without one: times can be browsed, nothing is booked. */
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
    const subject = JSON.stringify([
      this.patientId,
      this.appointmentTypeId,
      this.locationId,
      this.rescheduleAppointmentId,
      c.tenantId,
      c.baseUrl,
      c.env,
    ]);
    if (subject !== this.#subject) {
      const flow = this.#flow;
      const midFlow = this.#subject && (flow.reservation || flow.outcome || this.step === 'summary');
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
    if (changed.has('startDate') || !this.#nav.windowStart) this.#nav.start(this.startDate);
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const loaded = this.#reference.status === TaskStatus.COMPLETE && (this.step !== 'slots' || this.#slots.value || this.#original.value);
    if (loaded) void this.markReady();
  }

  /** The host changed who or what the flow is for: release the hold (once), back to choosing, say so. */
  #subjectChanged(): void {
    const held = this.#flow.reset();
    this.#resetChoice();
    this.chosenTypeId = undefined;
    this.step = this.appointmentTypeId || this.#rescheduling ? 'slots' : 'choose';
    this.notice = this.t('notice.changed');
    this.announce(this.notice);
    // Released through the configuration (tenant) it was made with, never the new one.
    if (held) void api.releaseHold(held.client, held.appointmentId);
    void this.focusOn('#notice');
  }

  // ─── Derived ───

  protected get typeId(): string | undefined {
    if (this.#rescheduling) {
      const original = this.#original.value;
      return original?.can_be_rescheduled ? String(original.appointment_type_id) : undefined;
    }
    return this.appointmentTypeId || this.chosenTypeId || undefined;
  }

  #slotById(id: string | undefined): SlotView | undefined {
    return id ? this.#slots.value?.slots.find((s) => s.slot.id === id) : undefined;
  }

  /** Staff wording: the patient's first and last name. */
  get #patientName(): string | undefined {
    const p = this.#patient.value;
    return p ? patientName({ first_name: p.first_name, last_name: p.last_name }) || undefined : undefined;
  }

  /** The loaded patient, only when it is the one the appointment is for (never another patient's row beside it). */
  #patientFor(id: string | null | undefined): HeroPatient | undefined {
    const p = this.#patient.value;
    return p && id && String(p.id) === String(id) ? p : undefined;
  }

  #when(ms: number): string {
    return this.t('when', { day: formatLondonDay(londonToday(ms), this.locale), time: formatLondonTime(ms, this.locale) });
  }

  // ─── Handlers ───

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
    this.#nav.clear();
    this.#flow.clearError();
  }

  #handleSlotKeydown(event: KeyboardEvent, ids: readonly string[]): void {
    const current = Math.max(0, ids.indexOf(this.activeSlotId ?? this.selectedSlotId ?? ''));
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      return ids[current] ? this.#select(ids[current]) : undefined;
    }
    const index = slotKeyTarget(event.key, ids, current, (id) =>
      this.renderRoot.querySelector(`#slot-${CSS.escape(id)}`)?.getBoundingClientRect(),
    );
    const id = index === undefined ? undefined : ids[index];
    if (!id) return;
    event.preventDefault();
    this.activeSlotId = id;
    void this.focusOn(`#slot-${CSS.escape(id)}`).then(() => unobscure(this.renderRoot));
  }

  #select(id: string): void {
    const view = this.#slotById(id);
    if (!view) return;
    this.activeSlotId = id;
    this.#flow.clearError();
    if (this.selectedSlotId === id) return;
    this.selectedSlotId = id;
    if (this.#blocked && !this.#warned) {
      // Told once, when a booking would start (no patient data in it).
      this.#warned = true;
      const message =
        'hero-slot-picker: set patient-id to the patient the appointment is for, or allow-anonymous to book without one. Nothing will be booked.';
      console.warn(message);
      this.reportError(new HeroError('validation', message));
    }
    this.emit('hero-slot-select', { slot: view.slot } satisfies SlotSelectDetail);
    void this.updateComplete.then(() => unobscure(this.renderRoot));
  }

  /** The chosen time's action: reserve (then book, for staff), or go on to check the move. */
  #handleAction(): void {
    const view = this.#slotById(this.selectedSlotId);
    if (this.#flow.busy || !view || this.step !== 'slots' || this.#blocked) return;
    if (!this.#rescheduling) return void this.#flow.reserve(view.slot);
    this.#flow.clearError();
    this.step = 'summary';
    void this.focusOn('#summary-heading');
  }

  /** "Fill in the form now": the host's event, or the form inline (loaded only now). */
  #fillForm(detail: AppointmentFormDetail): void {
    if (this.formOffer !== 'inline') return void this.emit('hero-appointment-form', detail);
    this.formOpen = true;
    void loadFormRenderer().then(() => this.focusOn(`#${CONFIRMATION_FORM_ID}`));
  }

  #handleBookAnother(): void {
    this.formOpen = false;
    this.#flow.reset();
    this.#resetChoice();
    this.refreshes++;
    this.step = this.appointmentTypeId ? 'slots' : 'choose';
    void this.focusOn(this.step === 'choose' ? '#choose-heading' : '#slots-heading');
  }

  /** Back to the times, reloaded, with the filters and day kept. */
  #backToSlots(notice: string | undefined, drop: boolean): void {
    if (drop) this.selectedSlotId = undefined;
    this.notice = notice;
    this.step = 'slots';
    this.refreshes++;
    void this.focusOn(notice ? '#notice' : '#slots-heading');
    if (notice) this.announce(notice);
  }

  /** Reloads the times (and, after a failure, the appointment types). Choices are kept. */
  refresh(): void {
    if (this.#reference.status === TaskStatus.ERROR) void this.#reference.run();
    if (this.#original.status === TaskStatus.ERROR) void this.#original.run();
    this.refreshes++;
  }

  /** "Try again": reloads, then moves focus to the new content's heading (never `<body>`). */
  async #retry(): Promise<void> {
    this.refresh();
    for (const task of [this.#reference, this.#original, this.#slots]) {
      await this.updateComplete;
      await task.taskComplete.catch(() => undefined);
    }
    await this.focusOn('#choose-heading, #slots-heading, [part="error"]');
  }

  // ─── Rendering ───

  #renderTimesStep(ctx: ViewContext): TemplateResult {
    const { t, reference } = ctx;
    const flow = this.#flow;
    const nav = this.#nav;
    const window = this.#slots.status === TaskStatus.COMPLETE ? this.#slots.value : undefined;
    const day = nav.day;
    const start = this.#original.value?.start_time;
    const name = this.#patientName;
    const lost = flow.outcome?.of === 'reserve' ? flow.outcome : undefined;
    const error = flow.error ?? nav.error;
    const byClinician = !this.practitionerFilter || (!this.locationFilter && reference.locations.length > 1);
    return renderTimes(
      ctx,
      {
        heading: t(this.#rescheduling ? 'reschedule.heading' : 'slots.heading'),
        current: start ? t('reschedule.current', { when: this.#when(Date.parse(start)) }) : undefined,
        typeId: this.typeId,
        canChangeType: !this.appointmentTypeId && !this.#rescheduling,
        notice: this.notice,
        showLocationFilter: !this.locationId && !this.#rescheduling && reference.locations.length > 1,
        locationFilter: this.locationFilter,
        practitionerFilter: this.practitionerFilter,
        days: nav.days,
        day,
        window,
        loading: this.#slots.status === TaskStatus.PENDING,
        canGoBack: nav.canGoBack,
        findingNext: nav.finding,
        navMessage: nav.message,
        selected: this.#slotById(this.selectedSlotId),
        actionLabel: this.#rescheduling
          ? t('reschedule.select')
          : this.#staff
            ? name
              ? t('staff.book', { name })
              : t('staff.bookAnyone')
            : t('selection.reserve'),
        busyLabel: t(this.#staff ? 'staff.booking' : 'selection.reserving'),
        busy: flow.busy === 'reserve' || flow.busy === 'book',
        refused: this.#blocked ? t('config.noPatient.text') : undefined,
        unknown: lost && { checking: lost.state === 'checking', text: t('unknown.reserve'), againLabel: t('unknown.reserveAgain') },
        actionError: error ? this.renderError(error) : undefined,
        panel: this.#slots.render({
          pending: () => renderLoading(t, 'loading.slots'),
          complete: (w) =>
            w
              ? renderSlots(
                  ctx,
                  { window: w, day, selectedId: this.selectedSlotId, activeId: this.activeSlotId, byClinician },
                  {
                    onSelect: (id) => this.#select(id),
                    onKey: (e, ids) => this.#handleSlotKeydown(e, ids),
                    onGoTo: (d) => nav.goTo(d),
                  },
                )
              : nothing,
          error: (e) => this.renderError(e, () => void this.#retry()),
        }),
      },
      {
        onChangeType: () => this.#handleChangeType(),
        onLocationFilter: (id) => ((this.locationFilter = id), this.#resetChoice()),
        onPractitionerFilter: (id) => ((this.practitionerFilter = id), this.#resetChoice()),
        onWeek: (d) => (this.#resetChoice(), nav.week(d)),
        onDay: (d) => nav.pick(d),
        onDayKey: (e) => nav.key(e),
        onNextAvailable: () => void nav.next(),
        onAction: () => this.#handleAction(),
      },
    );
  }

  #renderCheckStep(ctx: ViewContext): TemplateResult | typeof nothing {
    const { t } = ctx;
    const flow = this.#flow;
    const reservation = flow.reservation;
    const original = this.#rescheduling ? this.#original.value : undefined;
    const moving = original && this.#slotById(this.selectedSlotId);
    const slot = reservation?.slot ?? moving?.slot;
    if (!slot) return nothing;
    const [name, staff, hold] = [this.#patientName, this.#staff, flow.hold];
    return renderCheck(
      ctx,
      {
        heading: t(moving ? 'reschedule.checkHeading' : staff ? 'staff.checkHeading' : 'summary.heading'),
        place: slot,
        currentStart: original?.start_time ?? undefined,
        patient: staff ? this.#patientFor(reservation?.patientId) : undefined,
        hold:
          reservation && hold.running
            ? { msLeft: hold.msLeft, phase: hold.phase, extending: flow.busy === 'extend', extendedText: flow.extendedText }
            : undefined,
        confirmLabel: moving
          ? t('reschedule.confirm')
          : staff
            ? name
              ? t('staff.book', { name })
              : t('staff.bookAnyone')
            : t('summary.confirm'),
        busyLabel: t(moving ? 'reschedule.moving' : staff ? 'staff.booking' : 'summary.confirming'),
        busy: flow.busy === 'book' || flow.busy === 'extend' ? 'confirm' : flow.busy === 'cancel' ? 'back' : undefined,
        error: flow.error ? this.renderError(flow.error) : undefined,
        outcome: outcomeView(
          ctx.t,
          flow.outcome,
          this.config.practicePhone,
          moving && { was: this.#when(Date.parse(original.start_time ?? '')), to: this.#when(moving.startMs) },
          {
            again: () => void (moving ? flow.move(original, moving.slot) : flow.confirm()),
            check: () => void (moving ? flow.checkMove(original, moving.slot) : flow.checkBooking()),
          },
        ),
      },
      {
        onConfirm: () => void (original && moving ? flow.move(original, moving.slot) : flow.confirm()),
        onBack: () => void flow.back(),
        onMoreTime: () => reservation && void flow.reserve(reservation.slot, reservation),
      },
    );
  }

  #renderStep(ctx: ViewContext): unknown {
    const { t, reference } = ctx;
    const original = this.#original.value;
    if (this.#rescheduling && this.step !== 'booked') {
      if (this.#original.status === TaskStatus.ERROR) return this.renderError(this.#original.error, () => void this.#retry());
      if (!original) return renderLoading(t, 'loading.appointment');
      if (!original.can_be_rescheduled) {
        return html`<div class="message warning" part="notice" id="refused">
          <p>${t('reschedule.refused')}</p>
          <p>${phoneLine(t, this.config.practicePhone, 'reschedule.call', 'reschedule.contact')}</p>
        </div>`;
      }
    }
    const done = this.#flow.done;
    switch (this.step) {
      case 'choose':
        return renderChoose(
          ctx,
          {
            draftTypeId: this.draftTypeId,
            draftLocationId: this.draftLocationId,
            showLocations: !this.locationId && reference.locations.length > 1,
            errors: this.chooseErrors,
            errorSummary: this.renderErrorSummary(
              this.chooseErrors.map((message) => ({ target: 'first-type', message })),
              this.level(1),
            ),
            notice: this.notice,
          },
          {
            onType: (id) => ((this.draftTypeId = id), (this.chooseErrors = [])),
            onLocation: (id) => (this.draftLocationId = id),
            onContinue: (e) => this.#handleContinue(e),
          },
        );
      case 'slots':
        return this.#renderTimesStep(ctx);
      case 'summary':
        return this.#renderCheckStep(ctx);
      case 'booked':
        return done
          ? renderDone(
              ctx,
              {
                ...done,
                audience: this.audience,
                patient: this.#patientFor(done.appointment.patient_id),
                practicePhone: this.config.practicePhone,
                patientId: this.patientId?.trim() || undefined,
                formOffer: this.formOffer === 'inline' ? 'inline' : 'event',
                formOpen: this.formOpen,
                formConfig: {
                  tenantId: this.tenantId,
                  env: this.env,
                  baseUrl: this.baseUrl,
                  jwtToken: this.jwtToken,
                  tokenUrl: this.tokenUrl,
                  tokenProvider: this.tokenProvider,
                  auth: this.auth,
                  requestTimeout: this.requestTimeout,
                  practicePhone: this.practicePhone,
                },
                notice: this.notice,
              },
              { onFillForm: (detail) => this.#fillForm(detail), onAnother: () => this.#handleBookAnother() },
            )
          : nothing;
    }
  }

  protected override renderContent(): TemplateResult {
    const t = (key: string) => this.t(key);
    const ctx = (reference: ViewContext['reference']): ViewContext => ({
      t: (key, vars) => this.t(key, vars),
      locale: this.locale,
      level: (d) => this.level(d),
      reference,
    });
    return html`<div class="base" part="base">
      ${this.#blocked ? renderNoPatient(t) : nothing}
      ${this.#reference.render({
        initial: () => renderLoading(t, 'loading.reference'),
        pending: () => renderLoading(t, 'loading.reference'),
        complete: (reference) => this.#renderStep(ctx(reference)),
        error: (error) => this.renderError(error, () => void this.#retry()),
      })}
      ${this.renderAnnouncer()}
    </div>`;
  }
}
