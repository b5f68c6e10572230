/**
 * What the form says after an action: the confirmation once the answers are sent, the "saved"
 * notice after a draft, the notice that answers were cleared because the form, patient,
 * appointment or configuration changed, and a failed save or send. A save or send that may
 * have reached the server (`HeroError.outcomeUnknown`) is never offered as a plain "Try again":
 * the user is told it may have gone through and what to check, and a second attempt is worded
 * as one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HeroError } from '../../api/errors.js';
import { renderHeading, type Translate } from '../../internal/ui/index.js';

export type Action = 'draft' | 'submitted';

export interface Failure {
  action: Action;
  error: HeroError;
  /** The request may have gone through: `checking` while it is read back, `unknown` when that could not tell. */
  outcome?: 'checking' | 'unknown' | undefined;
}

/** The panel shown once the answers are sent (the form's own confirmation message, as text). */
export function renderDone(t: Translate, level: number, message: string | null | undefined): TemplateResult {
  return html`<div class="panel" part="confirmation" id="confirmation" tabindex="-1">
    ${renderHeading(level, t('submitted.title'), { size: 'l', part: 'confirmation-title' })}
    <p class="pre">${message || t('submitted.text')}</p>
  </div>`;
}

export function renderSaved(t: Translate, level: number): TemplateResult {
  return html`<div class="notice" part="draft-saved" id="draft-saved" tabindex="-1">
    ${renderHeading(level, t('draft.saved.title'), { size: 's', part: 'notice-title' })}
    <p>${t('draft.saved.text')}</p>
  </div>`;
}

/** The answers typed were cleared because what the form was for changed. */
export function renderCleared(t: Translate): TemplateResult {
  return html`<div class="notice warning" part="cleared" id="cleared" tabindex="-1">
    <p><strong>${t('cleared.title')}</strong></p>
    <p>${t('cleared.text')}</p>
  </div>`;
}

/**
 * A failed save or send. `retry` sends again: offered as "Try again" when the request surely
 * failed, as a clearly worded second attempt when it may have gone through, not at all when the
 * answers were already sent.
 */
export function renderFailure(
  t: Translate,
  failure: Failure | undefined,
  errorMessage: (error: HeroError) => string,
  retry: (action: Action) => void,
): TemplateResult | typeof nothing {
  if (!failure) return nothing;
  const { action, error, outcome } = failure;
  const draft = action === 'draft';
  if (outcome === 'checking') {
    return html`<p class="status" part="status" role="status"><span class="spinner" aria-hidden="true"></span>${t('outcome.checking')}</p>`;
  }
  const button = (label: string) =>
    html`<button type="button" class="button secondary" part="retry-button" @click=${() => retry(action)}>${label}</button>`;
  if (outcome === 'unknown') {
    return html`<div class="message warning" role="alert" part="error outcome-unknown">
      <p><strong>${t(draft ? 'draft.unknown.title' : 'submit.unknown.title')}</strong></p>
      <p>${t(draft ? 'draft.unknown.text' : 'submit.unknown.text')}</p>
      ${button(t(draft ? 'draft.again' : 'submit.again'))}
    </div>`;
  }
  const already = !draft && error.code === 'conflict';
  return html`<div class="message error" role="alert" part="error">
    <p><strong>${t(draft ? 'draft.failed' : 'submit.failed')}</strong></p>
    <p>${already ? t('error.conflict.submitted') : errorMessage(error)}</p>
    ${already ? nothing : button(t('retry'))}
  </div>`;
}
