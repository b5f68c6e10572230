import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';
import { uiStyles } from '../../internal/ui/index.js';
import { bookingConfirmationStyles } from './booking-confirmation.styles.js';

/**
 * `<hero-slot-picker>` styles. Component properties (`--hero-slot-picker-*`) fall back to the global
 * tokens and then to literals; private `--_` variables hold the resolved values.
 */
export const slotPickerStyles = [
  baseStyles,
  uiStyles,
  bookingConfirmationStyles,
  css`
    :host {
      --_accent: var(--hero-slot-picker-accent, var(--hero-color-primary, #005eb8));
      --_on-accent: var(--hero-slot-picker-on-accent, var(--hero-color-on-primary, #ffffff));
      --_slot-bg: var(--hero-slot-picker-slot-background, var(--hero-color-surface, #ffffff));
      --_slot-border: var(--hero-slot-picker-slot-border, var(--hero-color-border, #828e96));
      --_slot-min: var(--hero-slot-picker-slot-min-width, 9.5rem);
      --_gap: var(--hero-slot-picker-gap, var(--hero-space-s, 0.5rem));
      --_radius: var(--hero-slot-picker-radius, var(--hero-radius-m, 0.5rem));
      --_panel-bg: var(--hero-slot-picker-panel-background, var(--hero-color-surface-raised, #f0f4f5));
      --_muted: var(--hero-color-text-muted, #4c6272);
      --_target: var(--hero-target-size, 2.75rem);
    }

    .base {
      display: flex;
      flex-direction: column;
      gap: var(--hero-space-m, 1rem);
      min-width: 0;
    }

    .heading {
      margin: 0;
      font-size: var(--hero-font-size-xl, 1.5rem);
      line-height: 1.25;
      display: flex;
      align-items: center;
      gap: var(--hero-space-s, 0.5rem);
    }
    /* Headings and notices take focus only to move the reading position: no ring, they are not controls. */
    .heading:focus,
    .message:focus {
      outline: none;
    }

    .loading {
      min-height: var(--_target);
      color: var(--_muted);
    }

    .message.warning {
      border-color: var(--hero-color-warning, #8a4b00);
      background: var(--hero-color-warning-surface, #fff4e0);
    }
    .message {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--hero-space-s, 0.5rem);
    }

    /* Choosing a type and location */
    .choose {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--hero-space-l, 1.5rem);
    }
    fieldset {
      inline-size: 100%;
    }
    fieldset[aria-invalid='true'] {
      border-inline-start: 4px solid var(--hero-color-danger, #d5281b);
      padding-inline-start: var(--hero-space-m, 1rem);
    }
    .options {
      display: grid;
      gap: var(--_gap);
    }
    /* Types, locations, days and times: the same selectable box. */
    .option,
    .day,
    .slot {
      min-height: var(--_target);
      border: var(--hero-border-width, 1px) solid var(--_slot-border);
      border-radius: var(--_radius);
      background: var(--_slot-bg);
      cursor: pointer;
    }
    .option {
      display: flex;
      align-items: flex-start;
      gap: var(--hero-space-s, 0.5rem);
      padding: var(--hero-space-s, 0.5rem) var(--hero-space-m, 1rem);
    }
    .option:has(input:checked) {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
    }
    .option input {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0.125rem 0 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .option-text {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .option-name {
      font-weight: var(--hero-font-weight-bold, 600);
    }
    .option-facts,
    .option-next,
    .type-line,
    .slot-detail {
      color: var(--_muted);
      font-size: var(--hero-font-size-s, 0.875rem);
    }

    /* Times */
    .slots-header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--hero-space-xs, 0.25rem) var(--hero-space-m, 1rem);
    }
    .slots-header .heading {
      flex: 1 1 auto;
    }
    .slots-header .type-line {
      flex-basis: 100%;
      order: 3;
    }
    .button.small {
      min-height: max(24px, calc(var(--_target) * 0.8));
    }

    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--hero-space-m, 1rem);
    }
    .filter {
      display: flex;
      flex-direction: column;
      gap: var(--hero-space-xs, 0.25rem);
      flex: 1 1 14rem;
      min-width: 0;
      font-weight: var(--hero-font-weight-bold, 600);
    }
    select {
      min-height: var(--_target);
      max-inline-size: 100%;
      padding: var(--hero-space-xs, 0.25rem) var(--hero-space-s, 0.5rem);
      border: var(--hero-border-width, 1px) solid var(--hero-color-border-strong, #4c6272);
      border-radius: var(--hero-radius-s, 0.25rem);
      background: var(--hero-color-surface, #ffffff);
      color: inherit;
      font: inherit;
      font-weight: var(--hero-font-weight-normal, 400);
    }

    .day-nav {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
    }
    .week {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_gap);
    }
    .range {
      flex: 1 1 auto;
      text-align: center;
      font-weight: var(--hero-font-weight-bold, 600);
    }
    .nav-button {
      padding-inline: var(--hero-space-s, 0.5rem);
    }
    .next-available {
      align-self: flex-start;
    }
    /* Seven days side by side; on narrow screens the strip scrolls sideways rather than squashing. */
    .days {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(4.5rem, 1fr);
      gap: var(--hero-space-xs, 0.25rem);
      overflow-x: auto;
      padding: calc(var(--hero-focus-ring-width, 3px) + var(--hero-focus-ring-offset, 2px));
      margin-block: calc(-1 * (var(--hero-focus-ring-width, 3px) + var(--hero-focus-ring-offset, 2px)));
      scrollbar-width: thin;
    }
    .day {
      /* Holds its visually hidden text inside the scrolling strip (else it widens the page: WCAG 1.4.10). */
      position: relative;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      min-width: 24px;
      padding: var(--hero-space-xs, 0.25rem) 0;
      color: inherit;
      font: inherit;
      font-size: var(--hero-font-size-s, 0.875rem);
      line-height: 1.25;
      text-align: center;
    }
    .day.no-slots {
      color: var(--_muted);
    }
    .day-name {
      font-weight: var(--hero-font-weight-bold, 600);
    }

    .day-panel {
      min-height: 4rem;
    }
    .slots {
      display: flex;
      flex-direction: column;
      gap: var(--hero-space-m, 1rem);
    }
    .period-heading {
      margin-block-end: var(--hero-space-xs, 0.25rem);
      font-weight: var(--hero-font-weight-bold, 600);
    }
    .period-slots {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_slot-min)), 1fr));
      gap: var(--_gap);
    }
    .slot {
      display: flex;
      flex-direction: column;
      padding: var(--hero-space-xs, 0.25rem) var(--hero-space-s, 0.5rem);
      line-height: 1.3;
      overflow-wrap: anywhere;
      transition: background-color var(--hero-transition-fast, 120ms ease-out);
    }
    .slot:hover {
      border-color: var(--_accent);
    }
    .slot-time {
      font-weight: var(--hero-font-weight-bold, 600);
    }
    /* WCAG 2.4.11: a focused time scrolls clear of the sticky bar below it. */
    .slot {
      scroll-margin-block: 1rem 9rem;
    }
    .group + .group {
      margin-block-start: var(--hero-space-s, 0.5rem);
    }
    .group-heading {
      margin-block-end: var(--hero-space-xs, 0.25rem);
      color: var(--_muted);
      font-size: var(--hero-font-size-s, 0.875rem);
    }
    .nav-spacer {
      flex: 0 0 auto;
    }
    .hold.warn .countdown {
      color: var(--hero-color-warning, #8a4b00);
    }
    .hold-line {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--hero-space-s, 0.5rem);
    }
    .slot[aria-selected='true'],
    .day[aria-selected='true'] {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .slot[aria-selected='true'] .slot-detail {
      color: inherit;
    }

    .selection {
      position: sticky;
      bottom: 0;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_gap) var(--hero-space-m, 1rem);
      padding: var(--hero-space-m, 1rem);
      border: var(--hero-border-width, 1px) solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--hero-color-info-surface, #e8f1fa);
    }
    .selection p {
      flex: 1 1 16rem;
      min-width: 0;
    }
    /* On short screens the bar would cover too much: it stays in the flow (WCAG 2.4.11). */
    @media (max-height: 32rem) {
      .selection {
        position: static;
      }
    }

    /* Summary and confirmation */
    .panel {
      display: flex;
      flex-direction: column;
      gap: var(--hero-space-m, 1rem);
      padding: var(--hero-space-m, 1rem);
      border-radius: var(--_radius);
      background: var(--_panel-bg);
    }
    .confirmation {
      border-inline-start: 4px solid var(--hero-color-success, #007f3b);
    }
    .confirmation .heading svg {
      color: var(--hero-color-success, #007f3b);
      flex: none;
    }
    .hold {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--hero-space-s, 0.5rem);
    }
    .countdown {
      font-size: var(--hero-font-size-xl, 1.5rem);
      font-weight: var(--hero-font-weight-bold, 600);
      font-variant-numeric: tabular-nums;
    }
    .details {
      display: grid;
      gap: var(--hero-space-s, 0.5rem);
    }
    .details div {
      display: grid;
      grid-template-columns: minmax(6rem, 10rem) 1fr;
      gap: var(--hero-space-s, 0.5rem);
    }
    .details dt {
      font-weight: var(--hero-font-weight-bold, 600);
    }
    .details dd {
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap);
    }

    @media (max-width: 30rem) {
      .details div {
        grid-template-columns: 1fr;
        gap: 0;
      }
      .nav-button span {
        font-size: var(--hero-font-size-s, 0.875rem);
      }
    }

    @media (forced-colors: active) {
      .slot,
      .day,
      .option {
        border-color: ButtonText;
      }
      .slot[aria-selected='true'],
      .day[aria-selected='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: Highlight;
      }
      .slot[aria-selected='true'] .slot-detail {
        color: HighlightText;
      }
      .option:has(input:checked) {
        border-color: Highlight;
        outline: 2px solid Highlight;
      }
      .selection,
      .panel {
        border: 1px solid CanvasText;
      }
    }
  `,
];
