/**
 * Localisation: each element keeps its user-facing strings in one table per language, `en-GB`
 * complete and others partial, falling back to `en-GB` string by string.
 * A message is text with `{name}` placeholders, or a function for plurals and grammar.
 *
 * Only English ships in the element modules. Other languages' tables (today `cy`, Welsh) live in
 * their own module under src/locales, exporting `common` plus one table per element (named by the
 * element's `translationKey`); it is loaded with `import()` the first time an element speaks that
 * language, so English readers never download it (in the script-tag build it is the sibling file
 * `hero-elements.cy.js`).
 */
import { primaryLang, registerDateFormatter, type DateFormatter } from '../domain/intl.js';

export type MessageVars = Record<string, string | number>;
export type Message = string | ((vars: MessageVars) => string);
export type Messages = Record<string, Message>;
export type Translations<T extends Messages> = { 'en-GB': T } & { [lang: string]: Partial<T> | undefined };

/**
 * Host overrides (an element's `strings` property): keys at the top level apply in every
 * language; a table under a language tag (`cy`, `en-GB`) applies in that language only and wins.
 */
export type StringOverrides = { [key: string]: Message | Partial<Messages> | undefined };

/**
 * A language module's exports: `common` and one table per element, and optionally `formatDate`,
 * used where the browser's Intl lacks the language (Chromium ships without Welsh data).
 */
export type LocaleModule = { readonly [name: string]: Partial<Messages> | DateFormatter | undefined; readonly formatDate?: DateFormatter };
export type { DateFormatter };

export const DEFAULT_LANG = 'en-GB';

/** The languages that have their own module, loaded on first use (`registerLocale`, called by the entry points). */
const LOADERS: Record<string, () => Promise<LocaleModule>> = {};
const loaded: Record<string, LocaleModule> = {};
const loading: Record<string, Promise<void>> = {};

export { primaryLang };

/**
 * Makes a language available: `load` imports its module the first time an element speaks it.
 * The entry points register the kit's languages (src/locales/register.ts), so this module never
 * imports a language module, and a language module may import element types freely.
 */
export function registerLocale(lang: string, load: () => Promise<LocaleModule>): void {
  LOADERS[primaryLang(lang)] ??= load;
}

/** The loaded tables of a language (undefined for English, or before its module has loaded). */
export function localeTables(lang: string): LocaleModule | undefined {
  return loaded[primaryLang(lang)];
}

/**
 * Starts (or joins) loading the tables of `lang`. Returns the promise to wait for, or undefined
 * when there is nothing to wait for (English, a language without a module, already loaded). If the
 * module cannot be fetched (offline), the language falls back to English for the page's life.
 */
export function loadLocale(lang: string): Promise<void> | undefined {
  const key = primaryLang(lang);
  const loader = LOADERS[key];
  if (!loader || loaded[key]) return undefined;
  return (loading[key] ??= loader().then(
    (module) => {
      loaded[key] = module;
      if (module.formatDate) registerDateFormatter(key, module.formatDate);
    },
    () => void (loaded[key] = {}),
  ));
}

/** The language an element speaks: its own `lang`, else the nearest ancestor's (across shadow roots). */
export function resolveLang(element: Element): string | undefined {
  for (let node: Node | null = element; node;) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang') as string;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** The table key for a language tag: exact (`en-GB`), else primary subtag (`cy-GB` → `cy`). */
export function tableFor<T>(tables: { [lang: string]: T | undefined } | undefined, lang: string): T | undefined {
  return tables?.[lang] ?? tables?.[primaryLang(lang)];
}

/** The host's override of `key` in `lang`: its language's table first, then the top level. */
export function overrideFor(overrides: StringOverrides | undefined, lang: string, key: string): Message | undefined {
  if (!overrides) return undefined;
  const table = tableFor(overrides as Record<string, unknown>, lang);
  const own = table && typeof table === 'object' ? (table as Partial<Messages>)[key] : undefined;
  const top = overrides[key];
  return own ?? (typeof top === 'object' ? undefined : top);
}

/** A message with its `{name}` placeholders filled (unknown names are left as written). */
export function formatMessage(message: Message | undefined, key: string, vars: MessageVars = {}): string {
  if (message === undefined) return key;
  if (typeof message === 'function') return message(vars);
  return message.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** An English-style plural message: `one` when `{count}` is 1, else `many` (placeholders filled). */
export const plural =
  (one: string, many: string) =>
  (vars: MessageVars): string =>
    formatMessage(Number(vars['count']) === 1 ? one : many, '', vars);

// ───────── Following `lang` at runtime ─────────

/** Something that speaks a language inherited from the page: told when any `lang` attribute changes. */
export interface LangListener {
  langChanged(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/**
 * Tells `listener` whenever a `lang` attribute changes in the document, or in the shadow roots
 * that contain `element` (one shared MutationObserver for the page).
 */
export function watchLang(listener: LangListener, element: Element): void {
  listeners.add(listener);
  observer ??= new MutationObserver(() => {
    for (const l of listeners) l.langChanged();
  });
  // Observing a node again only renews the same registration.
  for (let root: Node = element; root instanceof Node; root = (root as ShadowRoot).host) {
    root = root.getRootNode();
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unwatchLang(listener: LangListener): void {
  listeners.delete(listener);
}
