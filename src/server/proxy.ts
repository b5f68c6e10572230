/**
 * Proxy mode, for tenants whose API key may not be used from browsers: the elements call the
 * host's own origin (`auth="proxy"` and `base-url` pointing here) with no token, and this handler
 * forwards what the elements need, and nothing else, to Hero with the API key added server-side.
 *
 * ```ts
 * import { createProxyHandler } from 'hero-elements/server';
 * const heroProxy = createProxyHandler({
 *   apiKey: process.env.HERO_API_KEY!,
 *   practiceGroupId: process.env.HERO_PRACTICE_GROUP_ID!,
 *   env: 'production',
 *   basePath: '/api/hero',
 *   authorize: async (request) => Boolean(await sessionFrom(request)), // your sign-in check
 * });
 * ```
 */
import { API_KEY_HEADER, PRACTICE_GROUP_HEADER } from '../api/config.js';
import {
  assertServer,
  checkConnection,
  json,
  positiveNumber,
  redact,
  UpstreamTimeout,
  withTimeout,
  type ConnectionOptions,
} from './guard.js';
import { ELEMENT_OPERATIONS, matchOperation } from './operations.js';

/** How long one forwarded call may take (ms): under the elements' own 30 s, so they hear a 504 rather than time out. */
export const DEFAULT_PROXY_TIMEOUT_MS = 25_000;
/** Largest request body forwarded (bytes): a form's answers fit many times over. */
export const DEFAULT_PROXY_MAX_BODY_BYTES = 256 * 1024;
/** Largest answer passed back (bytes): a page of 100 of anything fits many times over. */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** Longest query string forwarded (characters). */
const MAX_QUERY_LENGTH = 4096;

export interface ProxyHandlerOptions extends ConnectionOptions {
  /**
   * Decides whether this request may reach Hero with your API key: check your user's session
   * here. Answer `false` for a 401. Required: without it anyone who finds the route could read
   * and change patient records with your key. (`() => true` only behind your own authentication.)
   * It is given the browser's request as it came: read its headers and cookies, not its body
   * (the proxy forwards the body).
   */
  authorize: (request: Request) => boolean | Promise<boolean>;
  /** The path the handler is mounted at, e.g. `/api/hero` (the elements' `base-url`). Default: none, for mounts that strip it (Express `app.use('/api/hero', ...)`). */
  basePath?: string;
  /** Milliseconds before a call to Hero is given up with a 504 (default 25 000). */
  timeoutMs?: number;
  /** Largest request body forwarded, in bytes (default 256 KiB); larger gets a 413. */
  maxBodyBytes?: number;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

/**
 * A fetch-style handler, `(Request) => Promise<Response>`, that forwards the elements' calls to
 * Hero. Only the method and path pairs the elements use pass (`ELEMENT_OPERATIONS`; ids digits
 * only): anything else is a 404 (or 405 for a known path with another method). It sends Hero
 * `accept`, `content-type`, `x-api-key` and `x-practice-group-id` and nothing else of the browser's
 * request (no `Authorization`, no cookies); takes JSON bodies only, up to `maxBodyBytes`; refuses
 * cross-site requests (`Sec-Fetch-Site`); never follows a redirect; answers 504 when Hero takes
 * longer than `timeoutMs` and 502 when Hero cannot be reached; passes back Hero's status, JSON
 * and `Retry-After` with `Cache-Control: no-store`. It never rejects.
 */
export function createProxyHandler(options: ProxyHandlerOptions): (request: Request) => Promise<Response> {
  assertServer('createProxyHandler');
  const { apiKey, practiceGroupId, baseUrl } = checkConnection(options, 'createProxyHandler');
  if (typeof options.authorize !== 'function') {
    throw new TypeError(
      'hero-elements/server: createProxyHandler: authorize is required: a function that checks your user’s session (the proxy uses your API key for whoever it lets through).',
    );
  }
  const { authorize } = options;
  const timeoutMs = positiveNumber(options.timeoutMs, DEFAULT_PROXY_TIMEOUT_MS, 'timeoutMs', 'createProxyHandler');
  const maxBodyBytes = positiveNumber(options.maxBodyBytes, DEFAULT_PROXY_MAX_BODY_BYTES, 'maxBodyBytes', 'createProxyHandler');
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  if (basePath && !/^\/[\w\-./]*$/.test(basePath)) {
    throw new TypeError('hero-elements/server: createProxyHandler: basePath must be a path such as "/api/hero".');
  }
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  return async (request) => {
    try {
      return await forward(request);
    } catch (error) {
      if (error instanceof Refusal) return json({ error: error.code }, error.status);
      return json({ error: 'internal_error' }, 500);
    }
  };

  async function forward(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`${basePath}/`)) throw new Refusal(404, 'not_found');
    const path = url.pathname.slice(basePath.length);
    const match = matchOperation(request.method, path, ELEMENT_OPERATIONS);
    if (match.kind === 'unknown') throw new Refusal(404, 'not_found');
    if (match.kind === 'method') return json({ error: 'method_not_allowed' }, 405, { allow: match.allow.join(', ') });
    // The elements call from the host's own pages; another site's page riding on the user's cookies is refused.
    if (request.headers.get('sec-fetch-site') === 'cross-site') throw new Refusal(403, 'cross_site');
    if (url.search.length > MAX_QUERY_LENGTH) throw new Refusal(414, 'query_too_long');

