import '../../locales/register.js';
import { HeroFormRenderer, type FormDraftDetail, type FormSubmitDetail } from './form-renderer.js';

export { HeroFormRenderer };
export type { FormDraftDetail, FormSubmitDetail };

if (!customElements.get('hero-form-renderer')) customElements.define('hero-form-renderer', HeroFormRenderer);

declare global {
  interface HTMLElementTagNameMap {
    'hero-form-renderer': HeroFormRenderer;
  }
  interface GlobalEventHandlersEventMap {
    'hero-form-submit': CustomEvent<FormSubmitDetail>;
    'hero-form-draft': CustomEvent<FormDraftDetail>;
  }
}
