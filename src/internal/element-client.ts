import type { CallOptions, HeroClient } from '../api/client.js';
import type { DecodeIssue } from '../api/decode.js';

/** The calls an element makes: HeroClient's, as ElementClient passes them on. */
export type ApiClient = Pick<HeroClient, 'get' | 'post' | 'patch' | 'listAll'>;

/**
 * One element's view of a shared HeroClient, bound to the element's connection (ConnectionController):
 *
 * - Reads (GET, `listAll`, and POSTs marked `idempotent`) carry the connection's signal beside the
 *   caller's: when the element leaves the page they are aborted, retries and token waits included.
 * - Changes (reserve, book, submit, send) are not aborted once started: the request may already
 *   have reached the server, and the user must be able to learn its outcome.
 * - While the element is out of the page no call of either kind starts: it rejects at once with
 *   an `AbortError`, which elements ignore. So a change that finishes after the element left can
 *   start nothing new.
 *
 * - What the response decoders noticed goes to the element's `onDecodeIssues` (which reports
 *   skipped items once per call as `hero-error`, code `server`) unless the caller passes its own.
 *
 * A fresh one is made when the configuration's client changes, or when the element comes back
 * after reads were cut off (so tasks keyed on it run again).
 */
export class ElementClient implements ApiClient {
  /** The shared client underneath (for caches keyed per client). */
  readonly shared: HeroClient;
  readonly #signal: () => AbortSignal;
  readonly #onDecodeIssues: ((issues: DecodeIssue[]) => void) | undefined;
  #reads = 0;

  /** `signal` gives the current connection's signal (aborted while the element is out of the page). */
  constructor(shared: HeroClient, signal: () => AbortSignal, onDecodeIssues?: (issues: DecodeIssue[]) => void) {
    this.shared = shared;
    this.#signal = signal;
    this.#onDecodeIssues = onDecodeIssues;
  }

  /** The caller's options with the element's decode-issue reporter unless the caller has one. */
  #with(options: CallOptions | undefined, signal?: AbortSignal): never {
    return { onDecodeIssues: this.#onDecodeIssues, ...options, ...(signal ? { signal } : {}) } as never;
  }

  /** Whether reads are in flight. */
  get reading(): boolean {
    return this.#reads > 0;
  }

  readonly get = ((path: never, options?: CallOptions) =>
    this.#read((signal) => this.shared.get(path, this.#with(options, signal)), options)) as HeroClient['get'];

  readonly listAll = ((path: never, options?: CallOptions) =>
    this.#read((signal) => this.shared.listAll(path, this.#with(options, signal)), options)) as HeroClient['listAll'];

  readonly post = ((path: never, options?: CallOptions) =>
    options?.idempotent
      ? this.#read((signal) => this.shared.post(path, this.#with(options, signal)), options)
      : this.#change(() => this.shared.post(path, this.#with(options)))) as HeroClient['post'];

  readonly patch = ((path: never, options?: CallOptions) =>
    options?.idempotent
      ? this.#read((signal) => this.shared.patch(path, this.#with(options, signal)), options)
      : this.#change(() => this.shared.patch(path, this.#with(options)))) as HeroClient['patch'];

  async #read<T>(run: (signal: AbortSignal) => Promise<T>, options: CallOptions | undefined): Promise<T> {
    const connection = this.#signal();
    connection.throwIfAborted();
    const own = options?.signal;
    this.#reads++;
    try {
      return await run(own ? AbortSignal.any([own, connection]) : connection);
    } finally {
      this.#reads--;
    }
  }

  async #change<T>(run: () => Promise<T>): Promise<T> {
    this.#signal().throwIfAborted();
    return run();
  }
}
