/**
 * What the appointments list may offer for one appointment, free of rendering: whether it can be
 * cancelled online now (the API's `can_be_cancelled` and its `cancellation_policy_hours`, counted
 * from the instant of the appointment, so clock changes make no difference), whether its time can
 * be changed, how it happens (video, telephone, in person) and who it is with.
 */
import type { AppointmentListItem, Location, Practitioner } from '../../api/types.js';

const HOUR_MS = 3_600_000;

/**
 * Whether the appointment can be cancelled here now:
 * - `allowed`: booked, not started, `can_be_cancelled`, and more than the policy's hours away;
 * - `window`: as above but inside the policy's hours (call the practice instead);
 * - `refused`: booked and upcoming, but the API says it cannot be cancelled;
 * - `none`: nothing to cancel (cancelled, a hold not yet booked, or already started).
 */
export type CancelRule = 'allowed' | 'window' | 'refused' | 'none';

export function startMs(item: AppointmentListItem): number {
  return item.start_time ? Date.parse(item.start_time) : NaN;
}

export function cancelRule(item: AppointmentListItem, now: number): CancelRule {
  const start = startMs(item);
  if (item.status !== 'booked' || !(start > now)) return 'none';
  if (!item.can_be_cancelled) return 'refused';
  const policy = Math.max(0, Number(item.cancellation_policy_hours) || 0) * HOUR_MS;
  return start - now < policy ? 'window' : 'allowed';
}

/** The policy's hours, as a whole number for words ("24 hours"). */
export const policyHours = (item: AppointmentListItem): number => Math.max(0, Math.round(Number(item.cancellation_policy_hours) || 0));

/** Whether "Change time" is offered: booked, not started, and the API says it can be moved. */
export function canReschedule(item: AppointmentListItem, now: number): boolean {
  return item.status === 'booked' && startMs(item) > now && item.can_be_rescheduled;
}

/** How the appointment happens: video and telephone win over in person when the API sets several. */
export function modeOf(item: AppointmentListItem): 'video' | 'telephone' | 'in_person' {
  if (item.video) return 'video';
  if (item.telephone) return 'telephone';
  return 'in_person';
}

/** "Dr James O'Connor"; empty when the API gave no name. */
export function practitionerName(practitioner: Practitioner | undefined): string {
  if (!practitioner) return '';
  return [practitioner.title, practitioner.first_name, practitioner.last_name].filter((part) => part && part.trim()).join(' ');
}

/** "Millbrook Medical Practice, 42 High Street, Thornbury, BS35 2AQ"; empty when unknown. */
export function locationText(location: Location | undefined): string {
  if (!location) return '';
  return [location.name, location.address_line_1, location.address_line_2, location.town, location.postcode]
    .filter((part) => part && part.trim())
    .join(', ');
}
