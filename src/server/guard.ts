/**
 * What every part of `hero-elements/server` checks before it does anything, so that the helper
 * cannot hurt its host: it refuses to run in a browser, validates its options (naming a problem,
 * never a value), keeps the API key out of anything it throws or answers, and gives up on a hung
 * call to Hero.
 */
import { HERO_BASE_URLS, resolveBaseUrl, type HeroEnv } from '../api/config.js';

/** Where a server helper reaches Hero, and as whom. */
export interface ConnectionOptions {
  /** Hero API key. Keep it in server configuration; it must never reach a browser. */
  apiKey: string;
  /** The practice group (tenant) id: digits, as a string. */
  practiceGroupId: string;
  /** `staging` (default) or `production`. */
  env?: HeroEnv;
  /** Explicit API base URL (`https:`, or `http:` on localhost only); wins over `env`. */
  baseUrl?: string;
}

/** Options that passed `checkConnection`, with the base URL resolved. */
export interface Connection {
  apiKey: string;
  practiceGroupId: string;
  baseUrl: string;
}

/** A helper was given options it cannot work with. The message names the option, never its value. */
export class HeroServerOptionsError extends TypeError {
  override readonly name = 'HeroServerOptionsError';
}

/** Printable ASCII without spaces: what an HTTP header value made from a key can safely hold. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;
const DIGITS = /^\d+$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Throws when running in a browser (a window with a document, or a worker): the API key would be
 * in the page. Called by every helper before it sends anything.
 */
export function assertServer(helper: string): void {
  const scope = globalThis as { window?: unknown; document?: unknown; importScripts?: unknown };
  const browserPage =
    typeof scope.window === 'object' && scope.window !== null && typeof scope.document === 'object' && scope.document !== null;
  if (browserPage || typeof scope.importScripts === 'function') {
    throw new Error(
      `hero-elements/server: ${helper} runs on your server only, never in a browser, where it would expose the Hero API key. ` +
        'Give browsers a token route (createTokenHandler) or a proxy (createProxyHandler) instead.',
    );
  }
}

/** Checks the options every helper shares; throws `HeroServerOptionsError` naming what is wrong. */
export function checkConnection(options: ConnectionOptions | undefined, helper: string): Connection {
  const fail = (message: string): never => {
    throw new HeroServerOptionsError(`hero-elements/server: ${helper}: ${message}`);
  };
  if (typeof options !== 'object' || options === null) return fail('give it an options object.');
  const { apiKey, practiceGroupId, env, baseUrl } = options as unknown as Record<string, unknown>;
  if (typeof apiKey !== 'string' || apiKey === '') return fail('apiKey is required: a non-empty string.');
  if (!HEADER_SAFE.test(apiKey)) {
    return fail(
      'apiKey holds spaces, line breaks or other characters an API key does not have; check how it is read from your configuration.',
    );
  }
  if (typeof practiceGroupId !== 'string' || !DIGITS.test(practiceGroupId)) {
    return fail('practiceGroupId is required: the practice group id as a string of digits.');
  }
  if (env !== undefined && !(typeof env === 'string' && Object.hasOwn(HERO_BASE_URLS, env))) {
    return fail(
      `env must be ${Object.keys(HERO_BASE_URLS)
        .map((name) => `"${name}"`)
        .join(' or ')}.`,
    );
  }
  if (baseUrl !== undefined) {
    if (typeof baseUrl !== 'string') return fail('baseUrl must be a URL string.');
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      return fail('baseUrl is not a URL.');
    }
    const local = LOCAL_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost');
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
      return fail('baseUrl must use https: (http: is allowed for localhost only), so the API key never travels in the clear.');
    }
    if (url.username || url.password || url.search || url.hash) return fail('baseUrl must not carry credentials, a query or a fragment.');
  }
  return { apiKey, practiceGroupId, baseUrl: resolveBaseUrl(env as string | undefined, baseUrl as string | undefined) };
}

/** Checks a positive duration or size option, falling back to `fallback` when it is not given. */
export function positiveNumber(value: unknown, fallback: number, name: string, helper: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new HeroServerOptionsError(`hero-elements/server: ${helper}: ${name} must be a positive number.`);
  }
  return value;
}

// ───────── Keeping secrets out ─────────

const REDACTED = '[redacted]';

/** `text` with every occurrence of each secret replaced. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join(REDACTED);
  return out;
}

/**
 * A copy of something thrown that is safe to keep as a `cause`: an `Error` with the same name,
 * message and `code`, and its own causes copied the same way (three deep), every secret removed.
 * Nothing else of the original is kept (a library's error may hold the request and its headers).
 */
export function scrubError(error: unknown, secrets: readonly (string | undefined)[], depth = 0): Error {
  const source = error instanceof Error ? error : undefined;
  const message = source ? source.message : typeof error === 'string' ? error : 'A non-error value was thrown.';
  const copy = new Error(redact(message, secrets));
  copy.name = source?.name ?? 'Error';
  copy.stack = `${copy.name}: ${copy.message}`;
  const code = (source as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' || typeof code === 'number') Object.assign(copy, { code });
  if (source?.cause !== undefined && depth < 3) copy.cause = scrubError(source.cause, secrets, depth + 1);
  return copy;
}

// ───────── Timeouts ─────────

/** Marks a call to Hero given up after its time. */
export class UpstreamTimeout extends Error {
  override readonly name = 'UpstreamTimeout';
  constructor(readonly ms: number) {
    super(`No answer within ${Math.round(ms / 100) / 10} s.`);
  }
}

/**
 * Runs `task` with a signal that aborts after `ms` (or when `outer` does), and settles by then
 * even if the task ignores its signal: a hung call to Hero never holds its caller, or anyone
 * waiting on the same call, for longer than `ms`.
 */
export async function withTimeout<T>(task: (signal: AbortSignal) => Promise<T>, ms: number, outer?: AbortSignal): Promise<T> {
  outer?.throwIfAborted();
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const reason = new UpstreamTimeout(ms);
      controller.abort(reason);
      reject(reason);
    }, ms);
    onAbort = () => {
      controller.abort(outer?.reason);
      reject(outer?.reason);
    };
    outer?.addEventListener('abort', onAbort, { once: true });
  });
  const running = (async () => task(controller.signal))();
  // Once given up, the task's own late failure is nobody's business.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, stopped]);
  } finally {
    clearTimeout(timer);
    if (onAbort) outer?.removeEventListener('abort', onAbort);
  }
}

// ───────── Responses ─────────

/** A JSON response that no cache keeps. */
export function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers },
  });
}
