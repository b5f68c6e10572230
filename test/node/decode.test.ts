/**
 * The response decoders (src/api/decode.ts): the documented variants are accepted, what cannot be
 * used is refused or skipped, and what is noticed names paths and problems, never values.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HeroError } from '../../src/api/errors.js';
import { DECODERS, decode, decoderFor, type Decoded, type DecodedOperation, type DecodeIssue, type Reader } from '../../src/api/decode.js';

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
      data: [SLOT, { ...SLOT, id: '9002', start_time: 'soon' }, { ...SLOT, id: 'x' }, { ...SLOT, id: '9004', finish_time: '2026-12-08T08:00:00.000Z' }],
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
    const v3 = run('GET /v3/patients', { data: [{ hero_id: 401, dob: '1985-03-14T00:00:00Z', line_1: '17 Gloucester Road', identifiers: [] }], count: 1 });
    assert.equal(v3.value.data[0]!.id, '401');
    assert.equal(v3.value.data[0]!.dob, '1985-03-14');
    assert.equal(v3.value.data[0]!.address_line_1, '17 Gloucester Road');
    const v1 = run('GET /v1/patients/{id}', { id: '404', restricted: true, mobile: '07700900321', postcode: 'BS35 2HR', dob: '1979-09-05' });
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
    const { value, issues } = run('GET /v1/templates', { data: [{ id: 1, name: 'Reminder', content: 'Hi', link: 'video', type: 'hero' }], count: 1 });
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

  it('finds decoders by method and path template', () => {
    assert.equal(decoderFor('get', '/v1/slots'), DECODERS['GET /v1/slots']);
    assert.equal(decoderFor('GET', '/v1/unknown'), undefined);
  });
});
