/**
 * The response decoders (src/api/decode.ts): the documented variants are accepted, what cannot be
 * used is refused or skipped, and what is noticed names paths and problems, never values.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HeroError } from '../../src/api/errors.js';
import { readFileSync } from 'node:fs';
import { decode, decoderFor, registerDecoders, type DecodeIssue, type Reader } from '../../src/api/decode.js';
import { DECODERS, type Decoded, type DecodedOperation } from '../../src/api/decoders/index.js';
import { docExamples, operationsWithoutDocExample } from '../../mock/doc-examples/index.js';

const SLOT = {
  id: '9001',
  practitioner_id: '301',
  appointment_type_id: '101',
  location_id: '201',
  start_time: '2026-12-08T09:00:00.000Z',
  finish_time: '2026-12-08T09:10:00.000Z',
};

const run = <K extends DecodedOperation>(key: K, value: unknown): { value: Decoded<K>; issues: DecodeIssue[] } =>
  decode(DECODERS[key] as Reader<Decoded<K>>, value);

describe('decoders', () => {
  it('takes ids as strings or whole numbers and gives strings', () => {
    const { value, issues } = run('GET /v1/slots', { data: [{ ...SLOT, id: 9001, practitioner_id: 301 }], count: 1 });
    assert.equal(value.data[0]!.id, '9001');
    assert.equal(value.data[0]!.practitioner_id, '301');
    assert.deepEqual(issues, []);
  });

  it('skips a slot it cannot use, keeps the rest, and says where', () => {
    const { value, issues } = run('GET /v1/slots', {
      data: [
        SLOT,
        { ...SLOT, id: '9002', start_time: 'soon' },
        { ...SLOT, id: '' },
        { ...SLOT, id: '9004', finish_time: '2026-12-08T08:00:00.000Z' },
      ],
      count: 4,
    });
    assert.deepEqual(
      value.data.map((s) => s.id),
      ['9001'],
    );
    assert.deepEqual(
      issues.map((i) => i.path),
      ['$.data[1].start_time', '$.data[2].id', '$.data[3].finish_time'],
    );
    assert.ok(issues.every((i) => i.problem.endsWith('item skipped')));
  });

  it('keeps an id that is not digits, as Hero\'s own examples write it ("string"), and notes it', () => {
    const { value, issues } = run('GET /v1/slots/{id}', { ...SLOT, id: 'string' });
    assert.equal(value.id, 'string');
    assert.deepEqual(issues, [{ path: '$.id', problem: 'not digits as documented (kept as written)' }]);
    for (const bad of [null, {}, [], '  ', true]) assert.throws(() => run('GET /v1/slots/{id}', { ...SLOT, id: bad }), HeroError);
  });

  it('never puts a value in what it notices', () => {
    const secret = 'Jane Smith 07700 900123';
    const issues: DecodeIssue[] = [];
    try {
      run('GET /v1/slots', { data: [{ ...SLOT, start_time: secret, id: secret }], count: secret });
    } catch {
      // (not reached: a bad item is skipped)
    }
    const { issues: found } = run('GET /v1/slots', { data: [{ ...SLOT, start_time: secret }], count: secret });
    issues.push(...found);
    assert.ok(issues.length > 0);
    assert.ok(!JSON.stringify(issues).includes('Jane'));
    assert.ok(!JSON.stringify(issues).includes('07700'));
  });

  it('refuses a read whose answer cannot be used at all, with a HeroError naming no value', () => {
    for (const [key, value] of [
      ['GET /v1/patients/{id}', null],
      ['GET /v1/forms/{id}', { id: '601', title: 'Smoking', form_type: 'questionnaire' }],
      ['GET /v1/slots', 'Jane Smith'],
      ['GET /v1/appointments/{id}', { id: '1' }],
    ] as const) {
      assert.throws(
        () => run(key, value),
        (error: unknown) => error instanceof HeroError && error.code === 'server' && !error.message.includes('Jane'),
        key,
      );
    }
  });

  it('reads patients through the one normaliser, in every list and single shape', () => {
    const v3 = run('GET /v3/patients', {
      data: [{ hero_id: 401, dob: '1985-03-14T00:00:00Z', line_1: '17 Gloucester Road', identifiers: [] }],
      count: 1,
    });
    assert.equal(v3.value.data[0]!.id, '401');
    assert.equal(v3.value.data[0]!.dob, '1985-03-14');
    assert.equal(v3.value.data[0]!.address_line_1, '17 Gloucester Road');
    const v1 = run('GET /v1/patients/{id}', {
      id: '404',
      restricted: true,
      mobile: '07700900321',
      postcode: 'BS35 2HR',
      dob: '1979-09-05',
    });
    assert.equal('postcode' in v1.value, false);
    assert.equal(v1.value.has_mobile, true);
  });

  it('accepts absent optional fields, with the documented defaults', () => {
    const { value } = run('GET /v1/appointment_types', { data: [{ id: '101', name: 'GP', duration: 10 }] });
    assert.equal(value.count, 1);
    const type = value.data[0]!;
    assert.equal(type.form_id, null);
    assert.equal(type.price, 0);
    assert.equal(type.sector, 'nhs');
    assert.equal(type.video, false);
  });

  it('notes an unlisted enum value and keeps the item', () => {
    const { value, issues } = run('GET /v1/templates', {
      data: [{ id: 1, name: 'Reminder', content: 'Hi', link: 'video', type: 'hero' }],
      count: 1,
    });
    assert.equal(value.data[0]!.link, 'no_link');
    assert.deepEqual(issues, [{ path: '$.data[0].link', problem: 'unexpected value (expected one of no_link, booking, form)' }]);
  });

  it('keeps a form question of an unknown type, and a form without usable questions is refused', () => {
    const form = { id: '601', title: 'T', form_type: 'questionnaire', fields: [{ form_question_id: 1, name: 'Q', type: 'signature' }] };
    const { value, issues } = run('GET /v1/forms/{id}', form);
    assert.equal(value.fields.length, 1);
    assert.equal(issues[0]!.path, '$.fields[0].type');
    assert.throws(() => run('GET /v1/forms/{id}', { ...form, fields: null }), HeroError);
  });

  it('never refuses the answer to a change: the change happened', () => {
    assert.equal(run('PATCH /v1/appointments/{id}/book', undefined).value, undefined);
    assert.equal(run('PATCH /v1/appointments/{id}/book', { ok: true }).value, undefined);
    assert.equal(run('POST /v1/appointments', {}).value, null);
    assert.equal(run('POST /v1/forms/{id}/response', '').value, undefined);
    const sent = run('POST /v1/messages/send', { content: 'Hi' });
    assert.equal(sent.value.message_id, null);
    assert.equal(run('POST /v1/messages/send', null).value.message_id, null);
  });

  it('reads the PDS answer either way', () => {
    assert.deepEqual(run('POST /v1/patients/register_pds', { patient_id: 411 }).value, { patient_id: '411' });
    assert.deepEqual(run('POST /v1/patients/register_pds', { message: 'Verify', login_url: 'https://login.nhs.uk/x' }).value, {
      message: 'Verify',
      login_url: 'https://login.nhs.uk/x',
    });
  });

  it('finds registered decoders by method and path template', () => {
    assert.equal(decoderFor('GET', '/v1/slots'), undefined, 'nothing is decoded until registered');
    registerDecoders({ 'GET /v1/slots': DECODERS['GET /v1/slots'] });
    assert.equal(decoderFor('get', '/v1/slots'), DECODERS['GET /v1/slots']);
    assert.equal(decoderFor('GET', '/v1/unknown'), undefined);
  });

  it("reads a patient's appointments with their state, worked out from the dates when the state is missing or unknown", () => {
    const base = {
      practitioner_id: '201',
      location_id: '301',
      appointment_type_id: '101',
      duration: 10,
      start_time: '2026-12-08T09:00:00.000Z',
    };
    const future = new Date(Date.now() + 60_000).toISOString();
    const { value, issues } = run('GET /v2/appointments', {
      data: [
        { ...base, id: '1', status: 'booked', booking_confirmed_at: '2026-12-01T10:00:00Z', cancelled_at: null },
        { ...base, id: '2', booking_confirmed_at: '2026-12-01T10:00:00Z', cancelled_at: '2026-12-02T10:00:00Z' },
        { ...base, id: '3', status: 'on_hold', reserved_until: future },
        { ...base, id: '4', reserved_until: '2026-01-01T00:00:00Z' },
        { ...base, id: '5', practitioner_id: null },
      ],
      count: 5,
    });
    assert.deepEqual(
      value.data.map((a) => [a.id, a.status]),
      [
        ['1', 'booked'],
        ['2', 'cancelled'],
        ['3', 'reserved'],
        ['4', 'expired'],
      ],
    );
    assert.equal(value.data[1]!.cancelled_at, '2026-12-02T10:00:00Z');
    assert.deepEqual(
      issues.map((i) => i.path),
      ['$.data[2].status', '$.data[4].practitioner_id'],
    );
    const status = run('GET /v1/appointments/{id}/status', { id: 9001, status: 'cancelled', cancelled_at: '2026-12-02T10:00:00Z' }).value;
    assert.deepEqual(status, {
      id: '9001',
      status: 'cancelled',
      reserved_until: null,
      booking_confirmed_at: null,
      cancelled_at: '2026-12-02T10:00:00Z',
    });
  });

  it('keeps the video address of an appointment and never refuses the answer to an edit, reschedule or cancel', () => {
    const appointment = {
      id: '9001',
      practitioner_id: '201',
      location_id: '301',
      appointment_type_id: '103',
      start_time: '2026-12-08T09:00:00Z',
      video: true,
      video_url: 'https://video.example/abc',
    };
    assert.equal(run('GET /v1/appointments/{id}', appointment).value.video_url, 'https://video.example/abc');
    for (const key of [
      'PUT /v1/appointments/{id}',
      'PATCH /v1/appointments/{id}/reschedule',
      'PATCH /v1/appointments/{id}/cancel',
    ] as const) {
      assert.equal(run(key, undefined).value, undefined, key);
      assert.equal(run(key, '').value, undefined, key);
      assert.equal(run(key, { id: '9001' }).value, undefined, key);
      assert.equal(run(key, appointment).value?.id, '9001', key);
    }
  });

  it('reads sent messages, skipping one whose patient cannot be read, with every delivery and write-to-record state kept', () => {
    const item = {
      id: '30001',
      patient: { id: '401', title: 'Mrs', first_name: 'Olivia', last_name: 'Bennett', mobile: '07700900123' },
      write_to_record: { write_to_record_at: null, status: 'failed', failure_reason: 'EHR unavailable' },
      short_link: null,
      campaign: null,
      created_at: '2026-12-01T10:00:00Z',
      sent_at: '2026-12-01T10:00:05Z',
      scheduled_at: null,
      status: 'fatal',
      sent_by: 'Karen Price',
      recipient_contact_detail: '07700900123',
      message_type: 'sms',
    };
    const { value, issues } = run('GET /v2/sent_messages', { data: [item, { ...item, id: '30002', patient: null }], count: 2 });
    assert.equal(value.data.length, 1);
    assert.equal(value.data[0]!.write_to_record.status, 'failed');
    assert.equal(value.data[0]!.status, 'fatal');
    assert.equal('mobile' in value.data[0]!.patient, false, 'the patient object is allow-listed');
    assert.deepEqual(
      issues.map((i) => i.path),
      ['$.data[1].patient'],
    );
  });

  it('reads one message with its sender, and an unknown delivery state as pending (noted)', () => {
    const { value, issues } = run('GET /v1/messages/{id}', {
      id: '30001',
      patient: { id: '401', title: null, first_name: 'Olivia', last_name: 'Bennett' },
      write_to_record: { write_to_record_at: null, status: null, failure_reason: null, snomed_code: '185316007' },
      created_at: '2026-12-01T10:00:00Z',
      sent_at: null,
      scheduled_at: null,
      status: 'queued',
      sent_by_admin: { id: 23, first_name: 'Karen', last_name: 'Price' },
    });
    assert.equal(value.status, 'pending');
    assert.deepEqual(value.sent_by_admin, { id: '23', first_name: 'Karen', last_name: 'Price' });
    assert.equal(value.write_to_record.snomed_code, '185316007');
    assert.deepEqual(
      issues.map((i) => i.path),
      ['$.status'],
    );
  });

  it("never refuses the answer to creating a link, and reads a link's status", () => {
    assert.deepEqual(run('POST /v1/booking_links', { id: 70001, url: 'https://book.example/x' }).value, {
      id: '70001',
      url: 'https://book.example/x',
      expires_at: null,
    });
    assert.deepEqual(run('POST /v1/form_links', null).value, { id: null, url: null, expires_at: null });
    assert.deepEqual(run('POST /v1/attachment_links', { attachment_uuid: 'abc' }).value, { id: null, attachment_uuid: 'abc', url: null });
    assert.deepEqual(run('GET /v1/links/status', { id: '70001', type: 'booking', status: 'used' }).value, {
      id: '70001',
      type: 'booking',
      name: null,
      status: 'used',
    });
  });

  it('reads the practice: name, phone and address', () => {
    const { value } = run('GET /v1/me', {
      id: '1001',
      name: 'Millbrook Medical Practice',
      phone: '01454 000000',
      address: { line_1: '42 High Street', postcode: 'BS35 2AQ' },
    });
    assert.equal(value.name, 'Millbrook Medical Practice');
    assert.equal(value.phone, '01454 000000');
    assert.equal(value.sector, undefined);
    assert.deepEqual(value.address, { line_1: '42 High Street', line_2: null, town: null, county: null, postcode: 'BS35 2AQ' });
    assert.throws(() => run('GET /v1/me', { id: '1001' }), HeroError);
  });
});

describe("Hero's documented response examples (mock/doc-examples)", () => {
  const load = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../mock/doc-examples/${file}`, import.meta.url), 'utf8'));

  it('covers every operation the kit decodes: an example, or the reason Hero shows none', () => {
    const covered = new Set([...docExamples.map((e) => e.operation), ...Object.keys(operationsWithoutDocExample)]);
    assert.deepEqual(
      Object.keys(DECODERS).filter((key) => !covered.has(key)),
      [],
    );
    for (const example of docExamples) assert.ok(example.operation in DECODERS, `${example.file}: ${example.operation} has a decoder`);
  });

  for (const example of docExamples) {
    it(`${example.file} (${example.kind}, ${example.operation}) passes the decoder`, () => {
      const raw = load(example.file) as Record<string, unknown>;
      const { value, issues } = decode(DECODERS[example.operation as DecodedOperation] as Reader<unknown>, raw);
      assert.ok(value !== undefined && value !== null, 'something usable came out');
      // Whatever was noticed is a path and a problem in the kit's words: placeholders ("string") where ids or dates go.
      for (const issue of issues) assert.doesNotMatch(issue.problem, /string/, `${issue.path}: no value in the problem`);
      const items = Array.isArray(raw['data']) ? (raw['data'] as unknown[]) : undefined;
      if (items) {
        const data = (value as { data: unknown[] }).data;
        const empty = items.every((item) => typeof item === 'object' && item !== null && Object.keys(item).length === 0);
        // `{ "data": [ {} ] }`: the collapsed item carries nothing to show: it is skipped (said so), or,
        // for patients, kept as a row without an id that cannot be selected. Nothing breaks.
        if (empty)
          assert.ok(
            data.every((item) => (item as { id?: unknown }).id == null),
            'a collapsed {} item identifies nothing',
          );
        else assert.equal(data.length, items.length, 'every documented item is kept');
      }
    });
  }

  it('keeps what the examples say: names, dates, states', () => {
    const patient = decode(DECODERS['GET /v1/patients/{id}'], load('getPatientById.json')).value;
    assert.equal(patient.first_name, 'string');
    assert.equal(patient.dob, '2019-08-24');
    assert.equal(patient.archived, true);
    assert.equal(patient.id, 'string', 'the kit’s one id rule: digits or a short token, as the API gave it');
    const status = decode(DECODERS['GET /v1/messages/{id}/status'], load('getStatus.json')).value;
    assert.equal(status.status.response, 'delivered');
    const appointment = decode(DECODERS['GET /v1/appointments/{id}'], load('getAppointment.json')).value;
    assert.equal(appointment.start_time, '2019-08-24T14:15:22Z');
    assert.equal(appointment.id, 'string');
    const sent = decode(DECODERS['POST /v1/messages/send'], load('sendMessage.json')).value;
    assert.equal(sent.message_id, 'string');
    assert.deepEqual(decode(DECODERS['POST /v1/patients/register_pds'], load('registerPatientPds.patient-id.json')).value, {
      patient_id: '98765',
    });
    const pds = decode(DECODERS['POST /v1/patients/register_pds'], load('registerPatientPds.verify.json')).value;
    assert.equal('login_url' in pds && pds.login_url, 'https://patient.herohealth.net/verify/abc123');
  });
});
