/**
 * `npx hero-elements doctor` in Node: against the project's mock (which answers as the kit
 * expects), against a variant that answers in shapes that differ (each difference must be named,
 * by path and problem, never by value), behind a CORS gateway with and without the right headers,
 * and with a key that Hero accepts only server-side (proxy mode).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { apiKeyAuth } from '../../demo/mock-api-key.js';
import {
  appointmentTypes,
  handlers,
  MOCK_API_KEY,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  patients,
  resetMockDb,
  toListPatient,
} from '../../mock/index.js';
import { main } from '../../src/server/cli.js';
import { DOCTOR_DOB, DOCTOR_NHS_NUMBER, type DoctorReport } from '../../src/server/doctor.js';
import { ELEMENT_OPERATIONS } from '../../src/server/operations.js';
import { isValidNhsNumber } from '../../src/domain/nhs-number.js';

const mockApi = setupServer(...handlers);
const ORIGIN = 'https://partner.example';
/** Every access token the mock minted in this test, and every request it saw. */
const tokens: string[] = [];
const seen: Request[] = [];
mockApi.events.on('request:start', ({ request }) => void seen.push(request.clone()));
mockApi.events.on('response:mocked', async ({ request, response }) => {
  if (new URL(request.url).pathname === '/v1/access_token' && response.ok)
    tokens.push(((await response.clone().json()) as { access_token: string }).access_token);
});

interface Run {
  status: number;
  out: string;
  err: string;
}

/** Runs the command line as a partner would, with the mock's key in the environment. */
async function doctor(
  args: string[] = [],
  { fetch, env = {} }: { fetch?: typeof globalThis.fetch; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(['doctor', ...args], {
    env: { HERO_API_KEY: MOCK_API_KEY, HERO_PRACTICE_GROUP_ID: MOCK_PRACTICE_GROUP_ID, ...env },
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    ...(fetch ? { fetch } : {}),
  });
  return { status, out: out.join('\n'), err: err.join('\n') };
}
const onMock = ['--base-url', MOCK_BASE_URL];
const json = async (args: string[], options?: Parameters<typeof doctor>[1]) =>
  JSON.parse((await doctor([...onMock, '--json', ...args], options)).out) as DoctorReport;
const check = (report: DoctorReport, id: string) => report.checks.find((c) => c.id === id)!;
/** The lines of the table that start with a status symbol, by title. */
const line = (out: string, title: string) => out.split('\n').find((l) => /^[✓⚠✗] /.test(l) && l.slice(2).startsWith(title)) ?? '';

/** Nothing secret or personal in what the doctor printed. */
function assertNothingLeaked(text: string, values: string[] = []): void {
  assert.ok(!text.includes(MOCK_API_KEY), 'no API key');
  for (const token of tokens) assert.ok(!text.includes(token), 'no access token');
  for (const value of values) assert.ok(!text.includes(value), `no value from the answers (${value})`);
}

interface Cors {
  allowOrigin?: string;
  allowMethods?: string;
  allowHeaders?: string;
  /** Paths whose answers carry no Access-Control-Allow-Origin. */
  bareAnswers?: string[];
}

/** A gateway in front of the mock that answers CORS as Hero's might (the mock itself has no CORS). */
function corsGateway({
  allowOrigin,
  allowMethods = 'GET, POST, PATCH, PUT',
  allowHeaders = 'authorization, content-type, x-practice-group-id, accept',
  bareAnswers = [],
}: Cors = {}): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const origin = request.headers.get('origin');
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          'access-control-allow-origin': allowOrigin ?? origin ?? '',
          'access-control-allow-methods': allowMethods,
          'access-control-allow-headers': allowHeaders,
          'access-control-max-age': '600',
        },
      });
    }
    const response = await globalThis.fetch(request);
    const headers = new Headers(response.headers);
    if (origin && !bareAnswers.includes(new URL(request.url).pathname)) {
      headers.set('access-control-allow-origin', allowOrigin ?? origin);
      headers.set('access-control-expose-headers', 'retry-after');
    }
    return new Response(response.body, { status: response.status, headers });
  };
}

