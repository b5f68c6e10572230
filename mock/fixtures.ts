/**
 * Fixture data for the mock Hero API: a fictional three-site GP practice in South Gloucestershire.
 * Every NHS number is a valid test number (the 999 range, Modulus 11 checked); every person,
 * address and phone number is made up.
 *
 * Slots are not stored: `slotsFor()` generates them deterministically from each practitioner's
 * weekly rota, in Europe/London wall-clock time converted to UTC (correct across BST changes,
 * whatever the machine's own time zone).
 */
import type {
  Appointment,
  AppointmentType,
  Assignee,
  Form,
  FormField,
  FormFieldOption,
  FormSummary,
  Location,
  ListPatient,
  Patient,
  PatientIdentifier,
  PracticeGroup,
  Practitioner,
  Slot,
  SmsCredits,
  Template,
} from '../src/api/types.js';
import { addDays, isIsoDate, londonToday as londonTodayAt, londonWallTimeToUtcMs, weekday } from '../src/domain/london-time.js';
import { mockClock } from './clock.js';

export const PRACTICE_NAME = 'Millbrook Medical Practice';

// ───────────────────────────── Domain helpers ─────────────────────────────

export { isValidNhsNumber, normaliseNhsNumber } from '../src/domain/nhs-number.js';

// ───────────────────────────── Europe/London time ─────────────────────────────

export { addDays, isIsoDate, londonDate, londonOffsetMinutes, londonWallTimeToUtcMs, weekday } from '../src/domain/london-time.js';

/** Today's Europe/London date by the mock clock. */
export function londonToday(): string {
  return londonTodayAt(mockClock.now());
}

/** A stable 32-bit FNV-1a hash, for deterministic "randomness". */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

// ───────────────────────────── Locations ─────────────────────────────

export const locations: Location[] = [
  {
    id: '301',
    name: 'Millbrook Medical Practice (main surgery)',
    address_line_1: '42 High Street',
    address_line_2: null,
    town: 'Thornbury',
    postcode: 'BS35 2AQ',
  },
  {
    id: '302',
    name: 'Castle Street Branch Surgery',
    address_line_1: '3 Castle Street',
    address_line_2: 'Castle Court',
    town: 'Thornbury',
    postcode: 'BS35 1HB',
  },
  {
    id: '303',
    name: 'Alveston Branch Surgery',
    address_line_1: 'Greenhill Road',
    address_line_2: 'Alveston',
    town: 'Bristol',
    postcode: 'BS35 3LS',
  },
];

export const MAIN_SURGERY_ID = '301';

// ───────────────────────────── Practitioners ─────────────────────────────

export const practitioners: Practitioner[] = [
  { id: '201', title: 'Dr', first_name: 'Priya', last_name: 'Sharma', practitioner_type: 'GP' },
  { id: '202', title: 'Dr', first_name: 'James', last_name: "O'Connor", practitioner_type: 'GP' },
  { id: '203', title: 'Dr', first_name: 'Aisha', last_name: 'Bello', practitioner_type: 'GP' },
  { id: '204', title: 'Mrs', first_name: 'Rebecca', last_name: 'Hughes', practitioner_type: 'Nurse' },
  { id: '205', title: 'Mr', first_name: 'Tomasz', last_name: 'Nowak', practitioner_type: 'Nurse' },
  { id: '206', title: 'Ms', first_name: 'Chloe', last_name: 'Evans', practitioner_type: 'Healthcare Assistant' },
  { id: '207', title: 'Dr', first_name: 'Gareth', last_name: 'Williams', practitioner_type: 'GP' },
];

// ───────────────────────────── Appointment types ─────────────────────────────

/**
 * `slot_count` and `next_available_at` here are placeholders: the handlers compute both from the
 * generated slots (today plus 13 days, minus booked ones) on every request.
 */
export const appointmentTypes: AppointmentType[] = [
  {
    id: '101',
    name: 'GP appointment',
    partner_slot_name: 'Routine GP 10 min',
    next_available_at: null,
    slot_count: 0,
    price: 0,
    sector: 'nhs',
    duration: 10,
    video: false,
    in_person: true,
    telephone: false,
    use_partner_bookable_slots: true,
    admin_booking_invoice_required: false,
    form_id: null,
    practitioner_type: 'GP',
    assignee_id: null,
    assignee_type: null,
  },
  {
    id: '102',
    name: 'GP telephone consultation',
    partner_slot_name: 'GP Telephone 10 min',
    next_available_at: null,
    slot_count: 0,
    price: 0,
    sector: 'nhs',
    duration: 10,
    video: false,
    in_person: false,
    telephone: true,
    use_partner_bookable_slots: true,
    admin_booking_invoice_required: false,
    form_id: '602',
    practitioner_type: 'GP',
    assignee_id: null,
    assignee_type: null,
  },
  {
    id: '103',
    name: 'GP video consultation',
    partner_slot_name: 'GP Video 15 min',
    next_available_at: null,
    slot_count: 0,
    price: 0,
    sector: 'nhs',
    duration: 15,
    video: true,
    in_person: false,
    telephone: false,
    use_partner_bookable_slots: true,
    admin_booking_invoice_required: false,
    form_id: null,
    practitioner_type: 'GP',
    assignee_id: null,
    assignee_type: null,
  },
  {
    id: '104',
    name: 'Blood test with the practice nurse',
    partner_slot_name: 'Nurse Bloods 10 min',
    next_available_at: null,
    slot_count: 0,
    price: 0,
    sector: 'nhs',
    duration: 10,
    video: false,
    in_person: true,
    telephone: false,
    use_partner_bookable_slots: true,
    admin_booking_invoice_required: false,
    form_id: null,
    practitioner_type: 'Nurse',
    assignee_id: null,
    assignee_type: null,
  },
  {
    id: '105',
    name: 'Travel vaccination consultation',
    partner_slot_name: 'Travel Clinic 20 min',
    next_available_at: null,
    slot_count: 0,
    price: 35,
    sector: 'paid',
    duration: 20,
    video: false,
    in_person: true,
    telephone: false,
    use_partner_bookable_slots: true,
    admin_booking_invoice_required: true,
    form_id: '602',
    practitioner_type: 'Nurse',
    assignee_id: '11',
    assignee_type: 'AdminTeam',
  },
  {
    id: '106',
    name: 'Minor surgery (joint injection)',
    partner_slot_name: 'Minor Ops 20 min',
    next_available_at: null,
    slot_count: 0,
    price: 0,
    sector: 'nhs',
    duration: 20,
    video: false,
    in_person: true,
    telephone: false,
    use_partner_bookable_slots: true,
    admin_booking_invoice_required: false,
    form_id: null,
    practitioner_type: 'GP',
    assignee_id: null,
    assignee_type: null,
  },
  {
    id: '107',
    name: 'Blood pressure check',
    partner_slot_name: 'HCA BP 10 min',
    next_available_at: null,
    slot_count: 0,
    price: 0,
    sector: 'nhs',
    duration: 10,
    video: false,
    in_person: true,
    telephone: false,
    use_partner_bookable_slots: true,
    admin_booking_invoice_required: false,
    form_id: null,
    practitioner_type: 'Healthcare Assistant',
    assignee_id: null,
    assignee_type: null,
  },
];

/** The appointment type that never has availability (the minor surgery list is full). */
export const NO_AVAILABILITY_APPOINTMENT_TYPE_ID = '106';

// ───────────────────────────── Rotas and slots ─────────────────────────────

interface SessionBlock {
  /** Minutes after midnight, Europe/London. */
  start: number;
  /** Minutes after midnight, Europe/London; the last slot finishes by then. */
  end: number;
  appointmentTypeId: string;
}

interface RotaDay {
  locationId: string;
  blocks: SessionBlock[];
}

