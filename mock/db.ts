/**
 * The mock API's in-memory, mutable state, seeded from the fixtures. Handlers read and change it;
 * `resetMockDb()` puts it back (call it between tests).
 */
import type { Appointment, BatchMessage, FormAnswer, MessageType, Patient } from '../src/api/types.js';
import { mockClock } from './clock.js';
import { patients as fixturePatients, SEEDED_DRAFT_RESPONSE_ID, SHORT_FORM_ID, smsCredits } from './fixtures.js';

/** How long `POST /v1/appointments` holds a slot. */
export const RESERVATION_HOLD_MS = 15 * 60 * 1000;

export interface StoredAppointment {
  appointment: Appointment;
  /** The generated slot this appointment holds. */
  slotId: string;
  cancelled: boolean;
}

export interface StoredMessage {
  id: string;
  patientId: string;
  messageType: MessageType;
  content: string;
  createdAt: string;
  sendAt: string | null;
  writeToRecord: boolean;
  /** Status polls answered so far; each poll advances pending → sent → delivered. */
  polls: number;
  sentAt: string | null;
  deliveredAt: string | null;
  /** Set when the message can never be delivered (no contact detail). */
  failureReason: string | null;
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
  /** SMS credits left; each SMS sent uses one. */
  smsCredits: number;
  nextIds: { patient: number; appointment: number; message: number; formResponse: number; batch: number };
}

function seed(): MockDbState {
  const created = new Date(mockClock.now() - 2 * 60 * 60 * 1000).toISOString();
  return {
    patients: fixturePatients.map((p) => structuredClone(p)),
    appointments: new Map(),
    messages: new Map(),
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
    smsCredits: smsCredits.credits,
    nextIds: { patient: 5001, appointment: 9001, message: 30001, formResponse: 9601, batch: 70001 },
  };
}

/** The live state. Its object identity never changes; `resetMockDb()` refills it. */
export const mockDb: MockDbState = seed();

/** Restores the seeded state: fixture patients, no appointments, messages or batches. */
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
