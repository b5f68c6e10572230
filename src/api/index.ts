/**
 * The Hero Public API client the elements use, for hosts that want to call the API themselves
 * with the same token handling (`hero-elements/api`).
 */
import { registerDecoders } from './decode.js';
import { DECODERS } from './decoders/index.js';

// A host calling the API itself gets every answer decoded, as the elements do.
registerDecoders(DECODERS);

export { HeroClient } from './client.js';
export type { HeroClientOptions, CallOptions, RequestOptions, ResponseData, ListPath, ListItem } from './client.js';
export { HeroError, isAbortError, toHeroError } from './errors.js';
export type { HeroErrorCode, HeroErrorDetail, HeroFieldIssue } from './errors.js';
export { HERO_BASE_URLS, DEFAULT_ENV, resolveBaseUrl } from './config.js';
export type { HeroEnv } from './config.js';
export { TokenManager, readJwtExpiry, resolveTokenSource } from './token.js';
export type { TokenSource, TokenSourceInput } from './token.js';
export { sharedClient, clearSharedClients } from './registry.js';
export type { HeroConfig } from './registry.js';
export type * from './types.js';
export { DECODERS, BOOKING_DECODERS, FORM_DECODERS, MESSAGE_DECODERS, PATIENT_DECODERS } from './decoders/index.js';
export type { Decoded, DecodedOperation } from './decoders/index.js';
export { decode, registerDecoders } from './decode.js';
export type { DecodeIssue, Reader } from './decode.js';