const hm = (time: string): number => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
const block = (start: string, end: string, appointmentTypeId: string): SessionBlock => ({
  start: hm(start),
  end: hm(end),
  appointmentTypeId,
});

/** Weekly rota per practitioner: weekday (1 = Monday … 6 = Saturday) → where and what. */
const rotas: Record<string, Partial<Record<number, RotaDay>>> = (() => {
  const sharmaMain: RotaDay = {
    locationId: '301',
    blocks: [
      block('08:00', '11:00', '101'),
      block('11:00', '12:00', '102'),
      block('14:00', '16:00', '101'),
      block('16:00', '17:30', '103'),
      block('17:30', '18:30', '102'),
    ],
  };
  const oConnorMain: RotaDay = {
    locationId: '301',
    blocks: [block('08:00', '12:00', '101'), block('15:00', '18:30', '102')],
  };
  const oConnorAlveston: RotaDay = {
    locationId: '303',
    blocks: [block('09:00', '12:00', '101'), block('14:00', '16:00', '103')],
  };
  const belloCastle: RotaDay = {
    locationId: '302',
    blocks: [block('08:00', '10:00', '101'), block('10:00', '12:30', '102')],
  };
  const williamsAlveston: RotaDay = {
    locationId: '303',
    blocks: [block('13:30', '16:00', '103'), block('16:00', '18:30', '102')],
  };
  const hughesMain: RotaDay = {
    locationId: '301',
    blocks: [block('08:00', '11:00', '104'), block('11:00', '12:20', '105'), block('14:00', '17:00', '104')],
  };
  const nowakCastle: RotaDay = {
    locationId: '302',
    blocks: [block('08:00', '12:00', '104'), block('14:00', '16:00', '105')],
  };
  const nowakAlveston: RotaDay = { locationId: '303', blocks: [block('08:30', '12:30', '104')] };
  const evansMain: RotaDay = { locationId: '301', blocks: [block('08:00', '12:00', '107')] };
  const saturdayMain = (appointmentTypeId: string): RotaDay => ({
    locationId: '301',
    blocks: [block('08:30', '11:30', appointmentTypeId)],
  });
  return {
    '201': {
      1: sharmaMain,
      2: sharmaMain,
      3: { locationId: '302', blocks: [block('08:30', '12:00', '101'), block('14:00', '17:00', '101')] },
      4: sharmaMain,
      5: sharmaMain,
    },
    '202': { 1: oConnorMain, 2: oConnorAlveston, 3: oConnorMain, 4: oConnorAlveston, 5: oConnorMain, 6: saturdayMain('101') },
    '203': { 1: belloCastle, 2: belloCastle, 3: belloCastle, 4: belloCastle },
    '204': { 1: hughesMain, 2: hughesMain, 3: hughesMain, 4: hughesMain, 5: hughesMain },
    '205': { 1: nowakCastle, 2: nowakAlveston, 3: nowakCastle, 5: nowakCastle },
    '206': { 1: evansMain, 2: evansMain, 3: evansMain, 4: evansMain, 5: evansMain, 6: saturdayMain('107') },
    '207': { 1: williamsAlveston, 3: williamsAlveston, 5: williamsAlveston },
  };
})();

/** England and Wales bank holidays: the practice is closed. */
export const BANK_HOLIDAYS: ReadonlySet<string> = new Set([
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-05',
  '2025-05-26',
  '2025-08-25',
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
]);

/** Protected learning time: the second Wednesday afternoon of each month has no appointments. */
function isProtectedLearningAfternoon(date: string): boolean {
  const day = Number(date.slice(8, 10));
  return weekday(date) === 3 && day >= 8 && day <= 14;
}

/** A practitioner on leave has no slots that day (deterministic, about one day in nine). */
function isOnLeave(date: string, practitionerId: string): boolean {
  return stableHash(`leave:${date}:${practitionerId}`) % 9 === 0;
}

/** Already-booked slots are left out (deterministic, about 38%). */
function isTaken(date: string, practitionerId: string, minute: number): boolean {
  return stableHash(`taken:${date}:${practitionerId}:${minute}`) % 100 < 38;
}

const appointmentTypeById = new Map(appointmentTypes.map((t) => [t.id, t]));

/** Slot ids encode the day, practitioner and start so a slot can be found again: `YYYYMMDD` + `PPP` + `MMMM`. */
export function slotId(date: string, practitionerId: string, minute: number): string {
  return `${date.replace(/-/g, '')}${practitionerId.padStart(3, '0')}${String(minute).padStart(4, '0')}`;
}

const dayCache = new Map<string, Slot[]>();

/** Every generated slot on a Europe/London calendar day, past or not, in start order. */
function slotsOnDay(date: string): Slot[] {
  const cached = dayCache.get(date);
  if (cached) return cached;
  const slots: Slot[] = [];
  const dow = weekday(date);
  if (!BANK_HOLIDAYS.has(date)) {
    const plt = isProtectedLearningAfternoon(date);
    for (const practitioner of practitioners) {
      const rotaDay = rotas[practitioner.id]?.[dow];
      if (!rotaDay || isOnLeave(date, practitioner.id)) continue;
      for (const b of rotaDay.blocks) {
        if (plt && b.start >= 13 * 60) continue;
        const duration = appointmentTypeById.get(b.appointmentTypeId)?.duration ?? 10;
        for (let minute = b.start; minute + duration <= b.end; minute += duration) {
          if (isTaken(date, practitioner.id, minute)) continue;
          const start = londonWallTimeToUtcMs(date, minute);
          slots.push({
            id: slotId(date, practitioner.id, minute),
            practitioner_id: practitioner.id,
            appointment_type_id: b.appointmentTypeId,
            location_id: rotaDay.locationId,
            start_time: new Date(start).toISOString(),
            finish_time: new Date(start + duration * 60_000).toISOString(),
          });
        }
      }
    }
  }
  slots.sort((a, b) => a.start_time.localeCompare(b.start_time) || a.practitioner_id.localeCompare(b.practitioner_id));
  dayCache.set(date, slots);
  return slots;
}

export interface SlotQuery {
  /** First Europe/London day, inclusive. Default: today (Europe/London, by the mock clock). */
  startDate?: string | undefined;
  /** Last Europe/London day, inclusive. Default: startDate plus 13 days. */
  endDate?: string | undefined;
  appointmentTypeId?: string | undefined;
  locationId?: string | undefined;
  practitionerId?: string | undefined;
}

/** The longest window generated in one call, so a silly query cannot hang the mock. */
export const MAX_SLOT_WINDOW_DAYS = 366;

/**
 * Deterministic free slots in a window: weekdays (and Saturday mornings at the main surgery),
 * 08:00–18:30 Europe/London, with taken slots, leave days, bank holidays and a protected-learning
 * afternoon left out. Past slots (start before `mockClock.now()`) are never returned.
 */
export function slotsFor(query: SlotQuery = {}): Slot[] {
  const startDate = query.startDate ?? londonToday();
  const endDate = query.endDate ?? addDays(startDate, 13);
  const now = mockClock.now();
  const out: Slot[] = [];
  let date = startDate;
  for (let i = 0; i < MAX_SLOT_WINDOW_DAYS && date <= endDate; i++, date = addDays(date, 1)) {
    for (const slot of slotsOnDay(date)) {
      if (Date.parse(slot.start_time) < now) continue;
      if (query.appointmentTypeId !== undefined && slot.appointment_type_id !== query.appointmentTypeId) continue;
      if (query.locationId !== undefined && slot.location_id !== query.locationId) continue;
      if (query.practitionerId !== undefined && slot.practitioner_id !== query.practitionerId) continue;
      out.push(slot);
    }
  }
  return out;
}

