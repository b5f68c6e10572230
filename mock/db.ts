/**
 * The mock API's in-memory, mutable state, seeded from the fixtures. Handlers read and change it;
 * `resetMockDb()` puts it back (call it between tests).
 */
import type { Appointment, BatchMessage, FormAnswer, MessageType, Patient } from '../src/api/types.js';
import { mockClock } from './clock.js';
import {
  patients as fixturePatients,
  SEEDED_DRAFT_RESPONSE_ID,
  seededAppointments,
  seededListAppointments,
  seededLinks,
  seededMessages,
  SHORT_FORM_ID,
  smsCredits,
  type SeededMessage,
} from './fixtures.js';

/** How long `POST /v1/appointments` holds a slot. */
export const RESERVATION_HOLD_MS = 15 * 60 * 1000;

export interface StoredAppointment {
  appointment: Appointment;
  /** The generated slot this appointment holds (`seed-…` for seeded ones, which hold none). */
  slotId: string;
  cancelled: boolean;
  cancelledAt: string | null;
}

/** A `PATCH /v1/appointments/{id}/cancel` the mock received, with its body, for tests to assert. */
export interface RecordedCancellation {
  appointmentId: string;
  suppress_mail?: boolean;
  suppress_cancellation_policy?: boolean;
  /** Whether it released a reservation (not confirmed) or cancelled a booking. */
  released: boolean;
}

export interface StoredLink {
  id: string;
  type: 'booking' | 'form' | 'video' | 'attachment';
  name: string;
  status: string;
  url: string;
  patientId: string | null;
  attachmentUuid?: string;
}

export interface StoredMessage {
  id: string;
  patientId: string;
  messageType: MessageType;
  content: string;
  /** Where it went (`recipient_contact_detail`, or the record's detail for that channel). */
  recipient: string;
  shortLinkId: string | null;
  createdAt: string;
  sendAt: string | null;
  writeToRecord: boolean;
  /** Status polls answered so far; each poll advances pending → sent → delivered. */
  polls: number;
  sentAt: string | null;
  deliveredAt: string | null;
  /** Set when the message can never be delivered (no contact detail). */
  failureReason: string | null;
  /** A seeded message's fixed state (polls do not move it). */
  seeded?: SeededMessage;
  /** The composer's `admin_id` (inferred field: Hero documents no sender on send), when given. */
  adminId?: string;
}

export interface StoredFormResponse {
  id: string;
  formId: string;
  patientId: string | null;
  appointmentId: string | null;
  answers: FormAnswer[];
  status: 'draft' | 'submitted';
  createdAt: string;
  updatedAt: string;
}

export interface StoredBatch {
  batch: BatchMessage;
  recipients: { nhs_number: string; dob: string | null }[];
  /** `GET` polls since sending; each advances PENDING → SENDING → COMPLETED. */
  polls: number;
}

export interface MockDbState {
  patients: Patient[];
  appointments: Map<string, StoredAppointment>;
  messages: Map<string, StoredMessage>;
  formResponses: Map<string, StoredFormResponse>;
  batches: Map<string, StoredBatch>;
  links: Map<string, StoredLink>;
  /** Every cancel request, in order (a released hold must carry `suppress_mail: true`). */
  cancellations: RecordedCancellation[];
  /** SMS credits left; each SMS sent uses one. */
  smsCredits: number;
  nextIds: { patient: number; appointment: number; message: number; formResponse: number; batch: number; link: number };
}

function seededMessage(seed: SeededMessage, now: number): StoredMessage {
  const created = now - seed.createdMinutesAgo * 60_000;
  const sendAt = seed.scheduledInMinutes === undefined ? null : new Date(now + seed.scheduledInMinutes * 60_000).toISOString();
  const sent = seed.response === 'pending' ? null : new Date(created + 5_000).toISOString();
  return {
    id: seed.id,
    patientId: seed.patientId,
    messageType: seed.messageType,
    content: seed.content,
    recipient: seed.recipient,
    shortLinkId: seed.shortLink?.id ?? null,
    createdAt: new Date(created).toISOString(),
    sendAt,
    writeToRecord: seed.writeToRecord.status !== null,
    polls: 0,
    sentAt: sent,
    deliveredAt: seed.response === 'delivered' ? sent : null,
    failureReason: seed.failureReason,
    seeded: seed,
  };
}

function seed(): MockDbState {
  const now = mockClock.now();
  const created = new Date(now - 2 * 60 * 60 * 1000).toISOString();
  return {
    patients: fixturePatients.map((p) => structuredClone(p)),
    appointments: new Map(
      [...seededAppointments(now), ...seededListAppointments(now)].map(({ appointment, cancelledAt }) => [
        appointment.id,
        { appointment, slotId: `seed-${appointment.id}`, cancelled: cancelledAt !== null, cancelledAt },
      ]),
    ),
    messages: new Map(seededMessages.map((seed) => [seed.id, seededMessage(seed, now)])),
    formResponses: new Map([
      [
        SEEDED_DRAFT_RESPONSE_ID,
        {
          id: SEEDED_DRAFT_RESPONSE_ID,
          formId: SHORT_FORM_ID,
          patientId: '401',
          appointmentId: null,
          answers: [{ form_question_id: '7101', value: 'A rash on my arm that is not getting better.' }],
          status: 'draft',
          createdAt: created,
          updatedAt: created,
        },
      ],
    ]),
    batches: new Map(),
    links: new Map(seededLinks.map((link) => [link.id, { ...link }])),
    cancellations: [],
    smsCredits: smsCredits.credits,
    nextIds: { patient: 5001, appointment: 9001, message: 30001, formResponse: 9601, batch: 70001, link: 72001 },
  };
}

/** The live state. Its object identity never changes; `resetMockDb()` refills it. */
export const mockDb: MockDbState = seed();

/** Restores the seeded state: fixture patients, patient 401's appointments and message history, no batches. */
export function resetMockDb(): void {
  Object.assign(mockDb, seed());
}

/** The next id of a kind, as a digit string. */
export function nextId(kind: keyof MockDbState['nextIds']): string {
  const id = mockDb.nextIds[kind];
  mockDb.nextIds[kind] = id + 1;
  return String(id);
}

/** Is this appointment still holding its slot (booked, or reserved and not yet lapsed)? */
export function isHolding(stored: StoredAppointment, now = mockClock.now()): boolean {
  if (stored.cancelled) return false;
  if (stored.appointment.booking_confirmed_at) return true;
  const until = stored.appointment.reserved_until;
  return until != null && Date.parse(until) > now;
}

/** Slot ids currently held by a booking or a live reservation. */
export function heldSlotIds(now = mockClock.now()): Set<string> {
  const ids = new Set<string>();
  for (const stored of mockDb.appointments.values()) if (isHolding(stored, now)) ids.add(stored.slotId);
  return ids;
}

/** The appointment holding a slot now, if any (optionally ignoring one appointment). */
export function slotHolder(slotId: string, exceptAppointmentId?: string): StoredAppointment | undefined {
  const now = mockClock.now();
  for (const stored of mockDb.appointments.values()) {
    if (stored.slotId === slotId && stored.appointment.id !== exceptAppointmentId && isHolding(stored, now)) return stored;
  }
  return undefined;
}

export function findPatient(id: string): Patient | undefined {
  return mockDb.patients.find((p) => p.id === id);
}
