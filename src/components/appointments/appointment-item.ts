/**
 * One appointment of `<hero-appointments>`, drawn from what the element passes in (no state of its
 * own): its heading (the London day and time), its state in words, its details as a summary list,
 * why it cannot be cancelled online where it cannot, its buttons, and the panel of the step it is at
 * (the cancel question and outcome, or the slot picker that changes its time). The element keeps
 * the state and does the work (`ItemActions`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HeroConfig } from '../../api/registry.js';
import type { AppointmentListItem } from '../../api/types.js';
import { formatLondonDay, formatLondonTime, londonDate } from '../../domain/london-time.js';
import { renderHeading, renderSummaryList, type Translate } from '../../internal/ui/index.js';
import { cancelRule, canReschedule, locationText, modeOf, policyHours, practitionerName, startMs } from './appointment-rules.js';
import type { AppointmentNames } from './appointments-api.js';

/** A cancellation the user started, bound to its patient and appointment. */
export interface CancelFlow {
  patientId: string;
  appointment: AppointmentListItem;
  phase: 'confirm' | 'sending' | 'checking' | 'done' | 'failed' | 'unknown' | 'not-cancelled';
  error?: unknown;
}

/** What one appointment is drawn from. */
export interface ItemView {
  item: AppointmentListItem;
  names: AppointmentNames;
  /** The time now (ms), for upcoming or past and the cancellation policy. */
  now: number;
  /** The cancellation of this appointment in progress, if any. */
  flow: CancelFlow | undefined;
  /** Its time is being changed (the slot picker is open under it). */
  rescheduling: boolean;
  /** The slot picker's module could not be loaded. */
  pickerError: unknown;
  /** The level of its heading. */
  level: number;
  locale: string;
  language: string;
  staff: boolean;
  /** The practice's phone number, for patients. */
  phone: string | undefined;
  /** The element's configuration, handed to the slot picker. */
  config: HeroConfig;
  patientId: string;
  t: Translate;
  errorMessage: (error: unknown) => string;
}

/** What the buttons do: the element's handlers. */
export interface ItemActions {
  askCancel(item: AppointmentListItem): void;
  cancel(flow: CancelFlow): void;
  keep(): void;
  check(flow: CancelFlow): void;
  /** "Try cancelling again": back to the question (nothing is sent until "Yes"). */
  again(flow: CancelFlow): void;
  openReschedule(item: AppointmentListItem): void;
  /** The element's error view (an error with "Try again"). */
  renderError(error: unknown, retry: () => void): TemplateResult;
  closeReschedule(): void;
  rescheduled(event: CustomEvent): void;
}

/** The staff's wording of a message where it has one (`<key>.staff`). */
const staffKey = (v: ItemView, key: string): string => (v.staff ? `${key}.staff` : key);

/** An appointment's London day ("Tuesday 8 December", with the year where asked) and time ("9:30am"). */
export function whenOf(item: AppointmentListItem, locale: string, withYear = false): { day: string; time: string } {
  const start = startMs(item);
  return { day: formatLondonDay(londonDate(start), locale, 'long', withYear), time: formatLondonTime(start, locale) };
}

function statusTag(v: ItemView, item: AppointmentListItem): TemplateResult {
  const { t, now } = v;
  const past = startMs(item) < now && item.status === 'booked';
  const key = past ? 'past' : item.status;
  const until = item.status === 'reserved' && item.reserved_until ? Date.parse(item.reserved_until) : NaN;
  const words = Number.isFinite(until) ? t('status.reservedUntil', { time: formatLondonTime(until, v.locale) }) : t(`status.${key}`);
  const tone = { booked: 'success', reserved: 'warning', cancelled: 'danger', expired: 'neutral', past: 'neutral' }[key];
  return html`<p class="status"><span class="visually-hidden">${t('status.label')}: </span><strong class="tag ${tone}" part="status-tag">${words}</strong></p>`;
}

function renderPolicy(v: ItemView, item: AppointmentListItem, rule: 'window' | 'refused'): TemplateResult {
  const { t, phone } = v;
  const why = rule === 'window' ? t('policy.window', { count: policyHours(item) }) : t('policy.refused');
  const next = v.staff ? t('policy.staff') : phone ? t('policy.call', { phone }) : t('policy.contact');
  return html`<div class="policy" part="policy"><p>${why}</p> <p>${next}</p></div>`;
}

