/**
 * Stands in for a host backend's token route (`/api/hero-token`) in Storybook and browser tests:
 * answers `{ access_token }` minted by the mock. The demo has a real server route instead.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { MOCK_PRACTICE_GROUP_ID, mintMockToken } from './jwt.js';

/** The path elements are pointed at with `token-url="/api/hero-token"`. */
export const HOST_TOKEN_PATH = '/api/hero-token';

export interface HostTokenHandlerOptions {
  /** MSW path pattern (default: `/api/hero-token` on any origin). */
  path?: string;
  practiceGroupId?: string;
  /** Token lifetime; shorten it to exercise refreshes (default 1800 s). */
  ttlSeconds?: number;
}

/** A host token route with other settings (for example, short-lived tokens). */
export function createHostTokenHandler({
  path = `*${HOST_TOKEN_PATH}`,
  practiceGroupId = MOCK_PRACTICE_GROUP_ID,
  ttlSeconds = 1800,
}: HostTokenHandlerOptions = {}): HttpHandler {
  return http.all(path, async () => HttpResponse.json({ access_token: await mintMockToken({ practiceGroupId, ttlSeconds }) }));
}

/** Answers `/api/hero-token` on any origin, any method, with a 30-minute token for the mock practice group. */
export const hostTokenHandler: HttpHandler = createHostTokenHandler();
