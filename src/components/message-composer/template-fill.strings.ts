import type { Messages } from '../../internal/localize.js';

/**
 * The words of the template fields (template-fill.ts), en-GB. The composer merges them into its
 * own table (`...templateFillStrings`), so hosts override them through `strings` like the rest;
 * Welsh in src/locales/cy.ts (`templateFillCy`, spread into the composer's Welsh table).
 */
export const templateFillStrings = {
  // The shared date and time pieces' own words (src/internal/ui/ui-strings.ts).
  'date.day': 'Day',
  'date.month': 'Month',
  'date.year': 'Year',
  'time.hint': 'For example, 9:30am or 14:30',

  'fill.intro': 'This template needs some details. They go into the message where it says.',
  'fill.loading': 'Loading the practice’s details…',

  // Labels of placeholders the kit knows; others are labelled from their name.
  'fill.label.appointment_date': 'Appointment date',
  'fill.label.appointment_time': 'Appointment time',
  'fill.label.practice_name': 'Practice name',
  'fill.label.practice_phone': 'Practice phone number',
  'fill.label.first_name': 'Patient’s first name',
  'fill.label.last_name': 'Patient’s last name',
  'fill.label.title': 'Patient’s title',
  'fill.label.name': 'Patient’s name',
  'fill.label.full_name': 'Patient’s full name',
  'fill.hint.date': 'For example, {example}',
  'fill.hint.practice': 'Hero did not give the practice’s details. Enter them as patients know them.',
  'fill.hint.patient': 'The patient’s record does not have this. Enter it as the patient would expect.',

  'fill.error.text': 'Enter {label_lower}',
  'fill.date.required': 'Enter {label_lower}',
  'fill.date.missing_day': '{label} must include a day',
  'fill.date.missing_month': '{label} must include a month',
  'fill.date.missing_year': '{label} must include a year',
  'fill.date.missing_day_month': '{label} must include a day and month',
  'fill.date.missing_day_year': '{label} must include a day and year',
  'fill.date.missing_month_year': '{label} must include a month and year',
  'fill.date.invalid': '{label} must be a real date',
  'fill.date.year_length': 'Year must include 4 numbers',
  'fill.date.today_or_future': '{label} must be today or in the future',
  'fill.time.required': 'Enter {label_lower}',
  'fill.time.invalid': '{label} must be a real time, like 9:30am or 14:30',
  'fill.time.ambiguous': '{label} must say am or pm, like {am} or {pm}',

  'fill.select': 'Select one',
  'fill.type.legend': 'Which appointment can the patient book with the link?',
  'fill.type.loading': 'Loading appointment types…',
  'fill.type.none': 'No appointment types are set up in Hero, so a booking link cannot be made.',
  'fill.type.error': 'Select the type of appointment',
  'fill.location.legend': 'Where is the appointment?',
  'fill.location.error': 'Select where the appointment is',
  'fill.location.only': 'At {name}',
  'fill.form.legend': 'Which form should the patient fill in?',
  'fill.form.loading': 'Loading forms…',
  'fill.form.none': 'No forms are set up in Hero, so a form link cannot be made.',
  'fill.form.error': 'Select the form',

  'fill.link.creating.booking': 'Creating the booking link…',
  'fill.link.creating.form': 'Creating the form link…',
  'fill.link.creating.video': 'Creating the video consultation link…',
  'fill.link.made.booking': 'Booking link created for this patient.',
  'fill.link.made.form': 'Form link created for this patient.',
  'fill.link.made.video': 'Video consultation link created for this patient.',
  'fill.link.unknown.booking':
    'We could not tell whether the booking link was created. Nothing has been sent to the patient. If you create a new link, only the new one is sent.',
  'fill.link.unknown.form':
    'We could not tell whether the form link was created. Nothing has been sent to the patient. If you create a new link, only the new one is sent.',
  'fill.link.unknown.video':
    'We could not tell whether the video consultation link was created. Nothing has been sent to the patient. If you create a new link, only the new one is sent.',
  'fill.link.again': 'Create a new link',
  'fill.link.retry': 'Try creating the link again',
  'fill.link.needed.booking': 'Create the booking link before you review the message',
  'fill.link.needed.form': 'Create the form link before you review the message',
  'fill.link.needed.video': 'Create the video consultation link before you review the message',

  'fill.preview.link.booking': 'booking link (added when you review the message)',
  'fill.preview.link.form': 'form link (added when you review the message)',
  'fill.preview.link.video': 'video consultation link (added when you review the message)',
  'fill.preview.unfilled': '(not filled in yet)',
  'fill.unsupported': 'This template has a link that cannot be made here: {names}. Select another template, or write the message yourself.',
} satisfies Messages;

export type TemplateFillStrings = typeof templateFillStrings;
