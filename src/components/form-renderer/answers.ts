/**
 * Answers for `<hero-form-renderer>` as plain functions: what the user has entered (`RawAnswer`),
 * the value the API receives for it (`toValue`), the way back for a resumed draft (`fromValue`),
 * and GOV.UK-style checks (`checkAnswer`) that return a problem code for the element to put
 * into words (`problemMessage`).
 */
import type { FormAnswerValue, FormField } from '../../api/types.js';
import { lowerLabel, splitCalendarDate, validateDateParts, type DatePart, type DateParts } from '../../domain/calendar-date.js';

/**
 * What the user has entered for one question, as entered: text (string, text, integer, radio,
 * dropdown), a list of option values (checkboxes), true/false (boolean, consent) or the three
 * fields of a date.
 */
export type RawAnswer = string | string[] | boolean | DateParts;
export type RawAnswers = Record<string, RawAnswer | undefined>;

/** The field types this element knows; any other type is skipped. */
export const FIELD_TYPES: ReadonlySet<string> = new Set([
  'string',
  'integer',
  'boolean',
  'datepicker',
  'text',
  'radio',
  'dropdown',
  'checkboxes',
  'consent',
  'paragraph',
]);

/** A field the user answers (not a paragraph, not of an unknown type). */
export const isQuestion = (field: FormField): boolean => field.type !== 'paragraph' && FIELD_TYPES.has(field.type);

/** A date input with nothing entered. */
export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** True for what the three fields of a date input hold. */
export const isDateParts = (raw: RawAnswer | undefined): raw is DateParts => typeof raw === 'object' && raw !== null && !Array.isArray(raw);

const WHOLE_NUMBER = /^-?\d+$/;

/**
 * The value the API receives for an answer (ELEMENTS-API / API-CONTRACT "Answer values"), or
 * undefined when there is no valid answer: text trimmed, integers as numbers, dates
 * `YYYY-MM-DD`, radio and dropdown the option's value, checkboxes a list of values, booleans
 * true/false, consent true when agreed and false when not.
 */
export function toValue(field: FormField, raw: RawAnswer | undefined): FormAnswerValue | undefined {
  const options = field.options?.map((o) => o.value) ?? [];
  switch (field.type) {
    case 'string':
    case 'text':
      return typeof raw === 'string' && raw.trim() ? raw.trim() : undefined;
    case 'integer': {
      const text = typeof raw === 'string' ? raw.trim() : '';
      return WHOLE_NUMBER.test(text) ? Number(text) : undefined;
    }
    case 'boolean':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'consent':
      return raw === true;
    case 'datepicker': {
      if (!isDateParts(raw)) return undefined;
      const result = validateDateParts(raw, { optional: true });
      return result.ok ? result.date : undefined;
    }
    case 'radio':
    case 'dropdown':
      return typeof raw === 'string' && options.includes(raw) ? raw : undefined;
    case 'checkboxes': {
      const chosen = Array.isArray(raw) ? options.filter((value) => raw.includes(value)) : [];
      return chosen.length ? chosen : undefined;
    }
    default:
      return undefined;
  }
}

/** What the user would have entered to give `value` (prefilling a resumed draft). */
export function fromValue(field: FormField, value: FormAnswerValue | undefined): RawAnswer | undefined {
  if (value === null || value === undefined) return undefined;
  switch (field.type) {
    case 'boolean':
    case 'consent':
      return typeof value === 'boolean' ? value : undefined;
    case 'checkboxes':
      return Array.isArray(value) ? value.map(String) : [String(value)];
    case 'datepicker':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? splitCalendarDate(value.slice(0, 10)) : undefined;
    default:
      return Array.isArray(value) ? undefined : String(value);
  }
}

/** True when nothing has been entered (a date with three empty fields, no box ticked...); No (false) is an answer. */
export function isEmpty(raw: RawAnswer | undefined): boolean {
  if (raw === undefined) return true;
  if (typeof raw === 'boolean') return false;
  if (typeof raw === 'string') return !raw.trim();
  if (Array.isArray(raw)) return raw.length === 0;
  if (isDateParts(raw)) return !(raw.day.trim() || raw.month.trim() || raw.year.trim());
  return false;
}

/** Why an answer is not acceptable. `code` keys a message in the element's strings. */
export interface AnswerProblem {
  code: 'required.enter' | 'required.select' | 'consent' | 'whole_number' | 'between' | 'min' | 'max' | `date.${string}`;
  /** For dates: the fields at fault. */
  parts?: DatePart[];
}

/**
 * Checks one answer. `draft` checks only what was entered (a draft may leave required questions
 * empty, but cannot store "12a" as a whole number or 31 February as a date).
 */
