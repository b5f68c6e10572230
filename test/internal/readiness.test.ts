/** Readiness (src/internal/readiness.ts): `ready`, `:state(ready)` and one `hero-ready`, through an element on the base. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { useMockApi, worker } from '../support/mock-api.js';
import { CONFIG, deferred, loaded, record, textOf, type HeroProbe } from './probe.js';

describe('readiness', () => {
  useMockApi();

  it('is not ready before its first data has rendered; then ready is true, :state(ready) matches and hero-ready fires once, after the data is on screen', async () => {
    const answer = deferred<void>();
    worker.use(
      http.get('*/v1/locations', async () => {
        await answer.promise;
        return undefined;
      }),
    );
    const el = await fixture<HeroProbe>(
      html`<hero-probe tenant-id=${CONFIG.tenantId} base-url=${CONFIG.baseUrl} token-url=${CONFIG.tokenUrl}></hero-probe>`,
    );
    const readies = record(el, 'hero-ready');
    expect(el.ready).to.equal(false);
    expect(el.matches(':state(ready)')).to.equal(false);

    let onScreen = '';
    const ready = oneEvent(el, 'hero-ready').then((event) => {
      onScreen = textOf(el, '.count');
      return event;
    });
    answer.resolve();
    const event = await ready;
    expect(onScreen, 'the data was on screen when hero-ready fired').to.match(/^\d+ locations$/);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({});
    expect(el.ready).to.equal(true);
    expect(el.matches(':state(ready)')).to.equal(true);

    // More data, and a trip out of the page and back: still one hero-ready.
    await el.list.run();
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.list.run();
    await el.updateComplete;
    expect(readies).to.have.length(1);
    expect(el.ready).to.equal(true);
  });

  it('lets a page that listens late read it: ready and :state(ready)', async () => {
    const el = await fixture<HeroProbe>(
      html`<hero-probe tenant-id=${CONFIG.tenantId} base-url=${CONFIG.baseUrl} token-url=${CONFIG.tokenUrl}></hero-probe>`,
    );
    await loaded(el);
    await el.updateComplete;
    // A listener attached now has missed the event; the property and the state tell it.
    expect(el.ready).to.equal(true);
    expect(el.matches(':state(ready)')).to.equal(true);
    const style = document.createElement('style');
    style.textContent = 'hero-probe:state(ready) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
    expect(getComputedStyle(el).outlineColor).to.equal('rgb(1, 2, 3)');
    style.remove();
  });

  it('cannot be set from outside', async () => {
    const el = await fixture<HeroProbe>(html`<hero-probe standalone></hero-probe>`);
    expect(() => ((el as unknown as { ready: boolean }).ready = true)).to.throw(TypeError);
    expect(el.ready).to.equal(false);
  });

  it('is not ready while it shows an error', async () => {
    worker.use(http.get('*/v1/locations', () => new HttpResponse(null, { status: 500 })));
    const el = await fixture<HeroProbe>(
      html`<hero-probe tenant-id=${CONFIG.tenantId} base-url=${CONFIG.baseUrl} token-url=${CONFIG.tokenUrl}></hero-probe>`,
    );
    await oneEvent(el, 'hero-error');
    await el.updateComplete;
    expect(el.ready).to.equal(false);
    expect(el.matches(':state(ready)')).to.equal(false);
  });
});
