/**
 * Sending one message, exactly once, for the patient it was written for: a Lit
 * `ReactiveController` holding the send's state for `<hero-message-composer>`.
 *
 * - `send()` makes one `POST /v1/messages/send` and ignores presses while it is in flight.
 * - A failure that may have reached Hero (`HeroError.outcomeUnknown`: a 500/502/504, a dropped
 *   connection, a timeout) is never re-sent: the flow becomes `uncertain`, reads the patient's
 *   latest message back (`readBack()`, again on demand), and only `send()` after the user's
 *   explicit confirmation (`askAgain()`, then the host's confirm button) sends again.
 * - `changeSubject()` (the patient or configuration changed) starts a new flow: a send in flight
 *   completes for its original patient, and its outcome is told as a notice, never as this screen's
 *   "Message sent".
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, type HeroError } from '../../api/errors.js';
import type { MessageSendRequest } from '../../api/types.js';
import type { LatestMessage } from '../../domain/sent-messages.js';
import type { ApiClient } from '../../internal/element-client.js';
import { loadLastMessage, sendMessage, type SendAnswer } from './message-composer-api.js';
import type { Uncertain } from './review-view.js';

/** Why the host started again without being asked, shown until the next action. */
export type Notice = 'discarded' | 'inflight' | 'inflightDone' | 'inflightUnknown' | 'inflightFailed';

export interface SendFlowOptions {
  client: () => ApiClient;
  signal: () => AbortSignal;
  /** Fires `hero-error` and gives the HeroError (undefined for an abort). */
  report: (error: unknown) => HeroError | undefined;
  /** Hero accepted the message. `current`: still this screen's patient (false: a notice was given instead). */
  accepted: (answer: SendAnswer, request: MessageSendRequest, patientId: string, current: boolean) => void;
  /** Hero refused it (it did not go): the host shows why. */
  refused: (error: HeroError) => void;
  /** The outcome became unknown, or a notice was given: the host announces and moves focus. */
  told: (what: 'uncertain' | Notice) => void;
  /** Words for a message found by the read-back: when, and by what. */
  describe: (latest: LatestMessage) => { when: string; channel: string };
}

/** A minute's grace for clocks that differ, when the read-back looks for a message since Send. */
const CLOCK_GRACE_MS = 60_000;

export class SendFlow implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #o: SendFlowOptions;
  #flow = 0;
  sending = false;
  /** The last send definitely failed (it did not go). */
  error: HeroError | undefined;
  /** The last send may have gone: what the read-back found, and whether a resend is being confirmed. */
  uncertain: (Uncertain & { startedAt: number; patientId: string; channel: string }) | undefined;
  notice: Notice | undefined;

  constructor(host: ReactiveControllerHost, options: SendFlowOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostConnected(): void {}

  #set(changes: Partial<Pick<SendFlow, 'sending' | 'error' | 'uncertain' | 'notice'>>): void {
    Object.assign(this, changes);
    this.#host.requestUpdate();
  }

  #tell(what: 'uncertain' | Notice): void {
    if (what !== 'uncertain') this.#set({ notice: what });
    this.#o.told(what);
  }

  /** Clears a definite failure and any notice (staff act again); an unknown outcome stays until a new message. */
  settle(): void {
    this.#set({ error: undefined, notice: undefined });
  }

  /** Forgets the last outcome (a new message). */
  reset(): void {
    this.#set({ error: undefined, uncertain: undefined, notice: undefined });
  }

  /** The patient or configuration changed: a new flow; `hadDraft` says whether a draft was discarded. */
  changeSubject(hadDraft: boolean): void {
    this.#flow++;
    const notice: Notice | undefined = this.sending ? 'inflight' : hadDraft ? 'discarded' : undefined;
    this.#set({ error: undefined, uncertain: undefined, notice: undefined });
    if (notice) this.#tell(notice);
  }

  /** Sends `request` for `patientId`, once: nothing while a send is in flight. */
  async send(request: MessageSendRequest, patientId: string): Promise<void> {
    if (this.sending) return;
    const flow = this.#flow;
    const startedAt = this.uncertain?.startedAt ?? Date.now();
    this.#set({ sending: true, error: undefined, notice: undefined });
    try {
      const answer = await sendMessage(this.#o.client(), request);
      const current = flow === this.#flow;
      if (current) this.#set({ uncertain: undefined });
      this.#o.accepted(answer, request, patientId, current);
      // The patient changed while it was in flight: it went to its own patient; this screen does not claim it.
      if (!current) this.#tell('inflightDone');
    } catch (error) {
      const heroError = this.#o.report(error);
      if (!heroError) return;
      if (flow !== this.#flow) return this.#tell(heroError.outcomeUnknown ? 'inflightUnknown' : 'inflightFailed');
      if (!heroError.outcomeUnknown) {
        this.#set({ error: heroError });
        return this.#o.refused(heroError);
      }
      // It may have gone: never sent again by itself. Say so, and read the patient's messages back.
      this.#set({ uncertain: { check: { state: 'checking' }, confirming: false, startedAt, patientId, channel: request.message_type } });
      this.#tell('uncertain');
      void this.readBack();
    } finally {
      this.#set({ sending: false });
    }
  }

  /** Looks for a message to the patient, by the same channel, since Send was first pressed. */
  async readBack(): Promise<void> {
    const uncertain = this.uncertain;
    if (!uncertain) return;
    const flow = this.#flow;
    this.#set({ uncertain: { ...uncertain, check: { state: 'checking' } } });
    let check: Uncertain['check'];
    try {
      const latest = await loadLastMessage(this.#o.client(), uncertain.patientId, Date.now(), { signal: this.#o.signal() });
      const found = latest && latest.time.ms >= uncertain.startedAt - CLOCK_GRACE_MS && latest.channel === uncertain.channel;
      check = found ? { state: 'found', ...this.#o.describe(latest) } : { state: 'none' };
    } catch (error) {
      if (isAbortError(error)) return;
      check = { state: 'failed' };
    }
    if (flow === this.#flow && this.uncertain) this.#set({ uncertain: { ...this.uncertain, check } });
  }

  /** "Send it again" pressed: the confirmation shows (nothing is sent yet). */
  askAgain(confirming: boolean): void {
    if (this.uncertain) this.#set({ uncertain: { ...this.uncertain, confirming } });
  }
}
