import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FormAnswerValue, FormField } from '../../src/api/types.js';
import { field } from '../../mock/fixtures.js';
import {
  checkAnswer,
  formMessage,
  fromValue,
  isEmpty,
  isQuestion,
  messageVars,
  problemKey,
  questionClause,
  toValue,
} from '../../src/components/form-renderer/answers.js';
import { formStrings } from '../../src/components/form-renderer/form-renderer.strings.js';
import { formatMessage, type Messages } from '../../src/internal/localize.js';

const q = (seed: Partial<FormField> & Pick<FormField, 'type'>): FormField => field({ form_question_id: '1', name: 'Height', ...seed });
const options = [
  { label: 'Yes, I smoke', value: 'current' },
  { label: 'Never', value: 'never' },
];
/** The en-GB message for an answer, as the element shows it. */
const message = (f: FormField, raw: Parameters<typeof checkAnswer>[1], draft = false) => {
  const problem = checkAnswer(f, raw, draft);
  const t = (key: string, vars?: Record<string, string | number>) => formatMessage((formStrings as Messages)[key], key, vars);
  return problem && t(problemKey(problem), messageVars(f, t).vars);
};

describe('form answers: the values sent to the API', () => {
  it('trims text and leaves out blank text', () => {
    assert.equal(toValue(q({ type: 'string' }), '  Sam  '), 'Sam');
    assert.equal(toValue(q({ type: 'text' }), ' line 1\nline 2 '), 'line 1\nline 2');
    assert.equal(toValue(q({ type: 'string' }), '   '), undefined);
  });

  it('sends whole numbers as numbers and nothing for anything else', () => {
    const f = q({ type: 'integer' });
    assert.equal(toValue(f, ' 172 '), 172);
    assert.equal(toValue(f, '-3'), -3);
    for (const bad of ['12.5', '1e3', 'abc', '12a', '']) assert.equal(toValue(f, bad), undefined, bad);
  });

  it('sends dates as YYYY-MM-DD only when they are real', () => {
    const f = q({ type: 'datepicker' });
    assert.equal(toValue(f, { day: '9', month: '3', year: '2024' }), '2024-03-09');
    assert.equal(toValue(f, { day: '31', month: '2', year: '2024' }), undefined);
    assert.equal(toValue(f, { day: '', month: '', year: '' }), undefined);
  });

  it('sends radio and dropdown answers as option values, checkboxes as a list in option order', () => {
    assert.equal(toValue(q({ type: 'radio', options }), 'never'), 'never');
    assert.equal(toValue(q({ type: 'dropdown', options }), 'not-an-option'), undefined);
    assert.deepEqual(toValue(q({ type: 'checkboxes', options }), ['never', 'current', 'bogus']), ['current', 'never']);
    assert.equal(toValue(q({ type: 'checkboxes', options }), []), undefined);
  });

  it('sends booleans as true/false and consent as true only when agreed', () => {
    assert.equal(toValue(q({ type: 'boolean' }), false), false);
    assert.equal(toValue(q({ type: 'boolean' }), undefined), undefined);
    assert.equal(toValue(q({ type: 'consent' }), true), true);
    assert.equal(toValue(q({ type: 'consent' }), undefined), false);
  });

  it('sends nothing for paragraphs and unknown types', () => {
    assert.equal(toValue(q({ type: 'paragraph' }), 'x'), undefined);
    assert.equal(toValue(q({ type: 'signature' as FormField['type'] }), 'x'), undefined);
    assert.equal(isQuestion(q({ type: 'paragraph' })), false);
    assert.equal(isQuestion(q({ type: 'signature' as FormField['type'] })), false);
    assert.equal(isQuestion(q({ type: 'consent' })), true);
  });

  it('turns saved values back into what the user entered (resuming a draft)', () => {
    assert.equal(fromValue(q({ type: 'integer' }), 72), '72');
    assert.deepEqual(fromValue(q({ type: 'datepicker' }), '2024-03-09'), { day: '9', month: '3', year: '2024' });
    assert.deepEqual(fromValue(q({ type: 'checkboxes' }), ['a', 'b']), ['a', 'b']);
    assert.equal(fromValue(q({ type: 'boolean' }), false), false);
    assert.equal(fromValue(q({ type: 'string' }), null), undefined);
    for (const [type, value] of [
      ['integer', 72],
      ['datepicker', '1999-12-31'],
      ['checkboxes', ['current']],
      ['radio', 'never'],
      ['boolean', true],
    ] as [FormField['type'], FormAnswerValue][]) {
      const f = q({ type, options });
      assert.deepEqual(toValue(f, fromValue(f, value)), value, type);
    }
  });

  it('knows an empty answer', () => {
    assert.equal(isEmpty(undefined), true);
    assert.equal(isEmpty(' '), true);
    assert.equal(isEmpty([]), true);
    assert.equal(isEmpty({ day: '', month: ' ', year: '' }), true);
    assert.equal(isEmpty({ day: '1', month: '', year: '' }), false);
    assert.equal(isEmpty(true), false);
  });
});

