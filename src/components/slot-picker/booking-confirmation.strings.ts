import { plural, type Messages } from '../../internal/localize.js';

/**
 * The words of the booked-appointment screen (en-GB), under `confirmation.*`. The slot picker
 * spreads this table into its own (`{ ...slotPickerStrings, ...bookingConfirmationStrings }`) and
 * the Welsh `bookingConfirmation` block of src/locales/cy.ts into its Welsh table, so hosts
 * override them through the picker's `strings` like any other. `patient` / `staff` pairs are the
 * two audiences' wording of the same thing.
 */
export const bookingConfirmationStrings = {
  'confirmation.heading': 'Appointment booked',
  'confirmation.reference': 'Booking reference',
  'confirmation.reference.patient': 'Give this reference if you contact the practice about your appointment.',
  'confirmation.reference.staff': 'Quote this reference to find the appointment in Hero.',
  'confirmation.details': 'Appointment details',
  'confirmation.patient': 'Patient',
  'confirmation.nhsNumber': 'NHS number',
  'confirmation.dob': 'Date of birth',
  'confirmation.when': 'Date and time',
  'confirmation.whenValue': '{day} at {time}',
  'confirmation.type': 'Appointment',
  'confirmation.with': 'With',
  'confirmation.where': 'Where',
  'confirmation.length': 'Length',
  'confirmation.cost': 'Cost',
  'confirmation.minutes': plural('{count} minute', '{count} minutes'),
  'confirmation.telephone': 'Telephone',
  'confirmation.video': 'Video call',
  'confirmation.unknownPractitioner': 'A clinician',
  'confirmation.unknownLocation': 'The practice',

  'confirmation.telephone.heading': 'Your telephone appointment',
  'confirmation.telephone.patient':
    'The practice will call you on {day} at about {time}. Keep your phone with you and switched on. The call may show as a withheld number.',
  'confirmation.telephone.staff': 'Call the patient on {day} at {time}. Check their phone number in their record before the call.',
  'confirmation.video.heading': 'Your video appointment',
  'confirmation.video.patient': 'Join the call a few minutes before {time} on {day}, using a phone, tablet or computer with a camera.',
  'confirmation.video.staff': 'The patient joins the video call from the link in their confirmation.',
  'confirmation.video.join': 'Join the video call',
  'confirmation.video.open': 'Open the video call',
  'confirmation.video.noLink': 'The practice will send you a link to join the call before your appointment.',
  'confirmation.video.noLinkStaff': 'There is no video link on this appointment yet. Send the patient a link before the appointment.',
  'confirmation.newTab': '(opens in a new tab)',

  'confirmation.cancel.patient': plural(
    'If you cannot go, cancel at least {count} hour before your appointment so someone else can have it.',
    'If you cannot go, cancel at least {count} hours before your appointment so someone else can have it.',
  ),
  'confirmation.cancel.staff': plural(
    'The patient can cancel up to {count} hour before the appointment.',
    'The patient can cancel up to {count} hours before the appointment.',
  ),
  'confirmation.cancel.call': 'To cancel or change it, call the practice on {phone}.',
  'confirmation.cancel.contact': 'To cancel or change it, contact the practice.',

  'confirmation.calendar.heading': 'Add to your calendar',
  'confirmation.calendar.staffHeading': 'Add to a calendar',
  'confirmation.calendar.download': 'Download a calendar file (.ics)',
  'confirmation.calendar.downloadHint': 'Works with Apple Calendar, Outlook and most calendar apps.',
  'confirmation.calendar.google': 'Add to Google Calendar',
  'confirmation.calendar.outlook': 'Add to Outlook.com',
  'confirmation.calendar.title': '{type}, {practice}',
  'confirmation.calendar.reference': 'Booking reference: {reference}',
  'confirmation.calendar.telephone': 'The practice will call you.',
  'confirmation.calendar.video': 'Video call: {url}',

  'confirmation.print': 'Print this page',

  'confirmation.form.heading': 'Before your appointment',
  'confirmation.form.staffHeading': 'Form for this appointment',
  'confirmation.form.patient': 'Fill in a short form so the clinician can prepare for your appointment.',
  'confirmation.form.staff': 'This appointment has a form. You can fill it in with the patient now.',
  'confirmation.form.fill': 'Fill in the form now',
} satisfies Messages;

export type BookingConfirmationStrings = typeof bookingConfirmationStrings;
