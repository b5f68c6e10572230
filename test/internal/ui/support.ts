/**
 * A tiny element that renders whatever a test gives it with the shared pieces' styles, inside its
 * own shadow root (as every Hero element does), and a translate function over `uiStrings`.
 */
import { fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { baseStyles } from '../../../src/internal/styles.js';
import { uiStrings, uiStyles, type Translate } from '../../../src/internal/ui/index.js';

export class UiTestPiece extends LitElement {
  static override styles = [baseStyles, uiStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties = { view: { attribute: false } };
  declare view: (() => unknown) | undefined;

  protected override render(): unknown {
    return this.view?.();
  }
}
if (!customElements.get('ui-test-piece')) customElements.define('ui-test-piece', UiTestPiece);

/** The English words of the pieces (an element passes its own `t`). */
export const t: Translate = (key) => (uiStrings as Record<string, string>)[key] ?? key;

/** Renders `view` in a fresh test element; call `el.requestUpdate()` after changing what it reads. */
export async function piece(view: () => unknown): Promise<UiTestPiece> {
  const el = await fixture<UiTestPiece>(html`<ui-test-piece .view=${view}></ui-test-piece>`);
  await el.updateComplete;
  return el;
}

/** The shadow root's first match (throws when missing, so a test fails with a clear message). */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in the shadow root`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...(el.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of the elements an `aria-describedby` (or `aria-labelledby`) names, in order, from the same shadow root. */
export function idrefText(el: Element, control: Element, attribute = 'aria-describedby'): string {
  const ids = (control.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => text(el.shadowRoot!.getElementById(id) ?? document.createElement('missing'))).join(' | ');
}

/** The text a control's labels show (native `<label for>` association). */
export const labelText = (control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): string =>
  [...(control.labels ?? [])].map((label) => text(label)).join(' ');

/** A system colour as this browser resolves it (e.g. `Highlight` → `rgb(…)`). */
export function system(keyword: string): string {
  const probe = document.createElement('div');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
