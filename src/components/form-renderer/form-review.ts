/**
 * "Check your answers": a summary list of every shown question and its answer, one per section
 * when the form is paged by section, each with a "Change" link that takes the user to the
 * question (and focus to its control: the element's delegated link handler).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormField } from '../../api/types.js';
import { formatCalendarDate } from '../../domain/calendar-date.js';
import { renderHeading, renderSummaryList, type Translate } from '../../internal/ui/index.js';
import { toValue, type RawAnswers } from './answers.js';
import { unitOf } from './bmi.js';
import { controlId } from './fields.js';
import type { FormModel } from './form-model.js';
import { sectionHeading } from './form-page.js';

export interface ReviewContext {
  t: Translate;
  locale: string;
  /** The level of the review's heading; sections one below. */
  level: number;
  model: FormModel;
  pageSize: number;
  given: RawAnswers;
}

/** An answer as the review shows it (API text stays text). */
export function answerText(field: FormField, given: RawAnswers, t: Translate, locale: string): string {
  const value = toValue(field, given[field.form_question_id]);
  if (field.type === 'consent') return t(value ? 'review.agreed' : 'review.not_agreed');
  if (value === undefined || value === null) return t('review.none');
  const label = (v: string) => field.options?.find((o) => o.value === v)?.label ?? v;
  switch (field.type) {
    case 'boolean':
      return t(value ? 'yes' : 'no');
    case 'datepicker':
      return formatCalendarDate(String(value), locale);
    case 'integer':
      return [Number(value).toLocaleString(locale), unitOf(field)].filter(Boolean).join(' ');
    case 'radio':
    case 'dropdown':
      return label(String(value));
    case 'checkboxes':
      return [value].flat().map(String).map(label).join('\n');
    default:
      return String(value);
  }
}

/** The review's lists: one per section (headed by its opening line), else one for the whole form. */
export function reviewGroups(model: FormModel, pageSize: number, given: RawAnswers): { heading: string; questions: FormField[] }[] {
  const pages = model.pages(pageSize);
  const groups: { heading: string; questions: FormField[] }[] = [];
  for (const fields of pages) {
    const questions = model.shownQuestions(given, fields);
    if (!questions.length) continue;
    const opening = pages.length > 1 && fields[0]?.type === 'paragraph' ? sectionHeading(fields[0]) : undefined;
    const heading = opening?.heading ?? '';
    const last = groups[groups.length - 1];
    if (last && !heading) last.questions.push(...questions);
    else groups.push({ heading, questions });
  }
  return groups;
}

export function renderReview(ctx: ReviewContext): TemplateResult {
  const { t } = ctx;
  return html`<section class="review" part="review" aria-labelledby="review-title">
    ${renderHeading(ctx.level, t('review.title'), { id: 'review-title', size: 'm', focusable: true })}
    ${reviewGroups(ctx.model, ctx.pageSize, ctx.given).map(
      ({ heading, questions }) => html`${heading ? renderHeading(ctx.level + 1, heading, { size: 's', part: 'section-heading' }) : nothing}
      ${renderSummaryList(
        questions.map((field) => ({
          key: field.name,
          value: html`<span class="pre">${answerText(field, ctx.given, t, ctx.locale)}</span>`,
          // The element handles the link's click: the question's page, then focus on its control.
          action: { label: t('change'), hiddenText: field.name, href: `#${controlId(field)}` },
        })),
      )}`,
    )}
  </section>`;
}
