import { css } from 'lit';

/**
 * The styles of the shared pieces (field, headings, summary list, radios and checkboxes, date and
 * time inputs) and the kit's one width rule. Use after `baseStyles` (which gives `.visually-hidden`,
 * the focus ring, `.link` and the fieldset reset):
 * `static styles = [baseStyles, uiStyles, ownStyles]`.
 *
 * Every property falls back to the default theme's value (test/node/tokens.test.ts checks), so a
 * script-tag embed with no theme looks right. Two tokens are the pieces' own:
 * - `--hero-max-width` (default `40rem`): the widest every element grows. An element may offer its
 *   own knob over it: `max-width: var(--hero-<name>-max-width, var(--hero-max-width, 40rem))`.
 * - `--hero-control-size` (default `2rem`; NHS theme `2.5rem`, as NHS.UK): radios and checkboxes.
 * - `--hero-input-height` and `--hero-input-padding` (unset: the target size, and `0.25rem 0.5rem`):
 *   text inputs and selects (NHS theme: NHS.UK's 40px and 4px).
 * Focused, inputs, radios and checkboxes double their border in the text colour (the dark part of
 * the indicator) and take the ring flush outside it (`--hero-focus-ring-color` and `-width`, a
 * radio's 1px wider), as GOV.UK and NHS.UK draw them. The checkbox's tick is NHS.UK's, scaled to
 * the control.
 * Private hooks an element may set on `:host`: `--_error` (errors), `--_input-border` (inputs,
 * radio and checkbox outlines).
 */
