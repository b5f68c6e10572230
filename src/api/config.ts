/**
 * Every assumption the client makes about the Hero Public API transport, in one place.
 *
 * [DOC] values come from Hero's documentation and must stay exact. [DESIGNED] values are ours,
 * made where the docs are silent (see src/api/openapi.yaml, `x-hero-inferred: true`); when Hero
 * confirms or corrects one, this file is the only place to change.
 */

/** [DOC] The API's servers. `staging` is the default so nobody reaches live patients by accident. */
export const HERO_BASE_URLS = {
  production: 'https://api.herohealth.net',
  staging: 'https://api.staging.htech.app',
} as const;

export type HeroEnv = keyof typeof HERO_BASE_URLS;

export const DEFAULT_ENV: HeroEnv = 'staging';

/** [DOC] Header carrying the practice group (tenant) id. */
export const PRACTICE_GROUP_HEADER = 'x-practice-group-id';

/** [DOC] Server-to-server header carrying the API key. Never sent from a browser. */
export const API_KEY_HEADER = 'x-api-key';

/** [DOC] Mints a short-lived JWT; server-side only. */
export const ACCESS_TOKEN_PATH = '/v1/access_token';

/** [DOC] Access tokens expire after 30 minutes. Used only when a JWT carries no readable `exp`. */
export const TOKEN_LIFETIME_MS = 30 * 60 * 1000;

/** [DESIGNED] Refresh a token this long before its `exp`, so no request is sent with a dying one. */
export const TOKEN_REFRESH_LEEWAY_MS = 60 * 1000;

/**
 * [DESIGNED] The JWT claim naming the practice group a token is for. Where a token carries it and
 * it differs from `tenant-id`, the token is refused rather than sent with another tenant's header.
 */
export const TOKEN_TENANT_CLAIM = 'practice_group_id';

/** [DESIGNED] `page_size` is capped at 100, so list endpoints are followed page by page. */
export const MAX_PAGE_SIZE = 100;

/** [DESIGNED] Most pages a list is followed for, whatever its `count` says (100 × 50 = 5,000 items). */
export const MAX_PAGES = 50;

/** [DESIGNED] One attempt of a request is given up after this long (configurable per client, `request-timeout`). */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * [DESIGNED] Statuses after which a request that changes something may nonetheless have been carried
 * out: the server failed while handling it (500) or a gateway lost the answer (502, 504). 503 and
 * 429 mean it was not taken on. No idempotency key is documented, so such a request is never
 * repeated automatically.
 */
export const UNKNOWN_OUTCOME_STATUSES: ReadonlySet<number> = new Set([500, 502, 504]);

/** [DESIGNED] Statuses worth retrying for idempotent requests (with `Retry-After` honoured). */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** [DESIGNED] Bounded exponential backoff for retries. */
export const RETRY_DEFAULTS = {
  /** Retries after the first attempt. */
  retries: 3,
  /** First backoff; doubles each retry, with jitter. */
  baseDelayMs: 300,
  /** No single wait is longer than this; a longer `Retry-After` is not waited for. */
  maxDelayMs: 8_000,
} as const;

/** Resolves the API base URL: an explicit `base-url` wins over `env`. */
export function resolveBaseUrl(env: string | undefined, baseUrl: string | undefined): string {
  if (baseUrl) return baseUrl.replace(/\/+$/, '');
  return HERO_BASE_URLS[env === 'production' ? 'production' : DEFAULT_ENV];
}
