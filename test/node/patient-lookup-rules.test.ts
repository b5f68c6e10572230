/** The patient lookup's rules without a browser: the form (lookup-query.ts) and the trace answer (lookup-api.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HeroError } from '../../src/api/errors.js';
import { safeHttpsUrl, tracePatient, type SearchQuery } from '../../src/components/patient-lookup/lookup-api.js';
import { EMPTY_FIELDS, readSearch, readTrace, sameSearch } from '../../src/components/patient-lookup/lookup-query.js';
import type { ApiClient } from '../../src/internal/element-client.js';

const t = (key: string) => key;
const dob = { day: '14', month: '3', year: '1985' };
const signal = new AbortController().signal;

/** A client that answers the trace with `answer`, and any patient read with a patient. */
const client = (answer: unknown) =>
  ({
    post: async () => answer,
    get: async () => ({ id: '9', first_name: 'A', last_name: 'B', restricted: false, dob: '1985-03-14' }),
  }) as unknown as ApiClient;

describe('the patient lookup form rules', () => {
  it('turns an NHS number with spaces into a search of ten digits; refuses a wrong check digit', () => {
    assert.deepEqual(readSearch('nhs', { ...EMPTY_FIELDS, ...dob, nhs: '999 000 0018' }, t).query, {
      mode: 'nhs',
      nhsNumber: '9990000018',
      dob: '1985-03-14',
    });
    const wrong = readSearch('nhs', { ...EMPTY_FIELDS, ...dob, nhs: '9990000019' }, t);
    assert.equal(wrong.query, undefined);
    assert.deepEqual(wrong.errors.nhs, { message: 'nhs.invalid', target: 'nhs-number' });
  });

  it('lists the errors in the order of the fields, the date linked to its first wrong part', () => {
    const { errors, query } = readSearch('name', { ...EMPTY_FIELDS, month: '13', year: '1985' }, t);
    assert.equal(query, undefined);
    assert.deepEqual(Object.keys(errors), ['first', 'last', 'dob']);
    assert.equal(errors.dob!.target, 'dob-day');
  });

  it('traces a name search with a normalised postcode, and asks for a real one', () => {
    const query: SearchQuery = { mode: 'name', firstName: 'Ann', lastName: 'Lee', dob: '1985-03-14' };
    assert.deepEqual(readTrace(query, 'bs352aq', t).request, { forename: 'Ann', surname: 'Lee', dob: '1985-03-14', postcode: 'BS35 2AQ' });
    assert.equal(readTrace(query, 'nowhere', t).errors.postcode!.message, 'postcode.invalid');
    assert.equal(readTrace(query, ' ', t).errors.postcode!.message, 'postcode.required');
  });

  it('knows two searches for the same thing', () => {
    const a: SearchQuery = { mode: 'nhs', nhsNumber: '9990000018', dob: '1985-03-14' };
    assert.equal(sameSearch(a, { ...a }), true);
    assert.equal(sameSearch(a, { ...a, dob: '1985-03-15' }), false);
  });
});

describe('the PDS trace answer', () => {
  it('hands on an https login_url', async () => {
    const outcome = await tracePatient(
      client({ message: 'm', login_url: 'https://login.example/verify' }),
      { nhs_number: '9990000018', dob: '1985-03-14' },
      signal,
    );
    assert.deepEqual(outcome, { status: 'verify', loginUrl: 'https://login.example/verify' });
  });

  for (const url of ['javascript:alert(1)', 'http://login.example/verify', 'data:text/html,x', '//login.example', ' https://x']) {
    it(`refuses a login_url of ${JSON.stringify(url)} as a server error, naming no value`, async () => {
      await assert.rejects(
        tracePatient(client({ message: 'm', login_url: url }), { nhs_number: '9990000018', dob: '1985-03-14' }, signal),
        (error: unknown) => error instanceof HeroError && error.code === 'server' && !error.message.includes(url.trim()),
      );
    });
  }

  it('reads the patient a trace found or created, through the allow-list', async () => {
    const outcome = await tracePatient(client({ patient_id: '9' }), { nhs_number: '9990000018', dob: '1985-03-14' }, signal);
    assert.equal(outcome.status, 'found');
  });

  it('offers only absolute https addresses as links', () => {
    assert.equal(safeHttpsUrl('HTTPS://x.example/a'), 'HTTPS://x.example/a');
    assert.equal(safeHttpsUrl('javascript:alert(1)'), undefined);
  });
});
