import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { HeroClient } from '../api/client.js';
import { HeroError, isAbortError, toHeroError, type HeroErrorDetail } from '../api/errors.js';
import { sharedClient, type HeroConfig } from '../api/registry.js';
import { ensureContextRoot, heroConfigContext } from './context.js';
import {
  DEFAULT_LANG,
  formatMessage,
  loadLocale,
  localeTables,
  overrideFor,
  resolveLang,
  tableFor,
  unwatchLang,
  watchLang,
  type LangListener,
  type Messages,
  type MessageVars,
  type StringOverrides,
  type Translations,
} from './localize.js';

/** The configuration properties, shared by every element and `<hero-provider>`. */
export const CONFIG_KEYS = ['tenantId', 'env', 'baseUrl', 'jwtToken', 'tokenUrl', 'tokenProvider', 'lang', 'auth', 'requestTimeout', 'practicePhone'] as const;

/**
 * Carries the configuration attributes (ELEMENTS-API.md, "Configuration") and the configuration
 * of the nearest `<hero-provider>`. Own values win; `config` is the merge.
 *
 * @summary The configuration every Hero element and `<hero-provider>` takes.
 */
export class HeroConfigElement extends LitElement {
  /** Practice group id, sent as `x-practice-group-id`. */
  @property({ attribute: 'tenant-id' }) tenantId?: string;

  /** `staging` (default) or `production`: picks the API base URL. */
  @property() env?: 'staging' | 'production';

  /** Explicit API base URL; wins over `env` (proxies, mocks). */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** A ready access token. It cannot be refreshed: prefer `token-url` or `tokenProvider`. */
  @property({ attribute: 'jwt-token' }) jwtToken?: string;

  /** The host backend's route answering `{ "access_token": "..." }`, fetched with cookies. */
  @property({ attribute: 'token-url' }) tokenUrl?: string;

  /**
   * The host's own way to get a token; wins over `token-url` and `jwt-token`. Property only.
   * @type {(() => Promise<string>) | undefined}
   */
  @property({ attribute: false }) tokenProvider?: () => Promise<string>;

  /**
   * `token` (default): requests carry an access token. `proxy`: `base-url` is the host's own proxy
   * (`hero-elements/server` `createProxyHandler`), which adds the API key server-side; no token is sent.
   */
  @property() auth?: 'token' | 'proxy';

  /** Milliseconds before a request to the API is given up (default 30000). */
  @property({ attribute: 'request-timeout', type: Number }) requestTimeout?: number;

  /** The practice's phone number, shown to patients when something fails (for example `01234 567890`). */
  @property({ attribute: 'practice-phone' }) practicePhone?: string;

  /** Language of the element's text: `en-GB` (default) or `cy`. Inherited from ancestors. */
  @property({ reflect: true }) override lang!: string;

  /** Configuration from the nearest `<hero-provider>`, if any. */
  @consume({ context: heroConfigContext, subscribe: true })
  @state()
  protected providerConfig?: HeroConfig;

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
  }

  /** The effective configuration: this element's values over the provider's. */
  get config(): HeroConfig {
    const inherited = this.providerConfig ?? {};
    const merged: HeroConfig = { ...inherited };
    for (const key of CONFIG_KEYS) {
      const own = this[key];
      if (own !== undefined && own !== '') (merged as Record<string, unknown>)[key] = own;
    }
    return merged;
  }
}

/**
 * Strings every element shares (loading, retry, one message per error code), written for the
 * person using the element. Subclass tables add to these and may override any of them.
 */
export const commonStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  'error.auth': 'The connection to Hero is not authorised. Sign in again; if this keeps happening, ask your administrator to check the set-up.',
  'error.network': 'Hero could not be reached. Check your internet connection, then try again.',
  'error.not_found': 'This could not be found. It may have been changed or removed.',
  'error.validation': 'Hero could not accept this. Check the details, then try again.',
  'error.conflict': 'Someone else changed this at the same time. Try again to see the latest.',
  'error.rate_limited': 'Too many requests were made. Wait a minute, then try again.',
  'error.server': 'Hero is having a problem. Try again in a few minutes.',
  'summary.title': 'There is a problem',
} satisfies Messages;

export type CommonStrings = typeof commonStrings;

/** One line of an error summary: the message, and the id of the control (in the shadow root) it links to. */
export interface ErrorSummaryItem {
  target: string;
  message: string;
}

/** The events every element fires. */
export interface HeroEventDetails {
  'hero-ready': Record<string, never>;
  'hero-error': HeroErrorDetail;
}

