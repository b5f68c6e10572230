/**
 * The configuration and client controllers (src/internal/config-controller.ts, element-client.ts):
 * configuration merged over the provider's, the shared client, waiting quietly for a configuration
 * and giving up after the grace period, and the connection: reads stop when the element leaves the
 * page, nothing new starts while it is out, a change in flight is let finish.
 */
import { TaskStatus } from '@lit/task';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID, mintMockToken } from '../../mock/index.js';
import '../../src/components/provider/hero-provider.js';
import { requestsTo, seen, useMockApi, worker } from '../support/mock-api.js';
import { $, CONFIG, configuredProbe, deferred, HeroProbe, loaded, record, textOf } from './probe.js';

const bare = async (attributes = html``): Promise<{ el: HeroProbe; parent: HTMLElement }> => {
  const parent = await fixture<HTMLElement>(html`<div>${attributes}</div>`);
  const el = document.createElement('hero-probe');
  parent.append(el);
  await el.updateComplete;
  return { el, parent };
};
const apiRequests = () => seen.filter((r) => /\/v\d\/|hero-token/.test(new URL(r.url).pathname));

describe('configuration and client', () => {
  useMockApi();

  describe('configuration', () => {
    it('merges the element’s own values over the nearest provider’s; empty own values do not hide the provider’s', async () => {
      const provider = await fixture(html`
        <hero-provider tenant-id="9999" base-url=${MOCK_BASE_URL} token-url="/api/hero-token" practice-phone="01234 567890">
          <hero-probe tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url="" request-timeout="5000"></hero-probe>
        </hero-provider>
      `);
      const probe = provider.querySelector('hero-probe')!;
      expect(probe.config).to.deep.equal({
        tenantId: MOCK_PRACTICE_GROUP_ID,
        baseUrl: MOCK_BASE_URL,
        tokenUrl: '/api/hero-token',
        practicePhone: '01234 567890',
        requestTimeout: 5000,
      });
      await loaded(probe);
      expect(requestsTo('/v1/locations')[0]!.headers.get('x-practice-group-id')).to.equal(MOCK_PRACTICE_GROUP_ID);
    });

    it('gives elements configured alike one shared client', async () => {
      const el = await fixture(html`<hero-provider tenant-id=${CONFIG.tenantId} base-url=${CONFIG.baseUrl} token-url=${CONFIG.tokenUrl}>
        <hero-probe></hero-probe><hero-probe path="/v1/practitioners"></hero-probe>
      </hero-provider>`);
      const [a, b] = el.querySelectorAll('hero-probe');
      await Promise.all([loaded(a!), loaded(b!)]);
      expect(a!.api).not.to.equal(b!.api); // each element's own view of it
      expect(a!.api!.shared).to.equal(b!.api!.shared);
      expect(requestsTo('/api/hero-token')).to.have.length(1);
    });
  });

  describe('waiting for a configuration', () => {
    it('shows a neutral loading state, fires nothing and sends nothing until the configuration arrives; then loads and is ready once', async () => {
      const errors = record(document, 'hero-error');
      const readies = record(document, 'hero-ready');
      const { el } = await bare();
      expect(textOf(el, '[part="loading"][role="status"]')).to.equal('Loading…');
      expect(el.api).to.equal(undefined);
      expect(el.list.status).to.equal(TaskStatus.INITIAL);
      expect(apiRequests()).to.have.length(0);

      Object.assign(el, CONFIG);
      // A second element, never configured, created now: its grace period ends after the first one's would have.
      const { el: control } = await bare();
      await oneEvent(control, 'hero-error');
      await loaded(el);
      expect(errors.map((e) => e.target)).to.deep.equal([control]);
      expect(readies.map((e) => e.target)).to.deep.equal([el]);
    });

    it('is accessible while it waits', async () => {
      const grace = HeroProbe.configGracePeriod;
      HeroProbe.configGracePeriod = 60_000;
      try {
        const { el } = await bare();
        expect($(el, '[part="loading"]')).to.exist;
        await expect(el).to.be.accessible();
      } finally {
        HeroProbe.configGracePeriod = grace;
      }
    });

    it('after the grace period shows a configuration error for whoever sets it up, fires one hero-error (auth), and recovers when configured', async () => {
      const errors = record(document, 'hero-error');
      const { el } = await bare();
      const event = await oneEvent(el, 'hero-error');
      expect(event.detail.code).to.equal('auth');
      expect(event.detail.message).to.contain('tenant-id');
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      const alert = $(el, '[part="error"][role="alert"]')!;
      expect(alert.textContent).to.contain('tenant-id').and.to.contain('token-url').and.to.contain('<hero-provider>');
      expect($(el, '[part="retry-button"]'), 'nothing to retry: the configuration has to change').to.equal(null);
      await expect(el).to.be.accessible();

      const ready = oneEvent(el, 'hero-ready');
      Object.assign(el, CONFIG);
      await ready;
      expect($(el, '[part="error"]')).to.equal(null);
      expect(errors).to.have.length(1);
    });

    it('names what is missing for a proxy set-up', async () => {
      const { el } = await bare();
      el.auth = 'proxy';
      expect((await oneEvent(el, 'hero-error')).detail.message).to.contain('base-url');
    });

    it('does not wait when it needs no configuration', async () => {
      const errors = record(document, 'hero-error');
      const parent = await fixture(html`<div><hero-probe standalone></hero-probe><hero-probe></hero-probe></div>`);
      const [standalone, control] = parent.querySelectorAll('hero-probe');
      expect(textOf(standalone!, 'h2')).to.equal('Locations');
      await oneEvent(control!, 'hero-error');
      expect(errors.map((e) => e.target)).to.deep.equal([control]);
    });
  });

  describe('the connection', () => {
    it('aborts its signal when the element leaves the page, and gives a fresh one when it comes back', async () => {
      const el = await configuredProbe();
      const first = el.connection;
      const parent = el.parentElement!;
      el.remove();
      expect(first.aborted).to.equal(true);
      parent.append(el);
      expect(el.connection).not.to.equal(first);
      expect(el.connection.aborted).to.equal(false);
    });

    it('makes no request after a slow token arrives when it was removed while waiting for it', async () => {
      const token = deferred<string>();
      let asked = 0;
      const tokenProvider = () => {
        asked++;
        return token.promise;
      };
      const { el } = await bare();
      Object.assign(el, { tenantId: MOCK_PRACTICE_GROUP_ID, baseUrl: MOCK_BASE_URL, tokenProvider });
      await waitUntil(() => asked === 1, 'the read waits for the token');
      expect(el.list.status).to.equal(TaskStatus.PENDING);
      const client = el.api!.shared;
      el.remove();
      const outcome = await el.list.taskComplete.then(
        () => 'completed',
        (error: Error) => error.name,
      );
      expect(outcome, 'the read gave up').to.equal('AbortError');

      token.resolve(await mintMockToken());
      await token.promise;
      expect(await client.tokens!.get(), 'the token arrived and the client settled').to.be.a('string');
      // An element still in the page, on the same client, reads now: anything the removed one had queued would come first.
      const control = await fixture<HeroProbe>(html`<hero-probe path="/v1/practitioners"></hero-probe>`);
      Object.assign(control, { tenantId: MOCK_PRACTICE_GROUP_ID, baseUrl: MOCK_BASE_URL, tokenProvider });
      await loaded(control);
      expect(control.api!.shared).to.equal(client);
      expect(requestsTo('/v1/practitioners')).to.have.length(1);
      expect(requestsTo('/v1/locations'), 'no request from the removed element').to.have.length(0);
      expect(asked).to.equal(1);
    });

    it('still reads once the slow token arrives when it stays in the page (the test above can fail)', async () => {
      const token = deferred<string>();
      const { el } = await bare();
      Object.assign(el, { tenantId: MOCK_PRACTICE_GROUP_ID, baseUrl: MOCK_BASE_URL, tokenProvider: () => token.promise });
      token.resolve(await mintMockToken());
      await loaded(el);
      expect(requestsTo('/v1/locations')).to.have.length(1);
    });

    it('stops retrying a read when the element leaves the page', async () => {
      worker.use(http.post('*/v1/snomed/validate', () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '5' } })));
      const el = await configuredProbe();
      await loaded(el);
      const check = el.api!.post('/v1/snomed/validate', { body: { code: '22298006' }, idempotent: true });
      await waitUntil(() => requestsTo('/v1/snomed/validate').length === 1, 'first attempt answered 503 (retry in 5 s)');
      el.remove();
      const outcome = await check.then(
        () => 'answered',
        (error: Error) => error.name,
      );
      // Rejected at once, not after the 5 s wait: the retry loop has ended.
      expect(outcome).to.equal('AbortError');
      expect(requestsTo('/v1/snomed/validate')).to.have.length(1);
    });

    it('lets a change in flight finish when the element leaves, and starts nothing while it is out', async () => {
      const answer = deferred<void>();
      worker.use(
        http.post('*/v1/snomed/validate', async () => {
          await answer.promise;
          return HttpResponse.json({ valid: true });
        }),
      );
      const el = await configuredProbe();
      await loaded(el);
      const api = el.api!;
      const change = api.post('/v1/snomed/validate', { body: { code: '22298006' } });
      await waitUntil(() => requestsTo('/v1/snomed/validate').length === 1, 'the change was sent');
      el.remove();
      answer.resolve();
      expect(await change, 'its outcome still arrives').to.deep.equal({ valid: true });

      const unsent = (call: Promise<unknown>) =>
        call.then(
          () => 'sent',
          (error: Error) => error.name,
        );
      expect(await unsent(api.get('/v1/locations'))).to.equal('AbortError');
      expect(await unsent(api.listAll('/v1/practitioners'))).to.equal('AbortError');
      expect(await unsent(api.post('/v1/snomed/validate', { body: { code: '22298006' } }))).to.equal('AbortError');
      expect(await unsent(api.patch('/v1/appointments/{id}/cancel', { path: { id: '1' }, body: {} }))).to.equal('AbortError');
      expect(requestsTo('/v1/locations')).to.have.length(1);
      expect(requestsTo('/v1/practitioners')).to.have.length(0);
      expect(requestsTo('/v1/snomed/validate')).to.have.length(1);
    });

    it('reads again on its return when a read was cut off, and not when none was', async () => {
      let calls = 0;
      worker.use(
        http.get('*/v1/locations', async () => {
          if (++calls === 1) await delay('infinite');
          return undefined;
        }),
      );
      const el = await configuredProbe();
      await waitUntil(() => calls === 1, 'first read sent');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await loaded(el);
      expect(calls).to.equal(2);

      const api = el.api;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(el.api, 'same client: nothing to redo').to.equal(api);
      expect(el.list.status).to.equal(TaskStatus.COMPLETE);
      expect(calls).to.equal(2);
    });
  });
});
