/**
 * A loaded form as the element works with it, without Lit: its usable fields, its pages, which
 * questions the answers show, and which shown question hangs under which choice (a conditional
 * reveal). Pages and visibility are worked out once per page size and per answers object.
 */
import type { Form, FormField } from '../../api/types.js';
import { checkAnswer, FIELD_TYPES, isQuestion, toValue, type AnswerProblem, type RawAnswers } from './answers.js';
import type { FormAnswer } from '../../api/types.js';
import { isChoice } from './fields.js';
import { paginate } from './paging.js';
import { answerMatches, visibility } from './show-if.js';

/** The option value (as its input carries it) a field's show-if condition names, if any. */
function revealValue(controller: FormField, equals: string | number | boolean): string | undefined {
  if (controller.type === 'boolean') {
    if (answerMatches(true, equals)) return 'true';
    return answerMatches(false, equals) ? 'false' : undefined;
  }
  return controller.options?.find((o) => answerMatches(o.value, equals))?.value;
}

export class FormModel {
  readonly form: Form;
  /** The fields of known types, in order. */
  readonly fields: FormField[];
  /** How many fields of an unknown type were left out. */
  readonly skipped: number;
  #pages?: { size: number; pages: FormField[][] };
  #shown?: { given: RawAnswers; shown: Map<string, boolean> };
  #reveals?: { size: number; reveals: Map<string, Map<string, FormField[]>> };

  constructor(form: Form) {
    this.form = form;
    this.fields = form.fields.filter((field) => FIELD_TYPES.has(field.type));
    this.skipped = form.fields.length - this.fields.length;
  }

  get hasQuestions(): boolean {
    return this.fields.some(isQuestion);
  }

  pages(size: number): FormField[][] {
    if (this.#pages?.size !== size) this.#pages = { size, pages: paginate(this.fields, size) };
    return this.#pages.pages;
  }

  shown(given: RawAnswers): Map<string, boolean> {
    if (this.#shown?.given !== given) this.#shown = { given, shown: visibility(this.fields, given) };
    return this.#shown.shown;
  }

  /** Shown questions of `fields` (default: the whole form), in order. */
  shownQuestions(given: RawAnswers, fields: readonly FormField[] = this.fields): FormField[] {
    const shown = this.shown(given);
    return fields.filter((field) => isQuestion(field) && shown.get(field.form_question_id));
  }

  /**
   * The questions revealed under each option of a choice question (by its id, then the option's
   * value): those whose show-if names one of its options and that come after it on the same page.
   */
  reveals(size: number): Map<string, Map<string, FormField[]>> {
    if (this.#reveals?.size === size) return this.#reveals.reveals;
    const reveals = new Map<string, Map<string, FormField[]>>();
    for (const page of this.pages(size)) {
      page.forEach((field, index) => {
        const rule = field.show_if;
        if (!rule || !isQuestion(field)) return;
        const at = page.findIndex((f) => f.form_question_id === rule.form_question_id);
        const controller = page[at];
        if (!controller || at > index || !isChoice(controller)) return;
        const value = revealValue(controller, rule.equals);
        if (value === undefined) return;
        const byValue = reveals.get(controller.form_question_id) ?? new Map<string, FormField[]>();
        byValue.set(value, [...(byValue.get(value) ?? []), field]);
        reveals.set(controller.form_question_id, byValue);
      });
    }
    this.#reveals = { size, reveals };
    return reveals;
  }

  /** True when `field` is drawn under its trigger's choice rather than in its own place. */
  isRevealed(field: FormField, size: number): boolean {
    const byValue = field.show_if && this.reveals(size).get(field.show_if.form_question_id);
    return !!byValue && [...byValue.values()].some((list) => list.includes(field));
  }

  /** The answers to send: shown questions with an acceptable answer, in form order. */
  answers(given: RawAnswers): FormAnswer[] {
    return this.shownQuestions(given).flatMap((field) => {
      const value = toValue(field, given[field.form_question_id]);
      return value === undefined ? [] : [{ form_question_id: field.form_question_id, value }];
    });
  }

  /** The first shown question without an acceptable answer, and why (for the element's validity). */
  firstProblem(given: RawAnswers): [FormField, AnswerProblem] | undefined {
    for (const field of this.shownQuestions(given)) {
      const problem = checkAnswer(field, given[field.form_question_id]);
      if (problem) return [field, problem];
    }
    return undefined;
  }

  /** A number answer, when the answer given is acceptable. */
  number(field: FormField | undefined, given: RawAnswers): number | undefined {
    const value = field && toValue(field, given[field.form_question_id]);
    return typeof value === 'number' ? value : undefined;
  }
}
