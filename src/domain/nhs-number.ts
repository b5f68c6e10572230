/**
 * NHS number rules (API-CONTRACT.md, "Domain rules"): 10 digits, shown 3-3-4, checked with
 * Modulus 11. Used by the elements before anything is sent, and by the mock API.
 */

/** Removes the spaces and dashes people type in NHS numbers. */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/**
 * True for a 10-digit NHS number (spaces and dashes allowed) whose check digit is right:
 * weights 10..2 on the first nine digits, c = 11 − (sum mod 11), 11 → 0, 10 → never valid.
 * Numbers of one repeated digit (e.g. 0000000000) pass the arithmetic but are never issued.
 */
export function isValidNhsNumber(input: string): boolean {
  const digits = normaliseNhsNumber(input);
  if (!/^\d{10}$/.test(digits) || /^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[9]);
}

/** Formats a 10-digit NHS number as 3-3-4 (`999 000 0018`); anything else is returned as typed. */
export function formatNhsNumber(input: string): string {
  const digits = normaliseNhsNumber(input);
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : input;
}

/**
 * Groups the digits typed so far as 3-3-4 (`999 000 0`), for formatting while someone types.
 * Anything but digits, spaces and dashes is left as typed, so the check can point it out.
 */
export function groupNhsDigits(input: string): string {
  const digits = normaliseNhsNumber(input);
  if (!/^\d{0,10}$/.test(digits)) return input;
  return [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)].filter(Boolean).join(' ');
}
