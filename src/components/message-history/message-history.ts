import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { MESSAGE_DECODERS } from '../../api/decoders/messages.js';
import type { Audience } from '../../internal/error-view.js';
import { HeroElement } from '../../internal/hero-element.js';
import type { Translations } from '../../internal/localize.js';
import { baseStyles } from '../../internal/styles.js';
import { renderHeading, uiStyles } from '../../internal/ui/index.js';
import { pageInfo, type PageInfo } from './history-rules.js';
import { loadHistoryPage, type HistoryPage } from './message-history-api.js';
import { renderHistoryItem } from './message-history-item.js';
import { messageHistoryStrings as strings } from './message-history.strings.js';
import { messageHistoryStyles } from './message-history.styles.js';

/**
 * A patient's sent messages (`GET /v2/sent_messages`), newest first, a page at a time: for each,
 * the channel, when it was sent (or is scheduled) in Europe/London, its text (`GET
 * /v1/messages/{id}`; a long one is clamped, with a button to read it all), its delivery state and
 * whether it was written to the patient's record, with failure reasons in plain words (the reason
 * of a failed delivery from `GET /v1/messages/{id}/status`). Pages are followed by what the server
 * returns, and never past `maxPages`.
 *
 * No contact detail is ever shown, for any patient: only the channel. (List Sent Messages carries
 * the phone number or email each message went to, and a restricted patient's must never be shown;
 * the element never reads it. Phone numbers and email addresses inside the API's failure reasons
 * are hidden too.)
 *
 * Staying up to date: call `refresh()` to reload the newest page (after sending, for example). The
 * element also refreshes by itself when a `<hero-message-composer>` anywhere on the page fires
 * `hero-message-send` for the same `patient-id`; "Check for updates" does the same for the user.
 * When `patient-id` changes, the element shows the new patient's newest messages and says the
 * patient changed; nothing of the previous patient stays on screen.
 *
 * @summary Lists the messages a patient was sent, newest first, with their delivery and
 * write-to-record states, a page at a time.
 *
 * @fires {CustomEvent<Record<string, never>>} hero-ready - The first page (or the empty state) is on screen.
 * @fires {CustomEvent<HeroErrorDetail>} hero-error - Loading failed, or part of an answer could not be used. `detail: { code, message, status? }`; never patient data.
 *
 * @csspart base - The element's root.
 * @csspart heading - The element's heading, and each message's heading.
 * @csspart refresh-button - "Check for updates".
 * @csspart notice - Says the patient changed.
 * @csspart no-patient - Shown when no `patient-id` is set.
 * @csspart loading - A loading indication.
 * @csspart error - An error with a retry button (from the base element).
 * @csspart retry-button - "Try again".
 * @csspart empty - No messages sent yet.
 * @csspart range - "Showing messages 1 to 10 of 23".
 * @csspart list - The list of messages.
 * @csspart message - One message.
 * @csspart message-heading - A message's heading (channel and time).
 * @csspart time - When a message was sent or is scheduled, in its heading.
 * @csspart status-tag - A message's delivery state.
 * @csspart record-tag - Whether a message was written to the patient's record.
 * @csspart preview - A message's text (clamped when long and not opened).
 * @csspart expand-button - "Show all of this message" / "Show less of this message".
 * @csspart reason-given - A failure reason in the API's words (contact details hidden).
 * @csspart summary-list - A message's details (delivery, record, sent by, link, campaign).
 * @csspart summary-row - One detail.
 * @csspart summary-key - A detail's name.
 * @csspart summary-value - A detail's value.
 * @csspart preview-error - Says some messages' text could not be loaded, with "Try again".
 * @csspart pagination - Newer and older pages.
 * @csspart newer-button - "Newer messages".
 * @csspart older-button - "Older messages".
 * @csspart page - "Page 2 of 3".
 * @csspart capped - Says older messages are beyond what the element shows.
 *
 * @cssproperty --hero-message-history-max-width - Widest the element grows. Default `var(--hero-max-width, 40rem)`.
 * @cssproperty --hero-message-history-gap - Space between messages and sections. Default `var(--hero-space-m, 1rem)`.
 * @cssproperty --hero-message-history-item-background - Background of each message. Default `var(--hero-color-surface, #ffffff)`.
 * @cssproperty --hero-message-history-preview-background - Background of a message's text. Default `var(--hero-color-surface-raised, #f0f4f5)`.
 * @cssproperty --hero-message-history-preview-lines - Lines of a long message shown before it is opened. Default `3`.
 * @cssproperty --hero-max-width - Global token. Widest every element grows (default `40rem`).
 * @cssproperty --hero-font-size-xl - Global token. The largest headings (default `1.5rem`).
 * @cssproperty --hero-control-size - Global token. Radios and checkboxes (default `2rem`).
 *
 * @cssstate busy - A page is loading.
 * @cssstate empty - The patient has no messages.
 */
