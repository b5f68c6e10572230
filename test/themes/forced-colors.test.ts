/**
 * Forced colours (Windows High Contrast and the like): selected, focused, invalid and disabled states
 * must stay perceivable when the browser replaces author colours with the system palette. Chromium
 * emulates the mode (and applies the palette) through `emulateMedia({ forcedColors: 'active' })`.
 *
 * Assertions compare computed strings and booleans only: chai must never print a Lit element.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { HeroPatientLookup } from '../../src/components/patient-lookup/hero-patient-lookup.js';
import '../../src/components/patient-lookup/hero-patient-lookup.js';
import '../../src/components/slot-picker/hero-slot-picker.js';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID, RESTRICTED_PATIENT_ID, patients } from '../../mock/index.js';
import { useMockApi } from '../support/mock-api.js';
import { $, $$, GP_APPOINTMENT, nextMonday, readyFixture, slotsShown } from '../components/slot-picker/support.js';

/** A system colour as this browser resolves it (e.g. `Highlight` → `rgb(…)`). */
function system(keyword: string): string {
  const probe = document.createElement('div');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const style = (node: Element) => getComputedStyle(node);

const picker = (extra: { type?: string } = {}) =>
  readyFixture(html`<hero-slot-picker
    tenant-id=${MOCK_PRACTICE_GROUP_ID}
    base-url=${MOCK_BASE_URL}
    token-url="/api/hero-token"
    appointment-type-id=${extra.type ?? ''}
    start-date=${nextMonday()}
  ></hero-slot-picker>`);

const lookup = async (disabled = false) => {
  const el = await fixture<HeroPatientLookup>(html`<hero-patient-lookup
    tenant-id=${MOCK_PRACTICE_GROUP_ID}
    base-url=${MOCK_BASE_URL}
    token-url="/api/hero-token"
    ?disabled=${disabled}
  ></hero-patient-lookup>`);
  await el.updateComplete;
  return el;
};
const inLookup = <T extends HTMLElement = HTMLElement>(el: HeroPatientLookup, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

async function setField(el: HeroPatientLookup, id: string, value: string) {
  const input = inLookup<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await el.updateComplete;
}

async function search(el: HeroPatientLookup, patient: { nhs_number?: string | null; dob?: string | null }) {
  const [year = '', month = '', day = ''] = patient.dob!.split('-');
  await setField(el, 'nhs-number', patient.nhs_number!);
  await setField(el, 'dob-day', day);
  await setField(el, 'dob-month', month);
  await setField(el, 'dob-year', year);
  inLookup(el, '[part~="search-button"]').click();
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="select-button"]'), 'results shown', { timeout: 8000 });
}

describe('forced colours', () => {
  useMockApi();
  before(async () => {
    await emulateMedia({ forcedColors: 'active' });
  });
  after(async () => {
    await emulateMedia({ forcedColors: 'none' });
  });

  it('is emulated, with a Highlight distinct from Canvas', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(system('Highlight')).to.not.equal(system('Canvas'));
  });

  describe('hero-slot-picker', () => {
    it('shows the selected time and the current day in Highlight, unlike the others', async () => {
      const el = await picker({ type: GP_APPOINTMENT });
      await slotsShown(el);
      const [first, second] = $$(el, '[role="option"]');
      first!.click();
      await el.updateComplete;
      const selected = $(el, '[role="option"][aria-selected="true"]');
      const other = $(el, '[role="option"]:not([aria-selected="true"])');
      expect(selected.id).to.equal(first!.id);
      expect(second).to.not.equal(undefined);
      expect(style(selected).backgroundColor).to.equal(system('Highlight'));
      expect(style(selected).color).to.equal(system('HighlightText'));
      expect(style(other).backgroundColor).to.not.equal(style(selected).backgroundColor);

      const day = $(el, '[role="tab"][aria-selected="true"]');
      const otherDay = $(el, '[role="tab"]:not([aria-selected="true"])');
      expect(style(day).backgroundColor).to.equal(system('Highlight'));
      expect(style(otherDay).backgroundColor).to.not.equal(system('Highlight'));
    });

    it('frames the chosen appointment type card in Highlight, unlike the others', async () => {
      const el = await picker();
      const radios = $$<HTMLInputElement>(el, 'label[part="type-option"] input[type="radio"]');
      expect(radios.length).to.be.greaterThan(1);
      radios[0]!.click();
      await el.updateComplete;
      const [chosen, other] = $$(el, 'label[part="type-option"]');
      expect(radios[0]!.checked).to.equal(true);
      expect(style(chosen!).outlineStyle).to.equal('solid');
      expect(style(chosen!).outlineColor).to.equal(system('Highlight'));
      expect(style(chosen!).borderTopColor).to.equal(system('Highlight'));
      expect(style(other!).outlineStyle).to.equal('none');
      expect(style(other!).borderTopColor).to.not.equal(system('Highlight'));
    });

    it('draws every time and card with a visible border', async () => {
      const el = await picker({ type: GP_APPOINTMENT });
      await slotsShown(el);
      const slot = $(el, '[role="option"]:not([aria-selected="true"])');
      expect(parseFloat(style(slot).borderTopWidth)).to.be.at.least(1);
      expect(style(slot).borderTopStyle).to.equal('solid');
      expect(style(slot).borderTopColor).to.equal(system('ButtonText'));
    });

    it('shows a thick Highlight focus ring on a keyboard-focused button', async () => {
      const el = await picker({ type: GP_APPOINTMENT });
      await slotsShown(el);
      el.shadowRoot!.querySelector<HTMLElement>('[part~="nav-button"]:not([aria-disabled="true"])')!.focus();
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.matches(':focus-visible')).to.equal(true);
      expect(style(focused).outlineStyle).to.equal('solid');
      expect(parseFloat(style(focused).outlineWidth)).to.be.at.least(3);
      expect(style(focused).outlineColor).to.equal(system('Highlight'));
    });
  });

  describe('hero-patient-lookup', () => {
    it('marks invalid inputs with a thicker border than valid ones', async () => {
      const el = await lookup();
      await setField(el, 'nhs-number', '9990000018');
      inLookup(el, '[part~="search-button"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('.error-summary'), 'error summary shown', { timeout: 8000 });
      const invalid = inLookup(el, 'input[aria-invalid="true"]');
      const valid = inLookup(el, '#nhs-number');
      expect(valid.getAttribute('aria-invalid')).to.not.equal('true');
      expect(parseFloat(style(invalid).borderTopWidth)).to.be.greaterThan(parseFloat(style(valid).borderTopWidth));
    });

    it('greys out disabled inputs in GrayText at full opacity', async () => {
      const el = await lookup(true);
      const input = inLookup(el, '#nhs-number');
      expect((input as HTMLInputElement).disabled).to.equal(true);
      expect(style(input).color).to.equal(system('GrayText'));
      expect(style(input).borderTopColor).to.equal(system('GrayText'));
      expect(style(input).opacity).to.equal('1');
      const button = inLookup(el, '[part~="search-button"]');
      expect(style(button).color).to.equal(system('GrayText'));
      expect(style(button).borderTopColor).to.equal(system('GrayText'));
      expect(style(button).opacity).to.equal('1');
    });

    it('keeps enabled buttons in ButtonText with a border', async () => {
      const el = await lookup();
      const button = inLookup(el, '[part~="search-button"]');
      expect(style(button).color).to.equal(system('ButtonText'));
      expect(style(button).borderTopColor).to.equal(system('ButtonText'));
      expect(style(button).borderTopStyle).to.equal('solid');
    });

    it('frames the selected patient in Highlight, thicker than other results', async () => {
      const el = await lookup();
      const olivia = patients.find((p) => p.nhs_number === '9990000018')!;
      await search(el, olivia);
      const result = inLookup(el, '[part~="result"]');
      expect(style(result).borderTopColor).to.equal(system('CanvasText'));
      const resultBorder = parseFloat(style(result).borderTopWidth);
      inLookup(el, '[part~="select-button"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="selected"]'), 'patient selected', { timeout: 8000 });
      const selected = inLookup(el, '[part~="selected"]');
      expect(style(selected).borderTopColor).to.equal(system('Highlight'));
      expect(parseFloat(style(selected).borderTopWidth)).to.be.greaterThan(resultBorder);
    });

    it('outlines status badges in CanvasText', async () => {
      const el = await lookup();
      await search(
        el,
        patients.find((p) => p.id === RESTRICTED_PATIENT_ID)!,
      );
      const badge = inLookup(el, '[part~="badge"]');
      expect(style(badge).borderTopStyle).to.equal('solid');
      expect(style(badge).borderTopColor).to.equal(system('CanvasText'));
    });
  });
});
