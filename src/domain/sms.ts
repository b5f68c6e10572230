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
 * - A message may take at most `SMS_MAX_SEGMENTS` (6) text messages: 918 GSM-7 characters, or 402
 *   once one character forces UCS-2 (see `SMS_MAX_SEGMENTS` for the source).
 * - Invisible characters (zero-width space and joiners, word joiner, byte order mark, line and
 *   paragraph separators, Mongolian vowel separator) force UCS-2 while showing nothing: they are
 *   named by code point (`describeChar`) and removed by the same replacement as curly quotes
 *   (`replaceWithGsm`).
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

/**
 * The most text messages (segments) one message may take. [ASSUMPTION] Hero documents no limit
 * (docs/reference: Send a Message's `message_string` has no maximum, and the OpenAPI file none):
 * messages go out through the practice's SMS provider (Firetext in Hero's example). So the kit
 * uses the limit of the NHS's own services: GOV.UK Notify and NHS Notify refuse text messages over
 * 918 characters, which is 6 GSM-7 segments of 153 (NHS Notify's template tool:
 * `MAX_SMS_CHARACTER_LENGTH = 918`; see docs/message-limits.md). Held as a segment cap, so a
 * message that needs UCS-2 may take the same 6 text messages: 402 UTF-16 units.
 */
export const SMS_MAX_SEGMENTS = 6;

/** The longest message, in units, that fits `SMS_MAX_SEGMENTS`: 918 (GSM-7) or 402 (UCS-2). */
export function smsMaxUnits(encoding: SmsEncoding): number {
  return SMS_MAX_SEGMENTS * SMS_LIMITS[encoding].multi;
}

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
  for (let i = 0; i < text.length;) {
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
    nonGsm ??= [];
    // A joiner that shapes its neighbours (an emoji sequence, Arabic or Indic script) forces nothing
    // they have not forced already: it is part of them, not a character to name.
    if (isShapingJoiner(text, i)) continue;
    let ch = text[i] as string;
    if (isPairAt(text, i)) {
      ch = text.slice(i, i + 2);
      i++;
    }
    if (!nonGsm.includes(ch)) nonGsm.push(ch);
  }

  if (nonGsm) {
    const limits = SMS_LIMITS.ucs2;
    const total = text.length;
    if (total <= limits.single) {
      return {
        encoding: 'ucs2',
        characters,
        units: total,
        segments: 1,
        perSegment: limits.single,
        remaining: limits.single - total,
        nonGsm,
      };
    }
    const [segments, used] = split(text, limits.multi, true);
    return { encoding: 'ucs2', characters, units: total, segments, perSegment: limits.multi, remaining: limits.multi - used, nonGsm };
  }

  const limits = SMS_LIMITS.gsm7;
  if (units <= limits.single) {
    return {
      encoding: 'gsm7',
      characters,
      units,
      segments: units ? 1 : 0,
      perSegment: limits.single,
      remaining: limits.single - units,
      nonGsm: [],
    };
  }
  const [segments, used] = split(text, limits.multi, false);
  return { encoding: 'gsm7', characters, units, segments, perSegment: limits.multi, remaining: limits.multi - used, nonGsm: [] };
}

// ───────── Invisible characters ─────────

/**
 * Characters that show nothing (or only break a line) yet force the whole message into UCS-2,
 * by code point, with their Unicode names. They arrive pasted from web pages, word processors and
 * other messaging tools, and staff cannot see them: the element names them by code point
 * (`describeChar`) and `replaceWithGsm` removes them.
 */
export const INVISIBLE_CHARACTERS: Readonly<Record<string, string>> = {
  '\u180e': 'MONGOLIAN VOWEL SEPARATOR',
  '\u200b': 'ZERO WIDTH SPACE',
  '\u200c': 'ZERO WIDTH NON-JOINER',
  '\u200d': 'ZERO WIDTH JOINER',
  '\u2028': 'LINE SEPARATOR',
  '\u2029': 'PARAGRAPH SEPARATOR',
  '\u2060': 'WORD JOINER',
  '\ufeff': 'ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)',
};

