/**
 * The loader script tag (`dist/cdn/hero-elements-loader.js`) in headless Chromium: a page loads
 * the modules of the elements it uses and no others, including tags that appear later and tags in
 * the open shadow roots of the host's own components; with an import map's `integrity` entries
 * every file it loads is checked (README, "Load only what a page uses"). The mock API answers from
 * Node, as for the other end-to-end tests.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, routeMockApi, serveStatic, type MockApi, type StaticServer } from '../support/e2e.js';

let server: StaticServer;
let browser: Browser;

before(async () => {
  server = await serveStatic('.');
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  api: MockApi;
  /** Paths of the script files the page fetched from dist/cdn/, in order. */
  scripts: string[];
}

/** Opens `path` on the test server; `html`, when given, is the page served there. */
async function open(path: string, html?: string): Promise<Opened> {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  const errors = collectPageErrors(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === server.url && url.pathname.startsWith('/dist/cdn/')) scripts.push(url.pathname.slice('/dist/cdn/'.length));
  });
  const api = await routeMockApi(page);
  if (html) await page.route(`${server.url}${path}`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${server.url}${path}`);
  return { page, errors, api, scripts };
}

const page = (body: string, head = '') => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>loader</title>${head}
<script type="module" src="/dist/cdn/hero-elements-loader.js"></script></head><body>${body}</body></html>`;

const defined = (p: Page, tag: string) => p.evaluate((name) => customElements.get(name) !== undefined, tag);

describe('the loader', () => {
  it('loads only the slot picker and the shared core for a page with one <hero-slot-picker> (examples/loader)', async () => {
    const { page: tab, errors, scripts } = await open('/examples/loader/index.html');
    await tab.locator('hero-slot-picker').getByRole('group', { name: 'What type of appointment do you need?' }).waitFor();
    assert.deepEqual([...scripts].sort(), ['hero-core.js', 'hero-elements-loader.js', 'hero-slot-picker.js']);
    for (const tag of ['hero-provider', 'hero-patient-lookup', 'hero-form-renderer', 'hero-message-composer']) {
      assert.equal(await defined(tab, tag), false, `<${tag}> is not loaded`);
    }
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('defines a provider and the elements inside it, provider first, with one token for all', async () => {
    const {
      page: tab,
      errors,
      api,
      scripts,
    } = await open(
      '/loader-provider.html',
      page(`<hero-provider tenant-id="1001" token-url="/api/hero-token">
        <hero-patient-lookup></hero-patient-lookup><hero-message-composer patient-id="401"></hero-message-composer>
      </hero-provider>`),
    );
    await tab
      .locator('hero-message-composer')
      .getByText(/Olivia Bennett/)
      .first()
      .waitFor();
    await tab.locator('hero-patient-lookup').getByRole('textbox', { name: 'NHS number' }).waitFor();
    assert.equal(scripts.indexOf('hero-provider.js'), 1, 'the provider module is fetched right after the loader');
    assert.deepEqual([...scripts].sort(), [
      'hero-core.js',
      'hero-elements-loader.js',
      'hero-message-composer.js',
      'hero-patient-lookup.js',
      'hero-provider.js',
    ]);
    assert.equal(api.requests.filter((r) => r.path === '/api/hero-token').length, 1, "one token for the provider's elements");
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('defines a tag that appears after the page loaded, and one in the open shadow root of a host component', async () => {
    const { page: tab, errors, scripts } = await open('/loader-later.html', page('<main></main>'));
    await tab.waitForFunction(() => document.readyState === 'complete');
    assert.deepEqual(scripts, ['hero-elements-loader.js'], 'nothing but the loader while no Hero tag is on the page');

    await tab.evaluate(() => {
      const picker = Object.assign(document.createElement('hero-slot-picker'), {});
      for (const [name, value] of [
        ['tenant-id', '1001'],
        ['token-url', '/api/hero-token'],
      ])
        picker.setAttribute(name as string, value as string);
      document.querySelector('main')!.append(picker);
    });
    await tab.locator('hero-slot-picker').getByRole('group', { name: 'What type of appointment do you need?' }).waitFor();

    await tab.evaluate(() => {
      // A host component that renders into its own open shadow root after it is connected.
      customElements.define(
        'host-card',
        class extends HTMLElement {
          connectedCallback() {
            const root = this.attachShadow({ mode: 'open' });
            queueMicrotask(() => {
              root.innerHTML = '<hero-patient-lookup tenant-id="1001" token-url="/api/hero-token"></hero-patient-lookup>';
            });
          }
        },
      );
      document.querySelector('main')!.append(document.createElement('host-card'));
    });
    await tab.locator('host-card hero-patient-lookup').getByRole('textbox', { name: 'NHS number' }).waitFor();
    assert.ok(scripts.includes('hero-patient-lookup.js'));
    assert.equal(await defined(tab, 'hero-form-renderer'), false);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('loads the Welsh tables (hero-cy.js) only for an element that speaks Welsh', async () => {
    const {
      page: tab,
      errors,
      scripts,
    } = await open(
      '/loader-welsh.html',
      page('<hero-patient-lookup lang="cy" tenant-id="1001" token-url="/api/hero-token"></hero-patient-lookup>'),
    );
    await tab
      .locator('hero-patient-lookup')
      .getByRole('textbox', { name: /Rhif GIG/ })
      .waitFor();
    assert.ok(scripts.includes('hero-cy.js'), 'the Welsh tables');
    assert.ok(!scripts.includes('hero-elements.cy.js'), "not the all-in-one file's copy");
    assert.deepEqual(errors, []);
    await tab.close();
  });

  describe("with Subresource Integrity: an import map with every file's hash, and integrity on the loader's script tag", () => {
    const { integrity } = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8')) as { integrity: Record<string, string> };
    /** The README's recipe, with this server's URLs. */
    const sriPage = (hashes: Record<string, string>) => {
      const map = Object.fromEntries(
        Object.entries(hashes)
          .filter(([f]) => f.startsWith('cdn/'))
          .map(([file, hash]) => [`${server.url}/dist/${file}`, hash]),
      );
      return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>loader with SRI</title>
<script type="importmap">${JSON.stringify({ integrity: map })}</script>
<script type="module" src="/dist/cdn/hero-elements-loader.js" integrity="${hashes['cdn/hero-elements-loader.js']}" crossorigin="anonymous"></script>
</head><body><hero-slot-picker tenant-id="1001" token-url="/api/hero-token"></hero-slot-picker></body></html>`;
    };

    it('loads every file when the hashes match', async () => {
      const { page: tab, errors } = await open('/loader-sri.html', sriPage(integrity));
      await tab.locator('hero-slot-picker').getByRole('group', { name: 'What type of appointment do you need?' }).waitFor();
      assert.deepEqual(errors, []);
      await tab.close();
    });

    it('refuses a changed file: a wrong hash for hero-core.js leaves the element undefined', async () => {
      const { page: tab, errors } = await open(
        '/loader-sri-wrong.html',
        sriPage({ ...integrity, 'cdn/hero-core.js': `sha384-${'A'.repeat(64)}` }),
      );
      await tab.waitForFunction(() => document.readyState === 'complete');
      await tab.waitForEvent('console', { predicate: (message) => message.text().includes('<hero-slot-picker> could not be loaded') });
      assert.equal(await defined(tab, 'hero-slot-picker'), false);
      assert.ok(
        errors.some((e) => /integrity/i.test(e)),
        `the browser names the integrity failure: ${errors.join(' | ')}`,
      );
      await tab.close();
    });
  });
});
