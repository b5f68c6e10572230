/**
 * Radios and checkboxes: the fieldset and its question, the drawn controls at
 * `--hero-control-size`, keyboard use (the native inputs stay), and the conditional reveal
 * (`aria-controls`, and `aria-expanded` on checkboxes). Axe in every state.
 *
 * Assertions compare strings and booleans only: chai must never print a Lit element.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { renderChoices, renderTextInput, type ChoiceItem } from '../../../src/internal/ui/index.js';
import { $, $$, idrefText, labelText, piece, t, text, type UiTestPiece } from './support.js';

const drawn = (node: Element) => getComputedStyle(node, '::before');
const mark = (node: Element) => getComputedStyle(node, '::after');

/** How to be contacted: radios, "Text message" revealing a phone number field. */
function contactForm() {
  const state = { chosen: '', phone: '', error: undefined as string | undefined, changes: [] as string[] };
  const view = () =>
    renderChoices({
      t,
      type: 'radio',
      id: 'contact',
      legend: 'How should we contact you?',
      hint: 'Select one option',
      error: state.error,
      items: [
        { value: 'email', label: 'Email', checked: state.chosen === 'email' },
        {
          value: 'sms',
          label: 'Text message',
          hint: 'UK mobile numbers only',
          checked: state.chosen === 'sms',
          reveal: () =>
            renderTextInput({ t, id: 'phone', label: 'Mobile phone number', value: state.phone, type: 'tel', autocomplete: 'tel' }),
        },
        { value: 'post', label: 'Letter', checked: state.chosen === 'post' },
      ],
      onChange: (item, checked) => {
        if (checked) state.chosen = item.value;
        state.changes.push(`${item.value}:${checked}`);
      },
    });
  return { state, view };
}

async function rerender(el: UiTestPiece): Promise<void> {
  el.requestUpdate();
  await el.updateComplete;
}