function renderConfirm(v: ItemView, on: ItemActions, flow: CancelFlow): TemplateResult {
  const { t, phone } = v;
  const item = flow.appointment;
  const id = `cancel-${item.id}-message`;
  const { day, time } = whenOf(item, v.locale);
  const who = practitionerName(v.names.practitioners.get(item.practitioner_id));
  const call = v.staff ? '' : phone ? t('policy.call', { phone }) : t('policy.contact');
  // Focus moves to this message at every step, so it is read out once (no live region of its own).
  const message = (text: string) => html`<p id=${id} tabindex="-1" class="confirm-message">${text}</p>`;
  const again = (label: string) =>
    html`<button type="button" class="button warning" part="confirm-button" @click=${() => on.again(flow)}>${label}</button>`;
  let body: TemplateResult;
  switch (flow.phase) {
    case 'confirm': {
      const question = who ? t(staffKey(v, 'cancel.confirm'), { day, time, who }) : t(staffKey(v, 'cancel.confirm.noOne'), { day, time });
      body = html`${message(question)}
        <p class="hint">${t('cancel.confirm.hint')}</p>
        <div class="buttons">
          <button type="button" class="button warning" part="confirm-button" @click=${() => on.cancel(flow)}>${t('cancel.yes')}</button>
          <button type="button" class="button secondary" part="keep-button" @click=${() => on.keep()}>${t('cancel.no')}</button>
        </div>`;
      break;
    }
    case 'sending':
    case 'checking':
      body = html`<div class="loading" role="status">
        <span class="spinner" aria-hidden="true"></span>${message(t(flow.phase === 'sending' ? 'cancel.sending' : 'cancel.checking'))}
      </div>`;
      break;
    case 'done':
      body = message(t(staffKey(v, 'cancel.done'), { day, time }));
      break;
    case 'failed':
      body = html`${message(`${t('cancel.failed')} ${v.errorMessage(flow.error)}`)}`;
      break;
    case 'unknown':
      body = html`${message(`${t('cancel.unknown')} ${t('cancel.unknown.next')}`)} ${call ? html`<p>${call}</p>` : nothing}
        <div class="buttons">
          <button type="button" class="button secondary" part="check-button" @click=${() => on.check(flow)}>${t('cancel.check')}</button>
        </div>`;
      break;
    case 'not-cancelled':
      body = html`${message(t('cancel.notCancelled'))}
        <div class="buttons">${again(t('cancel.again'))}</div>`;
      break;
  }
  const tone =
    flow.phase === 'done'
      ? 'success'
      : flow.phase === 'confirm' || flow.phase === 'sending' || flow.phase === 'checking'
        ? 'warning'
        : 'error';
  return html`<div class="message confirm ${tone}" part="confirm">${body}</div>`;
}

function renderReschedule(v: ItemView, on: ItemActions, item: AppointmentListItem): TemplateResult {
  const { t } = v;
  const { day, time } = whenOf(item, v.locale);
  return html`<div class="reschedule" part="reschedule" id="reschedule-${item.id}" tabindex="-1" role="group" aria-label="${t('reschedule')} ${t('cancel.hidden', { day, time })}">
    ${v.pickerError === undefined ? renderPicker(v, on, item) : on.renderError(v.pickerError, () => on.openReschedule(item))}
    <button type="button" class="button secondary" part="close-button" @click=${() => on.closeReschedule()}>${t('reschedule.close')}</button>
  </div>`;
}

/** `<hero-slot-picker>` moving this appointment, with the element's configuration and audience. */
function renderPicker(v: ItemView, on: ItemActions, item: AppointmentListItem): TemplateResult {
  const c = v.config;
  return html`<hero-slot-picker
      reschedule-appointment-id=${item.id}
      patient-id=${v.patientId}
      audience=${v.staff ? 'staff' : 'patient'}
      heading-level=${v.level + 1}
      lang=${v.language}
      .tenantId=${c.tenantId}
      .env=${c.env as 'staging' | 'production' | undefined}
      .baseUrl=${c.baseUrl}
      .jwtToken=${c.jwtToken}
      .tokenUrl=${c.tokenUrl}
      .tokenProvider=${c.tokenProvider}
      .auth=${c.auth as 'token' | 'proxy' | undefined}
      .requestTimeout=${c.requestTimeout}
      .practicePhone=${c.practicePhone}
      @hero-appointment-reschedule=${(event: CustomEvent) => on.rescheduled(event)}
    ></hero-slot-picker>`;
}

/** One appointment: its heading (day and time), state, details, what may be done, and the cancel or change-time panel. */
export function renderAppointment(v: ItemView, on: ItemActions): TemplateResult {
  const { t, item, names, now, flow } = v;
  const start = startMs(item);
  const { day, time } = whenOf(item, v.locale, true);
  const type = names.types.get(item.appointment_type_id)?.name || t('type.unknown');
  const who = practitionerName(names.practitioners.get(item.practitioner_id)) || t('with.unknown');
  const mode = modeOf(item);
  const where =
    mode === 'video'
      ? t('where.video')
      : mode === 'telephone'
        ? t('where.telephone')
        : locationText(names.locations.get(item.location_id)) || t('where.unknown');
  const rule = flow && flow.phase !== 'failed' && flow.phase !== 'done' ? 'none' : cancelRule(item, now);
  const change = canReschedule(item, now) && !flow;
  const hidden = html`<span class="visually-hidden"> ${t('cancel.hidden', { day, time })}</span>`;
  return html`<li class="card" part="appointment">
    ${renderHeading(v.level, Number.isFinite(start) ? t('when', { day, time }) : t('when.none'), { id: `appt-${item.id}`, size: 's', focusable: true, part: 'heading appointment-heading' })}
    ${statusTag(v, item)}
    ${renderSummaryList([
      { key: t('type.label'), value: type },
      { key: t('with.label'), value: who },
      { key: t('where.label'), value: where },
    ])}
    ${rule === 'window' || rule === 'refused' ? renderPolicy(v, item, rule) : nothing}
    ${
      rule === 'allowed' || change
        ? html`<div class="buttons" part="actions">
          ${
            change && !v.rescheduling
              ? html`<button type="button" class="button secondary" part="reschedule-button" id="reschedule-${item.id}-button" @click=${() => on.openReschedule(item)}>
                ${t('reschedule')}${hidden}
              </button>`
              : nothing
          }
          ${
            rule === 'allowed'
              ? html`<button type="button" class="button secondary" part="cancel-button" id="cancel-${item.id}" @click=${() => on.askCancel(item)}>${t('cancel')}${hidden}</button>`
              : nothing
          }
        </div>`
        : nothing
    }
    ${flow ? renderConfirm(v, on, flow) : nothing} ${v.rescheduling && change ? renderReschedule(v, on, item) : nothing}
  </li>`;
}
