import { css } from 'lit';

/**
 * `<hero-message-composer>` styles. Component properties (`--hero-message-composer-*`) fall back to
 * the global tokens, then to literals, so a script-tag embed looks right without a theme file.
 *
 * (No comments inside the CSS: they would ship.) Fields are spaced by flex gaps, not margins, so the
 * shared error summary's margin is taken off. Headings take focus to announce a step and show a
 * ring only for the keyboard (the base's `:focus-visible`).
 */
export const messageComposerStyles = css`
  :host {
    --_gap: var(--hero-message-composer-gap, var(--hero-space-l, 1.5rem));
    --_line: var(--hero-border-width, 1px) solid var(--hero-color-border, #828e96);
    max-width: var(--hero-message-composer-max-width, 40rem);
  }

  .base,
  form,
  .review,
  .options,
  .reveal,
  .reveal-fields {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  fieldset.plain {
    display: contents;
  }
  h2,
  h3,
  dt {
    font-weight: var(--hero-font-weight-bold, 600);
  }
  legend.label {
    margin-block-end: var(--hero-space-s, 0.5rem);
    font-size: var(--hero-font-size-l, 1.1875rem);
  }
  h2,
  h3 {
    margin: 0;
    font-size: var(--hero-font-size-l, 1.1875rem);
    line-height: 1.3;
  }
  h2:focus:not(:focus-visible) {
    outline: none;
  }

  .patient {
    display: flex;
    flex-direction: column;
    gap: var(--hero-space-xs, 0.25rem) var(--hero-space-m, 1rem);
    padding-block-end: var(--hero-space-s, 0.5rem);
    border-block-end: var(--_line);
  }

  .short {
    max-width: 14em;
  }
  textarea.input {
    min-height: var(--hero-message-composer-textarea-min-height, 8rem);
    resize: vertical;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px currentColor;
  }

  .advanced > summary {
    cursor: pointer;
    color: var(--hero-color-primary, #005eb8);
    text-decoration: underline;
    margin-block-end: var(--hero-space-s, 0.5rem);
  }
  .patient p {
    margin: 0;
  }
  .reveal {
    margin-inline-start: 0.625rem;
    padding-inline-start: 1.125rem;
    border-inline-start: 4px solid var(--hero-color-border, #828e96);
  }
  .row,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hero-space-m, 1rem);
  }

  .counter {
    display: flex;
    flex-direction: column;
    gap: var(--hero-space-2xs, 0.125rem);
  }
  .counter p:first-child,
  .card-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--hero-space-s, 0.5rem);
  }
  .credits.low,
  .unfilled {
    color: var(--hero-color-text, #212b32);
    font-weight: var(--hero-font-weight-bold, 600);
  }
  .message.warning,
  .message.success {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--hero-space-s, 0.5rem);
  }
  .message.warning {
    border-color: var(--hero-color-warning, #8a4b00);
    background: var(--hero-color-warning-surface, #fff4e0);
  }
  .message.success {
    border-color: var(--hero-color-success, #007f3b);
    background: var(--hero-color-success-surface, #e6f2eb);
  }
  .status.failed strong {
    color: var(--hero-color-danger, #d5281b);
  }
  .note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--hero-space-s, 0.5rem);
  }

  .preview {
    display: flex;
    flex-direction: column;
    gap: var(--hero-space-s, 0.5rem);
    padding: var(--hero-space-m, 1rem);
    border-radius: var(--hero-radius-m, 0.5rem);
    background: var(--hero-message-composer-preview-background, var(--hero-color-surface-raised, #f0f4f5));
  }
  .bubble,
  .card-body,
  .pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .bubble {
    align-self: flex-start;
    max-width: min(22rem, 100%);
    padding: var(--hero-space-s, 0.5rem) var(--hero-space-m, 1rem);
    border-radius: 1.125rem 1.125rem 1.125rem 0.25rem;
    background: var(--hero-message-composer-bubble-background, #e8edee);
    color: var(--hero-message-composer-bubble-color, var(--hero-color-text, #212b32));
    border: var(--_line);
  }
  .card {
    border: var(--_line);
    border-radius: var(--hero-radius-m, 0.5rem);
    background: var(--hero-color-surface, #ffffff);
  }
  .card-head {
    padding: var(--hero-space-s, 0.5rem) var(--hero-space-m, 1rem);
    border-block-end: var(--_line);
  }
  .card-body {
    padding: var(--hero-space-m, 1rem);
  }
  mark {
    padding: 0 0.125rem;
    border-radius: var(--hero-radius-s, 0.25rem);
    background: var(--hero-message-composer-placeholder-background, var(--hero-color-warning-surface, #fff4e0));
    color: inherit;
    outline: 2px dashed var(--hero-color-warning, #8a4b00);
  }

  .error-summary {
    margin: 0;
  }

  .row-item {
    display: grid;
    grid-template-columns: minmax(7rem, 30%) minmax(0, 1fr) 4.5rem;
    gap: var(--hero-space-s, 0.5rem);
    padding-block: var(--hero-space-s, 0.5rem);
    border-block-end: var(--_line);
  }
  dd {
    min-width: 0;
  }
  .link {
    align-self: start;
    justify-self: end;
    min-width: var(--hero-target-size, 2.75rem);
  }
  form > fieldset > .button {
    align-self: flex-start;
  }
  .char {
    display: inline-block;
    min-width: 1.5em;
    padding: 0 0.25em;
    border: 1px solid var(--hero-color-border-strong, #4c6272);
    border-radius: var(--hero-radius-s, 0.25rem);
    background: var(--hero-color-surface, #ffffff);
    text-align: center;
    font-weight: var(--hero-font-weight-bold, 600);
  }


  @media (max-width: 30rem) {
    .row-item {
      grid-template-columns: 1fr auto;
    }
    .row-item dd:not(.action) {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }

  @media (forced-colors: active) {
    .bubble,
    .card,
    .preview {
      border: 1px solid CanvasText;
    }
    mark {
      background: Mark;
      color: MarkText;
      outline-color: CanvasText;
    }
  }
`;
