/**
 * `toNodeHandler`: runs a fetch-style handler (the token route, the proxy) under Node's `http`
 * server or Express, and never lets anything it meets reach the server as an exception.
 */
import { json } from './guard.js';

/** The parts of Node's `IncomingMessage` the adapter reads. */
export interface NodeRequestLike {
  method?: string | undefined;
  url?: string | undefined;
  /** Express keeps the full path here when a router strips its mount path from `url`. */
  originalUrl?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** An `IncomingMessage` is a readable stream: its body is forwarded for methods that have one. */
  on?(event: string, listener: (...args: never[]) => void): unknown;
  pause?(): unknown;
  resume?(): unknown;
  readableEnded?: boolean;
  /** Set by Express body parsers that already read the body. */
  body?: unknown;
}

/** The parts of Node's `ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  statusCode: number;
  headersSent?: boolean;
  setHeader(name: string, value: string | string[]): unknown;
  end(body?: string | Uint8Array): unknown;
  destroy?(): unknown;
}

/**
 * Adapts a fetch-style handler to Node's `(req, res)` signature, for Express and `node:http`:
 * `app.get('/hero-token', toNodeHandler(createTokenHandler({...})))`, or
 * `app.use('/api/hero', toNodeHandler(createProxyHandler({ basePath: '/api/hero', ... })))` (the
 * handler sees the full path, Express's `originalUrl`). Request bodies are
 * streamed to the handler (mount the proxy before any body parser; one that already read the body
 * has it passed on as JSON).
 *
 * The returned function never rejects and never throws: a request it cannot turn into a `Request`
 * (a malformed `Host`, an invalid header) gets a 400, a handler that throws gets a 500, and a
 * failure after the answer has started closes that one connection. The server keeps running.
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>) {
  return async (req: NodeRequestLike, res: NodeResponseLike): Promise<void> => {
    try {
      let request: Request;
      try {
        request = toRequest(req);
      } catch {
        await write(res, json({ error: 'bad_request' }, 400));
        return;
      }
      let response: Response;
      try {
        response = await handler(request);
      } catch {
        response = json({ error: 'internal_error' }, 500);
      }
      await write(res, response);
    } catch {
      try {
        if (res.headersSent) res.destroy?.();
        else {
          res.statusCode = 500;
          res.end();
        }
      } catch {
        // Nothing more can be done for this connection; the server lives on.
      }
    }
  };
}

function toRequest(req: NodeRequestLike): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const host = headers.get('host') ?? 'localhost';
  // The Host header decides nothing but the URL's origin; one that is not a host is refused.
  if (!/^[\w.-]+(:\d{1,5})?$|^\[[\d:a-fA-F.]+\](:\d{1,5})?$/.test(host)) throw new TypeError('bad host');
  const url = new URL(req.originalUrl ?? req.url ?? '/', `http://${host}`);
  const method = (req.method ?? 'GET').toUpperCase();
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (method !== 'GET' && method !== 'HEAD') {
    const body = bodyOf(req);
    if (body !== undefined) {
      init.body = body;
      init.duplex = 'half';
    }
  }
  return new Request(url, init);
}

/** The request body as a stream that reads the Node request as the handler pulls. */
function bodyOf(req: NodeRequestLike): ReadableStream<Uint8Array> | string | undefined {
  if (req.readableEnded || typeof req.on !== 'function') {
    // Already read by a body parser: what it parsed is passed on as JSON.
    if (req.body === undefined || req.body === null) return undefined;
    return typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
  }
  const on = req.on.bind(req) as (event: string, listener: (...args: unknown[]) => void) => unknown;
  let stopped = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      on('data', (chunk) => {
        if (stopped) return;
        controller.enqueue(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : new Uint8Array(chunk as Uint8Array));
        if ((controller.desiredSize ?? 1) <= 0) req.pause?.();
      });
      on('end', () => {
        if (!stopped) controller.close();
      });
      on('error', (error) => {
        if (!stopped) controller.error(error);
      });
    },
    pull() {
      req.resume?.();
    },
    cancel() {
      // The handler has read enough (a body too large): the rest is let through unread, and the
      // connection closes after the answer (see `write`).
      stopped = true;
      req.resume?.();
    },
  });
}

async function write(res: NodeResponseLike, response: Response): Promise<void> {
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : undefined;
  res.statusCode = response.status;
  const cookies = response.headers.getSetCookie();
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  if (cookies.length) res.setHeader('set-cookie', cookies);
  // After a refusal the request may not have been read to its end: do not keep the connection for another.
  if (response.status === 413 || response.status === 408) res.setHeader('connection', 'close');
  res.end(body);
}
