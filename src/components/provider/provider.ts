import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { heroConfigContext } from '../../internal/context.js';
import { HeroConfigElement } from '../../internal/hero-element.js';

/**
 * Takes the same configuration attributes as the elements (`tenant-id`, `env`, `base-url`,
 * `jwt-token`, `token-url`, `lang`, and the `tokenProvider` property). An element's own values win
 * over its provider's; a provider inside another inherits what it does not set. Elements that
 * share a configuration share one API client and one token cache. A provider whose configuration
 * arrives late (set by a framework after hydration) is fine: the elements inside wait for it.
 *
 * @summary Configures every Hero element inside it: tenant, environment, token source, language.
 *
 * @slot - The page content, including Hero elements.
 */
export class HeroProvider extends HeroConfigElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** Hands the merged configuration down to the elements inside. */
  readonly #provider = new ContextProvider(this, { context: heroConfigContext });

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first update, so elements inside that update first already have it.
    this.#provider.setValue(this.config);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#provider.setValue(this.config);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
