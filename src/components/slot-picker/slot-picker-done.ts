/**
 * The last step of `<hero-slot-picker>`: the booked (or moved) appointment, drawn by the booking
 * confirmation (booking-confirmation.ts): reference, details, telephone/video, cancellation policy,
 * the type's form, add to calendar, print. This module turns the picker's state into its view.
 */
import type { TemplateResult } from 'lit';
import type { Appointment } from '../../api/types.js';
import { formatPounds } from '../../domain/money.js';
import type { HeroPatient } from '../../domain/patient.js';
import {
  confirmationPatient,
  renderBookingConfirmation,
  type AppointmentFormDetail,
  type FormConfig,
  type FormOffer,
} from './booking-confirmation.js';
import { locationName, practitionerName, type ViewContext } from './slot-picker-view.js';

export interface DoneView {
  appointment: Appointment;
  moved: boolean;
  audience: 'patient' | 'staff';
  patient?: HeroPatient | undefined;
  practicePhone?: string | undefined;
  patientId?: string | undefined;
  formOffer: FormOffer;
  formOpen: boolean;
  formConfig: FormConfig;
  notice?: string | undefined;
}

export interface DoneCallbacks {
  onFillForm(detail: AppointmentFormDetail): void;
  onAnother(): void;
}

export function renderDone(ctx: ViewContext, view: DoneView, cb: DoneCallbacks): TemplateResult {
  const { t, reference } = ctx;
  const { appointment } = view;
  const type = reference.typeById.get(String(appointment.appointment_type_id));
  const location = reference.locationById.get(String(appointment.location_id));
  const address = location
    ? [location.name, location.address_line_1, location.address_line_2, location.town, location.postcode].filter(Boolean).join(', ')
    : undefined;
  const paid = type && (type.sector === 'paid' || type.price > 0);
  return renderBookingConfirmation(
    {
      appointment,
      typeName: type?.name,
      formId: type?.form_id,
      duration: type?.duration,
      practitionerName: practitionerName(ctx, appointment.practitioner_id),
      locationName: address ?? locationName(ctx, appointment.location_id),
      audience: view.audience,
      patient: view.audience === 'staff' && view.patient ? confirmationPatient(view.patient) : undefined,
      practicePhone: view.practicePhone,
      patientId: view.patientId,
      formOffer: view.formOffer,
      formOpen: view.formOpen,
      formConfig: view.formConfig,
      heading: view.moved ? t('reschedule.doneHeading') : undefined,
      notice: view.notice,
      cost: type ? (paid ? formatPounds(type.price, ctx.locale) : t('summary.free')) : undefined,
      anotherLabel: view.moved ? undefined : t('booked.another'),
      headingLevel: ctx.level(),
      headingId: 'booked-heading',
      t,
      locale: ctx.locale,
    },
    { onFillForm: cb.onFillForm, onAnother: cb.onAnother },
  );
}
