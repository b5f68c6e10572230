/**
 * Visual baselines (issue 14.9): every element's main states, in each of the four themes, at
 * 1,280 px and 320 px wide, from the static Storybook build, compared with committed baselines in
 * test/e2e/__screenshots__/visual-<story>-<theme>-<width>.png.
 *
 * A story is shot once Storybook has finished it (its play function included) and every element
 * in it has either shown its first data (`ready`) or reported its error, nothing is still loading,
 * and the fonts are in. The clock is fixed, so the mock's dates never move. Only the story's own
 * box is shot (`#storybook-root`), so the images stay small.
 *
 * Baselines, `UPDATE_SCREENSHOTS=1` and the 0.1% allowance: test/support/screenshots.ts.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium, serveStatic, type StaticServer } from '../support/e2e.js';
import { matchBaseline } from '../support/screenshots.js';

const THEMES = ['default', 'dark', 'nhs', 'high-contrast'] as const;
const WIDTHS = [1280, 320] as const;
/** A Monday morning in London, as in the theme shots: "today" and the mock's free times never move. */
const FIXED_TIME = new Date('2026-11-23T09:00:00Z');

/**
 * The main states of each element, by Storybook story id: what it shows with data, the key step
 * of its flow, and its error. Loading states are left out (a spinner is not a stable picture).
 */
export const VISUAL_STORIES: readonly string[] = [
  'elements-slot-picker--slots',
  'elements-slot-picker--reserved-with-countdown',
  'elements-slot-picker--confirmed',
  'elements-slot-picker--staff',
  'elements-slot-picker--server-error',
  'elements-patient-lookup--default',
  'elements-patient-lookup--several-matches',
  'elements-patient-lookup--error',
  'elements-form-renderer--all-field-types',
  'elements-form-renderer--validation-errors',
  'elements-form-renderer--server-error',
  'elements-message-composer--default',
  'elements-message-composer--review',
  'elements-message-composer--error',
  'elements-message-history--default',
  'elements-message-history--empty',
  'elements-message-history--error',
  'elements-appointments--default',
  'elements-appointments--confirm-cancel',
  'elements-appointments--empty',
  'elements-appointments--error',
];

const STORYBOOK = fileURLToPath(new URL('../../storybook-static', import.meta.url));

let server: StaticServer;
let browser: Browser;
const contexts = new Map<number, BrowserContext>();

before(async () => {
  assert.ok(existsSync(`${STORYBOOK}/iframe.html`), 'storybook-static/ is missing: run `npm run build-storybook` first');
  server = await serveStatic(STORYBOOK);
  browser = await launchChromium();
});

after(async () => {
  for (const context of contexts.values()) await context.close();
  await browser?.close();
  await server?.close();
});

/** One browser context per width, reused across stories (a new page each time). */
async function contextFor(width: number): Promise<BrowserContext> {
  let context = contexts.get(width);
  if (!context) {
    context = await browser.newContext({
      viewport: { width, height: 900 },
      deviceScaleFactor: 1,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      reducedMotion: 'reduce',
      colorScheme: 'light',
    });
    contexts.set(width, context);
  }
  return context;
}

/**
 * In the page: every Hero element (open shadow roots included) has shown its data (`ready`) or
 * reported an error, and none shows a busy region or spinner. A string, so the test's TypeScript
 * transform adds no helpers the page lacks.
 */
const SETTLED = `(() => {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.tagName.startsWith('HERO-') && el.tagName !== 'HERO-PROVIDER') found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found.length > 0 &&
    found.every((el) => el.ready === true || window.heroErrored.has(el)) &&
    found.every((el) => !el.shadowRoot || !el.shadowRoot.querySelector('[aria-busy="true"], .spinner'));
})()`;

/** Loads one story in one theme and width, waits until it has settled, and shoots its box. */
async function shoot(story: string, theme: string, width: number): Promise<Buffer> {
  const page = await (await contextFor(width)).newPage();
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await page.clock.setFixedTime(FIXED_TIME);
    await page.addInitScript(() => {
      const w = window as unknown as { heroErrored: Set<Element> };
      w.heroErrored = new Set();
      document.addEventListener('hero-error', (event) => w.heroErrored.add(event.target as Element), true);
    });
    await page.goto(`${server.url}/iframe.html?id=${story}&viewMode=story&globals=theme:${theme}`);
    // Storybook has rendered the story and run its play function…
    await page.waitForFunction(
      () => {
        const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { storyRenders?: { phase?: string }[] } }).__STORYBOOK_PREVIEW__;
        const phase = preview?.storyRenders?.at(-1)?.phase;
        if (phase === 'errored' || phase === 'aborted') throw new Error(`the story ${phase}`);
        return phase === 'completed' || phase === 'afterEach' || phase === 'finished';
      },
      undefined,
      { timeout: 30_000 },
    );
    // …every element has shown its data or its error, and nothing is still loading.
    await page.waitForFunction(SETTLED, undefined, { timeout: 20_000 });
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    const shot = await page.locator('#storybook-root').screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
    assert.deepEqual(errors, [], `${story} (${theme}, ${width}px): page errors`);
    return shot;
  } finally {
    await page.close();
  }
}

describe('visual baselines: main states × themes × widths', () => {
  for (const story of VISUAL_STORIES) {
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        const name = `visual-${story.replace(/^elements-/, '').replace('--', '-')}-${theme}-${width}`;
        it(name, async (t) => {
          t.diagnostic(matchBaseline(name, await shoot(story, theme, width)).note);
        });
      }
    }
  }
});
