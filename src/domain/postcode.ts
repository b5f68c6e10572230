/**
 * UK postcodes, for the PDS trace by demographics: format check and normalised form (`BS35 2AQ`).
 * The check is of the format only (outward code, then inward code `9AA`); PDS decides whether the
 * postcode exists.
 */

const POSTCODE = /^(GIR0AA|[A-PR-UWYZ](\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y])\d[ABD-HJLNP-UW-Z]{2})$/;

/** Upper case, one space before the inward code: ` bs352aq ` → `BS35 2AQ`. Anything else is returned trimmed. */
export function normalisePostcode(input: string): string {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return POSTCODE.test(compact) ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : input.trim();
}

/** True for a correctly formed UK postcode, in any case, with or without the space. */
export function isValidPostcode(input: string): boolean {
  return POSTCODE.test(input.replace(/\s+/g, '').toUpperCase());
}
