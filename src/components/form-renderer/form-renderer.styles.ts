import { css } from 'lit';

/**
 * `<hero-form-renderer>`'s own styles, over `baseStyles` and `uiStyles` (the shared pieces: fields,
 * choices, date input, headings, summary list). Component properties
 * (`--hero-form-renderer-*`) fall back to global tokens, then to literals, so a script-tag embed
 * looks right with no theme loaded; they reach `uiStyles` through `--_error` and `--_input-border`. GOV.UK's question patterns are the model.
 */
export const formRendererStyles = css`
  :host {
    --_gap: var(--hero-form-renderer-gap, var(--hero-space-l, 1.5rem));
    --_input-border: var(--hero-form-renderer-input-border-color, var(--hero-color-border-strong, #4c6272));
    --_error: var(--hero-form-renderer-error-color, var(--hero-color-danger, #d5281b));
    --_accent: var(--hero-form-renderer-accent-color, var(--hero-color-primary, #005eb8));
    --_panel-bg: var(--hero-form-renderer-panel-background, var(--hero-color-success, #007f3b));
    --_panel-fg: var(--hero-form-renderer-panel-color, var(--hero-color-on-primary, #ffffff));
    max-width: var(--hero-form-renderer-max-width, var(--hero-max-width, 40rem));
    /* Long unbreakable API text (a URL in a description) wraps rather than scrolling sideways at 320 px. */
    overflow-wrap: anywhere;
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
  p {
    margin: 0;
  }
  ul,
  .error-summary {
    margin: 0;
  }
  [tabindex='-1']:not(.error-summary):focus {
    outline: none;
  }
  .pre,
  .paragraph {
    white-space: pre-line;
  }

  /* The observation's unit beside its input. */
  .control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--hero-space-s, 0.5rem);
  }
  .input.number {
    max-width: 6em;
    font-variant-numeric: tabular-nums;
  }
  textarea.input {
    resize: vertical;
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
    margin: 0;
    color: var(--hero-color-text-muted, #4c6272);
  }

  .notice.warning {
    border-color: var(--hero-color-warning, #8a4b00);
    background: var(--hero-color-warning-surface, #fff4e0);
  }
  .message.warning {
    border-color: var(--hero-color-warning, #8a4b00);
    background: var(--hero-color-warning-surface, #fff4e0);
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

  .summary-action,
  [part~='summary-action'] {
    overflow-wrap: anywhere;
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
