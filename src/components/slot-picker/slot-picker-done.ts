/**
 * The last step of `<hero-slot-picker>`: the booked (or moved) appointment. Kept simple until the
 * booking confirmation module (booking-confirmation.ts) takes it over.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Appointment } from '../../api/types.js';
import type { HeroPatient } from '../../domain/patient.js';
import { renderHeading, renderSummaryList } from '../../internal/ui/index.js';
import { detailRows, type ViewContext } from './slot-picker-view.js';

export interface DoneView {
  appointment: Appointment;
  heading: string;
  text: string;
  patient?: HeroPatient | undefined;
  /** "Book another appointment" (not after a reschedule). */
  anotherLabel?: string | undefined;
  notice?: string | undefined;
}

export function renderDone(ctx: ViewContext, view: DoneView, onAnother: () => void): TemplateResult {
  const { appointment } = view;
  const start = appointment.start_time;
  const check = html`<svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path d="m5 12.5 4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.5"/></svg>`;
  return html`<section class="panel confirmation" part="confirmation" aria-labelledby="booked-heading">
    ${renderHeading(ctx.level(), html`${check} ${view.heading}`, { id: 'booked-heading', size: 'l', focusable: true })}
    ${view.notice ? html`<p class="message" part="notice">${view.notice}</p>` : nothing}
    <p>${view.text}</p>
    ${start ? renderSummaryList(detailRows(ctx, { ...appointment, start_time: start }, appointment.duration, view.patient)) : nothing}
    ${view.anotherLabel ? html`<button type="button" class="button secondary" @click=${onAnother}>${view.anotherLabel}</button>` : nothing}
  </section>`;
}
