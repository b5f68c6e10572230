/**
 * Focus indicators in every theme, measured from the theme files' token values (WCAG 2.2 relative
 * luminance and contrast ratio):
 *
 * - The focus ring (`--hero-focus-ring-color`) and the colour drawn with it
 *   (`--hero-focus-ring-contrast`, which fills the gap between control and ring; inputs, radios and
 *   checkboxes double their border in the text colour instead) differ by 9:1 or more. Then, on any
 *   colour at all, one of the two reaches 3:1 (WCAG technique C40, two-colour focus indicators).
 * - On each colour a focused control sits on or is (the surfaces, white, the primary colour, the
 *   primary button's colour, the warning button's red), the better of the two reaches 3:1.
 * - A theme that fills focused buttons and links (the NHS theme) puts its focus text at 4.5:1 or
 *   more on the fill, and its bottom bar at 3:1 or more on the surfaces.
 *
 * The figures are printed (`node --test` diagnostics) for the report and the theme files' comments.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { THEMES, themeTokens, type ThemeName } from '../support/theme-tokens.js';

/** WCAG 2.2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const ratio = (n: number) => `${n.toFixed(2)}:1`;

/** A theme's token as a `#rrggbb` colour; `initial` (unset) takes the fallback token, as the styles do. */
function colourOf(tokens: Map<string, string>, name: string, ...fallbacks: string[]): string {
  for (const candidate of [name, ...fallbacks]) {
    const value = tokens.get(candidate);
    if (value && value !== 'initial') {
      assert.match(value, /^#[0-9a-f]{6}$/i, `${candidate} is a #rrggbb colour`);
      return value.toLowerCase();
    }
  }
  throw new Error(`${name} has no colour`);
}

describe('focus indicators: 3:1 or more in every theme', () => {
  for (const theme of THEMES) {
    it(`${theme}: the focus ring and its contrast colour stand out on every colour a control meets`, (t) => {
      const tokens = themeTokens(theme);
      const ring = colourOf(tokens, '--hero-focus-ring-color');
      const inner = colourOf(tokens, '--hero-focus-ring-contrast');
      const pair = contrast(ring, inner);
      t.diagnostic(`${theme}: ring ${ring} with ${inner}: ${ratio(pair)} between them`);
      assert.ok(pair >= 9, `${theme}: ring and contrast colour differ by ${ratio(pair)}, under 9:1`);

      const backgrounds: [string, string][] = [
        ['white', '#ffffff'],
        ['surface', colourOf(tokens, '--hero-color-surface')],
        ['raised surface', colourOf(tokens, '--hero-color-surface-raised')],
        ['primary colour', colourOf(tokens, '--hero-color-primary')],
        ['primary button', colourOf(tokens, '--hero-color-button', '--hero-color-primary')],
        ['warning button', colourOf(tokens, '--hero-color-danger')],
      ];
      const short: string[] = [];
      for (const [name, bg] of backgrounds) {
        const [a, b] = [contrast(ring, bg), contrast(inner, bg)];
        t.diagnostic(`${theme}: on the ${name} (${bg}): ring ${ratio(a)}, contrast colour ${ratio(b)}`);
        if (Math.max(a, b) < 3) short.push(`${name} ${bg}: ring ${ratio(a)}, contrast colour ${ratio(b)}`);
      }
      assert.deepEqual(short, [], `${theme}: neither colour of the focus indicator reaches 3:1`);

      // Inputs, radios and checkboxes: the doubled border is in the text colour, ringed outside.
      const text = colourOf(tokens, '--hero-color-text');
      const surface = colourOf(tokens, '--hero-color-surface');
      const border = contrast(text, surface);
      t.diagnostic(
        `${theme}: focused input border (text ${text}) on the surface: ${ratio(border)}; ring on it ${ratio(contrast(ring, text))}`,
      );
      assert.ok(border >= 3);
    });
  }

  it('nhs: a focused button or link is filled yellow, its text and bottom bar in contrast', (t) => {
    const theme: ThemeName = 'nhs';
    const tokens = themeTokens(theme);
    const fill = colourOf(tokens, '--hero-focus-background');
    const ink = colourOf(tokens, '--hero-focus-text-color');
    const bar = /#[0-9a-f]{6}\s*$/i.exec(tokens.get('--hero-focus-shadow')!)![0].trim();
    const surface = colourOf(tokens, '--hero-color-surface');
    const raised = colourOf(tokens, '--hero-color-surface-raised');
    const button = colourOf(tokens, '--hero-color-button');
    t.diagnostic(`nhs: focus text ${ink} on the fill ${fill}: ${ratio(contrast(ink, fill))}`);
    t.diagnostic(
      `nhs: bottom bar ${bar} on the surface ${ratio(contrast(bar, surface))}, on the raised surface ${ratio(contrast(bar, raised))}`,
    );
    t.diagnostic(`nhs: the fill against the unfocused green button (the change of state): ${ratio(contrast(fill, button))}`);
    assert.ok(contrast(ink, fill) >= 4.5);
    assert.ok(contrast(bar, surface) >= 3 && contrast(bar, raised) >= 3);
    assert.ok(contrast(fill, button) >= 3);
  });
});
