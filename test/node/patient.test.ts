import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NUMERIC_ID_PATIENT_ID, patients, RESTRICTED_PATIENT_ID, toListPatient, UNDOCUMENTED_EXTRAS } from '../../mock/fixtures.js';
import {
  needsConfirmation,
  normalisePatient,
  patientName,
  protectPatient,
  RESTRICTED_ALLOWED,
  shortAddress,
  UNRESTRICTED_ALLOWED,
} from '../../src/domain/patient.js';
import { isValidPostcode, normalisePostcode } from '../../src/domain/postcode.js';

const stored = (id: string) => patients.find((p) => p.id === id)!;
const v1 = (id: string) => ({ ...stored(id), ...UNDOCUMENTED_EXTRAS[id] });
const restrictedV1 = v1(RESTRICTED_PATIENT_ID);
const restrictedV3 = toListPatient(stored(RESTRICTED_PATIENT_ID));
const ordinary = stored('401');

/** Every string value anywhere in `value`. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];

describe('the patient normaliser', () => {
  it('reads the v1 Patient: the id, the address_line_* fields, archived from status', () => {
    const patient = normalisePatient({ ...ordinary, status: 'archived' })!;
    assert.equal(patient.id, '401');
    assert.equal(patient.address_line_1, '17 Gloucester Road');
    assert.equal(patient.dob, '1985-03-14');
    assert.equal(patient.archived, true);
    assert.equal(patient.has_mobile, true);
  });

  it('reads the v3 list patient: the Hero id from hero_id, the address from line_*', () => {
    const patient = normalisePatient(toListPatient(ordinary))!;
    assert.equal(patient.id, '401');
    assert.equal(patient.address_line_1, '17 Gloucester Road');
    assert.equal(patient.postcode, 'BS35 1DG');
    assert.equal(patient.archived, false);
  });

  it('takes ids as strings or whole numbers, and keeps a row without a usable id with id null', () => {
    assert.equal(normalisePatient(toListPatient(stored(NUMERIC_ID_PATIENT_ID)))!.id, NUMERIC_ID_PATIENT_ID);
    assert.equal(normalisePatient({ hero_id: 4011 })!.id, '4011');
    for (const bad of [undefined, null, '', '../1', 12.5, -3, '40 1', 'x'.repeat(65)])
      assert.equal(normalisePatient({ hero_id: bad, first_name: 'A' })!.id, null, String(bad));
    assert.equal(normalisePatient(null), undefined);
    assert.equal(normalisePatient('patient'), undefined);
  });

  it('reads a date of birth given as a date or a date-time as the London calendar date', () => {
    assert.equal(normalisePatient({ dob: '1989-04-11' })!.dob, '1989-04-11');
    assert.equal(normalisePatient({ dob: '1989-04-11T00:00:00.000Z' })!.dob, '1989-04-11');
    // Midnight in British Summer Time, written in UTC, is the day before in UTC.
    assert.equal(normalisePatient({ dob: '1989-04-10T23:00:00.000Z' })!.dob, '1989-04-11');
    for (const bad of ['1989-02-30', '11/04/1989', 1989, null]) assert.equal(normalisePatient({ dob: bad })!.dob, null, String(bad));
  });

  for (const [shape, raw] of [
    ['v1', restrictedV1],
    ['v3', restrictedV3],
  ] as const) {
    it(`keeps only the allow-list of a restricted ${shape} patient, whatever else the record holds`, () => {
      const patient = normalisePatient(raw)!;
      assert.deepEqual(Object.keys(patient).sort(), [...RESTRICTED_ALLOWED].sort());
      const secrets = [
        'Flat 4',
        'BS35 2HR',
        'Pullins Green',
        '07700900321',
        'e.whitmore',
        '01454 900321',
        '01454 900322',
        'Peter',
        'do not disclose',
      ];
      for (const text of strings(patient)) for (const secret of secrets) assert.ok(!text.includes(secret), `${shape}: ${secret}`);
      assert.equal(patient.id, RESTRICTED_PATIENT_ID);
      assert.equal(patient.nhs_number, '9990000042');
      assert.equal(patient.has_mobile, true, 'that a mobile exists may be known, never what it is');
    });
  }

  it('never lets a field outside the allow-list through, for anyone', () => {
    const patient = normalisePatient({ ...v1('401'), notes: 'Clinical note', next_of_kin: { name: 'X' }, phone: '01' })!;
    for (const key of Object.keys(patient))
      assert.ok((RESTRICTED_ALLOWED as readonly string[]).concat(UNRESTRICTED_ALLOWED).includes(key), key);
  });

  it('protectPatient re-applies the allow-list to an object that gained fields', () => {
    const patient = { ...normalisePatient(restrictedV1)!, postcode: 'BS35 2HR', mobile: '07700900321' };
    const safe = protectPatient(patient);
    assert.equal('postcode' in safe, false);
    assert.equal('mobile' in safe, false);
    assert.notEqual(safe, patient);
  });

  it('asks for a second confirmation for deceased and archived patients only', () => {
    assert.equal(needsConfirmation({ deceased_at: '2025-01-01T10:00:00Z', archived: false }), true);
    assert.equal(needsConfirmation({ deceased_at: null, archived: true }), true);
    assert.equal(needsConfirmation({ deceased_at: null, archived: false }), false);
  });

  it('never gives a restricted patient an address, whatever the record holds', () => {
    assert.equal(shortAddress(normalisePatient(restrictedV1)!), '');
    assert.equal(shortAddress({ ...normalisePatient(restrictedV1)!, address_line_1: 'x' }), '');
    assert.equal(shortAddress(normalisePatient(ordinary)!), '17 Gloucester Road, Thornbury, BS35 1DG');
  });

  it('names patients with title, first and last name, skipping what is missing', () => {
    assert.equal(patientName(ordinary), 'Mrs Olivia Bennett');
    assert.equal(patientName({ ...ordinary, title: null }), 'Olivia Bennett');
    assert.equal(patientName({ ...ordinary, title: null, first_name: null, last_name: null }), '');
  });
});

describe('UK postcodes', () => {
  it('accepts every outward-code shape, in any case, with or without the space', () => {
    for (const postcode of [
      'BS35 2AQ',
      'bs352aq',
      'NP16 5ET',
      'M1 1AE',
      'B33 8TH',
      'CR2 6XH',
      'DN55 1PT',
      'W1A 0AX',
      'EC1A 1BB',
      'SW1A 1AA',
      'GIR 0AA',
      ' bs35  2aq ',
    ]) {
      assert.equal(isValidPostcode(postcode), true, postcode);
    }
  });

  it('rejects what cannot be a postcode', () => {
    for (const postcode of ['', 'BS35', '12345', 'BS35 2A', 'QS1 1AA', 'BS35 2AC', 'BS35-2AQ', 'BS352AQQ']) {
      assert.equal(isValidPostcode(postcode), false, postcode);
    }
  });

  it('normalises to upper case with one space before the inward code', () => {
    assert.equal(normalisePostcode(' bs351hb '), 'BS35 1HB');
    assert.equal(normalisePostcode('ec1a1bb'), 'EC1A 1BB');
    assert.equal(normalisePostcode(' not one '), 'not one');
  });
});
