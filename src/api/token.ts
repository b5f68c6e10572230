import { DEFAULT_TIMEOUT_MS, TOKEN_REFRESH_LEEWAY_MS, TOKEN_TENANT_CLAIM } from './config.js';
import { HeroError } from './errors.js';
import { abortable, parseRetryAfter, retryDelay, sleep, type RetryPolicy } from './retry.js';

/** Where an element's access token comes from, in order of precedence. */
export type TokenSource =
  /** The host's own function (`tokenProvider` property). */
  | { kind: 'provider'; provider: () => Promise<string> }
  /** The host backend's route answering `{ access_token }` (`token-url`), fetched with cookies. */
  | { kind: 'url'; url: string }
  /** A ready token (`jwt-token`); cannot be refreshed. */
  | { kind: 'static'; token: string };

export interface TokenSourceInput {
  tokenProvider?: (() => Promise<string>) | undefined;
  tokenUrl?: string | undefined;
  jwtToken?: string | undefined;
}

/** Picks the token source: `tokenProvider`, then `token-url`, then `jwt-token`. */
export function resolveTokenSource(input: TokenSourceInput): TokenSource | undefined {
  if (typeof input.tokenProvider === 'function') return { kind: 'provider', provider: input.tokenProvider };
  if (input.tokenUrl) return { kind: 'url', url: input.tokenUrl };
  if (input.jwtToken) return { kind: 'static', token: input.jwtToken };
  return undefined;
}

/** A JWT's claims; `undefined` when the token is not a readable JWT. The signature is not checked (the API does that). */
export function readJwtClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a JWT's `exp` claim as epoch milliseconds; `undefined` when it has none or is not a JWT. */
export function readJwtExpiry(token: string): number | undefined {
  const exp = readJwtClaims(token)?.['exp'];
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}

/** The practice group a JWT names, if it names one (`TOKEN_TENANT_CLAIM`); ids compare as strings. */
export function readJwtTenant(token: string): string | undefined {
  const tenant = readJwtClaims(token)?.[TOKEN_TENANT_CLAIM];
  return typeof tenant === 'string' || typeof tenant === 'number' ? String(tenant) : undefined;
}

interface CachedToken {
  token: string;
  /** Epoch ms, or undefined when the token does not say. */
  expiresAt: number | undefined;
}

export interface TokenManagerOptions {
  fetch: typeof fetch;
  now: () => number;
  retry: RetryPolicy;
  leewayMs?: number;
  /** The practice group the tokens must be for: a token naming another is refused. */
  tenantId?: string | undefined;
  /** Milliseconds before a token request (`token-url`, `tokenProvider`) is given up (default 30 000). */
  timeoutMs?: number;
}

/**
 * Holds one access token for a client: hands it out while it has more than a minute to live,
 * refreshes it ahead of `exp`, and makes concurrent callers share a single refresh.
 */
export class TokenManager {
  readonly #source: TokenSource;
  readonly #options: TokenManagerOptions;
  readonly #leewayMs: number;
  #cached: CachedToken | undefined;
  #refreshing: Promise<CachedToken> | undefined;
  /** Callers waiting on the refresh: when all have gone (their elements left the page), retries stop. */
  #waiting = 0;

  constructor(source: TokenSource, options: TokenManagerOptions) {
    this.#source = source;
    this.#options = options;
    this.#leewayMs = options.leewayMs ?? TOKEN_REFRESH_LEEWAY_MS;
  }

