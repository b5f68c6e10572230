/**
 * Screenshot regression test for the four themes: each "Theming/Themes" story from the static
 * Storybook build (`npm run build-storybook`), in Debian's headless Chromium, compared with a
 * committed baseline in test/e2e/__screenshots__/<theme>.png.
 *
 * Each story is also checked with axe (contrast included) before the shot.
 *
 * Deterministic by construction: a fixed clock (so the mock's slot dates are stable), a fixed
 * viewport, locale and time zone, reduced motion, animations and the caret disabled, and the
 * shot taken only after all four elements have fired `hero-ready` and the fonts have loaded.
 *
 * - No baseline yet, or `UPDATE_SCREENSHOTS=1`: the shot is written as the baseline (and said so).
 * - More than 0.1% of pixels differ: the test fails and writes `<theme>.actual.png` and
 *   `<theme>.diff.png` to test/e2e/__output__/ (gitignored), naming them in the message.
 *   Why 0.1%: a shot is about 1024 × 3400 px, so 0.5% (17,000 px) let a darker border colour
 *   (11,000 px) through and only just caught a red primary colour (24,500 px); repeated runs on
 *   one machine differ by 0 px, so 0.1% leaves room for anti-aliasing jitter and no more.
 *
 * Baselines depend on the machine's fonts: regenerate them with UPDATE_SCREENSHOTS=1 when the
 * CI image's fonts change, and review the images before committing.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchChromium, serveStatic, type StaticServer } from '../support/e2e.js';

const THEMES = ['default', 'dark', 'nhs', 'high-contrast'] as const;
const TAGS = ['HERO-SLOT-PICKER', 'HERO-PATIENT-LOOKUP', 'HERO-FORM-RENDERER', 'HERO-MESSAGE-COMPOSER'];
/** A Monday morning in London, so "today" and the mock's next free times never move. */
const FIXED_TIME = new Date('2026-11-23T09:00:00Z');
const VIEWPORT = { width: 1024, height: 800 };
/** Per-pixel colour tolerance (pixelmatch's YIQ threshold, its default) and the share of pixels allowed to differ. */
const PIXEL_THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.001;

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const STORYBOOK = root('../../storybook-static');
const BASELINES = root('./__screenshots__');
const OUTPUT = root('./__output__');
const UPDATE = process.env['UPDATE_SCREENSHOTS'] === '1';
/** axe-core, which @open-wc/testing brings in for the browser tests. */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server: StaticServer;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(`${STORYBOOK}/iframe.html`), 'storybook-static/ is missing: run `npm run build-storybook` first');
  server = await serveStatic(STORYBOOK);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads one theme story, waits for all four elements to show their data, and screenshots it. */
async function shoot(theme: string): Promise<Buffer> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    reducedMotion: 'reduce',
    colorScheme: 'light',
  });
  try {
    const page = await context.newPage();
    // Page errors and console errors fail the test; Chromium's own favicon request (the static
    // build has none) does not.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
        errors.push(`console: ${message.text()} (${message.location().url})`);
      }
    });
    await page.clock.setFixedTime(FIXED_TIME);
    // Record hero-ready and hero-error from the very start, before the elements exist.
    await page.addInitScript(() => {
      const w = window as unknown as { heroReady: string[]; heroErrors: string[] };
      w.heroReady = [];
      w.heroErrors = [];
      document.addEventListener('hero-ready', (event) => w.heroReady.push((event.target as Element).tagName), true);
      document.addEventListener('hero-error', (event) => w.heroErrors.push(`${(event.target as Element).tagName}: ${JSON.stringify((event as CustomEvent).detail)}`), true);
    });
    await page.goto(`${server.url}/iframe.html?id=theming-themes--${theme}&viewMode=story`);
    await page.waitForSelector(`main.hero-theme-${theme}`);
    await page.waitForFunction(
      (tags) => {
        const { heroReady, heroErrors } = window as unknown as { heroReady: string[]; heroErrors: string[] };
        return heroErrors.length > 0 || tags.every((tag) => heroReady.includes(tag));
      },
      TAGS,
      { timeout: 20_000 },
    );
    const heroErrors = await page.evaluate(() => (window as unknown as { heroErrors: string[] }).heroErrors);
    assert.deepEqual(heroErrors, [], `${theme}: an element reported an error`);
    // Nothing still loading, fonts in, two frames for the last render to paint.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('main *')].every((el) => !el.shadowRoot?.querySelector('[aria-busy="true"], .spinner')),
    );
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    // Each theme must keep the elements accessible, contrast included (axe reads open shadow roots).
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
      const result = await axe.run(document.querySelector('main')!);
      return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ')).join(', ')}`);
    });
    assert.deepEqual(violations, [], `${theme}: axe violations`);
    const shot = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' });
    assert.deepEqual(errors, [], `${theme}: page errors`);
    return shot;
  } finally {
    await context.close();
  }
}

describe('theme screenshots', () => {
  for (const theme of THEMES) {
    it(`${theme} matches its baseline`, async (t) => {
      const actual = await shoot(theme);
      const baselinePath = `${BASELINES}/${theme}.png`;
      const actualPath = `${OUTPUT}/${theme}.actual.png`;
      const diffPath = `${OUTPUT}/${theme}.diff.png`;
      rmSync(actualPath, { force: true });
      rmSync(diffPath, { force: true });

      if (UPDATE || !existsSync(baselinePath)) {
        mkdirSync(BASELINES, { recursive: true });
        writeFileSync(baselinePath, actual);
        const note = `${theme}: wrote baseline ${baselinePath} (${UPDATE ? 'UPDATE_SCREENSHOTS=1' : 'there was none'}); review it and commit it`;
        console.log(note);
        return;
      }

      const want = PNG.sync.read(readFileSync(baselinePath));
      const got = PNG.sync.read(actual);
      const fail = (message: string, diff?: PNG) => {
        mkdirSync(OUTPUT, { recursive: true });
        writeFileSync(actualPath, actual);
        if (diff) writeFileSync(diffPath, PNG.sync.write(diff));
        assert.fail(`${message}\n  baseline: ${baselinePath}\n  actual:   ${actualPath}${diff ? `\n  diff:     ${diffPath}` : ''}\n  (UPDATE_SCREENSHOTS=1 accepts the new look)`);
      };
      if (want.width !== got.width || want.height !== got.height) {
        fail(`${theme}: size changed from ${want.width}×${want.height} to ${got.width}×${got.height}`);
      }
      const diff = new PNG({ width: want.width, height: want.height });
      const differing = pixelmatch(want.data, got.data, diff.data, want.width, want.height, { threshold: PIXEL_THRESHOLD });
      const ratio = differing / (want.width * want.height);
      t.diagnostic(`${theme}: ${differing} pixels differ (${(ratio * 100).toFixed(3)}%)`);
      if (ratio > MAX_DIFF_RATIO) {
        fail(`${theme}: ${differing} pixels (${(ratio * 100).toFixed(2)}%) differ from the baseline, over the ${MAX_DIFF_RATIO * 100}% allowed`, diff);
      }
    });
  }
});
