/**
 * The NHS theme against NHS.UK itself: nhsuk-frontend's own components (the npm package's CSS and
 * its rendered fixtures, test/e2e/pages: none of our code) beside the kit's equivalents under
 * src/themes/nhs.css (test/e2e/pages/nhs-kit.ts: the shared pieces in a shadow root, as the
 * elements draw them), in Debian's headless Chromium, at a phone width (375px) and a desktop
 * width (1024px, past NHS.UK's 641px breakpoint).
 *
 * For each control (primary, secondary and warning buttons, radios, checkboxes, legend, hint, text
 * input, label, error message, error summary) and state (rest, hover, focused, pressed, checked)
 * the test reads both pages' computed styles and compares what a user sees: fill, text colour,
 * visible border, corners, height, type, shadows, focus outline and ring, the pressed button's
 * shift. Colours may differ by 1 in a channel (the kit mixes shadow colours with `color-mix`,
 * nhsuk-frontend with Sass); lengths must match to 0.05px. A few differences are known and
 * listed with their reason (KNOWN): they are reported, not failed.
 *
 * It also screenshots every control in every state on both pages: the pixels that differ are
 * reported per control; the kit's sheet is a baseline (test/support/screenshots.ts), and a
 * side-by-side sheet (nhsuk-frontend | kit | difference) and the comparison table (markdown) are
 * written to test/e2e/__output__/nhs-theme/ for review.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchChromium, serveStatic, type StaticServer } from '../support/e2e.js';
import { matchBaseline, OUTPUT, pixelDiff } from '../support/screenshots.js';
import type { Computed, Measure } from './pages/nhs-measure.js';

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const NHSUK = root('../../node_modules/nhsuk-frontend/dist/nhsuk/');
const OUT = `${OUTPUT}/nhs-theme`;
const WIDTHS = [375, 1024] as const;

// ---------------------------------------------------------------------------------------------
// The two pages

interface Fixture {
  name: string;
  context?: unknown;
  html: string;
}

/** One of nhsuk-frontend's rendered fixtures (its own Nunjucks output, shipped in the package). */
function fixture(component: string, name: string, size?: string): string {
  const { fixtures } = JSON.parse(readFileSync(`${NHSUK}components/${component}/fixtures.json`, 'utf8')) as { fixtures: Fixture[] };
  const found = fixtures.find((f) => f.name === name && (!size || JSON.stringify(f.context).includes(`"size":"${size}"`)));
  assert.ok(found, `nhsuk-frontend has no ${component} fixture "${name}"${size ? ` (${size})` : ''}`);
  return found.html;
}

/** A fixture in its own section, its ids (and the references to them) prefixed so they stay unique. */
function section(id: string, html: string): string {
  const prefixed = html
    .replace(/\b(id|for)="([^"]+)"/g, (_, attr: string, value: string) => `${attr}="${id}-${value}"`)
    .replace(
      /\baria-describedby="([^"]+)"/g,
      (_, ids: string) =>
        `aria-describedby="${ids
          .split(/\s+/)
          .map((v) => `${id}-${v}`)
          .join(' ')}"`,
    )
    .replace(/href="#([^"]+)"/g, (_, value: string) => `href="#${id}-${value}"`);
  return `<section id="ref-${id}" class="row">${prefixed}</section>`;
}

/** Both pages: the same width (the kit's 40rem), margins and NHS.UK's grey page background. */
const PAGE_STYLE = `<style>
  body { margin: 0; background: #f0f4f5; }
  .page { max-width: 40rem; margin: 0 1rem; padding: 1rem 0 3rem; }
  .row + .row { margin-top: 2.5rem; }
</style>`;

