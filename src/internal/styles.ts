import { css } from 'lit';

/**
 * Styles every element starts from. The host resets the text properties that inherit from the
 * page (alignment, spacing, case, style, weight), then sets the kit's font and colour. Each reads a
 * global `--hero-*` token (src/themes/default.css) and falls back to the same literal value, so a
 * script-tag embed looks right with no theme file.
 * Components layer their own `--hero-<component>-*` properties over these.
 *
 * Focus: every control gets the focus ring (`--hero-focus-ring-*`): an outline in the focus colour
 * with the dark `--hero-focus-ring-contrast` colour filling the gap between control and ring
 * (`-offset`, a box shadow). The two colours differ by 9:1 or more, so one of them stands out by 3:1 or more
 * whatever the ring sits on (test/node/theme-contrast.test.ts measures each theme).
 * Buttons (`.button`), links and text buttons (`.link`, `.back`) keep their text colour in the
 * private `--_fg`. Focused, a theme may fill them (`--hero-focus-background`), recolour their text
 * (`--hero-focus-text-color`), give them a bottom bar (`--hero-focus-shadow`, links
 * `--hero-focus-link-shadow`), hide their ring (`--hero-focus-filled-ring-color`) and underline
 * (`--hero-focus-text-decoration`), as NHS.UK's focus style does; unset, they keep their own
 * colours and take the ring. The fill is a background image, so each control's own background
 * colour stays underneath; it fills an outlined button's border too.
 *
 * Buttons: `.button` (primary: `--hero-color-button*`, else the primary colour), `.button.secondary`
 * (outlined: `--hero-color-button-secondary*`), `.button.warning` (the danger colour),
 * `.button.small`. A theme may give them NHS.UK's dark bottom shadow (`--hero-button-shadow-size`:
 * the button's colour darkened by half; an outlined button's border colour), which goes while the
 * button is pressed and the button moves down into its place.
 *
 * The error summary's problems are a plain list of links, as GOV.UK and NHS.UK draw it.
 * Paragraphs, description lists and fieldsets have no margins (fieldsets no border either);
 * `.loading` lines up a spinner and its text; `.link` and `.back` are underlined text buttons. The
 * `forced-colors` block keeps selected, focused, disabled and invalid states perceivable in system
 * colours.
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
    --_ring-gap: 0 0 0 var(--hero-focus-ring-offset, 2px) var(--hero-focus-ring-contrast, #212b32);
    outline: var(--hero-focus-ring-width, 3px) solid var(--hero-focus-ring-color, #ffeb3b);
    outline-offset: var(--hero-focus-ring-offset, 2px);
    box-shadow: var(--_ring-gap);
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
    --_bg: var(--hero-color-button, var(--hero-color-primary, #005eb8));
    --_bg-hover: var(--hero-color-button-hover, var(--hero-color-primary-hover, #004c93));
    --_bg-active: var(--hero-color-button-active, var(--hero-color-primary-active, #003d78));
    --_fg: var(--hero-color-on-primary, #ffffff);
    --_shadow: color-mix(in srgb, var(--_bg) 50%, #000);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--hero-space-s, 0.5rem);
    min-height: var(--hero-target-size, 2.75rem);
    min-width: var(--hero-target-size, 2.75rem);
    padding: var(--hero-button-padding-block, var(--hero-space-s, 0.5rem)) var(--hero-space-m, 1rem);
    border: var(--hero-button-border-width, var(--hero-border-width, 1px)) solid transparent;
    border-radius: var(--hero-radius-m, 0.5rem);
    background: var(--_bg);
    box-shadow: 0 var(--hero-button-shadow-size, 0px) 0 var(--_shadow);
    color: var(--_fg);
    font: inherit;
    font-weight: var(--hero-font-weight-bold, 600);
    cursor: pointer;
    transition: background-color var(--hero-transition-fast, 120ms ease-out);
  }
  .button:hover {
    background: var(--_bg-hover);
  }
  .button:active {
    background: var(--_bg-active);
    box-shadow: none;
    translate: 0 var(--hero-button-shadow-size, 0px);
  }
  .button[aria-disabled='true'],
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .button.secondary {
    --_bg: var(--hero-color-button-secondary, var(--hero-color-surface, #ffffff));
    --_bg-hover: var(--hero-color-button-secondary-hover, var(--hero-color-surface-raised, #f0f4f5));
    --_bg-active: var(--hero-color-button-secondary-active, var(--hero-color-surface-raised, #f0f4f5));
    --_fg: var(--hero-color-primary, #005eb8);
    --_shadow: var(--_fg);
    border-color: currentColor;
  }
  .button.secondary:focus-visible {
    border-color: var(--hero-focus-background, currentColor);
  }
  .button.warning {
    --_bg: var(--hero-color-danger, #d5281b);
    --_bg-hover: var(--hero-color-danger-hover, #aa2016);
    --_bg-active: color-mix(in srgb, var(--_bg) 50%, #000);
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
    outline-color: var(--hero-focus-filled-ring-color, var(--hero-focus-ring-color, #ffeb3b));
    background-image: linear-gradient(var(--hero-focus-background, transparent), var(--hero-focus-background, transparent));
    color: var(--hero-focus-text-color, var(--_fg));
    box-shadow: var(--hero-focus-shadow, var(--_ring-gap));
  }
  a:focus-visible,
  .link:focus-visible,
  .back:focus-visible {
    text-decoration-line: var(--hero-focus-text-decoration, underline);
    box-shadow: var(--hero-focus-link-shadow, var(--hero-focus-shadow, var(--_ring-gap)));
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
    line-height: 1.25;
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
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
      outline-color: Highlight;
      background-image: none;
      color: var(--_fg);
    }
    .message {
      border: 1px solid CanvasText;
    }
  }
`;
