import '../../locales/register.js';
import { HeroMessageComposer, type MessageSendDetail, type MessageStatusDetail } from './message-composer.js';

export { HeroMessageComposer };
export type { MessageComposerStep, MessageSendDetail, MessageStatusDetail } from './message-composer.js';
export type { MessageComposerStrings } from './message-composer.strings.js';

if (!customElements.get('hero-message-composer')) customElements.define('hero-message-composer', HeroMessageComposer);

declare global {
  interface HTMLElementTagNameMap {
    'hero-message-composer': HeroMessageComposer;
  }
  interface GlobalEventHandlersEventMap {
    'hero-message-send': CustomEvent<MessageSendDetail>;
    'hero-message-status': CustomEvent<MessageStatusDetail>;
  }
}
