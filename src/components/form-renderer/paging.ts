/**
 * Paging for long forms. A form with at most `pageSize` questions is one page. A longer form is
 * split into its sections (each `paragraph` starts one) when it has at least two; otherwise into
 * pages of `pageSize` questions, a paragraph going with the question after it. `pageSize` 0
 * never pages.
 */
import type { FormField } from '../../api/types.js';
import { isQuestion } from './answers.js';

export function paginate(fields: readonly FormField[], pageSize: number): FormField[][] {
  const questions = fields.filter(isQuestion).length;
  if (!(pageSize > 0) || questions <= pageSize) return [[...fields]];

  const sections = split(fields, (field, page) => field.type === 'paragraph' && page.some(isQuestion));
  if (sections.length >= 2) return sections;
  let count = 0;
  return split(fields, (field, page) => {
    if (!isQuestion(field) && field.type !== 'paragraph') return false;
    // A page is full once it has pageSize questions: the next paragraph or question starts a new one.
    if (count === pageSize) {
      count = isQuestion(field) ? 1 : 0;
      return page.length > 0;
    }
    if (isQuestion(field)) count++;
    return false;
  });
}

/** Splits before every field for which `starts` says so; a trailing page without questions joins the one before. */
function split(fields: readonly FormField[], starts: (field: FormField, page: FormField[]) => boolean): FormField[][] {
  const pages: FormField[][] = [];
  let page: FormField[] = [];
  for (const field of fields) {
    if (starts(field, page)) {
      pages.push(page);
      page = [];
    }
    page.push(field);
  }
  if (page.length) {
    const last = pages[pages.length - 1];
    if (last && !page.some(isQuestion)) last.push(...page);
    else pages.push(page);
  }
  return pages;
}
