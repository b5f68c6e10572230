/**
 * Server rendering and hydration (issue 15): the tag is in the page before its configuration, which
 * a framework sets as properties a moment later. Every element waits quietly (a neutral loading
 * state, no `hero-error`, no request), then loads and fires exactly one `hero-ready`; `ready` and
 * `:state(ready)` tell a listener that came late. The same through a `<hero-provider>` configured late.
 *
 * "No error later" is shown against a control: an element of the same kind, never configured,
 * created after the one under test; its configuration error fires after the other's grace period
 * has run out, so by then any error of the one under test would have fired too.
 */
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { SHORT_FORM_ID } from '../../mock/index.js';
import '../../src/index.js';
import { HeroElement } from '../../src/internal/hero-element.js';
import { seen, useMockApi } from '../support/mock-api.js';
import { CONFIG, record } from './probe.js';

type Hydrated = HTMLElement & { ready: boolean; updateComplete: Promise<boolean> };

const ELEMENTS: { tag: string; attributes: Record<string, string> }[] = [
  { tag: 'hero-slot-picker', attributes: {} },
  { tag: 'hero-patient-lookup', attributes: {} },
  { tag: 'hero-form-renderer', attributes: { 'form-id': SHORT_FORM_ID } },
  { tag: 'hero-message-composer', attributes: { 'patient-id': '401' } },
  { tag: 'hero-message-history', attributes: { 'patient-id': '401' } },
  { tag: 'hero-appointments', attributes: { 'patient-id': '401' } },
];

const create = (tag: string, attributes: Record<string, string>): Hydrated => {
  const el = document.createElement(tag) as Hydrated;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
};
const apiRequests = () => seen.filter((r) => /\/v\d\/|hero-token/.test(new URL(r.url).pathname));
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('elements created before their configuration (server rendering, hydration)', function () {
  this.timeout(20_000);
  useMockApi();
  const grace = HeroElement.configGracePeriod;
  before(() => {
    HeroElement.configGracePeriod = 300;
  });
  after(() => {
    HeroElement.configGracePeriod = grace;
  });

  for (const { tag, attributes } of ELEMENTS) {
    it(`<${tag}> waits quietly, then loads once configured and fires exactly one hero-ready`, async () => {
      const errors = record(document, 'hero-error');
      const readies = record(document, 'hero-ready');
      const parent = await fixture<HTMLElement>(html`<div></div>`);
      const el = create(tag, attributes);
      parent.append(el);
      await el.updateComplete;
      expect(part(el, 'loading')?.getAttribute('role')).to.equal('status');
      expect(part(el, 'error')).to.equal(null);
      expect(apiRequests()).to.have.length(0);
      expect(el.ready).to.equal(false);

      await nextFrame();
      Object.assign(el, CONFIG);
      const control = create(tag, attributes);
      parent.append(control);
      await oneEvent(control, 'hero-error');
      await waitUntil(() => readies.some((e) => e.target === el), 'ready', { timeout: 8000 });
      await el.updateComplete;

      expect(errors.map((e) => (e.target === el ? 'configured late' : 'control'))).to.deep.equal(['control']);
      expect(readies.filter((e) => e.target === el)).to.have.length(1);
      expect(part(el, 'error')).to.equal(null);
      // A listener that came late reads it.
      expect(el.ready).to.equal(true);
      expect(el.matches(':state(ready)')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('<hero-provider> configured late: the elements inside wait for it, then load, sharing one token; no error', async () => {
    const errors = record(document, 'hero-error');
    const readies = record(document, 'hero-ready');
    const parent = await fixture<HTMLElement>(html`<div></div>`);
    // As server-rendered markup: the tags and their attributes, no configuration yet.
    parent.innerHTML = `<hero-provider>${ELEMENTS.map(
      ({ tag, attributes }) =>
        `<${tag} ${Object.entries(attributes)
          .map(([n, v]) => `${n}="${v}"`)
          .join(' ')}></${tag}>`,
    ).join('')}</hero-provider>`;
    const provider = parent.querySelector('hero-provider')!;
    const elements = ELEMENTS.map(({ tag }) => provider.querySelector(tag) as Hydrated);
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(elements.map((el) => part(el, 'loading') !== null)).to.deep.equal(ELEMENTS.map(() => true));
    expect(apiRequests()).to.have.length(0);

    await nextFrame();
    Object.assign(provider, CONFIG);
    const control = document.createElement('hero-provider');
    control.innerHTML = '<hero-patient-lookup></hero-patient-lookup>';
    parent.append(control);
    await oneEvent(control.firstElementChild!, 'hero-error');
    await waitUntil(() => elements.every((el) => el.ready), 'all ready', { timeout: 8000 });

    expect(errors.map((e) => (elements.includes(e.target as Hydrated) ? (e.target as Element).localName : 'control'))).to.deep.equal([
      'control',
    ]);
    expect(elements.map((el) => readies.filter((e) => e.target === el).length)).to.deep.equal(ELEMENTS.map(() => 1));
    expect(apiRequests().filter((r) => new URL(r.url).pathname === '/api/hero-token')).to.have.length(1);
  });
});
