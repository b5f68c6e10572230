import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import {
  answer,
  apiRoutes,
  handlerFor,
  LONG_HISTORY_PATIENT_ID,
  MESSAGE_HISTORY_PATIENT_ID,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  mockClock,
  mockDb,
  resetMockDb,
  RESTRICTED_PATIENT_ID,
  scenarios,
  type StoredMessage,
} from '../../../mock/index.js';
import type { SentMessageList } from '../../../src/api/types.js';
import { HeroMessageHistory } from '../../../src/components/message-history/hero-message-history.js';
import { requestsTo, useMockApi, worker } from '../../support/mock-api.js';

// ─── Helpers ───

const OLIVIA = MESSAGE_HISTORY_PATIENT_ID; // 401: a message in every delivery and record state
const MOHAMMED = LONG_HISTORY_PATIENT_ID; // 402: 23 messages
const SIAN = '403'; // no messages
const DEFAULTS = { pageSize: HeroMessageHistory.pageSize, maxPages: HeroMessageHistory.maxPages };

async function history(patientId: string | null = OLIVIA): Promise<HeroMessageHistory> {
  return fixture<HeroMessageHistory>(html`<hero-message-history
    tenant-id=${MOCK_PRACTICE_GROUP_ID}
    base-url=${MOCK_BASE_URL}
    token-url="/api/hero-token"
    patient-id=${patientId ?? ''}
  ></hero-message-history>`);
}

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const text = (el: HTMLElement, selector = '.base') => squash($(el, selector)?.textContent);
const part = (el: HTMLElement, name: string) => $(el, `[part~="${name}"]`);
const messages = (el: HTMLElement) => $$(el, '[part~="message"]');
const headings = (el: HTMLElement) => $$(el, '[part~="message-heading"]').map((h) => squash(h.textContent));
const announced = (el: HTMLElement) => squash($(el, '[aria-live="polite"]')?.textContent);
const activeId = (el: HTMLElement) => el.shadowRoot!.activeElement?.id ?? '';
const listRoute = apiRoutes.find((route) => route.op === 'GET /v2/sent_messages')!;
const listRequests = () => requestsTo('/v2/sent_messages').map((r) => new URL(r.url).searchParams);

/** Everything the element shows or says: text, and every attribute of every node in its shadow root. */
function everything(el: HTMLElement): string {
  const out: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    else for (const attribute of (node as Element).attributes) out.push(attribute.value);
  }
  return out.join('\n');
}

/** Waits until the element shows its list (or its empty state), and every read it started has answered. */
async function settled(el: HeroMessageHistory): Promise<void> {
  await waitUntil(() => part(el, 'list') || part(el, 'empty') || part(el, 'error'), 'the history settled', { timeout: 8000 });
  await el.updateComplete;
}

async function click(el: HTMLElement, selector: string) {
  const target = $(el, selector);
  if (!target) throw new Error(`no ${selector}`);
  target.click();
  await (el as HeroMessageHistory).updateComplete;
}

/** A message stored in the mock as if sent through the API (the composer's send). */
function storeMessage(id: string, patientId: string, content: string, minutesAgo = 1): void {
  const now = mockClock.now();
  const message: StoredMessage = {
    id,
    patientId,
    messageType: 'sms',
    content,
    recipient: '07700900123',
    shortLinkId: null,
    createdAt: new Date(now - minutesAgo * 60_000).toISOString(),
    sendAt: null,
    writeToRecord: false,
    polls: 0,
    sentAt: new Date(now - minutesAgo * 60_000 + 1000).toISOString(),
    deliveredAt: null,
    failureReason: null,
  };
  mockDb.messages.set(id, message);
}

