/**
 * Starts the shared mock Hero API (mock) in the page's service worker for a test file, and
 * puts everything back after each test: handlers, the mock database, the mock clock, shared clients.
 */
import { setupWorker } from 'msw/browser';
import { clearSharedClients } from '../../src/api/registry.js';
import { handlers, hostTokenHandler, mockClock, resetMockDb } from '../../mock/index.js';

export const worker = setupWorker(...handlers, hostTokenHandler);

/** Every request that reached the mock during the current test, in order. */
export const seen: Request[] = [];
worker.events.on('request:start', ({ request }) => {
  seen.push(request.clone());
});

/** The requests of the current test whose path matches. */
export function requestsTo(path: RegExp | string): Request[] {
  return seen.filter((r) => (typeof path === 'string' ? new URL(r.url).pathname === path : path.test(new URL(r.url).pathname)));
}

let started: Promise<unknown> | undefined;

export function useMockApi(): void {
  before(async () => {
    started ??= worker.start({
      quiet: true,
      // Any API call the mock does not answer is a test bug; the runner's own files pass through.
      onUnhandledRequest: (request, print) => {
        if (/\/v\d\//.test(new URL(request.url).pathname)) print.error();
      },
    });
    await started;
  });
  beforeEach(() => {
    seen.length = 0;
  });
  afterEach(() => {
    worker.resetHandlers();
    // The clock first: the database is re-seeded with dates from it.
    mockClock.reset();
    resetMockDb();
    clearSharedClients();
  });
}
