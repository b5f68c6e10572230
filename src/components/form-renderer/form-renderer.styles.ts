import { css } from 'lit';

/**
 * `<hero-form-renderer>`'s own styles, over `baseStyles` and `fieldStyles` (which style `.field`,
 * `.label`, `.hint`, `.error-message`, `.input` and `.choice`). Component properties
 * (`--hero-form-renderer-*`) fall back to global tokens, then to literals, so a script-tag embed
 * looks right with no theme loaded; they reach `fieldStyles` through `--_error`, `--_input-border`
 * and `--_accent`. GOV.UK's question patterns are the model.
 */
export const formRendererStyles = css`
  :host {
    --_gap: var(--hero-form-renderer-gap, var(--hero-space-l, 1.5rem));
    --_input-border: var(--hero-form-renderer-input-border-color, var(--hero-color-border-strong, #4c6272));
    --_error: var(--hero-form-renderer-error-color, var(--hero-color-danger, #d5281b));
    --_accent: var(--hero-form-renderer-accent-color, var(--hero-color-primary, #005eb8));
    --_panel-bg: var(--hero-form-renderer-panel-background, var(--hero-color-success, #007f3b));
    --_panel-fg: var(--hero-form-renderer-panel-color, var(--hero-color-on-primary, #ffffff));
    max-width: var(--hero-form-renderer-max-width, 40rem);
    overflow-wrap: break-word;
  }

  .base,
  form,
  .fields,
  .header,
  .review {
    display: grid;
    gap: var(--_gap);
  }
  .header {
    gap: var(--hero-space-s, 0.5rem);
  }
  h2,
  h3,
  h4,
  ul,
  .error-summary {
    margin: 0;
  }
  h2 {
    font-size: var(--hero-font-size-xl, 1.5rem);
  }
  h3 {
    font-size: var(--hero-font-size-l, 1.1875rem);
  }
  [tabindex='-1']:not(.error-summary):focus {
    outline: none;
  }
  .pre,
  .paragraph {
    white-space: pre-line;
  }

  .field {
    justify-items: start;
  }

  .control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--hero-space-s, 0.5rem);
    width: 100%;
  }
  .input {
    max-width: 30em;
  }
  textarea.input {
    resize: vertical;
  }
  .input.number {
    max-width: 6em;
    font-variant-numeric: tabular-nums;
  }
  .input:focus-visible {
    box-shadow: inset 0 0 0 2px var(--hero-color-text, #212b32);
  }
  .input:disabled {
    opacity: 0.6;
  }

  .date {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hero-space-m, 1rem);
  }
  .date-part {
    display: grid;
  }
  .date .input {
    width: 3.5em;
  }
  .date .year {
    width: 5em;
  }

  .choices {
    display: grid;
    gap: var(--hero-space-xs, 0.25rem);
  }
  .choices.inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--hero-space-l, 1.5rem);
  }
  .field.invalid .choice input {
    outline: 2px solid var(--_error);
    outline-offset: 1px;
  }

  .bmi {
    display: grid;
    gap: var(--hero-space-s, 0.5rem);
    justify-items: start;
    padding: var(--hero-space-s, 0.5rem) var(--hero-space-m, 1rem);
    border-inline-start: 4px solid var(--_accent);
    background: var(--hero-color-info-surface, #e8f1fa);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hero-space-s, 0.5rem) var(--hero-space-m, 1rem);
    align-items: center;
  }
  .back {
    justify-self: start;
  }
  .back::before {
    content: '‹ ';
  }

  .progress {
    display: grid;
    gap: var(--hero-space-xs, 0.25rem);
    color: var(--hero-color-text-muted, #4c6272);
  }
  progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_accent);
  }

  .notice {
    display: grid;
    gap: var(--hero-space-s, 0.5rem);
    padding: var(--hero-space-m, 1rem);
    border: 4px solid var(--hero-color-success, #007f3b);
    border-radius: var(--hero-radius-s, 0.25rem);
  }
  /* The shared error summary, in --hero-form-renderer-error-color. */
  .error-summary {
    border-color: var(--_error);
  }

  .panel {
    display: grid;
    gap: var(--hero-space-s, 0.5rem);
    padding: var(--hero-space-l, 1.5rem);
    border-radius: var(--hero-radius-m, 0.5rem);
    background: var(--_panel-bg);
    color: var(--_panel-fg);
  }
  .panel h3 {
    font-size: var(--hero-font-size-xl, 1.5rem);
  }

  .section {
    margin-block-start: var(--hero-space-s, 0.5rem);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 2fr) auto;
    gap: var(--hero-space-xs, 0.25rem) var(--hero-space-m, 1rem);
    padding-block: var(--hero-space-s, 0.5rem);
    border-block-end: 1px solid var(--hero-color-border, #828e96);
  }
  dt {
    font-weight: var(--hero-font-weight-bold, 600);
  }
  .row a {
    display: inline-flex;
    align-items: center;
    min-height: var(--hero-target-size, 2.75rem);
  }
  @media (max-width: 40em) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .status:empty {
    display: none;
  }
  .spinner {
    margin-inline-end: var(--hero-space-s, 0.5rem);
  }

  @media (forced-colors: active) {
    .notice,
    .panel,
    .bmi {
      border: 2px solid CanvasText;
    }
  }
`;
