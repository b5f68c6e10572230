/**
 * The doctor (`npx hero-elements doctor`): checks, read-only, that a tenant's Hero API answers
 * what the elements ask for a typical first screen in the shapes the kit expects, that it accepts
 * the elements' access token, and that a browser on the host's origin may call it (CORS).
 *
 * Every answer goes through the elements' own decoders (src/api/decode.ts), so a difference the
 * doctor names is one the elements would meet. It names paths and problems, never values: it
 * prints no patient data, no API key and no token.
 *
 * Read-only: it mints one access token, sends GETs and CORS preflights (OPTIONS), and nothing else.
 * The patient search is one that cannot match a real patient: an NHS number from the 999 range,
 * which NHS England keeps for testing and never issues to a person (it passes the Modulus 11 check,
 * so the API has no reason to refuse it as malformed), together with a date of birth; the API
 * filters by both.
 */
import { API_KEY_HEADER, MAX_PAGE_SIZE, PRACTICE_GROUP_HEADER } from '../api/config.js';
import { id, list, object, Unusable, type DecodeIssue, type Reader } from '../api/decode.js';
import { DECODERS } from '../api/decoders/index.js';
import { readJwtTenant } from '../api/token.js';
import { addDays, londonToday } from '../domain/london-time.js';
import { assertServer, checkConnection, positiveNumber, redact, UpstreamTimeout, withTimeout, type ConnectionOptions } from './guard.js';
import { operationKey } from './operations.js';
import { AccessTokenError, createAccessToken } from './token.js';

/** A valid (Modulus 11) NHS number from the test range (999): never issued to a real patient. */
export const DOCTOR_NHS_NUMBER = '9999999018';
/** The date of birth searched with it. */
export const DOCTOR_DOB = '1901-01-01';

/** Milliseconds each call may take before the doctor gives up on it (default 15 000). */
export const DEFAULT_DOCTOR_TIMEOUT_MS = 15_000;

export interface DoctorOptions extends ConnectionOptions {
  /** The host site's origin (`https://partner.example`): checks that browsers there may call the API. */
  origin?: string;
  /** The form to check; default: the first from `GET /v1/forms`. */
  formId?: string;
  /**
   * `token` (default): check as the elements call Hero with a token from your token route.
   * `proxy`: check as `createProxyHandler` calls Hero (API key, no token, no CORS needed).
   */
  auth?: 'token' | 'proxy';
  /** Milliseconds per call (default 15 000). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Current time in ms (tests). */
  now?: () => number;
}

export type DoctorStatus = 'pass' | 'warn' | 'fail';

/** Something that differs from what the kit expects: where and what, never the value. */
export interface DoctorDifference {
  /** `$.data[*].start_time`-style path in the answer (or a header's name). */
  path: string;
  problem: string;
  /** How many times it was seen (items of a list count one each). */
  count: number;
  status: Exclude<DoctorStatus, 'pass'>;
}

export interface DoctorCheck {
  id: string;
  title: string;
  /** What was asked: `GET /v1/slots`. */
  request: string;
  status: DoctorStatus;
  /** One line on what was found. */
  detail: string;
  /** One line on what to do, when something is wrong. */
  action?: string;
  differences: DoctorDifference[];
}

export interface DoctorReport {
  /** False when any check failed. */
  ok: boolean;
  baseUrl: string;
  practiceGroupId: string;
  origin: string | null;
  auth: 'token' | 'proxy';
  /** How the checks reached Hero: the token as a Bearer, or the API key (as the proxy does). */
  credentials: 'bearer' | 'api-key' | null;
  checks: DoctorCheck[];
  counts: Record<DoctorStatus, number>;
}

/** The headers the elements send, by method (accept is CORS-safelisted: browsers ask no permission for it). */
const KIT_HEADERS = { read: ['authorization', 'x-practice-group-id'], write: ['authorization', 'content-type', 'x-practice-group-id'] };

