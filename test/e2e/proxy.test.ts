/**
 * Proxy mode end to end: a host's real node:http server serves a page with the four elements
 * (the built script-tag bundle) under `<hero-provider auth="proxy" base-url="/api/hero">`, and
 * mounts `createProxyHandler` at /api/hero through `toNodeHandler`; the proxy calls "Hero", the
 * shared mock under msw/node with Hero's API-key authentication in front (demo/mock-api-key.ts).
 * Chromium drives all four elements through it: a patient found, a slot booked, a form submitted,
 * a message sent; no browser request carries a token, the proxy added the key, and a path no
 * element uses is refused. The page is served with the strict Content Security Policy the README
 * gives for proxy mode (Trusted Types included), and nothing may violate it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { http, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import type { Browser, Page } from 'playwright-core';
import { apiKeyAuth } from '../../demo/mock-api-key.js';
import { handlers, MOCK_API_KEY, MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID, resetMockDb } from '../../mock/index.js';
import { addDays, londonToday, weekday } from '../../src/domain/london-time.js';
import { createProxyHandler, toNodeHandler } from '../../src/server/index.js';
import { collectPageErrors, launchChromium } from '../support/e2e.js';

/** "Hero": the mock, answering the proxy's API-key calls; the test's own loopback traffic goes by. */
const hero = setupServer(
  http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()),
  apiKeyAuth(),
  ...handlers,
);
const upstream: Request[] = [];
hero.events.on('request:start', ({ request }) => {
  if (request.url.startsWith(MOCK_BASE_URL)) upstream.push(request.clone());
});

const EVENTS = ['hero-ready', 'hero-error', 'hero-patient-select', 'hero-appointment-book', 'hero-form-submit', 'hero-message-send'];

/** The next Monday in London: a working day in the mock's rota. */
function nextMonday(): string {
  let day = addDays(londonToday(Date.now()), 1);
  while (weekday(day) !== 1) day = addDays(day, 1);
  return day;
}

const PAGE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>Proxy mode</title>
    <link rel="stylesheet" href="/dist/themes/default.css" />
    <script src="/events.js"></script>
    <script type="module" src="/dist/cdn/hero-elements.js"></script>
  </head>
  <body>
    <hero-provider auth="proxy" base-url="/api/hero">
      <hero-patient-lookup></hero-patient-lookup>
      <hero-slot-picker patient-id="401" appointment-type-id="101" start-date="${nextMonday()}"></hero-slot-picker>
      <hero-form-renderer form-id="602" patient-id="401"></hero-form-renderer>
      <hero-message-composer patient-id="401"></hero-message-composer>
    </hero-provider>
  </body>