/** The slot with this id if it exists and has not started yet; else `null`. */
export function findSlot(id: string): Slot | null {
  if (!/^\d{15}$/.test(id)) return null;
  const date = `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}`;
  if (!isIsoDate(date)) return null;
  const slot = slotsOnDay(date).find((s) => s.id === id) ?? null;
  if (!slot || Date.parse(slot.start_time) < mockClock.now()) return null;
  return slot;
}

/** Locations where a practitioner works, from the rota. */
export function practitionerLocationIds(practitionerId: string): string[] {
  const ids = new Set<string>();
  for (const day of Object.values(rotas[practitionerId] ?? {})) if (day) ids.add(day.locationId);
  return [...ids];
}

/** Locations where an appointment type is offered, from the rota (minor surgery: the main surgery). */
export function appointmentTypeLocationIds(appointmentTypeId: string): string[] {
  if (appointmentTypeId === NO_AVAILABILITY_APPOINTMENT_TYPE_ID) return [MAIN_SURGERY_ID];
  const ids = new Set<string>();
  for (const rota of Object.values(rotas)) {
    for (const day of Object.values(rota)) {
      if (day?.blocks.some((b) => b.appointmentTypeId === appointmentTypeId)) ids.add(day.locationId);
    }
  }
  return [...ids];
}

// ───────────────────────────── Patients ─────────────────────────────

function identifiers(nhsNumber: string, heroId: string, ehr?: { id: string; label: 'EMIS' | 'Systm One' }): PatientIdentifier[] {
  const list: PatientIdentifier[] = [
    { source: 'nhs', name: 'nhs_number', role: 'main', label: 'NHS', value: nhsNumber },
    { source: 'hero', name: 'hero_id', role: 'secondary', label: 'Hero', value: heroId },
  ];
  if (ehr) list.push({ source: 'ehr_partner', name: 'ehr_partner_id', role: 'secondary', label: ehr.label, value: ehr.id });
  return list;
}

type PatientSeed = Pick<Patient, 'id' | 'dob' | 'data_source' | 'status' | 'identifiers' | 'ehr_registered'> &
  Partial<Omit<Patient, 'id' | 'dob' | 'data_source' | 'status' | 'identifiers' | 'ehr_registered'>>;

/** Fills every documented field, so fixtures look like real API responses (nulls, not gaps). */
export function completePatient(seed: PatientSeed): Patient {
  return {
    uid: null,
    emis_id: null,
    ehr_partner_id: null,
    deceased_at: null,
    title: null,
    first_name: null,
    last_name: null,
    sex: null,
    nhs_number: null,
    email: null,
    emails: null,
    mobile: null,
    last_sync_at: null,
    address_line_1: null,
    address_line_2: null,
    address_line_3: null,
    country: null,
    postcode: null,
    town: null,
    county: null,
    notes: null,
    verification_credentials: null,
    restricted: false,
    sex_changed_at: null,
    ...seed,
  };
}

const address = (line1: string, town: string, postcode: string, line2: string | null = null) => ({
  address_line_1: line1,
  address_line_2: line2,
  address_line_3: null,
  town,
  county: 'South Gloucestershire',
  country: 'United Kingdom',
  postcode,
});

export const patients: Patient[] = [
  completePatient({
    id: '401',
    uid: 'c2f4e7a0-4b1d-4d0e-9a51-3f2b8c1d0a01',
    emis_id: '500123',
    ehr_partner_id: '500123',
    title: 'Mrs',
    first_name: 'Olivia',
    last_name: 'Bennett',
    sex: 'Female',
    dob: '1985-03-14',
    nhs_number: '9990000018',
    email: 'olivia.bennett@example.com',
    emails: ['olivia.bennett@example.com'],
    mobile: '07700900123',
    last_sync_at: '2026-01-12T09:30:00.000Z',
    ...address('17 Gloucester Road', 'Thornbury', 'BS35 1DG'),
    data_source: 'emis',
    status: 'unarchived',
    identifiers: identifiers('9990000018', '401', { id: '500123', label: 'EMIS' }),
    ehr_registered: true,
  }),
  completePatient({
    id: '402',
    emis_id: '500124',
    ehr_partner_id: '500124',
    title: 'Mr',
    first_name: 'Mohammed',
    last_name: 'Rahman',
    sex: 'Male',
    dob: '1972-11-02',
    nhs_number: '9990000026',
    email: 'm.rahman@example.co.uk',
    emails: ['m.rahman@example.co.uk'],
    mobile: '07700900456',
    ...address('8 Rock Street', 'Thornbury', 'BS35 2BW'),
    data_source: 'emis',
    status: 'unarchived',
    identifiers: identifiers('9990000026', '402', { id: '500124', label: 'EMIS' }),
    ehr_registered: true,
  }),
  completePatient({
    id: '403',
    title: 'Miss',
    first_name: 'Siân',
    last_name: 'Pritchard',
    sex: 'Female',
    dob: '1990-07-21',
    nhs_number: '9990000034',
    email: 'sian.pritchard@example.cymru',
    emails: ['sian.pritchard@example.cymru'],
    mobile: '07700900789',
    ...address('2 Heol y Bont', 'Chepstow', 'NP16 5ET'),
    county: 'Monmouthshire',
    data_source: 'systm_one',
    ehr_partner_id: 'S1-778812',
    status: 'unarchived',
    identifiers: identifiers('9990000034', '403', { id: 'S1-778812', label: 'Systm One' }),
    ehr_registered: true,
  }),
  completePatient({
    id: '404',
    title: 'Ms',
    first_name: 'Elaine',
    last_name: 'Whitmore',
    sex: 'Female',
    dob: '1979-09-05',
    nhs_number: '9990000042',
    email: 'e.whitmore@example.com',
    emails: ['e.whitmore@example.com'],
    mobile: '07700900321',
    ...address('Flat 4, Orchard House', 'Thornbury', 'BS35 2HR', 'Pullins Green'),
    notes: 'Restricted record: do not disclose address or contact details.',
    data_source: 'pds',
    restricted: true,
    status: 'unarchived',
    identifiers: identifiers('9990000042', '404'),
    ehr_registered: true,
  }),
  completePatient({
    id: '405',
    title: 'Mr',
    first_name: 'Arthur',
    last_name: 'Penhaligon',
    sex: 'Male',
    dob: '1931-05-09',
    deceased_at: '2025-12-03T06:15:00.000Z',
    nhs_number: '9990000050',
    mobile: '07700900654',
    ...address('Sunnyside, Church Road', 'Alveston', 'BS35 3QA'),
    data_source: 'emis',
    emis_id: '500131',
    status: 'unarchived',
    identifiers: identifiers('9990000050', '405', { id: '500131', label: 'EMIS' }),
    ehr_registered: true,
  }),
  completePatient({
    id: '406',
    title: 'Mr',
    first_name: 'Kevin',
    last_name: 'Marsh',
    sex: 'Male',
    dob: '1964-02-29',
    nhs_number: '9990000069',
    email: 'kev.marsh@example.com',
    emails: ['kev.marsh@example.com'],
    mobile: '07700900987',
    ...address('31 Streamside', 'Thornbury', 'BS35 1JS'),
    notes: 'Moved away; registered elsewhere.',
    data_source: 'hero',
    status: 'archived',
    identifiers: identifiers('9990000069', '406'),
    ehr_registered: false,
  }),
  completePatient({
    id: '407',
    title: 'Mr',
    first_name: 'James',
    last_name: 'Smith',
    sex: 'Male',
    dob: '1988-01-15',
    nhs_number: '9990000077',
    email: 'james.smith88@example.com',
    emails: ['james.smith88@example.com'],
    mobile: '07700900111',
    ...address('5 Eastbury Close', 'Thornbury', 'BS35 1PB'),
    data_source: 'emis',
    emis_id: '500140',
    status: 'unarchived',
    identifiers: identifiers('9990000077', '407', { id: '500140', label: 'EMIS' }),
    ehr_registered: true,
  }),
  completePatient({
    id: '408',
    title: 'Mr',
    first_name: 'James',
    last_name: 'Smith',
    sex: 'Male',
    dob: '1988-01-15',
    nhs_number: '9990000085',
    email: null,
    mobile: '07700900222',
    ...address('112 Bristol Road', 'Alveston', 'BS35 3LG'),
    data_source: 'pds',
    status: 'unarchived',
    identifiers: identifiers('9990000085', '408'),
    ehr_registered: false,
  }),
  completePatient({
    id: '409',
    first_name: 'Zoë',
    last_name: 'Ellis-Nakamura',
    sex: 'Female',
    dob: '2016-09-30',
    nhs_number: '9990000093',
    email: 'ellis.family@example.com',
    emails: ['ellis.family@example.com'],
    mobile: '07700900333',
    ...address('9 The Paddocks', 'Thornbury', 'BS35 2EF'),
    data_source: 'hero',
    status: 'unarchived',
    identifiers: identifiers('9990000093', '409'),
    ehr_registered: true,
  }),
  completePatient({
    id: '410',
    title: 'Mr',
    first_name: 'Oluwaseun',
    last_name: 'Adeyemi',
    sex: 'Male',
    dob: '1995-06-11',
    nhs_number: '9990000107',
    email: 'seun.adeyemi@example.com',
    emails: ['seun.adeyemi@example.com', 'o.adeyemi@work.example.com'],
    mobile: '07700900444',
    ...address('Flat 2, 14 St Mary Street', 'Thornbury', 'BS35 2AB'),
    data_source: 'gha',
    status: 'unarchived',
    identifiers: [
      ...identifiers('9990000107', '410'),
      { source: 'gha', name: 'gha_number', role: 'secondary', label: 'GHA', value: 'GHA-20931' },
    ],
    ehr_registered: null,
  }),
  completePatient({
    id: '411',
    title: 'Mrs',
    first_name: 'Margaret',
    last_name: "O'Brien",
    sex: 'Female',
    dob: '1948-12-24',
    nhs_number: '9990000115',
    email: null,
    mobile: null,
    ...address('Rose Cottage, 3 Kington Lane', 'Thornbury', 'BS35 1NA'),
    data_source: 'emis',
    emis_id: '500152',
    status: 'unarchived',
    identifiers: identifiers('9990000115', '411', { id: '500152', label: 'EMIS' }),
    ehr_registered: true,
  }),
  completePatient({
    id: '412',
    title: 'Mr',
    first_name: 'Harry',
    last_name: 'Nguyen',
    sex: 'Male',
    dob: '2001-10-27',
    nhs_number: '9990000123',
    email: null,
    mobile: null,
    data_source: 'hero',
    status: 'unarchived',
    identifiers: identifiers('9990000123', '412'),
    ehr_registered: false,
  }),
  completePatient({
    id: '413',
    title: 'Mx',
    first_name: 'Sam',
    last_name: 'Taylor',
    sex: 'Not specified',
    dob: '1999-04-01',
    nhs_number: '9990000131',
    email: 'sam.taylor@example.org',
    emails: ['sam.taylor@example.org'],
    mobile: '07700900555',
    ...address('27 Midland Way', 'Thornbury', 'BS35 2BS'),
    data_source: 'systm_one',
    ehr_partner_id: 'S1-778990',
    sex_changed_at: '2021-03-18T00:00:00.000Z',
    status: 'unarchived',
    identifiers: identifiers('9990000131', '413', { id: 'S1-778990', label: 'Systm One' }),
    ehr_registered: true,
  }),
  completePatient({
    id: '414',
    title: 'Mr',
    first_name: 'Dafydd',
    last_name: 'Hughes',
    sex: 'Male',
    dob: '1957-03-01',
    nhs_number: '9990000158',
    email: 'dafydd.hughes@example.cymru',
    emails: ['dafydd.hughes@example.cymru'],
    mobile: '07700900666',
    ...address('Tŷ Gwyn, 6 Marlwood Grange', 'Thornbury', 'BS35 1HZ'),
    data_source: 'emis',
    emis_id: '500166',
    status: 'unarchived',
    identifiers: identifiers('9990000158', '414', { id: '500166', label: 'EMIS' }),
    ehr_registered: true,
  }),
];

