/** Helpers shared by the slot picker's browser tests. */
import { fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { addDays, londonToday, weekday } from '../../../src/domain/london-time.js';
import type { HeroSlotPicker } from '../../../src/components/slot-picker/hero-slot-picker.js';

export const GP_APPOINTMENT = '101';

/** The shadow root's first match (throws when missing, so a test fails with a clear message). */
export function $<T extends Element = HTMLElement>(el: HeroSlotPicker, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in the shadow root`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: HeroSlotPicker, selector: string): T[] {
  return [...(el.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Creates the element and waits for `hero-ready` (listened for before the element exists). */
export async function readyFixture(template: TemplateResult): Promise<HeroSlotPicker> {
  const ready = oneEvent(document, 'hero-ready');
  const el = await fixture<HeroSlotPicker>(template);
  await ready;
  await el.updateComplete;
  return el;
}

/** The options (times) on screen. */
export const options = (el: HeroSlotPicker): HTMLElement[] => $$(el, '[role="option"]');

/** Waits until times are listed. */
export async function slotsShown(el: HeroSlotPicker): Promise<void> {
  await waitUntil(() => options(el).length > 0, 'times listed', { timeout: 8000 });
}

/** The next Monday after today in London (a working day in the mock's rota, bank holidays aside). */
export function nextMonday(): string {
  let day = addDays(londonToday(Date.now()), 1);
  while (weekday(day) !== 1) day = addDays(day, 1);
  return day;
}

/** The shadow root's focused element. */
export const focused = (el: HeroSlotPicker): Element | null => el.shadowRoot?.activeElement ?? null;
