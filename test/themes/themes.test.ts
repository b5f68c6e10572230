/**
 * The theme files (src/themes/*.css): each one loads and sets the tokens the elements read; a page
 * restyles without a reload when a <link>'s href changes or when a `hero-theme-<name>` class
 * changes; classes win over `:root`, nest, and a page's own `:root` overrides beat any theme.
 *
 * Assertions compare computed strings and booleans only: chai must never print a Lit element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { HeroPatientLookup } from '../../src/components/patient-lookup/hero-patient-lookup.js';
import '../../src/components/patient-lookup/hero-patient-lookup.js';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID } from '../../mock/index.js';

type Theme = 'default' | 'dark' | 'nhs' | 'high-contrast';
const THEMES: Theme[] = ['default', 'dark', 'nhs', 'high-contrast'];

/** What each theme should make of an element: text colour, primary button colour (the NHS theme's is NHS.UK's green), font. */
const EXPECTED: Record<Theme, { text: string; primary: string; onPrimary: string; font: RegExp; scheme: string }> = {
  default: { text: 'rgb(33, 43, 50)', primary: 'rgb(0, 94, 184)', onPrimary: 'rgb(255, 255, 255)', font: /^system-ui/, scheme: 'light' },
  dark: { text: 'rgb(241, 244, 246)', primary: 'rgb(115, 183, 255)', onPrimary: 'rgb(11, 12, 12)', font: /^system-ui/, scheme: 'dark' },
  nhs: {
    text: 'rgb(33, 43, 50)',
    primary: 'rgb(0, 127, 59)',
    onPrimary: 'rgb(255, 255, 255)',
    font: /^"Frutiger W01", Arial, sans-serif$/,
    scheme: 'light',
  },
  'high-contrast': {
    text: 'rgb(255, 255, 255)',
    primary: 'rgb(255, 255, 0)',
    onPrimary: 'rgb(0, 0, 0)',
    font: /^system-ui/,
    scheme: 'dark',
  },
};

const added: Element[] = [];

/** Adds `<link rel="stylesheet">` for a theme and waits until it has loaded. */
async function linkTheme(theme: Theme, before?: Element): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`${theme}.css did not load`)), { once: true });
  });
  link.href = `/src/themes/${theme}.css`;
  if (before) document.head.insertBefore(link, before);
  else document.head.append(link);
  added.push(link);
  await loaded;
  return link;
}

/** Points an existing link at another theme and waits for it to load. */
async function swapTheme(link: HTMLLinkElement, theme: Theme): Promise<void> {
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  link.href = `/src/themes/${theme}.css`;
  await loaded;
}

const lookup = (wrapperClass?: string) =>
  fixture<HTMLElement>(html`<div class=${wrapperClass ?? ''}>
    <hero-patient-lookup tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token"></hero-patient-lookup>
  </div>`);

