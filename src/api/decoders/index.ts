/**
 * Every decoder the kit has, by operation (`METHOD /path`, as openapi.yaml names it): for the
 * client's types, the doctor, the tests and `hero-elements/api`. Elements register only the groups
 * they use (src/api/decode.ts, `registerDecoders`).
 */
import type { Reader } from '../decode.js';
import { BOOKING_DECODERS } from './booking.js';
import { FORM_DECODERS, FORM_LIST_DECODERS } from './forms.js';
import { MESSAGE_DECODERS } from './messages.js';
import { PATIENT_DECODERS } from './patients.js';

export { BOOKING_DECODERS, FORM_DECODERS, MESSAGE_DECODERS, PATIENT_DECODERS };
export { FORM_LIST_DECODERS };
export type { PdsAnswer } from './patients.js';

export const DECODERS = {
  ...BOOKING_DECODERS,
  ...PATIENT_DECODERS,
  ...FORM_DECODERS,
  ...FORM_LIST_DECODERS,
  ...MESSAGE_DECODERS,
} satisfies Record<string, Reader<unknown>>;

export type DecodedOperation = keyof typeof DECODERS;
export type Decoded<K extends string> = K extends DecodedOperation ? ReturnType<(typeof DECODERS)[K]> : never;
