import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { http, HttpResponse } from 'msw';
import {
  ALL_FIELD_TYPES_FORM_ID,
  field,
  LONG_FORM_ID,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  newPatientForm,
  REPLY_FORM_ID,
  scenarios,
  SEEDED_DRAFT_RESPONSE_ID,
  SHORT_FORM_ID,
} from '../../../mock/index.js';
import type { Form } from '../../api/types.js';
import type { HeroFormRenderer } from './form-renderer.js';
import { storyElement } from '../../../.storybook/play.js';
import './hero-form-renderer.js';

interface Args {
  formId: string;
  responseId: string;
  patientId: string;
  pageSize: number;
}

const { element: renderer, found } = storyElement<HeroFormRenderer>('hero-form-renderer');
const press = async (canvas: HTMLElement, part: string) => (await found(canvas, `[part~="${part}"]`)).click();
async function typeInto(canvas: HTMLElement, id: string, value: string): Promise<void> {
  const input = await found<HTMLInputElement>(canvas, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
const choose = async (canvas: HTMLElement, id: string) => (await found(canvas, `#${id}`)).click();

/** Serves `form` for every form id, and accepts responses to it. */
const serving = (form: Form) => [
  http.get('*/v1/forms/:id', () => HttpResponse.json(form)),
  http.post('*/v1/forms/:id/response', () => HttpResponse.json({ id: '9999', form_id: form.id, created_at: new Date().toISOString() })),
];

/**
 * `<hero-form-renderer>` renders a practice form from the mock Hero API (forms 601 every field
 * type, 602 short, 603 long with sections, 604 reply) and sends the answers back. Each story
 * shows one state, through an MSW scenario, a per-story handler or a `play` function.
 */
const meta: Meta<Args> = {
  title: 'Elements/Form renderer',
  component: 'hero-form-renderer',
  args: { formId: ALL_FIELD_TYPES_FORM_ID, responseId: '', patientId: '401', pageSize: 20 },
  argTypes: {
    formId: { control: 'select', options: [ALL_FIELD_TYPES_FORM_ID, SHORT_FORM_ID, LONG_FORM_ID, REPLY_FORM_ID] },
    pageSize: { control: { type: 'number', min: 0, max: 50 } },
  },
  render: (args) => html`
    <hero-form-renderer
      tenant-id=${MOCK_PRACTICE_GROUP_ID}
      base-url=${MOCK_BASE_URL}
      token-url="/api/hero-token"
      form-id=${args.formId}
      response-id=${args.responseId || nothing}
      patient-id=${args.patientId || nothing}
      page-size=${args.pageSize}
    ></hero-form-renderer>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Every field type on one page: text, whole numbers with units, Yes/No, a date, a long answer, radios, a select, checkboxes, consent and display text. Height and weight offer a BMI. */
export const AllFieldTypes: Story = {};

/** Show-if: "How many cigarettes…" is revealed directly under "Yes, I smoke", and the blood pressure medicine question under "High blood pressure". */
export const ShowIf: Story = {
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'q-7004-0');
    await choose(canvasElement, 'q-7007-3');
    await found(canvasElement, '#q-7005');
  },
};

/** Height and weight entered: the BMI they give is offered for the BMI question. */
export const BmiOffered: Story = {
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'q-7013', '172');
    await typeInto(canvasElement, 'q-7014', '70');
    await found(canvasElement, '[part~="bmi-button"]');
  },
};

/** A short form (five questions or fewer): one page, then Submit. Optional questions say "(optional)". */
export const ShortForm: Story = { args: { formId: SHORT_FORM_ID } };

/** Submit with nothing answered: the error summary takes focus and links to each question. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'q-7013', '17.5');
    await typeInto(canvasElement, 'q-7003-day', '30');
    await typeInto(canvasElement, 'q-7003-month', '2');
    await press(canvasElement, 'continue-button');
    await found(canvasElement, '[part~="error-summary"]');
  },
};

/** A long form (300 fields in 10 sections): a page per section with progress. */
export const PagedBySection: Story = { args: { formId: LONG_FORM_ID } };

/** The all-types form at 5 questions a page. */
export const PagedByQuestions: Story = { args: { pageSize: 5 } };

/** "Check your answers" at the end of a paged form, each answer with a Change link. */
export const Review: Story = {
  args: { formId: SHORT_FORM_ID, pageSize: 1 },
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'q-7101', 'A rash on my arm.');
    await press(canvasElement, 'continue-button');
    await choose(canvasElement, 'q-7102-1');
    await press(canvasElement, 'continue-button');
    await choose(canvasElement, 'q-7103-0');
    await press(canvasElement, 'continue-button');
    await found(canvasElement, '[part~="review"]');
  },
};

/** `review`: even a short form ends with "Check your answers"; each Change link takes focus to its question. */
export const ReviewAttribute: Story = {
  args: { formId: SHORT_FORM_ID },
  render: (args) => html`<hero-form-renderer
    tenant-id=${MOCK_PRACTICE_GROUP_ID}
    base-url=${MOCK_BASE_URL}
    token-url="/api/hero-token"
    form-id=${args.formId}
    patient-id=${args.patientId || nothing}
    review
  ></hero-form-renderer>`,
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'q-7101', 'A rash on my arm.');
    await choose(canvasElement, 'q-7102-1');
    await press(canvasElement, 'continue-button');
    await found(canvasElement, '[part~="review"]');
  },
};

/** The host changed `patient-id` after answers were typed: they are cleared, and the notice says so. */
export const ClearedAfterPatientChange: Story = {
  args: { formId: SHORT_FORM_ID },
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'q-7101', 'Typed for the first patient.');
    renderer(canvasElement).patientId = '402';
    await found(canvasElement, '[part~="cleared"]');
  },
};

/** Sending timed out at the gateway (504): the answers may have been sent. Nothing is re-sent by itself; "Send my answers again" is a deliberate second attempt. */
export const SubmitOutcomeUnknown: Story = {
  args: { formId: SHORT_FORM_ID },
  parameters: {
    msw: { handlers: { scenario: [http.post('*/v1/forms/:id/response', () => new HttpResponse(null, { status: 504 }))] } },
  },
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'q-7101', 'A rash on my arm.');
    await choose(canvasElement, 'q-7102-0');
    await press(canvasElement, 'submit-button');
    await found(canvasElement, '[part~="outcome-unknown"]');
  },
};

/** A first draft save lost its connection: it may have been saved; "Save my answers again". */
export const DraftOutcomeUnknown: Story = {
  args: { formId: SHORT_FORM_ID },
  parameters: {
    msw: { handlers: { scenario: [http.post('*/v1/forms/:id/response', () => HttpResponse.error())] } },
  },
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'q-7101', 'A rash on my arm.');
    await press(canvasElement, 'draft-button');
    await found(canvasElement, '[part~="outcome-unknown"]');
  },
};

const longUrl = `https://example.org/${'a-very-long-path-segment-without-spaces'.repeat(4)}`;
/** Long unbreakable text from the API (a URL in a description) wraps at 320 px instead of scrolling sideways. */
export const LongText: Story = {
  parameters: {
    viewport: { defaultViewport: 'mobile1' },
    msw: {
      handlers: {
        scenario: serving({
          ...newPatientForm,
          patient_description: `Read ${longUrl} before you start.`,
          fields: [
            field({ form_question_id: '1', name: 'About you', type: 'paragraph' }),
            field({ form_question_id: '2', name: 'Your website', type: 'string', description: longUrl, required: true }),
          ],
        }),
      },
    },
  },
};

/** Sent: the form's confirmation message in a panel that takes focus. */
export const Submitted: Story = {
  args: { formId: SHORT_FORM_ID },
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'q-7101', 'A rash on my arm.');
    await choose(canvasElement, 'q-7102-0');
    await press(canvasElement, 'submit-button');
    await found(canvasElement, '[part~="confirmation"]');
  },
};

/** "Save and continue later": the draft is stored and the notice takes focus. */
export const DraftSaved: Story = {
  args: { formId: SHORT_FORM_ID },
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'q-7101', 'A rash on my arm.');
    await press(canvasElement, 'draft-button');
    await found(canvasElement, '[part~="draft-saved"]');
  },
};

