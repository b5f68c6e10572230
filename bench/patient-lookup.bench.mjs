// Requests per completed lookup with <hero-patient-lookup>: the built element (dist/, bundled with
// esbuild) in headless Chromium, driven through its labels and buttons with Playwright, every
// request answered by the mock Hero API's own handlers (mock) through `page.route`.
// A lookup is complete when `hero-patient-select` fires. Run after `npm run build`
// (`npm run bench` does both). Reports numbers; never fails on them.
import { build } from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const ELEMENT = 'dist/components/patient-lookup/hero-patient-lookup.js';
if (!existsSync(ELEMENT)) {
  console.error('Run `npm run build` first (or `npm run bench`, which builds).');
  process.exit(1);
}

// The element as a browser module (Lit and the shared client inlined).
const element = (await build({ entryPoints: [ELEMENT], bundle: true, format: 'esm', write: false, target: 'es2021' })).outputFiles[0].text;

// The mock API for Node (TypeScript sources → one module beside node_modules, so `msw` resolves).
mkdirSync('node_modules/.cache/hero-bench', { recursive: true });
const mockFile = 'node_modules/.cache/hero-bench/mock.mjs';
await build({ entryPoints: ['mock/index.ts'], bundle: true, platform: 'node', format: 'esm', outfile: mockFile, external: ['msw'] });
const mock = await import(pathToFileURL(mockFile).href);
const { getResponse } = await import('msw');
const handlers = [...mock.handlers, mock.hostTokenHandler];

const ORIGIN = mock.MOCK_BASE_URL; // the page is served from the API's origin: no CORS preflights to count
const page = (allowRegister) => `<!doctype html><html lang="en-GB"><body>
<hero-patient-lookup tenant-id="${mock.MOCK_PRACTICE_GROUP_ID}" token-url="/api/hero-token" base-url="${ORIGIN}" ${allowRegister ? 'allow-register' : ''}></hero-patient-lookup>
<script type="module" src="/__bench/element.js"></script>
<script>
  window.selected = new Promise((resolve) => document.addEventListener('hero-patient-select', (e) => resolve(e.detail.patient.id)));
</script></body></html>`;

const browser = await chromium.launch(chromiumLaunchOptions);

/** Runs one lookup in a fresh page (fresh client and token) and counts the requests it made. */
async function run({ allowRegister = false, act }) {
  mock.resetMockDb();
  const context = await browser.newContext();
  const tab = await context.newPage();
  const counts = new Map();
  await tab.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.pathname === '/__bench/index.html') return route.fulfill({ contentType: 'text/html', body: page(allowRegister) });
    if (url.pathname === '/__bench/element.js') return route.fulfill({ contentType: 'text/javascript', body: element });
    const key = `${request.method()} ${url.pathname.replace(/\/\d+$/, '/{id}')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const body = request.postData();
    const response = await getResponse(
      handlers,
      new Request(url, { method: request.method(), headers: await request.allHeaders(), body: body ?? undefined }),
    );
    if (!response) return route.fulfill({ status: 599, body: 'no mock handler' });
    return route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
  await tab.goto(`${ORIGIN}/__bench/index.html`);
  await tab.waitForFunction(() => customElements.get('hero-patient-lookup'));
  await act(tab);
  const selected = await tab.evaluate(() => Promise.race([window.selected, new Promise((r) => setTimeout(() => r('(none)'), 5000))]));
  await context.close();
  return { counts, selected };
}

async function fillDob(tab, dob) {
  const [year, month, day] = dob.split('-');
  await tab.getByLabel('Day', { exact: true }).fill(String(Number(day)));
  await tab.getByLabel('Month', { exact: true }).fill(String(Number(month)));
  await tab.getByLabel('Year', { exact: true }).fill(year);
}

const person = mock.pdsPeople[0];
const scenarios = [
  {
    name: 'NHS number + DOB, found',
    act: async (tab) => {
      await tab.getByRole('textbox', { name: 'NHS number' }).fill('999 000 0018');
      await fillDob(tab, '1985-03-14');
      await tab.getByRole('button', { name: 'Search' }).click();
      await tab.getByRole('button', { name: /^Select/ }).click();
    },
  },
  {
    name: 'name + DOB, several matches',
    act: async (tab) => {
      await tab.getByRole('radio', { name: 'Name and date of birth' }).check();
      await tab.getByLabel('First name').fill('James');
      await tab.getByLabel('Last name').fill('Smith');
      await fillDob(tab, '1988-01-15');
      await tab.getByRole('button', { name: 'Search' }).click();
      await tab
        .getByRole('button', { name: /^Select/ })
        .nth(1)
        .click();
    },
  },
  {
    name: 'none found → PDS trace → fetched',
    allowRegister: true,
    act: async (tab) => {
      await tab.getByRole('textbox', { name: 'NHS number' }).fill(person.nhs_number);
      await fillDob(tab, person.dob);
      await tab.getByRole('button', { name: 'Search' }).click();
      await tab.getByRole('button', { name: 'Trace on the NHS Spine' }).click();
      await tab.getByRole('button', { name: /^Select/ }).click();
    },
  },
  {
    name: 'invalid NHS number (not completed)',
    act: async (tab) => {
      await tab.getByRole('textbox', { name: 'NHS number' }).fill('999 123 4567');
      await fillDob(tab, '1985-03-14');
      await tab.getByRole('button', { name: 'Search' }).click();
      await tab.getByText('There is a problem').waitFor();
    },
  },
];

const rows = [];
for (const scenario of scenarios) {
  const { counts, selected } = await run(scenario);
  const token = [...counts].filter(([k]) => k.endsWith('/api/hero-token')).reduce((n, [, v]) => n + v, 0);
  const api = [...counts].filter(([k]) => !k.endsWith('/api/hero-token'));
  rows.push({
    name: scenario.name,
    api: api.reduce((n, [, v]) => n + v, 0),
    token,
    detail: api.map(([k, v]) => `${v}× ${k}`).join(', ') || '-',
    selected,
  });
}
await browser.close();

const width = Math.max(...rows.map((r) => r.name.length), 8);
console.log('\n<hero-patient-lookup>: requests per lookup (fresh page: includes the first token fetch)\n');
console.log(`${'lookup'.padEnd(width)} | API | token | selected | API requests`);
console.log(`${'-'.repeat(width)}-|-----|-------|----------|-------------`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(width)} | ${String(r.api).padStart(3)} | ${String(r.token).padStart(5)} | ${String(r.selected).padEnd(8)} | ${r.detail}`,
  );
}
