// First render of <hero-form-renderer> beside SurveyJS (survey-core + survey-js-ui, its plain-JS
// renderer, which bundles Preact), in one headless Chromium page and one run. Both render the same
// questions, all on one page: the mock's generated long form at 300 fields (10 sections) and at
// 30 fields (1 section). Run after `npm run build` (`npm run bench` does both).
//
// What is timed, the same way for both: from creating the component with the form already in
// memory (ours: the `schema` property, so no fetch is timed; SurveyJS: `new SurveyModel(json)`)
// until every question is in the DOM and a forced layout has run. Medians of interleaved runs,
// after warm-up. Reports numbers; never fails on them.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const ENTRY = 'dist/components/form-renderer/hero-form-renderer.js';
if (!existsSync(ENTRY)) {
  console.error('Run `npm run build` first (or `npm run bench`, which builds).');
  process.exit(1);
}

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;
const ORIGIN = 'http://bench.local';

/** The page's script: both renderers, the fixture forms, the mapping to SurveyJS JSON and the timing. */
const pageScript = `
import '${process.cwd()}/${ENTRY}';
import { SurveyModel } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import { longForm } from '${process.cwd()}/mock/fixtures.ts';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID } from '${process.cwd()}/mock/jwt.ts';

const escape = (s) => s.replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
const choices = (field) => (field.options ?? []).map((o) => ({ value: o.value, text: o.label }));

/** The same questions as SurveyJS JSON, on one page. */
function toSurvey(form) {
  const elements = form.fields.map((f) => {
    const base = { name: f.form_question_id, title: f.name, description: f.description ?? undefined, isRequired: !!f.required };
    switch (f.type) {
      case 'string': return { ...base, type: 'text' };
      case 'integer': return { ...base, type: 'text', inputType: 'number', min: f.min ?? undefined, max: f.max ?? undefined, step: 1 };
      case 'boolean': return { ...base, type: 'boolean' };
      case 'datepicker': return { ...base, type: 'text', inputType: 'date' };
      case 'text': return { ...base, type: 'comment' };
      case 'radio': return { ...base, type: 'radiogroup', choices: choices(f) };
      case 'dropdown': return { ...base, type: 'dropdown', choices: choices(f) };
      case 'checkboxes': return { ...base, type: 'checkbox', choices: choices(f) };
      case 'consent': return { ...base, type: 'boolean', renderAs: 'checkbox' };
      case 'paragraph': return { type: 'html', name: f.form_question_id, html: '<p style="white-space:pre-line">' + escape(f.name) + '</p>' };
      default: return undefined;
    }
  }).filter(Boolean);
  return { title: form.patient_title ?? form.title, description: form.patient_description ?? form.description, pages: [{ name: 'p1', elements }] };
}

const forms = { 300: longForm(300, 10), 30: longForm(30, 1) };
const surveys = { 300: toSurvey(forms[300]), 30: toSurvey(forms[30]) };
const questionCount = (form) => form.fields.filter((f) => f.type !== 'paragraph').length;

const stage = document.getElementById('stage');
const layout = (node) => node.getBoundingClientRect().height + document.body.offsetHeight;

async function until(done) {
  for (let i = 0; !done(); i++) {
    if (i > 10000) throw new Error('never rendered');
    await new Promise((resolve) => setTimeout(resolve));
  }
}

async function ours(size) {
  const form = forms[size];
  const expected = questionCount(form);
  const host = stage.appendChild(document.createElement('div'));
  const start = performance.now();
  const el = document.createElement('hero-form-renderer');
  el.tenantId = MOCK_PRACTICE_GROUP_ID;
  el.baseUrl = MOCK_BASE_URL;
  el.tokenProvider = async () => 'mock-token';
  el.pageSize = 0;
  el.schema = form;
  host.append(el);
  const count = () => el.shadowRoot?.querySelectorAll('[part~="field"]').length ?? 0;
  await el.updateComplete;
  while (count() < expected) {
    await el.updateComplete;
    if (count() < expected) await until(() => count() >= expected);
  }
  layout(el);
  const time = performance.now() - start;
  host.remove();
  return time;
}

async function survey(size) {
  const json = surveys[size];
  const expected = questionCount(forms[size]);
  const host = stage.appendChild(document.createElement('div'));
  const start = performance.now();
  const model = new SurveyModel(json);
  model.lazyRenderEnabled = false;
  renderSurvey(model, host);
  const count = () => host.querySelectorAll('.sd-question:not(.sd-question--html)').length;
  if (count() < expected) await until(() => count() >= expected);
  layout(host);
  const time = performance.now() - start;
  host.remove();
  return time;
}

/** What each put in the DOM for a form, to check they render the same questions. */
async function counts(size) {
  const host = stage.appendChild(document.createElement('div'));
  renderSurvey(new SurveyModel(surveys[size]), host);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const el = host.appendChild(document.createElement('hero-form-renderer'));
  el.pageSize = 0;
  el.schema = forms[size];
  await new Promise((resolve) => setTimeout(resolve, 50));
  const result = {
    questions: questionCount(forms[size]),
    survey: host.querySelectorAll('.sd-question:not(.sd-question--html)').length,
    surveyInputs: host.querySelectorAll('input, textarea, select').length,
    ours: el.shadowRoot.querySelectorAll('[part~="field"]').length,
    oursInputs: el.shadowRoot.querySelectorAll('input, textarea, select').length,
  };
  host.remove();
  return result;
}

window.bench = { ours, survey, counts };
window.benchReady = true;
`;

