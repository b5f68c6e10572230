import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import {
  LONG_HISTORY_PATIENT_ID,
  MESSAGE_HISTORY_PATIENT_ID,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  RESTRICTED_PATIENT_ID,
  scenarios,
} from '../../../mock/index.js';
import type { HeroMessageHistory } from './message-history.js';
import { storyElement } from '../../../.storybook/play.js';
import './hero-message-history.js';

interface Args {
  patientId: string;
}

const { element, found, click } = storyElement<HeroMessageHistory>('hero-message-history');

/**
 * `<hero-message-history>` lists the messages a patient was sent, newest first, against the mock
 * Hero API: patient 401 has one in every delivery and write-to-record state, patient 402 has 23
 * (three pages), patient 404 is restricted (no contact detail is ever shown), patient 403 has none.
 */
const meta: Meta<Args> = {
  title: 'Elements/Message history',
  component: 'hero-message-history',
  args: { patientId: MESSAGE_HISTORY_PATIENT_ID },
  argTypes: {
    patientId: {
      control: 'select',
      options: ['', MESSAGE_HISTORY_PATIENT_ID, LONG_HISTORY_PATIENT_ID, '403', RESTRICTED_PATIENT_ID, '412'],
    },
  },
  render: (args) => html`
    <hero-message-history tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token" patient-id=${args.patientId}></hero-message-history>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Every delivery state (scheduled, sent, delivered, retrying, declined, failed) and write-to-record state, failures explained. */
export const Default: Story = {};

/** 23 messages, ten a page: "Older messages" and "Newer messages". */
export const Paging: Story = { args: { patientId: LONG_HISTORY_PATIENT_ID } };

/** The second page, reached with "Older messages" (focus moves to the heading). */
export const OlderPage: Story = {
  args: { patientId: LONG_HISTORY_PATIENT_ID },
  play: async ({ canvasElement }) => click(canvasElement, '[part~="older-button"]'),
};

/** A long message with a long link, opened with "Show all of this message". */
export const LongMessageOpened: Story = {
  args: { patientId: LONG_HISTORY_PATIENT_ID },
  play: async ({ canvasElement }) => click(canvasElement, '[part~="expand-button"]'),
};

/** A restricted patient: the channel only, and a failure reason with the address hidden. */
export const RestrictedPatient: Story = { args: { patientId: RESTRICTED_PATIENT_ID } };

/** The host changed `patient-id`: the new patient's messages, with a notice. */
export const PatientChanged: Story = {
  play: async ({ canvasElement }) => {
    await found(canvasElement, '[part~="list"]');
    element(canvasElement).setAttribute('patient-id', LONG_HISTORY_PATIENT_ID);
  },
};

/** No messages sent to this patient yet. */
export const Empty: Story = { args: { patientId: '403' } };

/** No `patient-id`. */
export const NoPatient: Story = { args: { patientId: '' } };

/** Waiting for the API. */
export const Loading: Story = { parameters: { msw: { handlers: { scenario: scenarios.loading } } } };

/** The list cannot be loaded: an error with "Try again". */
export const Error: Story = { parameters: { msw: { handlers: { scenario: scenarios['server-error'] } } } };

/** The list loads but the messages' text does not: each says so, with one "Try again". */
export const TextsFailed: Story = {
  parameters: {
    msw: {
      handlers: { scenario: [http.get('*/v1/messages/:id', () => HttpResponse.json({ error: true, statusCode: 500 }, { status: 500 }))] },
    },
  },
};

/** The server gives 20 a page whatever is asked: the element follows it. */
export const PageSizeCapped: Story = {
  args: { patientId: LONG_HISTORY_PATIENT_ID },
  parameters: { msw: { handlers: { scenario: scenarios['page-size-capped'] } } },
};

/** Themed through `--hero-*` tokens, `--hero-message-history-*` properties and `::part`. */
export const Themed: Story = {
  render: (args) => html`
    <style>
      .themed {
        --hero-color-primary: #7c2855;
        --hero-color-primary-hover: #5e1e40;
        --hero-radius-m: 0;
        --hero-message-history-item-background: #fdf2f8;
        --hero-message-history-preview-lines: 2;
        --hero-message-history-max-width: 34rem;
      }
      .themed::part(status-tag) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
    </style>
    <hero-message-history
      class="themed"
      tenant-id=${MOCK_PRACTICE_GROUP_ID}
      base-url=${MOCK_BASE_URL}
      token-url="/api/hero-token"
      patient-id=${args.patientId}
    ></hero-message-history>
  `,
};
