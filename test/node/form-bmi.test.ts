import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { field } from '../../mock/fixtures.js';
import { bmi, bmiAnswer, unitOf } from '../../src/components/form-renderer/bmi.js';

describe('BMI and observation units', () => {
  it('works out BMI from height in cm and weight in kg, to one decimal place', () => {
    assert.equal(bmi(180, 81), 25);
    assert.equal(bmi(165, 60), 22);
    assert.equal(bmi(172, 70), 23.7);
    assert.equal(bmi(150, 100), 44.4);
  });

  it('gives nothing without both measurements or outside a human range', () => {
    assert.equal(bmi(undefined, 70), undefined);
    assert.equal(bmi(172, undefined), undefined);
    assert.equal(bmi(0, 70), undefined);
    assert.equal(bmi(1.72, 70), undefined, 'metres, not centimetres');
    assert.equal(bmi(172, 0), undefined);
    assert.equal(bmi(Number.NaN, 70), undefined);
  });

  it('stores a BMI whole for an integer field and to one decimal otherwise', () => {
    const integer = field({ form_question_id: '1', name: 'BMI', type: 'integer', observation_type: 'body_mass_index' });
    const text = field({ form_question_id: '1', name: 'BMI', type: 'string', observation_type: 'body_mass_index' });
    assert.equal(bmiAnswer(integer, 23.7), '24');
    assert.equal(bmiAnswer(integer, 23.4), '23');
    assert.equal(bmiAnswer(text, 23.7), '23.7');
  });

  it('shows the field’s unit, or the observation’s usual one', () => {
    assert.equal(unitOf(field({ form_question_id: '1', name: 'BP', type: 'integer', unit: 'mmHg' })), 'mmHg');
    assert.equal(unitOf(field({ form_question_id: '1', name: 'H', type: 'integer', observation_type: 'height' })), 'cm');
    assert.equal(unitOf(field({ form_question_id: '1', name: 'W', type: 'integer', observation_type: 'weight' })), 'kg');
    assert.equal(unitOf(field({ form_question_id: '1', name: 'B', type: 'integer', observation_type: 'body_mass_index' })), 'kg/m²');
    assert.equal(unitOf(field({ form_question_id: '1', name: 'S', type: 'integer', observation_type: 'systolic_blood_pressure' })), 'mmHg');
    assert.equal(unitOf(field({ form_question_id: '1', name: 'N', type: 'integer' })), undefined);
  });
});
