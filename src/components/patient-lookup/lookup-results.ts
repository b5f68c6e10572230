/**
 * The patient lookup's results: each patient's card (name, badges, date of birth, NHS number,
 * address or "withheld"), its Select button (whose accessible name tells same-name patients apart
 * by NHS number and postcode), the second confirmation for a deceased or archived record, and the
 * "none found" message. Templates only; the element keeps the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { calendarDateFrom, calendarDateInLondon, formatCalendarDate } from '../../domain/calendar-date.js';
import { formatNhsNumber } from '../../domain/nhs-number.js';
import { needsConfirmation, patientName, shortAddress, type HeroPatient } from '../../domain/patient.js';
import { renderHeading, type Translate } from '../../internal/ui/index.js';
import type { SearchQuery, SearchResult } from './lookup-api.js';

export interface ResultsView {
  t: Translate;
  locale: string;
  disabled: boolean;
  /** The row whose second confirmation is open. */
  confirming: string | undefined;
  onSelect: (patient: HeroPatient, key: string) => void;
  onConfirm: (patient: HeroPatient, key: string) => void;
  onCancel: (key: string) => void;
}

const nameOf = (t: Translate, patient: HeroPatient) => patientName(patient) || t('unnamed');
const dobOf = (v: { t: Translate; locale: string }, patient: HeroPatient) => {
  const dob = calendarDateFrom(patient.dob);
  return dob ? formatCalendarDate(dob, v.locale) : v.t('nhs.none');
};
const nhsOf = (t: Translate, patient: HeroPatient) => (patient.nhs_number ? formatNhsNumber(patient.nhs_number) : t('nhs.none'));

/** A patient's card: the name as a heading at `level`, badges, date of birth, NHS number, address (withheld when restricted). */
export function renderPatientCard(v: { t: Translate; locale: string }, patient: HeroPatient, id: string, level: number): TemplateResult {
  const t = v.t;
  const badges = [patient.deceased_at && 'deceased', patient.restricted && 'restricted', patient.archived && 'archived'].filter(Boolean);
  return html`<div class="result-head">
      ${renderHeading(level, nameOf(t, patient), { id, size: 's', part: 'name' })}
      ${badges.map((badge) => html`<span class="badge ${badge}" part="badge">${t(`badge.${badge}`)}</span>`)}
    </div>
    <dl class="details">
      <dt>${t('dob.label')}</dt>
      <dd>${dobOf(v, patient)}</dd>
      <dt>${t('nhs.label')}</dt>
      <dd class="nhs-number">${nhsOf(t, patient)}</dd>
      <dt>${t('address')}</dt>
      <dd>${patient.restricted ? t('address.withheld') : shortAddress(patient) || t('nhs.none')}</dd>
    </dl>`;
}

/** What the Select button says after "Select" (visually hidden): whom it selects, told apart from any namesake. */
function selectContext(v: ResultsView, patient: HeroPatient): string {
  const t = v.t;
  const parts = [t('select.context', { name: nameOf(t, patient), dob: dobOf(v, patient), nhs: nhsOf(t, patient) })];
  if (!patient.restricted && patient.postcode) parts.push(t('select.postcode', { postcode: patient.postcode }));
  if (patient.deceased_at) parts.push(t('badge.deceased'));
  if (patient.archived) parts.push(t('badge.archived'));
  return parts.join(', ');
}

function renderConfirmation(v: ResultsView, patient: HeroPatient, key: string): TemplateResult {
  const t = v.t;
  const name = nameOf(t, patient);
  const died = calendarDateInLondon(patient.deceased_at ?? '');
  const kind = patient.deceased_at ? 'deceased' : 'archived';
  return html`<div class="panel warning" part="deceased-confirm" role="group" aria-labelledby="confirm-${key}">
    <p class="title" id="confirm-${key}" tabindex="-1">${t(`${kind}.title`)}</p>
    <p>${t(`${kind}.text`, {
      name,
      date: died ? t('deceased.date', { date: formatCalendarDate(died, v.locale) }) : t('deceased.unknown'),
    })}</p>
    <div class="actions">
      <button type="button" class="button warning" part="confirm-button" ?disabled=${v.disabled} @click=${() => v.onConfirm(patient, key)}>${t('deceased.confirm')}</button>
      <button type="button" class="button secondary" part="cancel-button" @click=${() => v.onCancel(key)}>${t('cancel')}</button>
    </div>
  </div>`;
}

