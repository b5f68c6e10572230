/** <hero-provider>: configuration handed down to the elements inside it (the base's own tests are in test/internal). */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { HeroProvider } from '../../src/components/provider/hero-provider.js';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID } from '../../mock/index.js';
import { requestsTo, useMockApi } from '../support/mock-api.js';
import { loaded, textOf } from '../internal/probe.js';

describe('hero-provider', () => {
  useMockApi();

  it('is registered and renders its children', async () => {
    const el = await fixture<HeroProvider>(html`<hero-provider><p>content</p></hero-provider>`);
    expect(el).to.be.instanceOf(HeroProvider);
    expect(el.querySelector('p')?.textContent).to.equal('content');
    await expect(el).to.be.accessible();
  });

  it('configures the elements inside it, and they fire hero-ready once data has rendered', async () => {
    const el = await fixture<HeroProvider>(html`
      <hero-provider tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token"><hero-probe></hero-probe></hero-provider>
    `);
    const probe = el.querySelector('hero-probe')!;
    await oneEvent(probe, 'hero-ready');
    expect(textOf(probe, '.count')).to.match(/^\d+ locations$/);
    expect(requestsTo('/v1/locations')[0]?.headers.get('x-practice-group-id')).to.equal(MOCK_PRACTICE_GROUP_ID);
    await expect(el).to.be.accessible();
  });

  it('lets an element’s own attributes win over the provider’s', async () => {
    const el = await fixture<HeroProvider>(html`
      <hero-provider tenant-id="9999" base-url=${MOCK_BASE_URL} token-url="/api/hero-token"><hero-probe tenant-id=${MOCK_PRACTICE_GROUP_ID}></hero-probe></hero-provider>
    `);
    await loaded(el.querySelector('hero-probe')!);
    expect(requestsTo('/v1/locations')[0]?.headers.get('x-practice-group-id')).to.equal(MOCK_PRACTICE_GROUP_ID);
  });

  it('lets a nested provider inherit what it does not set', async () => {
    const el = await fixture<HeroProvider>(html`
      <hero-provider base-url=${MOCK_BASE_URL} token-url="/api/hero-token">
        <hero-provider tenant-id=${MOCK_PRACTICE_GROUP_ID}><hero-probe></hero-probe></hero-provider>
      </hero-provider>
    `);
    await loaded(el.querySelector('hero-probe')!);
  });

  it('gives four elements with one configuration one token fetch', async () => {
    const el = await fixture<HeroProvider>(html`
      <hero-provider tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token">
        <hero-probe></hero-probe><hero-probe></hero-probe><hero-probe></hero-probe><hero-probe></hero-probe>
      </hero-provider>
    `);
    await Promise.all([...el.querySelectorAll('hero-probe')].map(loaded));
    expect(requestsTo('/api/hero-token')).to.have.length(1);
    // Identical GETs in flight were shared too.
    expect(requestsTo('/v1/locations').length).to.be.lessThan(4);
  });

  it('passes configuration changes down to elements already rendered', async () => {
    const refused = oneEvent(document, 'hero-error'); // the mock mints tokens for the mock practice group only
    const el = await fixture<HeroProvider>(html`
      <hero-provider tenant-id="9999" base-url=${MOCK_BASE_URL} token-url="/api/hero-token"><hero-probe></hero-probe></hero-provider>
    `);
    const probe = el.querySelector('hero-probe')!;
    expect((await refused).detail.code).to.equal('auth');
    el.tenantId = MOCK_PRACTICE_GROUP_ID;
    await loaded(probe);
  });

  it('finds a provider defined after the element upgraded', async () => {
    // <late-provider> is upgraded only after its child has connected and asked for configuration.
    const host = await fixture(html`
      <late-provider tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token"><hero-probe></hero-probe></late-provider>
    `);
    customElements.define('late-provider', class extends HeroProvider {});
    await loaded(host.querySelector('hero-probe')!);
  });
});
