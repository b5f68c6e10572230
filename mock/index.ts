/**
 * The mock Hero API (MSW 2): handlers for every endpoint, fixtures, an in-memory database, a
 * movable clock, scenarios and a stand-in host token route. Runs in browsers (service worker)
 * and in Node (`msw/node`).
 */
export * from './clock.js';
export * from './jwt.js';
export * from './fixtures.js';
export * from './db.js';
export * from './handlers.js';
export * from './scenarios.js';
export * from './host-token.js';
export * from './validate.js';