/** Whether `ch` is one of `INVISIBLE_CHARACTERS`. */
export function isInvisible(ch: string): boolean {
  return ch in INVISIBLE_CHARACTERS;
}

/** `U+200B` for `\u200b`: the code point of the first character of `ch`, 4 to 6 hex digits. */
export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A character as the element names it: itself, or for an invisible one its code point and Unicode name. */
export interface CharDescription {
  char: string;
  /** `U+200B`. */
  codePoint: string;
  /** True for `INVISIBLE_CHARACTERS`: show `codePoint` (and `name`), never the character itself. */
  invisible: boolean;
  /** The Unicode name of an invisible character (`ZERO WIDTH SPACE`). */
  name?: string;
}

/** How to name `ch` to people: an invisible character by code point and name, any other as itself. */
export function describeChar(ch: string): CharDescription {
  const name = INVISIBLE_CHARACTERS[ch];
  return name ? { char: ch, codePoint: codePoint(ch), invisible: true, name } : { char: ch, codePoint: codePoint(ch), invisible: false };
}

const ZWNJ = 0x200c;
const ZWJ = 0x200d;

/** The code point that ends just before `i` (the low half of a surrogate pair takes its high half). */
function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2);
  }
  return low;
}

/**
 * A visible character outside GSM-7 that stays so (an emoji, an Arabic or Indic letter), which a
 * joiner may shape; not one `replaceWithGsm` turns into GSM-7 (a curly quote).
 */
function shapes(code: number | undefined): boolean {
  if (code === undefined || gsmUnits(code)) return false;
  const ch = String.fromCodePoint(code);
  return !/\s/.test(ch) && !(ch in GSM_REPLACEMENTS);
}

/**
 * Whether the joiner at `i` (U+200C or U+200D) shapes its neighbours: both are visible characters
 * outside GSM-7 (the joiners of 👨‍👩‍👧, of Persian and Urdu words, of Indic conjuncts). Such a joiner
 * is kept: the text needs UCS-2 for its neighbours anyway, and removing it would change what the
 * patient reads. A joiner next to a GSM-7 character, a space or the end of the text is stray.
 */
function isShapingJoiner(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code !== ZWJ && code !== ZWNJ) return false;
  return shapes(codePointBefore(text, i)) && shapes(text.codePointAt(i + 1));
}

// ───────── Replacing what forces UCS-2 ─────────

/**
 * GSM-7 stand-ins for the typographic characters word processors and phones insert (curly quotes,
 * dashes, ellipsis, non-breaking and other spaces), which would otherwise force UCS-2; and nothing
 * for the invisible characters (`INVISIBLE_CHARACTERS`), but a line break for the line and
 * paragraph separators. (A joiner that shapes its neighbours is kept: see `replaceWithGsm`.)
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
  '\u180e': '',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
  '\u2028': '\n',
  '\u2029': '\n\n',
};

/** The characters of `chars` that `replaceWithGsm` can fix (from `countSms(…).nonGsm`, which lists no shaping joiner). */
export function replaceableChars(chars: readonly string[]): string[] {
  return chars.filter((ch) => ch in GSM_REPLACEMENTS);
}

/**
 * `text` with every character of `GSM_REPLACEMENTS` replaced by its GSM-7 stand-in (invisible
 * characters removed), except joiners that shape their neighbours; and how many were replaced
 * (for "2 characters replaced").
 */
export function replaceForGsm(text: string): { text: string; replaced: number } {
  let out = '';
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const stand = GSM_REPLACEMENTS[ch];
    if (stand === undefined || isShapingJoiner(text, i)) out += ch;
    else {
      out += stand;
      replaced++;
    }
  }
  return { text: out, replaced };
}

/** `text` with every character of `GSM_REPLACEMENTS` replaced by its GSM-7 stand-in (see `replaceForGsm`). */
export function replaceWithGsm(text: string): string {
  return replaceForGsm(text).text;
}
