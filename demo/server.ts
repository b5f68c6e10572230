/**
 * The demo: a small host application. It serves demo/ through Vite and mounts a real token route,
 * `/api/hero-token`, built with `hero-elements/server`, exactly as an integrator's backend would.
 *
 * - By default the Hero API is the built-in mock (mock): in this process for the token
 *   route (msw/node), and in the page through MSW's service worker. No account needed.
 * - With HERO_API_KEY, HERO_PRACTICE_GROUP_ID and HERO_ENV=staging, the same page talks to Hero's
 *   staging API and the route mints real staging tokens.
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createServer as createViteServer } from 'vite';
import { HERO_BASE_URLS } from '../src/api/config.js';
import { createTokenHandler, toNodeHandler } from '../src/server/index.js';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';
const { HERO_API_KEY, HERO_PRACTICE_GROUP_ID, HERO_ENV } = process.env;
const live = Boolean(HERO_API_KEY && HERO_PRACTICE_GROUP_ID);

interface DemoConfig {
  mode: 'mock' | 'staging';
  baseUrl: string;
  tenantId: string;
}

async function backend(): Promise<{ config: DemoConfig; apiKey: string }> {
  if (live) {
    if ((HERO_ENV ?? 'staging') !== 'staging') {
      console.error('The demo only talks to Hero staging (HERO_ENV=staging): production holds live patient records.');
      process.exit(1);
    }
    return {
      apiKey: HERO_API_KEY!,
      config: { mode: 'staging', baseUrl: HERO_BASE_URLS.staging, tenantId: HERO_PRACTICE_GROUP_ID! },
    };
  }
  const { setupServer } = await import('msw/node');
  const mock = await import('../mock/index.js');
  setupServer(...mock.handlers).listen({ onUnhandledRequest: 'bypass' });
  return {
    apiKey: mock.MOCK_API_KEY,
    config: { mode: 'mock', baseUrl: mock.MOCK_BASE_URL, tenantId: mock.MOCK_PRACTICE_GROUP_ID },
  };
}

const { config, apiKey } = await backend();
const tokenRoute = toNodeHandler(
  createTokenHandler({
    apiKey,
    practiceGroupId: config.tenantId,
    baseUrl: config.baseUrl,
    // A real host checks its user's session here; in the demo everyone is signed in.
    authorize: () => true,
  }),
);

const server = createServer();
const vite = await createViteServer({
  configFile: false,
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: fileURLToPath(new URL('../public', import.meta.url)),
  server: { middlewareMode: true, hmr: { server } },
  appType: 'mpa',
  logLevel: 'warn',
});

server.on('request', (req, res) => {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/api/hero-token') {
    void tokenRoute(req, res);
    return;
  }
  if (path === '/api/demo-config') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(config));
    return;
  }
  vite.middlewares(req, res);
});

server.listen(port, host, () => {
  console.log(`Hero Elements demo (${config.mode === 'mock' ? 'mock Hero API' : 'Hero staging API'}): http://${host}:${port}/`);
});
