// <hero-slot-picker> speed, in headless Chromium: rendering a 28-day window of 2,000 slots, and
// switching days, each beside a plain-DOM baseline (hand-written document.createElement code that
// fetches and renders the same slots the same way, in the same page and run). Medians of several
// runs; the ratio's goal is ≤ 1.5×. Also prints the element's own size. Run after `npm run build`
// (`npm run bench` does both). Reports numbers; never fails on them.
//
// No network: the page's `fetch` is replaced by an in-page stub that answers the API's paginated
// lists from data generated here, and the element gets its token from a `tokenProvider`. Both the
// element and the baseline fetch through that stub, so both pay for the same JSON.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const ENTRY = 'dist/components/slot-picker/hero-slot-picker.js';
if (!existsSync(ENTRY)) {
  console.error('Run `npm run build` first (or `npm run bench`, which builds).');
  process.exit(1);
}

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;
const DAYS = 28;
const SLOT_COUNT = 2000;
const START = '2027-03-15'; // a Monday; the window crosses the start of BST (28 March 2027)

// ───────── Data: 2,000 slots over 28 days, in London wall-clock time ─────────

const practitioners = [
  ['201', 'Dr', 'Priya', 'Sharma'],
  ['202', 'Dr', 'James', "O'Connor"],
  ['203', 'Dr', 'Aisha', 'Bello'],
  ['204', 'Mrs', 'Rebecca', 'Hughes'],
  ['205', 'Mr', 'Tomasz', 'Nowak'],
  ['206', 'Ms', 'Chloe', 'Evans'],
  ['207', 'Dr', 'Gareth', 'Williams'],
].map(([id, title, first_name, last_name]) => ({ id, title, first_name, last_name, practitioner_type: 'GP' }));
const locations = [
  ['301', 'Millbrook Medical Practice (main surgery)'],
  ['302', 'Castle Street Branch Surgery'],
  ['303', 'Alveston Branch Surgery'],
].map(([id, name]) => ({ id, name, address_line_1: null, address_line_2: null, town: null, postcode: null }));
const types = [
  {
    id: '101',
    name: 'GP appointment',
    partner_slot_name: 'GP',
    next_available_at: null,
    slot_count: SLOT_COUNT,
    price: 0,
    sector: 'nhs',
    duration: 10,
    video: false,
    in_person: true,
    telephone: false,
    use_partner_bookable_slots: true,
    admin_booking_invoice_required: false,
    form_id: null,
    practitioner_type: 'GP',
    assignee_id: null,
    assignee_type: null,
  },
];

function addDays(date, n) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}
/** London is UTC+1 from 28 March 2027 01:00 UTC (the only change inside the window). */
const londonToUtc = (date, minutes) => {
  const [y, m, d] = date.split('-').map(Number);
  const offset = date >= '2027-03-28' ? 60 : 0;
  return Date.UTC(y, m - 1, d, 0, minutes - offset);
};

const slots = [];
for (let i = 0; i < SLOT_COUNT; i++) {
  const day = addDays(START, i % DAYS);
  const k = Math.floor(i / DAYS); // 0..71 slots a day
  const minutes = 8 * 60 + k * 10 + (k >= 24 ? 60 : 0); // 08:00 to about 21:00, lunch hour skipped
  const start = londonToUtc(day, minutes);
  slots.push({
    id: String(900000 + i),
    practitioner_id: practitioners[i % practitioners.length].id,
    appointment_type_id: '101',
    location_id: locations[k % locations.length].id,
    start_time: new Date(start).toISOString(),
    finish_time: new Date(start + 10 * 60_000).toISOString(),
  });
}
// The API lists slots in time order.
slots.sort((a, b) => a.start_time.localeCompare(b.start_time));

// ───────── The page ─────────

