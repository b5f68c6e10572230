import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { commonStrings } from './hero-element.strings.js';
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

export interface LocaleOptions {
  /** The element's own tables: `en-GB` complete, other languages partial. */
  translations: Translations<Messages>;
  /** The name of the element's table in the lazily loaded language modules (src/locales). */
  key?: string | undefined;
  /** The host's overrides (its `strings` property). */
  strings: () => StringOverrides | undefined;
  /** The language the provider sets, if any (below the element's own and its ancestors'). */
  inherited: () => string | undefined;
}

/**
 * The element's language and its strings. The language is the element's own `lang`, else the
 * nearest ancestor's (across shadow roots), else its provider's, else `en-GB`, and it follows any
 * of these changing at runtime. `t(key, vars)` looks a string up in the host's `strings`, then the
 * element's table, then the shared one, falling back to English string by string.
 *
 * The first time an element speaks a language whose tables load lazily (Welsh), its updates wait
 * for them (`prepare()`, from the element's `scheduleUpdate`), so English never flashes first.
 */
export class LocaleController implements ReactiveController, LangListener {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: LocaleOptions;
  /** The language resolved when the last update was scheduled. */
  #lang: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LocaleOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this, this.#host);
    this.langChanged();
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  /** A `lang` attribute changed somewhere above: update if this element's language changed. */
  langChanged(): void {
    if (this.#lang !== undefined && this.#resolve() !== this.#lang) this.#host.requestUpdate();
  }

  /**
   * Resolves the language for the coming update. Returns a promise to wait for when its tables
   * are still loading (the first Welsh element of the page), else undefined.
   */
  prepare(): Promise<void> | undefined {
    return loadLocale((this.#lang = this.#resolve()))?.then(() => {
      this.#lang = this.#resolve();
    });
  }

  /** The element's language after inheritance, e.g. `en-GB` or `cy`. */
  get language(): string {
    return this.#lang ?? this.#resolve();
  }

  /**
   * The locale for `Intl` dates and numbers: `cy-GB` for Welsh, otherwise `en-GB` (a page's
   * plain `lang="en"` must not turn dates American).
   */
  get locale(): string {
    return /^cy\b/i.test(this.language) ? 'cy-GB' : 'en-GB';
  }

  /** A string in the element's language, with `{name}` placeholders filled. */
  t(key: string, vars?: MessageVars): string {
    const { translations, key: table = 'common' } = this.#options;
    const lang = this.language;
    const loaded = localeTables(lang);
    const message =
      overrideFor(this.#options.strings(), lang, key) ??
      tableFor(translations, lang)?.[key] ??
      (loaded?.[table] as Messages | undefined)?.[key] ??
      (loaded?.['common'] as Messages | undefined)?.[key] ??
      translations['en-GB'][key] ??
      (commonStrings as Messages)[key];
    return formatMessage(message, key, vars);
  }

  #resolve(): string {
    return this.#host.lang || resolveLang(this.#host) || this.#options.inherited() || DEFAULT_LANG;
  }
}
