/**
 * The patient parts of `<hero-message-composer>`: who the message is for (with "Last message sent
 * …"), and the gate before composing. Policy for patients who need a second look
 * (`needsConfirmation`, src/domain/patient.ts): a deceased patient is never messaged; an archived
 * record is messaged only once the user confirms it is the right patient.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatCalendarDate } from '../../domain/calendar-date.js';
import { londonDate } from '../../domain/london-time.js';
import type { Translate } from '../../internal/ui/index.js';
import type { PatientView } from './draft.js';

export function renderPatient(t: Translate, patient: PatientView, lastMessage: string): TemplateResult {
  return html`<div class="patient" part="patient">
    <p><strong>${patient.name || t('patient.unnamed')}</strong> ${patient.nhsNumber ? html`<span>${t('patient.nhsNumber')} ${patient.nhsNumber}</span>` : nothing}</p>
    <p class="hint" part="last-message">${lastMessage}</p>
  </div>`;
}

/** Why composing is not shown yet (deceased: refused; archived: not confirmed), or undefined. */
export function renderGate(t: Translate, locale: string, patient: PatientView, confirmed: boolean, confirm: () => void): TemplateResult | undefined {
  if (patient.deceasedAt) {
    const date = formatCalendarDate(londonDate(Date.parse(patient.deceasedAt)), locale);
    return html`<div class="message error" part="refusal" role="alert"><p>${t('refuse.deceased', { date })}</p></div>`;
  }
  if (!patient.archived || confirmed) return undefined;
  return html`<div class="message warning" part="archived">
    <p><strong>${t('archived.title')}</strong></p>
    <p>${t('archived.text')}</p>
    <button type="button" class="button secondary" part="archived-confirm-button" @click=${confirm}>${t('archived.confirm')}</button>
  </div>`;
}

export function renderNoPatient(t: Translate): TemplateResult {
  return html`<div class="message" part="empty">
    <p><strong>${t('noPatient.title')}</strong></p>
    <p>${t('noPatient.text')}</p>
  </div>`;
}

export function renderLoading(t: Translate): TemplateResult {
  return html`<p class="loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('loading.patient')}</p>`;
}
