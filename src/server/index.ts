/**
 * `hero-elements/server`: for the host's backend, never a browser. Mints the short-lived access
 * tokens the elements use, with the API key kept on the server.
 *
 * ```ts
 * import { createTokenHandler } from 'hero-elements/server';
 * const handler = createTokenHandler({
 *   apiKey: process.env.HERO_API_KEY!,
 *   practiceGroupId: process.env.HERO_PRACTICE_GROUP_ID!,
 *   env: 'production',
 *   authorize: async (request) => Boolean(await sessionFrom(request)), // your sign-in check
 * });
 * ```
 */
import { ACCESS_TOKEN_PATH, API_KEY_HEADER, PRACTICE_GROUP_HEADER, resolveBaseUrl, type HeroEnv } from '../api/config.js';
import { readJwtExpiry } from '../api/token.js';

export interface AccessTokenOptions {
  /** Hero API key. Keep it in server configuration; it must never reach a browser. */
  apiKey: string;
  /** The practice group the token is for. */
  practiceGroupId: string;
  /** `staging` (default) or `production`. */
  env?: HeroEnv;
  /** Explicit API base URL; wins over `env`. */
  baseUrl?: string;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

export interface AccessToken {
  access_token: string;
  /** Epoch ms read from the JWT's `exp`, when it has one. */
  expiresAt: number | undefined;
}

/** Thrown when Hero will not mint a token. Its message names no secret. */
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

/** Calls `POST /v1/access_token` server-to-server and returns the token with its expiry. */
export async function createAccessToken(options: AccessTokenOptions): Promise<AccessToken> {
  if (!options.apiKey) throw new AccessTokenError('createAccessToken needs an apiKey.');
  if (!options.practiceGroupId) throw new AccessTokenError('createAccessToken needs a practiceGroupId.');
  const url = `${resolveBaseUrl(options.env, options.baseUrl)}${ACCESS_TOKEN_PATH}`;
  const doFetch = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        [API_KEY_HEADER]: options.apiKey,
        [PRACTICE_GROUP_HEADER]: options.practiceGroupId,
      },
      signal: options.signal ?? null,
    });
  } catch (cause) {
    throw new AccessTokenError(`Could not reach the Hero API at ${new URL(url).origin}.`, undefined, { cause });
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    const hint =
      response.status === 401 || response.status === 403
        ? ' Check the API key and practice group id.'
        : response.status === 429
          ? ' Rate limited: cache tokens instead of minting one per request.'
          : '';
    throw new AccessTokenError(`Hero refused to create an access token (HTTP ${response.status}).${hint}`, response.status);
  }
  const body: unknown = await response.json().catch(() => undefined);
  const token = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['access_token'] : undefined;
  if (typeof token !== 'string' || !token) {
    throw new AccessTokenError('Hero answered without an access_token.', response.status);
  }
  return { access_token: token, expiresAt: readJwtExpiry(token) };
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
  /** Current time in ms (tests). */
  now?: () => number;
}

/**
 * A fetch-style handler, `(Request) => Promise<Response>`, for the host's token route. Mount it
 * as a Next.js route handler, in Hono, or in Express/Node `http` through `toNodeHandler`.
 * Answers `200 { access_token }` with `Cache-Control: no-store`, `401` when `authorize` says no,
 * `405` for methods other than GET/POST, and `502` when Hero will not mint one.
 */
export function createTokenHandler(options: TokenHandlerOptions): (request: Request) => Promise<Response> {
  const { authorize, reuseSeconds = 300, now = Date.now, ...tokenOptions } = options;
  let cached: AccessToken | undefined;
  let pending: Promise<AccessToken> | undefined;

  const mint = (): Promise<AccessToken> => {
    const fresh = cached && cached.expiresAt !== undefined && cached.expiresAt - reuseSeconds * 1000 > now();
    if (fresh && cached) return Promise.resolve(cached);
    pending ??= createAccessToken(tokenOptions)
      .then((token) => (cached = token))
      .finally(() => (pending = undefined));
    return pending;
  };

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'POST') {
      return json({ error: 'method_not_allowed' }, 405, { allow: 'GET, POST' });
    }
    if (authorize && !(await authorize(request))) return json({ error: 'unauthorized' }, 401);
    try {
      const token = await mint();
      return json({ access_token: token.access_token }, 200);
    } catch (error) {
      const status = error instanceof AccessTokenError ? error.status : undefined;
      return json({ error: 'token_unavailable', upstream_status: status ?? null }, 502);
    }
  };
}

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  });
}

/** The parts of Node's `IncomingMessage` the adapter reads. */
export interface NodeRequestLike {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

/** The parts of Node's `ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string): unknown;
}

/**
 * Adapts a fetch-style handler to Node's `(req, res)` signature, for Express and `node:http`:
 * `app.get('/hero-token', toNodeHandler(createTokenHandler({...})))`. The token route reads no
 * request body, so none is forwarded.
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>) {
  return async (req: NodeRequestLike, res: NodeResponseLike): Promise<void> => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
    }
    const host = headers.get('host') ?? 'localhost';
    const response = await handler(
      new Request(new URL(req.url ?? '/', `http://${host}`), { method: req.method ?? 'GET', headers }),
    );
    res.statusCode = response.status;
    response.headers.forEach((value, name) => res.setHeader(name, value));
    res.end(await response.text());
  };
}
