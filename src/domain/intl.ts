/**
 * Date formatting through `Intl`, cached, with a fallback where the browser has no data for a
 * language (Debian's Chromium ships without Welsh: `cy-GB` would answer in American English).
 * A language module registers its own formatter (`registerDateFormatter`) when it loads.
 */
export type DateFormatter = (date: Date, options: Intl.DateTimeFormatOptions) => string;

const intlFormats = new Map<string, Intl.DateTimeFormat>();
const intlHas: Record<string, boolean> = {};
const fallbacks: Record<string, DateFormatter> = {};

/** The primary subtag, lower-case: `cy-GB` → `cy`. */
export const primaryLang = (lang: string): string => lang.toLowerCase().split('-')[0] ?? '';

/** Formats dates in `lang` where the browser's `Intl` cannot. */
export function registerDateFormatter(lang: string, formatter: DateFormatter): void {
  fallbacks[primaryLang(lang)] = formatter;
}

/**
 * `Intl.DateTimeFormat(locale, options).format(date)`, cached; where the browser has no data for
 * the language, the registered fallback.
 */
export function formatDate(date: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  intlHas[locale] ??= Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0;
  const own = intlHas[locale] ? undefined : fallbacks[primaryLang(locale)];
  if (own) return own(date, options);
  const key = locale + JSON.stringify(options);
  let format = intlFormats.get(key);
  if (!format) intlFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format.format(date);
}
