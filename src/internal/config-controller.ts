import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DecodeIssue } from '../api/decode.js';
import type { HeroClient } from '../api/client.js';
import { HeroError, toHeroError } from '../api/errors.js';
import { isConfigured, sharedClient, type HeroConfig } from '../api/registry.js';
import { ensureContextRoot, heroConfigContext } from './context.js';
import { ElementClient } from './element-client.js';

/** The configuration properties, shared by every element and `<hero-provider>` (ELEMENTS-API.md, "Configuration"). */
export const CONFIG_KEYS = [
  'tenantId',
  'env',
  'baseUrl',
  'jwtToken',
  'tokenUrl',
  'tokenProvider',
  'lang',
  'auth',
  'requestTimeout',
  'practicePhone',
] as const;

type ConfigHost = ReactiveControllerHost & HTMLElement & { readonly [K in (typeof CONFIG_KEYS)[number]]?: HeroConfig[K] };

/**
 * An element's configuration: its own configuration properties over those of the nearest
 * `<hero-provider>` (found through @lit/context, and followed as they change). Empty own values
 * (`undefined`, `''`) do not hide the provider's. A provider defined after the element upgraded
 * is still found: unanswered requests are replayed when it appears (ContextRoot).
 */
export class ConfigController {
  readonly #host: ConfigHost;
  readonly #provider: ContextConsumer<typeof heroConfigContext, ConfigHost>;

  constructor(host: ConfigHost) {
    ensureContextRoot();
    this.#host = host;
    // Requests an update of the host whenever the provider's configuration changes.
    this.#provider = new ContextConsumer(host, { context: heroConfigContext, subscribe: true });
  }

  /** The nearest provider's configuration, if any. */
  get inherited(): HeroConfig | undefined {
    return this.#provider.value;
  }

  /** The effective configuration: the element's own values over the provider's. */
  get config(): HeroConfig {
    const merged: HeroConfig = { ...this.inherited };
    for (const key of CONFIG_KEYS) {
      const own = this.#host[key];
      if (own !== undefined && own !== '') (merged as Record<string, unknown>)[key] = own;
    }
    return merged;
  }
}

export interface ConnectionOptions {
  /** The effective configuration (ConfigController's `config`). */
  config: () => HeroConfig;
  /** Whether the element needs a client now (an element with nothing to fetch does not wait). */
  needed: () => boolean;
  /** How long (ms) to wait for a configuration before giving up. */
  grace: () => number;
  /** Called once the grace period has passed with no usable configuration. */
  onMissing: (error: HeroError) => void;
  /** Told what the response decoders noticed in an answer (skipped items): paths and problems, no values. */
  onDecodeIssues?: (issues: DecodeIssue[]) => void;
}

/**
 * The element's connection to the API: the shared client for its configuration, seen through an
 * ElementClient bound to the element's time in the page.
 *
 * - `signal` is aborted when the element is disconnected: reads in flight stop, and no request
 *   of any kind starts while it is out of the page (see ElementClient). Reconnecting gives a
 *   fresh signal (and a fresh client when reads were cut off, so tasks keyed on it run again).
 * - Until the configuration is complete (`isConfigured`) there is no client: the element is
 *   `waiting`, quietly. If it is still incomplete after the grace period, `error` says why and
 *   `onMissing` is called, once, until a configuration arrives.
 */
export class ConnectionController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ConnectionOptions;
  #connection = new AbortController();
  #shared: HeroClient | undefined;
  #client: ElementClient | undefined;
  #error: HeroError | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Reads were in flight when the element was disconnected. */
  #interrupted = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ConnectionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The client, while the element is configured. */
  get client(): ElementClient | undefined {
    return this.#client;
  }

  /** Aborted when the element leaves the page; a fresh one each time it is connected. */
  get signal(): AbortSignal {
    return this.#connection.signal;
  }

  /** Why there is no client, once the grace period has passed without a usable configuration. */
  get error(): HeroError | undefined {
    return this.#error;
  }

  /** Needs a client, has none, and has not given up yet. */
  get waiting(): boolean {
    return !this.#client && !this.#error && this.#options.needed();
  }

  hostConnected(): void {
    if (this.#connection.signal.aborted) {
      this.#connection = new AbortController();
      if (this.#interrupted) this.#client = undefined;
    }
    this.#interrupted = false;
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#interrupted = this.#client?.reading ?? false;
    this.#connection.abort();
    this.#stopTimer();
  }

  hostUpdate(): void {
    this.#resolve();
  }

  #resolve(): void {
    const shared = this.#sharedClient();
    if (shared !== this.#shared || (shared && !this.#client)) {
      this.#shared = shared;
      this.#client = shared && new ElementClient(shared, () => this.#connection.signal, this.#options.onDecodeIssues);
    }
    if (shared || !this.#options.needed()) {
      this.#stopTimer();
      this.#error = undefined;
    } else if (!this.#error && this.#timer === undefined && this.#host.isConnected) {
      this.#timer = setTimeout(() => this.#giveUp(), this.#options.grace());
    }
  }

  #sharedClient(): HeroClient | undefined {
    const config = this.#options.config();
    try {
      return isConfigured(config) ? sharedClient(config) : undefined;
    } catch {
      return undefined;
    }
  }

  #giveUp(): void {
    this.#timer = undefined;
    if (this.#sharedClient() || !this.#options.needed()) return this.#host.requestUpdate();
    let error: HeroError;
    try {
      sharedClient(this.#options.config());
      error = new HeroError('auth', 'The element is not configured.');
    } catch (thrown) {
      error = toHeroError(thrown);
    }
    this.#error = error;
    this.#host.requestUpdate();
    this.#options.onMissing(error);
  }

  #stopTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
