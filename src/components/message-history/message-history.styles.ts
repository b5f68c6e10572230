import { css } from 'lit';

/**
 * `<hero-message-history>` styles. Component properties (`--hero-message-history-*`) fall back to
 * the global tokens, then to literals, so a script-tag embed looks right without a theme file.
 * (No comments inside the CSS: they would ship.) Tags say their state in words; their colour only
 * repeats it, and in forced colours they keep a border. Long API text (URLs, codes) wraps; a long
 * preview is clamped to `--hero-message-history-preview-lines` lines until it is opened.
 */
export const messageHistoryStyles = css`
  :host {
    --_gap: var(--hero-message-history-gap, var(--hero-space-m, 1rem));
    --_line: var(--hero-border-width, 1px) solid var(--hero-color-border, #828e96);
    --_card-gap: var(--_gap);
    --_card-background: var(--hero-message-history-item-background, var(--hero-color-surface, #ffffff));
    max-width: var(--hero-message-history-max-width, var(--hero-max-width, 40rem));
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    min-width: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--hero-space-s, 0.5rem) var(--hero-space-m, 1rem);
  }
  .hint {
    margin: 0;
    color: var(--hero-color-text-muted, #4c6272);
  }
  p {
    margin: 0;
  }

  .when {
    display: block;
    font-weight: var(--hero-font-weight-normal, 400);
    font-size: var(--hero-font-size-s, 0.875rem);
    color: var(--hero-color-text-muted, #4c6272);
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hero-space-xs, 0.25rem) var(--hero-space-s, 0.5rem);
  }

  .preview {
    margin: 0;
    padding: var(--hero-space-s, 0.5rem) var(--hero-space-m, 1rem);
    border-inline-start: 4px solid var(--hero-color-border, #828e96);
    background: var(--hero-message-history-preview-background, var(--hero-color-surface-raised, #f0f4f5));
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .preview.clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--hero-message-history-preview-lines, 3);
    line-clamp: var(--hero-message-history-preview-lines, 3);
    overflow: hidden;
  }
  .missing {
    font-style: italic;
    color: var(--hero-color-text-muted, #4c6272);
  }
  .expand {
    align-self: flex-start;
  }

  .reason {
    display: block;
  }
  .given {
    display: block;
    color: var(--hero-color-text-muted, #4c6272);
  }

  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--hero-space-s, 0.5rem) var(--hero-space-m, 1rem);
  }
  .pagination .older {
    margin-inline-start: auto;
  }
  .message.warning {
    border-color: var(--hero-color-warning, #8a4b00);
    background: var(--hero-color-warning-surface, #fff4e0);
  }
  .message > * + * {
    margin-block-start: var(--hero-space-s, 0.5rem);
  }

  @media (forced-colors: active) {
    .preview {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
  }
`;
