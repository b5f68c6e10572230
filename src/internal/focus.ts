import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Where focus goes when a render removed the control that had it (a "Try again" that gave way to
 * the loading state, a step that changed): the first element, in this order of kinds, that shows
 * text: an alert (an error), a busy region, a heading. Without one, the element's first focusable
 * control (its shadow root delegates focus).
 */
export const FOCUS_FALLBACK = [
  '[role="alert"]',
  '[part~="loading"], [aria-busy="true"], [role="status"]:not(.visually-hidden)',
  'h1, h2, h3, h4, h5, h6, [role="heading"]',
];

/** Focuses `target` (made focusable by script when it is not: `tabindex="-1"`) and scrolls it into view. */
export function moveFocus(target: HTMLElement): void {
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus();
  target.scrollIntoView?.({ block: 'nearest' });
}

/**
 * Keeps focus inside the element through its renders: when a render removes the focused control,
 * focus moves to the `FOCUS_FALLBACK` target that the new render shows, never to `<body>`.
 * Focus the user moved elsewhere is left alone.
 */
export class FocusKeeper implements ReactiveController {
  readonly #host: Host;
  #focused: Element | null = null;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#focused = this.#host.shadowRoot?.activeElement ?? null;
  }

  hostUpdated(): void {
    const lost = this.#focused;
    this.#focused = null;
    const root = this.#host.shadowRoot;
    if (!lost || lost.isConnected || !root || root.activeElement || !this.#host.isConnected) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const texted = (el: HTMLElement) => Boolean(el.textContent?.trim());
    for (const selector of FOCUS_FALLBACK) {
      const target = [...root.querySelectorAll<HTMLElement>(selector)].find(texted);
      if (target) return moveFocus(target);
    }
    this.#host.focus();
  }
}