const referencePage = () => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>nhsuk-frontend</title>
<link rel="stylesheet" href="/node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.css">${PAGE_STYLE}</head>
<body class="nhsuk-frontend-supported"><main class="page">
${section('primary', fixture('button', 'default'))}
${section('secondary', fixture('button', 'secondary'))}
${section('warning', fixture('button', 'warning'))}
${section('radios', fixture('radios', 'legend', 's'))}
${section('checkboxes', fixture('checkboxes', 'legend', 's'))}
${section('input', fixture('input', 'default'))}
${section('label', fixture('input', 'label', 's'))}
${section('error', fixture('input', 'with error message and hint'))}
${section('summary', fixture('error-summary', 'default'))}
</main></body></html>`;

const kitPage = () => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Hero Elements, NHS theme</title>
<link rel="stylesheet" href="/src/themes/nhs.css">${PAGE_STYLE}
<script type="module" src="/__nhs/kit.js"></script></head>
<body><main class="page"><nhs-kit-page></nhs-kit-page></main></body></html>`;

const bundle = async (entry: string, format: 'esm' | 'iife') =>
  (await build({ entryPoints: [root(entry)], bundle: true, write: false, format, target: 'es2022', logLevel: 'silent' })).outputFiles[0]!
    .text;

let server: StaticServer;
let browser: Browser;
let kitScript: string;
let measureScript: string;