/**
 * Fields the mock adds to some records beyond what Hero documents, as a real tenant's API may:
 * the restricted patient carries more contact details (none of which may ever leave the kit's
 * allow-list), and one of the same-name pair comes back with numeric ids, a documented variant.
 */
export const UNDOCUMENTED_EXTRAS: Record<string, Record<string, unknown>> = {
  '404': {
    phone: '01454 900321',
    home_phone: '01454 900322',
    addresses: [{ line_1: 'Flat 4, Orchard House', postcode: 'BS35 2HR' }],
    next_of_kin: { name: 'Peter Whitmore', phone: '07700 900999' },
  },
};
/** In `GET /v3/patients`, this patient's `hero_id` is a number (ids may arrive as numbers: API-CONTRACT.md). */
export const NUMERIC_ID_PATIENT_ID = '408';

/**
 * A stored patient as `GET /v3/patients` (and v2) answers it: the documented list shape
 * (`hero_id`, `hero_uid`, `line_1..3`, no `id`, no `address_line_*`, no `status`), plus any
 * undocumented extras the record carries.
 */
export function toListPatient(patient: Patient): ListPatient & Record<string, unknown> {
  return {
    ehr_partner_id: patient.ehr_partner_id ?? null,
    emis_id: patient.emis_id ?? null,
    deceased_at: patient.deceased_at ?? null,
    ods_code: 'L81004',
    dob: patient.dob,
    title: patient.title ?? null,
    first_name: patient.first_name ?? null,
    last_name: patient.last_name ?? null,
    sex: patient.sex ?? null,
    nhs_number: patient.nhs_number ?? null,
    email: patient.email ?? null,
    mobile: patient.mobile ?? null,
    last_sync_at: patient.last_sync_at ?? null,
    data_source: patient.data_source,
    restricted: patient.restricted,
    line_1: patient.address_line_1 ?? null,
    line_2: patient.address_line_2 ?? null,
    line_3: patient.address_line_3 ?? null,
    town: patient.town ?? null,
    county: patient.county ?? null,
    postcode: patient.postcode ?? null,
    hero_id: patient.id === NUMERIC_ID_PATIENT_ID ? (Number(patient.id) as unknown as string) : patient.id,
    hero_uid: patient.uid ?? null,
    identifiers: structuredClone(patient.identifiers),
    ehr_registered: patient.ehr_registered,
    ...UNDOCUMENTED_EXTRAS[patient.id],
  };
}

export const RESTRICTED_PATIENT_ID = '404';
export const DECEASED_PATIENT_ID = '405';
export const ARCHIVED_PATIENT_ID = '406';
/** Two unarchived patients with the same name and date of birth (James Smith, 1988-01-15). */
export const SAME_NAME_PATIENT_IDS = ['407', '408'] as const;
/** A patient with no mobile or email, so SMS and email cannot be delivered. */
export const NO_CONTACT_PATIENT_ID = '412';

/** People the mock's PDS (the Spine) knows but Hero does not yet: `register_pds` creates them. */
export interface PdsPerson {
  nhs_number: string;
  dob: string;
  title: string;
  first_name: string;
  last_name: string;
  sex: 'Male' | 'Female';
  postcode: string;
  address_line_1: string;
  town: string;
  mobile: string | null;
}

