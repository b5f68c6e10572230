/**
 * The field template (text input, textarea, select), the date input and the time field, rendered
 * by a tiny element in its own shadow root: labels, hints and errors tied to their control inside
 * that root, "Error:" for screen readers, aria-invalid, keyboard, and axe in every state.
 *
 * Assertions compare strings and booleans only: chai must never print a Lit element.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { clockTimeErrorMessage, parseClockTime } from '../../../src/domain/clock-time.js';
import { dateErrorMessage, validateDateParts, type DatePart, type DateParts } from '../../../src/domain/calendar-date.js';
import {
  dateInputTarget,
  renderDateInput,
  renderSelect,
  renderTextarea,
  renderTextInput,
  renderTimeInput,
} from '../../../src/internal/ui/index.js';
import { $, $$, idrefText, labelText, piece, t, text } from './support.js';

describe('field template', () => {
  describe('text input', () => {
    const state = { value: '', error: undefined as string | undefined, typed: [] as string[] };
    const view = () =>
      renderTextInput({
        t,
        id: 'nhs-number',
        label: 'NHS number',
        hint: '10 digits, for example 943 476 5919',
        error: state.error,
        value: state.value,
        inputmode: 'numeric',
        spellcheck: false,
        autocomplete: 'off',
        width: 10,
        onInput: (event) => {
          state.value = (event.target as HTMLInputElement).value;
          state.typed.push(state.value);
        },
      });

    beforeEach(() => {
      state.value = '';
      state.error = undefined;
      state.typed = [];
    });

    it('labels the input and describes it by its hint, inside the shadow root, and is accessible', async () => {
      const el = await piece(view);
      const input = $<HTMLInputElement>(el, 'input');
      expect(input.id).to.equal('nhs-number');
      expect(labelText(input)).to.equal('NHS number');
      expect(idrefText(el, input)).to.equal('10 digits, for example 943 476 5919');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(input.getAttribute('inputmode')).to.equal('numeric');
      expect(input.getAttribute('spellcheck')).to.equal('false');
      expect($$(el, '.error-message').length).to.equal(0);
      expect($(el, '.field').classList.contains('invalid')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('shows an error before the input, prefixed "Error:" for screen readers only, and marks the input invalid', async () => {
      state.error = 'Enter an NHS number';
      const el = await piece(view);
      const input = $<HTMLInputElement>(el, 'input');
      const error = $(el, '#nhs-number-error');
      expect(text(error)).to.equal('Error: Enter an NHS number');
      expect(text(error.querySelector('.visually-hidden'))).to.equal('Error:');
      expect(error.querySelector('.visually-hidden')!.getBoundingClientRect().width).to.be.at.most(1);
      expect(idrefText(el, input)).to.equal('10 digits, for example 943 476 5919 | Error: Enter an NHS number');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      // GOV.UK order: label, hint, error, control.
      expect([...$(el, '.field').children].map((child) => child.className.split(' ')[0] || child.tagName.toLowerCase())).to.deep.equal([
        'label',
        'hint',
        'error-message',
        'input',
      ]);
      const field = getComputedStyle($(el, '.field'));
      expect(field.borderInlineStartWidth).to.equal('4px');
      expect(getComputedStyle(input).borderTopColor).to.equal(getComputedStyle(error).color);
      await expect(el).to.be.accessible();
    });

    it('takes typing from the keyboard and hands each change to the element', async () => {
      const el = await piece(view);
      $<HTMLInputElement>(el, 'input').focus();
      await sendKeys({ type: '943' });
      expect(state.typed).to.deep.equal(['9', '94', '943']);
      expect($<HTMLInputElement>(el, 'input').value).to.equal('943');
    });

    it('is a fixed width, narrower than the field, when given one', async () => {
      const el = await piece(view);
      const input = $(el, 'input');
      expect(input.getBoundingClientRect().width).to.be.lessThan($(el, '.field').getBoundingClientRect().width / 2);
      expect(input.getBoundingClientRect().width).to.be.greaterThan(100);
    });

    it('adds the ids it is given (a unit) after the hint and error', async () => {
      const el = await piece(() =>
        renderTextInput({
          t,
          id: 'weight',
          label: 'Weight',
          error: 'Enter your weight',
          value: '',
          describedBy: 'weight-unit',
          after: html`<span id="weight-unit">kg</span>`,
        }),
      );
      expect(idrefText(el, $(el, 'input'))).to.equal('Error: Enter your weight | kg');
      await expect(el).to.be.accessible();
    });
  });

  describe('textarea and select', () => {
    const state = { text: '', choice: '', error: undefined as string | undefined };
    const view = () =>
      html`${renderTextarea({
        t,
        id: 'message',
        label: 'Message',
        hint: 'Do not include personal details',
        error: state.error,
        value: state.text,
        rows: 4,
        onInput: (event) => (state.text = (event.target as HTMLTextAreaElement).value),
      })}${renderSelect({
        t,
        id: 'practitioner',
        label: 'Practitioner',
        error: state.error && 'Select a practitioner',
        value: state.choice,
        placeholder: 'Select a practitioner',
        options: [
          { value: '1', label: 'Dr Priya Sharma' },
          { value: '2', label: 'Dr Tom Evans' },
        ],
        onChange: (event) => (state.choice = (event.target as HTMLSelectElement).value),
      })}`;

    beforeEach(() => {
      state.text = '';
      state.choice = '';
      state.error = undefined;
    });

    it('labels and describes both, and is accessible with and without errors', async () => {
      const el = await piece(view);
      const textarea = $<HTMLTextAreaElement>(el, 'textarea');
      const select = $<HTMLSelectElement>(el, 'select');
      expect(labelText(textarea)).to.equal('Message');
      expect(labelText(select)).to.equal('Practitioner');
      expect(idrefText(el, textarea)).to.equal('Do not include personal details');
      expect(select.hasAttribute('aria-describedby')).to.equal(false);
      expect(textarea.rows).to.equal(4);
      await expect(el).to.be.accessible();

      state.error = 'Enter a message';
      el.requestUpdate();
      await el.updateComplete;
      expect(idrefText(el, textarea)).to.equal('Do not include personal details | Error: Enter a message');
      expect(idrefText(el, select)).to.equal('Error: Select a practitioner');
      expect(textarea.getAttribute('aria-invalid')).to.equal('true');
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('shows the placeholder until an option is chosen, then the chosen one, from the keyboard', async () => {
      const el = await piece(view);
      const select = $<HTMLSelectElement>(el, 'select');
      expect(select.selectedOptions[0]!.textContent).to.equal('Select a practitioner');
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(select.value).to.equal('1');
      expect(state.choice).to.equal('1');
      state.choice = '2';
      el.requestUpdate();
      await el.updateComplete;
      expect(select.selectedOptions[0]!.textContent).to.equal('Dr Tom Evans');
    });
  });

  describe('date input', () => {
    const state = {
      value: { day: '', month: '', year: '' } as DateParts,
      error: undefined as string | undefined,
      parts: undefined as DatePart[] | undefined,
    };
    const view = () =>
      renderDateInput({
        t,
        id: 'dob',
        legend: 'Date of birth',
        hint: 'For example, 31 3 1980',
        error: state.error,
        errorParts: state.parts,
        value: state.value,
        autocomplete: 'bday',
        onInput: (part, value) => (state.value = { ...state.value, [part]: value }),
      });

    beforeEach(() => {
      state.value = { day: '', month: '', year: '' };
      state.error = undefined;
      state.parts = undefined;
    });

    it('is a group named by its legend, described by its hint, with Day, Month and Year labelled in the shadow root', async () => {
      const el = await piece(view);
      const fieldset = $(el, 'fieldset');
      expect(fieldset.getAttribute('role')).to.equal('group');
      expect(text(fieldset.querySelector('legend'))).to.equal('Date of birth');
      expect(idrefText(el, fieldset)).to.equal('For example, 31 3 1980');
      const inputs = $$<HTMLInputElement>(el, 'input');
      expect(inputs.map((input) => input.id)).to.deep.equal(['dob-day', 'dob-month', 'dob-year']);
      expect(inputs.map(labelText)).to.deep.equal(['Day', 'Month', 'Year']);
      expect(inputs.map((input) => input.getAttribute('autocomplete'))).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
      expect(inputs.every((input) => input.getAttribute('inputmode') === 'numeric' && input.type === 'text')).to.equal(true);
      expect(inputs.every((input) => input.getAttribute('aria-invalid') === 'false')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('labels the parts in regular weight under a bold legend, the year wider than day and month', async () => {
      const el = await piece(view);
      const weight = (node: Element) => Number(getComputedStyle(node).fontWeight);
      expect(weight($(el, 'legend'))).to.be.at.least(600);
      expect($$(el, '.date-label').every((label) => weight(label) === 400)).to.equal(true);
      const [day, month, year] = $$(el, 'input').map((input) => input.getBoundingClientRect().width);
      expect(day).to.equal(month);
      expect(year!).to.be.greaterThan(day!);
    });

    it('marks only the parts at fault, and links an error summary to the first of them', async () => {
      state.value = { day: '31', month: '2', year: '1980' };
      const result = validateDateParts(state.value);
      if (result.ok) throw new Error('31 February should be refused');
      state.error = dateErrorMessage(result, 'Date of birth');
      state.parts = result.fields;
      const el = await piece(view);
      expect(text($(el, '#dob-error'))).to.equal('Error: Date of birth must be a real date');
      expect(idrefText(el, $(el, 'fieldset'))).to.equal('For example, 31 3 1980 | Error: Date of birth must be a real date');
      expect($$(el, 'input').map((input) => input.getAttribute('aria-invalid'))).to.deep.equal(['true', 'false', 'false']);
      expect(dateInputTarget('dob', state.parts)).to.equal('dob-day');
      expect(el.shadowRoot!.getElementById(dateInputTarget('dob', ['year']))).to.equal($(el, '#dob-year'));
      await expect(el).to.be.accessible();
    });

    it('marks all three parts when the error names none', async () => {
      state.error = 'Enter a date of birth';
      const el = await piece(view);
      expect($$(el, 'input').every((input) => input.getAttribute('aria-invalid') === 'true')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('is filled in from the keyboard, day, month, year, in that order', async () => {
      const el = await piece(view);
      $<HTMLInputElement>(el, '#dob-day').focus();
      await sendKeys({ type: '9' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '5' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '1931' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('dob-year');
      expect(state.value).to.deep.equal({ day: '9', month: '5', year: '1931' });
    });
  });

  describe('time field', () => {
    const state = { value: '', error: undefined as string | undefined };
    const view = () =>
      renderTimeInput({
        t,
        id: 'send-time',
        label: 'Time',
        error: state.error,
        value: state.value,
        onInput: (event) => (state.value = (event.target as HTMLInputElement).value),
      });

    beforeEach(() => {
      state.value = '';
      state.error = undefined;
    });

    it('is a text input with the time hint, so "9:30am", "14:30" and "midday" can all be typed', async () => {
      const el = await piece(view);
      const input = $<HTMLInputElement>(el, 'input');
      expect(input.type).to.equal('text');
      expect(input.hasAttribute('inputmode')).to.equal(false);
      expect(input.getAttribute('autocomplete')).to.equal('off');
      expect(labelText(input)).to.equal('Time');
      expect(idrefText(el, input)).to.equal('For example, 9:30am or 14:30');
      input.focus();
      await sendKeys({ type: 'midday' });
      expect(parseClockTime(state.value)).to.deep.equal({ ok: true, minutes: 720 });
      await expect(el).to.be.accessible();
    });

    it('explains an ambiguous time with both readings', async () => {
      const result = parseClockTime('7');
      if (result.ok) throw new Error('7 should be ambiguous');
      state.error = clockTimeErrorMessage(result, 'Time');
      state.value = '7';
      const el = await piece(view);
      expect(idrefText(el, $(el, 'input'))).to.equal('For example, 9:30am or 14:30 | Error: Time must say am or pm, like 7am or 7pm');
      expect($(el, 'input').getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  });
});