/**
 * The base of every Hero element: resolves configuration to a shared `HeroClient`, fires
 * `hero-ready` and `hero-error`, and translates strings from the subclass's `translations`.
 *
 * @summary The base of every Hero element (not of `<hero-provider>`).
 *
 * @fires {CustomEvent<Record<string, never>>} hero-ready - The first data has rendered (once per element).
 * @fires {CustomEvent<HeroErrorDetail>} hero-error - A request failed. `detail: { code, message, status? }`; never patient data.
 *
 * @csspart error - An error message with a retry button.
 * @csspart retry-button - "Try again".
 *
 * @cssproperty --hero-border-width - Global token. Border width of controls (default `1px`).
 * @cssproperty --hero-color-border - Global token. Borders of cards and panels (default `#828e96`).
 * @cssproperty --hero-color-border-strong - Global token. Borders of inputs (default `#4c6272`).
 * @cssproperty --hero-color-danger - Global token. Errors and the error summary (default `#d5281b`).
 * @cssproperty --hero-color-danger-surface - Global token. Background of error messages (default `#fbe9e7`).
 * @cssproperty --hero-color-on-primary - Global token. Text on the primary colour (default `#ffffff`).
 * @cssproperty --hero-color-primary - Global token. Primary buttons, links and accents (default `#005eb8`).
 * @cssproperty --hero-color-primary-active - Global token. Primary buttons while pressed (default `#003d78`).
 * @cssproperty --hero-color-primary-hover - Global token. Primary buttons on hover (default `#004c93`).
 * @cssproperty --hero-color-surface - Global token. Background of controls and secondary buttons (default `#ffffff`).
 * @cssproperty --hero-color-surface-raised - Global token. Background of panels and hovered secondary buttons (default `#f0f4f5`).
 * @cssproperty --hero-color-text - Global token. Body text colour (default `#212b32`).
 * @cssproperty --hero-color-text-muted - Global token. Hints and secondary text (default `#4c6272`).
 * @cssproperty --hero-focus-background - Global token. Fill of focused buttons and links (unset by default; the NHS theme's yellow).
 * @cssproperty --hero-focus-shadow - Global token. Extra shadow of focused buttons and links (unset by default; the NHS theme's dark bottom bar).
 * @cssproperty --hero-focus-text-color - Global token. Text colour of focused buttons and links (unset by default).
 * @cssproperty --hero-focus-ring-color - Global token. Colour of the focus outline (default `#ffb81c`).
 * @cssproperty --hero-focus-ring-offset - Global token. Gap between a control and its focus outline (default `2px`).
 * @cssproperty --hero-focus-ring-width - Global token. Width of the focus outline (default `3px`).
 * @cssproperty --hero-font-family - Global token. Font stack (default the system UI font).
 * @cssproperty --hero-font-size-l - Global token. Headings (default `1.1875rem`).
 * @cssproperty --hero-font-size-m - Global token. Body text size (default `1rem`).
 * @cssproperty --hero-font-size-s - Global token. Small text (default `0.875rem`).
 * @cssproperty --hero-font-weight-bold - Global token. Weight of buttons and headings (default `600`).
 * @cssproperty --hero-line-height - Global token. Body line height (default `1.5`).
 * @cssproperty --hero-radius-m - Global token. Medium corner radius, for buttons and panels (default `0.5rem`).
 * @cssproperty --hero-radius-s - Global token. Small corner radius, for inputs (default `0.25rem`).
 * @cssproperty --hero-space-l - Global token. Large spacing (default `1.5rem`).
 * @cssproperty --hero-space-m - Global token. Medium spacing (default `1rem`).
 * @cssproperty --hero-space-s - Global token. Small spacing (default `0.5rem`).
 * @cssproperty --hero-space-xs - Global token. Extra-small spacing (default `0.25rem`).
 * @cssproperty --hero-target-size - Global token. Smallest size of a button or other target (default `2.75rem`).
 * @cssproperty --hero-transition-fast - Global token. Hover and focus transitions (default `120ms ease-out`).
 */
export class HeroElement extends HeroConfigElement implements LangListener {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The subclass's strings: `en-GB` complete, other languages partial. */
  static translations: Translations<Messages> = { 'en-GB': {} };

  /** The name of the subclass's table in the lazily loaded language modules (src/locales). */
  static translationKey?: string;

  /**
   * Host overrides for any of the element's strings, by key. Top-level keys apply in every
   * language; a table under a language tag applies in that language only and wins:
   * `{ 'booked.heading': 'Booked', cy: { 'booked.heading': 'Wedi trefnu' } }`.
   */
  @property({ attribute: false }) strings?: StringOverrides;

  /**
   * The API client for the current configuration (shared with every element configured alike),
   * or undefined when the configuration is incomplete (see `configError`).
   */
  @state() protected client?: HeroClient;

  /** Why there is no client, when there is none. */
  @state() protected configError?: HeroError;

  #readyFired = false;