before(async () => {
  [kitScript, measureScript] = await Promise.all([bundle('./pages/nhs-kit.ts', 'esm'), bundle('./pages/nhs-measure.ts', 'iife')]);
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
  /** Calls one of nhs-measure.ts's helpers in the page. */
  call<K extends keyof Measure>(name: K, ...args: Parameters<Measure[K]>): Promise<Awaited<ReturnType<Measure[K]>>>;
}

async function open(width: number, which: 'reference' | 'kit'): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  // Page errors and console errors fail the test, except the refused font requests below.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.startsWith('https://assets.nhs.uk/'))
      errors.push(`console: ${message.text()}`);
  });
  // nhsuk-frontend's CSS names Frutiger on assets.nhs.uk: no network here, and the kit's page has no
  // such font either, so both pages fall back to Arial.
  await page.route('https://assets.nhs.uk/**', (route) => route.abort());
  await page.route(`${server.url}/__nhs/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/__nhs/page.html')
      return route.fulfill({ contentType: 'text/html', body: which === 'kit' ? kitPage() : referencePage() });
    if (path === '/__nhs/kit.js') return route.fulfill({ contentType: 'text/javascript', body: kitScript });
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await page.goto(`${server.url}/__nhs/page.html`);
  await page.addScriptTag({ content: measureScript });
  if (which === 'kit')
    await page.waitForFunction(() => document.querySelector('nhs-kit-page')?.shadowRoot?.querySelector('.error-summary'));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const call: Opened['call'] = (name, ...args) =>
    page.evaluate(
      ({ name, args }) => (window as unknown as { nhsMeasure: Record<string, (...a: unknown[]) => unknown> }).nhsMeasure[name]!(...args),
      {
        name,
        args,
      },
    ) as never;
  return { page, errors, call };
}

// ---------------------------------------------------------------------------------------------
// Values: parsed from computed styles, shown in the table, compared with a tolerance

interface Val {
  show: string;
  same(other: Val): boolean;
}

/** `rgb()`, `rgba()`, `color(srgb …)` (what `color-mix` computes to) or `transparent`, as 0–255 and alpha. */
function rgba(value: string): [number, number, number, number] {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  if (value === 'transparent') return [0, 0, 0, 0];
  throw new Error(`not a colour: ${value}`);
}
const hex = (c: [number, number, number, number]) =>
  c[3] === 0
    ? 'transparent'
    : `#${c
        .slice(0, 3)
        .map((v) => Math.round(v).toString(16).padStart(2, '0'))
        .join('')}${c[3] < 1 ? ` / ${c[3]}` : ''}`;
const sameRgba = (a: number[], b: number[]) => (a[3] === 0 && b[3] === 0) || a.every((v, i) => Math.abs(v - b[i]!) <= (i === 3 ? 0.01 : 1));

const colour = (value: string): Val => {
  const c = rgba(value);
  return { show: hex(c), same: (o) => 'rgba' in o && sameRgba(c, (o as Val & { rgba: number[] }).rgba), rgba: c } as Val;
};
const px = (value: string | number): Val => {
  const n = typeof value === 'number' ? value : parseFloat(value);
  return { show: `${Math.round(n * 100) / 100}px`, same: (o) => 'n' in o && Math.abs((o as Val & { n: number }).n - n) <= 0.05, n } as Val;
};
const text = (value: string): Val => ({ show: value, same: (o) => o.show === value });

/** Splits a computed list (box-shadow) on the commas outside parentheses. */
function splitList(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i += 1) {
    if (value[i] === '(') depth += 1;
    else if (value[i] === ')') depth -= 1;
    else if (value[i] === ',' && depth === 0) {
      parts.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(value.slice(start).trim());
  return parts;
}

interface Shadow {
  colour: number[];
  lengths: number[];
  inset: boolean;
}
/** A computed box-shadow list; invisible shadows (transparent, or no offset, blur or spread) left out. */
function shadows(value: string): Val {
  const list: Shadow[] =
    value === 'none'
      ? []
      : splitList(value)
          .map((part) => {
            const col = /^(rgba?\([^)]*\)|color\([^)]*\))/.exec(part)![1]!;
            const rest = part.slice(col.length).trim().split(/\s+/);
            return { colour: rgba(col), lengths: rest.filter((r) => r !== 'inset').map(parseFloat), inset: rest.includes('inset') };
          })
          .filter((s) => s.colour[3] !== 0 && s.lengths.some((l) => l !== 0));
  const show = list.length
    ? list
        .map(
          (s) => `${s.inset ? 'inset ' : ''}${s.lengths.map((l) => `${l}`).join(' ')} ${hex(s.colour as [number, number, number, number])}`,
        )
        .join(', ')
    : 'none';
  return {
    show,
    same: (o) => {
      const other = (o as Val & { list: Shadow[] }).list;
      return (
        other?.length === list.length &&
        list.every(
          (s, i) =>
            s.inset === other[i]!.inset &&
            sameRgba(s.colour, other[i]!.colour) &&
            s.lengths.every((l, j) => Math.abs(l - (other[i]!.lengths[j] ?? 0)) <= 0.05),
        )
      );
    },
    list,
  } as Val;
}

const visible = (c: string) => rgba(c)[3] > 0;
/**
 * The border a user sees: the element's own, else (nhsuk-frontend's secondary button) its ::before's;
 * none when it is transparent or the colour of the fill.
 */
function border(el: Computed, before?: Computed): Val {
  const own = visible(el.borderTopColor) && parseFloat(el.borderTopWidth) > 0 && !colour(el.borderTopColor).same(fill(el));
  if (own) return text(`${el.borderTopWidth} ${colour(el.borderTopColor).show}`);
  if (before && before.content !== 'none' && visible(before.borderTopColor) && parseFloat(before.borderTopWidth) > 0) {
    return text(`${before.borderTopWidth} ${colour(before.borderTopColor).show}`);
  }
  return text('none');
}
/** The fill a user sees: a focus fill drawn as a background image (the kit's), else the background colour. */
function fill(el: Computed): Val {
  const image = /linear-gradient\((rgba?\([^)]*\))/.exec(el.backgroundImage);
  if (image && visible(image[1]!)) return colour(image[1]!);
  return colour(el.backgroundColor);
}
/** A visible outline (style, width, colour, offset) or none (no style, or transparent). */
function outline(el: Computed): Val {
  if (el.outlineStyle === 'none' || !visible(el.outlineColor)) return text('none');
  return text(`${el.outlineWidth} ${el.outlineStyle} ${colour(el.outlineColor).show} offset ${el.outlineOffset}`);
}
/**
 * A focus ring outside the box, however it is drawn: a solid outline, or a box shadow with no
 * offset or blur (nhsuk-frontend's radios); shown as "colour width at gap".
 */
function ring(el: Computed): Val {
  if (el.outlineStyle !== 'none' && visible(el.outlineColor))
    return text(`${colour(el.outlineColor).show} ${el.outlineWidth} at ${el.outlineOffset}`);
  const band = (shadows(el.boxShadow) as Val & { list: Shadow[] }).list.find(
    (s) => !s.inset && s.lengths.slice(0, 3).every((l) => l === 0),
  );
  return text(band ? `${hex(band.colour as [number, number, number, number])} ${band.lengths[3]}px at 0px` : 'none');
}
const family = (value: string) => text(value.toLowerCase().replace(/'/g, '"'));

// ---------------------------------------------------------------------------------------------
// What is compared

type State = 'rest' | 'hover' | 'focus' | 'active' | 'checked';

/** The styles read for one control in one state, on one page. */
interface Read {
  el: Computed;
  before: Computed;
  after: Computed;
  /** How far the control moved from where it was at rest (the pressed button's shift). */
  shift: number;
}

interface Aspect {
  name: string;
  get(read: Read): Val;
  /** Only in these states (default: all the control's states). */
  states?: State[];
}

interface Control {
  name: string;
  nhs: string;
  kit: string;
  states: State[];
  aspects: Aspect[];
  /** The input to focus or check, when it is not the control itself. */
  input?: { nhs: string; kit: string };
  /**
   * The region to screenshot (default: the control), when it is not the control itself, and how far
   * its drawing sits inside it; `false`: no screenshot (the two pages' texts differ).
   */
  shot?: { nhs: string; kit: string; inset?: { nhs: number; kit: number } } | false;
}

const BUTTON_ASPECTS: Aspect[] = [
  { name: 'fill', get: (r) => fill(r.el) },
  { name: 'text colour', get: (r) => colour(r.el.color) },
  { name: 'border', get: (r) => border(r.el, r.before) },
  { name: 'shadow', get: (r) => shadows(r.el.boxShadow) },
  { name: 'outline', get: (r) => outline(r.el) },
  { name: 'height', get: (r) => px(r.el.height), states: ['rest'] },
  { name: 'width', get: (r) => px(r.el.width), states: ['rest'] },
  { name: 'corner radius', get: (r) => px(r.el.borderTopLeftRadius), states: ['rest'] },
  { name: 'padding (top, left)', get: (r) => text(`${r.el.paddingTop} ${r.el.paddingLeft}`), states: ['rest'] },
  { name: 'font size', get: (r) => px(r.el.fontSize), states: ['rest'] },
  { name: 'font weight', get: (r) => text(r.el.fontWeight), states: ['rest'] },
  { name: 'font family', get: (r) => family(r.el.fontFamily), states: ['rest'] },
  { name: 'moves down by', get: (r) => px(r.shift), states: ['active'] },
];

const button = (name: string, nhs: string, kit: string): Control => ({
  name,
  nhs,
  kit,
  states: ['rest', 'hover', 'focus', 'active'],
  aspects: BUTTON_ASPECTS,
});

const choice = (name: string, kind: 'radios' | 'checkboxes', kitId: string): Control => {
  const checkbox = kind === 'checkboxes';
  const aspects: Aspect[] = [
    { name: 'size', get: (r) => text(`${r.before.width} × ${r.before.height}`), states: ['rest'] },
    { name: 'border', get: (r) => border(r.before) },
    { name: 'corner radius', get: (r) => text(r.before.borderTopLeftRadius), states: ['rest'] },
    { name: 'fill', get: (r) => colour(r.before.backgroundColor), states: ['rest'] },
    { name: 'focus ring', get: (r) => ring(r.before) },
    { name: 'mark shown', get: (r) => text(r.after.opacity === '1' ? 'yes' : 'no') },
    { name: 'mark colour', get: (r) => colour(checkbox ? r.after.borderLeftColor : r.after.borderTopColor), states: ['checked'] },
    {
      name: checkbox ? 'tick (width × height, stroke)' : 'dot diameter',
      get: (r) =>
        checkbox
          ? text(`${r.after.width} × ${r.after.height}, ${r.after.borderLeftWidth}`)
          : px(parseFloat(r.after.width) + 2 * parseFloat(r.after.borderTopWidth)),
      states: ['checked'],
    },
    ...(checkbox
      ? [
          {
            name: 'tick place (from the box)',
            get: (r: Read) =>
              text(`${parseFloat(r.after.top) - parseFloat(r.before.top)}px ${parseFloat(r.after.left) - parseFloat(r.before.left)}px`),
            states: ['checked'] as State[],
          },
          { name: 'tick transform', get: (r: Read) => text(r.after.transform), states: ['checked'] as State[] },
        ]
      : []),
    { name: 'label padding left', get: (r) => px(r.el.paddingLeft), states: ['rest'] },
    { name: 'label font size', get: (r) => px(r.el.fontSize), states: ['rest'] },
    { name: 'label line height', get: (r) => px(r.el.lineHeight), states: ['rest'] },
    { name: 'label colour', get: (r) => colour(r.el.color), states: ['rest'] },
    { name: 'label weight', get: (r) => text(r.el.fontWeight), states: ['rest'] },
  ];
  return {
    name,
    nhs: `label[for="${kind}-custom-size"]`,
    kit: `label[for="${kitId}"]`,
    input: { nhs: `#${kind}-custom-size`, kit: `#${kitId}` },
    // nhsuk-frontend's input is a 44px target with the 40px control 2px inside it.
    shot: { nhs: `#${kind}-custom-size`, kit: `#${kitId}`, inset: { nhs: 2, kit: 0 } },
    // Checked last: a radio, once checked, stays checked.
    states: ['rest', 'focus', 'checked'],
    aspects,
  };
};

