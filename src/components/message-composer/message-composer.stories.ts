import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import {
  ARCHIVED_PATIENT_ID,
  DECEASED_PATIENT_ID,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  NO_CONTACT_PATIENT_ID,
  RESTRICTED_PATIENT_ID,
  scenarios,
} from '../../../mock/index.js';
import type { HeroMessageComposer } from './message-composer.js';
import { storyElement } from '../../../.storybook/play.js';
import './hero-message-composer.js';

interface Args {
  patientId: string;
  channels: string;
  templateId: string;
  practiceName: string;
}

const { element: composer, found, click } = storyElement<HeroMessageComposer>('hero-message-composer');

/** Types into a field as a person would (the element listens to `input`). */
async function type(canvas: HTMLElement, selector: string, value: string): Promise<void> {
  const field = await found<HTMLInputElement | HTMLTextAreaElement>(canvas, selector);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await composer(canvas).updateComplete;
}

/**
 * `<hero-message-composer>` writes and sends a message to one patient, against the mock Hero API:
 * choose the channel, start from a template, edit, preview, set options, check, send, then follow
 * delivery. Each story drives one state through an MSW scenario, a per-story handler or `play`.
 */
const meta: Meta<Args> = {
  title: 'Elements/Message composer',
  component: 'hero-message-composer',
  args: { patientId: '401', channels: '', templateId: '', practiceName: 'Millbrook Medical Practice' },
  argTypes: {
    patientId: {
      control: 'select',
      options: [
        '',
        '401',
        '402',
        '403',
        RESTRICTED_PATIENT_ID,
        DECEASED_PATIENT_ID,
        ARCHIVED_PATIENT_ID,
        '409',
        '411',
        NO_CONTACT_PATIENT_ID,
        '414',
      ],
    },
    channels: { control: 'text', description: 'Space-separated subset of `sms email nhs_app hero`' },
    templateId: { control: 'select', options: ['', '501', '502', '503', '504', '505', '506', '507'] },
  },
  render: (args) => html`
    <hero-message-composer
      tenant-id=${MOCK_PRACTICE_GROUP_ID}
      base-url=${MOCK_BASE_URL}
      token-url="/api/hero-token"
      patient-id=${args.patientId}
      channels=${args.channels}
      template-id=${args.templateId}
      practice-name=${args.practiceName}
    ></hero-message-composer>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** A text message to a patient with a mobile number on record. */
export const Default: Story = {};

/** Email: previews it as an email; the subject comes from the practice's email template in Hero (no field for it). */
export const Email: Story = { args: { channels: 'email sms' } };

/** NHS App, with a text message as the fallback (so the SMS counter shows). */
export const NhsApp: Story = {
  args: { channels: 'nhs_app sms email' },
  play: async ({ canvasElement }) => {
    const select = await found<HTMLSelectElement>(canvasElement, '#fallback');
    select.value = 'sms';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  },
};

/** The Hero app channel only. */
export const HeroApp: Story = { args: { channels: 'hero' } };

/** Started from a template: the name and practice are filled in; the appointment date is asked in a field, and highlighted in the preview. */
export const FromTemplate: Story = { args: { templateId: '501' } };

/** A template with gaps and a form link: its fields replace the text area (template-fill.ts); "Change the words yourself" goes back to free text. */
export const TemplateFields: Story = { args: { templateId: '506' } };

/** Welsh text and curly quotes force UCS-2: the warning names them and offers to replace the quotes. */
export const UnicodeWarning: Story = {
  args: { patientId: '414' },
  play: async ({ canvasElement }) => {
    await found(canvasElement, '#text');
    await type(
      canvasElement,
      '#text',
      'Annwyl Dafydd, bydd y feddygfa ar gau ddydd Llun Gŵyl y Banc. Ffoniwch 111 os oes angen help arnoch – diolch! “Iechyd da”',
    );
  },
};

/** A long message: six text messages. */
export const LongMessage: Story = {
  play: async ({ canvasElement }) => {
    await type(canvasElement, '#text', 'Your test results are back and your GP would like to discuss them. '.repeat(13).trim());
  },
};

/** Every option open: fallback, send later, write to the record, assign (assignees load when ticked). */
export const AllOptions: Story = {
  play: async ({ canvasElement }) => {
    await found(canvasElement, '#text');
    for (const id of ['#option-schedule-0', '#option-record-0', '#option-assign-0']) await click(canvasElement, id);
    (await found<HTMLDetailsElement>(canvasElement, 'details[part~="advanced"]')).open = true;
  },
};

/** "Continue" with nothing written: the error summary takes focus and links to each field. */
export const ErrorSummary: Story = {
  args: { templateId: '506' },
  play: async ({ canvasElement }) => {
    await found(canvasElement, '[part~="template-fields"]');
    await click(canvasElement, '#option-schedule-0');
    await type(canvasElement, '#send-time', '9:30');
    await click(canvasElement, '[part~="continue-button"]');
  },
};

/** Errors follow what is typed: the message's error went once it was written; the time's says am or pm. */
export const ErrorsWhileTyping: Story = {
  play: async ({ canvasElement }) => {
    await found(canvasElement, '#text');
    await click(canvasElement, '#option-schedule-0');
    await click(canvasElement, '[part~="continue-button"]');
    await type(canvasElement, '#text', 'Please ring the surgery about your results. '.repeat(4).trim());
    await type(canvasElement, '#send-time', '9:30');
  },
};

/** Too long for a text message: the counter names the maximum (6 texts) and Continue refuses it. */
export const TooLong: Story = {
  play: async ({ canvasElement }) => {
    await type(canvasElement, '#text', 'Your test results are back and your GP would like to discuss them. '.repeat(14).trim());
    await click(canvasElement, '[part~="continue-button"]');
  },
};

/** Invisible characters pasted in: named by code point, removed by the same Replace. */
export const InvisibleCharacters: Story = {
  play: async ({ canvasElement }) => {
    await type(canvasElement, '#text', 'Your\u200b appointment is\u00a0confirmed\ufeff.');
  },
};

/** A landline typed as the mobile: refused as not a mobile. */
export const NotAMobile: Story = {
  play: async ({ canvasElement }) => {
    await type(canvasElement, '#recipient', '01454 412345');
    await type(canvasElement, '#text', 'Hello');
    await click(canvasElement, '[part~="continue-button"]');
  },
};

/** A template whose words were changed by hand: the select says "(edited)". */
export const EditedTemplate: Story = {
  args: { templateId: '502' },
  play: async ({ canvasElement }) => {
    await click(canvasElement, '[part~="edit-words-button"]');
    const text = await found<HTMLTextAreaElement>(canvasElement, '#text');
    await type(canvasElement, '#text', `${text.value} Thank you.`);
  },
};

/** A patient with no mobile or email: the channels say so, and a number must be entered. */
export const NoContactDetails: Story = { args: { patientId: NO_CONTACT_PATIENT_ID } };

/** A restricted patient: no contact details are shown; Hero uses the record's. */
export const RestrictedPatient: Story = { args: { patientId: RESTRICTED_PATIENT_ID } };

/** A deceased patient cannot be messaged. */
export const DeceasedPatient: Story = { args: { patientId: DECEASED_PATIENT_ID } };

/** An archived patient: confirm it is the right patient before writing. */
export const ArchivedPatient: Story = { args: { patientId: ARCHIVED_PATIENT_ID } };

/** No `patient-id`. */
export const NoPatient: Story = { args: { patientId: '' } };

/** Waiting for the API. */
export const Loading: Story = { parameters: { msw: { handlers: { scenario: scenarios.loading } } } };

/** The patient cannot be loaded: an error with "Try again". */
export const Error: Story = { parameters: { msw: { handlers: { scenario: scenarios['server-error'] } } } };

/** The practice has no templates (and no assignees). */
export const Empty: Story = { parameters: { msw: { handlers: { scenario: scenarios.empty } } } };

/** The review step before sending. */
export const Review: Story = {
  play: async ({ canvasElement }) => {
    await type(canvasElement, '#text', 'Your repeat prescription is ready to collect.');
    await click(canvasElement, '[part~="continue-button"]');
  },
};

/** Sent, then followed to "Delivered" (the mock delivers on the third status check). */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    await type(canvasElement, '#text', 'Your repeat prescription is ready to collect.');
    await click(canvasElement, '[part~="continue-button"]');
    await click(canvasElement, '[part~="send-button"]');
  },
};

/** Scheduled for later. */
export const Scheduled: Story = {
  play: async ({ canvasElement }) => {
    await type(canvasElement, '#text', 'Reminder: your flu jab is tomorrow.');
    await click(canvasElement, '#option-schedule-0');
    await type(canvasElement, '#send-date-day', '15');
    await type(canvasElement, '#send-date-month', '1');
    await type(canvasElement, '#send-date-year', String(new Date().getUTCFullYear() + 1));
    await type(canvasElement, '#send-time', '9:30am');
    await click(canvasElement, '[part~="continue-button"]');
    await click(canvasElement, '[part~="send-button"]');
  },
};

/** Delivery failed: the reason is shown. */
export const DeliveryFailed: Story = {
  args: { patientId: NO_CONTACT_PATIENT_ID, channels: 'hero' },
  parameters: {
    msw: {
      handlers: {
        scenario: [
          http.get('*/v1/messages/:id/status', ({ params }) =>
            HttpResponse.json({
              id: params['id'],
              scheduled_send_at: null,
              write_to_record: false,
              status: {
                write_to_record_at: null,
                sent_at: null,
                response: 'fatal',
                failure_reason: 'The patient has not installed the app',
              },
              errors: { write_to_record: null, send: 'The patient has not installed the app' },
            }),
          ),
        ],
      },
    },
  },
  play: Sent.play!,
};

/** Sending fails (503: Hero turned it away, so it did not go): the reason is given and the message is kept. */
export const SendFailed: Story = {
  parameters: {
    msw: {
      handlers: {
        scenario: [
          http.post('*/v1/messages/send', async () => {
            await delay(400);
            return HttpResponse.json({ error: true, statusCode: 503 }, { status: 503 });
          }),
        ],
      },
    },
  },
  play: Sent.play!,
};

/** Hero stored the message but the gateway timed out (504): "may have been sent", the read-back found it, no resend. */
export const MayHaveBeenSent: Story = {
  parameters: {
    msw: {
      handlers: {
        scenario: [
          http.post('*/v1/messages/send', async ({ request }) => {
            if (request.headers.get('x-story-inner')) return undefined;
            const inner = new Request(request.clone(), { headers: new Headers(request.headers) });
            inner.headers.set('x-story-inner', '1');
            await fetch(inner);
            return HttpResponse.json({ error: true, statusCode: 504 }, { status: 504 });
          }),
        ],
      },
    },
  },
  play: Sent.play!,
};

/** The connection dropped while sending: "may have been sent", and "Send it again" asks to confirm. */
export const ConfirmSendAgain: Story = {
  parameters: { msw: { handlers: { scenario: [http.post('*/v1/messages/send', () => HttpResponse.error())] } } },
  play: async (context) => {
    await Sent.play!(context);
    await click(context.canvasElement, '[part~="send-again-button"]');
  },
};

/** The patient changed while a message was in review: it was discarded, with a notice. */
export const PatientChanged: Story = {
  play: async (context) => {
    await Review.play!(context);
    await found(context.canvasElement, '#review-heading');
    composer(context.canvasElement).patientId = '403';
  },
};

/** The patient changed while a message was being sent: it goes to the previous patient only. */
export const PatientChangedWhileSending: Story = {
  parameters: {
    msw: {
      handlers: {
        scenario: [
          http.post('*/v1/messages/send', async () => {
            await delay(1500);
            return undefined;
          }),
        ],
      },
    },
  },
  play: async (context) => {
    await Review.play!(context);
    await click(context.canvasElement, '[part~="send-button"]');
    composer(context.canvasElement).patientId = '403';
  },
};

/** Themed through `--hero-*` tokens, `--hero-message-composer-*` properties and `::part`. */
export const Themed: Story = {
  render: (args) => html`
    <style>
      .themed {
        --hero-color-primary: #7c2855;
        --hero-color-primary-hover: #5e1e40;
        --hero-radius-m: 0;
        --hero-message-composer-bubble-background: #7c2855;
        --hero-message-composer-bubble-color: #ffffff;
        --hero-message-composer-preview-background: #fdf2f8;
        --hero-message-composer-max-width: 34rem;
      }
      .themed::part(continue-button) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
    </style>
    <hero-message-composer
      class="themed"
      tenant-id=${MOCK_PRACTICE_GROUP_ID}
      base-url=${MOCK_BASE_URL}
      token-url="/api/hero-token"
      patient-id=${args.patientId}
      template-id="504"
      practice-name=${args.practiceName}
    ></hero-message-composer>
  `,
};