/** A preflight per method the kit uses, on a path that method is used with. PUT: no element uses it yet. */
const PREFLIGHTS = [
  { method: 'GET', path: '/v1/appointment_types', headers: KIT_HEADERS.read, required: true },
  { method: 'POST', path: '/v1/appointments', headers: KIT_HEADERS.write, required: true },
  { method: 'PATCH', path: '/v1/appointments/1/book', headers: KIT_HEADERS.write, required: true },
  { method: 'PUT', path: '/v1/appointments/1', headers: KIT_HEADERS.write, required: false },
] as const;

/** The Fetch standard's CORS-safelisted methods: allowed without being listed. */
const SAFELISTED_METHODS = new Set(['GET', 'HEAD', 'POST']);

const ACTIONS = {
  differs:
    'Send this report (--json) to Hero and to the kit’s maintainers: the elements would miss or refuse this data (README, “Going live”).',
  copes: 'The elements cope; send the differences to Hero so the kit’s picture of the API can be confirmed (README, “Going live”).',
  retry: 'Run the doctor again in a few minutes; if it persists, send this report to Hero.',
};

const NO_CREDENTIALS = 'not checked: Hero accepted neither the token nor the API key';

type Credentials = 'bearer' | 'api-key';
type Answer =
  { kind: 'answer'; status: number; headers: Headers; body: unknown; json: boolean } | { kind: 'timeout' } | { kind: 'unreachable' };

/**
 * Runs every check and returns the report; never throws for anything Hero answers (only for
 * unusable options, `HeroServerOptionsError`). The report holds no key, token or patient data.
 */