const typeAspects = (...extra: Aspect[]): Aspect[] => [
  { name: 'font size', get: (r) => px(r.el.fontSize) },
  { name: 'font weight', get: (r) => text(r.el.fontWeight) },
  { name: 'colour', get: (r) => colour(r.el.color) },
  ...extra,
];

const CONTROLS: Control[] = [
  button('Primary button', '#ref-primary .nhsuk-button', '[data-kit="primary"]'),
  button('Secondary button', '#ref-secondary .nhsuk-button', '[data-kit="secondary"]'),
  button('Warning button', '#ref-warning .nhsuk-button', '[data-kit="warning"]'),
  choice('Radio', 'radios', 'radio-0'),
  choice('Checkbox', 'checkboxes', 'checkbox-0'),
  { name: 'Legend', nhs: '#ref-radios legend', kit: 'fieldset:has(#radio-0) > legend', states: ['rest'], aspects: typeAspects() },
  { name: 'Hint', nhs: '#ref-checkboxes .nhsuk-hint', kit: 'fieldset:has(#checkbox-0) .hint', states: ['rest'], aspects: typeAspects() },
  {
    name: 'Text input',
    nhs: '#ref-input .nhsuk-input',
    kit: '#question',
    states: ['rest', 'focus'],
    aspects: [
      { name: 'height', get: (r) => px(r.el.height) },
      { name: 'border', get: (r) => border(r.el) },
      { name: 'inner border (shadow)', get: (r) => shadows(r.el.boxShadow) },
      { name: 'outline', get: (r) => outline(r.el) },
      { name: 'corner radius', get: (r) => px(r.el.borderTopLeftRadius), states: ['rest'] },
      { name: 'padding (top, left)', get: (r) => text(`${r.el.paddingTop} ${r.el.paddingLeft}`), states: ['rest'] },
      { name: 'fill', get: (r) => colour(r.el.backgroundColor), states: ['rest'] },
      { name: 'font size', get: (r) => px(r.el.fontSize), states: ['rest'] },
      { name: 'line height', get: (r) => px(r.el.lineHeight), states: ['rest'] },
      { name: 'text colour', get: (r) => colour(r.el.color), states: ['rest'] },
    ],
  },
  {
    name: 'Label',
    nhs: '#ref-label .nhsuk-label',
    kit: 'label[for="question"]',
    states: ['rest'],
    aspects: typeAspects({ name: 'font family', get: (r) => family(r.el.fontFamily) }),
  },
  {
    name: 'Error message',
    nhs: '#ref-error .nhsuk-error-message',
    kit: '.field.invalid .error-message',
    states: ['rest'],
    aspects: typeAspects(),
  },
  // nhsuk-frontend's NHS number input is in a monospace font, so its width (in characters) differs.
  {
    name: 'Input in error',
    nhs: '#ref-error .nhsuk-input',
    kit: '#nhs-number',
    states: ['rest'],
    aspects: [{ name: 'border', get: (r) => border(r.el) }],
    shot: false,
  },
  {
    name: 'Question in error',
    nhs: '#ref-error .nhsuk-form-group--error',
    kit: '.field.invalid',
    states: ['rest'],
    shot: false,
    aspects: [
      { name: 'left bar', get: (r) => text(`${r.el.borderLeftWidth} ${colour(r.el.borderLeftColor).show}`) },
      { name: 'padding left', get: (r) => px(r.el.paddingLeft) },
    ],
  },
  {
    name: 'Error summary',
    nhs: '#ref-summary .nhsuk-error-summary',
    kit: '.error-summary',
    states: ['rest'],
    aspects: [
      { name: 'border', get: (r) => border(r.el) },
      { name: 'corner radius', get: (r) => px(r.el.borderTopLeftRadius) },
      { name: 'padding', get: (r) => px(r.el.paddingTop) },
    ],
  },
  {
    name: 'Error summary title',
    nhs: '#ref-summary .nhsuk-error-summary__heading',
    kit: '.error-summary-title',
    states: ['rest'],
    aspects: typeAspects({ name: 'line height', get: (r) => px(r.el.lineHeight) }),
  },
  {
    name: 'Error summary link',
    nhs: '#ref-summary .nhsuk-error-summary a',
    kit: '.error-summary a',
    states: ['rest', 'focus'],
    aspects: [
      { name: 'fill', get: (r) => fill(r.el) },
      { name: 'text colour', get: (r) => colour(r.el.color) },
      { name: 'font weight', get: (r) => text(r.el.fontWeight), states: ['rest'] },
      { name: 'underline', get: (r) => text(r.el.textDecorationLine) },
      { name: 'shadow', get: (r) => shadows(r.el.boxShadow) },
      { name: 'outline', get: (r) => outline(r.el) },
    ],
  },
];

