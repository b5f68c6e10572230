import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * The element's polite live region: `announce(text)` says `text` to screen reader users, and the
 * element renders `render()` once, anywhere in its template (visually hidden). The same text
 * twice in a row is cleared first, so it is read out again.
 */
export class Announcer {
  readonly #host: ReactiveControllerHost;
  #text = '';
  #turn = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** What the live region says now. */
  get text(): string {
    return this.#text;
  }

  announce(text: string): void {
    const turn = ++this.#turn;
    if (text !== this.#text || !text) return this.#say(text);
    this.#say('');
    // A later announcement wins over this repeat.
    void this.#host.updateComplete.then(() => turn === this.#turn && this.#say(text));
  }

  /** Empties the live region (nothing is said). */
  clear(): void {
    this.announce('');
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#text}</div>`;
  }

  #say(text: string): void {
    this.#text = text;
    this.#host.requestUpdate();
  }
}