describe('form answers: GOV.UK validation messages', () => {
  it('makes simple English questions into the clauses GOV.UK messages use', () => {
    const cases: [string, string | undefined][] = [
      ['Do you smoke?', 'if you smoke'],
      ['Are you pregnant?', 'if you are pregnant'],
      ['Would you prefer a telephone call back?', 'if you would prefer a telephone call back'],
      ['How many cigarettes do you smoke a day?', 'how many cigarettes you smoke a day'],
      ['How long have you had these symptoms?', 'how long you have had these symptoms'],
      ['What would you like to talk about?', 'what you would like to talk about'],
      ['Did you smoke?', undefined],
      ['How are your symptoms?', undefined],
      ['Anything else? Tell us here?', undefined],
      ['Height', undefined],
    ];
    for (const [question, clause] of cases) assert.equal(questionClause(question), clause, question);
  });

  it('takes the form’s own error text for a missing answer, never for a wrong one', () => {
    const own = q({ type: 'integer', name: 'Height', required: true, error_message: '  Enter your height in centimetres ' });
    assert.equal(formMessage(own, checkAnswer(own, '')!), 'Enter your height in centimetres');
    assert.equal(formMessage(own, checkAnswer(own, '1.5')!), undefined);
    assert.equal(formMessage(q({ type: 'integer', name: 'Height', required: true }), { code: 'required.enter' }), undefined);
  });

  it('says whether a message names its question (the error summary adds it when not)', () => {
    const t = (key: string) => key;
    assert.equal(messageVars(q({ type: 'text', name: 'How are your symptoms?' }), t).named, false);
    assert.equal(messageVars(q({ type: 'text', name: 'Do you smoke?' }), t).named, true);
    assert.equal(messageVars(q({ type: 'text', name: 'Do you smoke?' }), t, false).named, false, 'no English clauses in Welsh');
    assert.equal(messageVars(q({ type: 'text', name: 'Height' }), t).named, true);
  });

  it('asks to enter required text, naming a noun label or the question made into a clause', () => {
    assert.equal(message(q({ type: 'string', name: 'Preferred name', required: true }), ''), 'Enter preferred name');
    assert.equal(
      message(q({ type: 'text', name: 'What would you like to talk about?', required: true }), ' '),
      'Enter what you would like to talk about',
    );
    assert.equal(message(q({ type: 'text', name: 'How are your symptoms?', required: true }), ' '), 'Enter an answer');
    assert.equal(message(q({ type: 'string', name: 'Preferred name' }), ''), undefined);
  });

  it('asks to select a required choice', () => {
    assert.equal(message(q({ type: 'radio', name: 'Do you smoke?', required: true, options }), undefined), 'Select if you smoke');
    assert.equal(message(q({ type: 'radio', name: 'Rate your pain today.', required: true, options }), undefined), 'Select an answer');
    assert.equal(message(q({ type: 'checkboxes', name: 'Conditions', required: true, options }), []), 'Select conditions');
    assert.equal(message(q({ type: 'boolean', name: 'Inhaler', required: true }), undefined), 'Select inhaler');
    assert.equal(message(q({ type: 'boolean', name: 'Inhaler', required: true }), false), undefined, 'No is an answer');
  });

  it('checks whole numbers and their range', () => {
    const height = q({ type: 'integer', name: 'Height', min: 50, max: 250 });
    assert.equal(message(height, '17.5'), 'Height must be a whole number');
    assert.equal(message(height, '12a'), 'Height must be a whole number');
    assert.equal(message(height, '49'), 'Height must be between 50 and 250');
    assert.equal(message(height, '251'), 'Height must be between 50 and 250');
    assert.equal(message(height, '50'), undefined);
    assert.equal(message(height, '250'), undefined);
    assert.equal(message(height, ''), undefined, 'optional and empty');
    assert.equal(message(q({ type: 'integer', name: 'Count', min: 1 }), '0'), 'Count must be 1 or more');
    assert.equal(message(q({ type: 'integer', name: 'Count', max: 10 }), '11'), 'Count must be 10 or less');
    assert.equal(message(q({ type: 'integer', name: 'Count', required: true }), ''), 'Enter count');
  });

  it('requires explicit agreement to a required consent', () => {
    const consent = q({ type: 'consent', name: 'I agree to share my answers.', required: true });
    assert.equal(message(consent, undefined), 'You must agree to ‘I agree to share my answers.’');
    assert.equal(message(consent, false), 'You must agree to ‘I agree to share my answers.’');
    assert.equal(message(consent, true), undefined);
    assert.equal(message(q({ type: 'consent', name: 'Optional' }), false), undefined);
  });

  it('checks dates with GOV.UK’s date messages and marks the parts at fault', () => {
    const date = q({ type: 'datepicker', name: 'Date of your last blood test' });
    assert.equal(message(date, { day: '', month: '', year: '' }), undefined, 'optional and empty');
    assert.equal(message(date, { day: '3', month: '', year: '2024' }), 'Date of your last blood test must include a month');
    assert.equal(message(date, { day: '30', month: '2', year: '2024' }), 'Date of your last blood test must be a real date');
    assert.equal(message(date, { day: '3', month: '2', year: '24' }), 'Year must include 4 numbers');
    assert.deepEqual(checkAnswer(date, { day: '3', month: '', year: '' })?.parts, ['month', 'year']);
    assert.equal(message({ ...date, required: true }, undefined), 'Enter date of your last blood test');
  });

  it('lets a draft leave required questions empty but not store what cannot be sent', () => {
    assert.equal(message(q({ type: 'string', required: true }), '', true), undefined);
    assert.equal(message(q({ type: 'consent', name: 'I agree.', required: true }), false, true), undefined);
    assert.equal(message(q({ type: 'integer', name: 'Height', required: true }), '1.5', true), 'Height must be a whole number');
    assert.equal(message(q({ type: 'datepicker', name: 'Date', required: true }), { day: '', month: '', year: '' }, true), undefined);
    assert.equal(
      message(q({ type: 'datepicker', name: 'Date', required: true }), { day: '1', month: '', year: '' }, true),
      'Date must include a month and year',
    );
  });
});