const bundled = await build({
  stdin: { contents: pageScript, resolveDir: process.cwd(), loader: 'js', sourcefile: 'bench-page.js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'error',
  define: { 'process.env.NODE_ENV': '"production"' },
});
const script = bundled.outputFiles[0].text;
const surveyCss = readFileSync('node_modules/survey-core/survey-core.fontless.min.css', 'utf8');
const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title>
<style>${surveyCss}</style><style>body{margin:0;font-family:system-ui,sans-serif}</style></head>
<body><main id="stage"></main><script type="module" src="/bench.js"></script></body></html>`;

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const tab = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  tab.on('pageerror', (error) => console.error('page error:', error.message));
  // No network: the page and its script from memory; the API (never reached with `schema`) answers from the fixture.
  await tab.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === ORIGIN && url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: page });
    if (url.origin === ORIGIN && url.pathname === '/bench.js') return route.fulfill({ contentType: 'text/javascript', body: script });
    return route.fulfill({ status: 404, body: '' });
  });
  await tab.goto(`${ORIGIN}/`);
  await tab.waitForFunction(() => window.benchReady === true);

  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const rows = [];
  for (const size of [300, 30]) {
    const times = { ours: [], survey: [] };
    for (let i = 0; i < WARMUP + RUNS; i++) {
      // Interleaved, alternating who goes first, so drift and GC hit both alike.
      const order = i % 2 ? ['survey', 'ours'] : ['ours', 'survey'];
      for (const who of order) {
        const ms = await tab.evaluate(([w, n]) => window.bench[w](n), [who, size]);
        if (i >= WARMUP) times[who].push(ms);
      }
    }
    const counted = await tab.evaluate((n) => window.bench.counts(n), size);
    rows.push({ form: `${size} fields (${counted.questions} questions)`, ours: median(times.ours), survey: median(times.survey), counted });
  }

  console.log(`\nForm renderer: first render, median of ${RUNS} runs after ${WARMUP} warm-up (ms, lower is better)\n`);
  const head = ['form', 'hero-form-renderer', 'SurveyJS 2.5.38', 'speed-up'];
  const cells = rows.map((r) => [r.form, r.ours.toFixed(1), r.survey.toFixed(1), `${(r.survey / r.ours).toFixed(1)}×`]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join(' | ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
  for (const { form, counted } of rows) {
    console.log(
      `${form}: questions rendered: ours ${counted.ours}, SurveyJS ${counted.survey}; form controls: ours ${counted.oursInputs}, SurveyJS ${counted.surveyInputs}`,
    );
  }
  console.log('\nBoth: the form in memory → every question in the DOM and laid out; all questions on one page (ours: page-size 0).');
  console.log('Goal: hero-form-renderer at least 3× faster. Its own bundle share is the "own gzip" column of the size report.');
} finally {
  await browser.close();
}
