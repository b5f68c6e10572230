import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { waitFor } from 'storybook/test';
import {
  createHostTokenHandler,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  mockClock,
  scenarios,
  SEEDED_APPOINTMENT_IDS,
} from '../../../mock/index.js';
import { addDays, londonToday, weekday } from '../../domain/london-time.js';
import type { HeroSlotPicker } from './slot-picker.js';
import { storyElement } from '../../../.storybook/play.js';
import './hero-slot-picker.js';

interface Args {
  appointmentTypeId: string;
  locationId: string;
  practitionerId: string;
  patientId: string;
  startDate: string;
  days: number;
  audience: 'patient' | 'staff';
  allowAnonymous: boolean;
  rescheduleAppointmentId: string;
  practicePhone: string;
}

/** The next weekday (the mock practice is closed at weekends), so every story has times to show. */
function nextWorkingDay(): string {
  let day = addDays(londonToday(Date.now()), 1);
  while (weekday(day) === 0 || weekday(day) === 6) day = addDays(day, 1);
  return day;
}

const { inShadow, found } = storyElement<HeroSlotPicker>('hero-slot-picker');

/** Chooses the first time listed and reserves it. */
async function reserveFirst(canvas: HTMLElement): Promise<void> {
  (await found(canvas, '[role="option"]')).click();
  (await found(canvas, '[part~="reserve-button"]')).click();
}

/**
 * `<hero-slot-picker>` finds, reserves and books a GP appointment against the mock Hero API. Each
 * story drives one state through an MSW scenario or a `play` function.
 */
