/**
 * Friendly names for the API's schemas, generated from `openapi.yaml` (see `generated/openapi.ts`;
 * regenerate with `npm run gen:api`, never edit by hand). Types only: importing this file costs
 * nothing at run time.
 */
import type { components } from './generated/openapi.js';

export type { paths, components, operations } from './generated/openapi.js';

type Schemas = components['schemas'];

// Transport
export type AccessToken = Schemas['AccessToken'];

// Practice group
export type PracticeGroup = Schemas['PracticeGroup'];
export type PracticeGroupAddress = Schemas['PracticeGroupAddress'];

// Booking
export type AppointmentType = Schemas['AppointmentType'];
export type AppointmentTypeList = Schemas['AppointmentTypeList'];
export type Location = Schemas['Location'];
export type LocationList = Schemas['LocationList'];
export type Practitioner = Schemas['Practitioner'];
export type PractitionerList = Schemas['PractitionerList'];
export type Slot = Schemas['Slot'];
export type SlotList = Schemas['SlotList'];
export type SlotCount = Schemas['SlotCount'];
export type SlotAvailabilityRequest = Schemas['SlotAvailabilityRequest'];
export type SlotAvailability = Schemas['SlotAvailability'];
export type AppointmentCreateRequest = Schemas['AppointmentCreateRequest'];
export type AppointmentReservation = Schemas['AppointmentReservation'];
export type AppointmentBookRequest = Schemas['AppointmentBookRequest'];
export type Appointment = Schemas['Appointment'];
export type AppointmentCancelRequest = Schemas['AppointmentCancelRequest'];
export type AppointmentEditRequest = Schemas['AppointmentEditRequest'];
export type AppointmentRescheduleRequest = Schemas['AppointmentRescheduleRequest'];
export type AppointmentState = Schemas['AppointmentState'];
export type AppointmentStatus = Schemas['AppointmentStatus'];
export type AppointmentListItem = Schemas['AppointmentListItem'];
export type AppointmentList = Schemas['AppointmentList'];

// Patients
export type Patient = Schemas['Patient'];
export type PatientIdentifier = Schemas['PatientIdentifier'];
export type PatientList = Schemas['PatientList'];
export type ListPatient = Schemas['ListPatient'];
export type ListPatientList = Schemas['ListPatientList'];
export type RegisterPdsByNhsNumber = Schemas['RegisterPdsByNhsNumber'];
export type RegisterPdsByDemographics = Schemas['RegisterPdsByDemographics'];
export type RegisterPdsRequest = Schemas['RegisterPdsRequest'];
export type PatientIdResult = Schemas['PatientIdResult'];
export type IdentityVerificationRequired = Schemas['IdentityVerificationRequired'];
export type RegisterPdsResult = Schemas['RegisterPdsResult'];
export type RegisterPatientRequest = Schemas['RegisterPatientRequest'];

// Forms
export type FormSummary = Schemas['FormSummary'];
export type FormSummaryList = Schemas['FormSummaryList'];
export type Form = Schemas['Form'];
export type FormField = Schemas['FormField'];
export type FormFieldType = Schemas['FormFieldType'];
export type FormFieldOption = Schemas['FormFieldOption'];
export type FormFieldShowIf = Schemas['FormFieldShowIf'];
export type FormAnswerValue = Schemas['FormAnswerValue'];
export type FormAnswer = Schemas['FormAnswer'];
export type FormResponseRequest = Schemas['FormResponseRequest'];
export type FormResponse = Schemas['FormResponse'];
export type FormSubmissionResponse = Schemas['FormSubmissionResponse'];

// Messages
export type Template = Schemas['Template'];
export type TemplateList = Schemas['TemplateList'];
export type MessageType = Schemas['MessageType'];
export type MessageSendRequest = Schemas['MessageSendRequest'];
export type MessageSendResponse = Schemas['MessageSendResponse'];
export type MessageStatus = Schemas['MessageStatus'];
export type MessageDeliveryState = Schemas['MessageDeliveryState'];
export type SnomedValidateRequest = Schemas['SnomedValidateRequest'];
export type SnomedValidateResult = Schemas['SnomedValidateResult'];
export type Assignee = Schemas['Assignee'];
export type AssigneeCollection = Schemas['AssigneeCollection'];
export type SmsCredits = Schemas['SmsCredits'];
export type BatchMessageRequest = Schemas['BatchMessageRequest'];
export type BatchMessage = Schemas['BatchMessage'];
export type WriteToRecordState = Schemas['WriteToRecordState'];
export type MessagePatient = Schemas['MessagePatient'];
export type ShortLink = Schemas['ShortLink'];
export type Campaign = Schemas['Campaign'];
export type SentMessage = Schemas['SentMessage'];
export type SentMessageList = Schemas['SentMessageList'];
export type MessageAdmin = Schemas['MessageAdmin'];
export type Message = Schemas['Message'];

// Links
export type BookingLinkRequest = Schemas['BookingLinkRequest'];
export type FormLinkRequest = Schemas['FormLinkRequest'];
export type VideoLinkRequest = Schemas['VideoLinkRequest'];
export type AttachmentLinkRequest = Schemas['AttachmentLinkRequest'];
export type CreatedLink = Schemas['CreatedLink'];
export type AttachmentLink = Schemas['AttachmentLink'];

// Errors
export type ValidationIssue = Schemas['ValidationIssue'];
export type ValidationError = Schemas['ValidationError'];
export type ConflictError = Schemas['ConflictError'];
export type ErrorBody = Schemas['ErrorBody'];
