import { plural, type Messages } from '../../internal/localize.js';

/**
 * Every user-facing string of `<hero-appointments>` (en-GB). Hosts override any through `strings`.
 * Keys ending `.staff` are the practice staff's wording (`audience="staff"`): "the patient's
 * appointment" where a patient reads "your appointment".
 */
export const appointmentsStrings = {
  heading: 'Your appointments',
  'heading.staff': 'Appointments',
  'heading.upcoming': 'Upcoming appointments',
  'heading.past': 'Past appointments',
  'loading.appointments': 'Loading appointments…',
  'loading.more': 'Loading more appointments…',
  'noPatient.title': 'No patient chosen',
  'noPatient.text': 'Select a patient to see their appointments.',
  'empty.upcoming': 'You have no upcoming appointments.',
  'empty.upcoming.staff': 'This patient has no upcoming appointments.',
  'empty.past': 'There are no past appointments to show.',
  'notice.patient': 'The patient changed. These are the appointments of the patient now selected.',
  'notice.dropped': 'The patient changed, so the cancellation you started was not sent.',

  'list.upcoming': 'Upcoming appointments, earliest first',
  'list.past': 'Past appointments, latest first',
  range: 'Showing {shown} of {total} appointments',
  'more.upcoming': 'Show more upcoming appointments',
  'more.past': 'Show more past appointments',
  'more.shown': plural('1 more appointment shown', '{count} more appointments shown'),
  capped: 'Only the first {shown} appointments can be shown here. Contact the practice about any others.',
  'capped.staff': 'Only the first {shown} appointments can be shown here. Find the others in Hero.',

  when: '{day} at {time}',
  'when.none': 'Time not known',
  'type.label': 'Appointment',
  'type.unknown': 'Appointment',
  'with.label': 'With',
  'with.unknown': 'Not known',
  'where.label': 'Where',
  'where.video': 'Video',
  'where.telephone': 'Telephone',
  'where.unknown': 'Not known',
  'status.label': 'Status',
  'status.booked': 'Booked',
  'status.reserved': 'Reserved, not yet confirmed',
  'status.reservedUntil': 'Reserved until {time}, not yet confirmed',
  'status.cancelled': 'Cancelled',
  'status.expired': 'Reservation lapsed',
  'status.past': 'Past',

  cancel: 'Cancel appointment',
  'cancel.hidden': 'on {day} at {time}',
  'cancel.confirm': 'Cancel your appointment on {day} at {time} with {who}?',
  'cancel.confirm.staff': 'Cancel the patient’s appointment on {day} at {time} with {who}?',
  'cancel.confirm.noOne': 'Cancel your appointment on {day} at {time}?',
  'cancel.confirm.noOne.staff': 'Cancel the patient’s appointment on {day} at {time}?',
  'cancel.confirm.hint': 'The appointment will be given to someone else. You cannot undo this.',
  'cancel.yes': 'Yes, cancel it',
  'cancel.no': 'No, keep it',
  'cancel.sending': 'Cancelling…',
  'cancel.done': 'Your appointment on {day} at {time} has been cancelled.',
  'cancel.done.staff': 'The appointment on {day} at {time} has been cancelled.',
  'cancel.failed': 'The appointment was not cancelled.',
  'cancel.unknown': 'We could not tell whether the appointment was cancelled. It may have been.',
  'cancel.unknown.next': 'Check again before you try anything else.',
  'cancel.check': 'Check whether it was cancelled',
  'cancel.checking': 'Checking…',
  'cancel.notCancelled': 'We checked: the appointment was not cancelled. It is still booked.',
  'cancel.again': 'Try cancelling again',
  'policy.window': plural(
    'This appointment is less than 1 hour away, so it cannot be cancelled online.',
    'This appointment is less than {count} hours away, so it cannot be cancelled online.',
  ),
  'policy.refused': 'This appointment cannot be cancelled online.',
  'policy.call': 'To cancel or change it, call the practice on {phone}.',
  'policy.contact': 'To cancel or change it, contact the practice.',
  'policy.staff': 'Cancel it in the clinical system or in Hero if it still needs cancelling.',

  reschedule: 'Change time',
  'reschedule.close': 'Keep the current time',
  'reschedule.done': 'Your appointment is now on {day} at {time}.',
  'reschedule.done.staff': 'The appointment is now on {day} at {time}.',
} satisfies Messages;

export type AppointmentsStrings = typeof appointmentsStrings;
