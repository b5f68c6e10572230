import { css } from 'lit';

/**
 * `<hero-patient-lookup>`'s own styles, over `baseStyles` and `uiStyles`. Component properties
 * (`--hero-patient-lookup-*`) fall back to global tokens, then to literals; the error and input
 * border colours reach `uiStyles` through its `--_error` and `--_input-border`. Over the shared
 * error summary, `.error-summary` takes the element's error colour, and the grid gap instead of a margin
 * (comments are kept out of the CSS: they would ship in the bundle).
 */
export const patientLookupStyles = css`
  :host {
    --_error: var(--hero-patient-lookup-error-color, var(--hero-color-danger, #d5281b));
    --_input-border: var(--hero-patient-lookup-input-border-color, var(--hero-color-border-strong, #4c6272));
    max-width: var(--hero-patient-lookup-max-width, var(--hero-max-width, 40rem));
  }

  .base,
  form,
  .stack {
    display: grid;
    gap: var(--hero-patient-lookup-gap, var(--hero-space-l, 1.5rem));
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  #nhs-number,
  .nhs-number {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
  }
  #postcode {
    text-transform: uppercase;
  }

  .actions,
  .result-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hero-space-s, 0.5rem);
    align-items: center;
  }
  .button.warning {
    background: var(--hero-color-danger, #d5281b);
  }
  .button.warning:hover {
    background: var(--hero-color-danger-hover, #aa2016);
  }

  .error-summary {
    margin: 0;
    border-color: var(--_error);
  }

  .results,
  .result,
  .panel {
    display: grid;
    gap: var(--hero-space-s, 0.5rem);
  }
  .result {
    padding: var(--hero-space-m, 1rem);
    border: var(--hero-border-width, 1px) solid var(--hero-patient-lookup-result-border-color, var(--hero-color-border, #828e96));
    border-radius: var(--hero-radius-m, 0.5rem);
    background: var(--hero-patient-lookup-result-background, var(--hero-color-surface, #ffffff));
  }
  .result.selected {
    border: 3px solid var(--hero-patient-lookup-selected-border-color, var(--hero-color-success, #007f3b));
  }
  .result-head .heading {
    font-size: var(--hero-font-size-l, 1.1875rem);
    overflow-wrap: anywhere;
  }
  .details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0 var(--hero-space-m, 1rem);
  }
  .details dt {
    color: var(--hero-color-text-muted, #4c6272);
  }
  .details dd {
    overflow-wrap: anywhere;
  }
  @media (max-width: 30em) {
    .details {
      grid-template-columns: 1fr;
    }
    .details dd + dt {
      margin-block-start: var(--hero-space-xs, 0.25rem);
    }
  }

  .badge {
    display: inline-block;
    padding: 0 var(--hero-space-s, 0.5rem);
    border: 2px solid currentColor;
    border-radius: var(--hero-radius-s, 0.25rem);
    font-size: var(--hero-font-size-s, 0.875rem);
    font-weight: var(--hero-font-weight-bold, 600);
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .badge.deceased {
    color: var(--hero-color-text, #212b32);
    background: var(--hero-color-surface-raised, #f0f4f5);
  }
  .badge.restricted {
    color: var(--hero-color-warning, #8a4b00);
    background: var(--hero-color-warning-surface, #fff4e0);
  }
  .badge.archived {
    color: var(--hero-color-text-muted, #4c6272);
  }

  .panel {
    padding: var(--hero-space-m, 1rem);
    border-inline-start: 4px solid var(--hero-color-border-strong, #4c6272);
    background: var(--hero-color-surface-raised, #f0f4f5);
  }
  .panel.warning {
    border-color: var(--hero-color-danger, #d5281b);
    background: var(--hero-color-danger-surface, #fbe9e7);
  }
  .panel.info {
    border-color: var(--hero-color-primary, #005eb8);
    background: var(--hero-color-info-surface, #e8f1fa);
  }
  .title {
    font-weight: var(--hero-font-weight-bold, 600);
  }

  @media (forced-colors: active) {
    .result,
    .panel,
    .badge {
      border-color: CanvasText;
    }
    .input[aria-invalid='true'],
    .error-summary,
    .field.invalid {
      border-color: Mark;
    }
    .result.selected {
      border-color: Highlight;
    }
  }
`;
