/**
 * The hold on a reserved time, as a Lit `ReactiveController`: ticks every second while the host
 * is on the page, re-renders it, and tells it when a warning or the end is reached. The rules are
 * pure functions (`holdPhase`, `holdDeadline`, `formatHold`, `dueAnnouncement`), tested in Node.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `ok`: plenty of time; `warn`: two minutes or less (offer more time, say so); `lapsed`: over. */
export type HoldPhase = 'ok' | 'warn' | 'lapsed';

/** From this much time left the user is warned and offered more time. */
export const WARN_AT_MS = 2 * 60_000;

/** Remaining hold (ms) at which the countdown is announced to screen readers. */
export const ANNOUNCE_AT_MS: readonly number[] = [10 * 60_000, 5 * 60_000, WARN_AT_MS, 60_000, 30_000];

export function holdPhase(msLeft: number): HoldPhase {
  if (!(msLeft > 0)) return 'lapsed';
  return msLeft <= WARN_AT_MS ? 'warn' : 'ok';
}

/** The hold's end (ms), or undefined when the API gave none or one that is not a time (never NaN). */
export function holdDeadline(reservedUntil: string | null | undefined): number | undefined {
  if (!reservedUntil) return undefined;
  const ms = Date.parse(reservedUntil);
  return Number.isFinite(ms) ? ms : undefined;
}

/** `mm:ss` of what is left (never negative). */
export function formatHold(msLeft: number): string {
  const seconds = Math.max(0, Math.ceil((Number.isFinite(msLeft) ? msLeft : 0) / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The announcement threshold crossed between two readings of the time left (the smallest one), if any. */
export function dueAnnouncement(previousMs: number, msLeft: number, thresholds: readonly number[] = ANNOUNCE_AT_MS): number | undefined {
  let due: number | undefined;
  for (const at of thresholds) if (msLeft <= at && previousMs > at && (due === undefined || at < due)) due = at;
  return due;
}

export interface HoldCallbacks {
  /** A threshold of `ANNOUNCE_AT_MS` was crossed. */
  onAnnounce(atMs: number): void;
  /** The hold ran out. */
  onLapse(): void;
}

export class HoldCountdown implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #callbacks: HoldCallbacks;
  #deadline: number | undefined;
  #previous = Infinity;
  #timer: ReturnType<typeof setInterval> | undefined;
  /** Time left (ms) at the last tick. */
  msLeft = 0;

  constructor(host: ReactiveControllerHost, callbacks: HoldCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  get phase(): HoldPhase {
    return holdPhase(this.msLeft);
  }

  /** Whether a hold with an end is being counted down. */
  get running(): boolean {
    return this.#deadline !== undefined;
  }

  /** Starts counting down to `reservedUntil` (nothing is counted when it is missing or not a time). */
  start(reservedUntil: string | null | undefined): void {
    this.stop();
    this.#deadline = holdDeadline(reservedUntil);
    if (this.#deadline === undefined) return;
    // Thresholds already passed when the hold starts are not announced.
    this.#previous = this.#deadline - Date.now();
    this.#run();
  }

  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#deadline = undefined;
  }

  hostConnected(): void {
    if (this.#deadline !== undefined && this.#timer === undefined) this.#run();
  }

  hostDisconnected(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #run(): void {
    this.#tick();
    if (this.#deadline !== undefined) this.#timer = setInterval(() => this.#tick(), 1000);
  }

  #tick(): void {
    if (this.#deadline === undefined) return;
    const left = Math.max(0, this.#deadline - Date.now());
    this.msLeft = left;
    this.#host.requestUpdate();
    if (left === 0) {
      this.stop();
      this.#callbacks.onLapse();
      return;
    }
    const due = dueAnnouncement(this.#previous, left);
    this.#previous = left;
    if (due !== undefined) this.#callbacks.onAnnounce(due);
  }
}
