/**
 * A small element on the shared base, standing in for the real ones in the base's tests: it loads
 * the practice's locations (a read, through the element's client) and shows them, with the base's
 * loading, error and retry, live region and strings.
 */
import { initialState, Task } from '@lit/task';
import { fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID } from '../../mock/index.js';
import { BOOKING_DECODERS } from '../../src/api/decoders/booking.js';
import { MESSAGE_DECODERS } from '../../src/api/decoders/messages.js';
import type { ElementClient } from '../../src/internal/element-client.js';
import { HeroElement, type Audience } from '../../src/internal/hero-element.js';
import type { Translations } from '../../src/internal/localize.js';
import { baseStyles } from '../../src/internal/styles.js';

export const probeStrings = {
  heading: 'Locations',
  count: '{count} locations',
  name: 'Your name',
};

export class HeroProbe extends HeroElement {
  static override styles = baseStyles;
  static override translations: Translations<typeof probeStrings> = { 'en-GB': probeStrings, cy: { heading: 'Lleoliadau' } };
  static override configGracePeriod = 150;
  static override decoders = { ...BOOKING_DECODERS, ...MESSAGE_DECODERS };
  static override properties = {
    path: {},
    staff: { type: Boolean },
    standalone: { type: Boolean },
  };

  /** What it reads: `/v1/locations` (default) or `/v1/practitioners`. */
  declare path: '/v1/locations' | '/v1/practitioners';
  /** Staff audience (default patient). */
  declare staff: boolean;
  /** Needs no configuration (renders its heading, a field and a shared string without one). */
  declare standalone: boolean;

  readonly list = new Task(this, {
    task: async ([client, path]: readonly [ElementClient | undefined, string], { signal }) => {
      if (!client) return initialState;
      return (await client.get(path as '/v1/locations', { signal })).data;
    },
    args: () => [this.client, this.path] as const,
    onComplete: () => void this.markReady(),
    onError: (error) => void this.reportError(error),
  });

  constructor() {
    super();
    this.path = '/v1/locations';
    this.staff = false;
    this.standalone = false;
  }

  // The base's protected surface, opened for the tests.
  get api(): ElementClient | undefined {
    return this.client;
  }
  get connection(): AbortSignal {
    return this.signal;
  }
  get lang_(): { language: string; locale: string } {
    return { language: this.language, locale: this.locale };
  }
  text(key: string, vars?: Record<string, string | number>): string {
    return this.t(key, vars);
  }
  say(text: string): void {
    this.announce(text);
  }
  headingFor(depth: number): number {
    return this.level(depth);
  }
  messageFor(error: unknown): string {
    return this.errorMessage(error);
  }

  protected override get audience(): Audience {
    return this.staff ? 'staff' : 'patient';
  }

  protected override get needsConfig(): boolean {
    return !this.standalone;
  }

  protected override renderContent(): TemplateResult {
    return litHtml`<h2 part="heading">${this.t('heading')}</h2>
      <label class="label" for="name">${this.t('name')}</label>
      <input id="name" class="input" />
      ${
        this.standalone
          ? litHtml`<p class="shared">${this.t('summary.title')}</p>`
          : this.list.render({
              pending: () => litHtml`<p class="loading" part="loading" role="status">${this.t('loading')}</p>`,
              complete: (list) => litHtml`<p class="count">${this.t('count', { count: list.length })}</p>`,
              error: (error) => this.renderError(error, () => void this.list.run()),
            })
      }
      ${this.renderAnnouncer()}`;
  }
}
if (!customElements.get('hero-probe')) customElements.define('hero-probe', HeroProbe);

declare global {
  interface HTMLElementTagNameMap {
    'hero-probe': HeroProbe;
  }
}

export const CONFIG = { tenantId: MOCK_PRACTICE_GROUP_ID, baseUrl: MOCK_BASE_URL, tokenUrl: '/api/hero-token' };

/** A probe configured for the mock API, in the page. */
export async function configuredProbe(): Promise<HeroProbe> {
  return fixture<HeroProbe>(
    html`<hero-probe tenant-id=${CONFIG.tenantId} base-url=${CONFIG.baseUrl} token-url=${CONFIG.tokenUrl}></hero-probe>`,
  );
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
export const textOf = (el: Element, selector: string): string =>
  (el.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const loaded = (el: HeroProbe): Promise<void> => waitUntil(() => textOf(el, '.count') !== '', 'data rendered', { timeout: 8000 });

/** Records every `type` event fired at `target` (from now on). */
export function record<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): GlobalEventHandlersEventMap[K][] {
  const events: GlobalEventHandlersEventMap[K][] = [];
  target.addEventListener(type, (event) => events.push(event as GlobalEventHandlersEventMap[K]));
  return events;
}

/** A promise with its resolve function, for answers a test releases by hand. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
