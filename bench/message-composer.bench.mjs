// Recounting a 918-character text message (six GSM-7 segments) per keystroke, for
// <hero-message-composer>:
//   1. the pure counter in Node (dist/domain/sms.js), GSM-7 and UCS-2 text, with and without
//      placeholder filling (what the element runs per keystroke);
//   2. the built element in headless Chromium (dist/, bundled with esbuild): one keystroke's
//      `input` event to the counter showing the new count (`updateComplete`), every request
//      answered by the mock Hero API's own handlers (mock) through `page.route`.
// Medians (and p95) of many runs. Run after `npm run build` (`npm run bench` does both).
// Reports numbers; never fails on them.
import { build } from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const ELEMENT = 'dist/components/message-composer/hero-message-composer.js';
const SMS = 'dist/domain/sms.js';
const PLACEHOLDERS = 'dist/domain/placeholders.js';
if (!existsSync(ELEMENT) || !existsSync(SMS)) {
  console.error('Run `npm run build` first (or `npm run bench`, which builds).');
  process.exit(1);
}

const { countSms } = await import(pathToFileURL(SMS).href);
const { fillPlaceholders } = await import(pathToFileURL(PLACEHOLDERS).href);

const LENGTH = 918;
const sentence = 'Dear Olivia, your flu vaccination is due. Book online or call us after 10am. ';
const gsmText = sentence.repeat(20).slice(0, LENGTH);
const templateText = 'Dear {{first_name}}, your flu vaccination is due. Book online or call us after 10am. '.repeat(20).slice(0, LENGTH);
const ucs2Text = 'Annwyl Olivia, mae’ch brechlyn ffliw yn ddyledus. Gŵyl y Banc 👋 '.repeat(20).slice(0, LENGTH);
const values = { first_name: 'Olivia' };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
};

/** Median and p95 time per call (µs), over batches of `perBatch` calls, each on a different "keystroke". */
function timeNode(fn, text, batches = 60, perBatch = 500) {
  const variants = Array.from({ length: perBatch }, (_, i) => text.slice(0, LENGTH - 1) + String.fromCharCode(97 + (i % 26)));
  for (const v of variants) fn(v); // warm up
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    for (const v of variants) fn(v);
    samples.push(Number(process.hrtime.bigint() - start) / 1000 / perBatch);
  }
  return { median: median(samples), p95: p95(samples) };
}

const rows = [];
const check = countSms(gsmText);
rows.push({ name: `Node: countSms, GSM-7 (${check.characters} chars, ${check.segments} segments)`, ...timeNode(countSms, gsmText) });
const checkU = countSms(ucs2Text);
rows.push({ name: `Node: countSms, UCS-2 (${checkU.characters} chars, ${checkU.segments} segments)`, ...timeNode(countSms, ucs2Text) });
rows.push({
  name: 'Node: fill {{first_name}} placeholders + countSms',
  ...timeNode((t) => countSms(fillPlaceholders(t, values).text), templateText),
});

// ─── The element in Chromium ───

const entry = `import './${ELEMENT}'; import { countSms } from './${SMS}'; window.__countSms = countSms;`;
const element = (
  await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2021',
  })
).outputFiles[0].text;

mkdirSync('node_modules/.cache/hero-bench', { recursive: true });
const mockFile = 'node_modules/.cache/hero-bench/mock-message-composer.mjs';
await build({ entryPoints: ['mock/index.ts'], bundle: true, platform: 'node', format: 'esm', outfile: mockFile, external: ['msw'] });
const mock = await import(pathToFileURL(mockFile).href);
const { getResponse } = await import('msw');
const handlers = [...mock.handlers, mock.hostTokenHandler];

const ORIGIN = mock.MOCK_BASE_URL;
const page = `<!doctype html><html lang="en-GB"><body>
<hero-message-composer tenant-id="${mock.MOCK_PRACTICE_GROUP_ID}" token-url="/api/hero-token" base-url="${ORIGIN}" patient-id="401" practice-name="Millbrook Medical Practice"></hero-message-composer>
<script type="module" src="/__bench/element.js"></script></body></html>`;

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const tab = await browser.newPage();
  await tab.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.pathname === '/__bench/index.html') return route.fulfill({ contentType: 'text/html', body: page });
    if (url.pathname === '/__bench/element.js') return route.fulfill({ contentType: 'text/javascript', body: element });
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
  await tab.waitForFunction(() => document.querySelector('hero-message-composer')?.shadowRoot?.querySelector('#text'), null, {
    timeout: 15000,
  });

  for (const [label, text] of [
    ['GSM-7', gsmText],
    ['UCS-2', ucs2Text],
  ]) {
    const result = await tab.evaluate(
      async ({ text, runs }) => {
        const el = document.querySelector('hero-message-composer');
        const area = el.shadowRoot.querySelector('#text');
        const counter = () => el.shadowRoot.querySelector('[part~="counter"] strong')?.textContent ?? '';
        const keystroke = async (value) => {
          area.value = value;
          area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value.at(-1) }));
          await el.updateComplete;
          return counter();
        };
        await keystroke(text.slice(0, -1));
        const element = [];
        const pure = [];
        let last = '';
        // performance.now() is coarsened in browsers, so keystrokes are timed ten at a time.
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          for (let k = 0; k < 10; k++) {
            // Change the last character, as typing and deleting would.
            last = await keystroke(text.slice(0, -1) + String.fromCharCode(97 + ((i * 10 + k) % 26)));
          }
          element.push((performance.now() - start) / 10);
          const value = text.slice(0, -1) + String.fromCharCode(97 + (i % 26));
          const t0 = performance.now();
          for (let k = 0; k < 200; k++) window.__countSms(value);
          pure.push((performance.now() - t0) / 200);
        }
        return { element, pure, last };
      },
      { text, runs: 60 },
    );
    rows.push({ name: `Chromium: countSms, ${label}`, median: median(result.pure) * 1000, p95: p95(result.pure) * 1000 });
    rows.push({
      name: `Chromium: element input → counter shown, ${label} ("${result.last}")`,
      median: median(result.element) * 1000,
      p95: p95(result.element) * 1000,
    });
  }
} finally {
  await browser.close();
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`\n<hero-message-composer>: recounting a ${LENGTH}-character message per keystroke (µs; lower is better)\n`);
console.log(`${'measure'.padEnd(width)} | ${'median'.padStart(9)} | ${'p95'.padStart(9)}`);
console.log(`${'-'.repeat(width)}-|-${'-'.repeat(9)}-|-${'-'.repeat(9)}`);
for (const r of rows) console.log(`${r.name.padEnd(width)} | ${r.median.toFixed(1).padStart(9)} | ${r.p95.toFixed(1).padStart(9)}`);
console.log('\nA frame at 60 Hz is 16,667 µs. The element re-renders the counter and the preview on each keystroke;');
console.log('the screen reader announcement is debounced (1 s after typing pauses).');
