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
import { delay, HttpResponse, type HttpHandler } from 'msw';
import {
  answer,
  apiRoutes,
  checkAuth,
  errorResponse,
  handlerFor,
  slotGoneResponse,
  slotNotAvailableValidationResponse,
  slotUnavailableResponse,
  type ApiRoute,
} from './handlers.js';

export type ScenarioName =
  | 'default'
  | 'empty'
  | 'loading'
  | 'slow'
  | 'server-error'
  | 'rate-limited'
  | 'slot-taken'
  | 'slot-taken-410'
  | 'slot-taken-400'
  | 'book-answers-empty'
  | 'page-size-capped'
  | 'malformed-items'
  | 'flaky';

export const scenarioNames: readonly ScenarioName[] = [
  'default',
  'empty',
  'loading',
  'slow',
  'server-error',
  'rate-limited',
  'slot-taken',
  'slot-taken-410',
  'slot-taken-400',
  'book-answers-empty',
  'page-size-capped',
  'malformed-items',
  'flaky',
];

/** The page size the `page-size-capped` scenario serves at most. */
export const CAPPED_PAGE_SIZE = 20;

/** One line per scenario, for the demo's and Storybook's switchers. */
export const scenarioDescriptions: Record<ScenarioName, string> = {
  default: 'The normal mock practice: appointment types, slots, patients, forms and templates.',
  empty: 'Every list comes back empty ({ data: [], count: 0 }).',
  loading: 'API requests never answer, to show loading states.',
  slow: 'Every API request waits 1.5 seconds before answering normally.',
  'server-error': 'Every API request fails with 500.',
  'rate-limited': 'Every API request fails with 429 and Retry-After: 1.',
  'slot-taken': 'Reserving, booking or moving to a slot fails with 409 slot_unavailable, as if someone else took it.',
  'slot-taken-410': 'Reserving, booking or moving to a slot fails with 410, another way Hero may say the slot went.',
  'slot-taken-400': "Reserving, booking or moving to a slot fails with a 400 about the slot's availability, a third way Hero may say it.",
  'book-answers-empty': 'Booking works but answers 204 with no body: the kit must read the appointment back.',
  'page-size-capped': `Every list serves at most ${CAPPED_PAGE_SIZE} items a page whatever page_size asks, while count says how many there are.`,
  'malformed-items': 'Every list page carries a few malformed items (no id, a garbled date, not an object) among the good ones.',
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

/** Where a slot can turn out to be taken: reserving it, booking the reservation, or moving an appointment to it. */
const TAKES_A_SLOT: ReadonlySet<string> = new Set([
  'POST /v1/appointments',
  'PATCH /v1/appointments/{id}/book',
  'PUT /v1/appointments/{id}',
  'PATCH /v1/appointments/{id}/reschedule',
]);
const takesASlot = (route: ApiRoute): boolean => TAKES_A_SLOT.has(route.op);

/** Items that cannot be used, made from a good one: no id, a garbled date, not an object. */
function malformedFrom(item: unknown): unknown[] {
  if (typeof item !== 'object' || item === null) return ['unexpected'];
  const noId = Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'id' && key !== 'hero_id'));
  const badDates = Object.fromEntries(
    Object.entries(item).map(([key, value]) => [
      key,
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? 'not a date' : value,
    ]),
  );
  return [noId, badDates, 'unexpected'];
}

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
      return apiEndpoints().map((route) => handlerFor(route, () => errorResponse(429, 'Too Many Requests', { 'Retry-After': '1' })));
    case 'slot-taken':
    case 'slot-taken-410':
    case 'slot-taken-400': {
      const taken =
        name === 'slot-taken' ? slotUnavailableResponse : name === 'slot-taken-410' ? slotGoneResponse : slotNotAvailableValidationResponse;
      return apiEndpoints()
        .filter(takesASlot)
        .map((route) => handlerFor(route, async ({ request }) => (await checkAuth(request)) ?? taken()));
    }
    case 'book-answers-empty':
      return apiEndpoints()
        .filter((route) => route.op === 'PATCH /v1/appointments/{id}/book')
        .map((route) =>
          handlerFor(route, async (info) => {
            const response = await answer(route, info);
            return response.status === 200 ? new HttpResponse(null, { status: 204 }) : response;
          }),
        );
    case 'page-size-capped':
      return apiEndpoints()
        .filter((route) => route.kind === 'list')
        .map((route) =>
          handlerFor(route, (info) => {
            const url = new URL(info.request.url);
            const asked = Number(url.searchParams.get('page_size') ?? CAPPED_PAGE_SIZE);
            if (Number.isFinite(asked) && asked > CAPPED_PAGE_SIZE) url.searchParams.set('page_size', String(CAPPED_PAGE_SIZE));
            return answer(route, { ...info, request: new Request(url, info.request) });
          }),
        );
    case 'malformed-items':
      return apiEndpoints()
        .filter((route) => route.kind === 'list' || route.kind === 'collection')
        .map((route) =>
          handlerFor(route, async (info) => {
            const response = await answer(route, info);
            if (response.status !== 200) return response;
            const body = (await response.json()) as { data?: unknown[] };
            if (!Array.isArray(body.data) || !body.data.length) return HttpResponse.json(body);
            const [first, ...rest] = body.data;
            return HttpResponse.json({ ...body, data: [first, ...malformedFrom(first), ...rest] });
          }),
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
  Object.fromEntries(scenarioNames.map((name) => [name, { enumerable: true, get: () => createScenario(name) }])),
);
