/**
 * Contact details a message can be sent to (API-CONTRACT.md, "Domain rules"): UK mobile numbers,
 * normalised to E.164 (`+44` + 10 digits), and email addresses.
 *
 * A UK mobile number is `07` + 9 digits in Ofcom's mobile ranges only: 071–075, 077–079, and
 * 07624 (the Isle of Man). 070 numbers are personal numbers and the rest of 076 pagers: they look
 * like mobiles but cannot take a text message reliably, so they are refused (`checkUkMobile` says
 * why). Ofcom's range for drama, 07700 900000–900999, is inside 077 and stays valid (the mock's
 * patients use it).
 */

/** The national number (10 digits after the 0, no `0`) of a UK mobile: 71–75, 77–79 or 7624. */
const MOBILE_RANGE = /^7(?:[1-57-9]\d{8}|624\d{6})$/;

/** Dashes people and word processors write between digit groups (hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus). */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
/** Spaces that are not ASCII spaces (non-breaking, figure, thin, narrow non-breaking). */
const SPACES = /[\u00a0\u2007\u2009\u202f]/g;

/** Why a number is not accepted: not a UK phone number at all, or a UK number outside the mobile ranges. */
export type UkMobileProblem = 'format' | 'not-mobile';

/**
 * A UK mobile number written any usual way, as E.164 (`+447700900123`), or why it is refused:
 * `07700 900123`, `07700-900-123`, `07700–900123` (en dash), `+44 7700 900123`, `+44 (0)7700
 * 900123`, `(+44) 7700 900123`, `0044 7700 900123`, `447700900123`, `tel:+447700900123`.
 * `not-mobile` for a well-formed UK number outside Ofcom's mobile ranges: 070 and 076 (but
 * 07624) numbers, and landlines.
 */
export function checkUkMobile(input: string): { ok: true; e164: string } | { ok: false; problem: UkMobileProblem } {
  let value = input.trim().replace(/^tel:/i, '').replace(DASHES, '-').replace(SPACES, ' ');
  // (+44) 7700 900123 and (+44)(0)7700 900123: the country code in brackets.
  value = value.replace(/^\(\s*\+\s*44\s*\)/, '+44 ');
  if (!/^\+?[\d\s().-]+$/.test(value)) return { ok: false, problem: 'format' };
  const international = value.startsWith('+');
  let digits = value.replace(/\(\s*0\s*\)/, '').replace(/\D/g, '');
  if (international) digits = `00${digits}`;
  let national: string;
  if (digits.startsWith('0044'))
    national = digits.slice(4).replace(/^0/, ''); // +44 (0)7700… or +44 07700…
  else if (!international && digits.length === 12 && digits.startsWith('44')) national = digits.slice(2);
  else if (!international && /^0[1-9]/.test(digits)) national = digits.slice(1);
  else return { ok: false, problem: 'format' };
  if (MOBILE_RANGE.test(national)) return { ok: true, e164: `+44${national}` };
  // A UK number of the right length (a landline, or 070 and 076 numbers) that is not a mobile.
  return { ok: false, problem: /^([1-9]\d{9}|1\d{8})$/.test(national) ? 'not-mobile' : 'format' };
}

/**
 * The E.164 form (`+447700900123`) of a UK mobile number written any usual way (see
 * `checkUkMobile`), or `undefined` when it is not a UK mobile number.
 */
export function toE164UkMobile(input: string): string | undefined {
  const checked = checkUkMobile(input);
  return checked.ok ? checked.e164 : undefined;
}

/** Whether `input` is a UK mobile number (any of the forms `toE164UkMobile` accepts). */
export function isUkMobile(input: string): boolean {
  return toE164UkMobile(input) !== undefined;
}

/** A UK mobile for people: `07700 900123` (input in any accepted form; returned as given otherwise). */
export function formatUkMobile(input: string): string {
  const e164 = toE164UkMobile(input);
  return e164 ? `0${e164.slice(3, 7)} ${e164.slice(7)}` : input;
}

/**
 * Whether `input` looks like a deliverable email address: one `@`, a local part and a domain with
 * a dot, no spaces, no empty labels, at most 254 characters. (Format only; nothing is looked up.)
 */
export function isEmail(input: string): boolean {
  const value = input.trim();
  if (value.length > 254) return false;
  const match = /^([^\s@]+)@([^\s@]+)$/.exec(value);
  if (!match) return false;
  const [, local = '', domain = ''] = match;
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  if (!/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  return (
    labels.every((label) => /^[A-Za-z0-9\u00a1-\uffff]([A-Za-z0-9\u00a1-\uffff-]{0,61}[A-Za-z0-9\u00a1-\uffff])?$/.test(label)) &&
    /[A-Za-z\u00a1-\uffff]{2,}$/.test(domain)
  );
}