export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  assertServer('runDoctor');
  const { apiKey, practiceGroupId, baseUrl } = checkConnection(options, 'doctor');
  const timeoutMs = positiveNumber(options.timeoutMs, DEFAULT_DOCTOR_TIMEOUT_MS, 'timeoutMs', 'doctor');
  const auth = options.auth === 'proxy' ? 'proxy' : 'token';
  const origin = options.origin === undefined ? undefined : checkOrigin(options.origin);
  if (options.formId !== undefined && !/^\d+$/.test(options.formId))
    throw new TypeError('hero-elements doctor: the form id must be digits.');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  const checks: DoctorCheck[] = [];
  let token: string | undefined;

  const call = async (
    method: string,
    path: string,
    query: Record<string, string>,
    credentials: Credentials | 'none',
    extraHeaders: Record<string, string> = {},
  ): Promise<Answer> => {
    const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
    if (credentials === 'bearer') {
      headers['authorization'] = `Bearer ${token}`;
      headers[PRACTICE_GROUP_HEADER] = practiceGroupId;
    } else if (credentials === 'api-key') {
      headers[API_KEY_HEADER] = apiKey;
      headers[PRACTICE_GROUP_HEADER] = practiceGroupId;
    }
    if (origin && credentials !== 'api-key') headers['origin'] = origin;
    const qs = new URLSearchParams(query).toString();
    try {
      return await withTimeout(async (signal) => {
        const response = await doFetch(`${baseUrl}${path}${qs ? `?${qs}` : ''}`, { method, headers, redirect: 'manual', signal });
        const text = await response.text();
        let body: unknown;
        let isJson = false;
        try {
          body = text ? JSON.parse(text) : undefined;
          isJson = text !== '';
        } catch {
          body = undefined;
        }
        return { kind: 'answer', status: response.status, headers: response.headers, body, json: isJson } as const;
      }, timeoutMs);
    } catch (error) {
      return error instanceof UpstreamTimeout ? { kind: 'timeout' } : { kind: 'unreachable' };
    }
  };

  // ── The token, and which credentials Hero accepts ──
  if (auth === 'token') {
    try {
      const minted = await createAccessToken({ apiKey, practiceGroupId, baseUrl, fetch: doFetch, timeoutMs, now });
      token = minted.access_token;
      const tenant = readJwtTenant(token);
      const minutes = minted.expiresAt === undefined ? undefined : Math.round((minted.expiresAt - now()) / 60_000);
      if (tenant !== undefined && tenant !== practiceGroupId) {
        checks.push(
          row(
            'token',
            'Access token',
            'POST /v1/access_token',
            'fail',
            'the token names another practice group: the elements would refuse it',
            [],
            'Check HERO_PRACTICE_GROUP_ID, and ask Hero why the token is for another practice group.',
          ),
        );
      } else if (minutes === undefined) {
        checks.push(
          row(
            'token',
            'Access token',
            'POST /v1/access_token',
            'warn',
            'minted, but it has no readable exp claim: the elements assume 30 minutes',
            [],
            'Ask Hero whether its tokens carry exp.',
          ),
        );
      } else {
        checks.push(row('token', 'Access token', 'POST /v1/access_token', 'pass', `minted; valid for ${minutes} minutes`));
      }
    } catch (error) {
      const status = error instanceof AccessTokenError ? error.status : undefined;
      const refused = status === 401 || status === 403;
      checks.push(
        row(
          'token',
          'Access token',
          'POST /v1/access_token',
          'fail',
          error instanceof AccessTokenError ? error.message : 'could not mint a token',
          [],
          refused
            ? 'Check HERO_API_KEY and HERO_PRACTICE_GROUP_ID; if the key works for other calls, ask Hero to let it mint Elements tokens, or use proxy mode.'
            : ACTIONS.retry,
        ),
      );
    }
  }

  const typesQuery = { page_index: '0', page_size: String(MAX_PAGE_SIZE) };
  let credentials: Credentials | null = null;
  let probe: Answer | undefined;
  if (auth === 'token') {
    if (token === undefined) {
      checks.push(row('bearer', 'Bearer token', 'GET /v1/appointment_types', 'warn', 'not checked: no token to try'));
    } else {
      probe = await call('GET', '/v1/appointment_types', typesQuery, 'bearer');
      if (probe.kind === 'answer' && (probe.status === 401 || probe.status === 403)) {
        checks.push(
          row(
            'bearer',
            'Bearer token',
            'GET /v1/appointment_types',
            'fail',
            `Hero refused the elements’ token (HTTP ${probe.status})`,
            [],
            'Browsers cannot call Hero with this key: use proxy mode (createProxyHandler, README “Going live”), or ask Hero to accept Elements tokens for it.',
          ),
        );
        probe = undefined;
      } else if (probe.kind === 'answer' && probe.status < 300) {
        credentials = 'bearer';
        checks.push(row('bearer', 'Bearer token', 'GET /v1/appointment_types', 'pass', 'accepted, with x-practice-group-id'));
      } else {
        credentials = 'bearer';
        checks.push(row('bearer', 'Bearer token', 'GET /v1/appointment_types', 'warn', `could not tell: ${answerLine(probe)}`));
      }
    }
  }
  if (!credentials) {
    // As the proxy calls Hero: if this works, proxy mode is the way to go live.
    const viaKey = await call('GET', '/v1/appointment_types', typesQuery, 'api-key');
    if (viaKey.kind === 'answer' && (viaKey.status === 401 || viaKey.status === 403)) {
      if (auth === 'proxy') {
        checks.push(
          row(
            'api-key',
            'API key',
            'GET /v1/appointment_types',
            'fail',
            `Hero refused the API key (HTTP ${viaKey.status})`,
            [],
            'Check HERO_API_KEY and HERO_PRACTICE_GROUP_ID, and ask Hero which endpoints the key may call.',
          ),
        );
      }
    } else {
      credentials = 'api-key';
      probe = viaKey;
    }
  }

  // ── The endpoints of a first screen ──
  /** Every successful answer's headers, for the CORS check. */
  const corsAnswers: { request: string; headers: Headers }[] = [];
  const via = credentials === 'api-key' && auth === 'token' ? ' (checked with the API key, as the proxy calls Hero)' : '';
  const endpoint = async (
    checkId: string,
    title: string,
    path: string,
    query: Record<string, string>,
    expect: {
      walk?: (path: string) => boolean;
      emptyDetail?: string;
      /** Overrides the row when the answer has no differences. */
      summary?: (value: unknown) => { status: DoctorStatus; detail: string };
    } = {},
    pathTemplate = path,
    answer?: Answer,
  ): Promise<unknown> => {
    const key = operationKey({ method: 'GET', path: pathTemplate });
    const request = `GET ${pathTemplate}`;
    if (!credentials) {
      checks.push(row(checkId, title, request, 'warn', NO_CREDENTIALS));
      return undefined;
    }
    const got = answer ?? (await call('GET', path, query, credentials));
    if (got.kind !== 'answer' || got.status >= 300 || got.status < 200) {
      checks.push(statusRow(checkId, title, request, got));
      return undefined;
    }
    corsAnswers.push({ request, headers: got.headers });
    const reader = (DECODERS as Record<string, Reader<unknown>>)[key];
    if (!reader) throw new Error(`No decoder for ${key}`);
    if (!got.json) {
      checks.push(row(checkId, title, request, 'fail', `HTTP ${got.status}, but the answer is not JSON`, [], ACTIONS.differs));
      return undefined;
    }
    const { value, differences } = compare(reader, got.body, expect.walk ?? (() => true));
    const items = listLength(value);
    const size = items === undefined ? '' : `; ${items} item${items === 1 ? '' : 's'}`;
    const failed = differences.filter((d) => d.status === 'fail');
    if (failed.length) {
      checks.push(
        row(
          checkId,
          title,
          request,
          'fail',
          `HTTP ${got.status}${size}; ${plural(differences.length, 'difference')} (${failed.length} the kit cannot work around)${via}`,
          differences,
          ACTIONS.differs,
        ),
      );
    } else if (differences.length) {
      checks.push(
        row(
          checkId,
          title,
          request,
          'warn',
          `HTTP ${got.status}${size}; ${plural(differences.length, 'difference')} the elements cope with${via}`,
          differences,
          ACTIONS.copes,
        ),
      );
    } else if (expect.summary) {
      const { status, detail } = expect.summary(value);
      checks.push(row(checkId, title, request, status, `HTTP ${got.status}; ${detail}${via}`));
    } else if (items === 0) {
      checks.push(
        row(
          checkId,
          title,
          request,
          'warn',
          `HTTP ${got.status}; the list is empty, so the shape of its items was not checked${via}`,
          [],
          expect.emptyDetail,
        ),
      );
    } else {
      checks.push(row(checkId, title, request, 'pass', `HTTP ${got.status}${size}; as the kit expects${via}`));
    }
    return value;
  };
  const types = (await endpoint(
    'types',
    'Appointment types',
    '/v1/appointment_types',
    typesQuery,
    { emptyDetail: 'Add an appointment type in Hero to see the slot picker work.' },
    undefined,
    probe,
  )) as { data: { id: string; slot_count: number }[] } | undefined;
  await endpoint('locations', 'Locations', '/v1/locations', typesQuery);
  await endpoint('practitioners', 'Practitioners', '/v1/practitioners', typesQuery);
  const bookable = types?.data.find((type) => type.slot_count > 0) ?? types?.data[0];
  if (bookable) {
    const today = londonToday(now());
    await endpoint(
      'slots',
      'Slots (a page)',
      '/v1/slots',
      {
        start_date: today,
        end_date: addDays(today, 6),
        appointment_type_id: bookable.id,
        page_index: '0',
        page_size: String(MAX_PAGE_SIZE),
      },
      { emptyDetail: 'No free slot in the next 7 days for the first bookable appointment type; check again when the rota has some.' },
    );
  } else {
    checks.push(
      row(
        'slots',
        'Slots (a page)',
        'GET /v1/slots',
        'warn',
        credentials ? 'not checked: no appointment type to ask slots for' : NO_CREDENTIALS,
      ),
    );
  }
  await endpoint('templates', 'Message templates', '/v1/templates', typesQuery);
  await endpoint('assignees', 'Assignees', '/v1/messages/assignee/collection', {});
  await endpoint('sms-credits', 'SMS credits', '/v1/me/sms-credits', {});

  // The form: the one asked for, or the first the practice has.
  let formId = options.formId;
  let formNote = '';
  if (formId === undefined && credentials) {
    const forms = await call('GET', '/v1/forms', { page_index: '0', page_size: '1' }, credentials);
    if (forms.kind === 'answer' && forms.status >= 200 && forms.status < 300) {
      try {
        formId = list(object({ id }))(forms.body, '$', []).data[0]?.id;
      } catch {
        formId = undefined;
      }
      formNote = formId === undefined ? 'not checked: the practice has no forms; pass --form-id' : '';
    } else {
      formNote = `not checked: could not list the forms to choose one (${answerLine(forms)}); pass --form-id`;
    }
  }
  if (formId !== undefined) await endpoint('form', 'A form', `/v1/forms/${formId}`, {}, {}, '/v1/forms/{id}');
  else
    checks.push(
      row(
        'form',
        'A form',
        'GET /v1/forms/{id}',
        'warn',
        formNote || NO_CREDENTIALS,
        [],
        'Run again with --form-id <id> to check one of your forms.',
      ),
    );

  await endpoint(
    'patients',
    'Patient search (matches nobody)',
    '/v3/patients',
    { nhs_number: DOCTOR_NHS_NUMBER, dob: DOCTOR_DOB, page_index: '0', page_size: '20' },
    {
      // A patient comes in one of several documented shapes (the normaliser reads them all): only the envelope is compared.
      walk: (path) => !path.startsWith('$.data['),
      summary: (value) => {
        const found = listLength(value) ?? 0;
        return found
          ? {
              status: 'warn',
              detail: `${plural(found, 'record')} matched a test-range NHS number and date of birth, where none should (nothing about them is shown)`,
            }
          : { status: 'pass', detail: 'no patient matched, as intended; the list is as the kit expects' };
      },
    },
  );

  // ── CORS, for browsers on the host's origin ──
  if (auth === 'proxy') {
    // The proxy is on the host's own origin: the browser makes no cross-origin call.
  } else if (!origin) {
    checks.push(
      row(
        'cors',
        'CORS',
        'OPTIONS',
        'warn',
        'not checked: no origin given',
        [],
        'Run again with --origin https://your-site.example (the site the elements are on).',
      ),
    );
  } else if (credentials !== 'bearer') {
    checks.push(row('cors', 'CORS', 'OPTIONS', 'warn', 'not checked: browsers cannot call Hero with this key anyway (see Bearer token)'));
  } else {
    for (const preflight of PREFLIGHTS) checks.push(await checkPreflight(preflight));
    checks.push(checkCorsAnswers());
  }

  async function checkPreflight(preflight: (typeof PREFLIGHTS)[number]): Promise<DoctorCheck> {
    const request = `OPTIONS ${preflight.path} (${preflight.method})`;
    const title = `CORS preflight ${preflight.method}`;
    const got = await call('OPTIONS', preflight.path, {}, 'none', {
      'access-control-request-method': preflight.method,
      'access-control-request-headers': preflight.headers.join(','),
    });
    const failing = preflight.required ? 'fail' : 'warn';
    const action = preflight.required
      ? `Ask Hero to allow ${origin} (methods GET, POST, PATCH, PUT; headers authorization, content-type, x-practice-group-id), or use proxy mode.`
      : `No element uses ${preflight.method} yet; ask Hero to allow it with the others before rescheduling is used.`;
    if (got.kind !== 'answer') return row(`cors-${preflight.method}`, title, request, failing, answerLine(got), [], action);
    if (got.status < 200 || got.status >= 300)
      return row(
        `cors-${preflight.method}`,
        title,
        request,
        failing,
        `refused (HTTP ${got.status}): browsers will block these calls`,
        [],
        action,
      );
    const differences: DoctorDifference[] = [];
    const allowOrigin = got.headers.get('access-control-allow-origin');
    if (allowOrigin !== '*' && allowOrigin !== origin) {
      differences.push({
        path: 'access-control-allow-origin',
        problem: allowOrigin ? 'names another origin' : 'missing',
        count: 1,
        status: failing,
      });
    }
    const methods = tokens(got.headers.get('access-control-allow-methods'), false);
    if (!SAFELISTED_METHODS.has(preflight.method) && !methods.includes(preflight.method) && !methods.includes('*')) {
      const otherCase = methods.find((method) => method.toUpperCase() === preflight.method);
      const problem = otherCase
        ? `lists ${otherCase}, not ${preflight.method}: browsers compare methods exactly`
        : `does not list ${preflight.method}`;
      differences.push({ path: 'access-control-allow-methods', problem, count: 1, status: failing });
    }
    const allowed = tokens(got.headers.get('access-control-allow-headers'), true);
    for (const header of preflight.headers) {
      // `*` does not cover authorization (Fetch standard).
      if (!allowed.includes(header) && !(allowed.includes('*') && header !== 'authorization')) {
        differences.push({ path: 'access-control-allow-headers', problem: `does not allow ${header}`, count: 1, status: failing });
      }
    }
    return differences.length
      ? row(
          `cors-${preflight.method}`,
          title,
          request,
          failing,
          `browsers on ${origin} will be blocked: ${plural(differences.length, 'difference')}`,
          differences,
          action,
        )
      : row(`cors-${preflight.method}`, title, request, 'pass', `allowed from ${origin}`);
  }

  function checkCorsAnswers(): DoctorCheck {
    const differences: DoctorDifference[] = [];
    let unexposed = 0;
    for (const { request, headers } of corsAnswers) {
      const allowOrigin = headers.get('access-control-allow-origin');
      if (allowOrigin !== '*' && allowOrigin !== origin) {
        differences.push({
          path: `${request}: access-control-allow-origin`,
          problem: allowOrigin ? 'names another origin' : 'missing: the browser will not let the element read the answer',
          count: 1,
          status: 'fail',
        });
      }
      const exposed = tokens(headers.get('access-control-expose-headers'), true);
      if (!exposed.includes('retry-after') && !exposed.includes('*')) unexposed++;
    }
    if (corsAnswers.length && unexposed === corsAnswers.length) {
      differences.push({
        path: 'access-control-expose-headers',
        problem: 'does not expose retry-after: after a 429 the elements wait their own backoff',
        count: unexposed,
        status: 'warn',
      });
    }
    const status: DoctorStatus = differences.some((d) => d.status === 'fail') ? 'fail' : differences.length ? 'warn' : 'pass';
    return row(
      'cors-answers',
      'CORS on answers',
      `${corsAnswers.length} answers above`,
      status,
      status === 'pass' ? `readable from ${origin}` : `${plural(differences.length, 'difference')}`,
      differences,
      status === 'fail'
        ? `Ask Hero to send Access-Control-Allow-Origin for ${origin} on every answer, or use proxy mode.`
        : status === 'warn'
          ? 'Optional: ask Hero to expose Retry-After.'
          : undefined,
    );
  }

  const counts: Record<DoctorStatus, number> = { pass: 0, warn: 0, fail: 0 };
  for (const check of checks) counts[check.status]++;
  const report: DoctorReport = {
    ok: counts.fail === 0,
    baseUrl,
    practiceGroupId,
    origin: origin ?? null,
    auth,
    credentials,
    checks,
    counts,
  };
  // Belt and braces: no string in the report can carry the key or the token.
  return scrubDeep(report, [apiKey, token]);
}

