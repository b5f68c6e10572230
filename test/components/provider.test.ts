import { Task } from '@lit/task';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { html as litHtml } from 'lit';
import { HeroProvider } from '../../src/components/provider/hero-provider.js';
import { toHeroError } from '../../src/api/errors.js';
import { HeroElement } from '../../src/internal/hero-element.js';
import { baseStyles } from '../../src/internal/styles.js';
import type { Translations } from '../../src/internal/localize.js';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID } from '../../mock/index.js';
import { requestsTo, useMockApi, worker } from '../support/mock-api.js';

const strings = {
  heading: 'Locations',
  count: '{count} locations',
};

/** A minimal element on the shared base, standing in for the real ones. */
class TestProbe extends HeroElement {
  static override styles = baseStyles;
  static override translations: Translations<typeof strings> = { 'en-GB': strings, cy: { heading: 'Lleoliadau' } };

  readonly locations = new Task(this, {
    task: async ([client], { signal }) => {
      if (!client) throw this.configError;
      return (await client.get('/v1/locations', { signal })).data;
    },
    args: () => [this.client] as const,
    onComplete: () => void this.markReady(),
    onError: (error) => void this.reportError(error),
  });

  override render() {
    return litHtml`<h2>${this.t('heading')}</h2>${this.locations.render({
      pending: () => litHtml`<p>Loading…</p>`,
      complete: (list) => litHtml`<p class="count">${this.t('count', { count: list.length })}</p>`,
      error: (error) => this.renderError(toHeroError(error), () => void this.locations.run()),
    })}`;
  }
}
customElements.define('test-probe', TestProbe);

const shadowText = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector)?.textContent ?? '';
const loaded = (el: Element) => waitUntil(() => shadowText(el, '.count') !== '', 'data rendered');

