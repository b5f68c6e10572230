/**
 * What the composer's browser tests share: reading its shadow root, typing into a field, clicking,
 * going to review, and the send requests the mock heard.
 */
import { waitUntil } from '@open-wc/testing';
import type { HeroMessageComposer } from '../../../src/components/message-composer/hero-message-composer.js';
import type { MessageSendRequest } from '../../../src/api/types.js';
import { requestsTo } from '../../support/mock-api.js';

/** Mrs Olivia Bennett in the mock: mobile 07700 900123, email olivia.bennett@example.com. */
export const OLIVIA = '401';

export const $ = <T extends HTMLElement = HTMLElement>(el: HeroMessageComposer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = (el: HeroMessageComposer, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const text = (el: HeroMessageComposer, selector = '.base') => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const part = (el: HeroMessageComposer, name: string) => $(el, `[part~="${name}"]`);
export const activeId = (el: HeroMessageComposer) => el.shadowRoot!.activeElement?.id ?? '';

/** The bodies of every message send the mock heard, in order. */
export const sentBodies = () => Promise.all(requestsTo('/v1/messages/send').map((r) => r.clone().json() as Promise<MessageSendRequest>));

/** Types `value` into the field `#id`, as a person would (an input event), and waits for the render. */
export async function setField(el: HeroMessageComposer, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await el.updateComplete;
}

export async function click(el: HeroMessageComposer, selector: string): Promise<void> {
  $(el, selector)!.click();
  await el.updateComplete;
}

/** Continue, then wait for the review step. */
export async function toReview(el: HeroMessageComposer): Promise<void> {
  await click(el, '[part~="continue-button"]');
  await waitUntil(() => $(el, '#review-heading'), 'the review step is shown');
}