</html>`;

/** The page's own script (CSP: no inline script): records the elements' events and any CSP violation. */
const EVENTS_JS = `window.heroEvents = [];
window.cspViolations = [];
for (const type of ${JSON.stringify(EVENTS)}) document.addEventListener(type, (event) => window.heroEvents.push({ type, code: event.detail && event.detail.code }));
document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));`;

/** README "Going live", proxy mode: the page's Content Security Policy. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const FILES: Record<string, [file: string, type: string]> = {
  '/dist/cdn/hero-elements.js': ['dist/cdn/hero-elements.js', 'text/javascript'],
  '/dist/cdn/hero-elements.cy.js': ['dist/cdn/hero-elements.cy.js', 'text/javascript'],
  '/dist/themes/default.css': ['dist/themes/default.css', 'text/css'],
};

let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
let errors: string[];
/** Every request the page made to the proxy, as the browser sent it. */
const fromBrowser: { method: string; path: string; headers: Record<string, string> }[] = [];

before(async () => {
  hero.listen({ onUnhandledRequest: 'bypass' });
  resetMockDb();
  const proxy = toNodeHandler(
    createProxyHandler({
      apiKey: MOCK_API_KEY,
      practiceGroupId: MOCK_PRACTICE_GROUP_ID,
      baseUrl: MOCK_BASE_URL,
      basePath: '/api/hero',
      // The host's own sign-in check: the page's session cookie.
      authorize: (request) => /(^|;\s*)session=signed-in(;|$)/.test(request.headers.get('cookie') ?? ''),
    }),
  );
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path.startsWith('/api/hero/')) {
      void proxy(req, res);
      return;
    }
    const file = FILES[path];
    if (path === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(PAGE);
    else if (path === '/events.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(EVENTS_JS);
    else if (file) res.writeHead(200, { 'content-type': file[1] }).end(readFileSync(file[0]));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await launchChromium();
  const context = await browser.newContext();
  await context.addCookies([{ name: 'session', value: 'signed-in', url: origin }]);
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  errors = collectPageErrors(page);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) fromBrowser.push({ method: request.method(), path: url.pathname, headers: request.headers() });
  });
  await page.goto(`${origin}/`);
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  hero.close();
});

const events = () => page.evaluate(() => (window as unknown as { heroEvents: { type: string; code?: string }[] }).heroEvents);
const waitForEvent = (type: string) =>
  page.waitForFunction(
    (wanted) => (window as unknown as { heroEvents: { type: string }[] }).heroEvents.some((e) => e.type === wanted),
    type,
  );

describe('proxy mode, end to end', () => {
  it('finds a patient', async () => {
    const lookup = page.locator('hero-patient-lookup');
    await lookup.getByLabel('NHS number', { exact: true }).fill('999 000 0018');
    await lookup.getByLabel('Day', { exact: true }).fill('14');
    await lookup.getByLabel('Month', { exact: true }).fill('3');
    await lookup.getByLabel('Year', { exact: true }).fill('1985');
    await lookup.getByRole('button', { name: 'Search', exact: true }).click();
    await lookup
      .getByRole('button', { name: /^Select\b/ })
      .first()
      .click();
    await waitForEvent('hero-patient-select');
  });

  it('books a slot: a reservation, then its confirmation', async () => {
    const picker = page.locator('hero-slot-picker');
    await picker.locator('[role="option"]').first().click();
    await picker.locator('[part~="reserve-button"]').click();
    await picker.locator('[part~="confirm-button"]').click();
    await waitForEvent('hero-appointment-book');
    const booked = upstream.filter((r) => r.method === 'PATCH' && /^\/v1\/appointments\/\d+\/book$/.test(new URL(r.url).pathname));
    assert.equal(booked.length, 1, 'booked once, through the proxy');
  });

  it('submits a form', async () => {
    const form = page.locator('hero-form-renderer');
    await form.getByLabel('What would you like to talk about?').fill('A cough that will not go away.');
    await form.getByLabel('Less than a week').check();
    await form.locator('[part~="submit-button"]').click();
    await waitForEvent('hero-form-submit');
    const submitted = upstream.find((r) => r.method === 'POST' && new URL(r.url).pathname === '/v1/forms/602/response');
    assert.ok(submitted, 'the response reached Hero');
    assert.equal(((await submitted.clone().json()) as { status?: string }).status ?? 'submitted', 'submitted');
  });

  it('sends a message', async () => {
    const composer = page.locator('hero-message-composer');
    await composer.locator('#text').fill('Your test results are normal.');
    await composer.locator('[part~="continue-button"]').click();
    await composer.locator('[part~="send-button"]').click();
    await waitForEvent('hero-message-send');
    assert.ok(upstream.some((r) => r.method === 'POST' && new URL(r.url).pathname === '/v1/messages/send'));
  });

  it('sent no token from the browser: no Authorization, no practice group header, no key, no token route', () => {
    const apiCalls = fromBrowser.filter((r) => r.path.startsWith('/api/hero/'));
    assert.ok(apiCalls.length >= 10, `the elements called the proxy (${apiCalls.length} calls)`);
    for (const call of fromBrowser) {
      for (const header of ['authorization', 'x-practice-group-id', 'x-api-key'])
        assert.equal(call.headers[header], undefined, `${call.method} ${call.path}: ${header}`);
    }
    assert.ok(!fromBrowser.some((r) => r.path === '/api/hero-token'), 'no token was asked for');
  });

  it('reached Hero only through the proxy, which added the key and practice group and dropped the cookie', () => {
    const calls = upstream.filter((r) => new URL(r.url).pathname !== '/v1/access_token');
    assert.ok(calls.length >= 10);
    for (const request of calls) {
      const name = `${request.method} ${new URL(request.url).pathname}`;
      assert.equal(request.headers.get('x-api-key'), MOCK_API_KEY, name);
      assert.equal(request.headers.get('x-practice-group-id'), MOCK_PRACTICE_GROUP_ID, name);
      assert.equal(request.headers.get('authorization'), null, name);
      assert.equal(request.headers.get('cookie'), null, name);
    }
    assert.ok(!upstream.some((r) => new URL(r.url).pathname === '/v1/access_token'), 'no token was minted at all');
  });

  it('refuses a path no element uses, the token endpoint, and a signed-out caller', async () => {
    const before = upstream.length;
    // (No named functions inside evaluate: tsx would wrap them in a helper the page does not have.)
    const statuses = await page.evaluate(() =>
      Promise.all([
        ...['/api/hero/v1/batch_message', '/api/hero/v1/access_token'].map((path) =>
          fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"all patients"}' }).then(
            (r) => r.status,
          ),
        ),
        fetch('/api/hero/v1/locations', { credentials: 'omit' }).then((r) => r.status),
      ]),
    );
    assert.deepEqual(statuses, [404, 404, 401], 'batch message, access token, signed out');
    assert.equal(upstream.length, before, 'none of them reached Hero');
  });

  it('had no page errors, no hero-error, and nothing broke the Content Security Policy (Trusted Types included)', async () => {
    assert.deepEqual(
      errors.filter((e) => !/status of 40[14]/.test(e)),
      [],
    );
    assert.deepEqual(
      (await events()).filter((e) => e.type === 'hero-error'),
      [],
    );
    assert.deepEqual(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), []);
    assert.equal(
      await page.evaluate(() => typeof (window as unknown as { trustedTypes?: unknown }).trustedTypes),
      'object',
      'Trusted Types enforced in this Chromium',
    );
  });
});