describe('hero-provider and the base element', () => {
  useMockApi();

  it('is registered and renders its children', async () => {
    const el = await fixture<HeroProvider>(html`<hero-provider><p>content</p></hero-provider>`);
    expect(el).to.be.instanceOf(HeroProvider);
    expect(el.querySelector('p')?.textContent).to.equal('content');
    await expect(el).to.be.accessible();
  });

  it('configures the elements inside it, and they fire hero-ready once data has rendered', async () => {
    const el = await fixture<HeroProvider>(html`
      <hero-provider tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token"><test-probe></test-probe></hero-provider>
    `);
    const probe = el.querySelector('test-probe')!;
    await oneEvent(probe, 'hero-ready');
    expect(shadowText(probe, '.count')).to.match(/^\d+ locations$/);
    expect(requestsTo('/v1/locations')[0]?.headers.get('x-practice-group-id')).to.equal(MOCK_PRACTICE_GROUP_ID);
    await expect(el).to.be.accessible();
  });

  it('lets an element’s own attributes win over the provider’s', async () => {
    const el = await fixture<HeroProvider>(html`
      <hero-provider tenant-id="9999" base-url=${MOCK_BASE_URL} token-url="/api/hero-token"><test-probe tenant-id=${MOCK_PRACTICE_GROUP_ID}></test-probe></hero-provider>
    `);
    await loaded(el.querySelector('test-probe')!);
    expect(requestsTo('/v1/locations')[0]?.headers.get('x-practice-group-id')).to.equal(MOCK_PRACTICE_GROUP_ID);
  });

  it('lets a nested provider inherit what it does not set', async () => {
    const el = await fixture<HeroProvider>(html`
      <hero-provider base-url=${MOCK_BASE_URL} token-url="/api/hero-token">
        <hero-provider tenant-id=${MOCK_PRACTICE_GROUP_ID}><test-probe></test-probe></hero-provider>
      </hero-provider>
    `);
    await loaded(el.querySelector('test-probe')!);
  });

  it('gives four elements with one configuration one token fetch', async () => {
    const el = await fixture<HeroProvider>(html`
      <hero-provider tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token">
        <test-probe></test-probe><test-probe></test-probe><test-probe></test-probe><test-probe></test-probe>
      </hero-provider>
    `);
    await Promise.all([...el.querySelectorAll('test-probe')].map(loaded));
    expect(requestsTo('/api/hero-token')).to.have.length(1);
    // Identical GETs in flight were shared too.
    expect(requestsTo('/v1/locations').length).to.be.lessThan(4);
  });

  it('passes configuration changes down to elements already rendered', async () => {
    const refused = oneEvent(document, 'hero-error'); // the mock mints tokens for the mock practice group only
    const el = await fixture<HeroProvider>(html`
      <hero-provider tenant-id="9999" base-url=${MOCK_BASE_URL} token-url="/api/hero-token"><test-probe></test-probe></hero-provider>
    `);
    const probe = el.querySelector('test-probe')!;
    expect((await refused).detail.code).to.equal('auth');
    el.tenantId = MOCK_PRACTICE_GROUP_ID;
    await loaded(probe);
  });

  it('finds a provider defined after the element upgraded', async () => {
    // <late-provider> is upgraded only after its child has connected and asked for configuration.
    const host = await fixture(html`
      <late-provider tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token"><test-probe></test-probe></late-provider>
    `);
    customElements.define('late-provider', class extends HeroProvider {});
    await loaded(host.querySelector('test-probe')!);
  });

  it('fires hero-error with code auth, and shows a retry, when nothing configures it', async () => {
    const reported = oneEvent(document, 'hero-error');
    const el = await fixture(html`<div><test-probe></test-probe></div>`);
    const probe = el.querySelector('test-probe')!;
    const event = await reported;
    expect(event.target).to.equal(probe);
    expect(event.detail.code).to.equal('auth');
    expect(event.detail.message).to.contain('tenant-id');
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => probe.shadowRoot?.querySelector('button'));
    expect(probe.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('not authorised');
    await expect(probe).to.be.accessible();
  });

  it('fires hero-error with the code for an API failure and recovers on retry', async () => {
    worker.use(http.get('*/v1/locations', () => new HttpResponse(null, { status: 500 }), { once: true }));
    const reported = oneEvent(document, 'hero-error');
    const el = await fixture(html`
      <test-probe tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token"></test-probe>
    `);
    const event = await reported;
    expect(event.detail).to.deep.equal({ code: 'server', message: event.detail.message, status: 500 });
    await waitUntil(() => el.shadowRoot?.querySelector('button'));
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Hero is having a problem');
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Try again');
    await expect(el).to.be.accessible();
    const ready = oneEvent(el, 'hero-ready');
    el.shadowRoot!.querySelector('button')!.click();
    await ready;
    await loaded(el);
  });

  it('speaks the language of its own lang, else its nearest ancestor’s, else en-GB; hosts can override strings', async () => {
    const el = await fixture(html`
      <div lang="cy">
        <test-probe id="inherits"></test-probe>
        <test-probe id="own" lang="en-GB"></test-probe>
      </div>
    `);
    const inherits = el.querySelector<TestProbe>('#inherits')!;
    const own = el.querySelector<TestProbe>('#own')!;
    await inherits.updateComplete; // the first render waits for the Welsh tables to load
    expect(shadowText(inherits, 'h2')).to.equal('Lleoliadau');
    expect(shadowText(own, 'h2')).to.equal('Locations');

    own.lang = 'cy-GB';
    await own.updateComplete;
    expect(shadowText(own, 'h2')).to.equal('Lleoliadau');

    own.strings = { heading: 'Our surgeries' };
    await own.updateComplete;
    expect(shadowText(own, 'h2')).to.equal('Our surgeries');
    expect(shadowText(own, '[role="alert"] p')).to.contain('wedi’i awdurdodi'); // the shared strings, from the Welsh module

    // An override for one language only wins in that language; top-level ones apply in every language.
    own.strings = { heading: 'Our surgeries', cy: { heading: 'Ein meddygfeydd' } };
    await own.updateComplete;
    expect(shadowText(own, 'h2')).to.equal('Ein meddygfeydd');
    own.lang = 'en-GB';
    await own.updateComplete;
    expect(shadowText(own, 'h2')).to.equal('Our surgeries');
    expect(shadowText(own, '[role="alert"] p')).to.contain('not authorised');
  });
});
