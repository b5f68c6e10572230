import '../../locales/register.js';
import { HeroMessageHistory } from './message-history.js';

export { HeroMessageHistory };
export { fetchLatestMessage, type CallContext, type HistoryItem, type HistoryPage } from './message-history-api.js';
export { latestMessage, messageTime, type LatestMessage, type MessageTime, type MessageTimeKind } from '../../domain/sent-messages.js';

if (!customElements.get('hero-message-history')) customElements.define('hero-message-history', HeroMessageHistory);

declare global {
  interface HTMLElementTagNameMap {
    'hero-message-history': HeroMessageHistory;
  }
}
