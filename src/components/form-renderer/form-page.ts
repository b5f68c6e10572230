/**
 * The questions of one page: each shown question with the shared field template, a question
 * whose show-if names an option of a choice question above it revealed directly under that
 * option, a section's opening line as a heading, and the BMI worked out from height and weight.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormField } from '../../api/types.js';
import { renderHeading, type Translate } from '../../internal/ui/index.js';
import type { AnswerProblem, RawAnswer, RawAnswers } from './answers.js';
import { bmi, bmiAnswer } from './bmi.js';
import { renderQuestion } from './fields.js';
import type { Action } from './form-done.js';
import type { FormModel } from './form-model.js';

export interface PageContext {
  t: Translate;
  locale: string;
  /** The level of section headings (one below the form's title). */
  level: number;
  model: FormModel;
  pageSize: number;
  /** The page's fields. */
  fields: readonly FormField[];
  given: RawAnswers;
  errors: Readonly<Record<string, AnswerProblem>>;
  message(field: FormField, problem: AnswerProblem): string;
  disabled: boolean;
  setAnswer(q: string, next: (old: RawAnswer | undefined) => RawAnswer): void;
  /** "Use 24 as your BMI": fill the BMI question in and move focus to it. */
  useBmi(q: string, value: string): void;
}

/** Display text that opens a section: a first line short enough to be a heading, not a sentence. */
export function sectionHeading(field: FormField): { heading: string; rest: string } | undefined {
  const [first = '', ...rest] = field.name.split('\n');
  const heading = first.trim();
  if (!heading || heading.length > 80 || /[.,;!?]$/.test(heading)) return undefined;
  return { heading, rest: rest.join('\n').trim() };
}

/** BMI from the shown height and weight answers, if both are acceptable; where to show it. */
export function computedBmi(model: FormModel, given: RawAnswers): { value: number; bmiField?: FormField; after?: FormField } | undefined {
  const questions = model.shownQuestions(given);
  const find = (type: string) => questions.find((field) => field.observation_type === type);
  const height = find('height');
  const weight = find('weight');
  const value = bmi(model.number(height, given), model.number(weight, given));
  if (value === undefined || !height || !weight) return undefined;
  const bmiField = find('body_mass_index');
  return bmiField ? { value, bmiField } : { value, after: questions.indexOf(height) > questions.indexOf(weight) ? height : weight };
}

function renderParagraph(field: FormField, ctx: PageContext): TemplateResult {
  const section = sectionHeading(field);
  if (!section) return html`<p class="paragraph" part="paragraph">${field.name}</p>`;
  return html`${renderHeading(ctx.level, section.heading, { size: 'm', part: 'section-heading' })}
  ${section.rest ? html`<p class="paragraph" part="paragraph">${section.rest}</p>` : nothing}`;
}

export function renderPage(ctx: PageContext): TemplateResult {
  const { t, model, given } = ctx;
  const shown = model.shown(given);
  const computed = computedBmi(model, given);
  const format = (value: number) => value.toLocaleString(ctx.locale);
  const reveals = model.reveals(ctx.pageSize);

  const one = (field: FormField): TemplateResult => {
    if (field.type === 'paragraph') return renderParagraph(field, ctx);
    const q = field.form_question_id;
    const problem = ctx.errors[q];
    let extra: TemplateResult | undefined;
    if (computed?.bmiField === field) {
      const suggested = bmiAnswer(field, computed.value);
      extra = html`<div class="bmi" part="bmi">
        <p>${t('bmi.offer', { bmi: format(computed.value) })}</p>
        ${
          given[q] === suggested
            ? nothing
            : html`<button type="button" class="button secondary" part="bmi-button" ?disabled=${ctx.disabled} @click=${() => ctx.useBmi(q, suggested)}>
              ${t('bmi.use', { value: format(Number(suggested)) })}
            </button>`
        }
      </div>`;
    } else if (computed?.after === field) {
      extra = html`<p class="bmi" part="bmi">${t('bmi.info', { bmi: format(computed.value) })}</p>`;
    }
    const under = reveals.get(q);
    return renderQuestion(field, {
      t,
      raw: given[q],
      error: problem && { message: ctx.message(field, problem), parts: problem.parts },
      disabled: ctx.disabled,
      extra,
      update: (next) => ctx.setAnswer(q, next),
      reveals:
        under && new Map([...under].map(([value, fields]) => [value, () => fields.filter((f) => shown.get(f.form_question_id)).map(one)])),
    });
  };

  return html`${ctx.fields.filter((field) => shown.get(field.form_question_id) && !model.isRevealed(field, ctx.pageSize)).map(one)}`;
}

/**
 * Continue (to another page or the review) or Submit, "Save and continue later", and what is
 * being sent. A button stays enabled while its request is under way (`aria-disabled`), so focus
 * stays on it; the element ignores presses meanwhile.
 */
export function renderActions(
  t: Translate,
  o: { next: boolean; busy: Action | undefined; disabled: boolean; draft(): void },
): TemplateResult {
  const pressed = (action: Action) => (o.busy === action ? 'true' : 'false');
  return html`<div class="actions" part="actions">
      <button type="submit" class="button" part=${o.next ? 'continue-button' : 'submit-button'} aria-disabled=${pressed('submitted')} ?disabled=${o.disabled}>
        ${t(o.next ? 'continue' : 'submit')}
      </button>
      <button type="button" class="button secondary" part="draft-button" aria-disabled=${pressed('draft')} ?disabled=${o.disabled} @click=${o.draft}>
        ${t('draft.save')}
      </button>
    </div>
    <p class="status" part="status" role="status">
      ${o.busy ? html`<span class="spinner" aria-hidden="true"></span>${t(o.busy === 'draft' ? 'draft.saving' : 'submitting')}` : nothing}
    </p>`;
}
