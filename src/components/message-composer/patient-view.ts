/**
 * The patient parts of `<hero-message-composer>`: who the message is for (with "Last message sent
 * …"), and the gate before composing. Policy for patients who need a second look
 * (`needsConfirmation`, src/domain/patient.ts): a deceased patient is never messaged; an archived
 * record is messaged only once the user confirms it is the right patient.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatCalendarDate } from '../../domain/calendar-date.js';
import { londonDate } from '../../domain/london-time.js';
import { formatNhsNumber } from '../../domain/nhs-number.js';
import { needsConfirmation, patientName, protectPatient, type HeroPatient } from '../../domain/patient.js';
import type { Translate } from '../../internal/ui/index.js';
import { recordContacts, type PatientView } from './draft.js';

/**
 * What the element keeps of a patient: the allow-list only (`protectPatient`): identity, the flags
 * that decide whether they may be messaged, and the contact details that may be shown and sent.
 * Never an address or notes; for a restricted patient, only whether a mobile or email exists.
 */
export function patientView(raw: HeroPatient | null | undefined): PatientView | undefined {
  if (!raw?.id) return undefined;
  const patient = protectPatient(raw);
  const { title, first_name, last_name } = patient;
  return {
    id: raw.id,
    name: patientName(patient),
    nhsNumber: patient.nhs_number ? formatNhsNumber(patient.nhs_number) : '',
    deceasedAt: patient.deceased_at ?? null,
    archived: patient.archived,
    restricted: patient.restricted,
    names: { title, first_name, last_name },
    contacts: recordContacts(patient),
  };
}

/** Who the message is for, and "Last message sent …" (with "Try again" when it could not be read). */
export function renderPatient(t: Translate, patient: PatientView, lastMessage: string, retry?: () => void): TemplateResult {
  return html`<div class="patient" part="patient">
    <p><strong>${patient.name || t('patient.unnamed')}</strong> ${patient.nhsNumber ? html`<span>${t('patient.nhsNumber')} ${patient.nhsNumber}</span>` : nothing}</p>
    <p class="hint" part="last-message">
      ${lastMessage}
      ${retry ? html`<button type="button" class="link" part="retry-button" @click=${retry}>${t('retry')}</button>` : nothing}
    </p>
  </div>`;
}

/** Why composing is not shown yet (deceased: refused; archived: not confirmed), or undefined. */
export function renderGate(
  t: Translate,
  locale: string,
  patient: PatientView,
  confirmed: boolean,
  confirm: () => void,
): TemplateResult | undefined {
  if (!needsConfirmation({ deceased_at: patient.deceasedAt, archived: patient.archived })) return undefined;
  if (patient.deceasedAt) {
    const date = formatCalendarDate(londonDate(Date.parse(patient.deceasedAt)), locale);
    return html`<div class="message error" part="refusal" role="alert"><p>${t('refuse.deceased', { date })}</p></div>`;
  }
  if (confirmed) return undefined;
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
