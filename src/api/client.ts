import type { HttpMethod, PathsWithMethod, SuccessResponseJSON } from './typed-paths.js';
import {
  DEFAULT_TIMEOUT_MS,
  MAX_PAGE_SIZE,
  MAX_PAGES,
  PRACTICE_GROUP_HEADER,
  RETRYABLE_STATUSES,
  UNKNOWN_OUTCOME_STATUSES,
} from './config.js';
import { HeroError, errorFromResponse, networkError, timeoutError } from './errors.js';
import { decode, decoderFor, type DecodeIssue } from './decode.js';
import type { Decoded, DecodedOperation } from './decoders/index.js';
import type { paths } from './generated/openapi.js';
import { abortable, parseRetryAfter, retryDelay, retryPolicy, sleep, type RetryPolicy } from './retry.js';
import { TokenManager, type TokenSource } from './token.js';

export interface HeroClientOptions {
  /** API origin, e.g. `https://api.staging.htech.app` (see `resolveBaseUrl`), or the host's proxy. */
  baseUrl: string;
  /** Practice group id, sent as `x-practice-group-id` (not sent in proxy mode: the proxy adds it). */
  tenantId?: string | undefined;
  /**
   * `token` (default): every request carries `Authorization: Bearer` from `token`. `proxy`: the
   * base URL is the host's own proxy (`hero-elements/server` `createProxyHandler`), which adds the
   * API key and practice group server-side; no token is sent.
   */
  auth?: 'token' | 'proxy';
  /** Where the access token comes from; required unless `auth` is `proxy`. */
  token?: TokenSource | undefined;
  /** Milliseconds before one attempt of a request is given up (default 30 000). */
  timeoutMs?: number;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Clock for token expiry (tests move it). Defaults to `Date.now`. */
  now?: () => number;
  retry?: Partial<RetryPolicy>;
}

// ---- Types derived from the generated OpenAPI `paths` (src/api/generated/openapi.ts) ----

type Method = Extract<HttpMethod, 'get' | 'post' | 'patch' | 'put' | 'delete'>;
type Op<P extends keyof paths, M extends Method> = NonNullable<paths[P][M & keyof paths[P]]>;
type Nothing<T> = [T] extends [never] ? true : [T] extends [undefined] ? true : false;

type PathPart<O> = O extends { parameters: { path: infer X } }
  ? Nothing<X> extends true
    ? { path?: never }
    : { path: X }
  : { path?: never };
type QueryPart<O> = O extends { parameters: { query: infer X } }
  ? { query: X }
  : O extends { parameters: { query?: infer X } }
    ? Nothing<X> extends true
      ? { query?: never }
      : { query?: X }
    : { query?: never };
type BodyPart<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? { body: B }
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? { body?: B }
    : { body?: never };

export interface CallOptions {
  /** Cancels the call (and its retries). Rejects with the signal's reason, an `AbortError`. */
  signal?: AbortSignal;
  /**
   * Marks a POST/PATCH as safe to repeat (e.g. a read-only lookup), so it is retried like a GET
   * on network errors, 429 and 502/503/504. Never set this on a send or a booking.
   */
  idempotent?: boolean;
  /**
   * Told what the response decoder noticed (src/api/decode.ts): fields it could not use, items it
   * skipped. Paths and problems only, never values. Elements report these once as `hero-error`.
   */
  onDecodeIssues?: (issues: DecodeIssue[]) => void;
}

/** The options of a call to `path` with `method`: path params, query and body as the API defines them. */
export type RequestOptions<P extends keyof paths, M extends Method> = CallOptions &
  PathPart<Op<P, M>> &
  QueryPart<Op<P, M>> &
  BodyPart<Op<P, M>>;

type Required<O> = Partial<O> extends O ? false : true;
type Args<P extends keyof paths, M extends Method> =
  Required<RequestOptions<P, M>> extends true ? [options: RequestOptions<P, M>] : [options?: RequestOptions<P, M>];

/** The JSON a successful call resolves to as the API defines it (`undefined` for 204). */
export type RawResponseData<P extends keyof paths, M extends Method> =
  Nothing<SuccessResponseJSON<Op<P, M>>> extends true ? undefined : SuccessResponseJSON<Op<P, M>>;

/**
 * What a successful call resolves to: the decoded answer where the kit has a decoder for the
 * operation (src/api/decode.ts), else the JSON as the API defines it (`undefined` for 204).
 */