export const pdsPeople: PdsPerson[] = [
  {
    nhs_number: '9991112227',
    dob: '1993-04-22',
    title: 'Ms',
    first_name: 'Grace',
    last_name: 'Okafor',
    sex: 'Female',
    postcode: 'BS35 2AQ',
    address_line_1: '40 High Street',
    town: 'Thornbury',
    mobile: '07700900777',
  },
  {
    nhs_number: '9992223332',
    dob: '1979-08-08',
    title: 'Mr',
    first_name: 'Rhys',
    last_name: 'Morgan',
    sex: 'Male',
    postcode: 'BS35 1HB',
    address_line_1: '11 Castle Street',
    town: 'Thornbury',
    mobile: null,
  },
];

/** `register_pds` with this NHS number answers `{ message, login_url }`: identity must be verified first. */
export const PDS_IDENTITY_VERIFICATION_NHS_NUMBER = '9993334448';
export const PDS_IDENTITY_VERIFICATION_DOB = '1986-02-17';
export const PDS_IDENTITY_VERIFICATION_LOGIN_URL = 'https://login.hero-mock.test/verify-identity?session=mock';
/** A valid NHS number neither Hero nor PDS knows: `register_pds` answers 404. */
export const UNKNOWN_NHS_NUMBER = '9996543218';

// ───────────────────────────── Forms ─────────────────────────────

type FieldSeed = Pick<FormField, 'form_question_id' | 'name' | 'type'> & Partial<FormField>;

/** A field with every designed property present (null when unused), as the mock serves them. */
export function field(seed: FieldSeed): FormField {
  return {
    description: null,
    required: false,
    options: null,
    observation_type: null,
    condition: null,
    vaccination: null,
    min: null,
    max: null,
    unit: null,
    snomed_code: null,
    show_if: null,
    error_message: null,
    ...seed,
  };
}

const options = (...pairs: [label: string, value: string][]): FormFieldOption[] => pairs.map(([label, value]) => ({ label, value }));

export const ALL_FIELD_TYPES_FORM_ID = '601';
export const SHORT_FORM_ID = '602';
export const LONG_FORM_ID = '603';
export const REPLY_FORM_ID = '604';

export const newPatientForm: Form = {
  id: ALL_FIELD_TYPES_FORM_ID,
  form_type: 'questionnaire',
  title: 'New patient health questionnaire',
  description: 'Tells the practice about your health when you register.',
  patient_title: 'Your health',
  patient_description: 'This takes about five minutes.',
  confirmation_message: 'Thank you. Your answers have been sent to Millbrook Medical Practice.',
  snomed_code: null,
  fields: [
    field({
      form_question_id: '7001',
      name: 'Please answer these questions about your health.\nIf you need help, ask at reception or call 01454 000000.',
      type: 'paragraph',
    }),
    field({ form_question_id: '7002', name: 'Preferred name', type: 'string', description: 'What should we call you?' }),
    field({
      form_question_id: '7003',
      name: 'Date of your last blood test',
      type: 'datepicker',
      description: 'Leave blank if you are not sure.',
    }),
    field({
      form_question_id: '7004',
      name: 'Do you smoke?',
      type: 'radio',
      required: true,
      options: options(['Yes, I smoke', 'current'], ['I used to smoke', 'ex'], ['I have never smoked', 'never']),
      snomed_code: '365980008',
    }),
    field({
      form_question_id: '7005',
      name: 'How many cigarettes do you smoke a day?',
      type: 'integer',
      required: true,
      min: 1,
      max: 100,
      show_if: { form_question_id: '7004', equals: 'current' },
    }),
    field({
      form_question_id: '7006',
      name: 'How many units of alcohol do you drink in a week?',
      type: 'dropdown',
      required: true,
      description: 'A pint of beer is about 2 units; a glass of wine about 2 units.',
      options: options(['None', '0'], ['1 to 7', '1-7'], ['8 to 14', '8-14'], ['15 to 35', '15-35'], ['More than 35', '35+']),
    }),
    field({
      form_question_id: '7007',
      name: 'Has a doctor ever told you that you have any of these?',
      type: 'checkboxes',
      description: 'Tick all that apply.',
      options: options(
        ['Asthma', 'asthma'],
        ['Diabetes', 'diabetes'],
        ['Heart disease', 'heart_disease'],
        ['High blood pressure', 'hypertension'],
        ['COPD', 'copd'],
      ),
    }),
    field({ form_question_id: '7008', name: 'Do you use an asthma inhaler?', type: 'boolean', condition: 'asthmatic' }),
    field({
      form_question_id: '7009',
      name: 'Are you taking medicine for high blood pressure?',
      type: 'boolean',
      condition: 'essential_hypertension',
      show_if: { form_question_id: '7007', equals: 'hypertension' },
    }),
    field({
      form_question_id: '7010',
      name: 'Have you had two doses of the MMR vaccine?',
      type: 'boolean',
      vaccination: 'second_measles_mumps_and_rubella_vaccination_second_mmr',
    }),
    field({
      form_question_id: '7011',
      name: 'Blood pressure: top number (systolic)',
      type: 'integer',
      observation_type: 'systolic_blood_pressure',
      unit: 'mmHg',
      min: 70,
      max: 250,
      snomed_code: '271649006',
    }),
    field({
      form_question_id: '7012',
      name: 'Blood pressure: bottom number (diastolic)',
      type: 'integer',
      observation_type: 'diastolic_blood_pressure',
      unit: 'mmHg',
      min: 40,
      max: 150,
      snomed_code: '271650006',
    }),
    field({
      form_question_id: '7013',
      name: 'Height',
      type: 'integer',
      observation_type: 'height',
      unit: 'cm',
      min: 50,
      max: 250,
      snomed_code: '50373000',
    }),
    field({
      form_question_id: '7014',
      name: 'Weight',
      type: 'integer',
      observation_type: 'weight',
      unit: 'kg',
      min: 2,
      max: 350,
      snomed_code: '27113001',
    }),
    field({
      form_question_id: '7015',
      name: 'Body mass index (BMI), if you know it',
      type: 'integer',
      observation_type: 'body_mass_index',
      unit: 'kg/m²',
      min: 10,
      max: 80,
      snomed_code: '60621009',
    }),
    field({
      form_question_id: '7016',
      name: 'Is there anything else you would like us to know?',
      type: 'text',
      description: 'For example, any medicines you take or allergies you have.',
    }),
    field({
      form_question_id: '7017',
      name: 'I agree that Millbrook Medical Practice may add my answers to my medical record.',
      type: 'consent',
      required: true,
    }),
  ],
};

export const shortForm: Form = {
  id: SHORT_FORM_ID,
  form_type: 'appointment',
  title: 'Before your appointment',
  description: 'Three quick questions before a GP or nurse appointment.',
  patient_title: 'Before your appointment',
  patient_description: null,
  confirmation_message: 'Thank you. The clinician will read this before your appointment.',
  snomed_code: null,
  fields: [
    field({ form_question_id: '7101', name: 'What would you like to talk about?', type: 'text', required: true }),
    field({
      form_question_id: '7102',
      name: 'How long have you had this problem?',
      type: 'radio',
      required: true,
      options: options(['Less than a week', 'lt_1w'], ['1 to 4 weeks', '1_4w'], ['More than a month', 'gt_1m']),
      // The practice's own error text (designed `error_message`), shown instead of the renderer's.
      error_message: 'Select how long you have had these symptoms',
    }),
    field({ form_question_id: '7103', name: 'Would you prefer a telephone call back?', type: 'boolean' }),
  ],
};

export const replyForm: Form = {
  id: REPLY_FORM_ID,
  form_type: 'response',
  title: 'How are your symptoms?',
  description: 'A reply form sent with follow-up messages.',
  patient_title: null,
  patient_description: null,
  confirmation_message: null,
  snomed_code: '390906007',
  fields: [
    field({
      form_question_id: '7201',
      name: 'Compared with last week, are your symptoms:',
      type: 'radio',
      required: true,
      options: options(['Better', 'better'], ['The same', 'same'], ['Worse', 'worse']),
    }),
    field({ form_question_id: '7202', name: 'Anything else?', type: 'text' }),
  ],
};