    if (!(await authorize(request))) throw new Refusal(401, 'unauthorized');

    const hasBody = request.method !== 'GET';
    const body = hasBody ? await readJsonBody(request) : undefined;
    const headers: Record<string, string> = {
      accept: 'application/json',
      [API_KEY_HEADER]: apiKey,
      [PRACTICE_GROUP_HEADER]: practiceGroupId,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';

    let answer: { status: number; contentType: string | null; retryAfter: string | null; bytes: Uint8Array<ArrayBuffer> };
    try {
      answer = await withTimeout(async (signal) => {
        const response = await doFetch(`${baseUrl}${path}${url.search}`, {
          method: request.method,
          headers,
          body: body ?? null,
          redirect: 'manual',
          signal,
        });
        return {
          status: response.status,
          contentType: response.headers.get('content-type'),
          retryAfter: response.headers.get('retry-after'),
          bytes: await readLimited(response.body, MAX_RESPONSE_BYTES),
        };
      }, timeoutMs);
    } catch (error) {
      if (error instanceof UpstreamTimeout) throw new Refusal(504, 'upstream_timeout');
      if (error instanceof Refusal) throw new Refusal(502, 'upstream_too_large');
      throw new Refusal(502, 'upstream_unreachable');
    }
    // A redirect is never followed (it would carry the key elsewhere) nor passed on.
    if (answer.status < 200 || (answer.status >= 300 && answer.status < 400) || answer.status > 599)
      throw new Refusal(502, 'upstream_redirect');

    const out: Record<string, string> = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (answer.retryAfter && /^[\w ,:+-]{1,64}$/.test(answer.retryAfter)) out['retry-after'] = answer.retryAfter;
    if (answer.status === 204 || answer.status === 205 || answer.status === 304 || answer.bytes.length === 0) {
      return new Response(null, { status: answer.status, headers: out });
    }
    // Hero answers JSON; anything else is passed on as an opaque download, never as a page.
    out['content-type'] =
      answer.contentType && /^application\/(problem\+)?json\b/i.test(answer.contentType) ? answer.contentType : 'application/octet-stream';
    // Should Hero ever echo the key, it stops here.
    const text = new TextDecoder().decode(answer.bytes);
    return new Response(text.includes(apiKey) ? redact(text, [apiKey]) : answer.bytes, { status: answer.status, headers: out });
  }

  /** The request's JSON body as text (undefined when empty), within `maxBodyBytes`. */
  async function readJsonBody(request: Request): Promise<string | undefined> {
    const type = request.headers.get('content-type') ?? '';
    const declared = Number(request.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBodyBytes) throw new Refusal(413, 'body_too_large');
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await withTimeout(() => readLimited(request.body, maxBodyBytes), timeoutMs);
    } catch (error) {
      if (error instanceof Refusal) throw new Refusal(413, 'body_too_large');
      throw new Refusal(408, 'body_unreadable');
    }
    if (bytes.length === 0) return undefined;
    if (!/^application\/json\s*(;|$)/i.test(type)) throw new Refusal(415, 'json_only');
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      JSON.parse(text);
      return text;
    } catch {
      throw new Refusal(400, 'invalid_json');
    }
  }
}

/** Reads a body stream to the end, refusing (`Refusal`) once it passes `limit` bytes. */
async function readLimited(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        void reader.cancel().catch(() => undefined);
        throw new Refusal(413, 'too_large');
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