export type ResponseData<P extends keyof paths, M extends Method> = `${Uppercase<M>} ${P & string}` extends DecodedOperation
  ? Decoded<`${Uppercase<M>} ${P & string}`>
  : RawResponseData<P, M>;

type GetPath = PathsWithMethod<paths, 'get'>;
/** GET paths answering the paginated `{ data, count }` shape. */
export type ListPath = {
  [P in GetPath]: ResponseData<P, 'get'> extends { data: unknown[]; count: number } ? P : never;
}[GetPath];
export type ListItem<P extends ListPath> = ResponseData<P, 'get'> extends { data: (infer I)[] } ? I : never;

/** `listAll` options: the list's filters, without the paging it does itself. */
export type ListOptions<P extends ListPath> = CallOptions & {
  query?: Omit<NonNullable<RequestOptions<P, 'get'>['query']>, 'page_index' | 'page_size'>;
};

interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
}

const IDEMPOTENT: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const PAGE_CONCURRENCY = 4;

/**
 * A typed client for the Hero Public API, for browsers. Every request carries the bearer token and
 * the practice group header; tokens refresh ahead of expiry and once on a 401; idempotent requests
 * retry transient failures with bounded backoff; identical GETs in flight are shared; every
 * failure is a `HeroError`.
 */
export class HeroClient {
  readonly baseUrl: string;
  readonly tenantId: string | undefined;
  readonly auth: 'token' | 'proxy';
  /** The token cache (undefined in proxy mode). */
  readonly tokens: TokenManager | undefined;
  readonly timeoutMs: number;
  readonly #fetch: typeof fetch;
  readonly #now: () => number;
  readonly #retry: RetryPolicy;
  readonly #inflight = new Map<string, SharedRequest>();

  constructor(options: HeroClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.tenantId = options.tenantId;
    this.auth = options.auth === 'proxy' ? 'proxy' : 'token';
    this.timeoutMs = options.timeoutMs && options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_TIMEOUT_MS;
    // Late-bound so a test's or MSW's patched global fetch is honoured.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#now = options.now ?? Date.now;
    this.#retry = retryPolicy(options.retry);
    if (this.auth === 'token') {
      if (!options.token) throw new HeroError('auth', 'No access token source: give the client a token source, or use auth: "proxy".');
      if (!options.tenantId) throw new HeroError('auth', 'No practice group: give the client a tenantId.');
      this.tokens = new TokenManager(options.token, {
        fetch: this.#fetch,
        now: this.#now,
        retry: this.#retry,
        timeoutMs: this.timeoutMs,
        tenantId: options.tenantId,
      });
    }
  }

  get<P extends GetPath>(path: P, ...[options]: Args<P, 'get'>): Promise<ResponseData<P, 'get'>> {
    return this.request('GET', path, options) as Promise<ResponseData<P, 'get'>>;
  }

  post<P extends PathsWithMethod<paths, 'post'>>(path: P, ...[options]: Args<P, 'post'>): Promise<ResponseData<P, 'post'>> {
    return this.request('POST', path, options) as Promise<ResponseData<P, 'post'>>;
  }

  patch<P extends PathsWithMethod<paths, 'patch'>>(path: P, ...[options]: Args<P, 'patch'>): Promise<ResponseData<P, 'patch'>> {
    return this.request('PATCH', path, options) as Promise<ResponseData<P, 'patch'>>;
  }

