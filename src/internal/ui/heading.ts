/**
 * Headings at the level the page needs. An element cannot know where it sits in the host page's
 * outline, so it takes a `heading-level` (default 2) and every heading it draws is a real `<h1>`–
 * `<h6>` at that level, sub-headings one deeper; the look comes from the size, never the level.
 * Part: `heading`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Content } from './field.js';

/** The visual size: `l` an element's title, `m` a section, `s` a sub-section. */
export type HeadingSize = 'l' | 'm' | 's';

export interface HeadingOptions {
  id?: string | undefined;
  /** Default `m`. */
  size?: HeadingSize | undefined;
  /** Focusable from script (`tabindex="-1"`), to move focus to it when a step changes. */
  focusable?: boolean | undefined;
  /** Default `heading`. */
  part?: string | undefined;
}

/**
 * A heading level from an attribute or property: a whole number clamped to 1–6; `fallback`
 * (default 2) when there is none or it is not a number.
 */
export function clampLevel(level: number | string | null | undefined, fallback = 2): number {
  const n = level === null || level === undefined || level === '' ? NaN : Math.round(Number(level));
  return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : fallback;
}

/** The level of a sub-heading under a heading at `level` (one deeper, 6 at most). */
export const subLevel = (level: number): number => clampLevel(clampLevel(level) + 1);

/** A real heading element at `level` (clamped to 1–6) showing `content`. */
export function renderHeading(level: number, content: Content, o: HeadingOptions = {}): TemplateResult {
  const cls = `heading heading-${o.size ?? 'm'}`;
  const id = o.id ?? nothing;
  const tabindex = o.focusable ? '-1' : nothing;
  const part = o.part ?? 'heading';
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h5>`;
    default:
      return html`<h6 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h6>`;
  }
}
