/**
 * The JSON response examples Hero's reference shows for the operations the kit uses, kept as test
 * fixtures: every one must pass the kit's decoders (test/node/decode.test.ts) and render in the
 * element that uses it (test/api/doc-examples.test.ts). Hero's mock server answers exactly these,
 * placeholders (`"string"`) and all, so an integrator trying the kit against it sees them too.
 *
 * - `copied`: the example as Hero's page prints it (`docs/reference/` has the page).
 * - `expanded`: the page collapses the list's item to `{}` or `{ … }`; the item is written from
 *   the page's field table the way Hero's reference writes its examples (`"string"`, `0`, the first
 *   enum value, `"2019-08-24T14:15:22Z"`), so that an element has something to show.
 *
 * The files are plain JSON beside this module: Node tests read them from disk, browser tests fetch
 * them from the test server.
 */
export interface DocExample {
  /** The file, relative to this folder. */
  file: string;
  /** `METHOD /path/{template}`, as in openapi.yaml and the decoders' `DECODERS`. */
  operation: string;
  operationId: string;
  kind: 'copied' | 'expanded';
  /** The page it comes from. */
  source: string;
}

const REFERENCE = 'https://developer.herohealth.net/apis/public-api/openapi';

export const docExamples: readonly DocExample[] = [
  {
    file: 'getSlot.json',
    operation: 'GET /v1/slots/{id}',
    operationId: 'getSlot',
    kind: 'copied',
    source: `${REFERENCE}/booking/listslots`,
  },
  {
    file: 'expanded/listSlots.json',
    operation: 'GET /v1/slots',
    operationId: 'listSlots',
    kind: 'expanded',
    source: `${REFERENCE}/booking/listslots`,
  },
  {
    file: 'expanded/listAppointmentTypes.json',
    operation: 'GET /v1/appointment_types',
    operationId: 'listAppointmentTypes',
    kind: 'expanded',
    source: `${REFERENCE}/practice-group/getcapabilities`,
  },
  {
    file: 'getAppointment.json',
    operation: 'GET /v1/appointments/{id}',
    operationId: 'getAppointment',
    kind: 'copied',
    source: `${REFERENCE}/booking/getappointment`,
  },
  {
    file: 'listPatients.json',
    operation: 'GET /v1/patients',
    operationId: 'listPatients',
    kind: 'copied',
    source: `${REFERENCE}/patients`,
  },
  {
    file: 'expanded/listPatients.json',
    operation: 'GET /v1/patients',
    operationId: 'listPatients',
    kind: 'expanded',
    source: `${REFERENCE}/patients`,
  },
  {
    file: 'expanded/listPatientsV3.json',
    operation: 'GET /v3/patients',
    operationId: 'listPatientsV3',
    kind: 'expanded',
    source: `${REFERENCE}/patients/listpatientsv3.md`,
  },
  {
    file: 'getPatientById.json',
    operation: 'GET /v1/patients/{id}',
    operationId: 'getPatientById',
    kind: 'copied',
    source: `${REFERENCE}/patients`,
  },
  {
    file: 'registerPatientPds.json',
    operation: 'POST /v1/patients/register_pds',
    operationId: 'registerPatientPds',
    kind: 'copied',
    source: `${REFERENCE}/patients`,
  },
  {
    file: 'registerPatientPds.patient-id.json',
    operation: 'POST /v1/patients/register_pds',
    operationId: 'registerPatientPds',
    kind: 'copied',
    source: 'https://developer.herohealth.net/pages/api/get-started/your-first-api-call',
  },
  {
    file: 'registerPatientPds.verify.json',
    operation: 'POST /v1/patients/register_pds',
    operationId: 'registerPatientPds',
    kind: 'copied',
    source: 'https://developer.herohealth.net/pages/api/get-started/your-first-api-call',
  },
  {
    file: 'sendMessage.json',
    operation: 'POST /v1/messages/send',
    operationId: 'sendMessage',
    kind: 'copied',
    source: 'https://developer.herohealth.net/pages/api/messaging/walkthrough',
  },
  { file: 'getStatus.json', operation: 'GET /v1/messages/{id}/status', operationId: 'getStatus', kind: 'copied', source: REFERENCE },
  { file: 'listTemplates.json', operation: 'GET /v1/templates', operationId: 'listTemplates', kind: 'copied', source: REFERENCE },
  {
    file: 'expanded/listTemplates.json',
    operation: 'GET /v1/templates',
    operationId: 'listTemplates',
    kind: 'expanded',
    source: REFERENCE,
  },
  { file: 'validateSnomed.json', operation: 'POST /v1/snomed/validate', operationId: 'validateSnomed', kind: 'copied', source: REFERENCE },
  {
    file: 'assigneeCollections.json',
    operation: 'GET /v1/messages/assignee/collection',
    operationId: 'assigneeCollections',
    kind: 'copied',
    source: REFERENCE,
  },
  {
    file: 'expanded/assigneeCollections.json',
    operation: 'GET /v1/messages/assignee/collection',
    operationId: 'assigneeCollections',
    kind: 'expanded',
    source: REFERENCE,
  },
  {
    file: 'listSentMessages.json',
    operation: 'GET /v2/sent_messages',
    operationId: 'listSentMessages',
    kind: 'copied',
    source: `${REFERENCE}/messages/listsentmessages`,
  },
  {
    file: 'expanded/listSentMessages.json',
    operation: 'GET /v2/sent_messages',
    operationId: 'listSentMessages',
    kind: 'expanded',
    source: `${REFERENCE}/messages/listsentmessages`,
  },
];

/**
 * Operations the kit decodes whose Hero page shows no whole JSON example (cut off, or a field list
 * only), and why. `registerPatient` and `createAccessToken` have examples here but no decoder: the
 * kit does not call the first, and the second is the server helper's (`hero-elements/server`).
 */
export const operationsWithoutDocExample: Readonly<Record<string, string>> = {
  'GET /v1/locations': 'Listed by path only',
  'GET /v1/practitioners': 'Listed by path only',
  'GET /v1/slots/count': 'Listed by path only',
  'POST /v1/appointments': "The page lists the answer's fields (id, reserved_until) without an example",
  'PATCH /v1/appointments/{id}/book': 'Cut off after the path',
  'PUT /v1/appointments/{id}': 'Cut off before the answer',
  'PATCH /v1/appointments/{id}/reschedule': 'Cut off after the path',
  'PATCH /v1/appointments/{id}/cancel': 'Shows the body, not the answer',
  'GET /v1/appointments/{id}/status': 'Listed by path only',
  'GET /v2/appointments': 'Listed by path only',
  'GET /v1/forms': "The reference lists the answer's fields without a JSON example",
  'GET /v1/forms/{id}': 'Cut off after fields[].name',
  'GET /v1/form_submission_response/{id}': "The reference lists the answer's fields (seed 002) without a JSON example",
  'POST /v1/forms/{id}/response': 'Listed by path only',
  'POST /v1/forms/response/{id}': 'Listed by path only',
  'GET /v1/messages/{id}': 'The example is cut off inside sent_by_admin',
  'GET /v1/me/sms-credits': 'Listed by path only',
  'GET /v1/me': 'Listed by path only',
  'POST /v1/booking_links': 'Listed by path only (the guide shows the request)',
  'POST /v1/form_links': 'Listed by path only',
  'POST /v1/video_links': 'Listed by path only',
  'POST /v1/attachment_links': 'Listed by path only',
  'GET /v1/links/status': 'Listed by path only',
};
