/**
 * The framework demos as a user drives them, in headless Chromium: demo/react (React 19, and the
 * same source on React 18), demo/vue and demo/angular, each built by Vite from the BUILT package
 * (`npm run build` first; `npm test` does). For each app:
 *   (a) an event round trip: finding and selecting a patient inside <hero-patient-lookup> fires
 *       `hero-patient-select`, which the app turns into its own text and into the composer's
 *       `patientId` property;
 *   (b) a property update: the app's "Text message only" button sets `channels`, and the composer
 *       stops offering the other channels;
 *   (c) no page errors, and the app's own token function (not a `token-url`) got the token.
 * Also the type-check proofs: tsc over demo/react and demo/angular, vue-tsc over demo/vue, each with
 * an expect-error line that misuses a prop (an unused expect-error fails the check).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, routeMockApi, serveStatic, type StaticServer } from '../support/e2e.js';

const run = promisify(execFile);
const bin = (name: string) => join('node_modules', '.bin', name);

/** Each type check as a promise of its output, started at once so they run beside the browser tests. */
function typeCheck(command: string, args: string[]): Promise<string> {
  return run(bin(command), args, { maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout }) => stdout,
    (error: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
    },
  );
}

const APPS = [
  { name: 'react19', title: 'Hero Elements in React', react: /^19\./ },
  { name: 'react18', title: 'Hero Elements in React', react: /^18\./ },
  { name: 'vue', title: 'Hero Elements in Vue' },
  { name: 'angular', title: 'Hero Elements in Angular' },
] as const;

let browser: Browser;
const checks: Record<string, Promise<string>> = {};

before(async () => {
  assert.ok(existsSync('dist/react/index.js'), 'dist/ is missing: run `npm run build` first');
  // The type checks read dist/*.d.ts through the package's own name, as an integrator's do.
  checks['react'] = typeCheck('tsc', ['-p', 'demo/react/tsconfig.json']);
  checks['angular'] = typeCheck('tsc', ['-p', 'demo/angular/tsconfig.json']);
  checks['vue'] = typeCheck('vue-tsc', ['-p', 'demo/vue/tsconfig.json', '--noEmit']);
  for (const check of Object.values(checks)) check.catch(() => {}); // awaited in their own tests
  const { buildDemo } = (await import('../../scripts/build-demos.mjs' as string)) as { buildDemo(name: string): Promise<void> };
  for (const app of APPS) await buildDemo(app.name);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

/** Finds Olivia Bennett (mock patient 401) by NHS number and date of birth, and selects her. */
async function selectPatient(page: Page): Promise<void> {
  const lookup = page.locator('hero-patient-lookup');
  await lookup.getByLabel('NHS number', { exact: true }).fill('999 000 0018');
  await lookup.getByLabel('Day', { exact: true }).fill('14');
  await lookup.getByLabel('Month', { exact: true }).fill('3');
  await lookup.getByLabel('Year', { exact: true }).fill('1985');
  await lookup.getByRole('button', { name: 'Search', exact: true }).click();
  await lookup.getByRole('button', { name: /^Select\b/ }).first().click();
}

for (const app of APPS) {
  describe(`demo ${app.name}`, () => {
    let server: StaticServer;
    let page: Page;
    let errors: string[];
    let api: Awaited<ReturnType<typeof routeMockApi>>;

    before(async () => {
      server = await serveStatic(join('dist-demos', app.name));
      page = await browser.newPage();
      page.setDefaultTimeout(15_000);
      errors = collectPageErrors(page);
      api = await routeMockApi(page);
      await page.goto(`${server.url}/index.html`);
      await page.getByRole('heading', { name: app.title, level: 1 }).waitFor();
    });

    after(async () => {
      await page?.close();
      await server?.close();
    });

    if ('react' in app) {
      it(`runs on React ${app.react.source.slice(1, 3)}`, async () => {
        assert.match((await page.getByTestId('react-version').textContent()) ?? '', app.react);
      });
    }

    it('(a) turns the element\'s hero-patient-select into app state: its own text and the composer\'s patientId', async () => {
      const status = page.getByRole('status').filter({ hasText: /patient chosen|Writing to/ });
      assert.equal(await status.textContent(), 'No patient chosen yet');
      assert.equal(await page.locator('hero-message-composer').count(), 0, 'no composer before a patient is chosen');
      await selectPatient(page);
      await page.getByRole('status').filter({ hasText: 'Writing to Olivia Bennett' }).waitFor();
      // The app passed the chosen id down: the composer loaded that patient.
      const composer = page.locator('hero-message-composer');
      await composer.locator('[part~="patient"]').filter({ hasText: 'Olivia Bennett' }).waitFor();
      assert.equal(await composer.evaluate((el) => (el as HTMLElement & { patientId?: string }).patientId), '401');
    });

    it('(b) sets channels from an app button, and the composer offers only that channel', async () => {
      const composer = page.locator('hero-message-composer');
      await composer.getByRole('radio', { name: 'Email', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Text message only' }).click();
      await composer.getByRole('radio', { name: 'Email', exact: true }).waitFor({ state: 'detached' });
      assert.equal(await composer.getByRole('radio').count(), 1, 'one channel left');
      assert.ok(await composer.getByRole('radio', { name: /Text message/ }).isVisible(), 'text message offered');
      assert.equal(await composer.evaluate((el) => (el as HTMLElement & { channels?: string }).channels), 'sms');
      await page.getByRole('button', { name: 'All channels' }).click();
      await composer.getByRole('radio', { name: 'Email', exact: true }).waitFor();
    });

    it('(c) got its token from the app\'s tokenProvider, and had no page errors', () => {
      assert.ok(api.requests.some((r) => r.path === '/api/hero-token'), 'the app fetched /api/hero-token');
      assert.ok(api.requests.some((r) => r.path.startsWith('/v3/patients') || r.path.startsWith('/v1/patients')), 'the elements called the API');
      assert.deepEqual(errors, []);
    });
  });
}

describe('type-check proofs', () => {
  it('tsc over demo/react: typed props and onHero... event props (expect-error on a misused prop)', async () => {
    await checks['react'];
  });
  it('vue-tsc over demo/vue: GlobalComponents types from hero-elements/vue (expect-error on a misused prop)', async () => {
    await checks['vue'];
  });
  it('tsc over demo/angular', async () => {
    await checks['angular'];
  });
});