const BUTTON_PADDING =
  'the kit keeps the body line height in buttons (24px, 28px from 641px; NHS.UK 19px, 24px) with 2px less padding above and below: the same 44px (56px) button with its text in the same place';

const BUTTON_WIDTH =
  'below 641px NHS.UK buttons fill the width (the same text gives the same width from 641px); the kit keeps a button its own width, since the elements set buttons side by side (day navigation, Confirm and Back)';

/** Differences we keep, and why: reported in the table, not failed. Keyed "control / state / aspect". */
const KNOWN: Record<string, string> = {
  'Primary button / rest / width': BUTTON_WIDTH,
  'Secondary button / rest / width': BUTTON_WIDTH,
  'Warning button / rest / width': BUTTON_WIDTH,
  'Primary button / rest / padding (top, left)': BUTTON_PADDING,
  'Secondary button / rest / padding (top, left)': BUTTON_PADDING,
  'Warning button / rest / padding (top, left)': BUTTON_PADDING,
  'Radio / rest / label padding left': "the kit spaces a choice's label --hero-space-s (8px) from its control in every theme; NHS.UK 12px",
  'Checkbox / rest / label padding left':
    "the kit spaces a choice's label --hero-space-s (8px) from its control in every theme; NHS.UK 12px",
  'Error summary title / rest / line height':
    'the kit gives headings one line height (1.25); NHS.UK one per size (29px for 22px, 32px for 26px): within 1.5px',
  'Error summary / rest / padding':
    'NHS.UK pads 16px, 24px from 641px (its responsive spacing); the kit pads --hero-space-m (16px) in every theme, and the NHS theme keeps the kit spacing scale',
  'Text input / rest / text colour': 'nhsuk-frontend leaves inputs in the browser’s black; the kit writes in the text colour (#212b32)',
};

