import { css } from 'lit';

/**
 * Styles every element starts from. The host resets the text properties that inherit from the
 * page (alignment, spacing, case, style, weight), then sets the kit's font and colour. Each reads a global `--hero-*` token (src/themes/default.css)
 * and falls back to the same literal value, so a script-tag embed looks right with no theme file.
 * Components layer their own `--hero-<component>-*` properties over these.
 *
 * Buttons (`.button`), links and text buttons (`.link`, `.back`) keep their text colour in the
 * private `--_fg`. Focused, a theme may fill them (`--hero-focus-background`), recolour their text
 * (`--hero-focus-text-color`) and add a shadow (`--hero-focus-shadow`), as the NHS focus style
 * does; unset, they keep their own colours. The fill is a background image, so each control's own
 * background colour stays underneath. Paragraphs, description lists and fieldsets have no margins
 * (fieldsets no border either); `.loading` lines up a spinner and its text; `.button.small` is a
 * smaller button; `.link` and `.back` are underlined text buttons. The `forced-colors` block keeps selected, focused, disabled
 * and invalid states perceivable in system colours.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--hero-color-text, #212b32);
    font-family: var(--hero-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--hero-font-size-m, 1rem);
    line-height: var(--hero-line-height, 1.5);
    /* Text properties inherit into the shadow root: a host page's centred, capitalised or italic
       container must not centre, capitalise or slant the element's labels. */
    font-style: normal;
    font-variant: normal;
    font-weight: var(--hero-font-weight-normal, 400);
    letter-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    text-transform: none;
    white-space: normal;
    word-break: normal;
    word-spacing: normal;
    hyphens: manual;
    cursor: auto;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--hero-focus-ring-width, 3px) solid var(--hero-focus-ring-color, #ffb81c);
    outline-offset: var(--hero-focus-ring-offset, 2px);
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--hero-space-s, 0.5rem);
    min-height: var(--hero-target-size, 2.75rem);
    min-width: var(--hero-target-size, 2.75rem);
    padding: var(--hero-space-s, 0.5rem) var(--hero-space-m, 1rem);
    border: var(--hero-border-width, 1px) solid transparent;
    border-radius: var(--hero-radius-m, 0.5rem);
    background: var(--hero-color-primary, #005eb8);
    --_fg: var(--hero-color-on-primary, #ffffff);
    color: var(--_fg);
    font: inherit;
    font-weight: var(--hero-font-weight-bold, 600);
    cursor: pointer;
    transition: background-color var(--hero-transition-fast, 120ms ease-out);
  }
  .button:hover {
    background: var(--hero-color-primary-hover, #004c93);
  }
  .button:active {
    background: var(--hero-color-primary-active, #003d78);
  }
  .button[aria-disabled='true'],
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .button.secondary {
    background: var(--hero-color-surface, #ffffff);
    --_fg: var(--hero-color-primary, #005eb8);
    border-color: currentColor;
  }
  .button.secondary:hover {
    background: var(--hero-color-surface-raised, #f0f4f5);
  }

  a,
  .link,
  .back {
    --_fg: var(--hero-color-primary, #005eb8);
    color: var(--_fg);
  }

  .button:focus-visible,
  a:focus-visible,
  .link:focus-visible,
  .back:focus-visible {
    background-image: linear-gradient(var(--hero-focus-background, transparent), var(--hero-focus-background, transparent));
    color: var(--hero-focus-text-color, var(--_fg));
    box-shadow: var(--hero-focus-shadow, none);
  }

  p,
  dl,
  dd,
  fieldset {
    margin: 0;
  }
  fieldset {
    padding: 0;
    border: 0;
    min-width: 0;
  }

  /* A group's question (legends styled as a field's .label are left alone). */
  legend:not(.label) {
    padding: 0;
    margin-block-end: var(--hero-space-s, 0.5rem);
    font-size: var(--hero-font-size-l, 1.1875rem);
    font-weight: var(--hero-font-weight-bold, 600);
  }

  /* A busy line: spinner and text (in a field too). */
  .loading,
  .field.loading {
    display: flex;
    align-items: center;
    gap: var(--hero-space-s, 0.5rem);
  }

  .button.small {
    padding-block: var(--hero-space-xs, 0.25rem);
    font-size: var(--hero-font-size-s, 0.875rem);
  }

  /* Text buttons: "Change" in a summary, "Back". */
  .link,
  .back {
    min-height: var(--hero-target-size, 2.75rem);
    padding: 0 var(--hero-space-xs, 0.25rem);
    border: 0;
    background: none;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .message {
    padding: var(--hero-space-m, 1rem);
    border-inline-start: 4px solid var(--hero-color-border-strong, #4c6272);
    border-radius: var(--hero-radius-s, 0.25rem);
    background: var(--hero-color-surface-raised, #f0f4f5);
  }
  .message.error {
    border-color: var(--hero-color-danger, #d5281b);
    background: var(--hero-color-danger-surface, #fbe9e7);
  }

  /* A busy indicator; pair it with text in a role="status" element. */
  .spinner {
    display: inline-block;
    flex: none;
    width: 1.25em;
    height: 1.25em;
    border: 3px solid var(--hero-color-border, #828e96);
    border-block-start-color: var(--hero-color-primary, #005eb8);
    border-radius: 50%;
    vertical-align: -0.25em;
    animation: hero-spin 0.8s linear infinite;
  }
  @keyframes hero-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }

  /* GOV.UK error summary (HeroElement.renderErrorSummary). */
  .error-summary {
    margin-block-end: var(--hero-space-l, 1.5rem);
    padding: var(--hero-space-m, 1rem);
    border: 4px solid var(--hero-color-danger, #d5281b);
    border-radius: var(--hero-radius-s, 0.25rem);
  }
  .error-summary-title {
    margin-block-end: var(--hero-space-s, 0.5rem);
    font-size: var(--hero-font-size-l, 1.1875rem);
    font-weight: var(--hero-font-weight-bold, 600);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: var(--hero-space-l, 1.5rem);
  }
  .error-summary a {
    --_fg: var(--_error, var(--hero-color-danger, #d5281b));
    font-weight: var(--hero-font-weight-bold, 600);
  }

  @media (forced-colors: active) {
    .spinner {
      border-color: CanvasText;
      border-block-start-color: Highlight;
    }
    .error-summary {
      border-color: CanvasText;
    }
    a,
    .link,
    .back {
      --_fg: LinkText;
    }
    .button {
      --_fg: ButtonText;
      border-color: ButtonText;
    }
    .button[aria-disabled='true'],
    .button:disabled {
      --_fg: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    :focus-visible {
      outline-color: Highlight;
      outline-style: solid;
      outline-width: max(3px, var(--hero-focus-ring-width, 3px));
    }
    .button:focus-visible,
    a:focus-visible,
    .link:focus-visible,
    .back:focus-visible {
      background-image: none;
      color: var(--_fg);
    }
    .message {
      border: 1px solid CanvasText;
    }
  }
`;

/**
 * GOV.UK-style question styles shared by the elements that ask for input (patient lookup, form
 * renderer, message composer): a `.field` with its `.label`, `.hint` and `.error-message`; text
 * `.input`s; `.choice` rows for radios and checkboxes (a 24 px control in a 44 px target).
 * Components tune them through private properties set on their `:host`: `--_error` (error colour),
 * `--_input-border` (input border colour) and `--_accent` (checked radios and checkboxes).
 */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: var(--hero-space-xs, 0.25rem);
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
  .hint {
    color: var(--hero-color-text-muted, #4c6272);
  }
  .error-message {
    color: var(--_error, var(--hero-color-danger, #d5281b));
    font-weight: var(--hero-font-weight-bold, 600);
  }
  .input {
    width: 100%;
    min-height: var(--hero-target-size, 2.75rem);
    padding: var(--hero-space-xs, 0.25rem) var(--hero-space-s, 0.5rem);
    border: 2px solid var(--_input-border, var(--hero-color-border-strong, #4c6272));
    border-radius: var(--hero-radius-s, 0.25rem);
    background: var(--hero-color-surface, #ffffff);
    color: inherit;
    font: inherit;
  }
  .field.invalid > .input,
  .input[aria-invalid='true'] {
    border-color: var(--_error, var(--hero-color-danger, #d5281b));
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--hero-space-s, 0.5rem);
    min-height: var(--hero-target-size, 2.75rem);
  }
  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.625rem 0 0;
    accent-color: var(--_accent, var(--hero-color-primary, #005eb8));
    cursor: pointer;
  }
  .choice label {
    /* 10 px + a 24 px line + 10 px: a 44 px row, text centred on the 24 px control. */
    padding-block: 0.625rem;
    cursor: pointer;
  }
  .choice input:disabled,
  .choice input:disabled + label {
    cursor: not-allowed;
    opacity: 0.6;
  }

  @media (forced-colors: active) {
    .input {
      border-color: FieldText;
    }
    .field.invalid {
      border-color: CanvasText;
    }
    .field.invalid > .input,
    .input[aria-invalid='true'] {
      border-width: 4px;
      border-color: CanvasText;
    }
    :host .input:disabled,
    :host .choice input:disabled + label {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    .choice input {
      accent-color: auto;
    }
  }
`;
