/**
 * The demo (`npm run demo`) as a newcomer sees it: started as the README says, against the built-in
 * mock, in Chromium. The elements work together: the patient found in the lookup is the one the
 * other elements work for, and the event log is a plain list, not a live region.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { collectPageErrors, launchChromium } from '../support/e2e.js';

let server: ChildProcess;
let url: string;
let browser: Browser;

before(async () => {
  // In its own process group, so the whole tree (npx, tsx, node) ends with the test.
  server = spawn('npx', ['tsx', 'demo/server.ts'], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the demo did not start: ${out}`)), 60_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/[\d.]+:\d+\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    server.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    server.on('exit', (code) => reject(new Error(`the demo exited (${code}): ${out}`)));
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

/** Text of a shadow-root descendant (Playwright's locators pierce open shadow roots). */
const shadowText = (page: Page, selector: string) => page.locator(selector).first().innerText();

describe('the demo', () => {
  it('feeds the patient found in the lookup to every element that works for a patient', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(url);
    const lookup = page.locator('hero-patient-lookup');
    const box = (name: string) => lookup.getByRole('textbox', { name, exact: true });
    await box('NHS number').fill('9990000018');
    await box('Day').fill('14');
    await box('Month').fill('3');
    await box('Year').fill('1985');
    await lookup.getByRole('button', { name: 'Search' }).click();
    await lookup
      .getByRole('button', { name: /^Select/ })
      .first()
      .click();

    await page.locator('#current-patient').getByText('Olivia Bennett').waitFor();
    for (const tag of ['hero-slot-picker', 'hero-message-composer', 'hero-form-renderer']) {
      const element = page.locator(tag);
      assert.equal(await element.getAttribute('patient-id'), '401', tag);
      assert.equal(await element.isVisible(), true, `${tag} is shown once a patient is chosen`);
    }
    // The composer loaded that patient: its own screen names them.
    await page.locator('hero-message-composer').getByText('Olivia Bennett').first().waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps its event log out of the accessibility tree’s live regions', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('#log').waitFor({ state: 'attached' });
    assert.equal(await page.locator('#log').getAttribute('aria-live'), null);
    assert.equal(await page.locator('#log [aria-live], #log[role="log"], #log[role="status"]').count(), 0);
    assert.ok((await shadowText(page, 'h1')).includes('Hero Elements demo'));
    await page.close();
  });
});