export function checkAnswer(field: FormField, raw: RawAnswer | undefined, draft = false): AnswerProblem | undefined {
  const required = !!field.required && !draft;
  if (field.type === 'datepicker') {
    const result = validateDateParts(isDateParts(raw) ? raw : EMPTY_DATE, { optional: !required });
    return result.ok ? undefined : { code: `date.${result.code}`, parts: result.fields };
  }
  if (field.type === 'consent') return required && raw !== true ? { code: 'consent' } : undefined;
  if (isEmpty(raw)) {
    if (!required) return undefined;
    return { code: field.type === 'string' || field.type === 'text' || field.type === 'integer' ? 'required.enter' : 'required.select' };
  }
  if (field.type === 'integer') {
    const value = toValue(field, raw);
    if (typeof value !== 'number') return { code: 'whole_number' };
    const { min, max } = field;
    const low = min !== null && min !== undefined && value < min;
    const high = max !== null && max !== undefined && value > max;
    if (low || high)
      return { code: min !== null && min !== undefined && max !== null && max !== undefined ? 'between' : low ? 'min' : 'max' };
  }
  return undefined;
}

/** Auxiliaries of a "wh" question that move after "you" ("what would you like" → "what you would like"). */
const WH_QUESTION =
  /^((?:how(?: many| much| long| often| old| far)?|what|when|where|which|why|who)(?: [^?]*?)?) (do|does|would|will|can|could|should|have|has|are|were|was) you\b([^?]*)\?$/i;
const YES_NO_QUESTION = /^(do|are|have|would|can|could|will|were|did) you\b([^?]*)\?$/i;

/**
 * An English question as the clause GOV.UK's error messages use: "Do you smoke?" → "if you
 * smoke" ("Select if you smoke"), "What would you like to talk about?" → "what you would like to
 * talk about" ("Enter what you would like to talk about"). Undefined when the question has no
 * such simple shape (a tense to change, several sentences).
 */
export function questionClause(label: string): string | undefined {
  const text = label.trim().replace(/\s+/g, ' ');
  if (text.length > 120 || !text.endsWith('?') || /[.!?:;]/.test(text.slice(0, -1))) return undefined;
  const yesNo = YES_NO_QUESTION.exec(text);
  if (yesNo) {
    const verb = yesNo[1]!.toLowerCase();
    if (verb === 'did') return undefined;
    return `if you${verb === 'do' ? '' : ` ${verb}`}${yesNo[2]}`;
  }
  const wh = WH_QUESTION.exec(text);
  if (wh) {
    const aux = wh[2]!.toLowerCase();
    const lead = wh[1]!.charAt(0).toLowerCase() + wh[1]!.slice(1);
    return `${lead} you${aux === 'do' || aux === 'does' ? '' : ` ${aux}`}${wh[3]}`;
  }
  return undefined;
}

/** True when a label reads as a noun ("Height", "Preferred name") rather than a question or a sentence. */
export const isNounLabel = (label: string): boolean => {
  const text = label.trim().replace(/\s+/g, ' ');
  return text.length <= 60 && !/[?:.]$/.test(text);
};

/**
 * The placeholders of a question's error messages. A label that reads as a noun ("Height") is
 * used as it is ("Enter height", "Height must be a whole number"). An English question becomes
 * its clause when it has a simple shape (`questionClause`: "Select if you smoke"), when `clauses`
 * (the element speaks English). Any other question gets the element's short words instead
 * (`problem.question`: "Enter an answer", `problem.question.subject`: "The answer must be…"),
 * and `named` is false: the error summary then names the question.
 */
export function messageVars(
  field: FormField,
  t: (key: string, vars?: Record<string, string>) => string,
  clauses = true,
): { vars: Record<string, string | number>; named: boolean } {
  const label = field.name.trim().replace(/\s+/g, ' ');
  const range = { min: field.min ?? '', max: field.max ?? '' };
  if (isNounLabel(label)) return { vars: { label, subject: label, subject_lower: lowerLabel(label), ...range }, named: true };
  const clause = clauses ? questionClause(label) : undefined;
  if (clause)
    return { vars: { label, subject: clause.charAt(0).toUpperCase() + clause.slice(1), subject_lower: clause, ...range }, named: true };
  return {
    vars: { label, subject: t('problem.question.subject', { label }), subject_lower: t('problem.question', { label }), ...range },
    named: false,
  };
}

/** True for a problem of a missing answer (nothing entered, a consent not given). */
export const isMissing = (problem: AnswerProblem): boolean =>
  problem.code.startsWith('required') || problem.code === 'consent' || problem.code === 'date.required';

/**
 * The form's own words for a missing answer (`error_message`, as text), when it gives them; a
 * wrong answer (not a whole number, out of range, not a real date) keeps the element's message,
 * which says what is wrong.
 */
export function formMessage(field: FormField, problem: AnswerProblem): string | undefined {
  const text = field.error_message?.trim();
  return text && isMissing(problem) ? text : undefined;
}

/** The message key for a problem: the code itself (see the element's strings, `form-renderer.strings.ts`). */
export const problemKey = (problem: AnswerProblem): string => `problem.${problem.code}`;
