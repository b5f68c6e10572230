/** `{{placeholder}}` extraction and filling (src/internal/placeholders.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completePatient } from '../../mock/fixtures.js';
import { fillPlaceholders, findPlaceholders, patientPlaceholderValues } from '../../src/domain/placeholders.js';

const olivia = completePatient({
  id: '401',
  title: 'Mrs',
  first_name: 'Olivia',
  last_name: 'Bennett',
  dob: '1985-03-14',
  data_source: 'emis',
  status: 'unarchived',
  identifiers: [],
  ehr_registered: true,
});

describe('findPlaceholders', () => {
  it('lists each placeholder once, lower-case, in order, allowing spaces inside the braces', () => {
    assert.deepEqual(findPlaceholders('Hi {{first_name}}, {{ Practice_Name }} on {{appointment_date}}. {{first_name}}'), [
      'first_name',
      'practice_name',
      'appointment_date',
    ]);
  });

  it('ignores single braces and empty or malformed placeholders', () => {
    assert.deepEqual(findPlaceholders('{first_name} {{}} {{ 1abc }} {{first name}}'), []);
  });
});

describe('fillPlaceholders', () => {
  it('fills every placeholder that has a value and reports the rest, leaving them in the text', () => {
    const result = fillPlaceholders('Dear {{first_name}}, see you at {{practice_name}} on {{appointment_date}}.', {
      first_name: 'Olivia',
      practice_name: 'Millbrook Medical Practice',
    });
    assert.equal(result.text, 'Dear Olivia, see you at Millbrook Medical Practice on {{appointment_date}}.');
    assert.deepEqual(result.unfilled, ['appointment_date']);
    assert.deepEqual(result.parts, [
      { text: 'Dear Olivia, see you at Millbrook Medical Practice on ' },
      { text: '{{appointment_date}}', name: 'appointment_date' },
      { text: '.' },
    ]);
  });

  it('treats empty and null values as unfilled', () => {
    const result = fillPlaceholders('{{a}}{{b}}{{c}}', { a: '', b: null, c: '  ' });
    assert.deepEqual(result.unfilled, ['a', 'b', 'c']);
    assert.equal(result.text, '{{a}}{{b}}{{c}}');
  });

  it('matches names case-insensitively and fills repeats', () => {
    const result = fillPlaceholders('{{First_Name}} {{ first_name }}', { first_name: 'Siân' });
    assert.equal(result.text, 'Siân Siân');
    assert.deepEqual(result.unfilled, []);
    assert.deepEqual(result.parts, [{ text: 'Siân Siân' }]);
  });

  it('leaves text without placeholders unchanged', () => {
    assert.deepEqual(fillPlaceholders('No placeholders here', {}), { text: 'No placeholders here', unfilled: [], parts: [{ text: 'No placeholders here' }] });
    assert.deepEqual(fillPlaceholders('', {}), { text: '', unfilled: [], parts: [] });
  });

  it('does not fill a value that itself looks like a placeholder a second time', () => {
    assert.equal(fillPlaceholders('{{a}}', { a: '{{b}}', b: 'x' }).text, '{{b}}');
  });
});

describe('patientPlaceholderValues', () => {
  it('takes title, first and last name from the record and builds name and full_name', () => {
    assert.deepEqual(patientPlaceholderValues(olivia), {
      title: 'Mrs',
      first_name: 'Olivia',
      last_name: 'Bennett',
      name: 'Olivia Bennett',
      full_name: 'Mrs Olivia Bennett',
    });
  });

  it('leaves out what the record lacks, so those placeholders are reported unfilled', () => {
    const values = patientPlaceholderValues({ ...olivia, title: null, first_name: null });
    assert.equal(values['title'], undefined);
    assert.equal(values['first_name'], undefined);
    assert.deepEqual(fillPlaceholders('Dear {{title}} {{last_name}}', values).unfilled, ['title']);
  });

  it('adds extra values such as the practice name, which win over the record', () => {
    const values = patientPlaceholderValues(olivia, { Practice_Name: 'Millbrook Medical Practice', first_name: 'Liv', empty: '' });
    assert.equal(values['practice_name'], 'Millbrook Medical Practice');
    assert.equal(values['first_name'], 'Liv');
    assert.equal('empty' in values, false);
  });

  it('gives only the extra values without a patient', () => {
    assert.deepEqual(patientPlaceholderValues(undefined, { practice_name: 'P' }), { practice_name: 'P' });
  });
});