export class HeroMessageHistory extends HeroElement {
  static override styles = [baseStyles, uiStyles, messageHistoryStyles];
  static override translations: Translations<typeof strings> = { 'en-GB': strings };
  static override translationKey = 'messageHistory';
  static override decoders = MESSAGE_DECODERS;
  static override properties = {
    patientId: { attribute: 'patient-id' },
    page: { state: true },
    reload: { state: true },
    expanded: { state: true },
    notice: { state: true },
  };

  /** Messages asked for per page (the server may give fewer: the element follows what it gives). */
  static pageSize = 10;

  /** Most pages the element goes to, whatever the API's count says (10 × 50: the latest 500 messages). */
  static maxPages = 50;

  /** The Hero id of the patient whose messages are shown. */
  declare patientId?: string;

  /** The page shown (zero-based). */
  declare private page: number;
  /** Bumped to load again (refresh, "Check for updates"). */
  declare private reload: number;
  /** Messages on this page whose whole text is open, by position. */
  declare private expanded: ReadonlySet<number>;
  /** The patient changed since the last page was shown. */
  declare private notice: boolean;

  /** The server's page size for this patient (found on the first page). */
  #perPage = HeroMessageHistory.pageSize;
  /** What to say, and where to put focus, once the page loading now is on screen. */
  #after: { announce?: 'range' | 'updated' | 'notice'; focus?: boolean } = {};

  readonly #history = new Task(this, {
    task: async ([client, patientId, page], { signal }) => {
      if (!client || !patientId) return initialState;
      const result = await loadHistoryPage(client, { patientId, page, perPage: this.#perPage, now: Date.now() }, { signal });
      if (page === 0) this.#perPage = result.perPage;
      return result;
    },
    args: () => [this.client, this.#patient, this.page, this.reload] as const,
    onComplete: (result) => this.#shown(result),
    onError: (error) => void this.reportError(error),
  });

  readonly #onSend = (event: Event): void => {
    if (!this.#patient) return;
    // The patient the message was written for (the composer's detail), not whoever it shows now: a
    // send that lands after the composer moved on still refreshes its own patient's history only.
    const sentFor = (event as CustomEvent<{ patient_id?: unknown }>).detail?.patient_id;
    const source = event.composedPath()[0];
    const id =
      sentFor ??
      (source instanceof Element
        ? ((source as Element & { patientId?: unknown }).patientId ?? source.getAttribute('patient-id'))
        : undefined);
    if (typeof id === 'string' && id.trim() === this.#patient) this.refresh();
  };

  constructor() {
    super();
    this.page = 0;
    this.reload = 0;
    this.expanded = new Set();
    this.notice = false;
  }

  /** Practice staff read the history: errors may name Hero and say what to check. */
  protected override get audience(): Audience {
    return 'staff';
  }

  /** With no patient there is nothing to fetch: the element says so without waiting for a configuration. */
  protected override get needsConfig(): boolean {
    return Boolean(this.#patient);
  }

  get #patient(): string | undefined {
    return this.patientId?.trim() || undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('hero-message-send', this.#onSend);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('hero-message-send', this.#onSend);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('patientId')) {
      const before = (changed.get('patientId') as string | undefined)?.trim();
      // Nothing of the previous patient carries over: first page, closed previews, their page size.
      this.page = 0;
      this.expanded = new Set();
      this.#perPage = HeroMessageHistory.pageSize;
      this.notice = Boolean(before && this.#patient && before !== this.#patient);
      this.#after = this.notice ? { announce: 'notice' } : {};
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const status = this.#history.status;
    if (!this.#patient || status === TaskStatus.COMPLETE) void this.markReady();
    const value = status === TaskStatus.COMPLETE ? this.#history.value : undefined;
    this.setStates({ busy: status === TaskStatus.PENDING, empty: Boolean(value && value.page === 0 && !value.items.length) });
  }

  // ─── Handlers ───

  #go(page: number): void {
    this.page = page;
    this.expanded = new Set();
    this.notice = false;
    this.#after = { announce: 'range', focus: true };
  }

  #toggle(index: number): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(index)) expanded.add(index);
    this.expanded = expanded;
  }

  #retry(): void {
    this.#history.run();
  }

  /** The page is on screen: say so, and move focus to the heading after a page change. */
  #shown(result: HistoryPage): void {
    const { announce, focus } = this.#after;
    this.#after = {};
    if (result.readError !== undefined) this.reportError(result.readError);
    if (announce === 'notice') this.announce(this.t('notice.patient'));
    else if (announce === 'updated') this.announce(this.t('updated'));
    else if (announce === 'range') this.announce(this.#rangeText(this.#info(result)));
    if (focus) void this.focusOn('#history-heading');
  }

  // ─── Public ───

  /**
   * Loads the newest messages again (page 1), for example after a message was sent. Safe to call
   * at any time: a load in progress is replaced.
   */
  refresh(): void {
    this.page = 0;
    this.expanded = new Set();
    this.notice = false;
    this.reload += 1;
    this.#after = { announce: 'updated' };
  }

  // ─── Rendering ───

  #info(result: HistoryPage): PageInfo {
    return pageInfo(
      result.page,
      result.items.length,
      result.perPage,
      result.count,
      (this.constructor as typeof HeroMessageHistory).maxPages,
    );
  }

  #rangeText(info: PageInfo): string {
    const vars = { from: info.from, to: info.to, total: info.total ?? info.to };
    return this.t(info.total === undefined ? 'range.open' : 'range', vars);
  }