const LONG_FORM_SECTIONS = [
  'About you',
  'Your medical history',
  'Medicines and allergies',
  'Family history',
  'Lifestyle',
  'Mental wellbeing',
  'Sleep',
  'Mobility and falls',
  'Caring responsibilities',
  'Your goals',
] as const;

/**
 * A generated long form: `sectionCount` sections, each a `paragraph` heading followed by
 * questions of every answerable type in turn (300 fields with the defaults).
 */
export function longForm(fieldCount = 300, sectionCount = 10): Form {
  const types = ['string', 'integer', 'boolean', 'datepicker', 'text', 'radio', 'dropdown', 'checkboxes'] as const;
  const perSection = Math.ceil(fieldCount / sectionCount);
  const fields: FormField[] = [];
  for (let i = 0; i < fieldCount; i++) {
    const id = String(8001 + i);
    const section = Math.floor(i / perSection);
    const sectionName = LONG_FORM_SECTIONS[section % LONG_FORM_SECTIONS.length] ?? `Section ${section + 1}`;
    if (i % perSection === 0) {
      fields.push(field({ form_question_id: id, name: `Section ${section + 1}: ${sectionName}`, type: 'paragraph' }));
      continue;
    }
    const question = i % perSection;
    const type = types[question % types.length] ?? 'string';
    const seed: FieldSeed = {
      form_question_id: id,
      name: `${sectionName}: question ${question}`,
      type,
      required: question % 7 === 1,
    };
    if (type === 'integer') Object.assign(seed, { min: 0, max: 120 });
    if (type === 'radio' || type === 'dropdown' || type === 'checkboxes') {
      seed.options = options(['Never', 'never'], ['Sometimes', 'sometimes'], ['Often', 'often'], ['Always', 'always']);
    }
    fields.push(field(seed));
  }
  return {
    id: LONG_FORM_ID,
    form_type: 'questionnaire',
    title: 'Annual long-term condition review',
    description: `A long questionnaire (${fieldCount} fields in ${sectionCount} sections) for performance testing.`,
    patient_title: 'Your annual review',
    patient_description: 'You can save your answers and come back later.',
    confirmation_message: 'Thank you for completing your annual review.',
    snomed_code: '390906007',
    fields,
  };
}

export const forms: Form[] = [newPatientForm, shortForm, longForm(), replyForm];

export function formSummary(form: Form): FormSummary {
  return {
    id: form.id,
    title: form.title,
    description: form.description,
    patient_title: form.patient_title,
    patient_description: form.patient_description,
    reply_form: form.form_type === 'response',
    form_type: form.form_type,
    snomed_code: form.snomed_code,
  };
}

/** A draft response seeded for "resume a draft" (form 602, one question answered). */
export const SEEDED_DRAFT_RESPONSE_ID = '9501';

// ───────────────────────────── Messaging ─────────────────────────────

const template = (seed: Pick<Template, 'id' | 'name' | 'content'> & Partial<Template>): Template => ({
  link: 'no_link',
  type: 'hero',
  sms_snomed_code: null,
  sms_follow_up_1_snomed_code: null,
  sms_follow_up_2_snomed_code: null,
  email_snomed_code: null,
  email_follow_up_1_snomed_code: null,
  email_follow_up_2_snomed_code: null,
  send_follow_up_one: false,
  send_follow_up_two: false,
  reminder_time: null,
  ...seed,
});

export const templates: Template[] = [
  template({
    id: '501',
    name: 'Appointment reminder',
    content:
      'Dear {{first_name}}, this is a reminder of your appointment at {{practice_name}} on {{appointment_date}}. Reply CANCEL if you can no longer attend.',
    sms_snomed_code: '185316007',
    reminder_time: 24,
  }),
  template({
    id: '502',
    name: 'Flu vaccination invitation',
    content: 'Hi {{first_name}}, you are eligible for a free NHS flu vaccination. Book at {{practice_name}}: {{booking_link}}',
    link: 'booking',
    send_follow_up_one: true,
    sms_follow_up_1_snomed_code: '185316007',
  }),
  template({
    id: '503',
    name: 'Gŵyl y Banc: ar gau (Welsh)',
    content: 'Annwyl {{first_name}}, bydd {{practice_name}} ar gau ddydd Llun Gŵyl y Banc. Ffoniwch 111 os oes angen help arnoch.',
  }),
  template({
    id: '504',
    name: 'Normal test results',
    content: 'Hi {{first_name}} 👋 your recent test results are normal and no action is needed. {{practice_name}}',
    type: 'user',
    sms_snomed_code: '185317003',
  }),
  template({
    id: '505',
    name: 'Medication review due',
    content:
      'Dear {{first_name}} {{last_name}}, our records show that your annual medication review is now due. Please book a telephone appointment with our practice pharmacist so that we can keep issuing your repeat prescriptions safely. You can book online or by calling {{practice_name}} after 10am.',
    send_follow_up_one: true,
    send_follow_up_two: true,
  }),
  template({
    id: '506',
    name: 'Pre-appointment questionnaire',
    content: 'Hi {{first_name}}, please fill in this short questionnaire before your appointment on {{appointment_date}}: {{form_link}}',
    link: 'form',
    email_snomed_code: '390906007',
  }),
  template({
    id: '507',
    name: 'Travel clinic price list',
    content: 'Travel vaccinations at {{practice_name}} start at £35 per consultation [prices from 1 April].',
    type: 'external',
  }),
];

/** `{{placeholder}}` values the mock fills when a message is sent. */
export function placeholderValues(patient: Patient): Record<string, string> {
  return {
    first_name: patient.first_name ?? '',
    last_name: patient.last_name ?? '',
    practice_name: PRACTICE_NAME,
  };
}

export const assignees: Assignee[] = [
  { label: 'Reception team', value: 11, type: 'AdminTeam', key: 'AdminTeam-11' },
  { label: 'Prescriptions team', value: 12, type: 'AdminTeam', key: 'AdminTeam-12' },
  { label: 'Clinical admin team', value: 13, type: 'AdminTeam', key: 'AdminTeam-13' },
  { label: 'Dr Priya Sharma', value: 21, type: 'Admin', key: 'Admin-21' },
  { label: 'Dr James O’Connor', value: 22, type: 'Admin', key: 'Admin-22' },
  { label: 'Karen Price (practice manager)', value: 23, type: 'Admin', key: 'Admin-23' },
  { label: 'Unassigned', value: null, type: 'Admin', key: 'unassigned' },
];

export const smsCredits: SmsCredits = { credits: 4820 };

/** SNOMED CT concept ids the mock's `POST /v1/snomed/validate` accepts. */
export const VALID_SNOMED_CODES: ReadonlySet<string> = new Set([
  '185316007', // Indirect encounter
  '185317003', // Telephone encounter
  '308335008', // Patient encounter procedure
  '390906007', // Follow-up encounter
  '365980008', // Tobacco use and exposure - finding
  '271649006', // Systolic blood pressure
  '271650006', // Diastolic blood pressure
  '50373000', // Body height measure
  '27113001', // Body weight
  '60621009', // Body mass index
]);

/** The SNOMED code written with a message when `write_to_record` is set and none was given. */
export const DEFAULT_MESSAGE_SNOMED_CODE = '185316007';

// ───────────────────────────── The practice ─────────────────────────────

/** `GET /v1/me`: the practice, as the designed shape has it (phone in Ofcom's drama range for Bristol). */
export const practiceGroup: PracticeGroup = {
  id: '1001',
  name: PRACTICE_NAME,
  sector: 'nhs',
  phone: '0117 496 0123',
  email: 'millbrook.practice@nhs.example',
  ods_code: 'L81004',
  address: { line_1: '42 High Street', line_2: null, town: 'Thornbury', county: 'South Gloucestershire', postcode: 'BS35 2AQ' },
};