const meta: Meta<Args> = {
  title: 'Elements/Slot picker',
  component: 'hero-slot-picker',
  args: {
    appointmentTypeId: '101',
    locationId: '',
    practitionerId: '',
    patientId: '401',
    startDate: '',
    days: 7,
    audience: 'patient',
    allowAnonymous: false,
    rescheduleAppointmentId: '',
    practicePhone: '01632 960 123',
  },
  argTypes: {
    appointmentTypeId: { control: 'select', options: ['', '101', '102', '103', '104', '105', '106', '107'] },
    locationId: { control: 'select', options: ['', '301', '302', '303'] },
    practitionerId: { control: 'select', options: ['', '201', '202', '203', '204', '205', '206', '207'] },
    days: { control: { type: 'number', min: 1, max: 28 } },
    audience: { control: 'inline-radio', options: ['patient', 'staff'] },
  },
  render: (args) => html`
    <div style="max-width: 48rem">
      <hero-slot-picker
        tenant-id=${MOCK_PRACTICE_GROUP_ID}
        base-url=${MOCK_BASE_URL}
        token-url="/api/hero-token"
        appointment-type-id=${args.appointmentTypeId}
        location-id=${args.locationId}
        practitioner-id=${args.practitionerId}
        patient-id=${args.patientId}
        start-date=${args.startDate || nextWorkingDay()}
        days=${args.days}
        audience=${args.audience}
        ?allow-anonymous=${args.allowAnonymous}
        reschedule-appointment-id=${args.rescheduleAppointmentId}
        practice-phone=${args.practicePhone}
      ></hero-slot-picker>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Times for a GP appointment from the next working day, by day and part of the day. */
export const Slots: Story = {};

/** Without `appointment-type-id`: the practice's appointment types and locations come first. */
export const ChoosingType: Story = { args: { appointmentTypeId: '' } };

/** Requests never answer: the busy state. */
export const Loading: Story = { parameters: { msw: { handlers: { scenario: scenarios.loading } } } };

/** No times in the window and none in the weeks after. */
export const Empty: Story = { parameters: { msw: { handlers: { scenario: scenarios.empty } } } };

/** A window with no times (a Sunday), offering the next day that has some. */
export const EmptyWindowWithNextDay: Story = {
  args: {
    days: 1,
    startDate: (() => {
      let day = addDays(londonToday(Date.now()), 1);
      while (weekday(day) !== 0) day = addDays(day, 1);
      return day;
    })(),
  },
};

/** The API fails: an error with a retry. */
export const ServerError: Story = { name: 'Error', parameters: { msw: { handlers: { scenario: scenarios['server-error'] } } } };

/** A time reserved: the summary with its countdown to `reserved_until`. */
export const ReservedWithCountdown: Story = {
  args: { patientId: '401' },
  play: async ({ canvasElement }) => {
    await reserveFirst(canvasElement);
    await found(canvasElement, '[part="countdown"]');
  },
};

/** A short hold (20 seconds) to watch the countdown run out and the times reload. */
export const HoldRunsOut: Story = {
  parameters: {
    msw: {
      handlers: {
        scenario: [
          http.post('*/v1/appointments', () =>
            HttpResponse.json({ id: '9999', reserved_until: new Date(Date.now() + 20_000).toISOString() }),
          ),
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    await reserveFirst(canvasElement);
    await found(canvasElement, '[part="countdown"]');
  },
};

/** Someone else took the time (409 `slot_unavailable`): a plain notice, fresh times, filters kept. */
export const Taken: Story = {
  args: { practitionerId: '202' },
  parameters: { msw: { handlers: { scenario: scenarios['slot-taken'] } } },
  play: async ({ canvasElement }) => {
    await reserveFirst(canvasElement);
    await found(canvasElement, '#notice');
  },
};

/** Booked: the confirmation. */
export const Confirmed: Story = {
  args: { patientId: '401' },
  play: async ({ canvasElement }) => {
    await reserveFirst(canvasElement);
    (await found(canvasElement, '[part~="confirm-button"]')).click();
    await found(canvasElement, '[part="confirmation"]');
  },
};

/** The fortnight around the end of BST (25 October 2026), on a mock clock set to 12 October 2026. */
export const ClocksChange: Story = {
  args: { startDate: '2026-10-19', days: 14 },
  parameters: { msw: { handlers: { scenario: [createHostTokenHandler({ ttlSeconds: 400 * 86_400 })] } } },
  beforeEach: () => {
    mockClock.set(Date.parse('2026-10-12T08:00:00Z'));
    return () => mockClock.reset();
  },
};

/** Restyled through `--hero-slot-picker-*` properties and parts. */
export const Themed: Story = {
  render: (args, context) => html`
    <style>
      .themed hero-slot-picker {
        --hero-slot-picker-accent: #6b2c91;
        --hero-slot-picker-radius: 0;
        --hero-slot-picker-slot-border: #6b2c91;
        --hero-font-family: Georgia, serif;
      }
      .themed hero-slot-picker::part(slot) {
        border-width: 2px;
      }
      .themed hero-slot-picker::part(day-nav) {
        padding-block-end: 0.5rem;
        border-block-end: 2px solid #6b2c91;
      }
    </style>
    <div class="themed">${meta.render!(args, context)}</div>
  `,
};

/** Practice staff: the patient's name, NHS number and date of birth, and "Book for …" in one step. */
export const Staff: Story = {
  args: { audience: 'staff' },
  play: async ({ canvasElement }) => {
    (await found(canvasElement, '[role="option"]')).click();
    await waitFor(() => {
      if (!/Book for/.test(inShadow(canvasElement, '[part~="reserve-button"]')?.textContent ?? ''))
        throw new globalThis.Error('waiting for the patient');
    });
    (await found(canvasElement, '[part~="reserve-button"]')).click();
    await found(canvasElement, '[part="confirmation"]');
  },
};

/** No `patient-id` and no `allow-anonymous`: nothing can be booked, and the developer is told why. */
export const AnonymousRefused: Story = { args: { patientId: '' } };

/** `allow-anonymous`: times and booking without a patient. */
export const Anonymous: Story = { args: { patientId: '', allowAnonymous: true } };

/** Reschedule mode: the appointment's type and location, "Currently: …", then a new time to move it to. */
export const Reschedule: Story = { args: { appointmentTypeId: '', rescheduleAppointmentId: SEEDED_APPOINTMENT_IDS.upcoming } };

/** An appointment the API says cannot be moved: what to do instead (call the practice). */
export const RescheduleRefused: Story = { args: { appointmentTypeId: '', rescheduleAppointmentId: SEEDED_APPOINTMENT_IDS.past } };

/** Confirming loses its answer (connection dropped): the picker reads the appointment back, finds it still held, and offers a deliberate second attempt. */
export const UnknownOutcome: Story = {
  parameters: { msw: { handlers: { scenario: [http.patch('*/v1/appointments/:id/book', () => HttpResponse.error(), { once: true })] } } },
  play: async ({ canvasElement }) => {
    await reserveFirst(canvasElement);
    (await found(canvasElement, '[part~="confirm-button"]')).click();
    await found(canvasElement, '#outcome');
  },
};

/** Less than two minutes left on the hold: the warning colour and "I need more time". */
export const HoldWarning: Story = {
  parameters: {
    msw: {
      handlers: {
        scenario: [
          http.post(
            '*/v1/appointments',
            () => HttpResponse.json({ id: '9999', reserved_until: new Date(Date.now() + 100_000).toISOString() }),
            {
              once: true,
            },
          ),
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    await reserveFirst(canvasElement);
    await found(canvasElement, '[part~="more-time-button"]');
  },
};
