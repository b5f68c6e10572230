/**
 * The package as an integrator gets it: `npm pack` of the built repository (run `npm run build`
 * first; `npm test` does), linted (publint, attw), and installed into small apps made by each
 * framework's own generator (test/fixtures/apps): React 19 and React 18 + Vite, Vue 3 + Vite,
 * Angular 21 (AOT), Next.js 16 App Router and SvelteKit 2 (both server-rendered, then hydrated).
 * Every README code snippet is compiled in those apps or checked here (test/support/readme-snippets.ts).
 *
 * Each app is type-checked and built with its own tools, then driven in headless Chromium against
 * the shared mock Hero API (answered from Node, test/support/e2e.ts):
 *   - books a slot: `hero-appointment-book` reaches the app's state; `days` arrives as a number;
 *   - (a) finding a patient in <hero-patient-lookup> sets the app's state and the composer's `patientId`;
 *   - (b) an app button sets the composer's `channels`;
 *   - (c) the app's own token function got the token, and the page logged no error;
 *   - no `hero-error` at all, before or after hydration, and `hero-ready` reached the app's listener;
 *   - each element has `ready` and `:state(ready)` once its data has rendered.
 * The last two, on the server-rendered apps, need the elements to wait quietly for configuration
 * that hydration sets (issue 15, point 1): until the elements have a `ready` property they are
 * reported as TODO rather than failing.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { APPS, WORK, bin, install, limited, pack, run, startServer, type AppSpec } from '../support/fixture-apps.js';
import { collectPageErrors, launchChromium, routeMockApi, serveStatic, type MockApi } from '../support/e2e.js';
import { JS_SNIPPETS_CONFIG, readmeSnippets, snippetFile, snippetFiles } from '../support/readme-snippets.js';

const exec = promisify(execFile);
const started = Date.now();
const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10;
const timings: string[] = [];

const snippets = readmeSnippets();
const tarballReady = pack();
tarballReady.catch(() => {}); // awaited by the tests
const tarballFiles = tarballReady.then(async (tarball) => {
  const { stdout } = await exec('tar', ['-tzf', tarball], { maxBuffer: 16 * 1024 * 1024 });
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));
});
tarballFiles.catch(() => {});

interface Built {
  dir: string;
  log: string;
  /** The React app's `hero-elements/api` check (tsc -p tsconfig.api.json): its failure, if any. */
  apiCheck?: Error;
}

const filesByApp = snippetFiles(snippets, Object.fromEntries(APPS.map((app) => [app.name, app.snippets])));

/** Install, check, build: each app's pipeline, a few at a time (installs wait on the network, builds on the CPU). */
const pipelines = new Map<string, Promise<Built>>(
  limited(
    Math.max(3, availableParallelism()),
    APPS.map((app) => async (): Promise<Built> => {
      const tarball = await tarballReady;
      const log = join(WORK, `${app.name}.log`);
      rmSync(log, { force: true });
      let at = Date.now();
      const dir = await install(app, tarball, filesByApp[app.name] ?? {}, log);
      const steps = [`install ${seconds(at)} s`];
      for (const [command, ...args] of app.check ?? []) {
        at = Date.now();
        await run(bin(dir, command as string), args, dir, log);
        steps.push(`${command} ${seconds(at)} s`);
      }
      if (filesByApp[app.name]?.[JS_SNIPPETS_CONFIG]) {
        at = Date.now();
        await run(bin(dir, 'tsc'), ['-p', JS_SNIPPETS_CONFIG], dir, log);
        steps.push(`JS snippets ${seconds(at)} s`);
      }
      at = Date.now();
      await run(bin(dir, app.build[0] as string), app.build.slice(1), dir, log);
      steps.push(`${app.build.join(' ')} ${seconds(at)} s`);
      let apiCheck: Error | undefined;
      if (app.name === 'react') {
        // Its own step, reported by its own test: hero-elements/api types in a fresh app.
        at = Date.now();
        apiCheck = await run(bin(dir, 'tsc'), ['-p', 'tsconfig.api.json'], dir, log).then(
          () => undefined,
          (error: Error) => error,
        );
        steps.push(`tsc -p tsconfig.api.json ${seconds(at)} s`);
      }
      timings.push(`${app.name}: ${steps.join(', ')} (done at ${seconds(started)} s)`);
      return { dir, log, apiCheck };
    }),
  ).map((promise, i) => {
    promise.catch(() => {}); // awaited by each app's tests
    return [APPS[i]!.name, promise] as const;
  }),
);

