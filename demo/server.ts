/**
 * The demo: a small host application. It serves demo/ through Vite and mounts the routes an
 * integrator's backend would, built with `hero-elements/server`: a token route, `/api/hero-token`,
 * and, in proxy mode, a proxy to Hero at `/api/hero/`.
 *
 * - By default the Hero API is the built-in mock (mock): in this process for the token
 *   route (msw/node), and in the page through MSW's service worker. No account needed.
 * - With HERO_API_KEY, HERO_PRACTICE_GROUP_ID and HERO_ENV=staging, the same page talks to Hero's
 *   staging API and the route mints real staging tokens.
 * - With HERO_PROXY=1 (either of the above), the elements run with `auth="proxy"` and
 *   `base-url="/api/hero"`: the browser sends no token, and the proxy adds the API key here. In
 *   mock mode the mock then answers in this process, behind the proxy.
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createServer as createViteServer } from 'vite';
import { HERO_BASE_URLS } from '../src/api/config.js';
import { createProxyHandler, createTokenHandler, toNodeHandler } from '../src/server/index.js';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';
const { HERO_API_KEY, HERO_PRACTICE_GROUP_ID, HERO_ENV } = process.env;
const live = Boolean(HERO_API_KEY && HERO_PRACTICE_GROUP_ID);
const proxyMode = process.env.HERO_PROXY === '1';
/** Where the proxy is mounted: the elements' base-url in proxy mode. */
const PROXY_PATH = '/api/hero';

interface DemoConfig {
  mode: 'mock' | 'staging';
  baseUrl: string;
  tenantId: string;
  auth: 'token' | 'proxy';
}

async function backend(): Promise<{ config: DemoConfig; apiKey: string }> {
  if (live) {
    if ((HERO_ENV ?? 'staging') !== 'staging') {
      console.error('The demo only talks to Hero staging (HERO_ENV=staging): production holds live patient records.');
      process.exit(1);
    }
    return {
      apiKey: HERO_API_KEY!,
      config: { mode: 'staging', baseUrl: HERO_BASE_URLS.staging, tenantId: HERO_PRACTICE_GROUP_ID!, auth: 'token' },
    };
  }
  const { setupServer } = await import('msw/node');
  const mock = await import('../mock/index.js');
  // The API-key handler answers the proxy's calls, as Hero does (see demo/mock-api-key.ts).
  const { apiKeyAuth } = await import('./mock-api-key.js');
  setupServer(apiKeyAuth(), ...mock.handlers).listen({ onUnhandledRequest: 'bypass' });
  return {
    apiKey: mock.MOCK_API_KEY,
    config: { mode: 'mock', baseUrl: mock.MOCK_BASE_URL, tenantId: mock.MOCK_PRACTICE_GROUP_ID, auth: 'token' },
  };
}

const { config: upstream, apiKey } = await backend();
const hero = { apiKey, practiceGroupId: upstream.tenantId, baseUrl: upstream.baseUrl };
// A real host checks its user's session in `authorize`; in the demo everyone is signed in.
const tokenRoute = toNodeHandler(createTokenHandler({ ...hero, authorize: () => true }));
const proxyRoute = toNodeHandler(createProxyHandler({ ...hero, basePath: PROXY_PATH, authorize: () => true }));
/** What the page is told: in proxy mode the elements call this server, not Hero. */
const config: DemoConfig = proxyMode ? { ...upstream, baseUrl: PROXY_PATH, auth: 'proxy' } : upstream;

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
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  // The routes never reject or throw (toNodeHandler answers 4xx/5xx instead), so nothing is awaited here.
  if (path === '/api/hero-token') {
    void tokenRoute(req, res);
    return;
  }
  if (proxyMode && path.startsWith(`${PROXY_PATH}/`)) {
    void proxyRoute(req, res);
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
  const api = config.mode === 'mock' ? 'mock Hero API' : 'Hero staging API';
  // PORT=0 picks a free port (the demo's end-to-end test does): print the one given.
  const { port: bound } = server.address() as import('node:net').AddressInfo;
  console.log(`Hero Elements demo (${api}${proxyMode ? `, through the proxy at ${PROXY_PATH}` : ''}): http://${host}:${bound}/`);
});
