import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { patients, RESTRICTED_PATIENT_ID } from '../../mock/fixtures.js';
import { patientName, protectPatient, RESTRICTED_FIELDS, shortAddress } from '../../src/domain/patient.js';
import { isValidPostcode, normalisePostcode } from '../../src/domain/postcode.js';

const restricted = patients.find((p) => p.id === RESTRICTED_PATIENT_ID)!;
const ordinary = patients.find((p) => p.id === '401')!;

describe('patient privacy', () => {
  it('removes address, phone, email and notes from a restricted patient, keys and all', () => {
    const safe = protectPatient(restricted);
    for (const key of RESTRICTED_FIELDS) assert.equal(key in safe, false, key);
    const text = JSON.stringify(safe);
    for (const secret of [restricted.address_line_1!, restricted.postcode!, restricted.mobile!, restricted.email!]) assert.equal(text.includes(secret), false, secret);
    assert.equal(safe.id, restricted.id);
    assert.equal(safe.nhs_number, restricted.nhs_number);
    assert.equal(safe.dob, restricted.dob);
  });

  it('copies other patients unchanged, without sharing the original object', () => {
    const copy = protectPatient(ordinary);
    assert.deepEqual(copy, ordinary);
    assert.notEqual(copy, ordinary);
    assert.notEqual(copy.identifiers, ordinary.identifiers);
  });

  it('never gives a restricted patient an address, whatever the record holds', () => {
    assert.equal(shortAddress(restricted), '');
    assert.equal(shortAddress(ordinary), '17 Gloucester Road, Thornbury, BS35 1DG');
  });

  it('names patients with title, first and last name, skipping what is missing', () => {
    assert.equal(patientName(ordinary), 'Mrs Olivia Bennett');
    assert.equal(patientName({ ...ordinary, title: null }), 'Olivia Bennett');
    assert.equal(patientName({ ...ordinary, title: null, first_name: null, last_name: null }), '');
  });
});

describe('UK postcodes', () => {
  it('accepts every outward-code shape, in any case, with or without the space', () => {
    for (const postcode of ['BS35 2AQ', 'bs352aq', 'NP16 5ET', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'W1A 0AX', 'EC1A 1BB', 'SW1A 1AA', 'GIR 0AA', ' bs35  2aq ']) {
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