let browser: Browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  console.log(`\nFixture apps (work folder ${WORK}):\n  ${timings.join('\n  ')}\n  all done at ${seconds(started)} s`);
});

describe('the packed tarball', () => {
  it('passes publint (strict) and attw (ESM-only: node16 from ESM and bundler resolution)', async () => {
    const tarball = await tarballReady;
    const log = join(WORK, 'lint.log');
    rmSync(log, { force: true });
    await run(process.execPath, ['node_modules/publint/src/cli.js', 'run', '--strict', tarball], process.cwd(), log);
    await run(
      process.execPath,
      ['node_modules/@arethetypeswrong/cli/dist/index.js', tarball, '--profile', 'esm-only', '--format', 'table'],
      process.cwd(),
      log,
    );
  });

  it('ships dist/, the manifest, README and LICENSE, and nothing of the sources, tests, mock or demos', async () => {
    const files = await tarballFiles;
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'custom-elements.json',
      'dist/index.js',
      'dist/cdn/hero-elements-loader.js',
      'dist/editors/web-types.json',
    ]) {
      assert.ok(files.includes(file), `ships ${file}`);
    }
    for (const file of files) {
      assert.match(file, /^(dist\/|package\.json$|README\.md$|LICENSE$|custom-elements\.json$)/, `ships nothing else (${file})`);
      assert.doesNotMatch(file, /mockServiceWorker|\.stories\.|\/mock\//, `no mock or stories (${file})`);
    }
  });

  it('has no dangling source-map comment: every sourceMappingURL names a shipped map', async () => {
    const files = await tarballFiles;
    const dir = join(WORK, 'unpacked');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await exec('tar', ['-xzf', await tarballReady, '-C', dir]);
    let maps = 0;
    for (const file of files.filter((f) => /\.(js|d\.ts|css)$/.test(f))) {
      const text = readFileSync(join(dir, 'package', file), 'utf8');
      for (const [, target] of text.matchAll(/[#@] sourceMappingURL=(\S+)/g)) {
        maps++;
        const mapPath = join(file, '..', target as string).replace(/\\/g, '/');
        assert.ok(files.includes(mapPath), `${file} names ${target}, which is shipped`);
      }
    }
    assert.ok(maps > 0, 'the CDN files name their maps');
  });
});

describe('README code snippets', () => {
  it('every snippet has a check, and those for the fixture apps went into them (the apps compile them)', () => {
    assert.ok(snippets.length >= 14, `found the README's snippets (${snippets.length})`);
    for (const snippet of snippets) {
      const target = snippetFile(snippet);
      if (target) assert.ok(filesByApp[target.app]?.[target.path], `README.md:${snippet.line} is in the ${target.app} app`);
    }
  });

  it('json: parses, and every path into node_modules/hero-elements/ is in the package', async () => {
    const files = await tarballFiles;
    const json = snippets.filter((s) => s.kind === 'json');
    assert.ok(json.length >= 1);
    for (const { line, code } of json) {
      assert.doesNotThrow(() => JSON.parse(code), `README.md:${line} is JSON`);
      for (const [, path] of code.matchAll(/node_modules\/hero-elements\/([\w./-]+)/g)) {
        assert.ok(files.includes(path as string), `README.md:${line}: the package ships ${path}`);
      }
    }
  });
});

/** Records every hero-error and hero-ready from the first script on, and whether the page had hydrated. */
function recordHeroEvents(): void {
  const events: { type: string; tag: string; hydrated: boolean; code?: string }[] = [];
  (window as unknown as { __heroEvents: typeof events }).__heroEvents = events;
  for (const type of ['hero-error', 'hero-ready']) {
    document.addEventListener(
      type,
      (event) => {
        const source = event.composedPath()[0] as Element | undefined;
        events.push({
          type,
          tag: source?.localName ?? '',
          hydrated: document.documentElement?.hasAttribute('data-hydrated') ?? false,
          code: (event as CustomEvent<{ code?: string }>).detail?.code,
        });
      },
      true,
    );
  }
}

const heroEvents = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __heroEvents: { type: string; tag: string; hydrated: boolean; code?: string }[] }).__heroEvents,
  );

