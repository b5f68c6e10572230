import { resolveBaseUrl } from './config.js';
import { HeroClient } from './client.js';
import { HeroError } from './errors.js';
import { resolveTokenSource, type TokenSource, type TokenSourceInput } from './token.js';

/** The configuration an element (or `<hero-provider>`) carries; see ELEMENTS-API.md. */
export interface HeroConfig extends TokenSourceInput {
  tenantId?: string | undefined;
  env?: string | undefined;
  baseUrl?: string | undefined;
  lang?: string | undefined;
  /** `token` (default) or `proxy` (the base URL is the host's proxy; no token is sent). */
  auth?: string | undefined;
  /** Milliseconds before a request attempt is given up (default 30 000). */
  requestTimeout?: number | undefined;
  /** The practice's phone number, shown to patients when something fails. */
  practicePhone?: string | undefined;
}

/** Whether a configuration is complete enough to make requests (no error is raised). */
export function isConfigured(config: HeroConfig): boolean {
  if (config.auth === 'proxy') return Boolean(config.baseUrl);
  return Boolean(config.tenantId && resolveTokenSource(config));
}

const clients = new Map<string, HeroClient>();
const providerIds = new WeakMap<() => Promise<string>, number>();
let nextProviderId = 1;
/** Distinct configurations kept; beyond this the oldest is dropped (a host rotating jwt-token). */
const MAX_CLIENTS = 16;

function sourceKey(source: TokenSource): string {
  switch (source.kind) {
    case 'provider': {
      let id = providerIds.get(source.provider);
      if (id === undefined) providerIds.set(source.provider, (id = nextProviderId++));
      return `provider:${id}`;
    }
    case 'url':
      return `url:${source.url}`;
    case 'static':
      return `static:${source.token}`;
  }
}

/**
 * The client for a configuration. Elements with the same base URL, tenant and token source get the
 * same client, and so one token cache: four elements on a page fetch one token, not four.
 * Throws a HeroError (`auth`) when the configuration cannot make requests.
 */
export function sharedClient(config: HeroConfig): HeroClient {
  const timeoutMs = Number(config.requestTimeout) > 0 ? Number(config.requestTimeout) : undefined;
  if (config.auth === 'proxy') {
    if (!config.baseUrl) {
      throw new HeroError('auth', 'auth="proxy" needs base-url: the address of the host’s Hero proxy (createProxyHandler).');
    }
    const baseUrl = resolveBaseUrl(undefined, config.baseUrl);
    return cached(`proxy\n${baseUrl}\n${timeoutMs ?? ''}`, () => new HeroClient({ baseUrl, auth: 'proxy', timeoutMs }));
  }
  if (!config.tenantId) {
    throw new HeroError('auth', 'No practice group: set tenant-id on the element or on a <hero-provider> around it.');
  }
  const source = resolveTokenSource(config);
  if (!source) {
    throw new HeroError(
      'auth',
      'No access token source: set token-url, jwt-token or tokenProvider on the element or on a <hero-provider> around it.',
    );
  }
  const baseUrl = resolveBaseUrl(config.env, config.baseUrl);
  const tenantId = config.tenantId;
  // Keyed by tenant and token source: a token is only ever sent with the practice group it was fetched for.
  return cached(
    `${baseUrl}\n${tenantId}\n${sourceKey(source)}\n${timeoutMs ?? ''}`,
    () => new HeroClient({ baseUrl, tenantId, token: source, timeoutMs }),
  );
}

function cached(key: string, create: () => HeroClient): HeroClient {
  let client = clients.get(key);
  if (!client) {
    client = create();
    clients.set(key, client);
    if (clients.size > MAX_CLIENTS) clients.delete(clients.keys().next().value as string);
  }
  return client;
}

/** Forgets every shared client (tests; a host signing its user out). */
export function clearSharedClients(): void {
  clients.clear();
}
