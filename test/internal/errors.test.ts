/**
 * Errors (src/internal/error-view.ts) and focus (src/internal/focus.ts), through an element on the
 * base: words by audience, `hero-error`, "Try again" that recovers without losing focus, and the
 * error summary.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { http, HttpResponse } from 'msw';
import { HeroError } from '../../src/api/errors.js';
import { errorSummaryView } from '../../src/internal/error-view.js';
import '../../src/locales/register.js';
import { useMockApi, worker } from '../support/mock-api.js';
import { $, CONFIG, deferred, loaded, textOf, type HeroProbe } from './probe.js';

const probe = (attrs: { staff?: boolean; phone?: string; lang?: string } = {}) =>
  fixture<HeroProbe>(html`<hero-probe
    tenant-id=${CONFIG.tenantId}
    base-url=${CONFIG.baseUrl}
    token-url=${CONFIG.tokenUrl}
    ?staff=${attrs.staff}
    practice-phone=${attrs.phone ?? ''}
    lang=${attrs.lang ?? 'en-GB'}
  ></hero-probe>`);

const failing = (status: number) => http.get('*/v1/locations', () => new HttpResponse(null, { status }));

/** Where focus is, in words (a failure message must not hold a Lit element: it crashes Chromium): the part or tag inside the probe, else `body` or another tag. */
function focused(el: HeroProbe): string {
  const inside = document.activeElement === el ? el.shadowRoot!.activeElement : null;
  const node = inside ?? document.activeElement;
  return node
    ? inside
      ? (node.getAttribute('part') ?? node.localName)
      : `outside: ${node.localName}${node.id ? `#${node.id}` : ''}`
    : 'nothing';
}