  /** The language resolved when the last update was scheduled (not `#private`: smaller for es2021). */
  private _lang?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this, this);
    this.langChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /** @internal A `lang` attribute changed somewhere above: re-render if this element's language changed. */
  langChanged(): void {
    if (this._lang !== undefined && this._resolveLang() !== this._lang) this.requestUpdate();
  }

  /**
   * Holds each update until the tables of the element's language have loaded (the first time an
   * element speaks Welsh), so English never flashes first; otherwise updates as usual.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = loadLocale((this._lang = this._resolveLang()));
    if (!pending) return super.scheduleUpdate();
    return pending.then(() => {
      this._lang = this._resolveLang();
      return super.scheduleUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('providerConfig') || CONFIG_KEYS.some((key) => changed.has(key))) {
      try {
        this.client = sharedClient(this.config);
        this.configError = undefined;
      } catch (error) {
        this.client = undefined;
        this.configError = toHeroError(error);
      }
    }
  }

  /** The client, or the configuration error as a thrown HeroError (for use inside tasks). */
  protected requireClient(): HeroClient {
    if (this.client) return this.client;
    throw this.configError ?? new HeroError('auth', 'The element is not configured.');
  }

  /** The element's language after inheritance, e.g. `en-GB` or `cy`. */
  protected get language(): string {
    return this._lang ?? this._resolveLang();
  }

  private _resolveLang(): string {
    return this.lang || resolveLang(this) || this.providerConfig?.lang || DEFAULT_LANG;
  }

  /**
   * The locale for `Intl` dates and numbers: `cy-GB` for Welsh, otherwise `en-GB` (a page's
   * plain `lang="en"` must not turn dates American).
   */
  protected get locale(): string {
    return /^cy\b/i.test(this.language) ? 'cy-GB' : 'en-GB';
  }

  /**
   * A string in the element's language, with `{name}` placeholders filled: host overrides
   * (`strings`), then the element's table, then `commonStrings`, falling back to `en-GB`.
   */
  protected t(key: string, vars?: MessageVars): string {
    const ctor = this.constructor as typeof HeroElement;
    const lang = this.language;
    const loaded = localeTables(lang);
    const message =
      overrideFor(this.strings, lang, key) ??
      tableFor(ctor.translations, lang)?.[key] ??
      (loaded?.[ctor.translationKey ?? 'common'] as Messages | undefined)?.[key] ??
      (loaded?.['common'] as Messages | undefined)?.[key] ??
      ctor.translations['en-GB'][key] ??
      (commonStrings as Messages)[key];
    return formatMessage(message, key, vars);
  }

  /** Dispatches a bubbling, composed `CustomEvent`. */
  protected emit<K extends keyof HeroEventDetails>(type: K, detail: HeroEventDetails[K]): boolean;
  protected emit(type: string, detail: unknown): boolean;
  protected emit(type: string, detail: unknown): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
  }

  /** Fires `hero-ready` once, after the first data has rendered. */
  protected async markReady(): Promise<void> {
    if (this.#readyFired) return;
    this.#readyFired = true;
    await this.updateComplete;
    this.emit('hero-ready', {});
  }

  /**
   * The error state every element shows: what went wrong, in words for the user (by error code,
   * never the API's text), and a "Try again" button when there is something to retry.
   * Parts: `error`, `retry-button`.
   */
  protected renderError(error: unknown, retry?: () => void): TemplateResult {
    return html`<div class="message error" role="alert" part="error">
      <p>${this.t(`error.${toHeroError(error).code}`)}</p>
      ${retry
        ? html`<button type="button" class="button secondary" part="retry-button" @click=${retry}>${this.t('retry')}</button>`
        : nothing}
    </div>`;
  }

  /**
   * The GOV.UK error summary: "There is a problem" (a heading at `level`, default 2), an optional
   * line saying why (`description`), and a link per problem that moves focus to its control in the
   * shadow root. Its content is an alert, as in GOV.UK Frontend; give it focus with
   * `focusOn('#error-summary')` after a failed submit. Part: `error-summary`.
   */
  protected renderErrorSummary(
    items: readonly ErrorSummaryItem[],
    level = 2,
    description?: string,
  ): TemplateResult | typeof nothing {
    if (!items.length) return nothing;
    return html`<div id="error-summary" class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <div role="alert">
        <div id="error-summary-title" class="error-summary-title" role="heading" aria-level=${level}>${this.t('summary.title')}</div>
        ${description ? html`<p class="error-summary-description">${description}</p>` : nothing}
        <ul>
          ${items.map(
            (item) =>
              html`<li>
                <a
                  href="#${item.target}"
                  @click=${(event: Event) => {
                    event.preventDefault();
                    void this.focusOn(`#${CSS.escape(item.target)}`);
                  }}
                  >${item.message}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  /** What the element's polite live region (`renderAnnouncer`) says. */
  @state() protected announcement = '';

  /** Says `text` through the polite live region (a repeat is cleared first, so it is read out again). */
  protected announce(text: string): void {
    if (text !== this.announcement) {
      this.announcement = text;
      return;
    }
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  /** The polite live region that `announce` speaks through (visually hidden). */
  protected renderAnnouncer(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  /** After the pending render, moves focus to the first match of `selector` in the shadow root. */
  protected async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  /**
   * Turns anything thrown into a HeroError and fires `hero-error` with it. Aborted calls are not
   * errors: they return undefined and fire nothing.
   */
  protected reportError(error: unknown): HeroError | undefined {
    if (isAbortError(error)) return undefined;
    const heroError = toHeroError(error);
    this.emit('hero-error', heroError.toDetail());
    return heroError;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hero-ready': CustomEvent<HeroEventDetails['hero-ready']>;
    'hero-error': CustomEvent<HeroErrorDetail>;
  }
}