// ───────── Comparing an answer with what the kit expects ─────────

function compare(
  reader: Reader<unknown>,
  raw: unknown,
  walk: (path: string) => boolean,
): { value: unknown; differences: DoctorDifference[] } {
  const issues: DecodeIssue[] = [];
  const found: { path: string; problem: string; status: 'warn' | 'fail' }[] = [];
  let value: unknown;
  try {
    value = reader(raw, '$', issues);
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
    found.push({ path: error.path, problem: `${error.problem}; the elements cannot use this answer`, status: 'fail' });
  }
  // An item the elements skip is lost to them; anything else they read around (a fallback, an empty value).
  for (const issue of issues) found.push({ ...issue, status: issue.problem.endsWith('item skipped') ? 'fail' : 'warn' });
  if (value !== undefined) absentFields(raw, value, '$', walk, found);
  return { value, differences: group(found) };
}

/**
 * Fields the kit reads that the answer left out: the decoders give them a default without a word,
 * so they are found here by laying the decoded value over the answer.
 */
function absentFields(
  raw: unknown,
  decoded: unknown,
  path: string,
  walk: (path: string) => boolean,
  out: { path: string; problem: string; status: 'warn' | 'fail' }[],
): void {
  if (!walk(path)) return;
  if (Array.isArray(decoded)) {
    if (!Array.isArray(raw)) return;
    if (raw.length === decoded.length) {
      decoded.forEach((item, i) => absentFields(raw[i], item, `${path}[${i}]`, walk, out));
      return;
    }
    // Some items were skipped: pair the rest by id.
    const byId = new Map<string, number>();
    raw.forEach((item, i) => {
      const key = idOf(item);
      if (key !== undefined) byId.set(key, i);
    });
    for (const item of decoded) {
      const i = idOf(item) === undefined ? undefined : byId.get(idOf(item)!);
      if (i !== undefined) absentFields(raw[i], item, `${path}[${i}]`, walk, out);
    }
    return;
  }
  if (!isRecord(decoded) || !isRecord(raw)) return;
  for (const key of Object.keys(decoded)) {
    const child = `${path}.${key}`;
    if (raw[key] === undefined) {
      if (walk(child)) out.push({ path: child, problem: 'absent (the elements use a default)', status: 'warn' });
    } else absentFields(raw[key], decoded[key], child, walk, out);
  }
}