interface Row {
  width: number;
  control: string;
  state: State;
  aspect: string;
  nhs: string;
  kit: string;
  match: boolean;
  known?: string;
}

// ---------------------------------------------------------------------------------------------
// Driving the states

async function reset(p: Opened): Promise<void> {
  await p.page.mouse.up();
  await p.page.mouse.move(0, 0);
  await p.call('blur');
  await p.call('settle');
}

/** Puts `control` into `state` on one page (the NHS page's :focus, the kit's :focus-visible). */
async function enter(p: Opened, control: Control, state: State, side: 'nhs' | 'kit'): Promise<void> {
  const target = control[side];
  const input = control.input?.[side] ?? target;
  if (state === 'hover') await p.page.locator(target).first().hover();
  if (state === 'checked') await p.call('click', input);
  if (state === 'focus') {
    await p.call('focus', input);
    if (side === 'kit' && !(await p.call('focusVisible', input))) {
      await p.page.keyboard.press('Shift+Tab');
      await p.page.keyboard.press('Tab');
    }
    if (side === 'kit') assert.ok(await p.call('focusVisible', input), `${control.name}: keyboard focus on the kit's page`);
  }
  if (state === 'active') {
    const control = p.page.locator(target).first();
    await control.scrollIntoViewIfNeeded();
    const box = (await control.boundingBox())!;
    await p.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await p.page.mouse.down();
  }
  await p.call('settle');
}

