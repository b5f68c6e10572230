/**
 * End-to-end support for Node tests (`npm run test:e2e`) that drive built pages in Debian's headless
 * Chromium: a static file server, the browser, and the shared mock Hero API answered from Node
 * through Playwright's request routing, so the page under test loads nothing but its own files.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { getResponse, type HttpHandler } from 'msw';
import { chromium, type Browser, type Page } from 'playwright-core';
import { handlers, hostTokenHandler, resetMockDb } from '../../mock/index.js';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface StaticServer {
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` over HTTP on a free port. `mounts` maps URL prefixes to other folders
 * (e.g. `{ '/dist/': 'dist' }`). With `spa`, unknown paths get `index.html`.
 */
export async function serveStatic(
  root: string,
  { mounts = {}, spa = false }: { mounts?: Record<string, string>; spa?: boolean } = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const dir = mount ? resolve(mounts[mount] as string) : base;
    const relative = normalize(mount ? path.slice(mount.length) : path).replace(/^([/\\])+/, '');
    let file = join(dir, relative);
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && spa && !extname(file)) file = join(base, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Debian's Chromium, headless, with the flags STACK notes call for on this closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions, args: [...chromiumLaunchOptions.args, '--font-render-hinting=none'] });
}

/** A record of the API requests the mock answered for one page. */
export interface MockApi {
  requests: { method: string; path: string }[];
}

/**
 * Answers the page's Hero API calls (`/v1/...` on any origin) and the host token route
 * (`/api/hero-token`) from the shared MSW handlers, in Node. `extra` handlers (scenarios) win.
 * Resets the mock database first so every page starts from the same fixtures.
 */
export async function routeMockApi(page: Page, extra: HttpHandler[] = []): Promise<MockApi> {
  resetMockDb();
  const api: MockApi = { requests: [] };
  const all = [...extra, ...handlers, hostTokenHandler];
  await page.route(
    (url) => /^\/v\d+\//.test(url.pathname) || url.pathname === '/api/hero-token',
    async (route) => {
      const req = route.request();
      const url = new URL(req.url());
      const body = req.postDataBuffer();
      const request = new Request(url, {
        method: req.method(),
        headers: await req.allHeaders(),
        ...(body && req.method() !== 'GET' && req.method() !== 'HEAD' ? { body: new Uint8Array(body) } : {}),
      });
      api.requests.push({ method: req.method(), path: url.pathname });
      const response = await getResponse(all, request);
      if (!response) {
        await route.fulfill({ status: 404, contentType: 'application/json', body: '{"message":"not mocked"}' });
        return;
      }
      const headers = Object.fromEntries(response.headers);
      // Cross-origin calls (an element on its default base URL) need CORS headers to be readable.
      headers['access-control-allow-origin'] = req.headers()['origin'] ?? '*';
      headers['access-control-allow-credentials'] = 'true';
      await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
    },
  );
  return api;
}

/** Fails the test on any page error or console error (collected; check with `assertClean`). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}
