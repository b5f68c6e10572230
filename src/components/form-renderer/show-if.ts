/**
 * Show-if logic: a field with `show_if: { form_question_id, equals }` is shown only while the
 * answer to that question equals `equals` (for checkboxes, while the ticked values include it),
 * and only while that question is itself shown. A condition on a question the form does not
 * have, or a loop of conditions, never holds.
 */
import type { FormAnswerValue, FormField } from '../../api/types.js';
import { toValue, type RawAnswers } from './answers.js';

/** True when an answer satisfies `equals` (`5` and `"5"`, `true` and `"true"` match). */
export function answerMatches(value: FormAnswerValue | undefined, equals: string | number | boolean): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.includes(String(equals));
  return value === equals || String(value) === String(equals);
}

/** Whether each field is shown, by `form_question_id`, for the answers given. */
export function visibility(fields: readonly FormField[], answers: RawAnswers): Map<string, boolean> {
  const byId = new Map(fields.map((field) => [field.form_question_id, field]));
  const shown = new Map<string, boolean>();
  const visit = (field: FormField, seen: Set<string>): boolean => {
    const known = shown.get(field.form_question_id);
    if (known !== undefined) return known;
    const rule = field.show_if;
    let result = true;
    if (rule) {
      const controller = byId.get(rule.form_question_id);
      result =
        !!controller &&
        !seen.has(controller.form_question_id) &&
        visit(controller, new Set(seen).add(field.form_question_id)) &&
        answerMatches(toValue(controller, answers[controller.form_question_id]), rule.equals);
    }
    shown.set(field.form_question_id, result);
    return result;
  };
  for (const field of fields) visit(field, new Set([field.form_question_id]));
  return shown;
}
