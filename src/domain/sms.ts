/**
 * SMS segment counting (API-CONTRACT.md, "Domain rules"), the way networks bill a text message:
 *
 * - GSM-7: the basic set counts 1 unit, its extension set (`^ { } \ [ ~ ] | €`, and form feed)
 *   counts 2 (an escape and the character). Up to 160 units is one segment; longer messages are
 *   split into segments of 153 units (the rest is the concatenation header), and an escape pair is
 *   never split across two segments.
 * - UCS-2: one character outside GSM-7 switches the whole message to UCS-2, counted in UTF-16
 *   code units. Up to 70 units is one segment; longer messages are split into segments of 67, and a
 *   surrogate pair (an emoji, say) is never split across two segments.
 *
 * Pure and allocation-light: counting a 918-character message takes microseconds, so the element
 * recounts on every keystroke.
 */

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsCount {
  /** `gsm7` unless a character outside GSM-7 forced `ucs2`. */
  encoding: SmsEncoding;
  /** Characters as people count them (Unicode code points; an emoji is one). */
  characters: number;
  /** Billing units: GSM-7 septets (extension characters are two) or UTF-16 code units. */
  units: number;
  /** Text messages the network sends (0 for empty text). */
  segments: number;
  /** Units a segment holds at this length: 160 / 153 (GSM-7) or 70 / 67 (UCS-2). */
  perSegment: number;
  /** Units still free in the last segment before another segment is needed. */
  remaining: number;
  /** The distinct characters that forced UCS-2, in order of first appearance (empty for GSM-7). */
  nonGsm: string[];
}

/** GSM 03.38 basic character set (one unit each). */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** GSM 03.38 extension table (an escape plus the character: two units each). */
const GSM_EXTENSION = '^{}\\[~]|€\f';

/** Units per UTF-16 code unit below U+20AD (€ is the highest GSM character): 0 = not GSM-7. */
const GSM_UNITS = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x20ad);
  for (const ch of GSM_BASIC) table[ch.charCodeAt(0)] = 1;
  for (const ch of GSM_EXTENSION) table[ch.charCodeAt(0)] = 2;
  return table;
})();

export const SMS_LIMITS = {
  gsm7: { single: 160, multi: 153 },
  ucs2: { single: 70, multi: 67 },
} as const;

/** GSM-7 units of one UTF-16 code unit, or 0 when it is outside GSM-7. */
function gsmUnits(code: number): number {
  return code < 0x20ad ? (GSM_UNITS[code] ?? 0) : 0;
}

/** Whether every character of `text` is in GSM-7 (basic or extension set). */
export function isGsm7(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!gsmUnits(text.charCodeAt(i))) return false;
  return true;
}

/** Whether the code unit at `i` starts a surrogate pair (an emoji, say): two UTF-16 units that stay together. */
function isPairAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/**
 * Fills segments of `per` units, never splitting a 2-unit item (an escape pair in GSM-7, a
 * surrogate pair in UCS-2): returns the number of segments and the units used in the last one.
 */
function split(text: string, per: number, ucs2: boolean): [segments: number, lastUsed: number] {
  let segments = 1;
  let used = 0;
  for (let i = 0; i < text.length; ) {
    const pair = ucs2 && isPairAt(text, i);
    const n = ucs2 ? (pair ? 2 : 1) : gsmUnits(text.charCodeAt(i));
    if (used + n > per) {
      segments++;
      used = 0;
    }
    used += n;
    i += pair ? 2 : 1;
  }
  return [segments, used];
}

/** Counts characters, units and segments of an SMS, and names the characters that forced UCS-2. */
export function countSms(text: string): SmsCount {
  let units = 0;
  let nonGsm: string[] | undefined;
  let characters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    characters++;
    const n = gsmUnits(code);
    if (n) {
      units += n;
      continue;
    }
    // Outside GSM-7: remember the whole character (both halves of a surrogate pair).
    let ch = text[i] as string;
    if (isPairAt(text, i)) {
      ch = text.slice(i, i + 2);
      i++;
    }
    nonGsm ??= [];
    if (!nonGsm.includes(ch)) nonGsm.push(ch);
  }

  if (nonGsm) {
    const limits = SMS_LIMITS.ucs2;
    const total = text.length;
    if (total <= limits.single) {
      return { encoding: 'ucs2', characters, units: total, segments: 1, perSegment: limits.single, remaining: limits.single - total, nonGsm };
    }
    const [segments, used] = split(text, limits.multi, true);
    return { encoding: 'ucs2', characters, units: total, segments, perSegment: limits.multi, remaining: limits.multi - used, nonGsm };
  }

  const limits = SMS_LIMITS.gsm7;
  if (units <= limits.single) {
    return { encoding: 'gsm7', characters, units, segments: units ? 1 : 0, perSegment: limits.single, remaining: limits.single - units, nonGsm: [] };
  }
  const [segments, used] = split(text, limits.multi, false);
  return { encoding: 'gsm7', characters, units, segments, perSegment: limits.multi, remaining: limits.multi - used, nonGsm: [] };
}

/**
 * GSM-7 stand-ins for the typographic characters word processors and phones insert (curly quotes,
 * dashes, ellipsis, non-breaking and other spaces), which would otherwise force UCS-2.
 */
export const GSM_REPLACEMENTS: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  '−': '-',
  '…': '...',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': ' ',
};

/** The characters of `chars` that `replaceWithGsm` can fix. */
export function replaceableChars(chars: readonly string[]): string[] {
  return chars.filter((ch) => ch in GSM_REPLACEMENTS);
}

/** `text` with every character of `GSM_REPLACEMENTS` replaced by its GSM-7 stand-in. */
export function replaceWithGsm(text: string): string {
  let out = '';
  for (const ch of text) out += GSM_REPLACEMENTS[ch] ?? ch;
  return out;
}
