import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FormField } from '../../src/api/types.js';
import { field } from '../../mock/fixtures.js';
import { answerMatches, visibility } from '../../src/components/form-renderer/show-if.js';

const options = ['current', 'ex', 'never'].map((value) => ({ label: value, value }));
const smoke = field({ form_question_id: '1', name: 'Do you smoke?', type: 'radio', options });
const howMany = field({
  form_question_id: '2',
  name: 'How many a day?',
  type: 'integer',
  show_if: { form_question_id: '1', equals: 'current' },
});
const brand = field({ form_question_id: '3', name: 'Brand', type: 'string', show_if: { form_question_id: '2', equals: 20 } });
const plain = field({ form_question_id: '4', name: 'Name', type: 'string' });
const fields: FormField[] = [smoke, howMany, brand, plain];

describe('show-if', () => {
  it('shows fields without a condition', () => {
    assert.equal(visibility(fields, {}).get('4'), true);
    assert.equal(visibility(fields, {}).get('1'), true);
  });

  it('shows a field only while the answer it depends on equals the value', () => {
    assert.equal(visibility(fields, {}).get('2'), false);
    assert.equal(visibility(fields, { '1': 'never' }).get('2'), false);
    assert.equal(visibility(fields, { '1': 'current' }).get('2'), true);
  });

  it('compares with the value sent (numbers with numbers) and hides a chain when its start is hidden', () => {
    assert.equal(visibility(fields, { '1': 'current', '2': '20' }).get('3'), true);
    assert.equal(visibility(fields, { '1': 'current', '2': '21' }).get('3'), false);
    // The answer to 2 is still in memory, but 2 is hidden, so 3 is too.
    assert.equal(visibility(fields, { '1': 'never', '2': '20' }).get('3'), false);
  });

  it('matches checkboxes by inclusion and booleans by value', () => {
    const conditions = field({
      form_question_id: '5',
      name: 'Conditions',
      type: 'checkboxes',
      options: [
        { label: 'Asthma', value: 'asthma' },
        { label: 'COPD', value: 'copd' },
      ],
    });
    const inhaler = field({
      form_question_id: '6',
      name: 'Inhaler',
      type: 'boolean',
      show_if: { form_question_id: '5', equals: 'asthma' },
    });
    const spacer = field({ form_question_id: '7', name: 'Spacer', type: 'string', show_if: { form_question_id: '6', equals: true } });
    const list = [conditions, inhaler, spacer];
    assert.equal(visibility(list, { '5': ['copd', 'asthma'] }).get('6'), true);
    assert.equal(visibility(list, { '5': ['copd'] }).get('6'), false);
    assert.equal(visibility(list, { '5': ['asthma'], '6': true }).get('7'), true);
    assert.equal(visibility(list, { '5': ['asthma'], '6': false }).get('7'), false);
  });

  it('never shows a field whose condition names a missing question or loops', () => {
    const orphan = field({ form_question_id: '8', name: 'Orphan', type: 'string', show_if: { form_question_id: '999', equals: 'x' } });
    const a = field({ form_question_id: 'a', name: 'A', type: 'string', show_if: { form_question_id: 'b', equals: 'x' } });
    const b = field({ form_question_id: 'b', name: 'B', type: 'string', show_if: { form_question_id: 'a', equals: 'x' } });
    const shown = visibility([orphan, a, b], { a: 'x', b: 'x' });
    assert.equal(shown.get('8'), false);
    assert.equal(shown.get('a'), false);
    assert.equal(shown.get('b'), false);
  });

  it('matches loosely across types but not on missing answers', () => {
    assert.equal(answerMatches(5, '5'), true);
    assert.equal(answerMatches('true', true), true);
    assert.equal(answerMatches(undefined, 'x'), false);
    assert.equal(answerMatches(null, 'null'), false);
    assert.equal(answerMatches(['a'], 'b'), false);
  });
});