export const uiStyles = css`
  :host {
    max-width: var(--hero-max-width, 40rem);
  }

  /* Headings: the size is the rank inside the element; the level comes from heading-level. */
  .heading {
    margin: 0;
    font-size: var(--hero-font-size-l, 1.1875rem);
    font-weight: var(--hero-font-weight-bold, 600);
    line-height: 1.25;
  }
  .heading-l {
    font-size: var(--hero-font-size-xl, 1.5rem);
  }
  .heading-s {
    font-size: var(--hero-font-size-m, 1rem);
  }
  /* Focus moved to a heading by script (a new step) needs no ring: it is not a control. */
  .heading[tabindex='-1']:focus {
    outline: none;
  }

  /* The field template: label (or legend), hint, error message, control. */
  .field {
    display: grid;
    gap: var(--hero-space-xs, 0.25rem);
    justify-items: start;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .field > * {
    max-width: 100%;
  }
  .field.invalid {
    padding-inline-start: var(--hero-space-m, 1rem);
    border-inline-start: 4px solid var(--_error, var(--hero-color-danger, #d5281b));
  }
  .label {
    padding: 0;
    font-weight: var(--hero-font-weight-bold, 600);
  }
  legend.label {
    margin-block-end: var(--hero-space-xs, 0.25rem);
  }
  .hint,
  .error-message {
    margin: 0;
  }
  .hint {
    color: var(--hero-color-text-muted, #4c6272);
  }
  .error-message {
    color: var(--_error, var(--hero-color-danger, #d5281b));
    font-weight: var(--hero-font-weight-bold, 600);
  }
  .input {
    width: 100%;
    min-height: var(--hero-input-height, var(--hero-target-size, 2.75rem));
    padding: var(--hero-input-padding, var(--hero-space-xs, 0.25rem) var(--hero-space-s, 0.5rem));
    border: 2px solid var(--_input-border, var(--hero-color-border-strong, #4c6272));
    border-radius: var(--hero-radius-s, 0.25rem);
    background: var(--hero-color-surface, #ffffff);
    color: inherit;
    font: inherit;
  }
  textarea.input {
    resize: vertical;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_error, var(--hero-color-danger, #d5281b));
  }
  /* GOV.UK's focused input: the ring outside, a thicker border inside. */
  .input:focus-visible {
    outline-offset: 0;
    border-color: currentColor;
    box-shadow: inset 0 0 0 2px currentColor;
  }
  .input:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* Fixed widths in characters (GOV.UK's), for answers of a known length. */
  .input[class*='width-'] {
    max-width: calc(var(--_chars) * 1ch + 1.75rem);
  }
  .width-2 {
    --_chars: 2;
  }
  .width-3 {
    --_chars: 3;
  }
  .width-4 {
    --_chars: 4;
  }
  .width-5 {
    --_chars: 5;
  }
  .width-10 {
    --_chars: 10;
  }
  .width-20 {
    --_chars: 20;
  }

  /* The date input: Day, Month, Year side by side, their labels in regular weight. */
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hero-space-m, 1rem);
  }
  .date-part {
    display: grid;
    gap: var(--hero-space-xs, 0.25rem);
  }

  /*
   * Radios and checkboxes (NHS.UK's): the native input, transparent, over a circle or box drawn
   * with borders (so forced colours keep it), --hero-control-size square.
   */
  .choices {
    --_size: var(--hero-control-size, 2rem);
    display: grid;
    gap: var(--hero-space-s, 0.5rem);
  }
  .choices.inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--hero-space-l, 1.5rem);
  }
  .choice {
    position: relative;
    min-height: var(--_size);
    padding-inline-start: var(--_size);
  }
  .choice-input {
    position: absolute;
    z-index: 1;
    inset-block-start: 0;
    inset-inline-start: 0;
    width: var(--_size);
    height: var(--_size);
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .choice-label {
    display: inline-block;
    padding: max(0px, calc((var(--_size) - var(--hero-line-height, 1.5) * 1em) / 2)) var(--hero-space-s, 0.5rem);
    cursor: pointer;
    touch-action: manipulation;
  }
  .choice > .hint {
    padding-inline: var(--hero-space-s, 0.5rem);
  }
  .choice-label::before,
  .choice-label::after {
    content: '';
    position: absolute;
    box-sizing: border-box;
  }
  .choice-label::before {
    inset-block-start: 0;
    inset-inline-start: 0;
    width: var(--_size);
    height: var(--_size);
    border: 2px solid var(--_input-border, var(--hero-color-border-strong, #4c6272));
    background: var(--hero-color-surface, #ffffff);
  }
  .radio > .choice-label::before {
    border-radius: 50%;
  }
  .choice-label::after {
    opacity: 0;
  }
  .radio > .choice-label::after {
    inset-block-start: calc(var(--_size) / 4);
    inset-inline-start: calc(var(--_size) / 4);
    width: 0;
    height: 0;
    border: calc(var(--_size) / 4) solid currentColor;
    border-radius: 50%;
  }
  .checkbox > .choice-label::after {
    inset-block-start: calc(var(--_size) * 0.2);
    inset-inline-start: calc(var(--_size) * 0.525);
    width: calc(var(--_size) * 0.55);
    height: calc(var(--_size) * 0.25);
    border: 0 solid currentColor;
    border-width: 0 0 calc(var(--_size) * 0.1) calc(var(--_size) * 0.1);
    transform: rotate(-45deg) translate(-50%, -50%);
  }
  .choice-input:checked + .choice-label::after {
    opacity: 1;
  }
  .choice-input:focus-visible + .choice-label::before {
    border-width: 4px;
    border-color: currentColor;
    outline: var(--hero-focus-ring-width, 3px) solid var(--hero-focus-ring-color, #ffeb3b);
    outline-offset: 0;
  }
  .radio > .choice-input:focus-visible + .choice-label::before {
    outline-width: calc(var(--hero-focus-ring-width, 3px) + 1px);
  }
  .choice-input:disabled,
  .choice-input:disabled + .choice-label {
    cursor: not-allowed;
  }
  .choice-input:disabled + .choice-label {
    opacity: 0.5;
  }
  /* A checked choice's revealed content, tied to it by a line. */
  .choice-reveal {
    margin-inline-start: calc(var(--_size) / 2 - 2px);
    padding-inline-start: calc(var(--_size) / 2 + var(--hero-space-s, 0.5rem));
    border-inline-start: 4px solid var(--hero-color-border, #828e96);
  }
  .choice-reveal[hidden] {
    display: none;
  }

  /* The summary list: key, value, action in columns; stacked where the list is narrower than 30rem. */
  .summary-list {
    margin: 0;
    container-type: inline-size;
  }
  .summary-row {
    display: grid;
    align-items: baseline;
    gap: var(--hero-space-xs, 0.25rem) var(--hero-space-m, 1rem);
    padding-block: var(--hero-space-s, 0.5rem);
    border-block-end: 1px solid var(--hero-color-border, #828e96);
  }
  @container (min-width: 30rem) {
    .summary-row {
      grid-template-columns: 30% 1fr auto;
    }
  }
  .summary-key {
    font-weight: var(--hero-font-weight-bold, 600);
  }
  .summary-value,
  .summary-actions {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* A line-high link (24px, WCAG 2.2's minimum target), so rows with and without one match. */
  .summary-actions > .link {
    display: inline-block;
    min-height: 0;
  }

  /* A list of cards, one item a card (appointments, sent messages). The element sets --_card-gap and --_card-background on :host from its own properties. */
  .card-list {
    display: flex;
    flex-direction: column;
    gap: var(--_card-gap, var(--hero-space-m, 1rem));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--hero-space-s, 0.5rem);
    min-width: 0;
    padding: var(--hero-space-m, 1rem);
    border: var(--hero-border-width, 1px) solid var(--hero-color-border, #828e96);
    border-radius: var(--hero-radius-m, 0.5rem);
    background: var(--_card-background, var(--hero-color-surface, #ffffff));
    overflow-wrap: anywhere;
  }

  /* A state in words with a coloured edge (tag): booked, delivered, failed. Never colour alone. */
  .tag {
    display: inline-block;
    padding: var(--hero-space-2xs, 0.125rem) var(--hero-space-s, 0.5rem);
    border: var(--hero-border-width, 1px) solid var(--hero-color-border-strong, #4c6272);
    border-inline-start-width: 4px;
    border-radius: var(--hero-radius-s, 0.25rem);
    font-size: var(--hero-font-size-s, 0.875rem);
    font-weight: var(--hero-font-weight-bold, 600);
    color: var(--hero-color-text, #212b32);
    background: var(--hero-color-surface-raised, #f0f4f5);
  }
  .tag.success {
    border-color: var(--hero-color-success, #007f3b);
    background: var(--hero-color-success-surface, #e6f2eb);
  }
  .tag.warning {
    border-color: var(--hero-color-warning, #8a4b00);
    background: var(--hero-color-warning-surface, #fff4e0);
  }
  .tag.danger {
    border-color: var(--hero-color-danger, #d5281b);
    background: var(--hero-color-danger-surface, #fbe9e7);
  }

  @media (forced-colors: active) {
    .input {
      border-color: FieldText;
    }
    .tag,
    .card {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
    .field.invalid {
      border-color: CanvasText;
    }
    .input[aria-invalid='true'] {
      border-width: 4px;
      border-color: CanvasText;
    }
    .choice-label::before,
    .choice-label::after,
    .choice-reveal,
    .summary-row {
      border-color: CanvasText;
    }
    .choice-input:focus-visible + .choice-label::before {
      outline-color: Highlight;
    }
    :host .input:disabled,
    .choice-input:disabled + .choice-label,
    .choice-input:disabled + .choice-label::before,
    .choice-input:disabled + .choice-label::after {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
  }
`;