/** Collapses list indexes (`$.data[3].id` → `$.data[*].id`) and counts repeats. */
function group(found: { path: string; problem: string; status: 'warn' | 'fail' }[]): DoctorDifference[] {
  const byKey = new Map<string, DoctorDifference>();
  for (const item of found) {
    const path = item.path.replace(/\[\d+\]/g, '[*]');
    const key = `${path}\n${item.problem}`;
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { path, problem: item.problem, count: 1, status: item.status });
  }
  return [...byKey.values()].sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1));
}

// ───────── Rows ─────────

function row(
  checkId: string,
  title: string,
  request: string,
  status: DoctorStatus,
  detail: string,
  differences: DoctorDifference[] = [],
  action?: string,
): DoctorCheck {
  return { id: checkId, title, request, status, detail, ...(action ? { action } : {}), differences };
}

/** A row for an answer that was not a success. */
function statusRow(checkId: string, title: string, request: string, got: Answer): DoctorCheck {
  if (got.kind !== 'answer') return row(checkId, title, request, 'fail', answerLine(got), [], ACTIONS.retry);
  const { status } = got;
  if (status === 429) return row(checkId, title, request, 'warn', 'rate limited (HTTP 429): not checked', [], ACTIONS.retry);
  if (status === 401 || status === 403) {
    return row(
      checkId,
      title,
      request,
      'fail',
      `refused (HTTP ${status})`,
      [],
      'Ask Hero to give the key access to this endpoint (keys are scoped by feature).',
    );
  }
  if (status === 404)
    return row(
      checkId,
      title,
      request,
      'fail',
      'not found (HTTP 404): this API does not have the endpoint the elements call',
      [],
      ACTIONS.differs,
    );
  if (status === 400) {
    return row(checkId, title, request, 'fail', 'Hero refused the elements’ query (HTTP 400)', validationIssues(got.body), ACTIONS.differs);
  }
  if (status >= 300 && status < 400)
    return row(
      checkId,
      title,
      request,
      'fail',
      `redirected (HTTP ${status}), not followed`,
      [],
      'Check the base URL (HERO_ENV or --base-url).',
    );
  return row(checkId, title, request, 'fail', `Hero failed (HTTP ${status})`, [], ACTIONS.retry);
}

