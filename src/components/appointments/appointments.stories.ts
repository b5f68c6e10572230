import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import {
  APPOINTMENTS_PATIENT_ID,
  errorResponse,
  LONG_APPOINTMENTS_PATIENT_ID,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  scenarios,
  SEEDED_APPOINTMENT_IDS,
} from '../../../mock/index.js';
import type { HeroAppointments } from './appointments.js';
import { storyElement } from '../../../.storybook/play.js';
import './hero-appointments.js';

interface Args {
  patientId: string;
  includePast: boolean;
  audience: 'patient' | 'staff';
  practicePhone: string;
}

const { element, click } = storyElement<HeroAppointments>('hero-appointments');
const UPCOMING = SEEDED_APPOINTMENT_IDS.upcoming;

/**
 * `<hero-appointments>` lists a patient's appointments against the mock Hero API: patient 401 has
 * one upcoming of each kind (booked by telephone, a hold not yet confirmed, cancelled, video after
 * the clocks change, one inside the 24-hour cancellation window) and one past; patient 409 has 23
 * upcoming (three pages) and 3 past, one of them not cancellable online; patient 403 has none.
 */
const meta: Meta<Args> = {
  title: 'Elements/Appointments',
  component: 'hero-appointments',
  args: { patientId: APPOINTMENTS_PATIENT_ID, includePast: false, audience: 'patient', practicePhone: '01454 123456' },
  argTypes: {
    patientId: { control: 'select', options: ['', APPOINTMENTS_PATIENT_ID, LONG_APPOINTMENTS_PATIENT_ID, '403'] },
    audience: { control: 'inline-radio', options: ['patient', 'staff'] },
  },
  render: (args) => html`
    <hero-appointments
      tenant-id=${MOCK_PRACTICE_GROUP_ID}
      base-url=${MOCK_BASE_URL}
      token-url="/api/hero-token"
      practice-phone=${args.practicePhone}
      audience=${args.audience}
      ?include-past=${args.includePast}
      patient-id=${args.patientId}
    ></hero-appointments>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Upcoming appointments in every state, each with its day and time in London, type, clinician and place. */
export const Default: Story = {};

/** Past appointments too, latest first, under their own heading. */
export const WithPast: Story = { args: { includePast: true } };

/** 23 upcoming: ten at a time, "Show more upcoming appointments" follows every page. */
export const ShowMore: Story = { args: { patientId: LONG_APPOINTMENTS_PATIENT_ID, includePast: true } };

/** The second page, reached with "Show more" (focus moves to the first new appointment). */
export const SecondPage: Story = {
  args: { patientId: LONG_APPOINTMENTS_PATIENT_ID },
  play: async ({ canvasElement }) => click(canvasElement, '[part~="more-button"]'),
};

/** "Cancel appointment": the question names the appointment before anything is sent. */
export const ConfirmCancel: Story = {
  play: async ({ canvasElement }) => click(canvasElement, `#cancel-${UPCOMING}`),
};

/** Cancelled: the appointment now says so, and `hero-appointment-cancel` fired. */
export const Cancelled: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, `#cancel-${UPCOMING}`);
    await click(canvasElement, '[part~="confirm-button"]');
  },
};

/** The cancel's answer was lost and the appointment could not be read back: "it may have been cancelled", with a check. */
export const CancelOutcomeUnknown: Story = {
  parameters: {
    msw: {
      handlers: {
        scenario: [
          http.patch('*/v1/appointments/:id/cancel', () => HttpResponse.error()),
          http.get('*/v1/appointments/:id/status', () => HttpResponse.error()),
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    await click(canvasElement, `#cancel-${UPCOMING}`);
    await click(canvasElement, '[part~="confirm-button"]');
  },
};

/** The cancel's answer was lost; reading it back shows it did not go through: a deliberate "Try cancelling again". */
export const CancelNotDone: Story = {
  parameters: { msw: { handlers: { scenario: [http.patch('*/v1/appointments/:id/cancel', () => errorResponse(502, 'Bad Gateway'))] } } },
  play: async ({ canvasElement }) => {
    await click(canvasElement, `#cancel-${UPCOMING}`);
    await click(canvasElement, '[part~="confirm-button"]');
  },
};

/** "Change time": the slot picker opens below the appointment, in reschedule mode. */
export const ChangeTime: Story = {
  play: async ({ canvasElement }) => click(canvasElement, `#reschedule-${UPCOMING}-button`),
};

/** Practice staff's wording. */
export const Staff: Story = { args: { audience: 'staff', includePast: true } };

/** The host changed `patient-id` while a cancellation waited for confirmation: dropped, with a notice. */
export const PatientChanged: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, `#cancel-${UPCOMING}`);
    element(canvasElement).setAttribute('patient-id', LONG_APPOINTMENTS_PATIENT_ID);
  },
};

/** No appointments. */
export const Empty: Story = { args: { patientId: '403', includePast: true } };

/** No `patient-id`. */
export const NoPatient: Story = { args: { patientId: '' } };

/** Waiting for the API. */
export const Loading: Story = { parameters: { msw: { handlers: { scenario: scenarios.loading } } } };

/** The list cannot be loaded: an error with "Try again" and the practice's number. */
export const Error: Story = { parameters: { msw: { handlers: { scenario: scenarios['server-error'] } } } };

/** Themed through `--hero-*` tokens, `--hero-appointments-*` properties and `::part`. */
export const Themed: Story = {
  render: (args) => html`
    <style>
      .themed {
        --hero-color-primary: #7c2855;
        --hero-color-primary-hover: #5e1e40;
        --hero-radius-m: 0;
        --hero-appointments-item-background: #fdf2f8;
        --hero-appointments-max-width: 34rem;
      }
      .themed::part(status-tag) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
    </style>
    <hero-appointments
      class="themed"
      tenant-id=${MOCK_PRACTICE_GROUP_ID}
      base-url=${MOCK_BASE_URL}
      token-url="/api/hero-token"
      practice-phone=${args.practicePhone}
      patient-id=${args.patientId}
    ></hero-appointments>
  `,
};