/** `response-id` resumes a saved draft, its answers filled in. */
export const DraftResumed: Story = { args: { formId: SHORT_FORM_ID, responseId: SEEDED_DRAFT_RESPONSE_ID } };

/** Requests never answer: the busy state. */
export const Loading: Story = { parameters: { msw: { handlers: { scenario: scenarios.loading } } } };

/** The API fails: an error with a retry. */
export const ServerError: Story = { name: 'Error', parameters: { msw: { handlers: { scenario: scenarios['server-error'] } } } };

/** Sending fails: the answers stay, with a retry. */
export const SubmitFailed: Story = {
  args: { formId: SHORT_FORM_ID },
  parameters: {
    msw: { handlers: { scenario: [http.post('*/v1/forms/:id/response', () => new HttpResponse(null, { status: 503 }))] } },
  },
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'q-7101', 'A rash on my arm.');
    await choose(canvasElement, 'q-7102-0');
    await press(canvasElement, 'submit-button');
    await found(canvasElement, '[part~="retry-button"]');
  },
};

/** A form without questions: says what to do. */
export const Empty: Story = {
  parameters: {
    msw: {
      handlers: {
        scenario: serving({
          ...newPatientForm,
          fields: [field({ form_question_id: '1', name: 'This form is being updated.', type: 'paragraph' })],
        }),
      },
    },
  },
};

const attack = '<img src=x onerror=alert(1)><script>alert(2)</script>';
/** Markup in every text of the form, shown as text; a field of an unknown type is left out. */
export const UnsafeStrings: Story = {
  parameters: {
    msw: {
      handlers: {
        scenario: serving({
          ...newPatientForm,
          patient_title: `Title ${attack}`,
          patient_description: `Description ${attack}\nSecond line`,
          confirmation_message: `Thanks ${attack}`,
          fields: [
            field({ form_question_id: '1', name: `Paragraph ${attack}\njavascript:alert(3)`, type: 'paragraph' }),
            field({ form_question_id: '2', name: `Label ${attack}`, type: 'string', description: `Hint ${attack}` }),
            field({
              form_question_id: '3',
              name: `Radio ${attack}`,
              type: 'radio',
              options: [{ label: `Option ${attack}`, value: attack }],
            }),
            field({ form_question_id: '4', name: `Weight ${attack}`, type: 'integer', unit: `kg ${attack}` }),
            field({ form_question_id: '5', name: 'A signature field', type: 'signature' as 'string' }),
          ],
        }),
      },
    },
  },
};

/** Restyled through `--hero-form-renderer-*` properties and parts. */
export const Themed: Story = {
  args: { formId: SHORT_FORM_ID },
  render: (args, context) => html`
    <style>
      .themed hero-form-renderer {
        --hero-form-renderer-accent-color: #6b2c91;
        --hero-form-renderer-input-border-color: #6b2c91;
        --hero-form-renderer-panel-background: #6b2c91;
        --hero-font-family: Georgia, serif;
      }
      .themed hero-form-renderer::part(title) {
        color: #6b2c91;
      }
      .themed hero-form-renderer::part(field) {
        padding-block-end: 0.5rem;
        border-block-end: 1px solid #d8c6e3;
      }
    </style>
    <div class="themed">${meta.render!(args, context)}</div>
  `,
};