// ───────────────────────────── A patient's appointments ─────────────────────────────

/** The patient whose appointments the mock seeds: upcoming, past, cancelled, reserved, one inside the cancellation policy, one after the October clocks change. */
export const APPOINTMENTS_PATIENT_ID = '401';

export const SEEDED_APPOINTMENT_IDS = {
  past: '8001',
  upcoming: '8002',
  cancelled: '8003',
  reserved: '8004',
  afterClocksChange: '8005',
  insidePolicy: '8006',
} as const;

export interface SeededAppointment {
  appointment: Appointment;
  cancelledAt: string | null;
}

/** The last Sunday of October on or after `date`'s year (the day BST ends), as `YYYY-MM-DD`. */
export function octoberClocksChange(year: number): string {
  const lastDay = new Date(Date.UTC(year, 9, 31));
  return addDays(`${year}-10-31`, -lastDay.getUTCDay());
}

/**
 * Patient 401's appointments, relative to `now` (the mock clock when the database is seeded). They
 * hold no generated slot, so slot lists are unchanged.
 */
export function seededAppointments(now: number): SeededAppointment[] {
  const today = londonTodayAt(now);
  const iso = (ms: number) => new Date(ms).toISOString();
  const at = (days: number, time: string) => londonWallTimeToUtcMs(addDays(today, days), hm(time));
  const year = Number(today.slice(0, 4));
  let change = octoberClocksChange(year);
  if (change <= today) change = octoberClocksChange(year + 1);
  const make = (
    id: string,
    startMs: number,
    typeId: string,
    practitionerId: string,
    locationId: string,
    extra: Partial<Appointment>,
    cancelledAt: string | null = null,
  ): SeededAppointment => {
    const type = appointmentTypeById.get(typeId)!;
    return {
      cancelledAt,
      appointment: {
        id,
        patient_id: APPOINTMENTS_PATIENT_ID,
        practitioner_id: practitionerId,
        location_id: locationId,
        appointment_type_id: typeId,
        duration: type.duration,
        start_time: iso(startMs),
        video: type.video ?? false,
        in_person: type.in_person ?? false,
        telephone: type.telephone ?? false,
        video_url: null,
        link_id: null,
        reserved_until: null,
        booking_confirmed_at: iso(now - 10 * 86_400_000),
        can_be_cancelled: true,
        can_be_rescheduled: true,
        cancellation_policy_hours: 24,
        suppress_mail: false,
        ...extra,
      },
    };
  };
  return [
    make(SEEDED_APPOINTMENT_IDS.past, at(-30, '09:20'), '101', '201', '301', {
      booking_confirmed_at: iso(now - 40 * 86_400_000),
      can_be_cancelled: false,
      can_be_rescheduled: false,
    }),
    make(SEEDED_APPOINTMENT_IDS.upcoming, at(7, '10:30'), '102', '202', '301', {}),
    make(
      SEEDED_APPOINTMENT_IDS.cancelled,
      at(3, '11:00'),
      '104',
      '204',
      '301',
      { can_be_cancelled: false, can_be_rescheduled: false },
      iso(now - 86_400_000),
    ),
    make(SEEDED_APPOINTMENT_IDS.reserved, at(2, '14:10'), '101', '202', '303', {
      booking_confirmed_at: null,
      reserved_until: iso(now + 10 * 60_000),
    }),
    // 09:00 GMT on the Monday after BST ends: booked while the clocks said BST.
    make(SEEDED_APPOINTMENT_IDS.afterClocksChange, londonWallTimeToUtcMs(addDays(change, 1), hm('09:00')), '103', '207', '303', {
      video_url: 'https://video.hero-mock.test/consult/8005',
      booking_confirmed_at: iso(now - 2 * 86_400_000),
    }),
    // Inside the 24-hour cancellation policy: staff may cancel with suppress_cancellation_policy.
    make(SEEDED_APPOINTMENT_IDS.insidePolicy, Math.ceil((now + 6 * 3_600_000) / 600_000) * 600_000, '107', '206', '301', {}),
  ];
}

// ───────────────────────────── <hero-appointments>: a long list ─────────────────────────────

/** The patient with more appointments than one page of `<hero-appointments>` holds (23 upcoming, 3 past). */
export const LONG_APPOINTMENTS_PATIENT_ID = '409';

/** Patient 409's appointments worth naming in tests: the first upcoming, and its special cases. */
export const LIST_APPOINTMENT_IDS = {
  /** The soonest (in 1 day at 9am): a GP appointment at the main surgery, cancellable. */
  first: '8101',
  /** In 2 days: booked, but the practice does not let it be cancelled or moved online. */
  notCancellable: '8102',
  /** In 3 days: a video consultation. */
  video: '8103',
  /** In 4 days: a telephone consultation. */
  telephone: '8104',
  /** The last upcoming one (in 23 days). */
  last: '8123',
  /** The latest past one (5 days ago), cancelled. */
  pastCancelled: '8201',
} as const;

/** Patient 409's appointments, relative to `now`: 23 upcoming, one a day from tomorrow, and 3 past. They hold no generated slot. */
export function seededListAppointments(now: number): SeededAppointment[] {
  const today = londonTodayAt(now);
  const iso = (ms: number) => new Date(ms).toISOString();
  const types = ['101', '102', '103', '104', '105', '106', '107'];
  const make = (
    id: string,
    days: number,
    time: string,
    typeId: string,
    practitionerId: string,
    extra: Partial<Appointment> = {},
    cancelledAt: string | null = null,
  ): SeededAppointment => {
    const type = appointmentTypeById.get(typeId)!;
    return {
      cancelledAt,
      appointment: {
        id,
        patient_id: LONG_APPOINTMENTS_PATIENT_ID,
        practitioner_id: practitionerId,
        location_id: days % 2 ? '301' : '302',
        appointment_type_id: typeId,
        duration: type.duration,
        start_time: iso(londonWallTimeToUtcMs(addDays(today, days), hm(time))),
        video: type.video ?? false,
        in_person: type.in_person ?? false,
        telephone: type.telephone ?? false,
        video_url: type.video ? `https://video.hero-mock.test/consult/${id}` : null,
        link_id: null,
        reserved_until: null,
        booking_confirmed_at: iso(now - 20 * 86_400_000),
        can_be_cancelled: true,
        can_be_rescheduled: true,
        cancellation_policy_hours: 24,
        suppress_mail: false,
        ...extra,
      },
    };
  };
  const upcoming = Array.from({ length: 23 }, (_, i) => {
    const day = i + 1;
    const id = String(8101 + i);
    if (id === LIST_APPOINTMENT_IDS.notCancellable)
      return make(id, day, '10:40', '106', '203', { can_be_cancelled: false, can_be_rescheduled: false });
    if (id === LIST_APPOINTMENT_IDS.video) return make(id, day, '15:30', '103', '207');
    if (id === LIST_APPOINTMENT_IDS.telephone) return make(id, day, '08:50', '102', '202');
    return make(
      id,
      day,
      i % 3 === 0 ? '09:00' : i % 3 === 1 ? '11:20' : '14:00',
      i === 0 ? '101' : types[i % types.length]!,
      ['201', '202', '203', '204'][i % 4]!,
    );
  });
  const past = [
    make(
      LIST_APPOINTMENT_IDS.pastCancelled,
      -5,
      '09:30',
      '101',
      '201',
      { can_be_cancelled: false, can_be_rescheduled: false },
      iso(now - 8 * 86_400_000),
    ),
    make('8202', -12, '16:10', '104', '204', { can_be_cancelled: false, can_be_rescheduled: false }),
    make('8203', -40, '12:00', '102', '202', { can_be_cancelled: false, can_be_rescheduled: false }),
  ];
  return [...upcoming, ...past];
}

