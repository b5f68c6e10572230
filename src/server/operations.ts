/**
 * The one list of what the elements ask of the Hero API: the proxy forwards these and nothing
 * else (an allow-list), and the doctor checks the ones a first screen needs. A test holds this
 * list to the calls in src/components, so an element calling a new endpoint fails the build until
 * it is listed here.
 */
import { ID_PATTERN } from '../domain/patient.js';

export type OperationMethod = 'GET' | 'POST' | 'PATCH' | 'PUT';

/** An operation as openapi.yaml names it: `METHOD /path/{template}`. */
export interface Operation {
  method: OperationMethod;
  /** Path template; `{name}` stands for one id segment (`ID_PATTERN`). */
  path: string;
  /** Which element calls it. */
  element: 'slot-picker' | 'patient-lookup' | 'form-renderer' | 'message-composer' | 'message-history' | 'appointments';
}

export const ELEMENT_OPERATIONS: readonly Operation[] = [
  { element: 'slot-picker', method: 'GET', path: '/v1/appointment_types' },
  { element: 'slot-picker', method: 'GET', path: '/v1/locations' },
  { element: 'slot-picker', method: 'GET', path: '/v1/practitioners' },
  { element: 'slot-picker', method: 'GET', path: '/v1/slots' },
  { element: 'slot-picker', method: 'POST', path: '/v1/appointments' },
  { element: 'slot-picker', method: 'PATCH', path: '/v1/appointments/{id}/book' },
  { element: 'slot-picker', method: 'GET', path: '/v1/appointments/{id}' },
  { element: 'slot-picker', method: 'PATCH', path: '/v1/appointments/{id}/cancel' },
  { element: 'slot-picker', method: 'PATCH', path: '/v1/appointments/{id}/reschedule' },
  { element: 'slot-picker', method: 'GET', path: '/v2/appointments' },
  { element: 'slot-picker', method: 'GET', path: '/v1/patients/{id}' },
  { element: 'patient-lookup', method: 'GET', path: '/v3/patients' },
  { element: 'patient-lookup', method: 'GET', path: '/v1/patients' },
  { element: 'patient-lookup', method: 'POST', path: '/v1/patients/register_pds' },
  { element: 'patient-lookup', method: 'GET', path: '/v1/patients/{id}' },
  { element: 'form-renderer', method: 'GET', path: '/v1/forms/{id}' },
  { element: 'form-renderer', method: 'GET', path: '/v1/form_submission_response/{id}' },
  { element: 'form-renderer', method: 'POST', path: '/v1/forms/{id}/response' },
  { element: 'form-renderer', method: 'POST', path: '/v1/forms/response/{id}' },
  { element: 'message-composer', method: 'GET', path: '/v1/templates' },
  { element: 'message-composer', method: 'GET', path: '/v1/me/sms-credits' },
  { element: 'message-composer', method: 'GET', path: '/v1/messages/assignee/collection' },
  { element: 'message-composer', method: 'POST', path: '/v1/snomed/validate' },
  { element: 'message-composer', method: 'POST', path: '/v1/messages/send' },
  { element: 'message-composer', method: 'GET', path: '/v1/messages/{id}/status' },
  // The composer's template fields and links (template-fill.ts, helper `links`).
  { element: 'message-composer', method: 'GET', path: '/v1/me' },
  { element: 'message-composer', method: 'GET', path: '/v1/forms' },
  { element: 'message-composer', method: 'POST', path: '/v1/booking_links' },
  { element: 'message-composer', method: 'POST', path: '/v1/form_links' },
  { element: 'message-composer', method: 'POST', path: '/v1/video_links' },
  { element: 'message-history', method: 'GET', path: '/v2/sent_messages' },
  { element: 'message-history', method: 'GET', path: '/v1/messages/{id}' },
  { element: 'message-history', method: 'GET', path: '/v1/messages/{id}/status' },
  { element: 'appointments', method: 'GET', path: '/v2/appointments' },
  { element: 'appointments', method: 'GET', path: '/v1/appointment_types' },
  { element: 'appointments', method: 'GET', path: '/v1/locations' },
  { element: 'appointments', method: 'GET', path: '/v1/practitioners' },
  { element: 'appointments', method: 'PATCH', path: '/v1/appointments/{id}/cancel' },
  { element: 'appointments', method: 'GET', path: '/v1/appointments/{id}/status' },
];

/** The `METHOD /path` key of an operation, as in `DECODERS` (src/api/decode.ts). */
export const operationKey = (operation: Pick<Operation, 'method' | 'path'>): string => `${operation.method} ${operation.path}`;

/** An id in a path: the kit's one id rule (digits, or a short token of letters, digits, `_` and `-`). */
const ID_SEGMENT = ID_PATTERN;

export type OperationMatch =
  | { kind: 'allowed'; operation: Operation }
  /** The path is one the elements use, with other methods. */
  | { kind: 'method'; allow: OperationMethod[] }
  | { kind: 'unknown' };

/**
 * Matches a request's method and path (`/v1/appointments/123/book`, no query) against the list.
 * Segments are compared exactly; a `{template}` segment takes the kit's id rule only, so nothing
 * encoded, dotted or empty can stand in for an id. A path the list names word for word wins over a
 * template it also fits: `/v1/messages/send` is Send a Message's path, never a message called
 * "send" (`GET /v1/messages/{id}`).
 */
export function matchOperation(method: string, path: string, operations: readonly Operation[] = ELEMENT_OPERATIONS): OperationMatch {
  const segments = path.split('/');
  const fits = operations.filter((operation) => {
    const template = operation.path.split('/');
    return (
      template.length === segments.length &&
      template.every((part, i) => (part.startsWith('{') ? ID_SEGMENT.test(segments[i]!) : part === segments[i]))
    );
  });
  const literal = (operation: Operation) => operation.path.split('/').filter((part) => !part.startsWith('{')).length;
  const most = Math.max(0, ...fits.map(literal));
  const matching = fits.filter((operation) => literal(operation) === most);
  const allowed = matching.find((operation) => operation.method === method.toUpperCase());
  if (allowed) return { kind: 'allowed', operation: allowed };
  if (matching.length) return { kind: 'method', allow: [...new Set(matching.map((operation) => operation.method))] };
  return { kind: 'unknown' };
}
