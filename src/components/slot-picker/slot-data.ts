/**
 * Data helpers of `<hero-slot-picker>`, free of rendering: the practice's reference lists (cached
 * per client), slots indexed by London day and period, and the "next day with slots" lookup.
 */
import type { HeroClient } from '../../api/client.js';
import type { AppointmentType, Location, Practitioner, Slot } from '../../api/types.js';
import type { ApiClient, ElementClient } from '../../internal/element-client.js';
import { addDays, londonDate, londonDayPeriod, type DayPeriod } from '../../domain/london-time.js';

/** Appointment types, locations and practitioners: what the slots refer to by id. */
export interface ReferenceData {
  types: AppointmentType[];
  locations: Location[];
  practitioners: Practitioner[];
  typeById: Map<string, AppointmentType>;
  locationById: Map<string, Location>;
  practitionerById: Map<string, Practitioner>;
}

/** The loaded lists, per shared client: every picker on the page uses them. */
const referenceCache = new WeakMap<HeroClient, ReferenceData>();

/**
 * The practice's appointment types, locations and practitioners, fetched once per shared client
 * (all pages) and kept for every picker using that client. Pickers loading at the same time share
 * the requests in flight (the client shares identical GETs), and `signal` stops only this
 * picker's share. A failed load is not kept, so a retry asks again.
 */
export async function loadReferenceData(client: ElementClient, signal?: AbortSignal): Promise<ReferenceData> {
  const cached = referenceCache.get(client.shared);
  if (cached) return cached;
  const [types, locations, practitioners] = await Promise.all([
    client.listAll('/v1/appointment_types', { signal }),
    client.listAll('/v1/locations', { signal }),
    client.listAll('/v1/practitioners', { signal }),
  ]);
  const data: ReferenceData = {
    types: types.data,
    locations: locations.data,
    practitioners: practitioners.data,
    typeById: new Map(types.data.map((t) => [t.id, t])),
    locationById: new Map(locations.data.map((l) => [l.id, l])),
    practitionerById: new Map(practitioners.data.map((p) => [p.id, p])),
  };
  referenceCache.set(client.shared, data);
  return data;
}

/** A slot with what the picker needs precomputed once: its instant, London day and period. */
export interface SlotView {
  slot: Slot;
  startMs: number;
  day: string;
  period: DayPeriod;
}

export interface SlotWindow {
  /** First London day of the window (`YYYY-MM-DD`). */
  start: string;
  /** Last London day, inclusive. */
  end: string;
  /** Every slot in the window, in start order. */
  slots: SlotView[];
  /** Slots by London day, each in start order. */
  byDay: Map<string, SlotView[]>;
  /** When the window has no slots: the next London day after it with one, if any was found. */
  nextAvailable?: string | undefined;
}

export const PERIODS: readonly DayPeriod[] = ['morning', 'afternoon', 'evening'];

/** Indexes slots by London day, in start order (the API's order is not relied on). */
export function indexSlots(slots: readonly Slot[], start: string, end: string): SlotWindow {
  const views: SlotView[] = [];
  for (const slot of slots) {
    const startMs = Date.parse(slot.start_time);
    // A slot without a usable start cannot be offered: skipped, the others still shown.
    if (!Number.isFinite(startMs)) continue;
    views.push({ slot: { ...slot, id: String(slot.id) }, startMs, day: londonDate(startMs), period: londonDayPeriod(startMs) });
  }
  views.sort((a, b) => a.startMs - b.startMs || a.slot.id.localeCompare(b.slot.id));
  const byDay = new Map<string, SlotView[]>();
  for (const view of views) {
    let list = byDay.get(view.day);
    if (!list) byDay.set(view.day, (list = []));
    list.push(view);
  }
  return { start, end, slots: views, byDay };
}

export interface SlotFilters {
  appointmentTypeId: string;
  locationId?: string | undefined;
  practitionerId?: string | undefined;
}

/** The query of `GET /v1/slots` for a window and filters; empty filters are left out. */
export function slotQuery(filters: SlotFilters, start: string, end: string) {
  return {
    start_date: start,
    end_date: end,
    appointment_type_id: filters.appointmentTypeId,
    ...(filters.locationId ? { location_id: filters.locationId } : {}),
    ...(filters.practitionerId ? { practitioner_id: filters.practitionerId } : {}),
  };
}

/** How far past a window the picker looks for the next day with slots. */
export const LOOKAHEAD_DAYS = 56;

/**
 * The first London day on or after `from` (within `LOOKAHEAD_DAYS`) that has a slot matching the
 * filters, or undefined. One page is enough: the earliest slot of the first page is compared by
 * time, so the API's ordering is not relied on beyond "a page holds the earliest slots".
 */
export async function findNextAvailableDay(
  client: ApiClient,
  filters: SlotFilters,
  from: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const page = await client.get('/v1/slots', {
    query: { ...slotQuery(filters, from, addDays(from, LOOKAHEAD_DAYS - 1)), page_index: 0, page_size: 100 },
    signal,
  });
  let earliest: number | undefined;
  for (const slot of page.data) {
    const ms = Date.parse(slot.start_time);
    if (earliest === undefined || ms < earliest) earliest = ms;
  }
  return earliest === undefined ? undefined : londonDate(earliest);
}

/** Loads the free slots of a window (every page) and, when it has none, the next day that has some. */
export async function loadSlotWindow(
  client: ApiClient,
  filters: SlotFilters,
  start: string,
  end: string,
  signal?: AbortSignal,
): Promise<SlotWindow> {
  const { data } = await client.listAll('/v1/slots', { query: slotQuery(filters, start, end), signal });
  const window = indexSlots(data, start, end);
  if (window.slots.length === 0) window.nextAvailable = await findNextAvailableDay(client, filters, addDays(end, 1), signal);
  return window;
}

/** A laid-out option: where it is on screen. */
export interface Box {
  top: number;
  left: number;
}

/**
 * The option above or below `current` in a grid of wrapped rows (ArrowUp / ArrowDown move by the
 * visual column): the nearest row in that direction, the option closest to the same column. Stays
 * put at the edge.
 */
export function verticalNeighbour(boxes: readonly Box[], current: number, direction: 1 | -1): number {
  const here = boxes[current];
  if (!here) return current;
  const beyond = boxes
    .map((box, index) => ({ ...box, index }))
    .filter((b) => (direction === 1 ? b.top > here.top + 1 : b.top < here.top - 1));
  if (!beyond.length) return current;
  const rowTop = direction === 1 ? Math.min(...beyond.map((b) => b.top)) : Math.max(...beyond.map((b) => b.top));
  const row = beyond.filter((b) => Math.abs(b.top - rowTop) <= 1);
  return row.reduce((best, b) => (Math.abs(b.left - here.left) < Math.abs(best.left - here.left) ? b : best)).index;
}