// ───────────────────────────── Sent messages ─────────────────────────────

/** One seeded sent message: what List Sent Messages, Get Message and Get Message Status answer for it. */
export interface SeededMessage {
  id: string;
  patientId: string;
  messageType: 'sms' | 'email' | 'nhs_app' | 'hero';
  content: string;
  recipient: string;
  /** Minutes before the mock's "now" that it was created. */
  createdMinutesAgo: number;
  /** Minutes from now it is scheduled for (scheduled messages only). */
  scheduledInMinutes?: number;
  response: 'delivered' | 'declined' | 'sent' | 'pending' | 'retry' | 'fatal';
  failureReason: string | null;
  writeToRecord: { status: 'success' | 'failed' | 'not_written' | null; failureReason: string | null };
  sentBy: { id: string; first_name: string; last_name: string } | null;
  shortLink?: { id: string; type: string; name: string; status: string };
  campaign?: { id: string; name: string };
}

const KAREN = { id: '23', first_name: 'Karen', last_name: 'Price' };
const DR_SHARMA = { id: '21', first_name: 'Priya', last_name: 'Sharma' };

/** Every delivery state and every write-to-record state, failures included. */
export const seededMessages: SeededMessage[] = [
  {
    id: '29001',
    patientId: '401',
    messageType: 'sms',
    recipient: '07700900123',
    createdMinutesAgo: 60 * 24 * 20,
    content: 'Dear Olivia, this is a reminder of your appointment at Millbrook Medical Practice.',
    response: 'delivered',
    failureReason: null,
    writeToRecord: { status: 'success', failureReason: null },
    sentBy: KAREN,
  },
  {
    id: '29002',
    patientId: '401',
    messageType: 'email',
    recipient: 'olivia.bennett@example.com',
    createdMinutesAgo: 60 * 24 * 12,
    content: 'Hi Olivia, your recent test results are normal and no action is needed.',
    response: 'declined',
    failureReason: 'The recipient declined email from the practice',
    writeToRecord: { status: 'not_written', failureReason: null },
    sentBy: DR_SHARMA,
  },
  {
    id: '29003',
    patientId: '401',
    messageType: 'sms',
    recipient: '07700900123',
    createdMinutesAgo: 30,
    content: 'Hi Olivia, please call the surgery about your prescription.',
    response: 'sent',
    failureReason: null,
    writeToRecord: { status: null, failureReason: null },
    sentBy: KAREN,
  },
  {
    id: '29004',
    patientId: '401',
    messageType: 'nhs_app',
    recipient: '9990000018',
    createdMinutesAgo: 5,
    scheduledInMinutes: 60 * 18,
    content: 'Your flu vaccination clinic is on Saturday morning.',
    response: 'pending',
    failureReason: null,
    writeToRecord: { status: null, failureReason: null },
    sentBy: KAREN,
  },
  {
    id: '29005',
    patientId: '401',
    messageType: 'sms',
    recipient: '07700900123',
    createdMinutesAgo: 60 * 3,
    content: 'Hi Olivia, your medication review is due.',
    response: 'retry',
    failureReason: 'The SMS provider did not answer; retrying',
    writeToRecord: { status: 'failed', failureReason: 'The EHR did not accept the entry' },
    sentBy: DR_SHARMA,
  },
  {
    id: '29006',
    patientId: '401',
    messageType: 'email',
    recipient: 'olivia.bennett@old-example.com',
    createdMinutesAgo: 60 * 24 * 40,
    content: 'Dear Olivia, please fill in the pre-appointment questionnaire.',
    response: 'fatal',
    failureReason: 'The mailbox does not exist',
    writeToRecord: { status: 'not_written', failureReason: null },
    sentBy: null,
  },
  {
    id: '29007',
    patientId: '401',
    messageType: 'hero',
    recipient: 'olivia.bennett@example.com',
    createdMinutesAgo: 60 * 24 * 60,
    content: 'Hi Olivia, you are eligible for a free NHS flu vaccination. Book here: https://book.hero-mock.test/l/71001',
    response: 'delivered',
    failureReason: null,
    writeToRecord: { status: 'success', failureReason: null },
    sentBy: KAREN,
    shortLink: { id: '71001', type: 'booking', name: 'Flu vaccination', status: 'used' },
    campaign: { id: '5', name: 'Flu vaccinations' },
  },
  {
    id: '29008',
    patientId: '404',
    messageType: 'sms',
    recipient: '07700900321',
    createdMinutesAgo: 60 * 24 * 2,
    content: 'Please call the surgery.',
    response: 'delivered',
    failureReason: null,
    writeToRecord: { status: 'success', failureReason: null },
    sentBy: KAREN,
  },
  {
    id: '29009',
    patientId: '412',
    messageType: 'sms',
    recipient: '',
    createdMinutesAgo: 60 * 24,
    content: 'Hi Harry, please book your asthma review.',
    response: 'fatal',
    failureReason: 'No mobile number on the patient record',
    writeToRecord: { status: 'failed', failureReason: 'The message was never sent' },
    sentBy: KAREN,
  },
  // The restricted patient: a failure reason that names the address it went to (the history hides it).
  {
    id: '29010',
    patientId: '404',
    messageType: 'email',
    recipient: 'e.whitmore@example.com',
    createdMinutesAgo: 60 * 24 * 9,
    content: 'Dear Ms Whitmore, please call the surgery to arrange your review.',
    response: 'fatal',
    failureReason: 'The mailbox e.whitmore@example.com does not exist',
    writeToRecord: { status: null, failureReason: null },
    sentBy: DR_SHARMA,
  },
  ...longHistory(),
];

/** The patient with a long history (23 messages: three pages of ten), for paging. */
export const LONG_HISTORY_PATIENT_ID = '402';

/** Patient 402's messages, one every two days back from yesterday, the newest first; one has a long text with a long link. */
function longHistory(): SeededMessage[] {
  const topics = [
    'your repeat prescription is ready to collect',
    'your blood test results are normal',
    'please book your annual asthma review',
    'your flu vaccination is due',
    'please call the surgery about your recent appointment',
  ];
  const channels = ['sms', 'email', 'nhs_app'] as const;
  return Array.from({ length: 23 }, (_, i): SeededMessage => {
    const channel = channels[i % channels.length]!;
    return {
      id: String(29101 + i),
      patientId: '402',
      messageType: channel,
      recipient: channel === 'sms' ? '07700900456' : channel === 'email' ? 'm.rahman@example.co.uk' : '9990000026',
      createdMinutesAgo: 60 * 24 * (1 + 2 * i),
      content:
        i === 1
          ? 'Dear Mohammed, your hospital letter is ready. Read it here: https://letters.hero-mock.test/patient/9990000026/letters/2026-01-cardiology-outpatient-follow-up-appointment-summary?token=f2b8c1d0a01c2f4e7a04b1d4d0e9a513 and call us if anything in it is unclear.'
          : `Dear Mohammed, ${topics[i % topics.length]!}. (Message ${23 - i} of 23)`,
      response: 'delivered',
      failureReason: null,
      writeToRecord: { status: i % 4 === 0 ? 'success' : null, failureReason: null },
      sentBy: i % 2 ? KAREN : DR_SHARMA,
    };
  });
}

/** The patient whose history holds every state. */
export const MESSAGE_HISTORY_PATIENT_ID = '401';

/** Links the mock knows from the start (the booking link sent in message 29007). */
export const seededLinks = [
  {
    id: '71001',
    type: 'booking' as const,
    name: 'Flu vaccination',
    status: 'used',
    url: 'https://book.hero-mock.test/l/71001',
    patientId: '401',
  },
];
