/**
 * The kit's equivalents of the nhsuk-frontend components that test/e2e/nhs-theme.test.ts compares
 * with (button, secondary and warning buttons, radios, checkboxes, text input, error message and
 * hint, error summary), drawn as the elements draw them: the shared pieces (src/internal/ui) and
 * the GOV.UK error summary in a shadow root with `baseStyles` and `uiStyles`. The page links
 * src/themes/nhs.css, as an integrator would. Texts are nhsuk-frontend's fixtures', so the two
 * pages' controls can be compared pixel by pixel. Bundled by the test with esbuild.
 */
import { css, html, LitElement } from 'lit';
import { errorSummaryView } from '../../../src/internal/error-view.js';
import { baseStyles } from '../../../src/internal/styles.js';
import { renderChoices, renderTextInput, uiStrings, uiStyles, type Translate } from '../../../src/internal/ui/index.js';

const t: Translate = (key) => (uiStrings as Record<string, string>)[key] ?? key;
const contact = ['Email', 'Phone', 'Text message'];

class NhsKitPage extends LitElement {
  static override styles = [baseStyles, uiStyles, css`.row + .row { margin-block-start: 2.5rem; }`];
  static override properties = { checked: { state: true } };
  declare checked: Set<string>;

  constructor() {
    super();
    this.checked = new Set();
  }

  #toggle(key: string, on: boolean, only?: string): void {
    const next = new Set([...this.checked].filter((k) => !only || !k.startsWith(only)));
    if (on) next.add(key);
    else next.delete(key);
    this.checked = next;
  }

  protected override render(): unknown {
    return html`<div class="row"><button type="submit" class="button" data-kit="primary">Save and continue</button></div>
      <div class="row"><button type="submit" class="button secondary" data-kit="secondary">Find my location</button></div>
      <div class="row"><button type="submit" class="button warning" data-kit="warning">Yes, delete this vaccine</button></div>
      <div class="row">
        ${renderChoices({
          t,
          type: 'radio',
          id: 'radio',
          legend: 'How do you want to be contacted about this?',
          items: contact.map((label) => ({ value: label, label, checked: this.checked.has(`radio:${label}`) })),
          onChange: (item) => this.#toggle(`radio:${item.value}`, true, 'radio:'),
        })}
      </div>
      <div class="row">
        ${renderChoices({
          t,
          type: 'checkbox',
          id: 'checkbox',
          legend: 'How do you want to be contacted about this?',
          hint: 'Select all options that are relevant to you',
          items: contact.map((label) => ({ value: label, label, checked: this.checked.has(`checkbox:${label}`) })),
          onChange: (item, on) => this.#toggle(`checkbox:${item.value}`, on),
        })}
      </div>
      <div class="row">${renderTextInput({ t, id: 'question', label: 'What is your NHS number?', value: '' })}</div>
      <div class="row">
        ${renderTextInput({
          t,
          id: 'nhs-number',
          label: 'What is your NHS number?',
          hint: 'This is a 10 digit number (like 999 123 4567) that you can find on an NHS letter, prescription or in the NHS App',
          error: 'Enter NHS number',
          width: 10,
          inputmode: 'numeric',
          value: '',
        })}
      </div>
      <div class="row">
        ${errorSummaryView([{ target: 'question', message: 'Date of birth must be in the past' }], {
          title: 'There is a problem',
          level: 2,
          focus: (selector) => this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
        })}
      </div>`;
  }
}
customElements.define('nhs-kit-page', NhsKitPage);
