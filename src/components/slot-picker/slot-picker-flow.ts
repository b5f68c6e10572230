/**
 * The booking half of `<hero-slot-picker>`, as a Lit `ReactiveController`: holding a time,
 * booking it, moving an appointment, and what to do when the answer to any of these is lost.
 *
 * - Every hold and booking is bound to the subject it started with (the host's `subject()`: patient,
 *   type, location, reschedule id, tenant). A reserve that completes after the subject changed is
 *   released; a booking that completes after is reported (`hero-appointment-book`) but not shown.
 * - Nothing that changes something is re-sent automatically. An unknown outcome is read back
 *   (`checkBooking`, `checkMove`, or a search for the lost hold) and only then is a deliberately
 *   worded second attempt offered.
 * - Taken (409, a 400 about availability) and lapsed (410, the countdown) go back to the times
 *   with a plain notice and no `hero-error`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, toHeroError, type HeroError } from '../../api/errors.js';
import type { Appointment, Slot } from '../../api/types.js';
import { formatLondonTime } from '../../domain/london-time.js';
import type { ApiClient } from '../../internal/element-client.js';
import type { Translate } from '../../internal/ui/index.js';
import { HoldCountdown, WARN_AT_MS } from './hold-countdown.js';
import * as api from './slot-picker-api.js';

/** Steps of the flow, in order. */
export type SlotPickerStep = 'choose' | 'slots' | 'summary' | 'booked';

/** A live reservation, bound to the subject (patient, type, location, tenant) it was made for. */
export interface SlotReservation {
  appointmentId: string;
  reservedUntil: string | null;
  slot: Slot;
  patientId: string | undefined;
  subject: string;
  /** The client (configuration, tenant) it was made with: released, booked and read back through it only. */
  client: ApiClient;
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
export interface Outcome {
  of: 'reserve' | 'book' | 'move';
  state: 'checking' | 'unknown' | 'not-done';
}

export type Busy = 'reserve' | 'book' | 'cancel' | 'extend';

/** What the flow needs from the element. */
export interface FlowHost {
  /** The subject now (see the module comment). */
  subject(): string;
  client(): ApiClient;
  staff(): boolean;
  /** The patient to book for now (`patient-id`). */
  patientId(): string | undefined;
  /** Minutes of an appointment in `slot`. */
  duration(slot: Slot): number;
  t: Translate;
  locale(): string;
  emit(type: string, detail: unknown): void;
  announce(text: string): void;
  reportError(error: unknown): void;
  focus(selector: string): void;
  show(step: SlotPickerStep): void;
  setNotice(text: string | undefined): void;
  /** Back to the times, reloaded, with a notice; `drop` forgets the chosen time. */
  toSlots(notice: string | undefined, drop: boolean): void;
}

export class BookingFlow implements ReactiveController {
  readonly #el: ReactiveControllerHost;
  readonly #host: FlowHost;
  reservation: SlotReservation | undefined;
  outcome: Outcome | undefined;
  busy: Busy | undefined;
  /** The booked (or moved) appointment. */
  done: { appointment: Appointment; moved: boolean } | undefined;
  /** A refusal that is not "taken" or "lapsed", shown beside the one action. */
  error: HeroError | undefined;
  /** "We will hold this time for you until …" after "I need more time". */
  extendedText: string | undefined;
  readonly hold: HoldCountdown;

  constructor(el: ReactiveControllerHost, host: FlowHost) {
    this.#el = el;
    this.#host = host;
    el.addController(this);
    const t = host.t;
    this.hold = new HoldCountdown(el, {
      onAnnounce: (at) =>
        host.announce(
          at === WARN_AT_MS
            ? t('announce.warn')
            : at >= 60_000
              ? t('announce.minutes', { count: Math.round(at / 60_000) })
              : t('announce.seconds', { count: Math.round(at / 1000) }),
        ),
      // A booking that may have gone through is not declared lapsed.
      onLapse: () => !this.outcome && this.reservation && this.#toSlots(t('notice.lapsed'), true),
    });
  }

  hostConnected(): void {}

  #set(patch: Partial<Pick<BookingFlow, 'reservation' | 'outcome' | 'busy' | 'done' | 'error' | 'extendedText'>>): void {
    Object.assign(this, patch);
    this.#el.requestUpdate();
  }

