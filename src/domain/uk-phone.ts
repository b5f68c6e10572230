/**
 * Contact details a message can be sent to (API-CONTRACT.md, "Domain rules"): UK mobile numbers,
 * `07` + 9 digits, normalised to E.164 (`+44` + 10 digits), and email addresses.
 */

/**
 * The E.164 form (`+447700900123`) of a UK mobile number written any usual way: `07700 900123`,
 * `07700-900-123`, `+44 7700 900123`, `+44 (0)7700 900123`, `0044 7700 900123`, `447700900123`.
 * `undefined` when it is not a UK mobile number.
 */
export function toE164UkMobile(input: string): string | undefined {
  let digits = input.trim();
  if (!/^\+?[\d\s().-]+$/.test(digits)) return undefined;
  const international = digits.startsWith('+');
  digits = digits.replace(/\(0\)/, '').replace(/\D/g, '');
  if (international) digits = `00${digits}`;
  let national: string;
  if (digits.startsWith('0044')) national = digits.slice(4).replace(/^0/, ''); // +44 (0)7700… or +44 07700…
  else if (!international && digits.length === 12 && digits.startsWith('44')) national = digits.slice(2);
  else if (!international && /^0[1-9]/.test(digits)) national = digits.slice(1);
  else return undefined;
  return /^7\d{9}$/.test(national) ? `+44${national}` : undefined;
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
  return labels.every((label) => /^[A-Za-z0-9\u00a1-\uffff]([A-Za-z0-9\u00a1-\uffff-]{0,61}[A-Za-z0-9\u00a1-\uffff])?$/.test(label)) && /[A-Za-z\u00a1-\uffff]{2,}$/.test(domain);
}