const pageSource = `
import './${ENTRY}';
import { clearSharedClients } from './dist/api/registry.js';
import { formatLondonDay, formatLondonTime, londonDate, londonDayPeriod } from './dist/domain/london-time.js';

const DATA = window.__BENCH_DATA__;
const BASE = 'https://api.bench.test';
const b64 = (o) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\\+/g, '-').replace(/\\//g, '_');
const TOKEN = b64({ alg: 'none', typ: 'JWT' }) + '.' + b64({ exp: 4102444800 }) + '.x';

/** The API, in the page: paginated lists, 100 a page at most. */
window.fetch = async (input) => {
  const url = new URL(typeof input === 'string' ? input : input.url);
  const list = { '/v1/slots': DATA.slots, '/v1/locations': DATA.locations, '/v1/practitioners': DATA.practitioners, '/v1/appointment_types': DATA.types }[url.pathname];
  if (!list) return new Response('{}', { status: 404 });
  const size = Math.min(100, Number(url.searchParams.get('page_size') ?? 20));
  const index = Number(url.searchParams.get('page_index') ?? 0);
  const body = JSON.stringify({ data: list.slice(index * size, index * size + size), count: list.length });
  window.__lastResponseAt = performance.now();
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
};

const layout = (node) => node.getBoundingClientRect().height;
const stage = document.getElementById('stage');

// ── The element ──
let picker;
async function elementRender() {
  clearSharedClients();
  stage.replaceChildren();
  const t0 = performance.now();
  picker = document.createElement('hero-slot-picker');
  picker.tokenProvider = async () => TOKEN;
  picker.setAttribute('tenant-id', '1001');
  picker.setAttribute('base-url', BASE);
  picker.setAttribute('appointment-type-id', '101');
  picker.setAttribute('start-date', DATA.start);
  picker.setAttribute('days', String(DATA.days));
  const ready = new Promise((resolve) => picker.addEventListener('hero-ready', resolve, { once: true }));
  stage.append(picker);
  await ready;
  layout(picker);
  const end = performance.now();
  if (picker.shadowRoot.querySelectorAll('[role="option"]').length === 0) throw new Error('element rendered no slots');
  return [end - t0, end - window.__lastResponseAt];
}
async function elementSwitch(i) {
  const tabs = picker.shadowRoot.querySelectorAll('[role="tab"]');
  const t0 = performance.now();
  tabs[i % tabs.length].click();
  await picker.updateComplete;
  layout(picker);
  return performance.now() - t0;
}

// ── The plain-DOM baseline: the same requests, the same grouping, the same visible content ──
const el = (tag, cls, text) => {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
};
/** Every page, after the first up to four at a time, as the kit's client pages (so the comparison is about rendering). */
async function getAll(path, query) {
  const get = (i) => fetch(BASE + path + '?' + new URLSearchParams({ ...query, page_index: i, page_size: 100 }), { headers: { authorization: 'Bearer ' + TOKEN } }).then((r) => r.json());
  const first = await get(0);
  const pages = [first];
  const count = Math.ceil(first.count / 100);
  let next = 1;
  const worker = async () => { while (next < count) { const i = next++; pages[i] = await get(i); } };
  await Promise.all(Array.from({ length: Math.min(4, count - 1) }, worker));
  return pages.flatMap((p) => p.data);
}
let base;
async function baselineRender() {
  stage.replaceChildren();
  const t0 = performance.now();
  const root = el('div', 'bl');
  stage.append(root);
  const [typesList, locs, pracs, list] = await Promise.all([
    getAll('/v1/appointment_types', {}), getAll('/v1/locations', {}), getAll('/v1/practitioners', {}),
    getAll('/v1/slots', { start_date: DATA.start, appointment_type_id: '101' }),
  ]);
  const locName = new Map(locs.map((l) => [l.id, l.name]));
  const pracName = new Map(pracs.map((p) => [p.id, [p.title, p.first_name, p.last_name].filter(Boolean).join(' ')]));
  const views = list.map((s) => { const ms = Date.parse(s.start_time); return { s, ms, day: londonDate(ms), period: londonDayPeriod(ms) }; });
  views.sort((a, b) => a.ms - b.ms);
  const byDay = new Map();
  for (const v of views) { if (!byDay.has(v.day)) byDay.set(v.day, []); byDay.get(v.day).push(v); }
  const days = [...Array(7)].map((_, i) => { const d = new Date(Date.parse(DATA.start + 'T12:00:00Z') + i * 864e5); return d.toISOString().slice(0, 10); });
  root.append(el('h2', '', 'Choose a time'), el('p', '', typesList[0].name));
  const tabs = el('div', 'days');
  const panel = el('div', 'panel');
  const renderDay = (day) => {
    for (const t of tabs.children) t.setAttribute('aria-selected', String(t.dataset.day === day));
    const box = el('div', 'slots');
    for (const period of ['morning', 'afternoon', 'evening']) {
      const group = (byDay.get(day) ?? []).filter((v) => v.period === period);
      if (!group.length) continue;
      const g = el('div', 'period');
      g.append(el('div', 'period-heading', period));
      const grid = el('div', 'grid');
      for (const v of group) {
        const o = el('div', 'slot');
        o.setAttribute('role', 'option');
        o.tabIndex = -1;
        o.append(el('span', 'time', formatLondonTime(v.ms, 'en-GB')), el('span', 'detail', pracName.get(v.s.practitioner_id)), el('span', 'detail', locName.get(v.s.location_id)));
        grid.append(o);
      }
      g.append(grid);
      box.append(g);
    }
    panel.replaceChildren(box);
  };
  for (const d of days) {
    const t = el('button', 'day');
    t.dataset.day = d;
    t.append(el('span', '', formatLondonDay(d, 'en-GB', 'short')), el('span', '', (byDay.get(d)?.length ?? 0) + ' times'));
    t.addEventListener('click', () => renderDay(d));
    tabs.append(t);
  }
  root.append(tabs, panel);
  renderDay(days[0]);
  layout(root);
  base = root;
  const end = performance.now();
  return [end - t0, end - window.__lastResponseAt];
}
async function baselineSwitch(i) {
  const tabs = base.querySelectorAll('.day');
  const t0 = performance.now();
  tabs[i % tabs.length].click();
  layout(base);
  return performance.now() - t0;
}

window.bench = { elementRender, elementSwitch, baselineRender, baselineSwitch };
`;

