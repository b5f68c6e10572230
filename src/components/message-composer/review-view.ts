/**
 * The review step of `<hero-message-composer>`: what will be sent, to whom and when, then "Send".
 * When a send may have reached Hero without an answer (a 504, a dropped connection, a timeout), it
 * says so, shows what the read-back found, and offers a deliberate, confirmed "Send it again":
 * nothing is ever re-sent by itself. A typed view model in, callbacks out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageSendRequest } from '../../api/types.js';
import { renderHeading, renderSummaryList, type SummaryRow, type Translate } from '../../internal/ui/index.js';

/** What the read-back of the patient's latest message found after a send with an unknown outcome. */
export type UncertainCheck =
  { state: 'checking' } | { state: 'failed' } | { state: 'none' } | { state: 'found'; when: string; channel: string };

export interface Uncertain {
  check: UncertainCheck;
  /** "Send it again" was pressed: the confirmation is shown. */
  confirming: boolean;
}

export interface ReviewModel {
  t: Translate;
  level: number;
  patientName: string;
  request: MessageSendRequest;
  /** The message as the patient receives it (placeholders filled). */
  text: string;
  /** "3 characters, 1 text message" when it goes as a text message. */
  length: string | undefined;
  /** Words for the recipient, the fallback and the send time. */
  to: string;
  fallback: string | undefined;
  when: string;
  assignee: string | undefined;
  /** The patient's record is archived (and the user confirmed the patient). */
  archived: boolean;
  sending: boolean;
  disabled: boolean;
  /** Why the last send failed (it did not go), or undefined. */
  sendError: string | undefined;
  uncertain: Uncertain | undefined;
}

export interface ReviewActions {
  change(focus: string): void;
  send(): void;
  back(): void;
  checkAgain(): void;
  sendAgain(): void;
  confirmAgain(): void;
  cancelAgain(): void;
}

function renderUncertain(m: ReviewModel, u: Uncertain, on: ReviewActions): TemplateResult {
  const { t } = m;
  const check = u.check;
  const found =
    check.state === 'checking'
      ? html`<p role="status">${t('uncertain.checking')}</p>`
      : check.state === 'found'
        ? html`<p><strong>${t('uncertain.found', { when: check.when, channel: check.channel })}</strong></p>`
        : html`<p>${t(check.state === 'none' ? 'uncertain.none' : 'uncertain.failed')}</p>`;
  return html`<div id="send-uncertain" class="message warning" part="uncertain" role="alert" tabindex="-1">
    ${renderHeading(m.level + 1, t('uncertain.title'), { size: 's' })}
    <p>${t('uncertain.text')}</p>
    ${found}
    ${
      u.confirming
        ? html`<div class="confirm" part="confirm-again">
          <p><strong id="again-title">${t('uncertain.confirmTitle')}</strong></p>
          <p>${t('uncertain.confirmText')}</p>
          <div class="actions">
            <button type="button" id="confirm-again" class="button warning" part="confirm-again-button" aria-disabled=${m.sending || m.disabled} @click=${() => on.confirmAgain()}>
              ${t(m.sending ? 'sending' : 'uncertain.confirm')}
            </button>
            <button type="button" class="button secondary" part="cancel-again-button" @click=${() => on.cancelAgain()}>${t('uncertain.cancel')}</button>
          </div>
        </div>`
        : html`<div class="actions">
          <button type="button" class="button secondary" part="check-again-button" ?disabled=${check.state === 'checking'} @click=${() => on.checkAgain()}>
            ${t('uncertain.check')}
          </button>
          <button type="button" id="send-again" class="button secondary" part="send-again-button" @click=${() => on.sendAgain()}>${t('uncertain.again')}</button>
        </div>`
    }
  </div>`;
}

export function renderReview(m: ReviewModel, on: ReviewActions): TemplateResult {
  const { t, request } = m;
  const change = (focus: string, hiddenText?: string) => ({
    label: t('review.change'),
    onClick: () => on.change(focus),
    ...(hiddenText ? { hiddenText } : {}),
  });
  const rows: SummaryRow[] = [
    { key: t('review.patient'), value: m.archived ? `${m.patientName} (${t('review.archived')})` : m.patientName },
    { key: t('review.channel'), value: t(`channel.${request.message_type}`), action: change('channel') },
    {
      key: t('review.to'),
      value: m.to,
      action: request.message_type === 'sms' || request.message_type === 'email' ? change('recipient') : undefined,
    },
  ];
  if (m.fallback) rows.push({ key: t('review.fallback'), value: m.fallback, action: change('fallback') });
  rows.push({ key: t('review.message'), value: html`<span class="pre">${m.text}</span>`, action: change('text') });
  if (m.length) rows.push({ key: t('review.length'), value: m.length, action: change('text') });
  rows.push({ key: t('review.when'), value: m.when, action: change('option-schedule-0') });
  if (request.write_to_record) {
    rows.push({
      key: t('review.record'),
      value: request.snomed_code
        ? `${t('review.recordCode', { code: request.snomed_code })}${request.snomed_term ? ` (${request.snomed_term})` : ''}`
        : t('review.recordDefault'),
      action: change('option-record-0'),
    });
  }
  if (m.assignee) rows.push({ key: t('review.assignee'), value: m.assignee, action: change('assignee') });
  const scheduled = Boolean(request.send_at);
  return html`<section class="review" part="review" aria-labelledby="review-heading">
    ${renderHeading(m.level, t('review.heading'), { id: 'review-heading', focusable: true })}
    ${renderSummaryList(rows)}
    ${
      m.sendError
        ? html`<div id="send-error" class="message error" role="alert" tabindex="-1" part="error">
          <p>${m.sendError}</p>
          <p>${t('send.error.kept')}</p>
        </div>`
        : nothing
    }
    ${
      m.uncertain
        ? renderUncertain(m, m.uncertain, on)
        : html`<div class="actions">
          <button type="button" class="button" part="send-button" aria-disabled=${m.sending || m.disabled} @click=${() => on.send()}>
            ${t(m.sending ? 'sending' : scheduled ? 'schedule.send' : 'send')}
          </button>
          <button type="button" class="button secondary" part="back-button" @click=${() => on.back()}>${t('back')}</button>
        </div>`
    }
  </section>`;
}
