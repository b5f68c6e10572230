/**
 * How long a message may be, per channel. Hero documents no limit for `message_string` (Send a
 * Message, docs/reference; none in src/api/openapi.yaml), so each limit here is the one of the
 * service that carries the message, or a documented assumption. docs/message-limits.md gives the
 * sources; this file is the one place to change when Hero documents its own.
 *
 * | channel  | limit                                   | source |
 * |----------|-----------------------------------------|--------|
 * | sms      | 6 text messages (918 GSM-7 / 402 UCS-2) | GOV.UK Notify and NHS Notify: 918 characters (`SMS_MAX_SEGMENTS`, sms.ts) |
 * | nhs_app  | 5,000 characters                        | NHS App API: in-app message `contentString` `maxLength: 5000` |
 * | email    | 100,000 characters                      | NHS Notify: `MAX_EMAIL_CHARACTER_LENGTH = 100_000` |
 * | hero     | 5,000 characters                        | [ASSUMPTION] an app inbox like the NHS App's; Hero documents none |
 *
 * Characters are counted as people count them (Unicode code points: an emoji is one), as the NHS
 * App's JSON Schema `maxLength` counts them; text messages by the segments networks bill.
 */
import { countSms, SMS_MAX_SEGMENTS, smsMaxUnits, type SmsCount } from './sms.js';

/** The channels of `POST /v1/messages/send` (`message_type`). */
export type MessageChannel = 'sms' | 'email' | 'nhs_app' | 'hero';

/** The most a message may hold on each channel: text messages (segments) for SMS, characters for the rest. */
export const MESSAGE_LIMITS: Readonly<Record<MessageChannel, { unit: 'segments' | 'characters'; max: number }>> = {
  sms: { unit: 'segments', max: SMS_MAX_SEGMENTS },
  nhs_app: { unit: 'characters', max: 5000 },
  email: { unit: 'characters', max: 100_000 },
  hero: { unit: 'characters', max: 5000 },
};

/** A message measured against its channel's limit. */
export interface LengthCheck {
  channel: MessageChannel;
  /** Whether it fits. */
  ok: boolean;
  /** `segments` for SMS, `characters` for the other channels. */
  unit: 'segments' | 'characters';
  /** Text messages (SMS) or characters the message takes now. */
  used: number;
  /** The channel's limit, in `unit`. */
  max: number;
  /** Characters the message has (code points). */
  characters: number;
  /**
   * The most characters the message may have: for SMS, 918 in GSM-7 and 402 once a character
   * forces UCS-2 (counted in the units networks bill: an extension character such as `€` is two,
   * an emoji two).
   */
  maxCharacters: number;
  /** Characters to remove before it fits (0 when it fits; at least 1 when it does not). */
  over: number;
  /** SMS only: the full count (encoding, units, the characters that forced UCS-2). */
  sms?: SmsCount;
}

/** Unicode code points in `text` (an emoji is one). */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Measures `text` (what is sent as `message_string`, placeholders filled) against the limit of
 * `channel`. A message that does not fit must be refused before it is sent, with a message naming
 * the limit and how much to remove.
 */
export function checkMessageLength(channel: MessageChannel, text: string): LengthCheck {
  const limit = MESSAGE_LIMITS[channel];
  if (channel === 'sms') {
    const sms = countSms(text);
    const maxCharacters = smsMaxUnits(sms.encoding);
    const ok = sms.segments <= limit.max;
    // Escape pairs and emoji are never split across segments, so a message can need a seventh
    // segment a unit or two short of the maximum: still at least one character to remove.
    const over = ok ? 0 : Math.max(1, sms.units - maxCharacters);
    return { channel, ok, unit: limit.unit, used: sms.segments, max: limit.max, characters: sms.characters, maxCharacters, over, sms };
  }
  const characters = codePoints(text);
  const over = Math.max(0, characters - limit.max);
  return { channel, ok: over === 0, unit: limit.unit, used: characters, max: limit.max, characters, maxCharacters: limit.max, over };
}
