import type { ReactiveControllerHost } from 'lit';

/** Turns a custom state (`:state(name)`, for host styling) on or off; engines without CustomStateSet ignore it. */
export function setState(internals: ElementInternals, name: string, on: boolean): void {
  try {
    if (on) internals.states.add(name);
    else internals.states.delete(name);
  } catch {
    // No CustomStateSet: nothing to style by state.
  }
}

/**
 * Readiness: once the element's first data has rendered, `ready` is true, the element matches
 * `:state(ready)`, and `hero-ready` fires, once in the element's life. A page that listens late
 * reads `ready` (or styles `:state(ready)`) instead of waiting for an event that has gone.
 */
export class Readiness {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #internals: ElementInternals;
  #ready = false;
  #marked = false;

  constructor(host: ReactiveControllerHost & HTMLElement, internals: ElementInternals) {
    this.#host = host;
    this.#internals = internals;
  }

  get ready(): boolean {
    return this.#ready;
  }

  /** Call when the first data is in the template: after the pending render, the element is ready. */
  async mark(): Promise<void> {
    if (this.#marked) return;
    this.#marked = true;
    await this.#host.updateComplete;
    this.#ready = true;
    setState(this.#internals, 'ready', true);
    this.#host.dispatchEvent(new CustomEvent('hero-ready', { detail: {}, bubbles: true, composed: true }));
  }
}
