import { provide } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { HeroConfig } from '../../api/registry.js';
import { heroConfigContext } from '../../internal/context.js';
import { CONFIG_KEYS, HeroConfigElement } from '../../internal/hero-element.js';

/**
 * Takes the same configuration attributes as the elements (`tenant-id`, `env`, `base-url`,
 * `jwt-token`, `token-url`, `lang`, and the `tokenProvider` property). An element's own values win
 * over its provider's; a provider inside another inherits what it does not set. Elements that
 * share a configuration share one API client and one token cache.
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

  /** The merged configuration handed to descendants. */
  @provide({ context: heroConfigContext })
  @state()
  protected provided?: HeroConfig;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('providerConfig') || CONFIG_KEYS.some((key) => changed.has(key))) {
      this.provided = this.config;
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
