/**
 * The one error type the kit raises. Its `message` is written by the kit, never copied from a
 * response body, so it can be shown and reported (`hero-error`) without leaking patient data.
 */

/** The `code` of every `hero-error`, as ELEMENTS-API.md lists them. */
export type HeroErrorCode = 'auth' | 'network' | 'not_found' | 'validation' | 'conflict' | 'rate_limited' | 'server';

/** A field the API rejected: its path and the rule it broke (never the value sent). */
export interface HeroFieldIssue {
  path: string[];
  code: string;
  expected?: string;
}

export interface HeroErrorOptions {
  status?: number;
  /** A machine-readable reason from the API, e.g. `slot_unavailable` (only `[a-z_]` words are kept). */
  reason?: string;
  issues?: HeroFieldIssue[];
  /** Seconds the API asked us to wait (`Retry-After`). */
  retryAfter?: number;
  /**
   * The request may have reached the server and been carried out (see `HeroError.outcomeUnknown`).
   */
  outcomeUnknown?: boolean;
  cause?: unknown;
}

export class HeroError extends Error {
  override readonly name = 'HeroError';
  readonly code: HeroErrorCode;
  readonly status: number | undefined;
  readonly reason: string | undefined;
  readonly issues: HeroFieldIssue[];
  readonly retryAfter: number | undefined;
  /**
   * True when a request that changes something (reserve, book, submit, send) failed in a way that
   * does not say whether the server carried it out: the connection dropped after sending, a
   * gateway answered 502/504, the server answered 500, the request timed out, or the answer was
   * cut off. Such a request is never re-sent automatically; the user is told it may have gone
   * through, and the element checks where the API allows.
   */
  readonly outcomeUnknown: boolean;

  constructor(code: HeroErrorCode, message: string, options: HeroErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.reason = options.reason;
    this.issues = options.issues ?? [];
    this.retryAfter = options.retryAfter;
    this.outcomeUnknown = options.outcomeUnknown ?? false;
  }

  /** The `detail` of a `hero-error` event. */
  toDetail(): HeroErrorDetail {
    return this.status === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, status: this.status };
  }
}

export interface HeroErrorDetail {
  code: HeroErrorCode;
  message: string;
  status?: number;
}

const MESSAGES: Record<HeroErrorCode, string> = {
  auth: 'The Hero API did not accept the access token. Check the token source; signing in again may help.',
  network: 'The Hero API could not be reached. Check the connection and try again.',
  not_found: 'The Hero API could not find what was asked for. It may have been removed.',
  validation: 'The Hero API rejected the request as invalid.',
  conflict: 'Someone else changed this at the same time. Refresh and try again.',
  rate_limited: 'Too many requests to the Hero API. Wait a moment and try again.',
  server: 'The Hero API had a problem. Try again in a moment.',
};

/** Maps an HTTP status to an error code. */
export function codeForStatus(status: number): HeroErrorCode {
  if (status === 401 || status === 403) return 'auth';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'validation';
}

const REASON = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * Builds a HeroError from a failed response. Only structure is copied from the body (field paths,
 * rule codes, a snake_case reason), into `issues` and `reason`, never into `message`: text from the
 * API could echo patient details back, and `message` reaches `hero-error` listeners.
 */
export function errorFromResponse(status: number, body: unknown, retryAfter?: number, outcomeUnknown = false): HeroError {
  const code = codeForStatus(status);
  const options: HeroErrorOptions = { status, outcomeUnknown };
  if (retryAfter !== undefined) options.retryAfter = retryAfter;
  const message = isRecord(body) ? body['message'] : undefined;
  if (typeof message === 'string' && REASON.test(message)) options.reason = message;
  if (Array.isArray(message)) options.issues = message.filter(isRecord).map(toIssue);
  // The message is the kit's own words only: field paths and values from the body stay in `issues`.
  return new HeroError(code, status === 410 ? 'This has expired. Start again.' : MESSAGES[code], options);
}

export function networkError(cause: unknown, outcomeUnknown = false): HeroError {
  return new HeroError('network', MESSAGES.network, { cause, outcomeUnknown });
}

/** A request that took longer than the client's timeout (`network`: the API did not answer in time). */
export function timeoutError(timeoutMs: number, outcomeUnknown = false): HeroError {
  return new HeroError(
    'network',
    `The Hero API did not answer within ${Math.round(timeoutMs / 1000)} seconds. Check the connection and try again.`,
    {
      outcomeUnknown,
    },
  );
}

function toIssue(raw: Record<string, unknown>): HeroFieldIssue {
  const path = Array.isArray(raw['path'])
    ? raw['path'].filter((p): p is string | number => typeof p === 'string' || typeof p === 'number').map(String)
    : [];
  const issue: HeroFieldIssue = { path, code: typeof raw['code'] === 'string' ? raw['code'] : 'invalid' };
  if (typeof raw['expected'] === 'string') issue.expected = raw['expected'];
  return issue;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** True for the `AbortError` a cancelled call rejects with; elements ignore these. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Normalises anything thrown into a HeroError (aborts excepted: callers check `isAbortError` first). */
export function toHeroError(error: unknown): HeroError {
  if (error instanceof HeroError) return error;
  return new HeroError('server', MESSAGES.server, { cause: error });
}
