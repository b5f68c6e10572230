/**
 * Proxy mode (`createProxyHandler`): what it forwards to Hero, what it adds and drops, and what it
 * refuses; against the shared mock under msw/node, with Hero's API-key authentication in front.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { http, HttpResponse, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { apiKeyAuth } from '../../demo/mock-api-key.js';
import { handlers, MOCK_API_KEY, MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID, resetMockDb } from '../../mock/index.js';
import { createProxyHandler, ELEMENT_OPERATIONS, matchOperation, toNodeHandler, type ProxyHandlerOptions } from '../../src/server/index.js';

// The mock answers `*/v1/...` on any origin: this test's own calls to its local server go through untouched.
const mockApi = setupServer(
  http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()),
  apiKeyAuth(),
  ...handlers,
);
/** Every request that reached "Hero" (the mock). */
const upstream: Request[] = [];
mockApi.events.on('request:start', ({ request }) => void upstream.push(request.clone()));

const base: ProxyHandlerOptions = {
  apiKey: MOCK_API_KEY,
  practiceGroupId: MOCK_PRACTICE_GROUP_ID,
  baseUrl: MOCK_BASE_URL,
  basePath: '/api/hero',
  authorize: (request) => request.headers.get('cookie') === 'session=ok',
};
const proxy = (extra: Partial<ProxyHandlerOptions> = {}) => createProxyHandler({ ...base, ...extra });
const HOST = 'https://partner.test';
const signedIn = { cookie: 'session=ok' };
const send = (handler: (r: Request) => Promise<Response>, path: string, init: RequestInit = {}) =>
  handler(new Request(`${HOST}${path}`, { ...init, headers: { ...signedIn, ...(init.headers as Record<string, string>) } }));

describe('createProxyHandler', () => {
  before(() =>
    mockApi.listen({
      onUnhandledRequest: (request, print) => {
        if (/\/v\d\//.test(new URL(request.url).pathname)) print.error();
      },
    }),
  );
  afterEach(() => {
    mockApi.resetHandlers();
    resetMockDb();
    upstream.length = 0;
  });
  after(() => mockApi.close());

  describe('forwards what the elements call', () => {
    it('a GET with its query, answered with Hero’s JSON and no-store', async () => {
      const response = await send(proxy(), '/api/hero/v1/appointment_types?page_index=0&page_size=100');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      const body = (await response.json()) as { data: unknown[]; count: number };
      assert.ok(body.data.length > 0);
      assert.equal(upstream.length, 1);
      assert.equal(upstream[0]!.url, `${MOCK_BASE_URL}/v1/appointment_types?page_index=0&page_size=100`);
    });

    it('adds the API key and practice group, and sends Hero nothing else of the browser’s request', async () => {
      await send(proxy(), '/api/hero/v1/locations', {
        headers: {
          authorization: 'Bearer stolen.or.stale',
          'x-practice-group-id': '666',
          'x-api-key': 'from-the-browser',
          'x-forwarded-for': '10.0.0.1',
          referer: `${HOST}/secret-page`,
        },
      });
      const sent = upstream[0]!;
      assert.equal(sent.headers.get('x-api-key'), MOCK_API_KEY);
      assert.equal(sent.headers.get('x-practice-group-id'), MOCK_PRACTICE_GROUP_ID, 'the server’s practice group, not the browser’s');
      for (const dropped of ['authorization', 'cookie', 'x-forwarded-for', 'referer'])
        assert.equal(sent.headers.get(dropped), null, dropped);
    });

    it('a JSON body, for a booking made of a reservation and its confirmation', async () => {
      const handler = proxy();
      const slots = (await (await send(handler, '/api/hero/v1/slots?appointment_type_id=101&page_size=1')).json()) as {
        data: { practitioner_id: string; appointment_type_id: string; location_id: string; start_time: string }[];
      };
      const slot = slots.data[0]!;
      const reserve = await send(handler, '/api/hero/v1/appointments', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...slot, duration: 10, patient_id: '401' }),
      });
      assert.equal(reserve.status, 200);
      const { id } = (await reserve.json()) as { id: string };
      const book = await send(handler, `/api/hero/v1/appointments/${id}/book`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: '{"patient_id":"401"}',
      });
      assert.equal(book.status, 200);
      assert.ok(((await book.json()) as { booking_confirmed_at: string | null }).booking_confirmed_at);
    });

    it('passes on Hero’s refusals with their status, and Retry-After', async () => {
      mockApi.use(http.get('*/v1/templates', () => HttpResponse.json({ error: true }, { status: 429, headers: { 'retry-after': '7' } })));
      const response = await send(proxy(), '/api/hero/v1/templates');
      assert.equal(response.status, 429);
      assert.equal(response.headers.get('retry-after'), '7');
    });

    it('works mounted without a base path', async () => {
      const response = await send(proxy({ basePath: undefined }), '/v1/locations');
      assert.equal(response.status, 200);
    });

    it('sees the full path under Express’s app.use, which strips its mount path from req.url', async () => {
      const route = toNodeHandler(proxy());
      // What Express hands a middleware mounted with app.use('/api/hero', ...).
      const req = {
        method: 'GET',
        url: '/v1/locations',
        originalUrl: '/api/hero/v1/locations',
        headers: { host: 'partner.test', ...signedIn },
      };
      const res = {
        statusCode: 0,
        body: new Uint8Array() as Uint8Array,
        setHeader: () => undefined,
        end: (chunk?: string | Uint8Array) => void (res.body = chunk as Uint8Array),
      };
      await route(req, res);
      assert.equal(res.statusCode, 200);
      assert.ok((JSON.parse(new TextDecoder().decode(res.body)) as { data: unknown[] }).data.length > 0);
    });
  });

  describe('refuses everything else', () => {
    const refused: [string, string, string, number][] = [
      ['an endpoint no element calls', 'POST', '/api/hero/v1/batch_message', 404],
      ['the access token endpoint', 'POST', '/api/hero/v1/access_token', 404],
      ['an id that is not an id', 'PATCH', '/api/hero/v1/appointments/..%2Fx/book', 404],
      ['an encoded dot-dot for an id', 'PATCH', '/api/hero/v1/appointments/%2e%2e/book', 404],
      ['an encoded slash in an id', 'PATCH', '/api/hero/v1/appointments/1%2F2/book', 404],
      ['an empty id', 'GET', '/api/hero/v1/patients//', 404],
      ['a trailing slash', 'GET', '/api/hero/v1/locations/', 404],
      ['another version of a path', 'GET', '/api/hero/v2/patients', 404],
      ['a path outside the base path', 'GET', '/other/v1/locations', 404],
      ['a known path with another method', 'GET', '/api/hero/v1/messages/send', 405],
      ['DELETE on an appointment', 'DELETE', '/api/hero/v1/appointments/9001', 405],
    ];
    for (const [name, method, path, status] of refused) {
      it(`${name}: ${status}, and nothing reaches Hero`, async () => {
        const response = await send(proxy(), path, {
          method,
          ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{}', headers: { 'content-type': 'application/json' } }),
        });
        assert.equal(response.status, status);
        assert.equal(upstream.length, 0);
      });
    }

    it('names the allowed methods on a 405', async () => {
      const response = await send(proxy(), '/api/hero/v1/messages/send');
      assert.equal(response.headers.get('allow'), 'POST');
    });

    it('a request authorize turns down: 401, and nothing reaches Hero', async () => {
      const response = await proxy()(new Request(`${HOST}/api/hero/v1/locations`));
      assert.equal(response.status, 401);
      assert.equal(upstream.length, 0);
    });

    it('a throwing authorize: 500, without rejecting', async () => {
      const response = await send(
        proxy({
          authorize: () => {
            throw new Error('session store down');
          },
        }),
        '/api/hero/v1/locations',
      );
      assert.equal(response.status, 500);
      assert.equal(upstream.length, 0);
    });

    it('a cross-site request (another site’s page riding on the user’s cookie): 403', async () => {
      const response = await send(proxy(), '/api/hero/v1/locations', { headers: { 'sec-fetch-site': 'cross-site' } });
      assert.equal(response.status, 403);
      assert.equal((await send(proxy(), '/api/hero/v1/locations', { headers: { 'sec-fetch-site': 'same-origin' } })).status, 200);
    });

    it('a body that is not JSON: 415; JSON that does not parse: 400', async () => {
      const form = await send(proxy(), '/api/hero/v1/messages/send', {
        method: 'POST',
        body: 'patient_id=401',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(form.status, 415);
      const broken = await send(proxy(), '/api/hero/v1/messages/send', {
        method: 'POST',
        body: '{"patient_id":',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(broken.status, 400);
      assert.equal(upstream.length, 0);
    });

    it('a body over maxBodyBytes: 413, whether or not it declared its length', async () => {
      const big = JSON.stringify({ message_string: 'x'.repeat(2_000) });
      const declared = await send(proxy({ maxBodyBytes: 1_000 }), '/api/hero/v1/messages/send', {
        method: 'POST',
        body: big,
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(declared.status, 413);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode(big.slice(i * 500, (i + 1) * 500)));
          controller.close();
        },
      });
      const undeclared = await proxy({ maxBodyBytes: 1_000 })(
        new Request(`${HOST}/api/hero/v1/messages/send`, {
          method: 'POST',
          body: stream,
          headers: { ...signedIn, 'content-type': 'application/json' },
          duplex: 'half',
        } as RequestInit),
      );
      assert.equal(undeclared.status, 413);
      assert.equal(upstream.length, 0);
    });
  });

  describe('when Hero misbehaves', () => {
    it(
      'answers 504 when Hero takes longer than timeoutMs, even if fetch ignores the abort, and serves the next call',
      { timeout: 5_000 },
      async () => {
        let calls = 0;
        const fetch: typeof globalThis.fetch = async () =>
          ++calls === 1 ? new Promise<Response>(() => {}) : Response.json({ data: [], count: 0 });
        const handler = proxy({ fetch, timeoutMs: 30 });
        assert.equal((await send(handler, '/api/hero/v1/locations')).status, 504);
        assert.equal((await send(handler, '/api/hero/v1/locations')).status, 200);
      },
    );

    it('answers 502 when Hero cannot be reached', async () => {
      mockApi.use(http.get('*/v1/locations', () => HttpResponse.error()));
      const response = await send(proxy(), '/api/hero/v1/locations');
      assert.equal(response.status, 502);
      assert.deepEqual(await response.json(), { error: 'upstream_unreachable' });
    });

    it('never follows a redirect (it would carry the key), nor passes it on', async () => {
      mockApi.use(
        http.get(
          '*/v1/locations',
          () => new HttpResponse(null, { status: 302, headers: { location: 'https://elsewhere.test/v1/locations' } }),
        ),
      );
      const response = await send(proxy(), '/api/hero/v1/locations');
      assert.equal(response.status, 502);
      assert.equal(response.headers.get('location'), null);
      assert.deepEqual(
        upstream.map((r) => new URL(r.url).host),
        [new URL(MOCK_BASE_URL).host],
        'nothing was sent to the redirect’s address',
      );
    });

    it('removes the key should Hero ever echo it', async () => {
      mockApi.use(
        http.get('*/v1/locations', ({ request }) =>
          HttpResponse.json({ message: `bad key ${request.headers.get('x-api-key')}` }, { status: 401 }),
        ),
      );
      const response = await send(proxy(), '/api/hero/v1/locations');
      assert.equal(response.status, 401);
      assert.doesNotMatch(await response.text(), new RegExp(MOCK_API_KEY));
    });

    it('passes a non-JSON answer on as a download, never as a page', async () => {
      mockApi.use(http.get('*/v1/locations', () => HttpResponse.html('<script>alert(1)</script>', { status: 500 })));
      const response = await send(proxy(), '/api/hero/v1/locations');
      assert.equal(response.headers.get('content-type'), 'application/octet-stream');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    });
  });

  describe('under node:http through toNodeHandler', () => {
    let server: Server;
    let origin: string;
    before(async () => {
      const route = toNodeHandler(proxy({ maxBodyBytes: 4_000 }));
      server = createServer((req, res) => void route(req, res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('streams a POST body through to Hero', async () => {
      const response = await fetch(`${origin}/api/hero/v1/snomed/validate`, {
        method: 'POST',
        headers: { ...signedIn, 'content-type': 'application/json' },
        body: JSON.stringify({ code: '185316007' }),
      });
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { valid: true });
      assert.deepEqual(await upstream[0]!.json(), { code: '185316007' });
    });

    it('answers 413 to a body too large sent in chunks, and keeps serving', { timeout: 5_000 }, async () => {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          `${origin}/api/hero/v1/messages/send`,
          { method: 'POST', headers: { ...signedIn, 'content-type': 'application/json' } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.write(`{"message_string":"${'x'.repeat(3_000)}`);
        req.write(`${'x'.repeat(3_000)}"}`);
        req.end();
      });
      assert.equal(status, 413);
      assert.equal(upstream.length, 0);
      assert.equal((await fetch(`${origin}/api/hero/v1/locations`, { headers: signedIn })).status, 200);
    });
  });
});

