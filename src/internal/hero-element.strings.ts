import type { Messages } from './localize.js';

/**
 * Strings every element shares: loading, retry, the error summary's title, and the error messages,
 * one per error code for each audience (see error-view.ts):
 *
 * - `error.patient.*` for people using a patient-facing element: never name Hero, say sorry and
 *   what to do next; `error.patient.call` (when the host gives `practice-phone`) or
 *   `error.patient.contact` follows, saying how to get help now (NHS service manual pattern).
 * - `error.staff.*` for practice staff: may name Hero and say what to check.
 * - `error.config` for the developer or administrator setting the element up: shown, to anyone,
 *   when the element has waited for its configuration in vain.
 *
 * An element's own table may override any of them (the slot picker says "to book an appointment").
 */
export const commonStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  'summary.title': 'There is a problem',
  'error.config':
    'This has not been set up. It needs a practice group (tenant-id) and a way to get access tokens (token-url, jwt-token or tokenProvider), or auth="proxy" with base-url, on the element or on a <hero-provider> around it.',
  'error.patient.auth': 'Sorry, there is a problem with the service. Try again later.',
  'error.patient.network': 'Sorry, we could not connect. Check your internet connection and try again.',
  'error.patient.not_found': 'Sorry, we could not find what you were looking for. It may have been changed or removed.',
  'error.patient.validation': 'Sorry, we could not accept this. Check your answers and try again.',
  'error.patient.conflict': 'Sorry, this was changed while you were using it. Try again to see the latest.',
  'error.patient.rate_limited': 'Sorry, the service is busy. Wait a minute, then try again.',
  'error.patient.server': 'Sorry, there is a problem with the service. Try again later.',
  'error.patient.call': 'If you need help now, call your GP surgery on {phone}.',
  'error.patient.contact': 'If you need help now, contact your GP surgery.',
  'error.staff.auth':
    'The connection to Hero is not authorised. Sign in again; if this keeps happening, ask your administrator to check the set-up.',
  'error.staff.network': 'Hero could not be reached. Check your internet connection, then try again.',
  'error.staff.not_found': 'This could not be found. It may have been changed or removed.',
  'error.staff.validation': 'Hero could not accept this. Check the details, then try again.',
  'error.staff.conflict': 'Someone else changed this at the same time. Try again to see the latest.',
  'error.staff.rate_limited': 'Too many requests were made. Wait a minute, then try again.',
  'error.staff.server': 'Hero is having a problem. Try again in a few minutes.',
} satisfies Messages;

export type CommonStrings = typeof commonStrings;
