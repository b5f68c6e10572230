import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  handlers,
  MOCK_API_KEY,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  mintMockToken,
  mockClock,
  verifyMockToken,
} from '../../mock/index.js';
import { HERO_BASE_URLS } from '../../src/api/config.js';
import {
  AccessTokenError,
  createAccessToken,
  createProxyHandler,
  createTokenHandler,
  HeroServerOptionsError,
  runDoctor,
  toNodeHandler,
} from '../../src/server/index.js';

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

    it('answers 500, and does not reject, when authorize throws (a session store down)', async () => {
      const handler = createTokenHandler({
        ...options,
        authorize: () => {
          throw new Error('session store down');
        },
      });
      const response = await handler(new Request('http://host.test/t'));
      assert.equal(response.status, 500);
      assert.equal(tokenCalls().length, 0, 'no token minted');
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
      const route = toNodeHandler(
        createTokenHandler({ ...options, authorize: (r) => r.headers.get('authorization') === 'Bearer host-session' }),
      );
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

  describe('cannot hurt its host', () => {
    /** A fetch that records its calls and answers with `answer` (or hangs when it is undefined). */
    const recording = (answer?: () => Response | Promise<Response>) => {
      const calls: { url: string; init: RequestInit | undefined }[] = [];
      const fetch: typeof globalThis.fetch = (input, init) => {
        calls.push({ url: String(input), init });
        return answer ? Promise.resolve(answer()) : new Promise<Response>(() => {});
      };
      return { calls, fetch };
    };
    const jwt = (claims: Record<string, unknown>) =>
      `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

    describe('refuses to run in a browser, before any request', () => {
      const scope = globalThis as Record<string, unknown>;
      afterEach(() => {
        delete scope['window'];
        delete scope['document'];
      });
      const asIfBrowser = () => {
        scope['document'] = {};
        scope['window'] = { document: scope['document'] };
      };

      it('createAccessToken rejects and calls nothing', async () => {
        const { calls, fetch } = recording(() => Response.json({ access_token: 'a.b.c' }));
        asIfBrowser();
        await assert.rejects(createAccessToken({ ...options, fetch }), /never in a browser/);
        assert.equal(calls.length, 0);
      });

      it('createTokenHandler, createProxyHandler and the doctor throw when created', async () => {
        const { calls, fetch } = recording(() => Response.json({ access_token: 'a.b.c' }));
        asIfBrowser();
        assert.throws(() => createTokenHandler({ ...options, fetch }), /never in a browser/);
        assert.throws(() => createProxyHandler({ ...options, fetch, authorize: () => true }), /never in a browser/);
        await assert.rejects(runDoctor({ ...options, fetch }), /never in a browser/);
        assert.equal(calls.length, 0);
      });

      it('runs again once the page globals are gone (the check is not a one-off flag)', async () => {
        asIfBrowser();
        await assert.rejects(createAccessToken(options));
        delete scope['window'];
        delete scope['document'];
        assert.ok((await createAccessToken(options)).access_token);
      });
    });

    describe('keeps the API key out of every error, cause and answer', () => {
      const SECRET = 'sk_live_do-not-print-me';
      const leaks = (value: unknown) => inspect(value, { depth: Infinity, showHidden: true }).includes(SECRET);

      it('a fetch failure whose message and cause carry the key and the headers', async () => {
        const fetch: typeof globalThis.fetch = async (_input, init) => {
          const headers = init?.headers as Record<string, string>;
          throw new TypeError(`fetch failed for ${headers['x-api-key']}`, {
            cause: Object.assign(new Error(`socket hang up (${headers['x-api-key']})`), { code: 'ECONNRESET', request: { headers } }),
          });
        };
        const error = await createAccessToken({ ...options, apiKey: SECRET, fetch }).catch((e: unknown) => e);
        assert.ok(error instanceof AccessTokenError);
        assert.match(error.message, /Could not reach the Hero API/);
        assert.equal((error.cause as { cause?: { code?: string } }).cause?.code, 'ECONNRESET', 'the cause keeps what helps: its code');
        assert.equal(leaks(error), false, 'util.inspect of the error, its causes and hidden fields');
        assert.equal(leaks(error.stack), false);
      });

      it('a key with a line break (read carelessly from a file) is refused without echoing it', async () => {
        // Node's own Headers error would print the whole value.
        const error = await createAccessToken({ ...options, apiKey: `${SECRET}\n` }).catch((e: unknown) => e);
        assert.ok(error instanceof HeroServerOptionsError);
        assert.match((error as Error).message, /apiKey/);
        assert.equal(leaks(error), false);
      });

      it('Hero echoing the key in a refusal reaches neither the error nor the token route’s answer', async () => {
        const { fetch } = recording(() => new Response(`bad key ${SECRET}`, { status: 401 }));
        const error = await createAccessToken({ ...options, apiKey: SECRET, fetch }).catch((e: unknown) => e);
        assert.equal(leaks(error), false);
        const response = await createTokenHandler({ ...options, apiKey: SECRET, fetch })(new Request('http://host.test/t'));
        assert.equal(response.status, 502);
        assert.doesNotMatch(await response.text(), new RegExp(SECRET));
      });

      it('never follows a redirect with the key', async () => {
        const { calls, fetch } = recording(() => new Response(null, { status: 307, headers: { location: 'https://elsewhere.example/' } }));
        await assert.rejects(
          createAccessToken({ ...options, fetch }),
          (error: unknown) => error instanceof AccessTokenError && error.status === 307,
        );
        assert.equal(calls.length, 1);
        assert.equal(calls[0]?.init?.redirect, 'manual');
      });
    });

    describe('validates its options, naming the option and never its value', () => {
      const cases: [string, Record<string, unknown>, RegExp][] = [
        ['env other than staging or production', { env: 'live' }, /env must be "production" or "staging"/],
        ['env in another case', { env: 'Production' }, /env must be/],
        ['an http: base URL off localhost', { baseUrl: 'http://api.example.test' }, /https:/],
        ['a base URL with credentials', { baseUrl: 'https://user:pw@api.example.test' }, /credentials/],
        ['a base URL that is not a URL', { baseUrl: 'api.example.test' }, /not a URL/],
        ['an empty key', { apiKey: '' }, /apiKey is required/],
        ['a key that is not a string', { apiKey: 12345 }, /apiKey is required/],
        ['a key with a space', { apiKey: 'abc def' }, /apiKey holds spaces/],
        ['a practice group id with letters', { practiceGroupId: '10a1' }, /practiceGroupId/],
        ['a practice group id as a number', { practiceGroupId: 1001 }, /practiceGroupId/],
        ['an empty practice group id', { practiceGroupId: '' }, /practiceGroupId/],
      ];
      for (const [name, change, message] of cases) {
        it(`refuses ${name}, when the route is created`, () => {
          assert.throws(
            () => createTokenHandler({ ...options, ...change } as never),
            (error: unknown) => {
              assert.ok(error instanceof HeroServerOptionsError);
              assert.match(error.message, message);
              for (const value of Object.values(change))
                if (typeof value === 'string' && value.length > 3) assert.ok(!error.message.includes(value), 'no value echoed');
              return true;
            },
          );
          assert.throws(() => createProxyHandler({ ...options, ...change, authorize: () => true } as never), HeroServerOptionsError);
        });
      }

      it('accepts http: on localhost (a local mock or proxy) and https: elsewhere', () => {
        for (const baseUrl of ['http://localhost:4010', 'http://127.0.0.1:4010', 'http://[::1]:4010', 'https://api.example.test/hero/']) {
          assert.doesNotThrow(() => createTokenHandler({ ...options, baseUrl }));
        }
      });

      it('requires authorize for the proxy', () => {
        assert.throws(() => createProxyHandler({ ...options } as never), /authorize is required/);
      });
    });

    describe('gives up on a hung call to Hero', () => {
      it('createAccessToken rejects after timeoutMs even when fetch ignores the abort', { timeout: 5_000 }, async () => {
        const { fetch } = recording();
        await assert.rejects(createAccessToken({ ...options, fetch, timeoutMs: 20 }), (error: unknown) => {
          assert.ok(error instanceof AccessTokenError);
          assert.match(error.message, /did not answer within/);
          return true;
        });
      });

      it('a hung mint answers 502 to everyone waiting on it, and the next caller gets a fresh mint', { timeout: 5_000 }, async () => {
        let calls = 0;
        const fetch: typeof globalThis.fetch = (input, init) =>
          ++calls === 1 ? new Promise<Response>(() => {}) : globalThis.fetch(input, init);
        const handler = createTokenHandler({ ...options, fetch, timeoutMs: 300 });
        const waiting = await Promise.all([handler(new Request('http://host.test/t')), handler(new Request('http://host.test/t'))]);
        assert.deepEqual(
          waiting.map((r) => r.status),
          [502, 502],
        );
        assert.equal(calls, 1, 'the two waited on one call');
        const later = await handler(new Request('http://host.test/t'));
        assert.equal(later.status, 200);
        assert.equal(calls, 2);
      });
    });

    describe('refuses an access token that has already expired', () => {
      it('createAccessToken rejects it, and the route answers 502 rather than hand it out', async () => {
        const expired = await mintMockToken({ ttlSeconds: -60 });
        mockApi.use(http.post('*/v1/access_token', () => HttpResponse.json({ access_token: expired })));
        await assert.rejects(createAccessToken(options), /already expired/);
        const response = await createTokenHandler(options)(new Request('http://host.test/t'));
        assert.equal(response.status, 502);
      });

      it('by the server’s clock (now), so a token from a Hero with a fast clock is still used', async () => {
        const { fetch } = recording(() => Response.json({ access_token: jwt({ exp: 2_000 }) }));
        await assert.rejects(createAccessToken({ ...options, fetch, now: () => 2_000_000 }), /already expired/);
        assert.equal((await createAccessToken({ ...options, fetch, now: () => 1_000_000 })).expiresAt, 2_000_000);
      });
    });

    describe('toNodeHandler never throws into node:http', () => {
      let server: Server;
      let port: number;
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => void unhandled.push(reason);
      before(async () => {
        process.on('unhandledRejection', onUnhandled);
        const token = toNodeHandler(
          createTokenHandler({
            ...options,
            authorize: (request) => {
              if (request.headers.get('x-test') === 'throw') throw new Error('session store down');
              return true;
            },
          }),
        );
        const broken = toNodeHandler(async () => {
          throw new Error('handler bug');
        });
        // Mounted as the demo mounts its routes: `void route(req, res)`, nothing awaited or caught.
        server = createServer((req, res) => void ((req.url ?? '').startsWith('/broken') ? broken(req, res) : token(req, res)));
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        port = (server.address() as AddressInfo).port;
      });
      after(async () => {
        process.off('unhandledRejection', onUnhandled);
        await new Promise<void>((resolve) => server.close(() => resolve()));
      });

      /** Sends a raw HTTP/1.1 request (a client can send any Host) and returns the status line's code. */
      const raw = (head: string) =>
        new Promise<number>((resolve, reject) => {
          const socket = connect(port, '127.0.0.1', () => socket.end(`${head}\r\nConnection: close\r\n\r\n`));
          let data = '';
          socket.on('data', (chunk) => (data += chunk));
          socket.on('error', reject);
          socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
        });

      it('answers 400 to a malformed Host header, and keeps serving', { timeout: 5_000 }, async () => {
        for (const host of ['a b', '[::', 'example.test:99999999']) {
          assert.equal(await raw(`GET /api/hero-token HTTP/1.1\r\nHost: ${host}`), 400, host);
        }
        assert.equal((await fetch(`http://127.0.0.1:${port}/api/hero-token`)).status, 200);
      });

      it('answers 500 when authorize throws, and keeps serving', { timeout: 5_000 }, async () => {
        const response = await fetch(`http://127.0.0.1:${port}/api/hero-token`, { headers: { 'x-test': 'throw' } });
        assert.equal(response.status, 500);
        assert.deepEqual(await response.json(), { error: 'internal_error' });
        assert.equal((await fetch(`http://127.0.0.1:${port}/api/hero-token`)).status, 200);
      });

      it('answers 500 when the handler itself throws', { timeout: 5_000 }, async () => {
        assert.equal((await fetch(`http://127.0.0.1:${port}/broken`)).status, 500);
      });

      it('left no rejection unhandled', async () => {
        await new Promise((resolve) => setImmediate(resolve));
        assert.deepEqual(unhandled, []);
      });

      it('the adapter’s promise resolves even when writing the answer fails', async () => {
        const adapter = toNodeHandler(async () => new Response('ok'));
        const res = {
          statusCode: 0,
          headersSent: false,
          setHeader() {
            throw new Error('socket gone');
          },
          end() {},
        };
        await assert.doesNotReject(adapter({ headers: { host: 'h.test' }, url: '/' }, res));
      });
    });
  });

  describe('is server code only', () => {
    it('imports no Lit, no element or DOM code, and nothing but Node built-ins outside src/api and src/domain', () => {
      const seen = new Set<string>();
      const bare = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const source = readFileSync(file, 'utf8');
        for (const [, specifier] of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/g)) {
          if (specifier!.startsWith('.')) visit(join(dirname(file), specifier!.replace(/\.js$/, '.ts')));
          else bare.add(specifier!);
        }
      };
      visit('src/server/index.ts');
      visit('src/server/cli.ts');
      const outside = [...seen].filter((file) => !/^src\/(server|api|domain)\//.test(file));
      assert.deepEqual(outside, [], 'only src/server, src/api and src/domain');
      assert.deepEqual(
        [...bare].filter((name) => !name.startsWith('node:')),
        [],
        'no package imports (no lit)',
      );
      assert.ok(seen.has('src/api/decode.ts'), 'the doctor uses the elements’ decoders');
    });
  });
});
