/** `{{placeholder}}` extraction and filling (src/internal/placeholders.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completePatient } from '../../mock/fixtures.js';
import {
  fillPlaceholders,
  findPlaceholders,
  linkKindOf,
  patientPlaceholderValues,
  placeholderDateRule,
  placeholderKind,
  placeholderLabel,
  planTemplate,
  practicePlaceholderValues,
  previewParts,
} from '../../src/domain/placeholders.js';

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
    assert.deepEqual(fillPlaceholders('No placeholders here', {}), {
      text: 'No placeholders here',
      unfilled: [],
      parts: [{ text: 'No placeholders here' }],
    });
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

describe('template fields and links', () => {
  it('reads the field a placeholder needs from its name', () => {
    assert.equal(placeholderKind('appointment_date'), 'date');
    assert.equal(placeholderKind('date'), 'date');
    assert.equal(placeholderKind('Appointment_Time'), 'time');
    assert.equal(placeholderKind('booking_link'), 'link');
    assert.equal(placeholderKind('form_link'), 'link');
    assert.equal(placeholderKind('video_link'), 'link');
    assert.equal(placeholderKind('zoom_link'), 'text');
    assert.equal(placeholderKind('update'), 'text');
    assert.equal(placeholderKind('clinician'), 'text');
  });

  it('names link placeholders by kind', () => {
    assert.equal(linkKindOf('booking_link'), 'booking');
    assert.equal(linkKindOf('FORM_LINK'), 'form');
    assert.equal(linkKindOf('video_link'), 'video');
    assert.equal(linkKindOf('link'), undefined);
  });

  it('labels a placeholder in words, without curly brackets', () => {
    assert.equal(placeholderLabel('appointment_date'), 'Appointment date');
    assert.equal(placeholderLabel('clinician__name'), 'Clinician name');
  });

  it('asks an appointment date to be today or later, other dates anything real', () => {
    assert.equal(placeholderDateRule('appointment_date'), 'today-or-future');
    assert.equal(placeholderDateRule('result_date'), undefined);
  });

  it('plans a booking template: the link is made, the date is asked, known values are not', () => {
    const plan = planTemplate(
      { content: 'Hi {{first_name}}, book at {{practice_name}} by {{reply_date}}: {{booking_link}}', link: 'booking' },
      { first_name: 'Olivia', practice_name: 'Millbrook' },
    );
    assert.equal(plan.link, 'booking');
    assert.deepEqual(plan.asks, [{ name: 'reply_date', kind: 'date' }]);
    assert.deepEqual(plan.unsupported, []);
    assert.equal(plan.content, 'Hi {{first_name}}, book at {{practice_name}} by {{reply_date}}: {{booking_link}}');
  });

  it('asks for what has no value, empty values included, in order, each once', () => {
    const plan = planTemplate(
      { content: '{{clinician}} at {{appointment_time}} on {{appointment_date}} ({{clinician}})', link: 'no_link' },
      { clinician: ' ' },
    );
    assert.equal(plan.link, undefined);
    assert.deepEqual(plan.asks, [
      { name: 'clinician', kind: 'text' },
      { name: 'appointment_time', kind: 'time' },
      { name: 'appointment_date', kind: 'date' },
    ]);
  });

  it('adds the link at the end when the template has a link but no placeholder for it', () => {
    const plan = planTemplate({ content: 'Please fill in our form.  ', link: 'form' }, {});
    assert.equal(plan.link, 'form');
    assert.equal(plan.content, 'Please fill in our form.\n\n{{form_link}}');
    assert.deepEqual(plan.asks, []);
  });

  it('takes the link from the text when the template does not declare one', () => {
    assert.equal(planTemplate({ content: 'Book: {{booking_link}}', link: 'no_link' }, {}).link, 'booking');
    assert.equal(planTemplate({ content: 'Book: {{ Form_Link }}' }, {}).link, 'form');
    assert.equal(planTemplate({ content: 'Join at {{video_link}}', link: 'no_link' }, {}).link, 'video');
  });

  it("reports a link placeholder of another kind than the template's link, which it cannot fill", () => {
    const plan = planTemplate({ content: 'Book {{booking_link}} then fill {{form_link}}', link: 'booking' }, {});
    assert.equal(plan.link, 'booking');
    assert.deepEqual(plan.unsupported, ['form_link']);
    assert.deepEqual(plan.asks, []);
  });

  it('takes the practice name and phone from GET /v1/me, leaving out what is missing', () => {
    assert.deepEqual(practicePlaceholderValues({ name: ' Millbrook Medical Practice ', phone: '0117 496 0123' }), {
      practice_name: 'Millbrook Medical Practice',
      practice_phone: '0117 496 0123',
    });
    assert.deepEqual(practicePlaceholderValues({ name: 'Millbrook', phone: null }), { practice_name: 'Millbrook' });
    assert.deepEqual(practicePlaceholderValues(undefined), {});
  });

  it('previews gaps by their label, never by their curly brackets', () => {
    const parts = previewParts(
      'Dear {{first_name}}, on {{appointment_date}}: {{booking_link}}',
      { first_name: 'Olivia', booking_link: 'https://b.test/l/1' },
      (name) => `[${placeholderLabel(name)}]`,
    );
    assert.deepEqual(parts, [
      { text: 'Dear Olivia, on ' },
      { text: '[Appointment date]', name: 'appointment_date' },
      { text: ': https://b.test/l/1' },
    ]);
    assert.equal(
      parts.some((p) => p.text.includes('{{')),
      false,
    );
  });
});
