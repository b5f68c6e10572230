/**
 * Scenarios: override handlers that change how the mock API behaves. Prepend them to the normal
 * handlers, e.g. `worker.use(...scenarios['server-error'])` or `server.use(...scenarios.flaky)`,
 * and `resetHandlers()` to go back. Reading `scenarios.x` builds fresh handlers each time, so a
 * stateful scenario (`flaky`) starts afresh whenever it is applied.
 *
 * Every scenario leaves `POST /v1/access_token` alone (that endpoint is the host server's
 * business). `empty` and `slot-taken` still check the bearer token; the infrastructure failures
 * (`loading`, `slow`, `server-error`, `rate-limited`, `flaky`) answer before auth, as a gateway would.
 */
import { delay, type HttpHandler } from 'msw';
import { apiRoutes, checkAuth, errorResponse, handlerFor, slotUnavailableResponse, type ApiRoute } from './handlers.js';

export type ScenarioName =
  | 'default'
  | 'empty'
  | 'loading'
  | 'slow'
  | 'server-error'
  | 'rate-limited'
  | 'slot-taken'
  | 'flaky';

export const scenarioNames: readonly ScenarioName[] = [
  'default',
  'empty',
  'loading',
  'slow',
  'server-error',
  'rate-limited',
  'slot-taken',
  'flaky',
];

/** One line per scenario, for the demo's and Storybook's switchers. */
export const scenarioDescriptions: Record<ScenarioName, string> = {
  default: 'The normal mock practice: appointment types, slots, patients, forms and templates.',
  empty: 'Every list comes back empty ({ data: [], count: 0 }).',
  loading: 'API requests never answer, to show loading states.',
  slow: 'Every API request waits 1.5 seconds before answering normally.',
  'server-error': 'Every API request fails with 500.',
  'rate-limited': 'Every API request fails with 429 and Retry-After: 1.',
  'slot-taken': 'Reserving or booking a slot fails with 409 slot_unavailable, as if someone else took it.',
  flaky: 'The first request to each endpoint fails with 503 and Retry-After: 0; retries succeed.',
};

/** The delay of the `slow` scenario. */
export const SLOW_SCENARIO_DELAY_MS = 1500;

export interface ScenarioOptions {
  /** Delay for `slow` (default 1500 ms). */
  slowDelayMs?: number;
}

/** The API endpoints scenarios act on: all but `POST /v1/access_token`. */
const apiEndpoints = (): ApiRoute[] => apiRoutes.filter((route) => route.kind !== 'token');

const isReservation = (route: ApiRoute): boolean =>
  (route.method === 'POST' && route.path === '*/v1/appointments') ||
  (route.method === 'PATCH' && route.path === '*/v1/appointments/:id/book');

/** Fresh handlers for a scenario (the `scenarios` record calls this on every read). */
export function createScenario(name: ScenarioName, options: ScenarioOptions = {}): HttpHandler[] {
  switch (name) {
    case 'default':
      return [];
    case 'empty':
      return apiEndpoints()
        .filter((route) => route.kind === 'list' || route.kind === 'collection' || route.kind === 'count')
        .map((route) =>
          handlerFor(route, async ({ request }) => {
            const denied = await checkAuth(request);
            if (denied) return denied;
            if (route.kind === 'count') return Response.json({ count: 0 });
            return Response.json(route.kind === 'list' ? { data: [], count: 0 } : { data: [] });
          }),
        );
    case 'loading':
      return apiEndpoints().map((route) =>
        handlerFor(route, async () => {
          await delay('infinite');
          return undefined;
        }),
      );
    case 'slow': {
      const ms = options.slowDelayMs ?? SLOW_SCENARIO_DELAY_MS;
      // Returning nothing after the delay falls through to the next matching handler.
      return apiEndpoints().map((route) =>
        handlerFor(route, async () => {
          await delay(ms);
          return undefined;
        }),
      );
    }
    case 'server-error':
      return apiEndpoints().map((route) => handlerFor(route, () => errorResponse(500, 'Internal Server Error')));
    case 'rate-limited':
      return apiEndpoints().map((route) =>
        handlerFor(route, () => errorResponse(429, 'Too Many Requests', { 'Retry-After': '1' })),
      );
    case 'slot-taken':
      return apiEndpoints()
        .filter(isReservation)
        .map((route) =>
          handlerFor(route, async ({ request }) => (await checkAuth(request)) ?? slotUnavailableResponse()),
        );
    case 'flaky': {
      const seen = new Set<string>();
      return apiEndpoints().map((route) =>
        handlerFor(route, ({ request }) => {
          const key = `${request.method} ${new URL(request.url).pathname}`;
          if (seen.has(key)) return undefined;
          seen.add(key);
          return errorResponse(503, 'Service Unavailable', { 'Retry-After': '0' });
        }),
      );
    }
  }
}

/**
 * Override handlers per scenario, to prepend: `server.use(...scenarios['rate-limited'])`.
 * Each read returns new handlers (with fresh state).
 */
export const scenarios: Record<ScenarioName, HttpHandler[]> = Object.defineProperties(
  {} as Record<ScenarioName, HttpHandler[]>,
  Object.fromEntries(
    scenarioNames.map((name) => [name, { enumerable: true, get: () => createScenario(name) }]),
  ),
);
