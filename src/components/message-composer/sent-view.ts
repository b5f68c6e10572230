/**
 * The sent step of `<hero-message-composer>`: the message was accepted (or scheduled), and its
 * delivery as the poller last saw it. A typed view model in, one callback out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderHeading, type Translate } from '../../internal/ui/index.js';
import type { Delivery } from './delivery-poller.js';

export interface SentModel {
  t: Translate;
  level: number;
  scheduled: boolean;
  /** "It will be sent as a text message on …" / "Sent as a text message to 07700 900123." */
  text: string;
  /** The delivery state in words. */
  status: string;
  delivery: Delivery;
}

export function renderSent(m: SentModel, another: () => void): TemplateResult {
  const { t, delivery } = m;
  const failed = delivery.response === 'fatal' || delivery.response === 'declined';
  return html`<section class="message success" part="confirmation" aria-labelledby="sent-heading">
    ${renderHeading(m.level, t(m.scheduled ? 'scheduled.heading' : 'sent.heading'), { id: 'sent-heading', focusable: true })}
    <p>${m.text}</p>
    <p class="status ${failed ? 'failed' : ''}" part="status">${t('sent.status')}: <strong>${m.status}</strong></p>
    ${failed && delivery.reason ? html`<p>${t('status.reason', { reason: delivery.reason })}</p>` : nothing}
    ${delivery.unreachable ? html`<p class="hint">${t('status.unreachable')}</p>` : nothing}
    ${delivery.stopped ? html`<p class="hint">${t('status.stopped')}</p>` : nothing}
    <button type="button" class="button secondary" part="new-message-button" @click=${another}>${t('another')}</button>
  </section>`;
}