describe('hero-message-history', function () {
  this.timeout(20_000);
  useMockApi();
  afterEach(async () => {
    // The shared reset seeds the database before it resets the clock: seed again at the real time.
    mockClock.reset();
    resetMockDb();
    HeroMessageHistory.pageSize = DEFAULTS.pageSize;
    HeroMessageHistory.maxPages = DEFAULTS.maxPages;
    await setViewport({ width: 800, height: 600 });
  });

  // ─── Accessibility ───

  describe('accessibility', () => {
    it('is accessible with no patient, while loading, empty, on error, and with its list', async () => {
      const none = await history(null);
      expect(part(none, 'no-patient')).to.exist;
      await expect(none).to.be.accessible();

      worker.use(...scenarios.loading);
      const loading = await history();
      await waitUntil(() => part(loading, 'loading'));
      expect(part(loading, 'loading')!.getAttribute('role')).to.equal('status');
      expect(part(loading, 'base')!.getAttribute('aria-busy')).to.equal('true');
      await expect(loading).to.be.accessible();
      worker.resetHandlers();

      const empty = await history(SIAN);
      await settled(empty);
      expect(part(empty, 'empty')).to.exist;
      await expect(empty).to.be.accessible();

      worker.use(...scenarios['server-error']);
      const failed = await history();
      await settled(failed);
      expect(part(failed, 'error')).to.exist;
      await expect(failed).to.be.accessible();
      worker.resetHandlers();

      const el = await history();
      await settled(el);
      expect(messages(el)).to.have.length(7);
      await expect(el).to.be.accessible();
    });

    it('is accessible with a long message opened, on an older page, with failed texts, and after the patient changed', async () => {
      const el = await history(MOHAMMED);
      await settled(el);
      await click(el, '[part~="expand-button"]');
      await expect(el).to.be.accessible();
      await click(el, '[part~="older-button"]');
      await settled(el);
      await expect(el).to.be.accessible();

      worker.use(http.get('*/v1/messages/:id', () => HttpResponse.json({ error: true, statusCode: 500 }, { status: 500 })));
      el.setAttribute('patient-id', OLIVIA);
      await waitUntil(() => part(el, 'preview-error'), 'the failed texts are said', { timeout: 8000 });
      expect(part(el, 'notice')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('has no page-level horizontal scroll at 320 px, with a long unbreakable link opened', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await history(MOHAMMED);
      await settled(el);
      await click(el, '[part~="expand-button"]');
      expect(squash(messages(el)[1]!.querySelector('[part~="preview"]')!.textContent)).to.contain('https://letters.hero-mock.test/');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await click(el, '[part~="older-button"]');
      await settled(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  // ─── Data ───

  describe('the list', () => {
    it('asks for the patient’s messages newest first, a page at a time, and lists them newest first', async () => {
      const el = await history();
      await settled(el);
      const [query] = listRequests();
      expect(Object.fromEntries(query!)).to.deep.equal({
        patient_id: OLIVIA,
        order_by: 'created_at',
        order_descending: 'true',
        page_index: '0',
        page_size: '10',
      });
      // Made 5 minutes, 30 minutes, 3 hours, 12, 20, 40 and 60 days ago.
      expect(headings(el).map((h) => h.split(/ (Sent|Scheduled|Created) /)[0])).to.deep.equal([
        'NHS App message',
        'Text message',
        'Text message',
        'Email',
        'Text message',
        'Email',
        'Hero app message',
      ]);
      expect(text(el, '[part~="range"]')).to.equal('Showing messages 1 to 7 of 7, newest first');
      expect(part(el, 'pagination')).to.equal(null);
    });

    it('shows when each was sent in Europe/London, NHS style, and when a scheduled one will go', async () => {
      mockClock.set(Date.parse('2027-07-10T12:00:00Z'));
      resetMockDb();
      const el = await history();
      await settled(el);
      // Sent 30 minutes before 13:00 BST, five seconds after it was made.
      expect(headings(el)[1]).to.equal('Text message Sent Saturday 10 July 2027 at 12:30pm');
    });

    it('says a message due later is scheduled, and when', async () => {
      const el = await history();
      await settled(el);
      const first = messages(el)[0]!;
      expect(squash(first.querySelector('[part~="time"]')!.textContent)).to.match(
        /^Scheduled for \w+day \d{1,2} \w+ \d{4} at (\d{1,2}(:\d{2})?(am|pm)|midday|midnight)$/,
      );
      expect(squash(first.querySelector('[part~="status-tag"]')!.textContent)).to.equal('Scheduled');
    });

    it('names every delivery state and every write-to-record state in words', async () => {
      const el = await history();
      await settled(el);
      const tags = $$(el, '[part~="status-tag"]').map((t) => squash(t.textContent));
      expect(tags).to.have.members([
        'Scheduled',
        'Sent, not yet confirmed as delivered',
        'Failed, trying again',
        'Not delivered: declined',
        'Delivered',
        'Not delivered',
        'Delivered',
      ]);
      const records = $$(el, '[part~="record-tag"]').map((t) => squash(t.textContent));
      expect(records).to.include('Not written to the record');
      expect(records).to.include('Not written to the record yet');
      expect(records.some((r) => /^Written to the record \w+day/.test(r))).to.equal(true);
      // Not asked for: no record tag, and the detail says so.
      expect(text(el, '[part~="message"]:nth-child(2) [part~="summary-list"]')).to.contain('Patient record Not asked for');
    });

    it('explains each failure in plain words with what to do, and gives Hero’s reason as text', async () => {
      const el = await history();
      await settled(el);
      const all = text(el);
      expect(all).to.contain('The patient has chosen not to get messages this way. Send it another way, or contact the patient.');
      expect(all).to.contain('Reason given: The recipient declined email from the practice');
      expect(all).to.contain('The contact details did not work. Check them with the patient and update their record');
      expect(all).to.contain('The messaging service did not answer. Hero is trying again');
      expect(all).to.contain('The clinical system did not accept the entry. Add the message to the patient’s record by hand.');
      expect(all).to.contain('Reason given: The EHR did not accept the entry');
      // The reasons of failed deliveries come from Get Message Status, asked only for those.
      const statusReads = requestsTo(/^\/v1\/messages\/\d+\/status$/)
        .map((r) => new URL(r.url).pathname)
        .sort();
      expect(statusReads).to.deep.equal(['/v1/messages/29002/status', '/v1/messages/29005/status', '/v1/messages/29006/status']);
    });

    it('shows each message’s text as text, never as markup', async () => {
      storeMessage('39001', OLIVIA, '<img src=x onerror="window.__pwned = true"><b>Bold</b> & more');
      const el = await history();
      await settled(el);
      expect(text(el, '[part~="message"]:first-child [part~="preview"]')).to.contain(
        '<img src=x onerror="window.__pwned = true"><b>Bold</b> & more',
      );
      expect($(el, '[part~="preview"] img, [part~="preview"] b')).to.equal(null);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('clamps a long text with a button that opens it all, and closes it again', async () => {
      const el = await history(MOHAMMED);
      await settled(el);
      const long = messages(el)[1]!;
      const preview = long.querySelector<HTMLElement>('[part~="preview"]')!;
      const button = long.querySelector<HTMLButtonElement>('[part~="expand-button"]')!;
      expect(button.getAttribute('aria-controls')).to.equal(preview.id);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(preview.classList.contains('clamped')).to.equal(true);
      expect(preview.scrollHeight).to.be.greaterThan(preview.clientHeight);
      // The whole text is there for screen readers either way.
      expect(squash(preview.textContent)).to.contain('call us if anything in it is unclear.');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(squash(button.textContent)).to.equal('Show less of this message');
      expect(preview.classList.contains('clamped')).to.equal(false);
      expect(preview.scrollHeight).to.be.at.most(preview.clientHeight + 1);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      // Short texts have no button.
      expect(messages(el)[0]!.querySelector('[part~="expand-button"]')).to.equal(null);
    });

    it('says what a sent link and a campaign were, and who sent each message', async () => {
      const el = await history();
      await settled(el);
      const last = text(el, '[part~="message"]:last-child');
      expect(last).to.contain('Link sent Booking link: Flu vaccination');
      expect(last).to.contain('Campaign Flu vaccinations');
      expect(last).to.contain('Sent by Karen Price');
    });

    it('never shows undefined, NaN or a blank state', async () => {
      const el = await history();
      await settled(el);
      expect(text(el)).not.to.match(/undefined|NaN|null/);
      for (const tag of $$(el, '[part~="status-tag"], [part~="record-tag"]')) expect(squash(tag.textContent)).not.to.equal('');
    });
  });

  describe('the right patient, and no contact details', () => {
    it('shows no contact detail of a restricted patient anywhere: not the number, not the address, not in Hero’s reasons', async () => {
      const el = await history(RESTRICTED_PATIENT_ID);
      await settled(el);
      expect(messages(el)).to.have.length(2);
      const shown = everything(el);
      for (const detail of ['07700900321', '07700 900321', '+447700900321', '7700900321', 'e.whitmore@example.com', 'whitmore@']) {
        expect(shown.includes(detail), detail).to.equal(false);
      }
      expect(text(el)).to.contain('Reason given: The mailbox [contact detail hidden] does not exist');
      expect(text(el)).to.contain('Text message');
      expect(text(el)).to.contain('Email');
    });

    it('shows no contact detail for any patient: only the channel', async () => {
      const el = await history();
      await settled(el);
      const shown = everything(el);
      for (const detail of ['07700900123', '07700 900123', 'olivia.bennett@', '9990000018'])
        expect(shown.includes(detail), detail).to.equal(false);
    });

    it('never shows a message of another patient, nor its text, whatever the API answers', async () => {
      const elaine = { id: '404', title: 'Ms', first_name: 'Elaine', last_name: 'Whitmore' };
      const none = { write_to_record_at: null, status: null, failure_reason: null };
      worker.use(
        // The list slips in another patient's message; Get Message answers one of Olivia's with another patient's.
        handlerFor(listRoute, async (info) => {
          const url = new URL(info.request.url);
          if (url.searchParams.get('patient_id') !== OLIVIA) return undefined;
          const page = (await (await answer(listRoute, info)).json()) as SentMessageList;
          url.searchParams.set('patient_id', RESTRICTED_PATIENT_ID);
          const own = (await (await answer(listRoute, { ...info, request: new Request(url, info.request) })).json()) as SentMessageList;
          return HttpResponse.json({ data: [...own.data, ...page.data], count: page.count + own.count });
        }),
        http.get('*/v1/messages/29001', () =>
          HttpResponse.json({
            id: '29001',
            patient: elaine,
            write_to_record: none,
            short_link: null,
            campaign: null,
            created_at: null,
            sent_at: null,
            scheduled_at: null,
            status: 'delivered',
            sent_by_admin: null,
            recipient_contact_detail: null,
            message_type: 'sms',
            content: 'Another patient’s text',
          }),
        ),
      );
      const el = await history();
      await settled(el);
      expect(messages(el)).to.have.length(7);
      expect(text(el)).not.to.contain('Another patient’s text');
      expect(text(el)).not.to.contain('Ms Whitmore');
      expect(text(el, '[part~="message"]:nth-child(5) [part~="preview"]')).to.equal('The text of this message could not be loaded.');
    });

    it('changing patient-id shows the new patient’s messages only, says so, and the old read never lands', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let oldAnswered!: () => void;
      const answered = new Promise<void>((resolve) => (oldAnswered = resolve));
      worker.use(
        http.get('*/v2/sent_messages', async ({ request }) => {
          if (new URL(request.url).searchParams.get('patient_id') !== OLIVIA) return undefined;
          await held;
          oldAnswered();
          return undefined;
        }),
      );
      const el = await history();
      await waitUntil(() => listRequests().length === 1, 'Olivia’s list asked for');
      el.setAttribute('patient-id', MOHAMMED);
      await settled(el);
      expect(headings(el)).to.have.length(10);
      expect(text(el)).to.contain('Dear Mohammed');
      release();
      await answered;
      await el.updateComplete;
      expect(text(el)).not.to.contain('Olivia');
      expect(text(el)).to.contain('Dear Mohammed');
      expect(text(el, '[part~="notice"]')).to.equal('The patient changed. These are the messages sent to the patient now selected.');
      await waitUntil(
        () => announced(el) === 'The patient changed. These are the messages sent to the patient now selected.',
        'the change is said',
      );
    });

    it('goes back to the newest page and closes opened texts when the patient changes', async () => {
      const el = await history(MOHAMMED);
      await settled(el);
      await click(el, '[part~="older-button"]');
      await waitUntil(() => text(el, '[part~="range"]').startsWith('Showing messages 11'), 'page 2');
      el.setAttribute('patient-id', OLIVIA);
      await waitUntil(() => text(el, '[part~="range"]') === 'Showing messages 1 to 7 of 7, newest first', 'Olivia’s first page');
      expect(listRequests().at(-1)!.get('page_index')).to.equal('0');
    });
  });

  // ─── Paging ───

  describe('paging', () => {
    it('pages through all 23 messages ten at a time, newer and older, and stops at the end', async () => {
      const el = await history(MOHAMMED);
      await settled(el);
      expect(messages(el)).to.have.length(10);
      expect(text(el, '[part~="range"]')).to.equal('Showing messages 1 to 10 of 23, newest first');
      expect(text(el, '[part~="page"]')).to.equal('Page 1 of 3');
      expect(part(el, 'newer-button')).to.equal(null);

      await click(el, '[part~="older-button"]');
      await waitUntil(() => text(el, '[part~="page"]') === 'Page 2 of 3', 'page 2');
      expect(text(el, '[part~="range"]')).to.equal('Showing messages 11 to 20 of 23, newest first');
      expect(text(el)).to.contain('(Message 13 of 23)');

      await click(el, '[part~="older-button"]');
      await waitUntil(() => text(el, '[part~="page"]') === 'Page 3 of 3', 'page 3');
      expect(messages(el)).to.have.length(3);
      expect(text(el)).to.contain('(Message 1 of 23)');
      expect(part(el, 'older-button')).to.equal(null);

      await click(el, '[part~="newer-button"]');
      await waitUntil(() => text(el, '[part~="page"]') === 'Page 2 of 3', 'back to page 2');
      expect(listRequests().map((q) => q.get('page_index'))).to.deep.equal(['0', '1', '2', '1']);
    });

    it('follows a server that caps the page size, asking for what it gives', async () => {
      HeroMessageHistory.pageSize = 30;
      worker.use(...scenarios['page-size-capped']);
      const el = await history(MOHAMMED);
      await settled(el);
      expect(messages(el)).to.have.length(20);
      expect(text(el, '[part~="range"]')).to.equal('Showing messages 1 to 20 of 23, newest first');
      await click(el, '[part~="older-button"]');
      await waitUntil(() => text(el, '[part~="range"]') === 'Showing messages 21 to 23 of 23, newest first', 'the last 3');
      expect(listRequests().map((q) => `${q.get('page_index')}/${q.get('page_size')}`)).to.deep.equal(['0/30', '1/20']);
    });

    it('goes no further than maxPages, and says older messages are in Hero', async () => {
      HeroMessageHistory.maxPages = 2;
      const el = await history(MOHAMMED);
      await settled(el);
      expect(text(el, '[part~="page"]')).to.equal('Page 1 of 2');
      await click(el, '[part~="older-button"]');
      await waitUntil(() => text(el, '[part~="page"]') === 'Page 2 of 2', 'page 2');
      expect(part(el, 'older-button')).to.equal(null);
      expect(text(el, '[part~="capped"]')).to.equal('Only the latest 20 messages can be shown here. Find older messages in Hero.');
    });

    it('with the keyboard: opens a long text, goes to older messages, and lands on the heading with the range said', async () => {
      const el = await history(MOHAMMED);
      await settled(el);
      $(el, '[part~="expand-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[part~="expand-button"]')!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect($(el, '[part~="expand-button"]')!.getAttribute('aria-expanded')).to.equal('false');
      $(el, '[part~="older-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(el, '[part~="page"]') === 'Page 2 of 3', 'page 2');
      await waitUntil(() => activeId(el) === 'history-heading', 'focus on the heading');
      await waitUntil(() => announced(el) === 'Showing messages 11 to 20 of 23, newest first', 'the range is said');
      expect(document.activeElement).to.equal(el);
    });
  });

  // ─── States ───

  describe('loading, empty, error', () => {
    it('says when a patient has no messages', async () => {
      const el = await history(SIAN);
      await settled(el);
      expect(text(el, '[part~="empty"]')).to.equal(
        'No messages sent yet Messages sent to this patient through Hero will be listed here, newest first.',
      );
      expect(el.matches(':state(empty)')).to.equal(true);
      worker.use(...scenarios.empty);
      el.refresh();
      await waitUntil(() => listRequests().length === 2 && part(el, 'empty'), 'empty again');
    });

    it('says no patient is chosen, without asking the API or waiting for a configuration', async () => {
      const el = await fixture<HeroMessageHistory>(html`<hero-message-history></hero-message-history>`);
      expect(text(el, '[part~="no-patient"]')).to.equal('No patient chosen Select a patient to see the messages they have been sent.');
      expect(el.ready).to.equal(true);
      expect(requestsTo(/\/v\d\//)).to.have.length(0);
    });

    it('shows an error with "Try again" that loads the list, keeping focus in the element', async () => {
      worker.use(...scenarios['server-error']);
      const errors: CustomEvent[] = [];
      document.addEventListener('hero-error', (e) => errors.push(e as CustomEvent), { once: true });
      const el = await history();
      await waitUntil(() => part(el, 'error'), 'error shown', { timeout: 8000 });
      expect(text(el, '[part~="error"]')).to.contain('Hero is having a problem. Try again in a few minutes.');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['server']);
      worker.resetHandlers();
      $(el, '[part~="retry-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(messages(el)).to.have.length(7);
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.not.equal(null);
    });

    it('shows the list when texts fail to load, says how many, reports it once, and "Try again" fetches them', async () => {
      worker.use(http.get('*/v1/messages/:id', () => HttpResponse.json({ error: true, statusCode: 500 }, { status: 500 })));
      const errors: CustomEvent[] = [];
      const listen = (e: Event) => errors.push(e as CustomEvent);
      document.addEventListener('hero-error', listen);
      const el = await history();
      await settled(el);
      document.removeEventListener('hero-error', listen);
      expect(messages(el)).to.have.length(7);
      expect(text(el, '[part~="preview-error"]')).to.contain('The text of 7 messages could not be loaded.');
      expect($$(el, '[part~="preview"]').every((p) => squash(p.textContent) === 'The text of this message could not be loaded.')).to.equal(
        true,
      );
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['server']);
      worker.resetHandlers();
      $(el, '[part~="preview-error"] [part~="retry-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !part(el, 'preview-error') && part(el, 'list'), 'texts loaded', { timeout: 8000 });
      expect(text(el)).to.contain('Hi Olivia, please call the surgery about your prescription.');
      expect(el.shadowRoot!.activeElement).to.not.equal(null);
    });

    it('shows what was usable when list items are malformed, and reports it once', async () => {
      worker.use(...scenarios['malformed-items']);
      const errors: CustomEvent[] = [];
      const listen = (e: Event) => errors.push(e as CustomEvent);
      document.addEventListener('hero-error', listen);
      const el = await history();
      await settled(el);
      document.removeEventListener('hero-error', listen);
      expect(messages(el).length).to.be.at.least(7);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['server']);
      expect(text(el)).not.to.match(/undefined|NaN|Invalid Date/);
    });

    it('fires hero-ready once, when the first page is on screen', async () => {
      const ready = oneEvent(document, 'hero-ready');
      const el = await history();
      await ready;
      expect(messages(el)).to.have.length(7);
      expect(el.ready).to.equal(true);
      expect(el.matches(':state(ready)')).to.equal(true);
    });
  });

  // ─── Staying up to date ───

  describe('refresh', () => {
    it('refresh() loads the newest page again, with a message sent since, and says so', async () => {
      const el = await history(MOHAMMED);
      await settled(el);
      await click(el, '[part~="older-button"]');
      await waitUntil(() => text(el, '[part~="page"]') === 'Page 2 of 3', 'page 2');
      storeMessage('39002', MOHAMMED, 'Your appointment is confirmed.');
      el.refresh();
      await waitUntil(() => text(el, '[part~="range"]') === 'Showing messages 1 to 10 of 24, newest first', 'the newest page');
      expect(squash(messages(el)[0]!.querySelector('[part~="preview"]')!.textContent)).to.contain('Your appointment is confirmed.');
      await waitUntil(() => announced(el) === 'Message history updated', 'said');
    });

    it('"Check for updates" reloads, keeping focus in the element', async () => {
      const el = await history();
      await settled(el);
      $(el, '[part~="refresh-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => listRequests().length === 2, 'asked again');
      await settled(el);
      expect(el.shadowRoot!.activeElement).to.not.equal(null);
    });

    it('refreshes when a composer sends to the same patient, and not for another patient', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <div id="other" patient-id="402"></div>
        <div id="same" patient-id=${OLIVIA}></div>
        <hero-message-history tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token" patient-id=${OLIVIA}></hero-message-history>
      </div>`);
      const el = page.querySelector('hero-message-history')!;
      await settled(el);
      const send = (id: string) =>
        page.querySelector(`#${id}`)!.dispatchEvent(
          new CustomEvent('hero-message-send', {
            bubbles: true,
            composed: true,
            detail: { message_id: '39003', send_at: null, message_type: 'sms' },
          }),
        );
      storeMessage('39003', OLIVIA, 'Sent from the composer just now.', 0);
      send('other');
      send('same');
      await waitUntil(() => text(el).includes('Sent from the composer just now.'), 'the new message is listed', { timeout: 8000 });
      // One reload: the send for patient 402 started none.
      expect(listRequests()).to.have.length(2);
    });

    it('stops listening when removed from the page', async () => {
      const el = await history();
      await settled(el);
      let refreshes = 0;
      el.refresh = () => void refreshes++;
      const source = await fixture<HTMLElement>(html`<div patient-id=${OLIVIA}></div>`);
      const send = () => source.dispatchEvent(new CustomEvent('hero-message-send', { bubbles: true, composed: true, detail: {} }));
      send();
      expect(refreshes, 'while on the page').to.equal(1);
      el.remove();
      send();
      expect(refreshes, 'once removed').to.equal(1);
    });
  });
});
