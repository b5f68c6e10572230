/**
 * The language controller (src/internal/locale-controller.ts): which language an element speaks,
 * `t()` with host overrides, Welsh loaded without English flashing first, `lang` followed at
 * runtime. The first test must stay first: it needs a page where Welsh has not loaded yet.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/locales/register.js';
import '../../src/components/provider/hero-provider.js';
import { $, HeroProbe, textOf } from './probe.js';

const standalone = (attrs = html``) => html`<hero-probe standalone>${attrs}</hero-probe>`;

describe('language and strings', () => {
  it('renders Welsh from its first render, waiting for the Welsh tables: no English first', async () => {
    const parent = await fixture<HTMLElement>(html`<div lang="cy"></div>`);
    const el = document.createElement('hero-probe');
    el.standalone = true;
    parent.append(el);
    const seen: string[] = [];
    new MutationObserver(() => seen.push(el.shadowRoot!.textContent ?? '')).observe(el.shadowRoot!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await el.updateComplete;
    expect(textOf(el, 'h2')).to.equal('Lleoliadau');
    expect(textOf(el, '.shared'), 'from the lazily loaded Welsh module').to.equal('Mae problem wedi codi');
    expect(textOf(el, 'label')).to.equal('Your name', 'a key Welsh lacks falls back to English');
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.filter((text) => text.includes('Locations') || text.includes('There is a problem'))).to.deep.equal([]);
  });

  it('speaks its own lang, else the nearest ancestor’s (across shadow roots), else its provider’s, else en-GB', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div lang="cy"><hero-probe standalone id="ancestor"></hero-probe><hero-probe standalone id="own" lang="en-GB"></hero-probe></div>
      <hero-provider lang="cy"><hero-probe standalone id="provider"></hero-probe></hero-provider>
      <hero-probe standalone id="default"></hero-probe>
      <div lang="cy" id="host"></div>
    </div>`);
    // Inside another component's shadow root, under a host with lang="cy".
    const shadow = page.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><hero-probe standalone id="shadowed"></hero-probe></div>';
    const probe = (id: string) => (page.querySelector(`#${id}`) ?? shadow.querySelector(`#${id}`)) as HeroProbe;
    await Promise.all(['ancestor', 'own', 'provider', 'default', 'shadowed'].map((id) => probe(id).updateComplete));
    expect(probe('ancestor').lang_).to.deep.equal({ language: 'cy', locale: 'cy-GB' });
    expect(textOf(probe('ancestor'), 'h2')).to.equal('Lleoliadau');
    expect(probe('own').lang_.language).to.equal('en-GB');
    expect(textOf(probe('own'), 'h2')).to.equal('Locations');
    expect(probe('provider').lang_.language).to.equal('cy');
    expect(probe('default').lang_).to.deep.equal({ language: 'en-GB', locale: 'en-GB' });
    expect(probe('shadowed').lang_.language).to.equal('cy');
    expect(textOf(probe('shadowed'), 'h2')).to.equal('Lleoliadau');
  });

  it('formats dates and numbers for en-GB when the page says only "en"', async () => {
    const el = (await fixture<HTMLElement>(html`<div lang="en">${standalone()}</div>`)).querySelector('hero-probe')!;
    expect(el.lang_).to.deep.equal({ language: 'en', locale: 'en-GB' });
  });

  it('follows lang changing at runtime: its own, and an ancestor’s', async () => {
    const parent = await fixture<HTMLElement>(html`<div lang="en-GB">${standalone()}</div>`);
    const el = parent.querySelector('hero-probe')!;
    await el.updateComplete;
    expect(textOf(el, 'h2')).to.equal('Locations');
    parent.setAttribute('lang', 'cy');
    await new Promise<void>((resolve) => queueMicrotask(resolve)); // the MutationObserver's turn
    await el.updateComplete;
    expect(textOf(el, 'h2')).to.equal('Lleoliadau');
    el.lang = 'en-GB';
    await el.updateComplete;
    expect(el.getAttribute('lang'), 'lang reflects').to.equal('en-GB');
    expect(textOf(el, 'h2')).to.equal('Locations');
  });

  it('takes host overrides (strings): top-level in every language, a language’s table wins in that language; placeholders filled', async () => {
    const el = (await fixture<HTMLElement>(html`<div lang="cy">${standalone()}</div>`)).querySelector('hero-probe')!;
    el.strings = { heading: 'Our surgeries', cy: { heading: 'Ein meddygfeydd' } };
    await el.updateComplete;
    expect(textOf(el, 'h2')).to.equal('Ein meddygfeydd');
    el.lang = 'en-GB';
    await el.updateComplete;
    expect(textOf(el, 'h2')).to.equal('Our surgeries');
    expect(el.text('count', { count: 3 })).to.equal('3 locations');
    expect(el.text('count')).to.equal('{count} locations', 'an unfilled placeholder is left as written');
    expect(el.text('no.such.key')).to.equal('no.such.key');
    expect(el.text('retry'), 'the shared table').to.equal('Try again');
    el.lang = 'cy';
    await el.updateComplete;
    expect(el.text('retry'), 'the shared table, from the Welsh module').to.equal('Rhowch gynnig arall arni');
  });

  it('gives templates heading levels from heading-level (default 2), sub-headings one deeper, within 1–6', async () => {
    const el = (await fixture<HTMLElement>(standalone())) as HeroProbe;
    expect([el.headingLevel, el.headingFor(0), el.headingFor(1)]).to.deep.equal([2, 2, 3]);
    el.setAttribute('heading-level', '4');
    expect([el.headingLevel, el.headingFor(0), el.headingFor(1), el.headingFor(3)]).to.deep.equal([4, 4, 5, 6]);
    el.headingLevel = 0;
    expect(el.headingFor(0)).to.equal(1);
    expect($(el, 'h2')).to.exist;
  });
});
