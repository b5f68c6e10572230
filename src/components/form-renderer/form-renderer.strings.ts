import { calendarDateMessages } from '../../domain/calendar-date.js';
import type { Messages } from '../../internal/localize.js';

/**
 * GOV.UK's date input messages (src/internal/calendar-date.ts), keyed `problem.date.<code>` and
 * speaking of the question's `{subject}` ("Date of your last blood test must include a month").
 */
const dateProblems = Object.fromEntries(
  Object.entries(calendarDateMessages).map(([key, text]) => [
    `problem.${key}`,
    text.replace('{label_lower}', '{subject_lower}').replace('{label}', '{subject}'),
  ]),
);

/**
 * `<hero-form-renderer>`'s en-GB strings: everything the element itself says (never the form's
 * own text, which comes from the API). Problem messages get `{label}`, `{subject}`,
 * `{subject_lower}`, `{min}` and `{max}` (see `messageVars`); `problem.question` names a
 * question-like label within them.
 */
export const formStrings = {
  ...dateProblems,
  // A question that cannot be made into a clause ("Select if you smoke") is spoken of shortly;
  // the error summary then says which question (`problem.summary`).
  'problem.question': 'an answer',
  'problem.question.subject': 'The answer',
  'problem.summary': '{message} for ‘{label}’',
  'problem.required.enter': 'Enter {subject_lower}',
  'problem.required.select': 'Select {subject_lower}',
  'problem.consent': 'You must agree to ‘{label}’',
  'problem.whole_number': '{subject} must be a whole number',
  'problem.between': '{subject} must be between {min} and {max}',
  'problem.min': '{subject} must be {min} or more',
  'problem.max': '{subject} must be {max} or less',
  'error.prefix': 'Error:',
  optional: '(optional)',
  yes: 'Yes',
  no: 'No',
  'date.hint': 'For example, 27 3 2007',
  'date.day': 'Day',
  'date.month': 'Month',
  'date.year': 'Year',
  'select.placeholder': 'Select an option',
  'consent.legend': 'Your agreement',
  'bmi.offer': 'From your height and weight, your BMI is {bmi}.',
  'bmi.use': 'Use {value} as your BMI',
  'bmi.info': 'From your height and weight, your body mass index (BMI) is {bmi} kg/m².',
  'loading.form': 'Loading the form…',
  empty: 'This form has no questions yet. If you expected some, contact the practice.',
  progress: 'Page {page} of {pages}',
  back: 'Back',
  continue: 'Continue',
  submit: 'Submit',
  submitting: 'Sending your answers…',
  'draft.save': 'Save and continue later',
  'draft.saving': 'Saving your answers…',
  'draft.saved.title': 'Your answers have been saved',
  'draft.saved.text': 'You can leave now and come back later to finish.',
  'draft.failed': 'Your answers could not be saved.',
  'submit.failed': 'Your answers could not be sent. They are still here.',
  'error.conflict.submitted': 'These answers have already been sent.',
  'outcome.checking': 'Checking whether your answers were saved…',
  'draft.unknown.title': 'Your answers may have been saved',
  'draft.unknown.text':
    'The connection was lost before the save was confirmed. Your answers are still here. If you save again and the first save went through, nothing is lost.',
  'draft.again': 'Save my answers again',
  'submit.unknown.title': 'Your answers may have been sent',
  'submit.unknown.text':
    'The connection was lost before the practice confirmed it had your answers. Contact the practice to check before you send them again, so they are not sent twice.',
  'submit.again': 'Send my answers again',
  'cleared.title': 'The form changed, so the answers you typed were cleared',
  'cleared.text': 'The page changed what this form is for. Check the form and patient shown, then answer again.',
  'review.title': 'Check your answers before sending them',
  'review.none': 'Not answered',
  'review.agreed': 'Agreed',
  'review.not_agreed': 'Not agreed',
  change: 'Change',
  'submitted.title': 'Form sent',
  'submitted.text': 'Thank you. Your answers have been sent.',
} satisfies Messages;

export type FormStrings = typeof formStrings;