/**
 * One patient in a list, under `key` (unique in the element: ids are built from it, never from API
 * data). A row without a usable Hero id is shown, says why it cannot be selected, and has no Select.
 */
export function renderResult(v: ResultsView, patient: HeroPatient, key: string, level: number): TemplateResult {
  const confirming = v.confirming === key && !!patient.id;
  const confirmable = needsConfirmation(patient);
  return html`<li class="result" part="result">
    ${renderPatientCard(v, patient, `name-${key}`, level)}
    ${
      patient.id
        ? html`<div class="actions">
          <button id="select-${key}" type="button" class="button secondary" part="select-button"
            aria-expanded=${confirmable ? (confirming ? 'true' : 'false') : nothing} ?disabled=${v.disabled} @click=${() => v.onSelect(patient, key)}>
            ${v.t('select')}<span class="visually-hidden">&nbsp;${selectContext(v, patient)}</span>
          </button>
        </div>`
        : html`<p class="hint" part="unselectable">${v.t('unselectable')}</p>`
    }
    ${confirming ? renderConfirmation(v, patient, key) : nothing}
  </li>`;
}

/** The matches: a sub-heading (how many), a reminder to check, a note when there are more, the list. */
export function renderResults(v: ResultsView, result: SearchResult, level: number): TemplateResult {
  const t = v.t;
  return html`<section class="stack" aria-labelledby="results-heading">
    <div>
      ${renderHeading(level, t('results.count', { count: result.patients.length }), { id: 'results-heading', focusable: true })}
      <p class="hint">${t('results.confirm')}</p>
    </div>
    ${
      result.total > result.patients.length
        ? html`<p class="panel info">${t('results.more', { shown: result.patients.length, total: result.total })}</p>`
        : nothing
    }
    <ul class="results" part="results" aria-labelledby="results-heading">
      ${result.patients.map((patient, index) => renderResult(v, patient, `r${index}`, level + 1))}
    </ul>
  </section>`;
}

/** "No patients found": what was searched for, and what to check. */
export function renderNone(v: { t: Translate; locale: string }, query: SearchQuery, level: number): TemplateResult {
  const t = v.t;
  const dob = formatCalendarDate(query.dob, v.locale);
  return html`<div class="panel" part="none-found">
    ${renderHeading(level, t('none.title'), { id: 'results-heading', focusable: true })}
    <p>${
      query.mode === 'nhs'
        ? t('none.nhs', { nhs: formatNhsNumber(query.nhsNumber), dob })
        : t('none.name', { first: query.firstName, last: query.lastName, dob })
    }</p>
    <p>${t(`none.check.${query.mode}`)}</p>
  </div>`;
}

/** The busy indication while searching or tracing (the live region says it too). */
export const renderBusy = (text: string): TemplateResult =>
  html`<p class="loading" part="status"><span class="spinner" aria-hidden="true"></span>${text}</p>`;

/** The selected patient: a heading focus moves to, their card, and "Change patient". */
export function renderSelected(v: ResultsView, patient: HeroPatient, level: number, onChange: () => void): TemplateResult {
  return html`<section class="result selected" part="selected result" aria-labelledby="selected-heading">
    ${renderHeading(level, v.t('selected.title'), { id: 'selected-heading', size: 's', focusable: true })}
    ${renderPatientCard(v, patient, 'selected-name', level + 1)}
    <div class="actions">
      <button type="button" class="button secondary" part="change-button" ?disabled=${v.disabled} @click=${onChange}>${v.t('change')}</button>
    </div>
  </section>`;
}