async function leave(p: Opened, control: Control, state: State, side: 'nhs' | 'kit'): Promise<void> {
  if (state === 'checked') await p.call('click', control.input?.[side] ?? control[side]);
  await reset(p);
}

/** The clip around a control on both pages: the larger of the two, with room for shadows and rings. */
const PAD = 12;

interface Shot {
  control: string;
  state: State;
  nhs: PNG;
  kit: PNG;
}

async function compareAt(width: number): Promise<{ rows: Row[]; shots: Shot[]; errors: string[] }> {
  const nhs = await open(width, 'reference');
  const kit = await open(width, 'kit');
  const rows: Row[] = [];
  const shots: Shot[] = [];
  try {
    for (const control of CONTROLS) {
      const restRect = { nhs: await nhs.call('rect', control.nhs), kit: await kit.call('rect', control.kit) };
      const shot = control.shot === false ? undefined : control.shot;
      const inset = shot?.inset ?? { nhs: 0, kit: 0 };
      const shotRect = {
        nhs: await nhs.call('rect', shot?.nhs ?? control.nhs),
        kit: await kit.call('rect', shot?.kit ?? control.kit),
      };
      const size = {
        width: Math.ceil(Math.max(shotRect.nhs.width - 2 * inset.nhs, shotRect.kit.width - 2 * inset.kit)) + 2 * PAD,
        height: Math.ceil(Math.max(shotRect.nhs.height - 2 * inset.nhs, shotRect.kit.height - 2 * inset.kit)) + 2 * PAD,
      };
      for (const state of control.states) {
        const reads = {} as Record<'nhs' | 'kit', Read>;
        const images = {} as Record<'nhs' | 'kit', PNG>;
        for (const [side, p] of [
          ['nhs', nhs],
          ['kit', kit],
        ] as const) {
          await enter(p, control, state, side);
          const selector = control[side];
          const rect = await p.call('rect', selector);
          reads[side] = {
            el: await p.call('styles', selector),
            before: await p.call('styles', selector, '::before'),
            after: await p.call('styles', selector, '::after'),
            shift: rect.y - restRect[side].y,
          };
          if (control.shot !== false) {
            const x = Math.min(Math.floor(shotRect[side].x) + inset[side] - PAD, width - size.width);
            const clip = { x, y: Math.floor(shotRect[side].y) + inset[side] - PAD, ...size };
            images[side] = PNG.sync.read(await p.page.screenshot({ clip, fullPage: true, animations: 'disabled', caret: 'hide' }));
          }
          await leave(p, control, state, side);
        }
        if (control.shot !== false) {
          assert.equal(
            `${images.kit.width}×${images.kit.height}`,
            `${images.nhs.width}×${images.nhs.height}`,
            `${control.name} (${state}): both shots in the page`,
          );
          shots.push({ control: control.name, state, ...images });
        }
        for (const aspect of control.aspects) {
          if (aspect.states && !aspect.states.includes(state)) continue;
          const a = aspect.get(reads.nhs);
          const b = aspect.get(reads.kit);
          const known = KNOWN[`${control.name} / ${state} / ${aspect.name}`];
          rows.push({
            width,
            control: control.name,
            state,
            aspect: aspect.name,
            nhs: a.show,
            kit: b.show,
            match: a.same(b),
            ...(known ? { known } : {}),
          });
        }
      }
    }
    return { rows, shots, errors: [...nhs.errors, ...kit.errors] };
  } finally {
    await nhs.page.context().close();
    await kit.page.context().close();
  }
}

