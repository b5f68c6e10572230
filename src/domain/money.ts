/**
 * Amounts of money for people, in the NHS.UK and GOV.UK style: whole pounds without pence
 * (`£35`, `£1,250`), pence only when there are some (`£35.50`). Welsh writes pounds the same way.
 */

const formats = new Map<string, Intl.NumberFormat>();

/** An amount in pounds sterling: `£35`, `£35.50`, `£0.99`, `£1,250` (rounded to the penny). */
export function formatPounds(pounds: number, locale = 'en-GB'): string {
  const pence = Math.round(pounds * 100);
  const digits = pence % 100 === 0 ? 0 : 2;
  const lang = Intl.NumberFormat.supportedLocalesOf(locale).length ? locale : 'en-GB';
  const key = lang + digits;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, {
      style: 'currency',
      currency: 'GBP',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format.format(pence / 100);
}
