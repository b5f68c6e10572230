import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement, type TemplateResult } from 'lit';
import { clockTimeErrorMessage, parseClockTime } from '../../domain/clock-time.js';
import type { DatePart, DateParts } from '../../domain/calendar-date.js';
import { baseStyles } from '../styles.js';
import {
  renderChoices,
  renderDateInput,
  renderHeading,
  renderSelect,
  renderSummaryList,
  renderTextarea,
  renderTextInput,
  renderTimeInput,
  subLevel,
  uiStrings,
  uiStyles,
  type Translate,
} from './index.js';

const t: Translate = (key) => (uiStrings as Record<string, string>)[key] ?? key;

/**
 * A stand-in for an element: it renders a story's pieces in its own shadow root, with the kit's
 * base styles and `uiStyles`, and renders again whenever the story's state changes.
 */
class UiGallery extends LitElement {
  static override styles = [baseStyles, uiStyles];
  static override properties = { view: { attribute: false } };
  declare view: ((gallery: UiGallery) => TemplateResult) | undefined;

  protected override render(): unknown {
    return this.view?.(this);
  }
}
if (!customElements.get('hero-ui-gallery')) customElements.define('hero-ui-gallery', UiGallery);

const gallery = (view: (gallery: UiGallery) => TemplateResult) => html`<hero-ui-gallery .view=${view}></hero-ui-gallery>`;

interface Args {
  errors: boolean;
  headingLevel: number;
}

/**
 * The pieces every element builds its screens from (src/internal/ui, docs/ui-pieces.md): the field
 * template, headings at the host page's level, the summary list, radios and checkboxes with
 * conditional reveal, the date input and the time field. They are internal: hosts see them only
 * through the elements. Switch **errors** to see every error state, and the toolbar's theme to see
 * the NHS theme's 40px radios and focus style (Tab through).
 */