describe('errors and focus', () => {
  useMockApi();

  describe('the words', () => {
    it('tells a patient sorry, what to do next and to contact their GP surgery, never naming Hero', async () => {
      worker.use(failing(500));
      const reported = oneEvent(document, 'hero-error');
      const el = await probe();
      const event = await reported;
      expect(event.detail).to.deep.equal({ code: 'server', message: event.detail.message, status: 500 });
      await el.updateComplete;
      const text = textOf(el, '[part="error"] p');
      expect(text).to.equal('Sorry, there is a problem with the service. Try again later. If you need help now, contact your GP surgery.');
      expect(text).not.to.match(/hero/i);
      await expect(el).to.be.accessible();
    });

    it('gives a patient the practice’s number when the host sets practice-phone (the NHS pattern)', async () => {
      const el = await probe({ phone: '01234 567890' });
      await loaded(el);
      expect(el.messageFor(new HeroError('server', 'x'))).to.equal(
        'Sorry, there is a problem with the service. Try again later. If you need help now, call your GP surgery on 01234 567890.',
      );
      expect(el.messageFor(new HeroError('network', 'x'))).to.match(
        /^Sorry, we could not connect\. .* call your GP surgery on 01234 567890\.$/,
      );
      expect(el.messageFor(new Error('anything thrown'))).to.contain('Sorry, there is a problem with the service.');
    });

    it('tells staff what failed and what to check, and may name Hero', async () => {
      worker.use(failing(503));
      const el = await probe({ staff: true });
      await waitUntil(() => $(el, '[part="error"]'), 'error shown', { timeout: 8000 });
      expect(textOf(el, '[part="error"] p')).to.equal('Hero is having a problem. Try again in a few minutes.');
      expect(el.messageFor(new HeroError('auth', 'x'))).to.contain('ask your administrator to check the set-up');
    });

    it('speaks Welsh to a Welsh patient', async () => {
      const el = await probe({ lang: 'cy', phone: '01234 567890' });
      await loaded(el);
      expect(el.messageFor(new HeroError('server', 'x'))).to.equal(
        'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth. Rhowch gynnig arall arni yn nes ymlaen. Os oes angen help arnoch nawr, ffoniwch eich meddygfa ar 01234 567890.',
      );
    });

    it('fires no hero-error for an aborted call', async () => {
      const el = await probe();
      await loaded(el);
      let fired = 0;
      el.addEventListener('hero-error', () => fired++);
      // The probe's reportError is the base's: an AbortError is not an error.
      const abort = new DOMException('stopped', 'AbortError');
      expect((el as unknown as { reportError(e: unknown): unknown }).reportError(abort)).to.equal(undefined);
      expect(fired).to.equal(0);
    });
  });

  describe('Try again', () => {
    it('recovers, and focus never falls to <body>: loading, then the error again, then the content', async () => {
      const answers = [deferred<number>(), deferred<number>(), deferred<number>()];
      let call = 0;
      worker.use(
        http.get('*/v1/locations', async () => {
          const status = await answers[call++]!.promise;
          return status === 200 ? undefined : new HttpResponse(null, { status });
        }),
      );
      const el = await probe();
      answers[0]!.resolve(500);
      await waitUntil(() => $(el, '[part="retry-button"]'), 'error shown', { timeout: 8000 });

      // A keyboard user presses "Try again": the button goes, the loading state comes.
      $<HTMLButtonElement>(el, '[part="retry-button"]')!.focus();
      $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
      await el.updateComplete;
      expect($(el, '[part="retry-button"]')).to.equal(null);
      expect(focused(el)).to.equal('loading');

      // It fails again: focus moves to the error (its new "Try again" is the next tab stop).
      answers[1]!.resolve(500);
      await waitUntil(() => $(el, '[part="retry-button"]'), 'error shown again', { timeout: 8000 });
      expect(focused(el)).to.equal('error');

      $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
      await el.updateComplete;
      answers[2]!.resolve(200);
      await loaded(el);
      expect(focused(el)).to.equal('heading');
      await expect(el).to.be.accessible();
    });

    it('leaves focus alone when the user has moved it elsewhere', async () => {
      worker.use(failing(500));
      const page = await fixture<HTMLElement>(html`<div><button id="outside">Outside</button>
        <hero-probe tenant-id=${CONFIG.tenantId} base-url=${CONFIG.baseUrl} token-url=${CONFIG.tokenUrl}></hero-probe></div>`);
      const el = page.querySelector('hero-probe')!;
      await waitUntil(() => $(el, '[part="retry-button"]'), 'error shown', { timeout: 8000 });
      const outside = page.querySelector<HTMLButtonElement>('#outside')!;
      outside.focus();
      el.list.run();
      await el.updateComplete;
      expect(focused(el)).to.equal('outside: button#outside');
    });
  });

  describe('the error summary', () => {
    it('has the title as a heading at the given level, a line saying why, and links that move focus to their controls', async () => {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const focusedOn: string[] = [];
      render(
        errorSummaryView([{ target: 'nhs-number', message: 'Enter an NHS number' }], {
          title: 'There is a problem',
          level: 3,
          description: 'The message was not sent.',
          focus: (selector) => focusedOn.push(selector),
        }),
        container,
      );
      const summary = container.querySelector('[part="error-summary"]')!;
      expect(summary.getAttribute('tabindex')).to.equal('-1');
      const title = summary.querySelector('[role="heading"]')!;
      expect([title.textContent, title.getAttribute('aria-level')]).to.deep.equal(['There is a problem', '3']);
      expect(summary.querySelector('p')!.textContent).to.equal('The message was not sent.');
      summary.querySelector('a')!.click();
      expect(focusedOn).to.deep.equal(['#nhs-number']);
      render(errorSummaryView([], { title: 'x', level: 2, focus: () => undefined }), container);
      expect(container.querySelector('[part="error-summary"]')).to.equal(null);
    });
  });
});

describe('answers with parts the kit cannot use', () => {
  useMockApi();

  it('shows what could be used and reports the rest once through hero-error (server), naming no value', async () => {
    worker.use(
      http.get('*/v1/locations', () =>
        HttpResponse.json({
          data: [
            { id: '1', name: 'Thornbury' },
            { id: 'Jane Smith', name: 'Bad' },
            { id: '3', name: 'Alveston' },
          ],
          count: 3,
        }),
      ),
    );
    const errors: CustomEvent[] = [];
    const listen = (event: Event) => errors.push(event as CustomEvent);
    document.addEventListener('hero-error', listen);
    try {
      const el = await probe();
      await loaded(el);
      expect(textOf(el, '.count')).to.equal('2 locations');
      await waitUntil(() => errors.length > 0, 'hero-error');
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.code).to.equal('server');
      expect(JSON.stringify(errors[0]!.detail)).not.to.contain('Jane');
    } finally {
      document.removeEventListener('hero-error', listen);
    }
  });
});
