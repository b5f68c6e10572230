/**
 * Localisation: each element keeps its user-facing strings in one table per language, `en-GB`
 * complete and others (e.g. `cy`, Welsh) partial, falling back to `en-GB` string by string.
 * A message is text with `{name}` placeholders, or a function for plurals and grammar.
 */
export type MessageVars = Record<string, string | number>;
export type Message = string | ((vars: MessageVars) => string);
export type Messages = Record<string, Message>;
export type Translations<T extends Messages> = { 'en-GB': T } & { [lang: string]: Partial<T> | undefined };

export const DEFAULT_LANG = 'en-GB';

/** The language an element speaks: its own `lang`, else the nearest ancestor's (across shadow roots). */
export function resolveLang(element: Element): string | undefined {
  for (let node: Node | null = element; node; ) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang') as string;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** The table key for a language tag: exact (`en-GB`), else primary subtag (`cy-GB` → `cy`). */
function tableFor<T extends Messages>(translations: Translations<T>, lang: string): Partial<T> | undefined {
  return translations[lang] ?? translations[lang.toLowerCase().split('-')[0] ?? ''];
}

/** Looks up `key` for `lang`: host overrides, then the language's table, then `en-GB`. */
export function translate<T extends Messages>(
  translations: Translations<T>,
  lang: string,
  key: keyof T & string,
  vars: MessageVars = {},
  overrides?: Partial<Messages>,
): string {
  const message = overrides?.[key] ?? tableFor(translations, lang)?.[key] ?? translations['en-GB'][key];
  if (message === undefined) return key;
  if (typeof message === 'function') return message(vars);
  return message.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