describe('the allow-list (ELEMENT_OPERATIONS)', () => {
  /** Every `client.get|post|patch|put|listAll('/v…')` in the elements, and the lookup's ENDPOINTS. */
  function callsInElements(): Set<string> {
    const calls = new Set<string>();
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? files(join(dir, entry.name))
          : entry.name.endsWith('.ts') && !entry.name.endsWith('.stories.ts')
            ? [join(dir, entry.name)]
            : [],
      );
    for (const file of [...files('src/components'), ...files('src/internal')]) {
      const source = readFileSync(file, 'utf8');
      const endpoints = Object.fromEntries([...source.matchAll(/^\s*(\w+): '(\/v\d+\/[^']*)',$/gm)].map((m) => [m[1]!, m[2]!]));
      for (const [, method, path, name] of source.matchAll(/\.(get|post|patch|put|listAll)\(\s*(?:'(\/v\d+\/[^']*)'|ENDPOINTS\.(\w+))/g)) {
        calls.add(`${method === 'listAll' ? 'GET' : method!.toUpperCase()} ${path ?? endpoints[name!]}`);
      }
    }
    return calls;
  }

  it('is exactly the method and path pairs the elements call', () => {
    const listed = new Set(ELEMENT_OPERATIONS.map((operation) => `${operation.method} ${operation.path}`));
    assert.deepEqual([...callsInElements()].sort(), [...listed].sort());
  });

  it('matches a template’s id segment with the kit’s one id rule only (digits, or a short token)', () => {
    assert.equal(matchOperation('PATCH', '/v1/appointments/9001/book').kind, 'allowed');
    assert.equal(matchOperation('GET', '/v1/forms/form_601').kind, 'allowed');
    for (const id of ['-1', '1.5', ' 1', '%31', '１２', '..', 'a%2Fb', ''])
      assert.equal(matchOperation('PATCH', `/v1/appointments/${id}/book`).kind, 'unknown', id);
    assert.equal(matchOperation('PATCH', `/v1/appointments/${'9'.repeat(65)}/book`).kind, 'unknown', 'absurdly long');
  });
});
