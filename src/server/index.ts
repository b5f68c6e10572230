/**
 * `hero-elements/server`: for the host's backend, never a browser. Mints the short-lived access
 * tokens the elements use, or forwards their calls (proxy mode), with the API key kept on the
 * server; and checks a tenant against what the kit expects (`npx hero-elements doctor`).
 *
 * ```ts
 * import { createTokenHandler } from 'hero-elements/server';
 * const handler = createTokenHandler({
 *   apiKey: process.env.HERO_API_KEY!,
 *   practiceGroupId: process.env.HERO_PRACTICE_GROUP_ID!,
 *   env: 'production',
 *   authorize: async (request) => Boolean(await sessionFrom(request)), // your sign-in check
 * });
 * ```
 *
 * Nothing here imports Lit or touches the DOM; it runs on Node 20 and other server runtimes with
 * `fetch`.
 */
export { HeroServerOptionsError, type ConnectionOptions } from './guard.js';
export {
  AccessTokenError,
  createAccessToken,
  createTokenHandler,
  DEFAULT_TOKEN_TIMEOUT_MS,
  type AccessToken,
  type AccessTokenOptions,
  type TokenHandlerOptions,
} from './token.js';
export { createProxyHandler, DEFAULT_PROXY_MAX_BODY_BYTES, DEFAULT_PROXY_TIMEOUT_MS, type ProxyHandlerOptions } from './proxy.js';
export { ELEMENT_OPERATIONS, matchOperation, type Operation, type OperationMatch, type OperationMethod } from './operations.js';
export { toNodeHandler, type NodeRequestLike, type NodeResponseLike } from './node.js';
export {
  formatDoctorReport,
  runDoctor,
  type DoctorCheck,
  type DoctorDifference,
  type DoctorOptions,
  type DoctorReport,
  type DoctorStatus,
} from './doctor.js';
