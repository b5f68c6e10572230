import '../../locales/register.js';
import {
  HeroSlotPicker,
  type AppointmentBookDetail,
  type AppointmentRescheduleDetail,
  type AppointmentReserveDetail,
  type SlotSelectDetail,
} from './slot-picker.js';
import type { AppointmentFormDetail } from './booking-confirmation.js';

export { HeroSlotPicker };
export type { AppointmentBookDetail, AppointmentFormDetail, AppointmentRescheduleDetail, AppointmentReserveDetail, SlotSelectDetail };

if (!customElements.get('hero-slot-picker')) customElements.define('hero-slot-picker', HeroSlotPicker);

declare global {
  interface HTMLElementTagNameMap {
    'hero-slot-picker': HeroSlotPicker;
  }
  interface GlobalEventHandlersEventMap {
    'hero-slot-select': CustomEvent<SlotSelectDetail>;
    'hero-appointment-reserve': CustomEvent<AppointmentReserveDetail>;
    'hero-appointment-book': CustomEvent<AppointmentBookDetail>;
    'hero-appointment-reschedule': CustomEvent<AppointmentRescheduleDetail>;
    'hero-appointment-form': CustomEvent<AppointmentFormDetail>;
  }
}