describe('npx hero-elements doctor', () => {
  before(() => mockApi.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    mockApi.resetHandlers();
    resetMockDb();
    tokens.length = 0;
    seen.length = 0;
  });
  after(() => mockApi.close());

  describe('against the project’s mock', () => {
    it('passes every check, and says CORS was not checked without an origin', async () => {
      const run = await doctor(onMock);
      assert.equal(run.status, 0, run.out + run.err);
      for (const title of [
        'Access token',
        'Bearer token',
        'Appointment types',
        'Locations',
        'Practitioners',
        'Slots',
        'Message templates',
        'Assignees',
        'SMS credits',
        'A form',
        'Patient search',
      ]) {
        assert.match(line(run.out, title), /^✓ /, title);
      }
      assert.match(line(run.out, 'CORS'), /^⚠ .*not checked: no origin given/);
      assert.match(run.out, /→ Run again with --origin/);
      assert.match(run.out, /11 checks passed, 1 warning, 0 failed\./);
      assertNothingLeaked(run.out);
      assert.equal(tokens.length, 1, 'one token minted');
    });

    it('passes the CORS checks behind a gateway that allows the origin, every header and method', async () => {
      const run = await doctor([...onMock, '--origin', ORIGIN], { fetch: corsGateway() });
      assert.equal(run.status, 0, run.out);
      for (const method of ['GET', 'POST', 'PATCH', 'PUT'])
        assert.match(line(run.out, `CORS preflight ${method}`), /^✓ .*allowed from https:\/\/partner\.example/, method);
      assert.match(line(run.out, 'CORS on answers'), /^✓ /);
      assert.doesNotMatch(run.out, /^[⚠✗]/m);
    });

    it('reads only: GETs, OPTIONS and one token, and the patient search is one no real patient can match', async () => {
      await doctor([...onMock, '--origin', ORIGIN], { fetch: corsGateway() });
      const methods = new Set(seen.map((r) => `${r.method} ${new URL(r.url).pathname === '/v1/access_token' ? 'token' : ''}`.trim()));
      assert.deepEqual([...methods].sort(), ['GET', 'POST token']);
      const search = seen.find((r) => new URL(r.url).pathname === '/v3/patients')!;
      const query = new URL(search.url).searchParams;
      assert.equal(query.get('nhs_number'), DOCTOR_NHS_NUMBER);
      assert.equal(query.get('dob'), DOCTOR_DOB);
      assert.ok(isValidNhsNumber(DOCTOR_NHS_NUMBER), 'passes Modulus 11, so the API has no reason to refuse it');
      assert.ok(DOCTOR_NHS_NUMBER.startsWith('999'), 'from the test range, never issued to a person');
      assert.ok(!patients.some((p) => p.nhs_number === DOCTOR_NHS_NUMBER), 'and on no mock patient either');
    });

    it('checks every endpoint through the elements’ own operations, with the elements’ headers', async () => {
      await doctor(onMock);
      for (const request of seen.filter((r) => r.method === 'GET' && new URL(r.url).pathname !== '/v1/forms')) {
        const path = new URL(request.url).pathname.replace(/\/\d+$/, '/{id}');
        assert.ok(
          ELEMENT_OPERATIONS.some((o) => o.method === 'GET' && o.path === path),
          `GET ${path} is an element's call`,
        );
        assert.match(request.headers.get('authorization') ?? '', /^Bearer /);
        assert.equal(request.headers.get('x-practice-group-id'), MOCK_PRACTICE_GROUP_ID);
        assert.equal(request.headers.get('x-api-key'), null, 'the key only goes to the token endpoint');
      }
    });

    it('checks the first form by default, and the one asked for with --form-id', async () => {
      await doctor(onMock);
      assert.ok(
        seen.some((r) => new URL(r.url).pathname === '/v1/forms'),
        'listed the forms',
      );
      const first = seen.find((r) => /^\/v1\/forms\/\d+$/.test(new URL(r.url).pathname));
      assert.equal(new URL(first!.url).pathname, '/v1/forms/601');
      seen.length = 0;
      await doctor([...onMock, '--form-id', '602']);
      assert.ok(!seen.some((r) => new URL(r.url).pathname === '/v1/forms'), 'no list needed');
      assert.ok(seen.some((r) => new URL(r.url).pathname === '/v1/forms/602'));
    });

    it('prints JSON for CI with --json, holding no key or token', async () => {
      const run = await doctor([...onMock, '--json']);
      const report = JSON.parse(run.out) as DoctorReport;
      assert.equal(report.ok, true);
      assert.equal(report.credentials, 'bearer');
      assert.deepEqual(report.counts, { pass: 11, warn: 1, fail: 0 });
      assert.equal(check(report, 'slots').status, 'pass');
      assertNothingLeaked(run.out);
    });
  });

  describe('against a variant mock that answers in other shapes', () => {
    /** The mock's first appointment type, in the shape Hero documents; the variants below differ from it on purpose. */
    const DOCUMENTED_TYPE = appointmentTypes[0]!;
    const { slot_count: _slotCount, ...withoutSlotCount } = DOCUMENTED_TYPE;
    const SENTINELS = ['Zebedee', 'Quillfeather', 'd8f1c2e4-uuid-not-digits', 'Shh-secret-template-text', '7777'];
    const variant = [
      http.get('*/v1/appointment_types', () =>
        HttpResponse.json({
          // count left out; one type with an unknown sector and no slot_count; one whose id is no id
          data: [
            { ...withoutSlotCount, id: 101, name: 'Zebedee clinic', partner_slot_name: '', sector: 'private' },
            { ...DOCUMENTED_TYPE, id: 'not an id!', name: 'Zebedee', partner_slot_name: '', slot_count: 3 },
          ],
        }),
      ),
      http.get('*/v1/locations', () => HttpResponse.json({ results: [{ id: '301', name: 'Quillfeather House' }], total: 1 })),
      http.get('*/v1/practitioners', () =>
        HttpResponse.json({ data: [{ id: '201', title: 'Dr', last_name: 'Quillfeather', practitioner_type: 'GP' }], count: 1 }),
      ),
      http.get('*/v1/slots', () =>
        HttpResponse.json({
          data: [1, 2, 3].map((n) => ({
            id: `${n}`,
            practitioner_id: '201',
            appointment_type_id: '101',
            location_id: '301',
            start_time: 1_900_000_000 + n * 600,
            finish_time: 1_900_000_600 + n * 600,
          })),
          count: 3,
        }),
      ),
      http.get('*/v1/templates', () =>
        HttpResponse.json({
          data: [
            {
              id: '501',
              name: 'Zebedee reminder',
              content: 'Shh-secret-template-text',
              link: 'sms_link',
              type: 'hero',
              send_follow_up_one: false,
              send_follow_up_two: false,
            },
          ],
          count: 1,
        }),
      ),
      http.get('*/v1/messages/assignee/collection', () =>
        HttpResponse.json([{ label: 'Zebedee', value: 1, type: 'Admin', key: 'Admin-1' }]),
      ),
      http.get('*/v1/me/sms-credits', () => HttpResponse.json({ balance: 7777 })),
      http.get('*/v1/forms', () => HttpResponse.json({ data: [{ id: '777', title: 'Zebedee form' }], count: 1 })),
      http.get('*/v1/forms/:id', () =>
        HttpResponse.json({
          id: '777',
          form_type: 'questionnaire',
          title: 'Zebedee form',
          description: '',
          fields: [
            { form_question_id: '1', name: 'Sign here, Zebedee', type: 'signature', required: true },
            { name: 'Quillfeather question', type: 'string' },
          ],
        }),
      ),
      http.get('*/v3/patients', () => HttpResponse.json({ error: true, statusCode: 404, message: 'Not Found' }, { status: 404 })),
    ];

    let run: Run;
    let report: DoctorReport;
    before(async () => {
      mockApi.use(...variant);
      run = await doctor(onMock);
      report = (await json([])) as DoctorReport;
      mockApi.resetHandlers();
    });

    it('fails, with a non-zero exit', () => {
      assert.equal(run.status, 1);
      assert.equal(report.ok, false);
      assert.match(run.out, /What to send Hero when the kit and your tenant differ: README, “Going live”\./);
    });

    /** Each difference as the table prints it: symbol, path, problem (and how often). */
    const expected: [check: string, symbol: string, difference: string][] = [
      ['Appointment types', '✗', '$.data[*].id: expected an id, got other text; item skipped'],
      ['Appointment types', '⚠', '$.data[*].sector: unexpected value (expected one of nhs, paid)'],
      ['Appointment types', '⚠', '$.data[*].slot_count: absent (the elements use a default)'],
      ['Appointment types', '⚠', '$.count: absent (the elements use a default)'],
      ['Locations', '✗', '$.data: missing; the elements cannot use this answer'],
      ['Practitioners', '⚠', '$.data[*].first_name: absent (the elements use a default)'],
      ['Slots', '✗', '$.data[*].start_time: expected a date-time, got number; item skipped (×3)'],
      ['Message templates', '⚠', '$.data[*].link: unexpected value (expected one of no_link, booking, form)'],
      ['Message templates', '⚠', '$.data[*].sms_snomed_code: absent (the elements use a default)'],
      ['Assignees', '✗', '$: expected an object, got array; the elements cannot use this answer'],
      ['SMS credits', '✗', '$.credits: missing; the elements cannot use this answer'],
      ['A form', '⚠', '$.fields[*].type: unexpected value (shown as a text question)'],
      ['A form', '✗', '$.fields[*].form_question_id: missing; item skipped'],
      ['A form', '⚠', '$.patient_title: absent (the elements use a default)'],
    ];
    for (const [title, symbol, difference] of expected) {
      it(`names ${title}: ${difference}`, () => {
        const lines = run.out.split('\n');
        const start = lines.findIndex((l) => /^[✓⚠✗] /.test(l) && l.slice(2).startsWith(title));
        assert.ok(start >= 0, `a row for ${title}`);
        const end = lines.findIndex((l, i) => i > start && /^[✓⚠✗] /.test(l));
        const block = lines.slice(start + 1, end < 0 ? undefined : end);
        assert.ok(block.includes(`    ${symbol} ${difference}`), `${title} names "${difference}":\n${block.join('\n')}`);
      });
    }

    it('marks a row failed when the elements would lose data, and warned when they cope', () => {
      assert.match(line(run.out, 'Appointment types'), /^✗ .*HTTP 200; 1 item; 4 differences \(1 the kit cannot work around\)/);
      assert.match(line(run.out, 'Practitioners'), /^⚠ .*1 difference the elements cope with/);
      assert.match(line(run.out, 'Message templates'), /^⚠ /);
      assert.equal(check(report, 'locations').action?.startsWith('Send this report (--json) to Hero'), true);
    });

    it('names an endpoint the tenant does not have', () => {
      assert.match(line(run.out, 'Patient search'), /^✗ .*not found \(HTTP 404\): this API does not have the endpoint the elements call/);
    });

    it('gives the same differences, with their paths and counts, in --json', () => {
      const slots = check(report, 'slots');
      assert.equal(slots.status, 'fail');
      assert.deepEqual(slots.differences, [
        { path: '$.data[*].start_time', problem: 'expected a date-time, got number; item skipped', count: 3, status: 'fail' },
      ]);
    });

    it('prints no value from the answers, nor the key or a token', () => {
      assertNothingLeaked(run.out, SENTINELS);
      assertNothingLeaked(JSON.stringify(report), SENTINELS);
    });
  });

  describe('a patient search that matches someone after all', () => {
    it('warns, and shows nothing about the records', async () => {
      const someone = patients.find((p) => p.first_name && p.nhs_number)!;
      mockApi.use(http.get('*/v3/patients', () => HttpResponse.json({ data: [toListPatient(someone)], count: 1 })));
      const run = await doctor(onMock);
      assert.match(
        line(run.out, 'Patient search'),
        /^⚠ .*1 record matched a test-range NHS number and date of birth, where none should \(nothing about them is shown\)/,
      );
      assertNothingLeaked(run.out, [someone.first_name!, someone.last_name!, someone.nhs_number!, someone.dob!.slice(0, 10)]);
    });
  });

  describe('CORS that would block the elements', () => {
    it('names the missing header, a method listed in the wrong case, and answers without Access-Control-Allow-Origin', async () => {
      const fetch = corsGateway({
        allowMethods: 'get, post, patch',
        allowHeaders: 'Authorization, Content-Type',
        bareAnswers: ['/v1/slots'],
      });
      const run = await doctor([...onMock, '--origin', ORIGIN], { fetch });
      assert.equal(run.status, 1);
      assert.match(line(run.out, 'CORS preflight GET'), /^✗ /);
      assert.match(run.out, /✗ access-control-allow-headers: does not allow x-practice-group-id/);
      assert.match(line(run.out, 'CORS preflight PATCH'), /^✗ /);
      assert.match(run.out, /✗ access-control-allow-methods: lists patch, not PATCH: browsers compare methods exactly/);
      assert.match(line(run.out, 'CORS preflight PUT'), /^⚠ /, 'no element uses PUT yet');
      assert.match(
        run.out,
        /✗ GET \/v1\/slots: access-control-allow-origin: missing: the browser will not let the element read the answer/,
      );
      assert.match(run.out, /→ Ask Hero to allow https:\/\/partner\.example/);
    });

    it('does not take * as allowing Authorization (the Fetch standard does not)', async () => {
      const run = await doctor([...onMock, '--origin', ORIGIN], { fetch: corsGateway({ allowHeaders: '*', allowOrigin: '*' }) });
      assert.match(run.out, /access-control-allow-headers: does not allow authorization/);
      assert.doesNotMatch(run.out, /does not allow x-practice-group-id/);
    });

    it('names another origin', async () => {
      const run = await doctor([...onMock, '--origin', ORIGIN], { fetch: corsGateway({ allowOrigin: 'https://hero.example' }) });
      assert.match(run.out, /✗ access-control-allow-origin: names another origin/);
    });
  });

  describe('a key Hero accepts only from servers', () => {
    const bearerRefused = () => [
      http.all(/\/v\d+\//, ({ request }) =>
        request.headers.has('authorization')
          ? HttpResponse.json({ error: true, statusCode: 403, message: 'Forbidden' }, { status: 403 })
          : undefined,
      ),
      apiKeyAuth(),
    ];

    it('fails the Bearer check, says to use proxy mode, and still checks the shapes with the key', async () => {
      mockApi.use(...bearerRefused());
      const run = await doctor(onMock);
      assert.equal(run.status, 1);
      assert.match(line(run.out, 'Bearer token'), /^✗ .*Hero refused the elements’ token \(HTTP 403\)/);
      assert.match(run.out, /→ Browsers cannot call Hero with this key: use proxy mode \(createProxyHandler/);
      assert.match(line(run.out, 'Slots'), /^✓ .*as the kit expects \(checked with the API key, as the proxy calls Hero\)/);
      assert.match(run.out, /Checked with the API key, as proxy mode calls Hero \(the elements’ token was refused\)/);
      assertNothingLeaked(run.out);
    });

    it('passes with --proxy: every endpoint through the API key, no token minted, no CORS needed', async () => {
      mockApi.use(...bearerRefused());
      const run = await doctor([...onMock, '--proxy', '--origin', ORIGIN]);
      assert.equal(run.status, 0, run.out);
      assert.match(run.out, /Checked as proxy mode calls Hero \(API key, server-side\)/);
      assert.doesNotMatch(run.out, /Access token|Bearer token|CORS/);
      assert.equal(tokens.length, 0);
      assert.ok(seen.every((r) => r.headers.get('authorization') === null));
    });

    it('says so when Hero refuses the key itself', async () => {
      const run = await doctor(onMock, { env: { HERO_API_KEY: 'not-the-key' } });
      assert.equal(run.status, 1);
      assert.match(line(run.out, 'Access token'), /^✗ .*HTTP 401.*Check the API key/);
      assert.match(line(run.out, 'Slots'), /^⚠ .*not checked: Hero accepted neither the token nor the API key/);
      assert.ok(!run.out.includes('not-the-key'));
    });
  });

  describe('when Hero is slow or down', () => {
    it('gives up on a hung endpoint after --timeout, names it, and finishes the rest', { timeout: 10_000 }, async () => {
      mockApi.use(
        http.get('*/v1/templates', async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
      );
      const run = await doctor([...onMock, '--timeout', '0.2']);
      assert.equal(run.status, 1);
      assert.match(line(run.out, 'Message templates'), /^✗ .*no answer in time/);
      assert.match(line(run.out, 'SMS credits'), /^✓ /);
    });

    it('names a refusal of the kit’s query by its paths and codes', async () => {
      mockApi.use(
        http.get('*/v1/slots', () =>
          HttpResponse.json(
            { error: true, statusCode: 400, message: [{ code: 'invalid_string', expected: 'YYYY-MM-DD', path: ['start_date'] }] },
            { status: 400 },
          ),
        ),
      );
      const run = await doctor(onMock);
      assert.match(line(run.out, 'Slots'), /^✗ .*Hero refused the elements’ query \(HTTP 400\)/);
      assert.match(run.out, /✗ start_date: invalid_string \(expected YYYY-MM-DD\)/);
    });
  });

  describe('the command line', () => {
    it('asks for what is missing, with exit status 2', async () => {
      const run = await doctor([], { env: { HERO_API_KEY: undefined, HERO_PRACTICE_GROUP_ID: undefined } });
      assert.equal(run.status, 2);
      assert.match(run.err, /Set HERO_API_KEY, HERO_PRACTICE_GROUP_ID, HERO_ENV \(or --base-url\) first/);
    });

    it('refuses options it cannot use, without printing the key', async () => {
      for (const args of [['--origin', 'not a url'], ['--form-id', 'abc'], ['--timeout', 'soon'], ['--no-such-option']]) {
        const run = await doctor([...onMock, ...args]);
        assert.equal(run.status, 2, args.join(' '));
        assertNothingLeaked(run.err + run.out);
      }
      const env = await doctor([], { env: { HERO_ENV: 'prod' } });
      assert.equal(env.status, 2);
      assert.match(env.err, /env must be "production" or "staging"/);
      const spaced = await doctor(onMock, { env: { HERO_API_KEY: `${MOCK_API_KEY}\n` } });
      assert.equal(spaced.status, 2);
      assertNothingLeaked(spaced.err);
    });

    it('reads the key from the environment only', async () => {
      const run = await doctor([...onMock, '--api-key', MOCK_API_KEY]);
      assert.equal(run.status, 2);
      assertNothingLeaked(run.err);
    });

    it('is the package’s bin, and runs through a link as npx runs it', async () => {
      const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin?: Record<string, string> };
      assert.equal(pkg.bin?.['hero-elements'], './dist/server/cli.js');
      assert.ok(existsSync('dist/server/cli.js'), 'dist/ is missing: run `npm run build` first');
      assert.match(readFileSync('dist/server/cli.js', 'utf8'), /^#!\/usr\/bin\/env node\n/);
      const dir = mkdtempSync(join(tmpdir(), 'hero-bin-'));
      try {
        symlinkSync(resolve('dist/server/cli.js'), join(dir, 'hero-elements'));
        const { stdout } = await promisify(execFile)(process.execPath, [join(dir, 'hero-elements'), '--help']);
        assert.match(stdout, /Usage: npx hero-elements doctor/);
        const missing = await promisify(execFile)(process.execPath, [join(dir, 'hero-elements'), 'doctor'], {
          env: { PATH: process.env['PATH'] ?? '' },
        }).catch((error: { code: number; stderr: string }) => error);
        assert.equal((missing as { code: number }).code, 2);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