  #renderPage(result: HistoryPage): TemplateResult {
    const info = this.#info(result);
    if (!result.items.length && result.page === 0) {
      return html`<div class="message" part="empty">
        <p><strong>${this.t('empty.title')}</strong></p>
        <p>${this.t('empty.text')}</p>
      </div>`;
    }
    const t = (key: string, vars?: Record<string, string | number>) => this.t(key, vars);
    const ctor = this.constructor as typeof HeroMessageHistory;
    return html`<p class="hint" part="range">${this.#rangeText(info)}</p>
      ${
        result.failedReads
          ? html`<div class="message warning" part="preview-error">
            <p>${this.t('previews.failed', { count: result.failedReads })}</p>
            <button type="button" class="button secondary small" part="retry-button" @click=${() => this.#retry()}>${this.t('retry')}</button>
          </div>`
          : nothing
      }
      <ol class="card-list" part="list" aria-label=${this.t('list.label')}>
        ${result.items.map((item, index) =>
          renderHistoryItem({ item, index, expanded: this.expanded.has(index), level: this.level(1), locale: this.locale, t }, () =>
            this.#toggle(index),
          ),
        )}
      </ol>
      ${
        info.newer || info.older
          ? html`<nav class="pagination" part="pagination" aria-label=${this.t('pagination.label')}>
            ${
              info.newer
                ? html`<button type="button" class="button secondary newer" part="newer-button" @click=${() => this.#go(result.page - 1)}>${this.t('newer')}</button>`
                : nothing
            }
            <p part="page">${info.pages === undefined ? this.t('page.open', { page: info.page + 1 }) : this.t('page', { page: info.page + 1, pages: info.pages })}</p>
            ${
              info.older
                ? html`<button type="button" class="button secondary older" part="older-button" @click=${() => this.#go(result.page + 1)}>${this.t('older')}</button>`
                : nothing
            }
          </nav>`
          : nothing
      }
      ${info.capped ? html`<p class="hint" part="capped">${this.t('capped', { shown: ctor.maxPages * result.perPage })}</p>` : nothing}`;
  }

  #renderBody(): unknown {
    const patient = this.#patient;
    if (!patient) {
      return html`<div class="message" part="no-patient">
        <p><strong>${this.t('noPatient.title')}</strong></p>
        <p>${this.t('noPatient.text')}</p>
      </div>`;
    }
    const loading = html`<div class="loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span><span>${this.t('loading.history')}</span></div>`;
    return this.#history.render({
      initial: () => loading,
      pending: () => loading,
      error: (error) => this.renderError(error, () => this.#retry()),
      // Never another patient's page, whatever finished last.
      complete: (result) => (result.patientId === patient ? this.#renderPage(result) : loading),
    });
  }

  protected override renderContent(): unknown {
    const complete = this.#history.status === TaskStatus.COMPLETE && Boolean(this.#patient);
    return html`<section class="base" part="base" aria-labelledby="history-heading" aria-busy=${this.#history.status === TaskStatus.PENDING ? 'true' : 'false'}>
      <div class="header">
        ${renderHeading(this.level(), this.t('heading'), { id: 'history-heading', size: 'l', focusable: true })}
        ${
          complete
            ? html`<button type="button" class="button secondary small" part="refresh-button" @click=${() => this.refresh()}>${this.t('refresh')}</button>`
            : nothing
        }
      </div>
      ${this.notice ? html`<p class="message" part="notice">${this.t('notice.patient')}</p>` : nothing} ${this.#renderBody()} ${this.renderAnnouncer()}
    </section>`;
  }
}