/** Whether the elements have issue 15's point 1 (wait quietly for configuration; `ready`, `:state(ready)`). */
const waitsForConfiguration = (page: Page) =>
  page.evaluate(() => 'ready' in ((customElements.get('hero-slot-picker')?.prototype as object | undefined) ?? {}));

const POINT_1 = 'awaits issue 15 point 1 (elements wait quietly for configuration, with `ready` and :state(ready)), not on this branch yet';

/** Chooses the first time the slot picker offers, reserves it and confirms it. */
async function bookFirstTime(page: Page): Promise<void> {
  const picker = page.locator('hero-slot-picker');
  await picker
    .getByRole('listbox', { name: /^Available times on / })
    .getByRole('option')
    .first()
    .click();
  await picker.getByRole('button', { name: 'Reserve this time' }).click();
  await picker.getByRole('button', { name: 'Confirm appointment' }).click();
}

/** Finds Olivia Bennett (mock patient 401) by NHS number and date of birth, and selects her. */
async function selectPatient(page: Page): Promise<void> {
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
}

/** Serves the built app (its static output, or its own server) and opens `path` in a fresh page. */
async function open(app: AppSpec, built: Built, path = '/') {
  const server =
    'static' in app.serve
      ? await serveStatic(join(built.dir, app.serve.static), { spa: true })
      : await startServer(app as AppSpec & { serve: { command: (port: number) => string[] } }, built.dir, built.log).then((s) => ({
          url: s.url,
          close: s.stop,
        }));
  const page = await browser.newPage();
  page.setDefaultTimeout(20_000);
  await page.addInitScript(recordHeroEvents);
  const errors = collectPageErrors(page);
  const api = await routeMockApi(page);
  await page.goto(`${server.url}${path}`);
  return { server, page, errors, api };
}

