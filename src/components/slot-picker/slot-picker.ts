import { initialState, Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { BOOKING_DECODERS } from '../../api/decoders/booking.js';
import { PATIENT_DECODERS } from '../../api/decoders/patients.js';
import { HeroError, isAbortError, toHeroError } from '../../api/errors.js';
import type { Appointment, AppointmentCreateRequest, AppointmentType, Slot } from '../../api/types.js';
import type { ElementClient } from '../../internal/element-client.js';
import { HeroElement } from '../../internal/hero-element.js';
import { plural, type Messages, type Translations } from '../../internal/localize.js';
import {
  addDays,
  daysBetween,
  formatLondonDay,
  formatLondonTime,
  isIsoDate,
  londonDayAndTime,
  londonToday,
} from '../../domain/london-time.js';
import { formatPounds } from '../../domain/money.js';
import { patientName } from '../../domain/patient.js';
import {
  findNextAvailableDay,
  indexSlots,
  LOOKAHEAD_DAYS,
  loadReferenceData,
  PERIODS,
  slotQuery,
  type ReferenceData,
  type SlotFilters,
  type SlotView,
  type SlotWindow,
} from './slot-data.js';
import { slotPickerStyles } from './slot-picker.styles.js';

/** Every user-facing string of the element (en-GB). Hosts can override any through `strings`. */
export const slotPickerStrings = {
  'choose.heading': 'Book an appointment',
  'choose.typeLegend': 'What type of appointment do you need?',
  'choose.locationLegend': 'Where would you like to be seen?',
  'choose.anyLocation': 'Any location',
  'choose.continue': 'Show available times',
  'choose.typeRequired': 'Choose the type of appointment you need',
  'choose.noTypes': 'This practice has no appointments that can be booked online. Contact the practice to make an appointment.',
  'type.duration': plural('{count} minute', '{count} minutes'),
  'type.inPerson': 'In person',
  'type.telephone': 'Telephone',
  'type.video': 'Video',
  'type.nhs': 'NHS',
  'type.paid': 'Private, {price}',
  'type.next': 'Next available: {when}',
  'type.noneSoon': 'No appointments available at the moment',
  'slots.heading': 'Choose a time',
  'slots.changeType': 'Change appointment type',
  'filter.location': 'Location',
  'filter.anyLocation': 'Any location',
  'filter.practitioner': 'Practitioner',
  'filter.anyPractitioner': 'Any practitioner',
  'nav.label': 'Days',
  'nav.range': '{from} to {to}',
  'nav.previous': 'Previous week',
  'nav.next': 'Next week',
  'nav.nextAvailable': 'Next day with appointments',
  'nav.noneAfter': 'There are no appointments in the {weeks} weeks after {day}.',
  'day.count': plural('{count} time', '{count} times'),
  'day.none': 'No times',
  'day.empty': 'There are no appointments on {day}.',
  'slots.listLabel': 'Available times on {day}',
  'period.morning': 'Morning',
  'period.afternoon': 'Afternoon',
  'period.evening': 'Evening',
  'slot.unknownPractitioner': 'a clinician',
  'slot.unknownLocation': 'the practice',
  'loading.reference': 'Loading appointment types…',
  'loading.slots': 'Finding available times…',
  'loading.nextAvailable': 'Looking for the next day with appointments…',
  'empty.window': 'There are no appointments from {from} to {to}.',
  'empty.goTo': 'Show {day}, the next day with appointments',
  'empty.noneSoon': 'There are no appointments in the {weeks} weeks after that either. Try another practitioner, location or type of appointment, or contact the practice.',
  'selection.text': 'You have chosen {when} with {practitioner} at {location}.',
  'selection.reserve': 'Reserve this time',
  'selection.reserving': 'Reserving…',
  'summary.heading': 'Check and confirm your appointment',
  'summary.holding': 'We are holding this time for you for',
  'summary.holdingAria': plural('{count} minute left to confirm', '{count} minutes left to confirm'),
  'summary.when': 'Date and time',
  'summary.type': 'Appointment',
  'summary.with': 'With',
  'summary.where': 'Where',
  'summary.length': 'Length',
  'summary.cost': 'Cost',
  'summary.free': 'Free (NHS)',
  'summary.confirm': 'Confirm appointment',
  'summary.confirming': 'Confirming…',
  'summary.back': 'Back to times',
  'summary.cancelling': 'Releasing this time…',
  'booked.heading': 'Appointment booked',
  'booked.text': 'Your appointment is confirmed.',
  'booked.another': 'Book another appointment',
  'notice.taken': 'Sorry, someone else has just booked that time. Choose another time.',
  'notice.lapsed': 'We could not hold that time any longer, so it has been released. Choose a time again.',
  'announce.slots': plural('{count} appointment available from {from} to {to}.', '{count} appointments available from {from} to {to}.'),
  'announce.reserved': 'Time reserved. Check the details and confirm the appointment.',
  'announce.minutes': plural('{count} minute left to confirm your appointment.', '{count} minutes left to confirm your appointment.'),
  'announce.seconds': '{count} seconds left to confirm your appointment.',
  'announce.booked': 'Appointment booked.',
  'announce.released': 'The time has been released.',
  'when': '{day} at {time}',
  'error.patient.call': 'If you need to book an appointment now, call your GP surgery on {phone}.',
  'error.patient.contact': 'If you need to book an appointment now, contact your GP surgery.',
} satisfies Messages;

export type SlotPickerStrings = typeof slotPickerStrings;

/** Steps of the flow, in order. */
export type SlotPickerStep = 'choose' | 'slots' | 'summary' | 'booked';

/** A live reservation: `POST /v1/appointments` answered. */
export interface SlotReservation {
  appointmentId: string;
  reservedUntil: string | null;
  slot: Slot;
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

/** Remaining hold (ms) at which the countdown is announced to screen readers. */
const ANNOUNCE_AT_MS = [10 * 60_000, 5 * 60_000, 2 * 60_000, 60_000, 30_000];
const WEEK = 7;
const MAX_DAYS = 90;

type Busy = 'reserve' | 'book' | 'cancel' | 'next';

/**
 * Without `appointment-type-id` the element first offers the practice's appointment types (and,
 * where there are several, the location). It then lists the free slots of a window of `days` days
 * from `start-date`, by day, grouped into morning, afternoon and evening, with every time shown in
 * Europe/London whatever the browser's time zone (the repeated October hour is marked BST or GMT).
 * Choosing a time and reserving it (`POST /v1/appointments`) holds it until `reserved_until`, shown
 * as a countdown; confirming books it (`PATCH /v1/appointments/{id}/book`); going back releases it
 * (`PATCH /v1/appointments/{id}/cancel`). A time taken by someone else (409) or a hold that ran out
 * (410, or the countdown) is explained in plain words, the times are refreshed and the user's
 * filters kept; these are part of the flow and fire no `hero-error`.
 *
 * Attributes `location-id` (fixes the location; no location choice is offered) and
 * `practitioner-id` (preselects the practitioner filter, which the user can change) set where the
 * flow starts. Events fire on user action and API outcomes only, never when a property is set.
 *
 * @summary Finds, reserves and books a GP appointment: appointment type and location, then a time
 * from the practice's slots, then a held reservation to confirm.
 *
 * @fires {CustomEvent<SlotSelectDetail>} hero-slot-select - The user chose a time. `detail: { slot }` (the API's slot).
 * @fires {CustomEvent<AppointmentReserveDetail>} hero-appointment-reserve - The chosen time is held. `detail: { appointment_id, reserved_until, slot }`.
 * @fires {CustomEvent<AppointmentBookDetail>} hero-appointment-book - The appointment is booked. `detail: { appointment }` (the API's appointment).
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
    booked: { state: true },
    notice: { state: true },
    actionError: { state: true },
    busy: { state: true },
    navMessage: { state: true },
    remainingMs: { state: true },
    refreshes: { state: true },
  };

  // ───────── Tasks ─────────

  /** Appointment types, locations and practitioners (cached per client). */
  readonly #reference = new Task(this, {
    task: async ([client]: readonly [ElementClient | undefined], { signal }) => {
      if (!client) return initialState;
      return loadReferenceData(client, signal);
    },
    args: () => [this.client] as const,
    onError: (error) => void this.reportError(error),
  });

  /** The free slots of the window, every page, for the current filters. */
  readonly #slots = new Task(this, {
    task: async (
      [client, typeId, locationId, practitionerId, start, days]: readonly [
        ElementClient | undefined,
        string | undefined,
        string | undefined,
        string | undefined,
        string,
        number,
        number,
      ],
      { signal },
    ): Promise<SlotWindow | undefined | typeof initialState> => {
      if (!typeId) return undefined;
      if (!client) return initialState;
      const end = addDays(start, days - 1);
      const filters: SlotFilters = { appointmentTypeId: typeId, locationId, practitionerId };
      const { data } = await client.listAll('/v1/slots', { query: slotQuery(filters, start, end), signal });
      const window = indexSlots(data, start, end);
      if (window.slots.length === 0) window.nextAvailable = await findNextAvailableDay(client, filters, addDays(end, 1), signal);
      return window;
    },
    args: () =>
      [this.client, this.typeId, this.locationFilter, this.practitionerFilter, this.windowStart, this.windowDays, this.refreshes] as const,
    onComplete: (window) => {
      if (!window) return;
      const loaded = this.t('announce.slots', {
        count: window.slots.length,
        from: formatLondonDay(window.start, this.locale),
        to: formatLondonDay(window.end, this.locale),
      });
      // A notice (time taken, hold ran out) stays in the announcement until the user moves on.
      this.announce(this.notice ? `${this.notice} ${loaded}` : loaded);
    },
    onError: (error) => void this.reportError(error),
  });

  // ───────── Internal state ─────────
  // Declared without decorators (see `static properties`): smaller than the decorator helpers in every bundle.

  /** The step on screen. */
  declare protected step: SlotPickerStep;
  /** The appointment type chosen on the first step (the attribute wins). */
  declare protected chosenTypeId?: string;
  /** Draft choices on the first step, before "continue". */
  declare protected draftTypeId?: string;
  declare protected draftLocationId: string;
  declare protected chooseErrors: string[];
  /** Filters: '' means any. */
  declare protected locationFilter: string;
  declare protected practitionerFilter: string;
  /** First day of the loaded window and of the week on screen. */
  declare protected windowStart: string;
  declare protected weekStart: string;
  /** The day the user picked, if any (else the first day of the week with times). */
  declare protected chosenDay?: string;
  declare protected selectedSlotId?: string;
  /** The option holding the listbox's roving tabindex. */
  declare protected activeSlotId?: string;
  declare protected reservation?: SlotReservation;
  declare protected booked?: Appointment;
  declare protected notice?: string;
  /** A failed reserve/book/lookup, shown beside the action with a retry. */
  declare protected actionError?: { error: HeroError; retry: () => void };
  declare protected busy?: Busy;
  /** Result of looking past the window from the day nav: undefined, or the message to show. */
  declare protected navMessage?: string;
  declare protected remainingMs: number;
  /** Bumped to reload the slots (after 409, a lapse, going back). */
  declare protected refreshes: number;

  #countdown?: ReturnType<typeof setInterval>;
  #announced = new Set<number>();

  // ───────── Public properties ─────────

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

  constructor() {
    super();
    this.step = 'choose';
    this.draftLocationId = '';
    this.chooseErrors = [];
    this.locationFilter = '';
    this.practitionerFilter = '';
    this.windowStart = '';
    this.weekStart = '';
    this.remainingMs = 0;
    this.refreshes = 0;
    this.days = 7;
  }

  // ───────── Lifecycle ─────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopCountdown();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.step === 'summary' && this.reservation) this.#startCountdown();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('appointmentTypeId')) {
      this.#releaseReservation();
      this.chosenTypeId = undefined;
      this.selectedSlotId = undefined;
      this.step = this.appointmentTypeId ? 'slots' : 'choose';
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
    this.#maybeReady();
  }

  /** `hero-ready` once the first step's data has rendered: the types, or the first times (markReady fires once). */
  #maybeReady(): void {
    if (this.#reference.status !== 2) return;
    if (this.step === 'choose' || (this.#slots.status === 2 && this.#slots.value)) void this.markReady();
  }

  // ───────── Derived ─────────

  /** The appointment type whose slots are shown. */
  protected get typeId(): string | undefined {
    return this.appointmentTypeId || this.chosenTypeId || undefined;
  }

  protected get windowDays(): number {
    const days = Math.floor(Number(this.days));
    return Number.isFinite(days) ? Math.min(MAX_DAYS, Math.max(1, days)) : 7;
  }

  protected get windowEnd(): string {
    return addDays(this.windowStart, this.windowDays - 1);
  }

  #today(): string {
    return londonToday(Date.now());
  }

  /** The days of the week on screen, clipped to the window. */
  protected get visibleDays(): string[] {
    const days: string[] = [];
    for (let i = 0; i < WEEK; i++) {
      const day = addDays(this.weekStart, i);
      if (day > this.windowEnd) break;
      days.push(day);
    }
    return days;
  }

  /** The day whose times are shown. */
  protected dayOnScreen(window: SlotWindow | undefined): string {
    const days = this.visibleDays;
    if (this.chosenDay && days.includes(this.chosenDay)) return this.chosenDay;
    return days.find((d) => window?.byDay.get(d)?.length) ?? days[0] ?? this.weekStart;
  }

  #slotById(id: string | undefined): SlotView | undefined {
    if (!id) return undefined;
    return this.#slots.value?.slots.find((s) => s.slot.id === id);
  }

  // ───────── Handlers ─────────

  #handleTypeChange(event: Event): void {
    this.draftTypeId = (event.target as HTMLInputElement).value;
    this.chooseErrors = [];
  }

  #handleDraftLocation(event: Event): void {
    this.draftLocationId = (event.target as HTMLInputElement).value;
  }

  #handleContinue(event: Event): void {
    event.preventDefault();
    if (!this.draftTypeId) {
      this.chooseErrors = [this.t('choose.typeRequired')];
      void this.focusOn('#error-summary');
      return;
    }
    this.chosenTypeId = this.draftTypeId;
    if (!this.locationId) this.locationFilter = this.draftLocationId;
    this.selectedSlotId = undefined;
    this.notice = undefined;
    this.step = 'slots';
    void this.focusOn('#slots-heading');
  }

  #handleChangeType(): void {
    this.draftTypeId = this.chosenTypeId;
    this.draftLocationId = this.locationFilter;
    this.selectedSlotId = undefined;
    this.notice = undefined;
    this.actionError = undefined;
    this.step = 'choose';
    void this.focusOn('#choose-heading');
  }

  #handleLocationFilter(event: Event): void {
    this.locationFilter = (event.target as HTMLSelectElement).value;
    this.#filtersChanged();
  }

  #handlePractitionerFilter(event: Event): void {
    this.practitionerFilter = (event.target as HTMLSelectElement).value;
    this.#filtersChanged();
  }

  #filtersChanged(): void {
    this.chosenDay = undefined;
    this.notice = undefined;
    this.navMessage = undefined;
    this.actionError = undefined;
  }

  #handleWeek(direction: 1 | -1): void {
    this.navMessage = undefined;
    this.notice = undefined;
    this.chosenDay = undefined;
    if (direction === 1) {
      const next = addDays(this.weekStart, WEEK);
      if (next <= this.windowEnd) this.weekStart = next;
      else this.#moveWindow(next);
      return;
    }
    const today = this.#today();
    if (this.weekStart <= today) return;
    const previous = addDays(this.weekStart, -WEEK);
    if (previous >= this.windowStart) this.weekStart = previous;
    else this.#moveWindow(previous < today ? today : previous);
  }

  #moveWindow(start: string, day?: string): void {
    this.windowStart = start;
    this.weekStart = start;
    this.chosenDay = day;
  }

  /** Shows `day`: its week within the window, or a new window starting that day. */
  #goToDay(day: string): void {
    this.navMessage = undefined;
    if (day >= this.windowStart && day <= this.windowEnd) {
      this.weekStart = addDays(this.windowStart, Math.floor(daysBetween(this.windowStart, day) / WEEK) * WEEK);
      this.chosenDay = day;
    } else {
      this.#moveWindow(day, day);
    }
  }

  #handleDayClick(event: Event): void {
    const day = (event.target as Element).closest<HTMLElement>('[data-day]')?.dataset['day'];
    if (day) this.chosenDay = day;
  }

  #handleDayKeydown(event: KeyboardEvent): void {
    const days = this.visibleDays;
    const current = days.indexOf(this.dayOnScreen(this.#slots.value));
    let index: number | undefined;
    if (event.key === 'ArrowRight') index = Math.min(days.length - 1, current + 1);
    else if (event.key === 'ArrowLeft') index = Math.max(0, current - 1);
    else if (event.key === 'Home') index = 0;
    else if (event.key === 'End') index = days.length - 1;
    if (index === undefined) return;
    event.preventDefault();
    const day = days[index];
    if (!day) return;
    this.chosenDay = day;
    void this.focusOn(`#day-${day}`);
  }

  async #handleNextAvailable(): Promise<void> {
    const window = this.#slots.value;
    const from = this.dayOnScreen(window);
    const inWindow = window ? [...window.byDay.keys()].find((d) => d > from) : undefined;
    if (inWindow) {
      this.#goToDay(inWindow);
      void this.focusOn(`#day-${inWindow}`);
      return;
    }
    const typeId = this.typeId;
    if (this.busy || !typeId) return;
    this.busy = 'next';
    this.navMessage = undefined;
    this.actionError = undefined;
    try {
      const client = this.requireClient();
      const after = addDays(this.windowEnd, 1);
      const day = await findNextAvailableDay(
        client,
        { appointmentTypeId: typeId, locationId: this.locationFilter, practitionerId: this.practitionerFilter },
        after,
      );
      if (day) {
        this.#goToDay(day);
        void this.focusOn('#slots-heading');
      } else {
        this.navMessage = this.t('nav.noneAfter', { weeks: LOOKAHEAD_DAYS / WEEK, day: formatLondonDay(this.windowEnd, this.locale) });
        this.announce(this.navMessage);
      }
    } catch (error) {
      const heroError = this.reportError(error);
      if (heroError) this.actionError = { error: heroError, retry: () => void this.#handleNextAvailable() };
    } finally {
      this.busy = undefined;
    }
  }

  #handleSlotClick(event: Event): void {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const id = option?.dataset['id'];
    if (id) this.#select(id);
  }

  #handleSlotKeydown(event: KeyboardEvent, views: SlotView[]): void {
    const ids = views.map((v) => v.slot.id);
    const current = Math.max(0, ids.indexOf(this.activeSlotId ?? this.selectedSlotId ?? ''));
    let index: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        index = Math.min(ids.length - 1, current + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        index = Math.max(0, current - 1);
        break;
      case 'Home':
        index = 0;
        break;
      case 'End':
        index = ids.length - 1;
        break;
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const id = ids[current];
        if (id) this.#select(id);
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    const id = ids[index];
    if (!id) return;
    this.activeSlotId = id;
    void this.focusOn(`#slot-${id}`);
  }

  #select(id: string): void {
    const view = this.#slotById(id);
    if (!view) return;
    this.activeSlotId = id;
    this.actionError = undefined;
    if (this.selectedSlotId === id) return;
    this.selectedSlotId = id;
    this.emit('hero-slot-select', { slot: view.slot } satisfies SlotSelectDetail);
  }

  async #handleReserve(): Promise<void> {
    const view = this.#slotById(this.selectedSlotId);
    if (this.busy || !view || this.step !== 'slots') return;
    this.busy = 'reserve';
    this.actionError = undefined;
    this.notice = undefined;
    const { slot } = view;
    try {
      const client = this.requireClient();
      const type = this.#reference.value?.typeById.get(slot.appointment_type_id);
      const body: AppointmentCreateRequest = {
        appointment_type_id: slot.appointment_type_id,
        location_id: slot.location_id,
        practitioner_id: slot.practitioner_id,
        start_time: slot.start_time,
        duration: type?.duration ?? Math.round((Date.parse(slot.finish_time) - Date.parse(slot.start_time)) / 60_000),
      };
      if (this.patientId) body.patient_id = this.patientId;
      const created = await client.post('/v1/appointments', { body });
      if (!created) {
        // Held, perhaps, but the answer names no appointment: nothing to confirm or release.
        throw new HeroError('server', 'The Hero API did not say which appointment it reserved.', { outcomeUnknown: true });
      }
      this.reservation = { appointmentId: created.id, reservedUntil: created.reserved_until ?? null, slot };
      this.step = 'summary';
      this.#startCountdown();
      void this.focusOn('#summary-heading');
      this.announce(this.t('announce.reserved'));
      this.emit('hero-appointment-reserve', {
        appointment_id: created.id,
        reserved_until: created.reserved_until ?? null,
        slot,
      } satisfies AppointmentReserveDetail);
    } catch (error) {
      this.#actionFailed(error, () => void this.#handleReserve());
    } finally {
      this.busy = undefined;
    }
  }

  async #handleConfirm(): Promise<void> {
    const reservation = this.reservation;
    if (this.busy || !reservation || this.step !== 'summary') return;
    this.busy = 'book';
    this.actionError = undefined;
    try {
      const client = this.requireClient();
      const path = { id: reservation.appointmentId };
      // The answer may lack the appointment (API-CONTRACT: read it back).
      const appointment =
        (await client.patch('/v1/appointments/{id}/book', { path, body: this.patientId ? { patient_id: this.patientId } : {} })) ??
        (await client.get('/v1/appointments/{id}', { path }));
      this.#stopCountdown();
      this.booked = appointment;
      this.reservation = undefined;
      this.step = 'booked';
      void this.focusOn('#booked-heading');
      this.announce(this.t('announce.booked'));
      this.emit('hero-appointment-book', { appointment } satisfies AppointmentBookDetail);
    } catch (error) {
      this.#actionFailed(error, () => void this.#handleConfirm());
    } finally {
      this.busy = undefined;
    }
  }

  async #handleBack(): Promise<void> {
    const reservation = this.reservation;
    if (this.busy || !reservation) return;
    this.busy = 'cancel';
    try {
      await this.requireClient().patch('/v1/appointments/{id}/cancel', { path: { id: reservation.appointmentId }, body: {} });
    } catch {
      // Not worth stopping the user for: an unreleased hold lapses by itself at `reserved_until`.
    } finally {
      this.busy = undefined;
    }
    this.#backToSlots(undefined);
    this.announce(this.t('announce.released'));
  }

  #handleBookAnother(): void {
    this.booked = undefined;
    this.selectedSlotId = undefined;
    this.notice = undefined;
    this.refreshes++;
    this.step = this.appointmentTypeId ? 'slots' : 'choose';
    void this.focusOn(this.step === 'choose' ? '#choose-heading' : '#slots-heading');
  }

  /** 409 (taken) and 410 (hold ran out) send the user back to the times; anything else shows an error with a retry. */
  #actionFailed(error: unknown, retry: () => void): void {
    if (isAbortError(error)) return;
    const heroError = toHeroError(error);
    if (heroError.status === 409 || heroError.status === 410) {
      this.#stopCountdown();
      this.#backToSlots(this.t(heroError.status === 409 ? 'notice.taken' : 'notice.lapsed'), true);
      return;
    }
    this.reportError(heroError);
    this.actionError = { error: heroError, retry };
  }

  /** Back to the times, reloaded, with the filters and day kept. */
  #backToSlots(notice: string | undefined, dropSelection = false): void {
    this.#stopCountdown();
    this.reservation = undefined;
    this.actionError = undefined;
    if (dropSelection) this.selectedSlotId = undefined;
    this.notice = notice;
    this.step = 'slots';
    this.refreshes++;
    void this.focusOn(notice ? '#notice' : '#slots-heading');
    if (notice) this.announce(notice);
  }

  /** Releases a reservation the user is leaving by other means (a changed attribute). */
  #releaseReservation(): void {
    const reservation = this.reservation;
    if (!reservation) return;
    this.#stopCountdown();
    this.reservation = undefined;
    void this.client?.patch('/v1/appointments/{id}/cancel', { path: { id: reservation.appointmentId }, body: {} }).catch(() => undefined);
  }

  // ───────── Countdown ─────────

  #startCountdown(): void {
    this.#stopCountdown();
    this.#announced.clear();
    const until = this.reservation?.reservedUntil;
    if (!until) return;
    const deadline = Date.parse(until);
    // Thresholds already passed when the hold starts are not announced.
    for (const at of ANNOUNCE_AT_MS) if (deadline - Date.now() <= at) this.#announced.add(at);
    const tick = () => {
      const remaining = Math.max(0, deadline - Date.now());
      this.remainingMs = remaining;
      if (remaining === 0) {
        this.#backToSlots(this.t('notice.lapsed'), true);
        return;
      }
      for (const at of ANNOUNCE_AT_MS) {
        if (remaining <= at && !this.#announced.has(at)) {
          for (const later of ANNOUNCE_AT_MS) if (later >= at) this.#announced.add(later);
          this.announce(
            at >= 60_000
              ? this.t('announce.minutes', { count: Math.round(at / 60_000) })
              : this.t('announce.seconds', { count: Math.round(at / 1000) }),
          );
          break;
        }
      }
    };
    tick();
    this.#countdown = setInterval(tick, 1000);
  }

  #stopCountdown(): void {
    if (this.#countdown !== undefined) clearInterval(this.#countdown);
    this.#countdown = undefined;
  }

  // ───────── Public methods ─────────

  /** Reloads the times (and, after a failure, the appointment types). Choices are kept. */
  refresh(): void {
    if (this.#reference.status === 3) void this.#reference.run();
    this.refreshes++;
  }

  // ───────── Rendering helpers ─────────

  #practitionerName(reference: ReferenceData, id: string): string {
    const p = reference.practitionerById.get(id);
    if (!p) return this.t('slot.unknownPractitioner');
    return patientName(p);
  }

  #locationName(reference: ReferenceData, id: string): string {
    return reference.locationById.get(id)?.name ?? this.t('slot.unknownLocation');
  }

  #price(type: AppointmentType): string {
    return formatPounds(type.price, this.locale);
  }

  #typeFacts(type: AppointmentType): string[] {
    const facts = [this.t('type.duration', { count: type.duration })];
    if (type.in_person) facts.push(this.t('type.inPerson'));
    if (type.telephone) facts.push(this.t('type.telephone'));
    if (type.video) facts.push(this.t('type.video'));
    facts.push(type.sector === 'paid' || type.price > 0 ? this.t('type.paid', { price: this.#price(type) }) : this.t('type.nhs'));
    return facts;
  }

  #when(startMs: number): string {
    return this.t('when', londonDayAndTime(startMs, this.locale));
  }

  #renderLoading(key: string): TemplateResult {
    return html`<div class="loading" part="loading" role="status" aria-busy="true">
      <span class="spinner" aria-hidden="true"></span><span>${this.t(key)}</span>
    </div>`;
  }

  #renderChoose(reference: ReferenceData): TemplateResult {
    const types = reference.types;
    const showLocations = !this.locationId && reference.locations.length > 1;
    const errorId = this.chooseErrors.length ? 'type-error' : undefined;
    return html`
      <h2 id="choose-heading" class="heading" part="heading" tabindex="-1">${this.t('choose.heading')}</h2>
      ${this.renderErrorSummary(this.chooseErrors.map((message) => ({ target: 'first-type', message })), 3)}
      ${types.length === 0
        ? html`<p class="message" part="empty">${this.t('choose.noTypes')}</p>`
        : html`<form class="choose" novalidate @submit=${this.#handleContinue}>
            <fieldset id="type-fieldset" aria-describedby=${errorId ?? nothing} aria-invalid=${errorId ? 'true' : nothing}>
              <legend>${this.t('choose.typeLegend')}</legend>
              ${errorId ? html`<p id="type-error" class="error-message">${this.chooseErrors[0]}</p>` : nothing}
              <div class="options">
                ${types.map((type, i) => {
                  const next = type.next_available_at ? Date.parse(type.next_available_at) : undefined;
                  return html`<label class="option" part="type-option">
                    <input
                      type="radio"
                      id=${i ? nothing : 'first-type'}
                      name="appointment-type"
                      .value=${type.id}
                      .checked=${this.draftTypeId === type.id}
                      @change=${this.#handleTypeChange}
                    />
                    <span class="option-text">
                      <span class="option-name">${type.name}</span>
                      <span class="option-facts">${this.#typeFacts(type).join(' · ')}</span>
                      <span class="option-next">${next === undefined ? this.t('type.noneSoon') : this.t('type.next', { when: this.#when(next) })}</span>
                    </span>
                  </label>`;
                })}
              </div>
            </fieldset>
            ${showLocations
              ? html`<fieldset>
                  <legend>${this.t('choose.locationLegend')}</legend>
                  <div class="options">
                    ${[{ id: '', name: this.t('choose.anyLocation'), address: '' }, ...reference.locations.map((l) => ({
                      id: l.id,
                      name: l.name,
                      address: [l.address_line_1, l.address_line_2, l.town, l.postcode].filter(Boolean).join(', '),
                    }))].map(
                      (l) => html`<label class="option" part="location-option">
                        <input type="radio" name="location" .value=${l.id} .checked=${this.draftLocationId === l.id} @change=${this.#handleDraftLocation} />
                        <span class="option-text">
                          <span class="option-name">${l.name}</span>
                          ${l.address ? html`<span class="option-facts">${l.address}</span>` : nothing}
                        </span>
                      </label>`,
                    )}
                  </div>
                </fieldset>`
              : nothing}
            <button type="submit" class="button" part="continue-button">${this.t('choose.continue')}</button>
          </form>`}
    `;
  }

  #renderFilters(reference: ReferenceData): TemplateResult {
    const type = this.typeId ? reference.typeById.get(this.typeId) : undefined;
    const sameKind = reference.practitioners.filter((p) => !type || p.practitioner_type === type.practitioner_type);
    const practitioners = (sameKind.length ? sameKind : reference.practitioners)
      .slice()
      .sort((a, b) => a.last_name.localeCompare(b.last_name) || a.first_name.localeCompare(b.first_name));
    const showLocations = !this.locationId && reference.locations.length > 1;
    return html`<div class="filters" part="filters">
      ${showLocations
        ? html`<label class="filter">
            <span>${this.t('filter.location')}</span>
            <select part="location-filter" @change=${this.#handleLocationFilter}>
              <option value="" ?selected=${!this.locationFilter}>${this.t('filter.anyLocation')}</option>
              ${reference.locations.map((l) => html`<option value=${l.id} ?selected=${this.locationFilter === l.id}>${l.name}</option>`)}
            </select>
          </label>`
        : nothing}
      <label class="filter">
        <span>${this.t('filter.practitioner')}</span>
        <select part="practitioner-filter" @change=${this.#handlePractitionerFilter}>
          <option value="" ?selected=${!this.practitionerFilter}>${this.t('filter.anyPractitioner')}</option>
          ${practitioners.map(
            (p) => html`<option value=${p.id} ?selected=${this.practitionerFilter === p.id}>${this.#practitionerName(reference, p.id)}</option>`,
          )}
        </select>
      </label>
    </div>`;
  }

  #renderDayNav(window: SlotWindow | undefined, day: string): TemplateResult {
    const days = this.visibleDays;
    const first = days[0] ?? this.weekStart;
    const last = days[days.length - 1] ?? this.weekStart;
    const loading = this.#slots.status === 1;
    const prevDisabled = this.weekStart <= this.#today() || loading;
    const nextBusy = this.busy === 'next';
    return html`<nav class="day-nav" part="day-nav" aria-labelledby="range">
      <div class="week">
        <button type="button" class="button secondary nav-button" part="nav-button" aria-disabled=${prevDisabled}
          @click=${() => !prevDisabled && this.#handleWeek(-1)}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="2"/></svg>
          <span>${this.t('nav.previous')}</span>
        </button>
        <p id="range" class="range">${this.t('nav.range', { from: formatLondonDay(first, this.locale, 'short'), to: formatLondonDay(last, this.locale, 'short', true) })}</p>
        <button type="button" class="button secondary nav-button" part="nav-button" aria-disabled=${loading}
          @click=${() => !loading && this.#handleWeek(1)}>
          <span>${this.t('nav.next')}</span>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" stroke-width="2"/></svg>
        </button>
      </div>
      <div class="days" role="tablist" aria-label=${this.t('nav.label')} @click=${this.#handleDayClick} @keydown=${this.#handleDayKeydown}>
        ${days.map((d) => {
          const count = window?.byDay.get(d)?.length ?? 0;
          const selected = d === day;
          const long = formatLondonDay(d, this.locale);
          return html`<button
            type="button"
            role="tab"
            id=${`day-${d}`}
            data-day=${d}
            class="day ${count ? '' : 'no-slots'}"
            part=${selected ? 'day day-selected' : 'day'}
            aria-selected=${selected}
            aria-controls="day-panel"
            tabindex=${selected ? '0' : '-1'}
          >
            <span class="day-name" aria-hidden="true">${formatLondonDay(d, this.locale, 'short')}</span>
            <span class="visually-hidden">${long},</span>
            <span class="day-count">${window ? (count ? this.t('day.count', { count }) : this.t('day.none')) : nothing}</span>
          </button>`;
        })}
      </div>
      <button type="button" class="button secondary nav-button next-available" part="nav-button"
        aria-disabled=${nextBusy || loading} @click=${() => !(nextBusy || loading) && void this.#handleNextAvailable()}>
        ${nextBusy ? this.t('loading.nextAvailable') : this.t('nav.nextAvailable')}
      </button>
      ${this.navMessage ? html`<p class="message" part="notice">${this.navMessage}</p>` : nothing}
    </nav>`;
  }

  #renderSlots(reference: ReferenceData, window: SlotWindow, day: string): TemplateResult {
    if (window.slots.length === 0) {
      const from = formatLondonDay(window.start, this.locale);
      const to = formatLondonDay(window.end, this.locale, 'long', true);
      const next = window.nextAvailable;
      return html`<div class="message empty" part="empty">
        <p>${this.t('empty.window', { from, to })}</p>
        ${next
          ? html`<button type="button" class="button secondary" @click=${() => this.#goToDay(next)}>
              ${this.t('empty.goTo', { day: formatLondonDay(next, this.locale, 'long', true) })}
            </button>`
          : html`<p>${this.t('empty.noneSoon', { weeks: LOOKAHEAD_DAYS / WEEK })}</p>`}
      </div>`;
    }
    const views = window.byDay.get(day) ?? [];
    const longDay = formatLondonDay(day, this.locale);
    if (views.length === 0) return html`<p class="message empty" part="empty">${this.t('day.empty', { day: longDay })}</p>`;
    const focusId = views.some((v) => v.slot.id === this.activeSlotId)
      ? this.activeSlotId
      : views.some((v) => v.slot.id === this.selectedSlotId)
        ? this.selectedSlotId
        : views[0]?.slot.id;
    return html`<div
      class="slots"
      part="slots"
      role="listbox"
      aria-label=${this.t('slots.listLabel', { day: longDay })}
      @click=${this.#handleSlotClick}
      @keydown=${(e: KeyboardEvent) => this.#handleSlotKeydown(e, views)}
    >
      ${PERIODS.map((period) => {
        const group = views.filter((v) => v.period === period);
        if (!group.length) return nothing;
        const label = this.t(`period.${period}`);
        return html`<div class="period" part="period" role="group" aria-label=${label}>
          <div class="period-heading" part="period-heading" aria-hidden="true">${label}</div>
          <div class="period-slots">${group.map((v) => this.#renderSlot(reference, v, focusId))}</div>
        </div>`;
      })}
    </div>`;
  }

  #renderSlot(reference: ReferenceData, view: SlotView, focusId: string | undefined): TemplateResult {
    const { slot } = view;
    const selected = slot.id === this.selectedSlotId;
    const time = formatLondonTime(view.startMs, this.locale);
    const practitioner = this.#practitionerName(reference, slot.practitioner_id);
    const location = this.#locationName(reference, slot.location_id);
    return html`<div
      role="option"
      id=${`slot-${slot.id}`}
      data-id=${slot.id}
      class="slot"
      part=${selected ? 'slot slot-selected' : 'slot'}
      aria-selected=${selected}
      tabindex=${slot.id === focusId ? '0' : '-1'}
    >
      <span class="slot-time">${time}<span class="visually-hidden">,</span></span>
      <span class="slot-detail">${practitioner}<span class="visually-hidden">,</span></span>
      <span class="slot-detail">${location}</span>
    </div>`;
  }

  #renderSelection(reference: ReferenceData, view: SlotView): TemplateResult {
    const busy = this.busy === 'reserve';
    return html`<div class="selection" part="selection">
      <p>
        ${this.t('selection.text', {
          when: this.#when(view.startMs),
          practitioner: this.#practitionerName(reference, view.slot.practitioner_id),
          location: this.#locationName(reference, view.slot.location_id),
        })}
      </p>
      <button type="button" class="button" part="reserve-button" aria-disabled=${busy} @click=${this.#handleReserve}>
        ${busy ? this.t('selection.reserving') : this.t('selection.reserve')}
      </button>
    </div>`;
  }

  #renderSlotsStep(reference: ReferenceData): TemplateResult {
    const window = this.#slots.value;
    const day = this.dayOnScreen(window);
    const type = this.typeId ? reference.typeById.get(this.typeId) : undefined;
    const selected = this.#slotById(this.selectedSlotId);
    const status = this.#slots.status;
    return html`
      <div class="slots-header">
        <h2 id="slots-heading" class="heading" part="heading" tabindex="-1">${this.t('slots.heading')}</h2>
        ${type ? html`<p class="type-line">${type.name} · ${this.#typeFacts(type).join(' · ')}</p>` : nothing}
        ${!this.appointmentTypeId
          ? html`<button type="button" class="button secondary small" @click=${this.#handleChangeType}>${this.t('slots.changeType')}</button>`
          : nothing}
      </div>
      ${this.notice ? html`<div id="notice" class="message warning" part="notice" role="alert" tabindex="-1">${this.notice}</div>` : nothing}
      ${this.#renderFilters(reference)} ${this.#renderDayNav(status === 2 ? window : undefined, day)}
      <div id="day-panel" class="day-panel" role="tabpanel" aria-labelledby=${`day-${day}`} aria-busy=${status === 1}>
        ${this.#slots.render({
          pending: () => this.#renderLoading('loading.slots'),
          complete: (w) => (w ? this.#renderSlots(reference, w, day) : nothing),
          error: (error) => this.renderError(error, () => void this.#slots.run()),
        })}
      </div>
      ${status === 2 && selected ? this.#renderSelection(reference, selected) : nothing}
      ${this.actionError ? this.renderError(this.actionError.error, this.actionError.retry) : nothing}
    `;
  }

  /** What is shown of a held slot or a booked appointment (both carry these fields). */
  #renderDetails(
    reference: ReferenceData,
    slot: Pick<Slot, 'appointment_type_id' | 'practitioner_id' | 'location_id'> & { start_time: string },
    duration?: number,
  ): TemplateResult {
    const type = reference.typeById.get(slot.appointment_type_id);
    const startMs = Date.parse(slot.start_time);
    return html`<dl class="details">
      <div><dt>${this.t('summary.when')}</dt><dd>${this.#when(startMs)}</dd></div>
      ${type ? html`<div><dt>${this.t('summary.type')}</dt><dd>${type.name}</dd></div>` : nothing}
      <div><dt>${this.t('summary.with')}</dt><dd>${this.#practitionerName(reference, slot.practitioner_id)}</dd></div>
      <div><dt>${this.t('summary.where')}</dt><dd>${this.#locationName(reference, slot.location_id)}</dd></div>
      <div><dt>${this.t('summary.length')}</dt><dd>${this.t('type.duration', { count: duration ?? type?.duration ?? 0 })}</dd></div>
      ${type
        ? html`<div><dt>${this.t('summary.cost')}</dt><dd>${type.sector === 'paid' || type.price > 0 ? this.#price(type) : this.t('summary.free')}</dd></div>`
        : nothing}
    </dl>`;
  }

  #renderSummary(reference: ReferenceData, reservation: SlotReservation): TemplateResult {
    const booking = this.busy === 'book';
    const cancelling = this.busy === 'cancel';
    const seconds = Math.ceil(this.remainingMs / 1000);
    const mmss = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
    return html`<section class="panel summary" part="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" class="heading" part="heading" tabindex="-1">${this.t('summary.heading')}</h2>
      ${reservation.reservedUntil
        ? html`<p class="hold">
            <span>${this.t('summary.holding')}</span>
            <span class="countdown" part="countdown" role="timer" aria-label=${this.t('summary.holdingAria', { count: Math.ceil(seconds / 60) })}>${mmss}</span>
          </p>`
        : nothing}
      ${this.#renderDetails(reference, reservation.slot)}
      ${this.actionError ? this.renderError(this.actionError.error, this.actionError.retry) : nothing}
      <div class="actions">
        <button type="button" class="button" part="confirm-button" aria-disabled=${booking || cancelling} @click=${this.#handleConfirm}>
          ${booking ? this.t('summary.confirming') : this.t('summary.confirm')}
        </button>
        <button type="button" class="button secondary" part="back-button" aria-disabled=${booking || cancelling} @click=${this.#handleBack}>
          ${cancelling ? this.t('summary.cancelling') : this.t('summary.back')}
        </button>
      </div>
    </section>`;
  }

  #renderBooked(reference: ReferenceData, appointment: Appointment): TemplateResult {
    const { start_time } = appointment;
    return html`<section class="panel confirmation" part="confirmation" aria-labelledby="booked-heading">
      <h2 id="booked-heading" class="heading" part="heading" tabindex="-1">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path d="m5 12.5 4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.5"/></svg>
        ${this.t('booked.heading')}
      </h2>
      <p>${this.t('booked.text')}</p>
      ${start_time ? this.#renderDetails(reference, { ...appointment, start_time }, appointment.duration) : nothing}
      <button type="button" class="button secondary" @click=${this.#handleBookAnother}>${this.t('booked.another')}</button>
    </section>`;
  }

  #renderStep(reference: ReferenceData): TemplateResult | typeof nothing {
    switch (this.step) {
      case 'choose':
        return this.#renderChoose(reference);
      case 'slots':
        return this.#renderSlotsStep(reference);
      case 'summary':
        return this.reservation ? this.#renderSummary(reference, this.reservation) : nothing;
      case 'booked':
        return this.booked ? this.#renderBooked(reference, this.booked) : nothing;
    }
  }

  protected override renderContent() {
    return html`<div class="base" part="base">
      ${this.#reference.render({
        initial: () => this.#renderLoading('loading.reference'),
        pending: () => this.#renderLoading('loading.reference'),
        complete: (reference) => this.#renderStep(reference),
        error: (error) => this.renderError(error, () => this.refresh()),
      })}
      ${this.renderAnnouncer()}
    </div>`;
  }
}