const elementIn = (wrapper: Element) => wrapper.querySelector<HeroPatientLookup>('hero-patient-lookup')!;
const searchButton = (el: HeroPatientLookup) => el.shadowRoot!.querySelector<HTMLElement>('[part~="search-button"]')!;
const rootToken = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** What the theme does to the element: host text colour, font, the primary button's colours. */
function look(el: HeroPatientLookup) {
  const host = getComputedStyle(el);
  const button = getComputedStyle(searchButton(el));
  // Reading the style starts any colour transition; jump to its end state.
  void button.backgroundColor;
  for (const animation of el.shadowRoot!.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
  return { text: host.color, font: host.fontFamily, primary: button.backgroundColor, onPrimary: button.color, scheme: host.colorScheme };
}

/** Moves keyboard focus (so :focus-visible applies) onto the search button. */
async function tabToSearch(el: HeroPatientLookup): Promise<HTMLElement> {
  const button = searchButton(el);
  el.shadowRoot!.querySelector<HTMLElement>('#nhs-number')!.focus();
  for (let i = 0; i < 10 && el.shadowRoot!.activeElement !== button; i += 1) await sendKeys({ press: 'Tab' });
  expect(el.shadowRoot!.activeElement === button).to.equal(true);
  expect(button.matches(':focus-visible')).to.equal(true);
  return button;
}

/** The `--hero-*` (and component) properties a theme file declares in its main rule. */
async function declaredTokens(theme: Theme): Promise<string[]> {
  const text = await (await fetch(`/src/themes/${theme}.css`)).text();
  const start = text.search(/^:where\(:root\),/m);
  const main = text.slice(start, text.indexOf('\n}', start));
  return [...main.matchAll(/(--hero-[a-z0-9-]+)\s*:/g)].map((m) => m[1]!).sort();
}

describe('themes', () => {
  afterEach(() => {
    for (const node of added.splice(0)) node.remove();
    document.documentElement.className = '';
  });

  it('elements look right with no theme file (their built-in defaults)', async () => {
    const el = elementIn(await lookup());
    expect(rootToken('--hero-color-text')).to.equal('');
    const seen = look(el);
    expect(seen.text).to.equal(EXPECTED.default.text);
    expect(seen.primary).to.equal(EXPECTED.default.primary);
    expect(seen.onPrimary).to.equal(EXPECTED.default.onPrimary);
    expect(seen.font).to.match(EXPECTED.default.font);
  });

  for (const theme of THEMES) {
    it(`${theme}.css, linked alone, themes the page with no class`, async () => {
      const el = elementIn(await lookup());
      await linkTheme(theme);
      expect(rootToken('--hero-color-text')).to.not.equal('');
      const seen = look(el);
      expect(seen.text).to.equal(EXPECTED[theme].text);
      expect(seen.primary).to.equal(EXPECTED[theme].primary);
      expect(seen.onPrimary).to.equal(EXPECTED[theme].onPrimary);
      expect(seen.font).to.match(EXPECTED[theme].font);
      expect(seen.scheme).to.equal(EXPECTED[theme].scheme);
    });
  }

  it('every theme declares every token default.css declares, so nested themes never leak', async () => {
    const reference = await declaredTokens('default');
    expect(reference.length).to.be.greaterThan(40);
    for (const theme of THEMES) expect((await declaredTokens(theme)).join(' '), theme).to.equal(reference.join(' '));
  });

  it('every token the elements read has a value in the default theme', async () => {
    await linkTheme('default');
    for (const token of ['--hero-color-danger-hover', '--hero-color-info-surface', '--hero-focus-ring-color', '--hero-target-size']) {
      expect(rootToken(token), token).to.not.equal('');
    }
  });

  it("restyles without a reload when the link's href changes, keeping what was typed", async () => {
    const link = await linkTheme('default');
    const el = elementIn(await lookup());
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#nhs-number')!;
    input.value = '999 000 0018';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    await el.updateComplete;
    (window as unknown as { notReloaded?: boolean }).notReloaded = true;

    for (const theme of ['dark', 'high-contrast', 'nhs', 'default'] as Theme[]) {
      const before = JSON.stringify(look(el));
      await swapTheme(link, theme);
      expect(look(el).text, theme).to.equal(EXPECTED[theme].text);
      expect(look(el).primary, theme).to.equal(EXPECTED[theme].primary);
      expect(look(el).font, theme).to.match(EXPECTED[theme].font);
      expect(JSON.stringify(look(el)), theme).to.not.equal(before);
    }
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#nhs-number')!.value).to.equal('999 000 0018');
    expect((window as unknown as { notReloaded?: boolean }).notReloaded).to.equal(true);
  });

  it('restyles without a reload when a hero-theme-<name> class changes, with every theme loaded', async () => {
    for (const theme of THEMES) await linkTheme(theme);
    const wrapper = await lookup('hero-theme-default');
    const el = elementIn(wrapper);
    for (const theme of ['dark', 'nhs', 'high-contrast', 'default'] as Theme[]) {
      wrapper.className = `hero-theme-${theme}`;
      const seen = look(el);
      expect(seen.text, theme).to.equal(EXPECTED[theme].text);
      expect(seen.primary, theme).to.equal(EXPECTED[theme].primary);
      expect(seen.font, theme).to.match(EXPECTED[theme].font);
      expect(seen.scheme, theme).to.equal(EXPECTED[theme].scheme);
    }
  });

  it('a class on <html> beats the :root of whichever theme file loaded last', async () => {
    for (const theme of THEMES) await linkTheme(theme);
    const el = elementIn(await lookup());
    expect(look(el).text).to.equal(EXPECTED['high-contrast'].text);
    document.documentElement.className = 'hero-theme-default';
    expect(look(el).text).to.equal(EXPECTED.default.text);
    document.documentElement.className = 'hero-theme-dark';
    expect(look(el).primary).to.equal(EXPECTED.dark.primary);
  });

  it("a page's own :root tokens win over a theme, whatever the load order", async () => {
    const own = document.createElement('style');
    own.textContent = ':root { --hero-color-text: rgb(1, 2, 3); }';
    document.head.append(own);
    added.push(own);
    await linkTheme('dark');
    const el = elementIn(await lookup());
    expect(look(el).text).to.equal('rgb(1, 2, 3)');
    expect(look(el).primary).to.equal(EXPECTED.dark.primary);
  });

  it('NHS: a focused button is filled focus-yellow with dark text over a dark bottom bar, and no ring', async () => {
    await linkTheme('nhs');
    const el = elementIn(await lookup());
    const button = await tabToSearch(el);
    const style = getComputedStyle(button);
    expect(style.backgroundImage).to.contain('rgb(255, 235, 59)');
    expect(style.color).to.equal('rgb(33, 43, 50)');
    expect(style.boxShadow).to.equal('rgb(33, 43, 50) 0px 4px 0px 0px');
    // NHS.UK's transparent outline: invisible, but forced colours paint it.
    expect(style.outlineColor).to.equal('rgba(0, 0, 0, 0)');
    expect(style.outlineWidth).to.equal('4px');
  });

  it('default: a focused button keeps its own colours and gets the yellow ring with a dark inner ring', async () => {
    await linkTheme('default');
    const el = elementIn(await lookup());
    const button = await tabToSearch(el);
    const style = getComputedStyle(button);
    expect(style.backgroundImage).to.not.contain('rgb(255, 235, 59)');
    expect(style.color).to.equal(EXPECTED.default.onPrimary);
    expect(style.outlineColor).to.equal('rgb(255, 235, 59)');
    expect(style.outlineOffset).to.equal('2px');
    expect(style.boxShadow).to.equal('rgb(33, 43, 50) 0px 0px 0px 2px');
  });

  it('a default-themed container inside an NHS page drops the NHS focus fill', async () => {
    for (const theme of THEMES) await linkTheme(theme);
    document.documentElement.className = 'hero-theme-nhs';
    const el = elementIn(await lookup('hero-theme-default'));
    const button = await tabToSearch(el);
    const style = getComputedStyle(button);
    expect(style.color).to.equal(EXPECTED.default.onPrimary);
    expect(style.boxShadow).to.equal('rgb(33, 43, 50) 0px 0px 0px 2px');
    expect(style.outlineColor).to.equal('rgb(255, 235, 59)');
  });
});
