import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement } from 'lit';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID } from '../../../mock/index.js';
import type { Appointment } from '../../api/types.js';
import { addDays, londonToday, londonWallTimeToUtcMs } from '../../domain/london-time.js';
import { formatMessage, type Messages } from '../../internal/localize.js';
import { baseStyles } from '../../internal/styles.js';
import { uiStyles, type Translate } from '../../internal/ui/index.js';
import {
  bookingConfirmationStrings,
  bookingConfirmationStyles,
  CONFIRMATION_FORM_ID,
  loadFormRenderer,
  renderBookingConfirmation,
  type AppointmentFormDetail,
  type BookingConfirmationView,
} from './booking-confirmation.js';

const t: Translate = (key, vars) => formatMessage((bookingConfirmationStrings as Messages)[key], key, vars);

type GalleryView = Omit<BookingConfirmationView, 't' | 'locale' | 'formOpen'>;

/**
 * A stand-in for the slot picker's booked step: renders the confirmation in its own shadow root
 * with the picker's styles, keeps whether the inline form is open, and fires
 * `hero-appointment-form` for the event offer (see the Actions panel), as the picker does.
 */
class ConfirmationGallery extends LitElement {
  static override styles = [baseStyles, uiStyles, bookingConfirmationStyles];
  static override properties = { view: { attribute: false }, formOpen: { state: true } };
  declare view: GalleryView | undefined;
  declare formOpen: boolean;

  constructor() {
    super();
    this.formOpen = false;
  }

  #fillForm = async (detail: AppointmentFormDetail) => {
    if (this.view?.formOffer !== 'inline') {
      this.dispatchEvent(new CustomEvent('hero-appointment-form', { detail, bubbles: true, composed: true }));
      return;
    }
    await loadFormRenderer();
    this.formOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${CONFIRMATION_FORM_ID}`)?.focus();
  };

  protected override render(): unknown {
    if (!this.view) return html``;
    return renderBookingConfirmation(
      { ...this.view, formOpen: this.formOpen, t, locale: 'en-GB' },
      { onFillForm: (detail) => void this.#fillForm(detail) },
    );
  }
}
if (!customElements.get('hero-confirmation-gallery')) customElements.define('hero-confirmation-gallery', ConfirmationGallery);

/** Tomorrow at 9:30am London time, so every story is in the future. */
const tomorrowAtNineThirty = () => new Date(londonWallTimeToUtcMs(addDays(londonToday(Date.now()), 1), 9 * 60 + 30)).toISOString();

function appointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    id: '8005',
    patient_id: '1001',
    practitioner_id: '201',
    location_id: '301',
    appointment_type_id: '101',
    duration: 10,
    start_time: tomorrowAtNineThirty(),
    video: false,
    in_person: true,
    telephone: false,
    video_url: null,
    link_id: null,
    reserved_until: null,
    booking_confirmed_at: new Date().toISOString(),
    can_be_cancelled: true,
    can_be_rescheduled: true,
    cancellation_policy_hours: 24,
    suppress_mail: false,
    ...overrides,
  };
}

interface Args {
  audience: 'patient' | 'staff';
  headingLevel: number;
  practicePhone: string;
}

const meta: Meta<Args & { view: Partial<GalleryView> }> = {
  title: 'Internal/Booking confirmation',
  args: { audience: 'patient', headingLevel: 2, practicePhone: '01632 960 001' },
  argTypes: {
    audience: { control: 'inline-radio', options: ['patient', 'staff'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: { actions: { handles: ['hero-appointment-form'] } },
  render: ({ audience, headingLevel, practicePhone, view }) => {
    const full: GalleryView = {
      appointment: appointment(),
      typeName: 'GP appointment',
      practitionerName: 'Dr Amelia Hart',
      locationName: 'Millbrook Medical Practice, 12 High Street, Millbrook BS1 4AA',
      practiceName: 'Millbrook Medical Practice',
      audience,
      practicePhone: practicePhone || undefined,
      formOffer: 'event',
      headingLevel,
      patient: { name: 'Jane Smith', nhsNumber: '9434765919', dateOfBirth: '1985-03-14' },
      formConfig: { tenantId: MOCK_PRACTICE_GROUP_ID, baseUrl: MOCK_BASE_URL, tokenUrl: '/api/hero-token' },
      ...view,
    };
    return html`<div style="max-width: 40rem"><hero-confirmation-gallery .view=${full}></hero-confirmation-gallery></div>`;
  },
};
export default meta;

type Story = StoryObj<Args & { view: Partial<GalleryView> }>;

/** An in-person GP appointment, as the patient sees it: reference, details, cancellation policy, add to calendar, print. */
export const InPerson: Story = { args: { view: {} } };

/** The same for a receptionist (`audience="staff"`): the patient row and staff wording. */
export const Staff: Story = { args: { audience: 'staff', view: {} } };

/** A telephone consultation: "The practice will call you …". Its type has a form, offered by event. */
export const Telephone: Story = {
  args: {
    view: {
      typeName: 'GP telephone consultation',
      formId: '602',
      appointment: appointment({ appointment_type_id: '102', in_person: false, telephone: true }),
    },
  },
};

/** A telephone consultation for staff: "Call the patient …". */
export const TelephoneStaff: Story = { args: { ...Telephone.args, audience: 'staff' } };

/** A video consultation with its https link ("Join the video call", in a new tab). */
export const Video: Story = {
  args: {
    view: {
      typeName: 'GP video consultation',
      appointment: appointment({
        appointment_type_id: '103',
        in_person: false,
        video: true,
        duration: 15,
        video_url: 'https://video.hero-mock.test/consult/8005',
      }),
    },
  },
};

/** A video consultation whose link is not there yet (or is not https): the practice will send one. */
export const VideoWithoutLink: Story = {
  args: {
    view: {
      typeName: 'GP video consultation',
      appointment: appointment({ appointment_type_id: '103', in_person: false, video: true, duration: 15, video_url: null }),
    },
  },
};

/** `form-offer="event"`: "Fill in the form now" fires `hero-appointment-form` `{ appointment_id, form_id }` for the host. */
export const FormEvent: Story = { args: { view: { typeName: 'Travel vaccination consultation', formId: '602', formOffer: 'event' } } };

/** `form-offer="inline"`: "Fill in the form now" opens the form inside the confirmation (against the mock API). */
export const FormInline: Story = { args: { view: { typeName: 'Travel vaccination consultation', formId: '602', formOffer: 'inline' } } };

/** No cancellation policy known and no practice phone: "contact the practice". */
export const NoPolicy: Story = { args: { practicePhone: '', view: { appointment: appointment({ cancellation_policy_hours: 0 }) } } };
