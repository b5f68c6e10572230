/**
 * The shared pieces in forced colours (Windows High Contrast and the like), emulated by Chromium:
 * drawn radios and checkboxes stay visible with their chosen state, keyboard focus is a Highlight
 * ring, invalid inputs are thicker than valid ones, disabled ones GrayText.
 *
 * Assertions compare strings and booleans only: chai must never print a Lit element.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { renderChoices, renderTextInput, renderSummaryList } from '../../../src/internal/ui/index.js';
import { $, piece, system, t } from './support.js';

const drawn = (node: Element) => getComputedStyle(node, '::before');
const mark = (node: Element) => getComputedStyle(node, '::after');

describe('shared pieces in forced colours', () => {
  before(async () => {
    await emulateMedia({ forcedColors: 'active' });
  });
  after(async () => {
    await emulateMedia({ forcedColors: 'none' });
  });

  const view = () => html`${renderChoices({
    t,
    type: 'radio',
    id: 'r',
    legend: 'Radios',
    items: [
      { value: 'a', label: 'Chosen', checked: true },
      { value: 'b', label: 'Not chosen', checked: false },
      { value: 'c', label: 'Disabled', checked: false, disabled: true },
    ],
  })}${renderChoices({
    t,
    type: 'checkbox',
    id: 'c',
    legend: 'Checkboxes',
    items: [
      { value: 'a', label: 'Ticked', checked: true, reveal: () => html`<p>Revealed</p>` },
      { value: 'b', label: 'Not ticked', checked: false },
    ],
  })}${renderTextInput({ t, id: 'valid', label: 'Valid', value: '' })}${renderTextInput({ t, id: 'invalid', label: 'Invalid', value: '', error: 'Enter something' })}
  ${renderTextInput({ t, id: 'off', label: 'Disabled', value: '', disabled: true })}${renderSummaryList([{ key: 'Key', value: 'Value' }])}`;

  it('is emulated, with a Highlight distinct from Canvas', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(system('Highlight')).to.not.equal(system('Canvas'));
  });

  it('draws radios and checkboxes in CanvasText, the chosen ones with their dot or tick', async () => {
    const el = await piece(view);
    const chosen = $(el, 'label[for="r-0"]');
    const other = $(el, 'label[for="r-1"]');
    const ticked = $(el, 'label[for="c-0"]');
    expect(drawn(chosen).borderTopColor).to.equal(system('CanvasText'));
    expect(drawn(chosen).borderTopStyle).to.equal('solid');
    expect(mark(chosen).opacity).to.equal('1');
    expect(mark(chosen).borderTopColor).to.equal(system('CanvasText'));
    expect(mark(other).opacity).to.equal('0');
    expect(mark(ticked).opacity).to.equal('1');
    expect(mark(ticked).borderLeftColor).to.equal(system('CanvasText'));
    expect(getComputedStyle($(el, '#c-0-reveal')).borderInlineStartColor).to.equal(system('CanvasText'));
  });

  it('greys a disabled choice in GrayText at full opacity', async () => {
    const el = await piece(view);
    const disabled = $(el, 'label[for="r-2"]');
    expect(getComputedStyle(disabled).color).to.equal(system('GrayText'));
    expect(getComputedStyle(disabled).opacity).to.equal('1');
    expect(drawn(disabled).borderTopColor).to.equal(system('GrayText'));
  });

  it('rings a keyboard-focused radio in Highlight', async () => {
    const el = await piece(view);
    $<HTMLInputElement>(el, '#r-0').focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(focused.matches(':focus-visible')).to.equal(true);
    const ring = drawn(focused.nextElementSibling!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(ring.outlineColor).to.equal(system('Highlight'));
  });

  it('marks an invalid input with a thicker border than a valid one, and a disabled one in GrayText', async () => {
    const el = await piece(view);
    const valid = getComputedStyle($(el, '#valid'));
    const invalid = getComputedStyle($(el, '#invalid'));
    expect(parseFloat(invalid.borderTopWidth)).to.be.greaterThan(parseFloat(valid.borderTopWidth));
    expect(invalid.borderTopColor).to.equal(system('CanvasText'));
    const off = getComputedStyle($(el, '#off'));
    expect(off.color).to.equal(system('GrayText'));
    expect(off.borderTopColor).to.equal(system('GrayText'));
    expect(off.opacity).to.equal('1');
  });

  it('keeps the summary list’s row lines', async () => {
    const el = await piece(view);
    const row = getComputedStyle($(el, '.summary-row'));
    expect(row.borderBottomStyle).to.equal('solid');
    expect(row.borderBottomColor).to.equal(system('CanvasText'));
  });
});
