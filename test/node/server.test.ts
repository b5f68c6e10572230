import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { handlers, MOCK_API_KEY, MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID, mockClock, verifyMockToken } from '../../mock/index.js';
import { HERO_BASE_URLS } from '../../src/api/config.js';
import { AccessTokenError, createAccessToken, createTokenHandler, toNodeHandler } from '../../src/server/index.js';

const mockApi = setupServer(...handlers);
const seen: Request[] = [];
mockApi.events.on('request:start', ({ request }) => void seen.push(request.clone()));

const options = { apiKey: MOCK_API_KEY, practiceGroupId: MOCK_PRACTICE_GROUP_ID, baseUrl: MOCK_BASE_URL };
const tokenCalls = () => seen.filter((r) => new URL(r.url).pathname === '/v1/access_token');

describe('hero-elements/server', () => {
  before(() =>
    mockApi.listen({
      // Unanswered API calls are test bugs; the loopback calls to our own server pass through.
      onUnhandledRequest: (request, print) => {
        if (/\/v\d\//.test(new URL(request.url).pathname)) print.error();
      },
    }),
  );
  afterEach(() => {
    mockApi.resetHandlers();
    mockClock.reset();
    seen.length = 0;
  });
  after(() => mockApi.close());

  describe('createAccessToken', () => {
    it('calls POST /v1/access_token server-to-server with the API key and practice group', async () => {
      const token = await createAccessToken(options);
      assert.ok(await verifyMockToken(token.access_token), 'a token the API accepts');
      assert.ok(token.expiresAt && Math.abs(token.expiresAt - (mockClock.now() + 30 * 60_000)) < 2_000, 'exp read from the JWT');
      const [request] = tokenCalls();
      assert.equal(request?.method, 'POST');
      assert.equal(request?.headers.get('x-api-key'), MOCK_API_KEY);
      assert.equal(request?.headers.get('x-practice-group-id'), MOCK_PRACTICE_GROUP_ID);
    });

    it('uses the staging API by default and production when asked', async () => {
      const urls: string[] = [];
      const fakeFetch: typeof fetch = async (input) => {
        urls.push(String(input));
        return Response.json({ access_token: 'a.b.c' });
      };
      await createAccessToken({ apiKey: 'k', practiceGroupId: '1', fetch: fakeFetch });
      await createAccessToken({ apiKey: 'k', practiceGroupId: '1', env: 'production', fetch: fakeFetch });
      assert.deepEqual(urls, [`${HERO_BASE_URLS.staging}/v1/access_token`, `${HERO_BASE_URLS.production}/v1/access_token`]);
    });

    it('fails clearly on a wrong API key, without echoing it', async () => {
      await assert.rejects(createAccessToken({ ...options, apiKey: 'wrong-secret-key' }), (error: unknown) => {
        assert.ok(error instanceof AccessTokenError);
        assert.equal(error.status, 401);
        assert.match(error.message, /API key/);
        assert.doesNotMatch(error.message, /wrong-secret-key/);
        return true;
      });
    });

    it('fails clearly when Hero cannot be reached', async () => {
      mockApi.use(http.post('*/v1/access_token', () => HttpResponse.error()));
      await assert.rejects(createAccessToken(options), /Could not reach the Hero API/);
    });

    it('refuses to run without an API key or practice group', async () => {
      await assert.rejects(createAccessToken({ ...options, apiKey: '' }), /apiKey/);
      await assert.rejects(createAccessToken({ ...options, practiceGroupId: '' }), /practiceGroupId/);
    });
  });

  describe('createTokenHandler', () => {
    it('answers { access_token } with no-store, and never the API key', async () => {
      const handler = createTokenHandler(options);
      const response = await handler(new Request('http://host.test/api/hero-token'));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const text = await response.text();
      assert.doesNotMatch(text, new RegExp(MOCK_API_KEY));
      assert.deepEqual(Object.keys(JSON.parse(text)), ['access_token']);
    });

    it('asks authorize first and answers 401 without minting when it says no', async () => {
      const handler = createTokenHandler({ ...options, authorize: (request) => request.headers.get('cookie') === 'session=ok' });
      const refused = await handler(new Request('http://host.test/t'));
      assert.equal(refused.status, 401);
      assert.equal(tokenCalls().length, 0);
      const allowed = await handler(new Request('http://host.test/t', { headers: { cookie: 'session=ok' } }));
      assert.equal(allowed.status, 200);
    });

    it('reuses a token while it has time left, and mints a new one near expiry', async () => {
      const handler = createTokenHandler({ ...options, now: () => mockClock.now() });
      const first = await (await handler(new Request('http://host.test/t'))).json();
      const second = await (await handler(new Request('http://host.test/t'))).json();
      assert.equal(first.access_token, second.access_token);
      assert.equal(tokenCalls().length, 1);
      mockClock.advance(26 * 60_000); // under 5 minutes left
      await handler(new Request('http://host.test/t'));
      assert.equal(tokenCalls().length, 2);
    });

    it('shares one mint between concurrent requests', async () => {
      const handler = createTokenHandler(options);
      await Promise.all(Array.from({ length: 5 }, () => handler(new Request('http://host.test/t'))));
      assert.equal(tokenCalls().length, 1);
    });

    it('answers 502 when Hero will not mint, and recovers when it will', async () => {
      mockApi.use(http.post('*/v1/access_token', () => new HttpResponse(null, { status: 500 }), { once: true }));
      const handler = createTokenHandler(options);
      const failed = await handler(new Request('http://host.test/t'));
      assert.equal(failed.status, 502);
      assert.deepEqual(await failed.json(), { error: 'token_unavailable', upstream_status: 500 });
      assert.equal((await handler(new Request('http://host.test/t'))).status, 200);
    });

    it('allows only GET and POST', async () => {
      const response = await createTokenHandler(options)(new Request('http://host.test/t', { method: 'DELETE' }));
      assert.equal(response.status, 405);
      assert.equal(response.headers.get('allow'), 'GET, POST');
    });
  });

  describe('toNodeHandler', () => {
    let server: Server;
    let url: string;
    before(async () => {
      const route = toNodeHandler(createTokenHandler({ ...options, authorize: (r) => r.headers.get('authorization') === 'Bearer host-session' }));
      server = createServer((req, res) => void route(req, res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/hero-token`;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('serves the handler from a Node http server (as Express would mount it)', async () => {
      const refused = await fetch(url);
      assert.equal(refused.status, 401);
      const response = await fetch(url, { headers: { authorization: 'Bearer host-session' } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/json');
      const body = (await response.json()) as { access_token: string };
      assert.ok(await verifyMockToken(body.access_token));
    });
  });
});
