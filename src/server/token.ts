/**
 * Access tokens for the elements: `createAccessToken` calls Hero server-to-server, and
 * `createTokenHandler` is the host's token route (`token-url`) around it.
 */
import { ACCESS_TOKEN_PATH, API_KEY_HEADER, PRACTICE_GROUP_HEADER } from '../api/config.js';
import { readJwtExpiry } from '../api/token.js';
import {
  assertServer,
  checkConnection,
  json,
  positiveNumber,
  scrubError,
  UpstreamTimeout,
  withTimeout,
  type ConnectionOptions,
} from './guard.js';

/** How long a call to mint a token may take before it is given up (ms). */
export const DEFAULT_TOKEN_TIMEOUT_MS = 10_000;

export interface AccessTokenOptions extends ConnectionOptions {
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** Milliseconds before the call to Hero is given up (default 10 000). */
  timeoutMs?: number;
  /** Current time in ms, to tell an expired token (tests). Defaults to `Date.now`. */
  now?: () => number;
}

export interface AccessToken {
  access_token: string;
  /** Epoch ms read from the JWT's `exp`, when it has one. */
  expiresAt: number | undefined;
}

/** Thrown when Hero will not mint a usable token. Its message, and its `cause`, name no secret. */
export class AccessTokenError extends Error {
  override readonly name = 'AccessTokenError';
  constructor(
    message: string,
    /** Hero's HTTP status, or undefined when Hero could not be reached. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Calls `POST /v1/access_token` server-to-server and returns the token with its expiry. Rejects
 * with `AccessTokenError` when Hero cannot be reached in time, refuses, answers without a token
 * or with one that has already expired; with `HeroServerOptionsError` on unusable options.
 */
export async function createAccessToken(options: AccessTokenOptions): Promise<AccessToken> {
  assertServer('createAccessToken');
  const { apiKey, practiceGroupId, baseUrl } = checkConnection(options, 'createAccessToken');
  const timeoutMs = positiveNumber(options.timeoutMs, DEFAULT_TOKEN_TIMEOUT_MS, 'timeoutMs', 'createAccessToken');
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? globalThis.fetch;
  const url = `${baseUrl}${ACCESS_TOKEN_PATH}`;
  const origin = new URL(url).origin;

  let answer: { status: number; body: unknown };
  try {
    answer = await withTimeout(
      async (signal) => {
        const response = await doFetch(url, {
          method: 'POST',
          headers: { accept: 'application/json', [API_KEY_HEADER]: apiKey, [PRACTICE_GROUP_HEADER]: practiceGroupId },
          // A redirect is never followed: it would carry the API key to another address.
          redirect: 'manual',
          signal,
        });
        if (!response.ok) {
          void response.body?.cancel().catch(() => undefined);
          return { status: response.status, body: undefined };
        }
        return { status: response.status, body: await response.json().catch(() => undefined) };
      },
      timeoutMs,
      options.signal,
    );
  } catch (cause) {
    if (options.signal?.aborted) throw new AccessTokenError('The access token request was cancelled.', undefined);
    if (cause instanceof UpstreamTimeout) {
      throw new AccessTokenError(`The Hero API at ${origin} did not answer within ${cause.ms / 1000} seconds.`, undefined);
    }
    throw new AccessTokenError(`Could not reach the Hero API at ${origin}.`, undefined, { cause: scrubError(cause, [apiKey]) });
  }

  const { status, body } = answer;
  if (status < 200 || status >= 300) {
    const hint =
      status === 401 || status === 403
        ? ' Check the API key and practice group id.'
        : status === 429
          ? ' Rate limited: cache tokens instead of minting one per request.'
          : status >= 300 && status < 400
            ? ' Hero answered with a redirect, which is not followed: check the base URL.'
            : '';
    throw new AccessTokenError(`Hero refused to create an access token (HTTP ${status}).${hint}`, status);
  }
  const token = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['access_token'] : undefined;
  if (typeof token !== 'string' || !/^[\x21-\x7e]+$/.test(token)) {
    throw new AccessTokenError('Hero answered without a usable access_token.', status);
  }
  const expiresAt = readJwtExpiry(token);
  if (expiresAt !== undefined && expiresAt <= now()) {
    throw new AccessTokenError('Hero returned an access token that has already expired. Check this server’s clock.', status);
  }
  return { access_token: token, expiresAt };
}

export interface TokenHandlerOptions extends Omit<AccessTokenOptions, 'signal'> {
  /**
   * Decides whether this request may have a token: check your user's session here. Answer
   * `false` for a 401. Without it every caller of the route gets a token; only leave it out
   * when the route is already behind your authentication.
   */
  authorize?: (request: Request) => boolean | Promise<boolean>;
  /**
   * Reuse a minted token while it has more than this many seconds left (default 300), so a busy
   * page does not mint a token per element per visit. Set 0 to mint on every call.
   */
  reuseSeconds?: number;
}

/**
 * A fetch-style handler, `(Request) => Promise<Response>`, for the host's token route. Mount it
 * as a Next.js route handler, in Hono, or in Express/Node `http` through `toNodeHandler`.
 * Answers `200 { access_token }` with `Cache-Control: no-store`, `401` when `authorize` says no,
 * `405` for methods other than GET/POST, `502` when Hero will not mint one (or takes longer than
 * `timeoutMs`), and `500` when `authorize` throws. It never rejects. Options are checked here, so
 * a misconfigured route fails when the server starts, not on a patient's first visit.
 */
export function createTokenHandler(options: TokenHandlerOptions): (request: Request) => Promise<Response> {
  assertServer('createTokenHandler');
  const { authorize, reuseSeconds = 300, ...tokenOptions } = options ?? ({} as TokenHandlerOptions);
  checkConnection(tokenOptions, 'createTokenHandler');
  positiveNumber(tokenOptions.timeoutMs, DEFAULT_TOKEN_TIMEOUT_MS, 'timeoutMs', 'createTokenHandler');
  if (authorize !== undefined && typeof authorize !== 'function') {
    throw new TypeError('hero-elements/server: createTokenHandler: authorize must be a function.');
  }
  const now = tokenOptions.now ?? Date.now;
  let cached: AccessToken | undefined;
  let pending: Promise<AccessToken> | undefined;

  const mint = (): Promise<AccessToken> => {
    const fresh = cached && cached.expiresAt !== undefined && cached.expiresAt - reuseSeconds * 1000 > now();
    if (fresh && cached) return Promise.resolve(cached);
    // Concurrent callers share one call; it settles within timeoutMs, so a hung call never holds later ones.
    pending ??= createAccessToken(tokenOptions)
      .then((token) => (cached = token))
      .finally(() => (pending = undefined));
    return pending;
  };

  return async (request) => {
    try {
      if (request.method !== 'GET' && request.method !== 'POST') {
        return json({ error: 'method_not_allowed' }, 405, { allow: 'GET, POST' });
      }
      if (authorize && !(await authorize(request))) return json({ error: 'unauthorized' }, 401);
    } catch {
      return json({ error: 'internal_error' }, 500);
    }
    try {
      const token = await mint();
      return json({ access_token: token.access_token }, 200);
    } catch (error) {
      const status = error instanceof AccessTokenError ? error.status : undefined;
      return json({ error: 'token_unavailable', upstream_status: status ?? null }, 502);
    }
  };
}
