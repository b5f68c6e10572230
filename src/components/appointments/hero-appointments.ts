import '../../locales/register.js';
import {
  HeroAppointments,
  type AppointmentCancelDetail,
  type AppointmentRescheduleDetail,
  type AppointmentsEventDetails,
} from './appointments.js';

export { HeroAppointments, type AppointmentCancelDetail, type AppointmentRescheduleDetail, type AppointmentsEventDetails };

if (!customElements.get('hero-appointments')) customElements.define('hero-appointments', HeroAppointments);

declare global {
  interface HTMLElementTagNameMap {
    'hero-appointments': HeroAppointments;
  }
  interface GlobalEventHandlersEventMap {
    'hero-appointment-cancel': CustomEvent<AppointmentCancelDetail>;
  }
}
