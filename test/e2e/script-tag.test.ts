/**
 * The README's script-tag page (examples/script-tag/index.html) in headless Chromium: it loads only
 * dist/cdn/hero-elements.js and a theme file, the elements call the API at its default (staging)
 * origin and the mock answers from Node, as Hero's API would. Also: the build's integrity hashes,
 * and the README's Content Security Policy (with Trusted Types) on a page of the same elements.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, routeMockApi, serveStatic, type MockApi, type StaticServer } from '../support/e2e.js';
import { readmeSnippets } from '../support/readme-snippets.js';

let server: StaticServer;
let browser: Browser;
let page: Page;
let api: MockApi;
let errors: string[];
const loaded: string[] = [];

before(async () => {
  server = await serveStatic('.');
  browser = await launchChromium();
  page = await browser.newPage();
  errors = collectPageErrors(page);
  page.on('request', (request) => {
    if (request.url().startsWith(server.url)) loaded.push(new URL(request.url()).pathname);
  });
  api = await routeMockApi(page);
  await page.goto(`${server.url}/examples/script-tag/index.html`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page loads only the bundle and one theme file from its own server (plus the token route)', async () => {
  await page.getByRole('textbox', { name: /NHS number/i }).waitFor();
  assert.deepEqual(loaded.filter((path) => path !== '/api/hero-token').sort(), [
    '/dist/cdn/hero-elements.js',
    '/dist/themes/default.css',
    '/examples/script-tag/index.html',
  ]);
});

test('all four elements render their first data with one token for the page', async () => {
  await page.getByRole('group', { name: 'What type of appointment do you need?' }).waitFor();
  await page.getByRole('region', { name: 'A practice form' }).getByRole('heading', { name: 'Your health' }).waitFor();
  await page
    .getByRole('region', { name: 'Message the patient' })
    .getByText(/Olivia Bennett/)
    .first()
    .waitFor();
  assert.equal(api.requests.filter((r) => r.path === '/api/hero-token').length, 1, 'four elements under one provider share one token');
  assert.deepEqual(errors, []);
});

test('a patient found in the lookup flows to the other elements through the page event listener', async () => {
  const lookup = page.getByRole('region', { name: 'Find a patient' });
  await lookup.getByRole('textbox', { name: 'NHS number' }).fill('9990000026');
  await lookup.getByRole('textbox', { name: 'Day' }).fill('2');
  await lookup.getByRole('textbox', { name: 'Month' }).fill('11');
  await lookup.getByRole('textbox', { name: 'Year' }).fill('1972');
  await lookup.getByRole('button', { name: 'Search' }).click();
  await lookup
    .getByRole('button', { name: /Mohammed Rahman/ })
    .first()
    .click();
  await page
    .getByRole('region', { name: 'Message the patient' })
    .getByText(/Mohammed Rahman/)
    .first()
    .waitFor();
  assert.deepEqual(errors, []);
});

test('the integrity hashes the build prints let the bundle load under SRI, and a wrong one blocks it', async () => {
  const { integrity } = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8')) as { integrity: Record<string, string> };
  const hash = integrity['cdn/hero-elements.js'];
  assert.match(hash ?? '', /^sha384-[A-Za-z0-9+/]{64}$/);
  const load = async (value: string) => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/an-empty-page-on-the-same-origin`);
    const defined = await tab.evaluate(
      ({ src, value }) =>
        new Promise<boolean>((done) => {
          const script = Object.assign(document.createElement('script'), {
            type: 'module',
            src,
            integrity: value,
            crossOrigin: 'anonymous',
          });
          script.onload = () => done(Boolean(customElements.get('hero-slot-picker')));
          script.onerror = () => done(false);
          document.head.append(script);
        }),
      { src: `${server.url}/dist/cdn/hero-elements.js`, value },
    );
    await tab.close();
    return defined;
  };
  assert.equal(await load(hash as string), true, 'the printed hash matches the built file');
  assert.equal(await load(`sha384-${'A'.repeat(64)}`), false, 'a wrong hash is refused by the browser');
});

test("the README's Content Security Policy, with Trusted Types enforced, blocks nothing the elements do", async () => {
  const csp = readmeSnippets().find((s) => s.kind === 'csp');
  assert.ok(csp, 'the README has a CSP snippet');
  const policy = /^Content-Security-Policy:\s*(.+)$/m.exec(csp.code)?.[1]?.trim() ?? '';
  assert.match(policy, /require-trusted-types-for 'script'/, 'Trusted Types are required');
  // The script-tag page's elements, without its inline script (the policy allows none), on production's API origin.
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>CSP</title>
<link rel="stylesheet" href="/dist/themes/default.css">
<script type="module" src="/dist/cdn/hero-elements.js"></script></head><body>
<hero-provider tenant-id="1001" env="production" token-url="/api/hero-token">
  <hero-patient-lookup allow-register></hero-patient-lookup>
  <hero-slot-picker patient-id="401"></hero-slot-picker>
  <hero-form-renderer form-id="601" patient-id="401"></hero-form-renderer>
  <hero-message-composer patient-id="401" lang="cy"></hero-message-composer>
</hero-provider></body></html>`;
  const tab = await browser.newPage();
  const tabErrors = collectPageErrors(tab);
  await tab.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const tabApi = await routeMockApi(tab);
  await tab.route(`${server.url}/csp.html`, (route) =>
    route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': policy }, body: html }),
  );
  await tab.goto(`${server.url}/csp.html`);
  await tab.getByRole('group', { name: 'What type of appointment do you need?' }).waitFor();
  await tab.locator('hero-form-renderer').getByRole('heading', { name: 'Your health' }).waitFor();
  await tab
    .locator('hero-message-composer')
    .getByText(/Olivia Bennett/)
    .first()
    .waitFor();
  await tab.locator('hero-patient-lookup').getByRole('textbox', { name: 'NHS number' }).waitFor();
  assert.ok(
    tabApi.requests.some((r) => r.path.startsWith('/v1/')),
    'the elements called the API',
  );
  assert.equal(await tab.evaluate(() => 'trustedTypes' in window), true, 'the browser enforces Trusted Types');
  assert.deepEqual(await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations), [], 'no CSP violation');
  assert.deepEqual(tabErrors, []);
  await tab.close();
});
