/** The polite live region (src/internal/announcer.ts), through an element on the base. */
import { expect, fixture, html } from '@open-wc/testing';
import { $, type HeroProbe } from './probe.js';

/** Everything the live region says from now on, in order. */
function listen(el: HeroProbe): { region: HTMLElement; said: string[] } {
  const region = $(el, '[aria-live="polite"]')!;
  const said: string[] = [];
  new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, subtree: true, characterData: true });
  return { region, said };
}

const settle = async (el: HeroProbe) => {
  // A repeat is said one update after it is cleared.
  await el.updateComplete;
  await el.updateComplete;
};

describe('the live region', () => {
  it('is a polite, atomic status region, visually hidden, that says what the element announces', async () => {
    const el = await fixture<HeroProbe>(html`<hero-probe standalone></hero-probe>`);
    const { region } = listen(el);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    expect(region.classList.contains('visually-hidden')).to.equal(true);
    expect(region.getBoundingClientRect().width).to.be.at.most(1);
    el.say('3 locations found');
    await el.updateComplete;
    expect(region.textContent).to.equal('3 locations found');
    await expect(el).to.be.accessible();
  });

  it('clears a repeat first, so it is read out again', async () => {
    const el = await fixture<HeroProbe>(html`<hero-probe standalone></hero-probe>`);
    const { region, said } = listen(el);
    el.say('Saved');
    await settle(el);
    el.say('Saved');
    await settle(el);
    expect(said.filter(Boolean).length, 'said twice').to.equal(2);
    expect(said.at(-2)).to.equal('');
    expect(region.textContent).to.equal('Saved');
  });

  it('lets a later announcement win over a repeat still waiting', async () => {
    const el = await fixture<HeroProbe>(html`<hero-probe standalone></hero-probe>`);
    const { region } = listen(el);
    el.say('Saved');
    await settle(el);
    el.say('Saved');
    el.say('Sent');
    await settle(el);
    expect(region.textContent).to.equal('Sent');
  });

  it('empties with announce("")', async () => {
    const el = await fixture<HeroProbe>(html`<hero-probe standalone></hero-probe>`);
    const { region } = listen(el);
    el.say('Saved');
    await settle(el);
    el.say('');
    await settle(el);
    expect(region.textContent).to.equal('');
  });
});