  /** A token that is valid now. The caller's signal stops its wait, never a refresh others share. */
  async get(signal?: AbortSignal): Promise<string> {
    const cached = this.#cached;
    if (cached && (cached.expiresAt === undefined || this.#options.now() < cached.expiresAt - this.#leewayMs)) {
      return cached.token;
    }
    this.#refreshing ??= this.#refresh().finally(() => {
      this.#refreshing = undefined;
    });
    this.#waiting++;
    try {
      return (await abortable(this.#refreshing, signal)).token;
    } finally {
      this.#waiting--;
    }
  }

  /** Settles when no token request is in progress (for tests and hosts that want to know). */
  async idle(): Promise<void> {
    await this.#refreshing?.catch(() => undefined);
  }

  /** The API refused `token` (401): forget it so the next `get` fetches another. */
  invalidate(token: string): void {
    if (this.#cached?.token === token) this.#cached = undefined;
  }

  async #refresh(): Promise<CachedToken> {
    const token = await this.#withTimeout(this.#obtain());
    const tenant = readJwtTenant(token);
    const wanted = this.#options.tenantId;
    if (tenant !== undefined && wanted !== undefined && tenant !== wanted) {
      throw new HeroError(
        'auth',
        'The access token is for another practice group than tenant-id. Check that the token route mints tokens for this practice group.',
      );
    }
    const expiresAt = readJwtExpiry(token);
    if (expiresAt !== undefined && expiresAt <= this.#options.now()) {
      throw new HeroError(
        'auth',
        this.#source.kind === 'static'
          ? 'The access token (jwt-token) has expired. Give the element a new one, or use token-url or tokenProvider so it can refresh itself.'
          : 'The token source returned an access token that has already expired. Check the host backend’s clock and token route.',
      );
    }
    this.#cached = { token, expiresAt };
    return this.#cached;
  }

  /** A hung token source is given up after the timeout, so no request waits on it for ever. */
  #withTimeout<T>(promise: Promise<T>): Promise<T> {
    const ms = this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new HeroError(
              'auth',
              `The access token did not arrive within ${Math.round(ms / 1000)} seconds. Check the host’s token route; the next attempt will try again.`,
            ),
          ),
        ms,
      );
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  async #obtain(): Promise<string> {
    const source = this.#source;
    if (source.kind === 'static') return source.token;
    if (source.kind === 'provider') {
      let token: unknown;
      try {
        token = await source.provider();
      } catch (cause) {
        throw new HeroError(
          'auth',
          'The tokenProvider function failed to return an access token. Try again; if it keeps failing, check the host application’s token code.',
          { cause },
        );
      }
      if (typeof token !== 'string' || token === '') {
        throw new HeroError('auth', 'The tokenProvider function returned no access token. It must resolve to the token string.');
      }
      return token;
    }
    return this.#fetchFromUrl(source.url);
  }

  /** GETs the host's token route with cookies, retrying brief outages within the retry policy. */
  async #fetchFromUrl(url: string): Promise<string> {
    const { fetch, now, retry } = this.#options;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          credentials: 'include',
          cache: 'no-store',
          headers: { accept: 'application/json' },
        });
      } catch (cause) {
        const wait = attempt < retry.retries && this.#waiting > 0 ? retryDelay(attempt, undefined, retry) : undefined;
        if (wait !== undefined) {
          await sleep(wait);
          if (this.#waiting === 0)
            throw new HeroError('auth', 'The access token is no longer wanted: every request waiting for it was cancelled.');
          continue;
        }
        throw new HeroError(
          'auth',
          'Could not reach the token endpoint (token-url). Check that the host’s token route is running; the next attempt will try again.',
          { cause },
        );
      }
      if (response.ok) {
        const body: unknown = await response.json().catch(() => undefined);
        const token = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['access_token'] : undefined;
        if (typeof token === 'string' && token !== '') return token;
        throw new HeroError(
          'auth',
          'The token endpoint (token-url) answered without an access_token. It must return JSON { "access_token": "..." }.',
        );
      }
      if (response.status === 401 || response.status === 403) {
        throw new HeroError(
          'auth',
          `The token endpoint (token-url) refused to issue a token (HTTP ${response.status}). The user may need to sign in to the host application again.`,
        );
      }
      const wait =
        attempt < retry.retries && this.#waiting > 0 && response.status >= 500
          ? retryDelay(attempt, parseRetryAfter(response.headers.get('retry-after'), now()), retry)
          : undefined;
      if (wait !== undefined) {
        await sleep(wait);
        if (this.#waiting === 0)
          throw new HeroError('auth', 'The access token is no longer wanted: every request waiting for it was cancelled.');
        continue;
      }
      throw new HeroError(
        'auth',
        `The token endpoint (token-url) failed (HTTP ${response.status}). Check the host’s token route; the next attempt will try again.`,
      );
    }
  }
}