const baselineCss = `
  .bl { font-family: system-ui, sans-serif; display: flex; flex-direction: column; gap: 1rem; }
  .bl .days { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(4.5rem, 1fr); gap: .25rem; }
  .bl .day { display: flex; flex-direction: column; min-height: 2.75rem; border: 1px solid #aeb7bd; border-radius: .5rem; background: #fff; }
  .bl .day[aria-selected='true'] { background: #005eb8; color: #fff; }
  .bl .slots { display: flex; flex-direction: column; gap: 1rem; }
  .bl .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: .5rem; }
  .bl .slot { display: flex; flex-direction: column; min-height: 2.75rem; padding: .25rem .5rem; border: 1px solid #aeb7bd; border-radius: .5rem; }
  .bl .time { font-weight: 600; } .bl .detail { font-size: .875rem; color: #4c6272; }
`;

const bundled = await build({
  stdin: { contents: pageSource, resolveDir: process.cwd(), loader: 'js', sourcefile: 'slot-picker-bench-page.js' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2021',
  write: false,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
});
const script = bundled.outputFiles[0].text;

// ───────── Run ─────────

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.setContent(
    `<!doctype html><html lang="en-GB"><head><style>${baselineCss}</style></head><body><div id="stage"></div></body></html>`,
  );
  await page.evaluate(
    (data) => {
      window.__BENCH_DATA__ = data;
    },
    { slots, locations, practitioners, types, start: START, days: DAYS },
  );
  await page.addScriptTag({ content: script, type: 'module' });
  await page.waitForFunction(() => window.bench !== undefined);

  const results = {
    elementRender: [],
    baselineRender: [],
    elementAfterData: [],
    baselineAfterData: [],
    elementSwitch: [],
    baselineSwitch: [],
  };
  for (let run = 0; run < WARMUP + RUNS; run++) {
    // Alternate which goes first, so neither always runs on a warmer page.
    const order = run % 2 ? ['baseline', 'element'] : ['element', 'baseline'];
    for (const who of order) {
      const [render, afterData] = await page.evaluate((w) => window.bench[`${w}Render`](), who);
      const switches = [];
      for (let i = 1; i <= 6; i++) switches.push(await page.evaluate(([w, n]) => window.bench[`${w}Switch`](n), [who, i]));
      if (run >= WARMUP) {
        results[`${who}Render`].push(render);
        results[`${who}AfterData`].push(afterData);
        results[`${who}Switch`].push(median(switches));
      }
    }
  }

  const rows = [
    ['load + render 28-day window, 2,000 slots', median(results.elementRender), median(results.baselineRender)],
    ['  of which: last page answered → laid out', median(results.elementAfterData), median(results.baselineAfterData)],
    ['switch day (median of 6 per run)', median(results.elementSwitch), median(results.baselineSwitch)],
  ];
  console.log(`\n<hero-slot-picker> speed: headless Chromium, medians of ${RUNS} runs (after ${WARMUP} warm-up), times in ms\n`);
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'case'.padEnd(w)} | ${'element'.padStart(8)} | ${'baseline'.padStart(8)} | ${'ratio'.padStart(6)} | goal`);
  console.log(`${'-'.repeat(w)}-|-${'-'.repeat(8)}-|-${'-'.repeat(8)}-|-${'-'.repeat(6)}-|------`);
  for (const [name, element, baseline] of rows) {
    console.log(
      `${name.padEnd(w)} | ${element.toFixed(2).padStart(8)} | ${baseline.toFixed(2).padStart(8)} | ${(element / baseline).toFixed(2).padStart(5)}× | ≤ 1.5×`,
    );
  }
  console.log('\nload + render: from creating the element (or starting the baseline) to its first times laid out: 20 pages of');
  console.log('  slots and the reference lists fetched from an in-page stub (both sides page four at a time, as the kit’s');
  console.log('  client does), token, parsing, grouping by London day and rendering. The second row is the part after the');
  console.log('  last page was answered: grouping and rendering alone.');
  console.log('switch: from clicking a day to its times laid out.');
} finally {
  await browser.close();
}

// ───────── Size: the element's own code, London rules included ─────────
// bench/size.mjs's "own gzip" leaves out all of src/internal; src/internal/london-time.ts is used
// only by the slot picker so far, so this figure counts it as the element's own.
const own = await build({
  entryPoints: [ENTRY],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2021',
  write: false,
  legalComments: 'none',
  plugins: [
    {
      name: 'leave-out-shared-but-london-time',
      setup(b) {
        b.onResolve({ filter: /.*/ }, (args) => {
          if (args.kind === 'entry-point' || /london-time/.test(args.path)) return undefined;
          if (/^(lit|@lit\/)/.test(args.path)) return { path: args.path, external: true };
          if (/(^|\/)(internal|api)\//.test(args.path)) return { path: args.path, external: true };
          return undefined;
        });
      },
    },
  ],
});
const bytes = own.outputFiles[0].contents;
console.log(
  `\n<hero-slot-picker> own size, London rules included: ${(bytes.length / 1000).toFixed(1)} kB min, ${(gzipSync(bytes, { level: 9 }).length / 1000).toFixed(1)} kB min+gzip (goal ≤ 8 kB)\n`,
);
