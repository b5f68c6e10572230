/**
 * Follows one sent message's delivery (`GET /v1/messages/{id}/status`) for the composer, as a Lit
 * `ReactiveController`:
 *
 * - polls with backoff (`delays`, the last repeating), at most `maxPolls` times, then says it
 *   stopped (`stopped`); a scheduled message is looked at again once its time has come;
 * - stops on a final state (`delivered`, `declined`, `fatal`);
 * - pauses while the host is out of the page (the request in flight is aborted) and resumes when
 *   it is put back;
 * - is bound to the patient the message was sent to: before every poll it asks the host for its
 *   current patient and stops for good when it is another (it never polls another patient's
 *   message, nor reports one to the host); a status naming another message is ignored.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../api/errors.js';
import type { MessageDeliveryState } from '../../api/types.js';
import type { DeliveryStatus } from './message-composer-api.js';

/** Delivery states after which nothing changes. */
export const FINAL_STATES: ReadonlySet<MessageDeliveryState> = new Set(['delivered', 'declined', 'fatal']);

/** The wait before poll number `attempt` (0-based): the schedule's entry, its last entry repeating. */
export function pollDelay(attempt: number, delays: readonly number[]): number {
  return delays[Math.min(attempt, delays.length - 1)] ?? 2000;
}

/** What the host is shown of the delivery. */
export interface Delivery {
  response?: MessageDeliveryState;
  reason?: string | null;
  /** The last poll failed (trying again). */
  unreachable?: boolean;
  /** Stopped after `maxPolls` without a final state. */
  stopped?: boolean;
}

export interface DeliveryPollerOptions {
  /** Reads a message's status (the API call, bound to the host's client). */
  load: (messageId: string, signal: AbortSignal) => Promise<DeliveryStatus>;
  /** The patient the host shows now: polling stops when it is not the message's. */
  currentPatient: () => string | undefined;
  /** The waits between polls (ms), the last repeating. */
  delays: () => readonly number[];
  /** Most polls. */
  maxPolls: () => number;
  /** The delivery state changed (not on every poll): the host emits and announces. */
  onChange?: (messageId: string, response: MessageDeliveryState) => void;
}

interface Following {
  messageId: string;
  patientId: string;
  attempt: number;
  timer?: ReturnType<typeof setTimeout> | undefined;
  controller?: AbortController | undefined;
}

export class DeliveryPoller implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: DeliveryPollerOptions;
  #following: Following | undefined;
  #connected = false;
  /** The delivery of the message followed (or last followed). */
  delivery: Delivery = {};

  constructor(host: ReactiveControllerHost, options: DeliveryPollerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The message being followed and its patient, or undefined. */
  get subject(): { messageId: string; patientId: string } | undefined {
    const f = this.#following;
    return f && { messageId: f.messageId, patientId: f.patientId };
  }

  /** Whether a poll is waiting or in flight. */
  get active(): boolean {
    return Boolean(this.#following);
  }

  /** Starts following `messageId`, sent to `patientId` (anything followed before is dropped). */
  follow(messageId: string, patientId: string): void {
    this.stop();
    this.delivery = {};
    if (!messageId) return;
    this.#following = { messageId, patientId, attempt: 0 };
    this.#schedule();
  }

  /** Stops following, for good (the delivery shown is cleared). */
  stop(): void {
    this.#pause();
    this.#following = undefined;
  }

  /** Stops and forgets what was shown. */
  reset(): void {
    this.stop();
    this.delivery = {};
  }

  hostConnected(): void {
    this.#connected = true;
    // Put back in the page while a delivery was being followed: follow it again.
    if (this.#following && !this.#following.timer && !this.#following.controller) this.#schedule(0);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#pause();
  }

  #pause(): void {
    const f = this.#following;
    if (!f) return;
    clearTimeout(f.timer);
    f.timer = undefined;
    f.controller?.abort();
    f.controller = undefined;
  }

  #set(delivery: Delivery): void {
    this.delivery = delivery;
    this.#host.requestUpdate();
  }

  #schedule(wait?: number): void {
    const f = this.#following;
    if (!f || !this.#connected) return;
    if (f.attempt >= this.#options.maxPolls()) {
      this.#following = undefined;
      this.#set({ ...this.delivery, stopped: true });
      return;
    }
    const delay = Math.min(wait ?? pollDelay(f.attempt, this.#options.delays()), 2 ** 31 - 1);
    f.timer = setTimeout(() => void this.#poll(f), delay);
  }

  async #poll(f: Following): Promise<void> {
    if (this.#following !== f) return;
    f.timer = undefined;
    // Never another patient's message: the host moved on, so this one is no longer followed here.
    if (this.#options.currentPatient() !== f.patientId) {
      this.reset();
      this.#host.requestUpdate();
      return;
    }
    const controller = new AbortController();
    f.controller = controller;
    f.attempt++;
    try {
      const result = await this.#options.load(f.messageId, controller.signal);
      if (this.#following !== f || controller.signal.aborted) return;
      f.controller = undefined;
      if (result.messageId !== f.messageId) throw new Error('status of another message');
      const changed = result.response !== this.delivery.response;
      this.#set({ response: result.response, reason: result.reason });
      if (changed) this.#options.onChange?.(f.messageId, result.response);
      if (FINAL_STATES.has(result.response)) {
        this.#following = undefined;
        return;
      }
      // A scheduled message: look again once its time has come.
      const untilSend = result.scheduledSendAt ? Date.parse(result.scheduledSendAt) - Date.now() : 0;
      this.#schedule(untilSend > 0 ? untilSend + pollDelay(0, this.#options.delays()) : undefined);
    } catch (error) {
      if (this.#following !== f || controller.signal.aborted || isAbortError(error)) return;
      f.controller = undefined;
      this.#set({ ...this.delivery, unreachable: true });
      this.#schedule();
    }
  }
}
