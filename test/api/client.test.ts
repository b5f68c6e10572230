import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { HeroClient } from '../../src/api/client.js';
// As hero-elements/api does: every operation's decoder registered.
import '../../src/api/index.js';
import { HERO_BASE_URLS, MAX_PAGES } from '../../src/api/config.js';
import { HeroError, isAbortError } from '../../src/api/errors.js';
import { sharedClient } from '../../src/api/registry.js';
import { parseRetryAfter, retryDelay, retryPolicy } from '../../src/api/retry.js';
import { readJwtExpiry, resolveTokenSource } from '../../src/api/token.js';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID, mintMockToken, mockClock } from '../../mock/index.js';
import { requestsTo, useMockApi, worker } from '../support/mock-api.js';

const API = MOCK_BASE_URL;
const FAST = { baseDelayMs: 1, maxDelayMs: 2_000 };

/** A client whose tokens come from a counting provider that mints real mock JWTs. */
function makeClient(options: { now?: () => number; provider?: () => Promise<string>; fetch?: typeof fetch } = {}) {
  const calls = { tokens: 0 };
  const provider =
    options.provider ??
    (async () => {
      calls.tokens++;
      return mintMockToken();
    });
  const client = new HeroClient({
    baseUrl: API,
    tenantId: MOCK_PRACTICE_GROUP_ID,
    token: { kind: 'provider', provider },
    retry: FAST,
    ...(options.now ? { now: options.now } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return { client, calls };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('HeroClient', () => {
  useMockApi();

  describe('requests', () => {
    it('sends the bearer token and the practice group header on every request', async () => {
      const { client } = makeClient();
      await client.get('/v1/locations');
      const [request] = requestsTo('/v1/locations');
      expect(request?.headers.get('authorization')).to.match(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
      expect(request?.headers.get('x-practice-group-id')).to.equal(MOCK_PRACTICE_GROUP_ID);
    });

    it('fills path parameters and serialises the query, leaving out empty values', async () => {
      const { client } = makeClient();
      await client.get('/v1/slots', { query: { start_date: '2026-11-23', location_id: undefined, page_size: 5 } });
      const url = new URL(requestsTo('/v1/slots')[0]!.url);
      expect(url.searchParams.get('start_date')).to.equal('2026-11-23');
      expect(url.searchParams.get('page_size')).to.equal('5');
      expect(url.searchParams.has('location_id')).to.equal(false);
    });

    it('picks the base URL from env, with base-url winning', () => {
      const provider = async () => 'x';
      expect(sharedClient({ tenantId: '1', tokenProvider: provider }).baseUrl).to.equal(HERO_BASE_URLS.staging);
      expect(sharedClient({ tenantId: '1', tokenProvider: provider, env: 'production' }).baseUrl).to.equal(HERO_BASE_URLS.production);
      expect(
        sharedClient({ tenantId: '1', tokenProvider: provider, env: 'production', baseUrl: 'https://proxy.example/hero/' }).baseUrl,
      ).to.equal('https://proxy.example/hero');
    });
  });

  describe('tokens', () => {
    it('takes the token from tokenProvider, then token-url, then jwt-token', () => {
      const tokenProvider = async () => 't';
      expect(resolveTokenSource({ tokenProvider, tokenUrl: '/t', jwtToken: 'j' })?.kind).to.equal('provider');
      expect(resolveTokenSource({ tokenUrl: '/t', jwtToken: 'j' })?.kind).to.equal('url');
      expect(resolveTokenSource({ jwtToken: 'j' })?.kind).to.equal('static');
      expect(resolveTokenSource({})).to.equal(undefined);
    });

    it('fetches token-url with cookies and reads { access_token }', async () => {
      const inits: RequestInit[] = [];
      const recordingFetch: typeof fetch = (input, init) => {
        if (String(input).endsWith('/api/hero-token')) inits.push(init ?? {});
        return fetch(input, init);
      };
      const client = new HeroClient({
        baseUrl: API,
        tenantId: MOCK_PRACTICE_GROUP_ID,
        token: { kind: 'url', url: '/api/hero-token' },
        fetch: recordingFetch,
      });
      const locations = await client.get('/v1/locations');
      expect(locations.data.length).to.be.greaterThan(0);
      expect(inits).to.have.length(1);
      expect(inits[0]?.credentials).to.equal('include');
    });

    it('reads exp from the JWT', async () => {
      const token = await mintMockToken({ ttlSeconds: 1800 });
      const exp = readJwtExpiry(token);
      expect(exp).to.be.a('number');
      expect(Math.abs(exp! - (mockClock.now() + 1_800_000))).to.be.lessThan(1_000);
      expect(readJwtExpiry('not-a-jwt')).to.equal(undefined);
    });

    it('reuses one token until shortly before exp, then refreshes ahead of expiry without a 401', async () => {
      const { client, calls } = makeClient({ now: () => mockClock.now() });
      await client.get('/v1/locations');
      await client.get('/v1/appointment_types');
      expect(calls.tokens).to.equal(1);

      mockClock.advance(29.5 * 60_000); // 30 s before exp: inside the refresh window
      await client.get('/v1/locations');
      expect(calls.tokens).to.equal(2);
      expect(requestsTo(/\/v1\//).length).to.equal(3);
    });

    it('recovers when the token expires mid-session: one 401, one refresh, one retry', async () => {
      // The client's clock is not moved, so it believes its token is fresh; the API knows better.
      const { client, calls } = makeClient();
      await client.get('/v1/locations');
      mockClock.advance(31 * 60_000);
      const result = await client.get('/v1/locations');
      expect(result.data.length).to.be.greaterThan(0);
      expect(calls.tokens).to.equal(2);
      expect(requestsTo('/v1/locations').length).to.equal(3);
    });

    it('makes concurrent requests wait on a single refresh', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const { client, calls } = makeClient({
        provider: async () => {
          calls.tokens++;
          await gate;
          return mintMockToken();
        },
      });
      const pending = Promise.all([
        client.get('/v1/locations'),
        client.get('/v1/appointment_types'),
        client.get('/v1/templates'),
        client.get('/v1/practitioners'),
      ]);
      release();
      await pending;
      expect(calls.tokens).to.equal(1);
    });

    it('refreshes once on a 401 and gives up with an auth error if the new token is refused too', async () => {
      worker.use(
        http.get('*/v1/locations', () => HttpResponse.json({ error: true, statusCode: 401, message: 'Unauthorized' }, { status: 401 })),
      );
      const { client, calls } = makeClient();
      const error = await rejection(client.get('/v1/locations'));
      expect(error).to.be.instanceOf(HeroError);
      expect((error as HeroError).code).to.equal('auth');
      expect((error as HeroError).status).to.equal(401);
      expect(requestsTo('/v1/locations').length).to.equal(2);
      expect(calls.tokens).to.equal(2);
    });

    it('reports a token endpoint that is down clearly, and recovers once it is back', async () => {
      let down = true;
      worker.use(http.get('*/api/hero-token', () => (down ? HttpResponse.error() : undefined)));
      const client = new HeroClient({
        baseUrl: API,
        tenantId: MOCK_PRACTICE_GROUP_ID,
        token: { kind: 'url', url: '/api/hero-token' },
        retry: FAST,
      });

      const error = (await rejection(client.get('/v1/locations'))) as HeroError;
      expect(error.code).to.equal('auth');
      expect(error.message).to.contain('token endpoint');
      expect(requestsTo('/v1/locations')).to.have.length(0); // nothing sent without a token

      down = false;
      const locations = await client.get('/v1/locations');
      expect(locations.data.length).to.be.greaterThan(0);
    });

    it('stops retrying the token endpoint once nobody waits for the token (the element left the page)', async () => {
      worker.use(http.all('*/api/hero-token', () => new HttpResponse(null, { status: 503 })));
      const client = new HeroClient({
        baseUrl: API,
        tenantId: MOCK_PRACTICE_GROUP_ID,
        token: { kind: 'url', url: '/api/hero-token' },
        retry: { baseDelayMs: 200, maxDelayMs: 200 },
      });
      const controller = new AbortController();
      const call = client.get('/v1/locations', { signal: controller.signal });
      await waitUntil(() => requestsTo('/api/hero-token').length === 1, 'the first token request');
      controller.abort();
      expect(isAbortError(await rejection(call))).to.equal(true);
      // The refresh ends by itself after its backoff instead of asking again.
      await client.tokens!.idle();
      expect(requestsTo('/api/hero-token')).to.have.length(1);
      expect(requestsTo('/v1/locations')).to.have.length(0);
    });

    it('says when the token endpoint refuses (signed out) without retrying it', async () => {
      worker.use(http.get('*/api/hero-token', () => new HttpResponse(null, { status: 401 })));
      const client = new HeroClient({
        baseUrl: API,
        tenantId: MOCK_PRACTICE_GROUP_ID,
        token: { kind: 'url', url: '/api/hero-token' },
        retry: FAST,
      });
      const error = (await rejection(client.get('/v1/locations'))) as HeroError;
      expect(error.code).to.equal('auth');
      expect(error.message).to.contain('sign in');
      expect(requestsTo('/api/hero-token')).to.have.length(1);
    });

    it('refuses an expired jwt-token before sending anything', async () => {
      const token = await mintMockToken({ ttlSeconds: 60 });
      mockClock.advance(120_000);
      const client = new HeroClient({
        baseUrl: API,
        tenantId: MOCK_PRACTICE_GROUP_ID,
        token: { kind: 'static', token },
        now: () => mockClock.now(),
      });
      const error = (await rejection(client.get('/v1/locations'))) as HeroError;
      expect(error.code).to.equal('auth');
      expect(error.message).to.contain('jwt-token');
      expect(requestsTo('/v1/locations')).to.have.length(0);
    });
  });

  describe('retries', () => {
    function failing(times: number, response: () => Response, method: 'get' | 'post' = 'get', path = '*/v1/locations') {
      let left = times;
      worker.use(http[method](path, () => (left-- > 0 ? response() : undefined)));
    }

    it('retries an idempotent request on 502/503/504 and succeeds', async () => {
      failing(3, () => new HttpResponse(null, { status: [502, 503, 504][Math.floor(Math.random() * 3)]! }));
      const { client } = makeClient();
      const locations = await client.get('/v1/locations');
      expect(locations.data.length).to.be.greaterThan(0);
      expect(requestsTo('/v1/locations')).to.have.length(4);
    });

    it('retries on network errors', async () => {
      failing(1, () => HttpResponse.error());
      const { client } = makeClient();
      await client.get('/v1/locations');
      expect(requestsTo('/v1/locations')).to.have.length(2);
    });

    it('honours Retry-After on 429', async () => {
      failing(1, () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '0' } }));
      const { client } = makeClient();
      await client.get('/v1/locations');
      expect(requestsTo('/v1/locations')).to.have.length(2);
    });

    it('does not wait out a Retry-After longer than the cap: rate_limited, with the wait', async () => {
      failing(1, () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '120' } }));
      const { client } = makeClient();
      const error = (await rejection(client.get('/v1/locations'))) as HeroError;
      expect(error.code).to.equal('rate_limited');
      expect(error.retryAfter).to.equal(120);
      expect(requestsTo('/v1/locations')).to.have.length(1);
    });

    it('stops after a bounded number of retries', async () => {
      failing(100, () => new HttpResponse(null, { status: 503 }));
      const { client } = makeClient();
      const error = (await rejection(client.get('/v1/locations'))) as HeroError;
      expect(error.code).to.equal('server');
      expect(requestsTo('/v1/locations')).to.have.length(retryPolicy().retries + 1);
    });

    it('never repeats a POST that may have been processed (network error, 503)', async () => {
      failing(1, () => new HttpResponse(null, { status: 503 }), 'post', '*/v1/messages/send');
      const { client } = makeClient();
      const body = { patient_id: '1', message_type: 'sms', message_string: 'Hello' } as const;
      const error = (await rejection(client.post('/v1/messages/send', { body }))) as HeroError;
      expect(error.code).to.equal('server');
      expect(error.outcomeUnknown, '503: the request was not taken on').to.equal(false);
      expect(requestsTo('/v1/messages/send')).to.have.length(1);

      failing(1, () => HttpResponse.error(), 'post', '*/v1/messages/send');
      const network = (await rejection(client.post('/v1/messages/send', { body }))) as HeroError;
      expect(network.code).to.equal('network');
      expect(network.outcomeUnknown, 'the connection dropped: it may have been sent').to.equal(true);
      expect(requestsTo('/v1/messages/send')).to.have.length(2);
    });

    for (const status of [500, 502, 504]) {
      it(`marks a POST answered ${status} as of unknown outcome and sends it once`, async () => {
        failing(1, () => new HttpResponse(null, { status }), 'post', '*/v1/appointments');
        const { client } = makeClient();
        const body = { appointment_type_id: '1', location_id: '1', practitioner_id: '1', duration: 10, start_time: '2026-12-08T09:00:00Z' };
        const error = (await rejection(client.post('/v1/appointments', { body }))) as HeroError;
        expect(error.outcomeUnknown).to.equal(true);
        expect(requestsTo('/v1/appointments')).to.have.length(1);
      });
    }

    it('marks a POST whose answer is cut off after the headers as of unknown outcome, and does not repeat it', async () => {
      worker.use(
        http.post(
          '*/v1/messages/send',
          () => new HttpResponse('{"message_id":"77","content":"Hel', { status: 201, headers: { 'content-type': 'application/json' } }),
        ),
      );
      const { client } = makeClient();
      const body = { patient_id: '1', message_type: 'sms', message_string: 'Hello' } as const;
      const error = (await rejection(client.post('/v1/messages/send', { body }))) as HeroError;
      expect(error.outcomeUnknown).to.equal(true);
      expect(requestsTo('/v1/messages/send')).to.have.length(1);
    });

    it('asks again for a read whose answer is cut off', async () => {
      let calls = 0;
      worker.use(
        http.get('*/v1/locations', () => {
          calls++;
          return calls === 1 ? new HttpResponse('{"data":[{"id":"1"', { headers: { 'content-type': 'application/json' } }) : undefined;
        }),
      );
      const { client } = makeClient();
      const { data } = await client.get('/v1/locations');
      expect(data.length).to.be.greaterThan(0);
      expect(calls).to.equal(2);
    });

    it('retries a POST marked idempotent (a read-only lookup)', async () => {
      failing(1, () => new HttpResponse(null, { status: 503 }), 'post', '*/v1/snomed/validate');
      const { client } = makeClient();
      const result = await client.post('/v1/snomed/validate', { body: { code: '1240751000000100' }, idempotent: true });
      expect(result).to.have.property('valid');
      expect(requestsTo('/v1/snomed/validate')).to.have.length(2);
    });

    it('computes bounded backoff and parses Retry-After', () => {
      const policy = retryPolicy({ baseDelayMs: 100, maxDelayMs: 1_000 });
      for (let attempt = 0; attempt < 8; attempt++) {
        const wait = retryDelay(attempt, undefined, policy)!;
        expect(wait).to.be.at.most(1_000);
        expect(wait).to.be.at.least(Math.min(1_000, 100 * 2 ** attempt) / 2);
      }
      expect(retryDelay(0, 0.5, policy)).to.equal(500);
      expect(retryDelay(0, 5, policy)).to.equal(undefined);
      expect(parseRetryAfter('3', 0)).to.equal(3);
      expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).to.equal(6);
      expect(parseRetryAfter(null, 0)).to.equal(undefined);
    });
  });

  describe('cancellation and sharing', () => {
    it('rejects with an AbortError when the signal aborts mid-request', async () => {
      worker.use(http.get('*/v1/locations', () => new Promise<Response>(() => undefined)));
      const { client } = makeClient();
      const controller = new AbortController();
      const call = client.get('/v1/locations', { signal: controller.signal });
      await new Promise((r) => setTimeout(r, 20));
      controller.abort();
      expect(isAbortError(await rejection(call))).to.equal(true);
    });

    it('stops waiting between retries when aborted', async () => {
      worker.use(http.get('*/v1/locations', () => new HttpResponse(null, { status: 503 })));
      const client = new HeroClient({
        baseUrl: API,
        tenantId: MOCK_PRACTICE_GROUP_ID,
        token: { kind: 'provider', provider: () => mintMockToken() },
        retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 },
      });
      const controller = new AbortController();
      const call = client.get('/v1/locations', { signal: controller.signal });
      // Abort once the first attempt has been answered (503) and the long backoff has begun.
      await waitUntil(() => requestsTo('/v1/locations').length === 1, 'the first attempt', { timeout: 5_000 });
      controller.abort();
      expect(isAbortError(await rejection(call))).to.equal(true);
      expect(requestsTo('/v1/locations')).to.have.length(1);
    });

    it('shares identical GETs in flight: one request, the same answer for both callers', async () => {
      const { client } = makeClient();
      const [a, b, filtered] = await Promise.all([
        client.get('/v1/appointment_types'),
        client.get('/v1/appointment_types'),
        client.get('/v1/appointment_types', { query: { has_availability: true } }),
      ]);
      expect(a).to.deep.equal(b);
      expect(filtered.data.length).to.be.greaterThan(0);
      expect(requestsTo('/v1/appointment_types')).to.have.length(2); // the filtered one is its own request
    });

    it('keeps a shared request alive for the callers that did not abort', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      worker.use(
        http.get('*/v1/appointment_types', async () => {
          await gate;
          return undefined; // then the normal mock answers
        }),
      );
      const { client } = makeClient();
      const controller = new AbortController();
      const first = client.get('/v1/appointment_types', { signal: controller.signal });
      const second = client.get('/v1/appointment_types');
      await waitUntil(() => requestsTo('/v1/appointment_types').length === 1, 'the shared request reached the API');
      controller.abort();
      release();
      expect(isAbortError(await rejection(first))).to.equal(true);
      expect((await second).data.length).to.be.greaterThan(0);
      expect(requestsTo('/v1/appointment_types')).to.have.length(1);
    });

    it('starts afresh once every caller of a shared request has aborted', async () => {
      worker.use(http.get('*/v1/appointment_types', () => new Promise<Response>(() => undefined), { once: true }));
      const { client } = makeClient();
      const controller = new AbortController();
      const first = client.get('/v1/appointment_types', { signal: controller.signal });
      await waitUntil(() => requestsTo('/v1/appointment_types').length === 1, 'the request reached the API');
      controller.abort();
      expect(isAbortError(await rejection(first))).to.equal(true);
      expect((await client.get('/v1/appointment_types')).data.length).to.be.greaterThan(0);
      expect(requestsTo('/v1/appointment_types')).to.have.length(2);
    });
  });

  describe('pagination', () => {
    it('follows every page of a list and returns all items with the total count', async () => {
      const { client } = makeClient();
      const { data, count } = await client.listAll('/v1/slots');
      expect(count).to.be.greaterThan(100);
      expect(data).to.have.length(count);
      expect(new Set(data.map((s) => s.id)).size).to.equal(count);
      const pages = requestsTo('/v1/slots').map((r) => new URL(r.url).searchParams);
      expect(pages).to.have.length(Math.ceil(count / 100));
      expect(pages.every((p) => p.get('page_size') === '100')).to.equal(true);
    });

    it('follows the items actually returned when the server caps page_size below what was asked', async () => {
      const all = Array.from({ length: 45 }, (_, i) => ({ id: String(i + 1), name: `Location ${i + 1}` }));
      worker.use(
        http.get('*/v1/locations', ({ request }) => {
          const url = new URL(request.url);
          const size = Math.min(20, Number(url.searchParams.get('page_size')));
          const index = Number(url.searchParams.get('page_index'));
          return HttpResponse.json({ data: all.slice(index * size, index * size + size), count: all.length });
        }),
      );
      const { client } = makeClient();
      const { data, count } = await client.listAll('/v1/locations');
      expect(count).to.equal(45);
      expect(data.map((l) => l.id)).to.deep.equal(all.map((l) => l.id));
      expect(requestsTo('/v1/locations')).to.have.length(3);
    });

    it('stops on an empty page, and never follows more than a fixed number of pages whatever count says', async () => {
      worker.use(http.get('*/v1/locations', () => HttpResponse.json({ data: [], count: 1_000_000 })));
      const { client } = makeClient();
      expect((await client.listAll('/v1/locations')).data).to.deep.equal([]);
      expect(requestsTo('/v1/locations')).to.have.length(1);

      let next = 0;
      worker.use(
        http.get('*/v1/locations', () => HttpResponse.json({ data: [{ id: String(++next), name: 'Surgery' }], count: 1_000_000 })),
      );
      const capped = await client.listAll('/v1/locations');
      expect(requestsTo('/v1/locations').length - 1).to.equal(MAX_PAGES);
      expect(capped.data).to.have.length(MAX_PAGES);
    });

    it('does not repeat an item a server returns on two pages', async () => {
      worker.use(
        http.get('*/v1/locations', ({ request }) => {
          const index = Number(new URL(request.url).searchParams.get('page_index'));
          const pages = [
            [
              { id: '1', name: 'A' },
              { id: '2', name: 'B' },
            ],
            [
              { id: 2, name: 'B' },
              { id: '3', name: 'C' },
            ],
          ];
          return HttpResponse.json({ data: pages[index] ?? [], count: 4 });
        }),
      );
      const { client } = makeClient();
      expect((await client.listAll('/v1/locations')).data.map((l) => String(l.id))).to.deep.equal(['1', '2', '3']);
    });

    it('makes one request for a list that fits a page', async () => {
      const { client } = makeClient();
      const { data, count } = await client.listAll('/v1/locations');
      expect(data).to.have.length(count);
      expect(requestsTo('/v1/locations')).to.have.length(1);
    });
  });

  describe('errors', () => {
    it('maps statuses to hero-error codes', async () => {
      const cases: [number, string][] = [
        [400, 'validation'],
        [403, 'auth'],
        [404, 'not_found'],
        [409, 'conflict'],
        [410, 'not_found'],
        [500, 'server'],
      ];
      const { client } = makeClient();
      for (const [status, code] of cases) {
        worker.use(http.get('*/v1/locations', () => new HttpResponse(null, { status })));
        const error = (await rejection(client.get('/v1/locations'))) as HeroError;
        expect(error.code, String(status)).to.equal(code);
        expect(error.status).to.equal(status);
      }
    });

    it('keeps field paths and reasons from the body but never its free text', async () => {
      worker.use(
        http.get('*/v1/locations', () =>
          HttpResponse.json(
            {
              error: true,
              statusCode: 400,
              message: [{ code: 'invalid_type', expected: 'string', path: ['dob'], received: 'Jane Smith 1980-01-01' }],
            },
            { status: 400 },
          ),
        ),
      );
      const { client } = makeClient();
      const error = (await rejection(client.get('/v1/locations'))) as HeroError;
      expect(error.code).to.equal('validation');
      expect(error.issues).to.deep.equal([{ path: ['dob'], code: 'invalid_type', expected: 'string' }]);
      expect(error.message, 'the message is the kit’s own words only').not.to.contain('dob');
      expect(JSON.stringify(error.toDetail())).not.to.contain('Jane');

      worker.use(
        http.get('*/v1/locations', () =>
          HttpResponse.json({ error: true, statusCode: 404, message: 'No patient Jane Smith' }, { status: 404 }),
        ),
      );
      const notFound = (await rejection(client.get('/v1/locations'))) as HeroError;
      expect(notFound.reason).to.equal(undefined);
      expect(notFound.message).not.to.contain('Jane');
    });

    it('reports a taken slot as a conflict with the API reason', async () => {
      worker.use(
        http.post('*/v1/appointments', () =>
          HttpResponse.json({ error: true, statusCode: 409, message: 'slot_unavailable' }, { status: 409 }),
        ),
      );
      const { client } = makeClient();
      const error = (await rejection(
        client.post('/v1/appointments', {
          body: { appointment_type_id: '1', location_id: '1', practitioner_id: '1', duration: 10, start_time: '2026-11-23T09:00:00Z' },
        }),
      )) as HeroError;
      expect(error.code).to.equal('conflict');
      expect(error.reason).to.equal('slot_unavailable');
    });

    it('refuses an answer no decoder was registered for, rather than pass it on unchecked', async () => {
      worker.use(http.get('*/v1/not-a-kit-operation', () => HttpResponse.json({ data: [] })));
      const { client } = makeClient();
      const error = (await rejection(client.request('GET', '/v1/not-a-kit-operation'))) as HeroError;
      expect(error.code).to.equal('validation');
      expect(error.message).to.contain('No decoder');
    });

    it('needs a tenant and a token source', () => {
      expect(() => sharedClient({ tokenUrl: '/t' })).to.throw(HeroError, /tenant-id/);
      expect(() => sharedClient({ tenantId: '1' })).to.throw(HeroError, /token/);
    });
  });

  describe('timeouts', () => {
    /** A client whose requests give up after 50 ms (its token minted beforehand, so only the request is timed). */
    let ready: string;
    before(async () => {
      ready = await mintMockToken({ ttlSeconds: 3600 });
    });
    /** The client's own fetch calls, by path: what it sent, however late the mock hears of it. */
    let sent: string[];
    beforeEach(() => {
      sent = [];
    });
    const counting: typeof fetch = (input, init) => {
      sent.push(new URL(String(input)).pathname);
      return globalThis.fetch(input, init);
    };
    const hasty = (provider: () => Promise<string> = async () => ready, retries?: number) =>
      new HeroClient({
        baseUrl: API,
        tenantId: MOCK_PRACTICE_GROUP_ID,
        token: { kind: 'provider', provider },
        retry: retries === undefined ? FAST : { ...FAST, retries },
        timeoutMs: 50,
        fetch: counting,
      });

    it('gives up a request that does not answer in time: a read is asked again, then fails as network', async () => {
      worker.use(http.get('*/v1/locations', () => new Promise<Response>(() => undefined)));
      const client = hasty(undefined, 1);
      const error = (await rejection(client.get('/v1/locations'))) as HeroError;
      expect(error.code).to.equal('network');
      expect(error.outcomeUnknown).to.equal(false);
      expect(sent).to.deep.equal(['/v1/locations', '/v1/locations']);
    });

    it('gives up a change that does not answer in time once, as of unknown outcome', async () => {
      worker.use(http.post('*/v1/messages/send', () => new Promise<Response>(() => undefined)));
      const client = hasty();
      const body = { patient_id: '1', message_type: 'sms', message_string: 'Hello' } as const;
      const error = (await rejection(client.post('/v1/messages/send', { body }))) as HeroError;
      expect(error.code).to.equal('network');
      expect(error.outcomeUnknown).to.equal(true);
      expect(sent).to.deep.equal(['/v1/messages/send']);
    });

    it('gives up a token source that never answers', async () => {
      const client = hasty(() => new Promise<string>(() => undefined));
      const error = (await rejection(client.get('/v1/locations'))) as HeroError;
      expect(error.code).to.equal('auth');
      expect(sent).to.deep.equal([]);
    });

    it('takes the timeout from request-timeout in the configuration', () => {
      expect(sharedClient({ tenantId: '1', tokenUrl: '/t', requestTimeout: 5_000 }).timeoutMs).to.equal(5_000);
      expect(sharedClient({ tenantId: '1', tokenUrl: '/t' }).timeoutMs).to.equal(30_000);
    });
  });

  describe('tenants and proxy mode', () => {
    it('refuses a token minted for another practice group rather than send it with this tenant’s header', async () => {
      const client = new HeroClient({
        baseUrl: API,
        tenantId: '2002',
        token: { kind: 'provider', provider: () => mintMockToken({ practiceGroupId: MOCK_PRACTICE_GROUP_ID }) },
        retry: FAST,
      });
      const error = (await rejection(client.get('/v1/locations'))) as HeroError;
      expect(error.code).to.equal('auth');
      expect(error.message).to.match(/another practice group/);
      expect(requestsTo('/v1/locations')).to.have.length(0);
    });

    it('in proxy mode sends no token and no practice group header, and needs only base-url', async () => {
      const client = sharedClient({ auth: 'proxy', baseUrl: API });
      expect(client.tokens).to.equal(undefined);
      await client.get('/v1/locations').catch(() => undefined);
      const [request] = requestsTo('/v1/locations');
      expect(request?.headers.has('authorization')).to.equal(false);
      expect(request?.headers.has('x-practice-group-id')).to.equal(false);
      expect(() => sharedClient({ auth: 'proxy' })).to.throw(HeroError, /base-url/);
    });
  });

  describe('sharing between elements', () => {
    it('gives one client, and so one token cache, to every element configured alike', () => {
      const tokenProvider = async () => 't';
      const a = sharedClient({ tenantId: '1', tokenUrl: '/api/hero-token' });
      expect(sharedClient({ tenantId: '1', tokenUrl: '/api/hero-token', lang: 'cy' })).to.equal(a);
      expect(sharedClient({ tenantId: '2', tokenUrl: '/api/hero-token' })).not.to.equal(a);
      expect(sharedClient({ tenantId: '1', tokenProvider })).to.equal(sharedClient({ tenantId: '1', tokenProvider }));
      expect(sharedClient({ tenantId: '1', tokenProvider })).not.to.equal(sharedClient({ tenantId: '1', tokenProvider: async () => 't' }));
    });
  });
});
