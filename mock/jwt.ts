/**
 * Real HS256 JWTs for the mock API, made with WebCrypto so the same code runs in browsers and in
 * Node. The secret is public on purpose: these tokens only open the mock.
 */
import { mockClock } from './clock.js';

/** The API key the mock's `POST /v1/access_token` accepts. */
export const MOCK_API_KEY = 'hero-mock-api-key';
/** The practice group the fixtures belong to. */
export const MOCK_PRACTICE_GROUP_ID = '1001';
/** A base URL for tests; the handlers answer on any origin. */
export const MOCK_BASE_URL = 'https://api.hero-mock.test';

const MOCK_ISSUER = 'hero-mock';
const MOCK_SECRET = 'hero-mock-signing-secret-not-for-production';

export interface MockTokenClaims {
  iss: string;
  practice_group_id: string;
  /** Seconds since the epoch. */
  iat: number;
  /** Seconds since the epoch. */
  exp: number;
}

export interface MintMockTokenOptions {
  practiceGroupId?: string;
  ttlSeconds?: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url without padding, over bytes (no `btoa`, no `Buffer`). */
export function base64UrlEncode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += BASE64URL[(n >> 18) & 63]! + BASE64URL[(n >> 12) & 63]! + BASE64URL[(n >> 6) & 63]! + BASE64URL[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += BASE64URL[(n >> 18) & 63]! + BASE64URL[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += BASE64URL[(n >> 18) & 63]! + BASE64URL[(n >> 12) & 63]! + BASE64URL[(n >> 6) & 63]!;
  }
  return out;
}

/** Decodes base64url (padding optional); `null` when the text is not base64url. */
export function base64UrlDecode(text: string): Uint8Array<ArrayBuffer> | null {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (const ch of clean) {
    const v = BASE64URL.indexOf(ch);
    if (v < 0) return null;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

function encodeJson(value: unknown): string {
  return base64UrlEncode(encoder.encode(JSON.stringify(value)));
}

function decodeJson(segment: string): unknown {
  const bytes = base64UrlDecode(segment);
  if (!bytes) return null;
  try {
    return JSON.parse(decoder.decode(bytes)) as unknown;
  } catch {
    return null;
  }
}

let keyPromise: Promise<CryptoKey> | undefined;
function signingKey(): Promise<CryptoKey> {
  keyPromise ??= globalThis.crypto.subtle.importKey('raw', encoder.encode(MOCK_SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
  return keyPromise;
}

async function sign(input: string): Promise<string> {
  const signature = await globalThis.crypto.subtle.sign('HMAC', await signingKey(), encoder.encode(input));
  return base64UrlEncode(new Uint8Array(signature));
}

/** Mints an HS256 JWT `{ iss: 'hero-mock', practice_group_id, iat, exp }`, timed by `mockClock`. */
export async function mintMockToken({
  practiceGroupId = MOCK_PRACTICE_GROUP_ID,
  ttlSeconds = 1800,
}: MintMockTokenOptions = {}): Promise<string> {
  const iat = Math.floor(mockClock.now() / 1000);
  const claims: MockTokenClaims = { iss: MOCK_ISSUER, practice_group_id: practiceGroupId, iat, exp: iat + ttlSeconds };
  const unsigned = `${encodeJson({ alg: 'HS256', typ: 'JWT' })}.${encodeJson(claims)}`;
  return `${unsigned}.${await sign(unsigned)}`;
}

function isClaims(value: unknown): value is MockTokenClaims {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['iss'] === 'string' &&
    typeof v['practice_group_id'] === 'string' &&
    typeof v['iat'] === 'number' &&
    typeof v['exp'] === 'number'
  );
}

/** The token's claims if its signature is right and it has not expired (by `mockClock`); else `null`. */
export async function verifyMockToken(token: string): Promise<MockTokenClaims | null> {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts as [string, string, string];
  const headerJson = decodeJson(header);
  if (typeof headerJson !== 'object' || headerJson === null || (headerJson as Record<string, unknown>)['alg'] !== 'HS256') {
    return null;
  }
  const signatureBytes = base64UrlDecode(signature);
  if (!signatureBytes) return null;
  const valid = await globalThis.crypto.subtle.verify('HMAC', await signingKey(), signatureBytes, encoder.encode(`${header}.${payload}`));
  if (!valid) return null;
  const claims = decodeJson(payload);
  if (!isClaims(claims) || claims.iss !== MOCK_ISSUER) return null;
  if (claims.exp * 1000 <= mockClock.now()) return null;
  return claims;
}
