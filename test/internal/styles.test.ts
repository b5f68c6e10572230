/** The base styles (src/internal/styles.ts): the host resets the text properties a page's container passes down. */
import { expect, fixture, html } from '@open-wc/testing';
import { $, type HeroProbe } from './probe.js';

describe('base styles', () => {
  it('keep a host page’s centred, capitalised, spaced, italic, bold, pre-wrapped container from reaching the element’s text', async () => {
    const page = await fixture<HTMLElement>(html`<div
      style="text-align: center; text-indent: 3em; text-transform: uppercase; letter-spacing: 4px; word-spacing: 6px;
             white-space: pre; font-style: italic; font-weight: 900; font-variant: small-caps; text-shadow: 1px 1px red; word-break: break-all; cursor: wait"
    >
      <hero-probe standalone></hero-probe>
    </div>`);
    const el = page.querySelector<HeroProbe>('hero-probe')!;
    await el.updateComplete;
    for (const selector of ['label', 'h2', '.shared']) {
      const style = getComputedStyle($(el, selector)!);
      const seen = {
        textAlign: style.textAlign,
        textIndent: style.textIndent,
        textTransform: style.textTransform,
        letterSpacing: style.letterSpacing,
        wordSpacing: style.wordSpacing,
        whiteSpace: style.whiteSpace,
        fontStyle: style.fontStyle,
        fontVariant: style.fontVariant,
        textShadow: style.textShadow,
        wordBreak: style.wordBreak,
      };
      expect(seen, selector).to.deep.equal({
        textAlign: 'start',
        textIndent: '0px',
        textTransform: 'none',
        letterSpacing: 'normal',
        wordSpacing: '0px',
        whiteSpace: 'normal',
        fontStyle: 'normal',
        fontVariant: 'normal',
        textShadow: 'none',
        wordBreak: 'normal',
      });
    }
    expect(getComputedStyle($(el, '.shared')!).fontWeight).to.equal('400');
    expect(getComputedStyle($(el, '.shared')!).cursor).to.equal('auto');
    expect(getComputedStyle($(el, 'h2')!).fontWeight, 'the element’s own weights still apply').to.equal('700');
  });

  it('still lets the page style the host itself, and inherit the theme’s tokens', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="--hero-color-text: rgb(1, 2, 3)"><hero-probe standalone style="margin: 7px"></hero-probe></div>`,
    );
    const el = page.querySelector<HeroProbe>('hero-probe')!;
    await el.updateComplete;
    expect(getComputedStyle(el).marginTop).to.equal('7px');
    expect(getComputedStyle($(el, '.shared')!).color).to.equal('rgb(1, 2, 3)');
  });
});