// ---------------------------------------------------------------------------------------------
// Sheets: every shot in a grid, for the baseline and for review

/** Rows of images side by side, 8px apart, on white. */
function sheet(rows: PNG[][]): PNG {
  const GAP = 8;
  const width = Math.max(...rows.map((r) => r.reduce((w, img) => w + img.width + GAP, GAP)));
  const height = rows.reduce((h, r) => h + Math.max(...r.map((img) => img.height)) + GAP, GAP);
  const out = new PNG({ width, height });
  out.data.fill(255);
  let y = GAP;
  for (const r of rows) {
    let x = GAP;
    for (const img of r) {
      PNG.bitblt(img, out, 0, 0, img.width, img.height, x, y);
      x += img.width + GAP;
    }
    y += Math.max(...r.map((img) => img.height)) + GAP;
  }
  return out;
}

function table(rows: Row[]): string {
  const lines = ['| width | control | state | aspect | nhsuk-frontend | kit (nhs.css) | |', '|---|---|---|---|---|---|---|'];
  for (const r of rows)
    lines.push(
      `| ${r.width} | ${r.control} | ${r.state} | ${r.aspect} | ${r.nhs} | ${r.kit} | ${r.match ? 'same' : r.known ? `differs: ${r.known}` : '**DIFFERS**'} |`,
    );
  return lines.join('\n');
}

describe('the NHS theme against nhsuk-frontend', () => {
  const all: Row[] = [];
  after(() => {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/comparison.md`, `${table(all)}\n`);
  });

  it('paints the transparent focus ring of a filled button and link in Highlight under forced colours', async () => {
    const kit = await open(1024, 'kit');
    try {
      await kit.page.emulateMedia({ forcedColors: 'active' });
      const highlight = await kit.page.evaluate(() => {
        const probe = document.body.appendChild(document.createElement('i'));
        probe.style.color = 'Highlight';
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      });
      for (const selector of ['[data-kit="primary"]', '[data-kit="secondary"]', '.error-summary a']) {
        await enter(kit, { name: selector, nhs: selector, kit: selector, states: [], aspects: [] }, 'focus', 'kit');
        const style = await kit.call('styles', selector);
        assert.equal(style.outlineStyle, 'solid', selector);
        assert.equal(style.outlineColor, highlight, selector);
        assert.ok(parseFloat(style.outlineWidth) >= 3, selector);
        await reset(kit);
      }
      assert.deepEqual(kit.errors, []);
    } finally {
      await kit.page.context().close();
    }
  });

  for (const width of WIDTHS) {
    it(`looks like NHS.UK's own components at ${width}px wide`, async (t) => {
      const { rows, shots, errors } = await compareAt(width);
      all.push(...rows);
      assert.deepEqual(errors, [], 'page errors');
      assert.ok(rows.length > 100, `aspects compared: ${rows.length}`);

      // The pixels: per control and state, and the sheets.
      mkdirSync(OUT, { recursive: true });
      const sideBySide: PNG[][] = [];
      for (const shot of shots) {
        const { differing, diff } = pixelDiff(shot.nhs, shot.kit);
        t.diagnostic(`${width}px ${shot.control} (${shot.state}): ${differing} of ${shot.nhs.width * shot.nhs.height} pixels differ`);
        sideBySide.push([shot.nhs, shot.kit, diff]);
      }
      writeFileSync(`${OUT}/side-by-side-${width}.png`, PNG.sync.write(sheet(sideBySide)));
      t.diagnostic(matchBaseline(`nhs-kit-${width}`, PNG.sync.write(sheet(shots.map((s) => [s.kit])))).note);

      const differs = rows.filter((r) => !r.match && !r.known);
      for (const r of rows.filter((row) => !row.match && row.known))
        t.diagnostic(`known: ${r.control} (${r.state}) ${r.aspect}: ${r.nhs} vs ${r.kit}: ${r.known}`);
      assert.deepEqual(
        differs.map((r) => `${r.control} (${r.state}) ${r.aspect}: nhsuk-frontend ${r.nhs}, kit ${r.kit}`),
        [],
        `the kit under nhs.css differs from nhsuk-frontend (table: ${OUT}/comparison.md)`,
      );
    });
  }
});
