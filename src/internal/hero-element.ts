import { html, LitElement, type nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { registerDecoders, type Reader } from '../api/decode.js';
import { HeroError, isAbortError, toHeroError, type HeroErrorDetail } from '../api/errors.js';
import type { HeroConfig } from '../api/registry.js';
import { Announcer } from './announcer.js';
import { ConfigController, ConnectionController } from './config-controller.js';
import type { ElementClient } from './element-client.js';
import { errorMessage, errorSummaryView, errorView, type Audience, type ErrorSummaryItem } from './error-view.js';
import { FocusKeeper, moveFocus } from './focus.js';
import { LocaleController } from './locale-controller.js';
import type { Messages, MessageVars, StringOverrides, Translations } from './localize.js';
import { Readiness, setState } from './readiness.js';

export { CONFIG_KEYS } from './config-controller.js';
export { commonStrings, type CommonStrings } from './hero-element.strings.js';
export type { Audience, ErrorSummaryItem };

/**
 * Carries the configuration attributes (ELEMENTS-API.md, "Configuration") and the configuration
 * of the nearest `<hero-provider>`. Own values win; `config` is the merge.
 *
 * @summary The configuration every Hero element and `<hero-provider>` takes.
 */
export class HeroConfigElement extends LitElement {
  static override properties: PropertyDeclarations = {
    tenantId: { attribute: 'tenant-id' },
    env: {},
    baseUrl: { attribute: 'base-url' },
    jwtToken: { attribute: 'jwt-token' },
    tokenUrl: { attribute: 'token-url' },
    tokenProvider: { attribute: false },
    auth: {},
    requestTimeout: { attribute: 'request-timeout', type: Number },
    practicePhone: { attribute: 'practice-phone' },
    lang: { reflect: true },
  };

  /** Practice group id, sent as `x-practice-group-id`. */
  declare tenantId?: string;

  /** `staging` (default) or `production`: picks the API base URL. */
  declare env?: 'staging' | 'production';

  /** Explicit API base URL; wins over `env` (proxies, mocks). */
  declare baseUrl?: string;

  /** A ready access token. It cannot be refreshed: prefer `token-url` or `tokenProvider`. */
  declare jwtToken?: string;

  /** The host backend's route answering `{ "access_token": "..." }`, fetched with cookies. */
  declare tokenUrl?: string;

  /**
   * The host's own way to get a token; wins over `token-url` and `jwt-token`. Property only.
   * @type {(() => Promise<string>) | undefined}
   */
  declare tokenProvider?: () => Promise<string>;

  /**
   * `token` (default): requests carry an access token. `proxy`: `base-url` is the host's own proxy
   * (`hero-elements/server` `createProxyHandler`), which adds the API key server-side; no token is sent.
   */
  declare auth?: 'token' | 'proxy';

  /** Milliseconds before a request to the API is given up (default 30000). */
  declare requestTimeout?: number;

  /** The practice's phone number, shown to patients when something fails (for example `01234 567890`). */
  declare practicePhone?: string;

  /** Language of the element's text: `en-GB` (default) or `cy`. Inherited from ancestors. */
  declare lang: string;

  readonly #config = new ConfigController(this);

  /** The effective configuration: this element's values over the provider's. */
  get config(): HeroConfig {
    return this.#config.config;
  }

  /** The nearest provider's configuration, if any. */
  protected get inheritedConfig(): HeroConfig | undefined {
    return this.#config.inherited;
  }
}

/** The events every element fires. */
export interface HeroEventDetails {
  'hero-ready': Record<string, never>;
  'hero-error': HeroErrorDetail;
}

/**
 * The base of every Hero element. Its controllers do the work (each in its own module, with its
 * own tests); this class wires them up and gives templates one short name for each:
 *
 * - configuration and client (config-controller.ts): `client`, `signal`, `requireClient()`; until
 *   the configuration is complete the element shows a neutral loading state and makes no request,
 *   and after `configGracePeriod` a configuration error with one `hero-error` (`auth`);
 * - language and strings (locale-controller.ts): `t()`, `language`, `locale`;
 * - the polite live region (announcer.ts): `announce()`, `renderAnnouncer()`;
 * - readiness (readiness.ts): `markReady()`, the read-only `ready` and `:state(ready)`;
 * - errors (error-view.ts): `renderError()`, `errorMessage()` (by `audience`), `reportError()`,
 *   `renderErrorSummary()`;
 * - focus (focus.ts): `focusOn()`; focus never falls to `<body>` when a render removes the
 *   focused control.
 *
 * Subclasses draw their template in `renderContent()` (not `render()`), which runs once the
 * configuration is there (or when `needsConfig` is false).
 *
 * @summary The base of every Hero element (not of `<hero-provider>`).
 *
 * @fires {CustomEvent<Record<string, never>>} hero-ready - The first data has rendered (once per element).
 * @fires {CustomEvent<HeroErrorDetail>} hero-error - A request failed. `detail: { code, message, status? }`; never patient data.
 *
 * @csspart error - An error message with a retry button.
 * @csspart retry-button - "Try again".
 * @csspart loading - A loading indication (also while the element waits for its configuration).
 *
 * @cssstate ready - The first data has rendered (see `ready`).
 *
 * @cssproperty --hero-border-width - Global token. Border width of controls (default `1px`).
 * @cssproperty --hero-button-border-width - Global token. Border width of buttons (unset by default: `--hero-border-width`; NHS theme `2px`).
 * @cssproperty --hero-button-padding-block - Global token. Padding above and below button text (unset by default: `--hero-space-s`).
 * @cssproperty --hero-button-shadow-size - Global token. Height of the shadow under buttons, NHS.UK style (NHS theme `4px`): the button's colour darkened by half, an outlined button's border colour (default `0px`).
 * @cssproperty --hero-color-border - Global token. Borders of cards and panels (default `#828e96`).
 * @cssproperty --hero-color-border-strong - Global token. Borders of inputs (default `#4c6272`).
 * @cssproperty --hero-color-button - Global token. Primary buttons (unset by default: the primary colour; NHS theme green).
 * @cssproperty --hero-color-button-active - Global token. Primary buttons while pressed (unset by default: `--hero-color-primary-active`).
 * @cssproperty --hero-color-button-hover - Global token. Primary buttons on hover (unset by default: `--hero-color-primary-hover`).
 * @cssproperty --hero-color-button-secondary - Global token. Fill of secondary (outlined) buttons (unset by default: `--hero-color-surface`).
 * @cssproperty --hero-color-button-secondary-active - Global token. Fill of secondary buttons while pressed (unset by default: `--hero-color-surface-raised`).
 * @cssproperty --hero-color-button-secondary-hover - Global token. Fill of secondary buttons on hover (unset by default: `--hero-color-surface-raised`).
 * @cssproperty --hero-color-danger - Global token. Errors, the error summary and warning buttons (default `#d5281b`).
 * @cssproperty --hero-color-danger-hover - Global token. Warning buttons on hover (default `#aa2016`).
 * @cssproperty --hero-color-danger-surface - Global token. Background of error messages (default `#fbe9e7`).
 * @cssproperty --hero-color-on-primary - Global token. Text on primary and warning buttons (default `#ffffff`).
 * @cssproperty --hero-color-primary - Global token. Links, accents, secondary buttons, and primary buttons unless `--hero-color-button` is set (default `#005eb8`).
 * @cssproperty --hero-color-primary-active - Global token. Primary buttons while pressed (default `#003d78`).
 * @cssproperty --hero-color-primary-hover - Global token. Primary buttons on hover (default `#004c93`).
 * @cssproperty --hero-color-success - Global token. Success colour: tags and notices (default `#007f3b`).
 * @cssproperty --hero-color-success-surface - Global token. Background of success tags and notices (default `#e6f2eb`).
 * @cssproperty --hero-color-surface - Global token. Background of controls and secondary buttons (default `#ffffff`).
 * @cssproperty --hero-color-surface-raised - Global token. Background of panels and hovered secondary buttons (default `#f0f4f5`).
 * @cssproperty --hero-color-text - Global token. Body text colour (default `#212b32`).
 * @cssproperty --hero-color-text-muted - Global token. Hints and secondary text (default `#4c6272`).
 * @cssproperty --hero-color-warning - Global token. Warning text and borders: tags and warnings (default `#8a4b00`).
 * @cssproperty --hero-color-warning-surface - Global token. Background of warning tags and warnings (default `#fff4e0`).
 * @cssproperty --hero-control-size - Global token. Radios and checkboxes: the drawn circle or box (default `2rem`).
 * @cssproperty --hero-focus-background - Global token. Fill of focused buttons and links (unset by default; the NHS theme's yellow).
 * @cssproperty --hero-focus-filled-ring-color - Global token. Focus outline of buttons and links a theme fills on focus (unset by default: the ring colour; NHS theme `transparent`).
 * @cssproperty --hero-focus-link-shadow - Global token. Shadow of focused links and text buttons (unset by default: `--hero-focus-shadow`; NHS theme a yellow top edge and dark bottom bar).
 * @cssproperty --hero-focus-ring-color - Global token. Colour of the focus outline (default `#ffeb3b`).
 * @cssproperty --hero-focus-ring-contrast - Global token. Colour paired with the focus ring, so one of the two shows on any background: it fills the gap between a control and its ring (default `#212b32`).
 * @cssproperty --hero-focus-ring-offset - Global token. Gap between a control and its focus outline, filled with the contrast colour (default `2px`).
 * @cssproperty --hero-focus-ring-width - Global token. Width of the focus outline (default `3px`).
 * @cssproperty --hero-focus-shadow - Global token. Shadow of focused buttons and links, in place of the contrast band (unset by default; the NHS theme's dark bottom bar).
 * @cssproperty --hero-focus-text-color - Global token. Text colour of focused buttons and links (unset by default).
 * @cssproperty --hero-focus-text-decoration - Global token. Underline of focused links and text buttons (unset by default: underlined; NHS theme `none`).
 * @cssproperty --hero-font-family - Global token. Font stack (default the system UI font).
 * @cssproperty --hero-font-size-l - Global token. Headings (default `1.1875rem`).
 * @cssproperty --hero-font-size-m - Global token. Body text size (default `1rem`).
 * @cssproperty --hero-font-size-s - Global token. Small text (default `0.875rem`).
 * @cssproperty --hero-font-size-xl - Global token. Element titles (default `1.5rem`).
 * @cssproperty --hero-font-weight-bold - Global token. Weight of buttons and headings (default `600`).
 * @cssproperty --hero-font-weight-normal - Global token. Regular weight (default `400`).
 * @cssproperty --hero-input-height - Global token. Smallest height of text inputs and selects (unset by default: `--hero-target-size`; NHS theme `2.5rem`).
 * @cssproperty --hero-input-padding - Global token. Padding inside text inputs and selects (unset by default: `0.25rem 0.5rem`; NHS theme `0.25rem`).
 * @cssproperty --hero-line-height - Global token. Body line height (default `1.5`).
 * @cssproperty --hero-max-width - Global token. The widest an element grows (default `40rem`).
 * @cssproperty --hero-radius-m - Global token. Medium corner radius, for buttons and panels (default `0.5rem`).
 * @cssproperty --hero-radius-s - Global token. Small corner radius, for inputs (default `0.25rem`).
 * @cssproperty --hero-space-2xs - Global token. The smallest spacing, inside tags (default `0.125rem`).
 * @cssproperty --hero-space-l - Global token. Large spacing (default `1.5rem`).
 * @cssproperty --hero-space-m - Global token. Medium spacing (default `1rem`).
 * @cssproperty --hero-space-s - Global token. Small spacing (default `0.5rem`).
 * @cssproperty --hero-space-xs - Global token. Extra-small spacing (default `0.25rem`).
 * @cssproperty --hero-target-size - Global token. Smallest size of a button or other target (default `2.75rem`).
 * @cssproperty --hero-transition-fast - Global token. Hover and focus transitions (default `120ms ease-out`).
 */
export class HeroElement extends HeroConfigElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties: PropertyDeclarations = {
    strings: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The subclass's strings: `en-GB` complete, other languages partial. */
  static translations: Translations<Messages> = { 'en-GB': {} };

  /** The name of the subclass's table in the lazily loaded language modules (src/locales). */
  static translationKey?: string;

  /**
   * How long (ms) an element waits for its configuration (attributes, properties or a
   * `<hero-provider>`) before it shows a configuration error and fires `hero-error` (`auth`).
   * Until then it shows a neutral loading state and fires nothing, so a page whose framework sets
   * the configuration a moment after the element appears (server rendering, hydration) sees no
   * error. Default 3000. Set it on a class (`HeroSlotPicker.configGracePeriod = 5000`) or on
   * `HeroElement` for every element.
   */
  static configGracePeriod = 3000;

  /**
   * The response decoders of the operations the element calls (groups from src/api/decoders/),
   * registered when an element is made: a page ships only its elements' decoders, and the client
   * refuses an answer no decoder was registered for.
   */
  static decoders: Record<string, Reader<unknown>> = {};

  /**
   * Host overrides for any of the element's strings, by key. Top-level keys apply in every
   * language; a table under a language tag applies in that language only and wins:
   * `{ 'booked.heading': 'Booked', cy: { 'booked.heading': 'Wedi trefnu' } }`.
   */
  declare strings?: StringOverrides;

  /** The level of the element's top heading (1–6, default 2); its sub-headings go one level deeper. */
  declare headingLevel: number;

  /** The element's ElementInternals (custom states; form association in HeroFormElement). */
  protected readonly internals: ElementInternals;
  readonly #connection: ConnectionController;
  readonly #locale: LocaleController;
  readonly #announcer: Announcer;
  readonly #readiness: Readiness;

  constructor() {
    super();
    const ctor = this.constructor as typeof HeroElement;
    registerDecoders(ctor.decoders);
    this.headingLevel = 2;
    this.internals = this.attachInternals();
    this.#connection = new ConnectionController(this, {
      config: () => this.config,
      needed: () => this.needsConfig,
      grace: () => ctor.configGracePeriod,
      onMissing: (error) => void this.reportError(error),
      // Part of an answer could not be used (an item skipped): the rest is shown; the host is told once per answer.
      onDecodeIssues: (issues) =>
        issues.some((issue) => issue.skipped) &&
        void this.reportError(
          new HeroError(
            'server',
            'Part of the Hero API’s answer could not be used and was left out. Tell your administrator if this keeps happening.',
          ),
        ),
    });
    this.#locale = new LocaleController(this, {
      translations: ctor.translations,
      key: ctor.translationKey,
      strings: () => this.strings,
      inherited: () => this.inheritedConfig?.lang,
    });
    this.#announcer = new Announcer(this);
    this.#readiness = new Readiness(this, this.internals);
    new FocusKeeper(this);
  }

  /** True once the element's first data has rendered (and `hero-ready` has fired); it also matches `:state(ready)`. */
  get ready(): boolean {
    return this.#readiness.ready;
  }

  // ───────── For subclasses to override ─────────

  /** Who reads the element's messages (errors in particular): `patient` unless a subclass says `staff`. */
  protected get audience(): Audience {
    return 'patient';
  }

  /**
   * Whether the element needs its configuration now. While it does and has none, `renderContent()`
   * is not called: the element shows the loading state, then the configuration error. An element
   * that has nothing to fetch yet (no patient chosen, a form given whole) returns false.
   */
  protected get needsConfig(): boolean {
    return true;
  }

  /** The element's template, drawn once it has its configuration (or needs none). */
  protected renderContent(): unknown {
    return html``;
  }

  // ───────── Configuration and client ─────────

  /**
   * The API client for the current configuration (shared with every element configured alike,
   * bound to this element's time in the page), or undefined while the configuration is incomplete.
   */
  protected get client(): ElementClient | undefined {
    return this.#connection.client;
  }

  /** Aborted when the element leaves the page; a fresh one when it comes back. */
  protected get signal(): AbortSignal {
    return this.#connection.signal;
  }

  /** The client, or a HeroError (`auth`) when there is none (for user actions, which only a configured element offers). */
  protected requireClient(): ElementClient {
    const client = this.#connection.client;
    if (client) return client;
    throw this.#connection.error ?? new HeroError('auth', 'The element is not configured yet.');
  }

  // ───────── Language ─────────

  /** The element's language after inheritance, e.g. `en-GB` or `cy`. */
  protected get language(): string {
    return this.#locale.language;
  }

  /** The locale for `Intl` dates and numbers: `cy-GB` for Welsh, otherwise `en-GB`. */
  protected get locale(): string {
    return this.#locale.locale;
  }

  /**
   * A string in the element's language, with `{name}` placeholders filled: host overrides
   * (`strings`), then the element's table, then `commonStrings`, falling back to `en-GB`.
   */
  protected t(key: string, vars?: MessageVars): string {
    return this.#locale.t(key, vars);
  }

  /** The heading level `depth` levels below the element's top heading (`heading-level`), within 1–6. */
  protected level(depth = 0): number {
    const top = Math.round(Number(this.headingLevel));
    return Math.min(6, Math.max(1, (Number.isFinite(top) ? top : 2) + depth));
  }

  /**
   * Holds each update until the tables of the element's language have loaded (the first time an
   * element speaks Welsh), so English never flashes first; otherwise updates as usual.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.#locale.prepare();
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  // ───────── Events, readiness, live region, focus ─────────

  /** Dispatches a bubbling, composed `CustomEvent`. */
  protected emit<K extends keyof HeroEventDetails>(type: K, detail: HeroEventDetails[K]): boolean;
  protected emit(type: string, detail: unknown): boolean;
  protected emit(type: string, detail: unknown): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
  }

  /** Marks the element ready once the first data has rendered: `ready`, `:state(ready)`, one `hero-ready`. */
  protected markReady(): Promise<void> {
    return this.#readiness.mark();
  }

  /** Turns custom states on and off (`:state(busy)` and so on, for host styling). */
  protected setStates(states: Record<string, boolean>): void {
    for (const [name, on] of Object.entries(states)) setState(this.internals, name, on);
  }

  /** Says `text` through the polite live region (`renderAnnouncer()`); `''` empties it. */
  protected announce(text: string): void {
    this.#announcer.announce(text);
  }

  /** The polite live region that `announce` speaks through (visually hidden). */
  protected renderAnnouncer(): TemplateResult {
    return this.#announcer.render();
  }

  /** After the pending render, moves focus to the first match of `selector` in the shadow root. */
  protected async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (target) moveFocus(target);
  }

  // ───────── Errors ─────────

  /** The words for anything thrown, for the element's `audience` (with `practice-phone` for patients). */
  protected errorMessage(error: unknown): string {
    return errorMessage((key, vars) => this.t(key, vars), error, this.audience, this.config.practicePhone);
  }

  /**
   * The error state every element shows: `errorMessage(error)`, and a "Try again" button when
   * there is something to retry. Parts: `error`, `retry-button`.
   */
  protected renderError(error: unknown, retry?: () => void): TemplateResult {
    return errorView(this.errorMessage(error), retry && { label: this.t('retry'), run: retry });
  }

  /**
   * The GOV.UK error summary ("There is a problem", a heading at `level`, default the element's
   * top level), with a link per problem; give it focus with `focusOn('#error-summary')` after a
   * failed submit. Part: `error-summary`.
   */
  protected renderErrorSummary(
    items: readonly ErrorSummaryItem[],
    level = this.level(),
    description?: string,
  ): TemplateResult | typeof nothing {
    return errorSummaryView(items, {
      title: this.t('summary.title'),
      level,
      description,
      focus: (selector) => void this.focusOn(selector),
    });
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

  // ───────── Rendering ─────────

  /** Waiting for the configuration: a neutral loading state; given up: the configuration error. Else `renderContent()`. */
  protected override render(): unknown {
    const connection = this.#connection;
    if (connection.client || !this.needsConfig) return this.renderContent();
    if (connection.error) return errorView(this.t('error.config'));
    return html`<div class="loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span><span>${this.t('loading')}</span></div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hero-ready': CustomEvent<HeroEventDetails['hero-ready']>;
    'hero-error': CustomEvent<HeroErrorDetail>;
  }
}
