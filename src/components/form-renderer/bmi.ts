/** Body mass index, and the observation units fields show beside their input. */
import type { FormField } from '../../api/types.js';

/** The unit shown for an observation when the field does not name one. */
export const OBSERVATION_UNITS: Record<string, string> = {
  systolic_blood_pressure: 'mmHg',
  diastolic_blood_pressure: 'mmHg',
  height: 'cm',
  weight: 'kg',
  body_mass_index: 'kg/m²',
};

/** The unit to show beside a field's input, if any. */
export const unitOf = (field: FormField): string | undefined =>
  field.unit || (field.observation_type ? OBSERVATION_UNITS[field.observation_type] : undefined);

/**
 * BMI = weight (kg) ÷ height (m)², to one decimal place; undefined unless both are positive
 * numbers in a human range (height 30–300 cm, weight 1–700 kg).
 */
export function bmi(heightCm: number | undefined, weightKg: number | undefined): number | undefined {
  if (heightCm === undefined || weightKg === undefined) return undefined;
  if (!(heightCm >= 30 && heightCm <= 300 && weightKg >= 1 && weightKg <= 700)) return undefined;
  const metres = heightCm / 100;
  return Math.round((weightKg / (metres * metres)) * 10) / 10;
}

/** A BMI as the field stores it: whole for an `integer` field, else one decimal place. */
export const bmiAnswer = (field: FormField, value: number): string =>
  field.type === 'integer' ? String(Math.round(value)) : value.toFixed(1);