  /** Forgets everything (a new subject, "Book another"); returns the hold to release, if any. */
  reset(): SlotReservation | undefined {
    const held = this.reservation;
    this.hold.stop();
    this.#set({ reservation: undefined, outcome: undefined, busy: undefined, done: undefined, error: undefined, extendedText: undefined });
    return held;
  }

  clearError(): void {
    if (this.error || this.outcome?.of === 'reserve') this.#set({ error: undefined, outcome: undefined });
  }

  /** Reserves `slot` (staff: and books it straight away). With `extending`, renews that hold on the same slot. */
  async reserve(slot: Slot, extending?: SlotReservation): Promise<void> {
    const host = this.#host;
    if (this.busy) return;
    const subject = host.subject();
    const patientId = extending ? extending.patientId : host.patientId();
    this.#set({ busy: extending ? 'extend' : 'reserve', error: undefined, outcome: undefined });
    if (!extending) host.setNotice(undefined);
    try {
      const client = host.client();
      // Renewing: release the hold, then reserve the same slot again (a failed release may mean it already went).
      if (extending) await api.releaseHold(extending.client, extending.appointmentId);
      const created = await api.reserveSlot(client, slot, host.duration(slot), patientId);
      if (subject !== host.subject()) return void api.releaseHold(client, created.id);
      this.#set({ busy: undefined });
      await this.#held(
        { appointmentId: created.id, reservedUntil: created.reserved_until, slot, patientId, subject, client },
        Boolean(extending),
      );
    } catch (error) {
      if (subject !== host.subject() || isAbortError(error)) return;
      const e = toHeroError(error);
      if (e.outcomeUnknown) return void this.#reserveUnknown(host.client(), slot, patientId, subject);
      this.#failed(e);
    } finally {
      if (this.busy === 'reserve' || this.busy === 'extend') this.#set({ busy: undefined });
    }
  }

  /** A hold is in place: the check step (or, for staff, straight on to book it). */
  async #held(reservation: SlotReservation, extended: boolean): Promise<void> {
    const host = this.#host;
    this.#set({ reservation, extendedText: undefined });
    this.hold.start(reservation.reservedUntil);
    if (extended) {
      const until = reservation.reservedUntil ? Date.parse(reservation.reservedUntil) : NaN;
      if (!Number.isFinite(until)) return;
      this.#set({ extendedText: host.t('hold.extended', { time: formatLondonTime(until, host.locale()) }) });
      return host.announce(this.extendedText!);
    }
    host.emit('hero-appointment-reserve', {
      appointment_id: reservation.appointmentId,
      reserved_until: reservation.reservedUntil,
      slot: reservation.slot,
    } satisfies AppointmentReserveDetail);
    host.show('summary');
    if (host.staff()) return this.confirm();
    host.focus('#summary-heading');
    host.announce(host.t('announce.reserved'));
  }

  /** A reserve whose answer was lost: look for the hold (when a patient is known), else say so. */
  async #reserveUnknown(client: ApiClient, slot: Slot, patientId: string | undefined, subject: string): Promise<void> {
    const host = this.#host;
    this.hold.stop();
    this.#set({ reservation: undefined, outcome: { of: 'reserve', state: 'checking' } });
    host.show('slots');
    const found = patientId ? await api.findReservation(client, patientId, slot) : undefined;
    if (subject !== host.subject()) return;
    if (found) {
      this.#set({ outcome: undefined });
      return this.#held({ appointmentId: found.id, reservedUntil: found.reserved_until, slot, patientId, subject, client }, false);
    }
    this.#set({ outcome: { of: 'reserve', state: 'unknown' } });
    host.focus('#outcome');
  }

  /** Books the hold, for the patient it was made for (whatever the attributes say now). */
  async confirm(): Promise<void> {
    const reservation = this.reservation;
    if (this.busy === 'book' || this.busy === 'cancel' || !reservation) return;
    this.#set({ busy: 'book', error: undefined, outcome: undefined });
    try {
      this.#booked(await api.bookReservation(reservation.client, reservation.appointmentId, reservation.patientId), reservation);
    } catch (error) {
      if (isAbortError(error) || reservation !== this.reservation) return;
      const e = toHeroError(error);
      if (e.outcomeUnknown) return void this.checkBooking();
      this.#failed(e);
      if (this.reservation) this.#host.focus('#summary-heading');
    } finally {
      this.#set({ busy: undefined });
    }
  }

  #booked(appointment: Appointment, reservation: SlotReservation): void {
    const host = this.#host;
    host.emit('hero-appointment-book', { appointment } satisfies AppointmentBookDetail);
    // Completed for its own subject; a view for another patient does not claim it.
    if (reservation.subject !== host.subject()) return host.setNotice(host.t('notice.changedDone'));
    this.#finish(appointment, false);
  }

  #finish(appointment: Appointment, moved: boolean): void {
    this.hold.stop();
    this.#set({ reservation: undefined, outcome: undefined, busy: undefined, done: { appointment, moved } });
    this.#host.show('booked');
    this.#host.focus('#booked-heading');
    this.#host.announce(this.#host.t(moved ? 'announce.moved' : 'announce.booked'));
  }

  /** Reads a booking back after an unknown outcome: booked, still held (a deliberate second try), gone, or still unknown. */
  async checkBooking(): Promise<void> {
    const reservation = this.reservation;
    if (!reservation) return;
    this.#set({ outcome: { of: 'book', state: 'checking' }, busy: undefined });
    const check = await api.checkBooking(reservation.client, reservation.appointmentId).catch(() => ({ outcome: 'unknown' as const }));
    if (reservation !== this.reservation) return;
    if (check.outcome === 'booked') return this.#booked(check.appointment, reservation);
    if (check.outcome === 'gone') return this.#toSlots(this.#host.t('notice.lapsed'), true);
    this.#set({ outcome: { of: 'book', state: check.outcome === 'held' ? 'not-done' : 'unknown' } });
    this.#host.focus('#outcome');
  }

  /** Moves `original` to `slot`, reading back when the answer is lost. */
  async move(original: Appointment, slot: Slot): Promise<void> {
    if (this.busy) return;
    const subject = this.#host.subject();
    this.#set({ busy: 'book', error: undefined, outcome: undefined });
    try {
      this.#moved(await api.rescheduleTo(this.#host.client(), original.id, slot, this.#host.duration(slot)), original, subject);
    } catch (error) {
      if (isAbortError(error) || subject !== this.#host.subject()) return;
      const e = toHeroError(error);
      if (e.outcomeUnknown) return void this.checkMove(original, slot);
      this.#failed(e);
    } finally {
      this.#set({ busy: undefined });
    }
  }

  /** Reads a move back after an unknown outcome: moved, not moved (a deliberate second try), or still unknown. */
  async checkMove(original: Appointment, slot: Slot): Promise<void> {
    const subject = this.#host.subject();
    this.#set({ outcome: { of: 'move', state: 'checking' }, busy: undefined });
    const check = await api.checkMove(this.#host.client(), original.id, slot.start_time).catch(() => ({ outcome: 'unknown' as const }));
    if (subject !== this.#host.subject()) return;
    if (check.outcome === 'moved') return this.#moved(check.appointment, original, subject);
    this.#set({ outcome: { of: 'move', state: check.outcome === 'not-moved' ? 'not-done' : 'unknown' } });
    this.#host.focus('#outcome');
  }

  #moved(appointment: Appointment, original: Appointment, subject: string): void {
    this.#host.emit('hero-appointment-reschedule', {
      appointment,
      previous_start_time: original.start_time,
    } satisfies AppointmentRescheduleDetail);
    if (subject === this.#host.subject()) this.#finish(appointment, true);
  }

  /** "Back to times": releases the hold (once; a hold also lapses by itself) and goes back. */
  async back(): Promise<void> {
    const reservation = this.reservation;
    if (this.busy) return;
    if (reservation) {
      this.#set({ busy: 'cancel' });
      await api.releaseHold(reservation.client, reservation.appointmentId);
      this.#set({ busy: undefined });
      this.#host.announce(this.#host.t('announce.released'));
    }
    this.#toSlots(undefined, false);
  }

  /** Taken or lapsed: back to the times, said plainly (no hero-error); anything else: the error beside the one action. */
  #failed(error: HeroError): void {
    const refusal = api.refusalOf(error);
    if (refusal) return this.#toSlots(this.#host.t(refusal === 'taken' ? 'notice.taken' : 'notice.lapsed'), true);
    this.#host.reportError(error);
    this.#set({ error });
  }

  #toSlots(notice: string | undefined, drop: boolean): void {
    this.reset();
    this.#host.toSlots(notice, drop);
  }
}