/** The documented 400 body's issues, as paths and codes (they name fields, not values). */
function validationIssues(body: unknown): DoctorDifference[] {
  const issues = isRecord(body) && Array.isArray(body['message']) ? body['message'] : [];
  return issues.slice(0, 10).flatMap((issue): DoctorDifference[] => {
    if (!isRecord(issue)) return [];
    const path = Array.isArray(issue['path']) ? issue['path'].filter((p) => typeof p === 'string' || typeof p === 'number').join('.') : '';
    const code = typeof issue['code'] === 'string' ? clean(issue['code']) : 'invalid';
    const expected = typeof issue['expected'] === 'string' ? ` (expected ${clean(issue['expected'])})` : '';
    return [{ path: clean(path) || '(query)', problem: `${code}${expected}`, count: 1, status: 'fail' }];
  });
}

function answerLine(got: Answer): string {
  if (got.kind === 'timeout') return 'no answer in time';
  if (got.kind === 'unreachable') return 'could not reach the API';
  return `HTTP ${got.status}`;
}

// ───────── The table ─────────

const SYMBOLS: Record<DoctorStatus, string> = { pass: '✓', warn: '⚠', fail: '✗' };

/** The report as the table `npx hero-elements doctor` prints. */
export function formatDoctorReport(report: DoctorReport): string {
  const lines: string[] = [];
  lines.push(`Hero Elements doctor: ${report.baseUrl}, practice group ${report.practiceGroupId}`);
  const how =
    report.auth === 'proxy'
      ? 'as proxy mode calls Hero (API key, server-side)'
      : report.credentials === 'api-key'
        ? 'with the API key, as proxy mode calls Hero (the elements’ token was refused)'
        : 'as the elements call Hero (access token as Bearer)';
  lines.push(`Checked ${how}${report.origin ? `, for pages on ${report.origin}` : ''}.`, '');
  const titleWidth = Math.max(...report.checks.map((c) => c.title.length));
  const requestWidth = Math.max(...report.checks.map((c) => c.request.length));
  for (const check of report.checks) {
    lines.push(`${SYMBOLS[check.status]} ${check.title.padEnd(titleWidth)}  ${check.request.padEnd(requestWidth)}  ${check.detail}`);
    for (const difference of check.differences) {
      const times = difference.count > 1 ? ` (×${difference.count})` : '';
      lines.push(`    ${SYMBOLS[difference.status]} ${difference.path}: ${difference.problem}${times}`);
    }
    if (check.action) lines.push(`    → ${check.action}`);
  }
  const { pass, warn, fail } = report.counts;
  lines.push('', `${plural(pass, 'check')} passed, ${plural(warn, 'warning')}, ${fail} failed.`);
  if (!report.ok) lines.push('What to send Hero when the kit and your tenant differ: README, “Going live”.');
  return lines.join('\n');
}

// ───────── Small helpers ─────────

function checkOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError('hero-elements doctor: --origin must be an origin such as https://partner.example.');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname.length > 1 || url.search || url.hash || url.username) {
    throw new TypeError('hero-elements doctor: --origin must be an origin such as https://partner.example (no path).');
  }
  return url.origin;
}

/** A header's comma-separated list; lower-cased when names are case-insensitive (headers), kept for methods. */
function tokens(value: string | null, lower: boolean): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (lower ? part.toLowerCase() : part));
}

function listLength(value: unknown): number | undefined {
  return isRecord(value) && Array.isArray(value['data']) ? value['data'].length : undefined;
}

function idOf(item: unknown): string | undefined {
  const value = isRecord(item) ? item['id'] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Printable text only, and not much of it. */
const clean = (text: string): string => text.replace(/[^\x20-\x7e]/g, '?').slice(0, 80);

function scrubDeep<T>(value: T, secrets: readonly (string | undefined)[]): T {
  if (typeof value === 'string') return redact(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, secrets)) as T;
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, secrets)])) as T;
  return value;
}