for (const app of APPS) {
  describe(`${app.name} app`, () => {
    let built: Built;
    let page: Page;
    let errors: string[];
    let api: MockApi;
    let close: () => Promise<void>;

    it(`installs the packed package, type-checks${app.check ? ` (${app.check.map((c) => c[0]).join(', ')})` : ''} and builds (${app.build.join(' ')})`, async () => {
      built = await pipelines.get(app.name)!;
    });

    if (app.name === 'react') {
      it("type-checks hero-elements/api in a fresh app: the README's HeroClient example and api/hero-client.ts", async (t: TestContext) => {
        const { apiCheck } = await pipelines.get(app.name)!;
        // The known defect: dist/api/client.d.ts imports a devDependency's types (the fix is in src/api/client.ts).
        const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string> };
        if (
          readFileSync('dist/api/client.d.ts', 'utf8').includes("'openapi-typescript-helpers'") &&
          !pkg.dependencies?.['openapi-typescript-helpers']
        ) {
          t.todo('awaits the fix in src/api/client.ts: dist/api/client.d.ts imports openapi-typescript-helpers, a devDependency');
        }
        if (apiCheck) throw apiCheck;
      });
    }

    describe('in Chromium', () => {
      before(async () => {
        built = await pipelines.get(app.name)!;
        const opened = await open(app, built);
        ({ page, errors, api } = opened);
        close = opened.server.close;
        await page.getByRole('heading', { name: app.title, level: 1 }).waitFor();
      });

      after(async () => {
        await page?.close();
        await close?.();
      });

      if (app.name.startsWith('react')) {
        const major = app.name === 'react18' ? '18' : '19';
        it(`runs on React ${major}`, async () => {
          assert.match((await page.getByTestId('framework-version').textContent()) ?? '', new RegExp(`^${major}\\.`));
        });
      }

      it('books a slot against the mock: hero-appointment-book reaches the app, and `days` arrived as a number', async () => {
        assert.equal(
          await page
            .getByRole('status')
            .filter({ hasText: /appointment booked|Booked appointment/ })
            .textContent(),
          'No appointment booked yet',
        );
        await bookFirstTime(page);
        await page
          .getByRole('status')
          .filter({ hasText: /^Booked appointment \d+$/ })
          .waitFor();
        await page.locator('hero-slot-picker').getByRole('heading', { name: 'Appointment booked' }).waitFor();
        assert.ok(
          api.requests.some((r) => r.method === 'PATCH' && /\/v1\/appointments\/\d+\/book$/.test(r.path)),
          'booked through the API',
        );
        assert.equal(await page.locator('hero-slot-picker').evaluate((el) => (el as HTMLElement & { days: unknown }).days), 14);
      });

      it("(a) turns hero-patient-select into app state: the app's text and the composer's patientId", async () => {
        assert.equal(
          await page
            .getByRole('status')
            .filter({ hasText: /patient chosen|Writing to/ })
            .textContent(),
          'No patient chosen yet',
        );
        assert.equal(await page.locator('hero-message-composer').count(), 0, 'no composer before a patient is chosen');
        await selectPatient(page);
        await page.getByRole('status').filter({ hasText: 'Writing to Olivia Bennett' }).waitFor();
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
        assert.equal(await composer.evaluate((el) => (el as HTMLElement & { channels?: string }).channels), 'sms');
        await page.getByRole('button', { name: 'All channels' }).click();
        await composer.getByRole('radio', { name: 'Email', exact: true }).waitFor();
      });

      it("(c) got its token from the app's own function, and logged no error", () => {
        assert.ok(
          api.requests.some((r) => r.path === '/api/hero-token'),
          "the app's token function fetched /api/hero-token",
        );
        assert.deepEqual(errors, []);
      });

      it(`fires no hero-error${app.ssr ? ' (before or after hydration)' : ''}, and hero-ready reaches the app's own listener`, async (t: TestContext) => {
        if (app.ssr && !(await waitsForConfiguration(page))) t.todo(POINT_1);
        const events = await heroEvents(page);
        assert.deepEqual(
          events.filter((e) => e.type === 'hero-error'),
          [],
          'no hero-error',
        );
        assert.equal(await page.getByTestId('slot-picker-ready').textContent(), 'ready', "the app's onHeroReady listener heard hero-ready");
        if (app.ssr)
          assert.ok(
            events.some((e) => e.type === 'hero-ready' && e.tag === 'hero-slot-picker' && e.hydrated),
            'hero-ready after hydration',
          );
      });

      it('each element has `ready` and :state(ready) once its data has rendered', async (t: TestContext) => {
        if (!(await waitsForConfiguration(page))) t.todo(POINT_1);
        for (const tag of ['hero-slot-picker', 'hero-patient-lookup', 'hero-message-composer']) {
          const state = await page
            .locator(tag)
            .evaluate((el) => ({ ready: (el as HTMLElement & { ready?: boolean }).ready, matches: el.matches(':state(ready)') }));
          assert.deepEqual(state, { ready: true, matches: true }, tag);
        }
      });
    });

    if (app.name === 'next') {
      describe('in Chromium: a Server Component page importing hero-elements/react', () => {
        let serverPage: Page;
        let serverErrors: string[];
        let closeServer: () => Promise<void>;

        before(async () => {
          built = await pipelines.get(app.name)!;
          const opened = await open(app, built, '/server');
          ({ page: serverPage, errors: serverErrors } = opened);
          closeServer = opened.server.close;
          await serverPage.getByRole('heading', { name: 'Hero Elements in a Server Component', level: 1 }).waitFor();
        });

        after(async () => {
          await serverPage?.close();
          await closeServer?.();
        });

        it('books a slot (the provider takes token-url from the server page) and logs no error', async () => {
          await bookFirstTime(serverPage);
          await serverPage.locator('hero-slot-picker').getByRole('heading', { name: 'Appointment booked' }).waitFor();
          assert.deepEqual(serverErrors, []);
        });

        it('fires no hero-error before or after hydration', async (t: TestContext) => {
          if (!(await waitsForConfiguration(serverPage))) t.todo(POINT_1);
          assert.deepEqual(
            (await heroEvents(serverPage)).filter((e) => e.type === 'hero-error'),
            [],
          );
        });
      });
    }
  });
}
