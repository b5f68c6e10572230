/**
 * What every step of `<hero-slot-picker>` renders from: the view context (words, locale, heading
 * levels, the practice's reference lists) and the wording helpers the steps share.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AppointmentType } from '../../api/types.js';
import { formatCalendarDate } from '../../domain/calendar-date.js';
import { londonDayAndTime } from '../../domain/london-time.js';
import { formatPounds } from '../../domain/money.js';
import { formatNhsNumber } from '../../domain/nhs-number.js';
import { patientName, type HeroPatient } from '../../domain/patient.js';
import type { SummaryRow, Translate } from '../../internal/ui/index.js';
import type { ReferenceData } from './slot-data.js';

export interface ViewContext {
  t: Translate;
  locale: string;
  /** The heading level `depth` below the element's top heading. */
  level: (depth?: number) => number;
  reference: ReferenceData;
}

/** Where a held slot, a booked appointment or a new time is: what the details rows need. */
export interface AppointmentPlace {
  appointment_type_id: string;
  practitioner_id: string;
  location_id: string;
  start_time: string;
}

export function practitionerName(ctx: ViewContext, id: string): string {
  const p = ctx.reference.practitionerById.get(String(id));
  return p ? patientName(p) : ctx.t('slot.unknownPractitioner');
}

export function locationName(ctx: ViewContext, id: string): string {
  return ctx.reference.locationById.get(String(id))?.name ?? ctx.t('slot.unknownLocation');
}

export function when(ctx: ViewContext, startMs: number): string {
  return ctx.t('when', londonDayAndTime(startMs, ctx.locale));
}

const isPaid = (type: AppointmentType) => type.sector === 'paid' || type.price > 0;

export function typeFacts(ctx: ViewContext, type: AppointmentType): string[] {
  const facts = [ctx.t('type.duration', { count: type.duration })];
  if (type.in_person) facts.push(ctx.t('type.inPerson'));
  if (type.telephone) facts.push(ctx.t('type.telephone'));
  if (type.video) facts.push(ctx.t('type.video'));
  facts.push(isPaid(type) ? ctx.t('type.paid', { price: formatPounds(type.price, ctx.locale) }) : ctx.t('type.nhs'));
  return facts;
}

/** The patient, as staff check it (the same rows as the confirmation): name, NHS number, date of birth; what a restricted record keeps too. */
export function patientRows(ctx: ViewContext, patient: HeroPatient): SummaryRow[] {
  const rows: SummaryRow[] = [{ key: ctx.t('confirmation.patient'), value: patientName(patient) || ctx.t('staff.unknownName') }];
  if (patient.nhs_number) rows.push({ key: ctx.t('confirmation.nhsNumber'), value: formatNhsNumber(patient.nhs_number) });
  if (patient.dob) rows.push({ key: ctx.t('confirmation.dob'), value: formatCalendarDate(patient.dob, ctx.locale) });
  return rows;
}

/** The rows of a held time or a booked appointment (key, value), patient first when given. */
export function detailRows(
  ctx: ViewContext,
  place: AppointmentPlace,
  duration?: number,
  patient?: HeroPatient,
  whenKey = 'summary.when',
): SummaryRow[] {
  const type = ctx.reference.typeById.get(String(place.appointment_type_id));
  const rows: SummaryRow[] = [];
  if (patient) rows.push(...patientRows(ctx, patient));
  rows.push({ key: ctx.t(whenKey), value: when(ctx, Date.parse(place.start_time)) });
  if (type) rows.push({ key: ctx.t('summary.type'), value: type.name });
  rows.push({ key: ctx.t('summary.with'), value: practitionerName(ctx, place.practitioner_id) });
  rows.push({ key: ctx.t('summary.where'), value: locationName(ctx, place.location_id) });
  rows.push({ key: ctx.t('summary.length'), value: ctx.t('type.duration', { count: duration || type?.duration || 0 }) });
  if (type) rows.push({ key: ctx.t('summary.cost'), value: isPaid(type) ? formatPounds(type.price, ctx.locale) : ctx.t('summary.free') });
  return rows;
}

export function renderLoading(t: Translate, key: string, id?: string): TemplateResult {
  return html`<div class="loading" part="loading" role="status" aria-busy="true" id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>
    <span class="spinner" aria-hidden="true"></span><span>${t(key)}</span>
  </div>`;
}

/** "call your GP surgery on …" when the practice's number is known, else "contact your GP surgery". */
export function phoneLine(t: Translate, phone: string | undefined, callKey: string, contactKey: string): string {
  return phone ? t(callKey, { phone }) : t(contactKey);
}

/** Without `patient-id` (and without `allow-anonymous`): nothing can be booked, said to the patient and the developer. */
export function renderNoPatient(t: Translate): TemplateResult {
  return html`<div class="message warning" part="config-message" id="config-message">
    <p><strong>${t('config.noPatient.title')}</strong></p>
    <p>${t('config.noPatient.text')}</p>
    <p class="hint">${t('config.noPatient.developer')}</p>
  </div>`;
}