describe('radios and checkboxes', () => {
  describe('radios', () => {
    it('are a fieldset named by the question, described by its hint, each radio labelled, and accessible', async () => {
      const { view } = contactForm();
      const el = await piece(view);
      const fieldset = $(el, 'fieldset');
      expect(text(fieldset.querySelector('legend'))).to.equal('How should we contact you?');
      expect(idrefText(el, fieldset)).to.equal('Select one option');
      const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
      expect(radios.map((r) => r.id)).to.deep.equal(['contact-0', 'contact-1', 'contact-2']);
      expect(radios.map(labelText)).to.deep.equal(['Email', 'Text message', 'Letter']);
      expect(radios.every((r) => r.name === 'contact')).to.equal(true);
      expect(idrefText(el, radios[1]!)).to.equal('UK mobile numbers only');
      expect(radios[0]!.hasAttribute('aria-describedby')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('show the error under the question, describing the group, and stay accessible', async () => {
      const { state, view } = contactForm();
      state.error = 'Select how we should contact you';
      const el = await piece(view);
      expect(idrefText(el, $(el, 'fieldset'))).to.equal('Select one option | Error: Select how we should contact you');
      expect($(el, 'fieldset').classList.contains('invalid')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('move and choose with the arrow keys, telling the element each choice', async () => {
      const { state, view } = contactForm();
      const el = await piece(view);
      $<HTMLInputElement>(el, '#contact-0').focus();
      await sendKeys({ press: 'Space' });
      await rerender(el);
      expect(state.chosen).to.equal('email');
      await sendKeys({ press: 'ArrowDown' });
      await rerender(el);
      await sendKeys({ press: 'ArrowDown' });
      await rerender(el);
      expect(el.shadowRoot!.activeElement?.id).to.equal('contact-2');
      expect(state.chosen).to.equal('post');
      expect(state.changes).to.deep.equal(['email:true', 'sms:true', 'post:true']);
      expect($$<HTMLInputElement>(el, 'input[type="radio"]').map((r) => r.checked)).to.deep.equal([false, false, true]);
    });

    it('are chosen by clicking the label, not only the small control', async () => {
      const { state, view } = contactForm();
      const el = await piece(view);
      $(el, 'label[for="contact-2"]').click();
      expect(state.chosen).to.equal('post');
    });

    it('reveal content directly under the chosen radio, which names it with aria-controls', async () => {
      const { state, view } = contactForm();
      const el = await piece(view);
      const sms = $<HTMLInputElement>(el, '#contact-1');
      const reveal = $(el, '#contact-1-reveal');
      expect(sms.getAttribute('aria-controls')).to.equal('contact-1-reveal');
      expect(reveal.hidden).to.equal(true);
      expect(reveal.getBoundingClientRect().height).to.equal(0);
      expect(reveal.querySelector('input')).to.equal(null);
      // ARIA 1.2 does not allow aria-expanded on a radio (axe fails it): only checkboxes say it.
      expect(sms.hasAttribute('aria-expanded')).to.equal(false);

      sms.focus();
      await sendKeys({ press: 'Space' });
      await rerender(el);
      expect(state.chosen).to.equal('sms');
      expect(reveal.hidden).to.equal(false);
      expect(reveal.getBoundingClientRect().height).to.be.greaterThan(40);
      expect(reveal.previousElementSibling).to.equal(sms.closest('.choice'));
      const phone = $<HTMLInputElement>(el, '#phone');
      expect(reveal.contains(phone)).to.equal(true);
      expect(labelText(phone)).to.equal('Mobile phone number');
      await expect(el).to.be.accessible();

      // Tab goes from the chosen radio into what it revealed.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('phone');

      $<HTMLInputElement>(el, '#contact-2').click();
      await rerender(el);
      expect(reveal.hidden).to.equal(true);
      expect(el.shadowRoot!.querySelector('#phone')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('checkboxes', () => {
    function symptoms() {
      const state = { checked: new Set<string>(), other: '', error: undefined as string | undefined };
      const item = (value: string, label: string, reveal?: () => unknown): ChoiceItem => ({
        value,
        label,
        checked: state.checked.has(value),
        reveal,
      });
      const view = () =>
        renderChoices({
          t,
          type: 'checkbox',
          id: 'symptoms',
          legend: 'Which symptoms do you have?',
          hint: 'Select all that apply',
          error: state.error,
          items: [
            item('cough', 'A cough'),
            item('fever', 'A high temperature'),
            item('other', 'Something else', () => renderTextInput({ t, id: 'other', label: 'Describe your symptom', value: state.other })),
          ],
          onChange: (changed, checked) => (checked ? state.checked.add(changed.value) : state.checked.delete(changed.value)),
        });
      return { state, view };
    }

    it('toggle with Space and say whether their revealed content is expanded', async () => {
      const { state, view } = symptoms();
      const el = await piece(view);
      await expect(el).to.be.accessible();
      const other = $<HTMLInputElement>(el, '#symptoms-2');
      expect(other.getAttribute('aria-controls')).to.equal('symptoms-2-reveal');
      expect(other.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '#symptoms-0').hasAttribute('aria-expanded')).to.equal(false);

      other.focus();
      await sendKeys({ press: 'Space' });
      await rerender(el);
      expect(state.checked.has('other')).to.equal(true);
      expect(other.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '#symptoms-2-reveal').hidden).to.equal(false);
      expect(labelText($<HTMLInputElement>(el, '#other'))).to.equal('Describe your symptom');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await rerender(el);
      expect(other.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '#symptoms-2-reveal').hidden).to.equal(true);
    });

    it('stay accessible with an error, which describes the group', async () => {
      const { state, view } = symptoms();
      state.error = 'Select your symptoms';
      const el = await piece(view);
      expect(idrefText(el, $(el, 'fieldset'))).to.equal('Select all that apply | Error: Select your symptoms');
      await expect(el).to.be.accessible();
    });

    it('draw a tick only when checked', async () => {
      const { state, view } = symptoms();
      state.checked.add('fever');
      const el = await piece(view);
      const [cough, fever] = $$(el, '.choice-label');
      expect(mark(cough!).opacity).to.equal('0');
      expect(mark(fever!).opacity).to.equal('1');
      expect(mark(fever!).transform).to.not.equal('none');
      expect(drawn(fever!).borderRadius).to.equal('0px');
    });

    it('can be one checkbox with no fieldset, its hint and error describing the input itself', async () => {
      const state = { later: false, error: undefined as string | undefined };
      const view = () =>
        renderChoices({
          t,
          type: 'checkbox',
          id: 'schedule',
          hint: 'The message is sent at the time you choose',
          error: state.error,
          items: [{ value: 'yes', label: 'Send it later', checked: state.later }],
        });
      const el = await piece(view);
      expect($$(el, 'fieldset').length).to.equal(0);
      expect(idrefText(el, $(el, '#schedule-0'))).to.equal('The message is sent at the time you choose');
      await expect(el).to.be.accessible();
      state.error = 'Choose when to send it';
      await rerender(el);
      expect(idrefText(el, $(el, '#schedule-0'))).to.equal('The message is sent at the time you choose | Error: Choose when to send it');
      await expect(el).to.be.accessible();
    });
  });

  describe('look', () => {
    it('draws each control at --hero-control-size (2rem by default), a circle for radios with a dot when chosen', async () => {
      const { state, view } = contactForm();
      state.chosen = 'email';
      const el = await piece(view);
      const [email, sms] = $$(el, '.choice-label');
      expect(drawn(email!).width).to.equal('32px');
      expect(drawn(email!).borderRadius).to.equal('50%');
      expect(mark(email!).opacity).to.equal('1');
      expect(mark(sms!).opacity).to.equal('0');
      // The transparent native input lies exactly over the drawn circle, so a tap on it is a tap on the input.
      const input = $(el, '#contact-0').getBoundingClientRect();
      expect(input.width).to.equal(32);
      expect(Number(getComputedStyle($(el, '#contact-0')).opacity)).to.equal(0);

      el.style.setProperty('--hero-control-size', '40px');
      expect(drawn(email!).width).to.equal('40px');
      expect($(el, '#contact-0').getBoundingClientRect().width).to.equal(40);
      expect(mark(email!).borderTopWidth).to.equal('10px');
    });

    it('rings the drawn control when its input has keyboard focus', async () => {
      const { view } = contactForm();
      const el = await piece(view);
      const label = $(el, 'label[for="contact-0"]');
      expect(drawn(label).outlineStyle).to.equal('none');
      $<HTMLInputElement>(el, '#contact-1').focus();
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement as HTMLInputElement;
      expect(focused.matches(':focus-visible')).to.equal(true);
      const ring = drawn(focused.nextElementSibling!);
      expect(ring.outlineStyle).to.equal('solid');
      // A radio's ring is 1px wider than the focus ring (3px by default), as GOV.UK and NHS.UK draw it.
      expect(ring.outlineWidth).to.equal('4px');
      expect(ring.outlineOffset).to.equal('0px');
      expect(ring.borderTopWidth).to.equal('4px');
    });

    it('greys out a disabled choice, which cannot be chosen', async () => {
      const state = { chosen: '' };
      const el = await piece(() =>
        renderChoices({
          t,
          type: 'radio',
          id: 'slot',
          legend: 'Time',
          items: [
            { value: 'a', label: '9am', checked: false },
            { value: 'b', label: '9:30am (taken)', checked: false, disabled: true },
          ],
          onChange: (item) => (state.chosen = item.value),
        }),
      );
      $(el, 'label[for="slot-1"]').click();
      expect(state.chosen).to.equal('');
      expect(Number(getComputedStyle($(el, 'label[for="slot-1"]')).opacity)).to.be.lessThan(1);
      await expect(el).to.be.accessible();
    });

    it('lays inline choices side by side', async () => {
      const el = await piece(() =>
        renderChoices({
          t,
          type: 'radio',
          id: 'yn',
          legend: 'Do you smoke?',
          inline: true,
          items: [
            { value: 'yes', label: 'Yes', checked: false },
            { value: 'no', label: 'No', checked: false },
          ],
        }),
      );
      const [yes, no] = $$(el, '.choice').map((c) => c.getBoundingClientRect());
      expect(yes!.top).to.equal(no!.top);
      expect(no!.left).to.be.greaterThan(yes!.right);
      await expect(el).to.be.accessible();
    });
  });
});
