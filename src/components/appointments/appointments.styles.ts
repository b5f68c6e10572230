import { css } from 'lit';

/**
 * `<hero-appointments>` styles. Component properties (`--hero-appointments-*`) fall back to the
 * global tokens, then to literals, so a script-tag embed looks right without a theme file. (No
 * comments inside the CSS: they would ship.) Status tags say the state in words; their colour
 * only repeats it, and in forced colours they keep a border.
 */
export const appointmentsStyles = css`
  :host {
    --_gap: var(--hero-appointments-gap, var(--hero-space-m, 1rem));
    --_line: var(--hero-border-width, 1px) solid var(--hero-color-border, #828e96);
    --_card-gap: var(--_gap);
    --_card-background: var(--hero-appointments-item-background, var(--hero-color-surface, #ffffff));
    max-width: var(--hero-appointments-max-width, var(--hero-max-width, 40rem));
  }

  .base,
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    min-width: 0;
  }
  .hint {
    margin: 0;
    color: var(--hero-color-text-muted, #4c6272);
  }
  p {
    margin: 0;
  }



  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hero-space-s, 0.5rem) var(--hero-space-m, 1rem);
  }
  .policy,
  .confirm {
    display: flex;
    flex-direction: column;
    gap: var(--hero-space-s, 0.5rem);
  }
  .policy {
    padding-inline-start: var(--hero-space-m, 1rem);
    border-inline-start: 4px solid var(--hero-color-border, #828e96);
  }
  .message.warning {
    border-color: var(--hero-color-warning, #8a4b00);
    background: var(--hero-color-warning-surface, #fff4e0);
  }
  .message.success {
    border-color: var(--hero-color-success, #007f3b);
    background: var(--hero-color-success-surface, #e6f2eb);
  }
  .confirm-message {
    font-weight: var(--hero-font-weight-bold, 600);
  }
  .reschedule {
    display: flex;
    flex-direction: column;
    gap: var(--hero-space-m, 1rem);
    padding-block-start: var(--hero-space-s, 0.5rem);
    border-block-start: var(--_line);
  }
  .reschedule > .button {
    align-self: flex-start;
  }

  @media (forced-colors: active) {
    .policy {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
  }
`;
