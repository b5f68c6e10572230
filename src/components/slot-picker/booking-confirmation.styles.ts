import { css } from 'lit';

/**
 * The booked-appointment screen (booking-confirmation.ts): the NHS.UK confirmation panel (white
 * text on the success colour), sections under small headings, the calendar options as a list of
 * links, and print styles (black on white, no buttons or calendar links, the video address written
 * out). Add after `uiStyles`. Custom properties fall back to the global tokens, then to literals.
 * (No comments inside the CSS: they would ship.)
 */
export const bookingConfirmationStyles = css`
  .booking-confirmation {
    display: flex;
    flex-direction: column;
    gap: var(--hero-space-m, 1rem);
    min-width: 0;
  }
  .booking-confirmation p {
    margin: 0;
  }
  .confirmation-panel {
    padding: var(--hero-space-l, 1.5rem);
    border: var(--hero-border-width, 1px) solid transparent;
    border-radius: var(--hero-radius-m, 0.5rem);
    background: var(--hero-color-success, #007f3b);
    color: var(--hero-color-on-primary, #ffffff);
    text-align: center;
  }
  .confirmation-panel .heading {
    margin: 0 0 var(--hero-space-s, 0.5rem);
    color: inherit;
  }
  .confirmation-panel .heading:focus-visible {
    outline-color: var(--hero-focus-ring-color, #ffeb3b);
  }
  .confirmation-reference {
    font-size: var(--hero-font-size-l, 1.1875rem);
  }
  .reference {
    display: inline-block;
    margin-top: var(--hero-space-xs, 0.25rem);
    font-size: var(--hero-font-size-xl, 1.5rem);
    font-weight: var(--hero-font-weight-bold, 600);
    letter-spacing: 0.08em;
    overflow-wrap: anywhere;
  }
  .booking-confirmation .hint {
    color: var(--hero-color-text-muted, #4c6272);
  }
  .confirmation-section {
    display: flex;
    flex-direction: column;
    gap: var(--hero-space-s, 0.5rem);
    min-width: 0;
  }
  .confirmation-section .heading {
    margin: 0;
  }
  .confirmation-section .button {
    align-self: flex-start;
  }
  .calendar-options {
    display: flex;
    flex-direction: column;
    gap: var(--hero-space-xs, 0.25rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .calendar-options li {
    display: flex;
    flex-direction: column;
  }
  .calendar-options .link {
    display: inline-flex;
    align-items: center;
    align-self: flex-start;
    min-height: var(--hero-target-size, 2.75rem);
    padding-inline: 0;
    text-align: start;
  }
  .video-link {
    font-weight: var(--hero-font-weight-bold, 600);
  }
  .confirmation-form {
    padding-top: var(--hero-space-s, 0.5rem);
  }
  .confirmation-form:focus {
    outline: none;
  }
  .confirmation-form:focus-visible {
    outline: var(--hero-focus-ring-width, 3px) solid var(--hero-focus-ring-color, #ffeb3b);
  }
  .confirmation-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hero-space-s, 0.5rem);
  }
  .print-only {
    display: none;
  }

  @media (forced-colors: active) {
    .confirmation-panel {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }

  @media print {
    .no-print {
      display: none !important;
    }
    .print-only {
      display: inline;
    }
    .print-url {
      display: block;
      overflow-wrap: anywhere;
    }
    .booking-confirmation {
      color: #000000;
    }
    .confirmation-panel {
      border: 2px solid #000000;
      background: none;
      color: #000000;
    }
    .booking-confirmation .hint {
      color: #000000;
    }
  }
`;