const meta: Meta<Args> = {
  title: 'Internal/UI pieces',
  args: { errors: false, headingLevel: 2 },
  argTypes: {
    errors: { control: 'boolean' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Text input, textarea and select: label, hint, error ("Error:" for screen readers), control. */
export const Fields: Story = {
  render: ({ errors }) => {
    const state = { nhs: '', message: '', practitioner: '' };
    return gallery(
      (g) => html`<div style="display: grid; gap: 1.5rem">
      ${renderTextInput({
        t,
        id: 'nhs-number',
        label: 'NHS number',
        hint: '10 digits, for example 943 476 5919',
        error: errors ? 'Enter an NHS number' : undefined,
        value: state.nhs,
        inputmode: 'numeric',
        spellcheck: false,
        width: 10,
        onInput: (e) => ((state.nhs = (e.target as HTMLInputElement).value), g.requestUpdate()),
      })}
      ${renderTextarea({
        t,
        id: 'message',
        label: 'Message',
        hint: 'Do not include personal or financial information',
        error: errors ? 'Enter a message' : undefined,
        value: state.message,
        onInput: (e) => ((state.message = (e.target as HTMLTextAreaElement).value), g.requestUpdate()),
      })}
      ${renderSelect({
        t,
        id: 'practitioner',
        label: 'Practitioner',
        error: errors ? 'Select a practitioner' : undefined,
        placeholder: 'Select a practitioner',
        value: state.practitioner,
        options: [
          { value: '1', label: 'Dr Priya Sharma' },
          { value: '2', label: 'Dr Tom Evans' },
        ],
        onChange: (e) => ((state.practitioner = (e.target as HTMLSelectElement).value), g.requestUpdate()),
      })}
    </div>`,
    );
  },
};

/** Radios with a conditional reveal, checkboxes, inline Yes / No, and a single checkbox. */
export const RadiosAndCheckboxes: Story = {
  name: 'Radios and checkboxes',
  render: ({ errors }) => {
    const state = { contact: '', symptoms: new Set<string>(), smoke: '', later: false, phone: '' };
    return gallery((g) => {
      const update = () => g.requestUpdate();
      return html`<div style="display: grid; gap: 1.5rem">
        ${renderChoices({
          t,
          type: 'radio',
          id: 'contact',
          legend: 'How should we contact you?',
          hint: 'Select one option',
          error: errors ? 'Select how we should contact you' : undefined,
          items: [
            { value: 'email', label: 'Email', checked: state.contact === 'email' },
            {
              value: 'sms',
              label: 'Text message',
              hint: 'UK mobile numbers only',
              checked: state.contact === 'sms',
              reveal: () =>
                renderTextInput({
                  t,
                  id: 'phone',
                  label: 'Mobile phone number',
                  type: 'tel',
                  autocomplete: 'tel',
                  width: 20,
                  value: state.phone,
                  onInput: (e) => (state.phone = (e.target as HTMLInputElement).value),
                }),
            },
            { value: 'post', label: 'Letter', checked: state.contact === 'post' },
          ],
          onChange: (item) => ((state.contact = item.value), update()),
        })}
        ${renderChoices({
          t,
          type: 'checkbox',
          id: 'symptoms',
          legend: 'Which symptoms do you have?',
          hint: 'Select all that apply',
          error: errors ? 'Select your symptoms' : undefined,
          items: ['A cough', 'A high temperature', 'A sore throat'].map((label) => ({
            value: label,
            label,
            checked: state.symptoms.has(label),
          })),
          onChange: (item, checked) => (checked ? state.symptoms.add(item.value) : state.symptoms.delete(item.value), update()),
        })}
        ${renderChoices({
          t,
          type: 'radio',
          id: 'smoke',
          legend: 'Do you smoke?',
          inline: true,
          items: [
            { value: 'yes', label: 'Yes', checked: state.smoke === 'yes' },
            { value: 'no', label: 'No', checked: state.smoke === 'no' },
          ],
          onChange: (item) => ((state.smoke = item.value), update()),
        })}
        ${renderChoices({
          t,
          type: 'checkbox',
          id: 'schedule',
          items: [
            {
              value: 'yes',
              label: 'Send it later',
              hint: 'Choose the day and time it goes',
              checked: state.later,
              reveal: () => html`<p>(The date and time fields go here.)</p>`,
            },
          ],
          onChange: (_, checked) => ((state.later = checked), update()),
        })}
      </div>`;
    });
  },
};

/** The date input (GOV.UK's three fields) and the time field ("9:30am", "14:30", "midday"). */
export const DateAndTime: Story = {
  name: 'Date and time',
  render: ({ errors }) => {
    const state = { date: { day: '', month: '', year: '' } as DateParts, time: '' };
    return gallery((g) => {
      const parsed = parseClockTime(state.time, true);
      const timeError = errors
        ? parsed.ok
          ? clockTimeErrorMessage({ ok: false, code: 'ambiguous', minutes: 420 }, 'Time')
          : clockTimeErrorMessage(parsed, 'Time')
        : undefined;
      return html`<div style="display: grid; gap: 1.5rem">
        ${renderDateInput({
          t,
          id: 'dob',
          legend: 'Date of birth',
          hint: 'For example, 31 3 1980',
          error: errors ? 'Date of birth must be a real date' : undefined,
          errorParts: errors ? (['day'] as DatePart[]) : undefined,
          autocomplete: 'bday',
          value: state.date,
          onInput: (part, value) => ((state.date = { ...state.date, [part]: value }), g.requestUpdate()),
        })}
        ${renderTimeInput({
          t,
          id: 'send-time',
          label: 'Time',
          error: timeError,
          value: state.time,
          onInput: (e) => ((state.time = (e.target as HTMLInputElement).value), g.requestUpdate()),
        })}
      </div>`;
    });
  },
};

/** A heading at `heading-level`, a sub-heading one deeper, and a summary list with Change actions. */
export const HeadingsAndSummaryList: Story = {
  name: 'Headings and summary list',
  render: ({ headingLevel }) =>
    gallery(
      () => html`<div style="display: grid; gap: 1rem">
        ${renderHeading(headingLevel, 'Check your answers', { size: 'l' })}
        ${renderHeading(subLevel(headingLevel), 'Patient', { size: 'm' })}
        ${renderSummaryList([
          { key: 'Name', value: 'Olivia Jones', action: { label: 'Change' } },
          { key: 'Date of birth', value: '14 March 1985', action: { label: 'Change' } },
          { key: 'Appointment', value: 'Monday 7 December 2026 at 9:30am', action: { label: 'Change' } },
          { key: 'Cost', value: '£35' },
        ])}
      </div>`,
    ),
};