  /**
   * Fetches every page of a list endpoint and returns all items with the API's total `count`.
   * Pages are followed by the number of items actually returned (a server that caps `page_size`
   * below what was asked hides nothing), stopping on an empty page, at `count`, or after
   * `MAX_PAGES` pages whatever `count` says; an item whose `id` was already seen is not repeated.
   * Pages after the first are fetched a few at a time.
   */
  async listAll<P extends ListPath>(path: P, options: ListOptions<P> = {}): Promise<{ data: ListItem<P>[]; count: number }> {
    type Page = { data: ListItem<P>[]; count: number };
    const issues: DecodeIssue[] = [];
    const page = (index: number, size: number) =>
      this.request('GET', path, {
        ...options,
        query: { ...options.query, page_index: index, page_size: size },
        onDecodeIssues: (found) => issues.push(...found.map((issue) => ({ ...issue, path: issue.path.replace('$', `$page[${index}]`) }))),
      }) as Promise<Page>;
    const first = await page(0, MAX_PAGE_SIZE);
    const firstItems = Array.isArray(first?.data) ? first.data : [];
    const count = typeof first?.count === 'number' && Number.isFinite(first.count) ? first.count : firstItems.length;
    // The server's real page size: what it returned when it had more to give.
    const size = firstItems.length;
    const pageCount = size === 0 || size >= count ? 1 : Math.min(MAX_PAGES, Math.ceil(count / size));
    const pages: (ListItem<P>[] | undefined)[] = [firstItems];
    let next = 1;
    let stop = pageCount;
    const worker = async () => {
      while (next < stop) {
        const index = next++;
        const items = (await page(index, size)).data;
        pages[index] = Array.isArray(items) ? items : [];
        // An empty page ends the list: pages after it are not asked for, and any already asked are dropped.
        if (!pages[index]!.length) stop = Math.min(stop, index);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PAGE_CONCURRENCY, pageCount - 1) }, worker));
    const seen = new Set<string>();
    const data: ListItem<P>[] = [];
    for (const items of pages.slice(0, stop)) {
      for (const item of items ?? []) {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === 'string' || typeof id === 'number') {
          if (seen.has(String(id))) continue;
          seen.add(String(id));
        }
        data.push(item);
      }
    }
    if (issues.length) options.onDecodeIssues?.(issues);
    return { data, count };
  }

  /** The untyped core every call goes through: sends, then decodes the answer where the kit has a decoder. */
  async request(
    method: string,
    pathTemplate: string,
    options: {
      path?: object;
      query?: object;
      body?: unknown;
      signal?: AbortSignal;
      idempotent?: boolean;
      onDecodeIssues?: (issues: DecodeIssue[]) => void;
    } = {},
  ): Promise<unknown> {
    const url = this.#url(pathTemplate, options.path, options.query);
    const upper = method.toUpperCase();
    const idempotent = options.idempotent ?? IDEMPOTENT.has(upper);
    const body = options.body === undefined ? undefined : JSON.stringify(checkBody(options.body));
    const raw =
      upper === 'GET'
        ? await this.#shared(url, options.signal, (signal) => this.#send(upper, url, undefined, idempotent, signal))
        : await this.#send(upper, url, body, idempotent, options.signal);
    const decoder = decoderFor(upper, pathTemplate);
    // Every answer passes a decoder: an operation nobody registered is a mistake in the kit (or host), not data to trust.
    if (!decoder) throw new HeroError('validation', `No decoder is registered for ${upper} ${pathTemplate}: its answer was not used.`);
    const { value, issues } = decode(decoder, raw);
    if (issues.length) options.onDecodeIssues?.(issues);
    return value;
  }

  /** Joins an identical GET already in flight; the network request is cancelled only when every caller has. */
  #shared(key: string, signal: AbortSignal | undefined, run: (signal: AbortSignal) => Promise<unknown>): Promise<unknown> {
    signal?.throwIfAborted();
    let entry = this.#inflight.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: SharedRequest = {
        controller,
        users: 0,
        promise: run(controller.signal).finally(() => {
          if (this.#inflight.get(key) === created) this.#inflight.delete(key);
        }),
      };
      // Errors reach each caller through `abortable`; this handler only keeps an all-aborted request quiet.
      created.promise.catch(() => undefined);
      this.#inflight.set(key, created);
      entry = created;
    }
    const shared = entry;
    shared.users++;
    if (signal) {
      const leave = () => {
        if (--shared.users === 0) {
          shared.controller.abort();
          if (this.#inflight.get(key) === shared) this.#inflight.delete(key);
        }
      };
      signal.addEventListener('abort', leave, { once: true });
      shared.promise.then(
        () => signal.removeEventListener('abort', leave),
        () => signal.removeEventListener('abort', leave),
      );
    }
    return abortable(shared.promise, signal);
  }

  async #send(method: string, url: string, body: string | undefined, idempotent: boolean, signal?: AbortSignal): Promise<unknown> {
    let refreshedAfter401 = false;
    for (let attempt = 0; ;) {
      signal?.throwIfAborted();
      const headers: Record<string, string> = { accept: 'application/json' };
      let token: string | undefined;
      if (this.tokens) {
        token = await this.tokens.get(signal);
        headers['authorization'] = `Bearer ${token}`;
        headers[PRACTICE_GROUP_HEADER] = this.tenantId ?? '';
      }
      if (body !== undefined) headers['content-type'] = 'application/json';

      // One attempt: the caller's signal, or the timeout, whichever comes first.
      const attemptController = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        attemptController.abort();
      }, this.timeoutMs);
      const onAbort = () => attemptController.abort(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };

      let response: Response;
      let text: string;
      try {
        response = await this.#fetch(url, { method, headers, body: body ?? null, signal: attemptController.signal });
        if (response.ok && response.status !== 204) text = await response.text();
        else text = '';
      } catch (cause) {
        done();
        if (signal?.aborted) throw signal.reason;
        // Sent, maybe carried out, no answer: a change is never repeated (outcome unknown); a read is.
        const wait = idempotent && attempt < this.#retry.retries ? retryDelay(attempt, undefined, this.#retry) : undefined;
        if (wait === undefined) throw timedOut ? timeoutError(this.timeoutMs, !idempotent) : networkError(cause, !idempotent);
        await sleep(wait, signal);
        attempt++;
        continue;
      }

      if (response.status === 401 && token !== undefined && !refreshedAfter401) {
        done();
        // One refresh and one retry; a second 401 is final. (A 401 means the request was refused, so repeating it is safe.)
        refreshedAfter401 = true;
        this.tokens?.invalidate(token);
        void response.body?.cancel().catch(() => undefined);
        continue;
      }
      if (!response.ok) {
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.#now());
        if (idempotent && RETRYABLE_STATUSES.has(response.status) && attempt < this.#retry.retries) {
          const wait = retryDelay(attempt, retryAfter, this.#retry);
          if (wait !== undefined) {
            done();
            void response.body?.cancel().catch(() => undefined);
            await sleep(wait, signal);
            attempt++;
            continue;
          }
        }
        const errorBody: unknown = await response.json().catch(() => undefined);
        done();
        throw errorFromResponse(response.status, errorBody, retryAfter, !idempotent && UNKNOWN_OUTCOME_STATUSES.has(response.status));
      }
      done();
      if (!text) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch (cause) {
        // A cut-off or garbled answer: a read is asked again, a change may have been carried out.
        if (idempotent && attempt < this.#retry.retries) {
          attempt++;
          continue;
        }
        throw new HeroError('server', 'The Hero API sent a response the kit could not read. Try again in a moment.', {
          status: response.status,
          cause,
          outcomeUnknown: !idempotent,
        });
      }
    }
  }

  #url(template: string, pathParams: object | undefined, query: object | undefined): string {
    const params = (pathParams ?? {}) as Record<string, unknown>;
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (!isUsable(value) || String(value).trim() === '') {
        throw new HeroError('validation', `The kit tried to call the API without a usable "${name}"; nothing was sent.`);
      }
      return encodeURIComponent(String(value));
    });
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined || value === null) continue;
      if (!isUsable(value)) throw new HeroError('validation', `The kit tried to call the API with an unusable "${key}"; nothing was sent.`);
      // OpenAPI's default query style (form, explode): arrays repeat the key.
      for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
    }
    const qs = search.toString();
    return `${this.baseUrl}${path}${qs ? `?${qs}` : ''}`;
  }
}

/** Not `undefined`, `null`, `NaN` or ±Infinity, nor the text of one (`'undefined'`, `'NaN'`). */
function isUsable(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return !/^(undefined|null|NaN)$/.test(value);
  return true;
}

/**
 * Refuses a request body holding `undefined`, `NaN` or the text `'undefined'` anywhere: JSON would
 * silently drop or garble it (a booking sent without its patient). Optional fields are left out by
 * the caller, never set to undefined.
 */
function checkBody(body: unknown, path = 'body'): unknown {
  if (Array.isArray(body)) body.forEach((item, i) => checkBody(item, `${path}[${i}]`));
  else if (typeof body === 'object' && body !== null) {
    for (const [key, value] of Object.entries(body)) {
      if (value !== null && typeof value !== 'object' && !isUsable(value)) {
        throw new HeroError('validation', `The kit tried to send "${path}.${key}" without a usable value; nothing was sent.`);
      }
      checkBody(value, `${path}.${key}`);
    }
  }
  return body;
}
