import '../../locales/register.js';
import { HeroProvider } from './provider.js';

export { HeroProvider };

if (!customElements.get('hero-provider')) customElements.define('hero-provider', HeroProvider);

declare global {
  interface HTMLElementTagNameMap {
    'hero-provider': HeroProvider;
  }
}
