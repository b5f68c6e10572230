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
 * Baselines, `UPDATE_SCREENSHOTS=1` and the 0.1% allowance: test/support/screenshots.ts.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium, serveStatic, type StaticServer } from '../support/e2e.js';
import { matchBaseline } from '../support/screenshots.js';

const THEMES = ['default', 'dark', 'nhs', 'high-contrast'] as const;
const TAGS = ['HERO-SLOT-PICKER', 'HERO-PATIENT-LOOKUP', 'HERO-FORM-RENDERER', 'HERO-MESSAGE-COMPOSER'];
/** A Monday morning in London, so "today" and the mock's next free times never move. */
const FIXED_TIME = new Date('2026-11-23T09:00:00Z');
const VIEWPORT = { width: 1024, height: 800 };

const STORYBOOK = fileURLToPath(new URL('../../storybook-static', import.meta.url));
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
      document.addEventListener(
        'hero-error',
        (event) => w.heroErrors.push(`${(event.target as Element).tagName}: ${JSON.stringify((event as CustomEvent).detail)}`),
        true,
      );
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
      const { axe } = window as unknown as {
        axe: { run(context: Element): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      };
      const result = await axe.run(document.querySelector('main')!);
      return result.violations.map(
        (v) =>
          `${v.id} (${v.nodes.length}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' > '))
            .join(', ')}`,
      );
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
      t.diagnostic(matchBaseline(theme, await shoot(theme)).note);
    });
  }
});
