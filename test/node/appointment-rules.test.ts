/**
 * `<hero-appointments>`' rules (src/components/appointments/appointment-rules.ts): when an
 * appointment may be cancelled online (the API's flag and its cancellation policy, counted in
 * instants so clock changes make no difference), when its time may be changed, how it happens.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AppointmentListItem } from '../../src/api/types.js';
import {
  cancelRule,
  canReschedule,
  locationText,
  modeOf,
  policyHours,
  practitionerName,
} from '../../src/components/appointments/appointment-rules.js';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-10-24T12:00:00Z');

function appointment(extra: Partial<AppointmentListItem> = {}): AppointmentListItem {
  return {
    id: '1',
    patient_id: '401',
    practitioner_id: '201',
    location_id: '301',
    appointment_type_id: '101',
    duration: 10,
    start_time: new Date(NOW + 48 * HOUR).toISOString(),
    video: false,
    in_person: true,
    telephone: false,
    video_url: null,
    link_id: null,
    reserved_until: null,
    booking_confirmed_at: '2026-10-01T09:00:00Z',
    can_be_cancelled: true,
    can_be_rescheduled: true,
    cancellation_policy_hours: 24,
    suppress_mail: false,
    status: 'booked',
    cancelled_at: null,
    ...extra,
  };
}

describe('cancelRule', () => {
  it('allows a booked appointment further away than the policy, and not one inside it', () => {
    assert.equal(cancelRule(appointment(), NOW), 'allowed');
    assert.equal(cancelRule(appointment({ start_time: new Date(NOW + 24 * HOUR).toISOString() }), NOW), 'allowed', 'exactly 24 hours away');
    assert.equal(cancelRule(appointment({ start_time: new Date(NOW + 24 * HOUR - 1).toISOString() }), NOW), 'window');
    assert.equal(
      cancelRule(appointment({ cancellation_policy_hours: 0, start_time: new Date(NOW + 60_000).toISOString() }), NOW),
      'allowed',
    );
  });

  it('counts the policy in real hours across the October clock change (25 wall-clock hours that day)', () => {
    // 24 hours before 09:00 GMT on Monday 26 October 2026 is 08:00 GMT (09:00 BST) on Sunday.
    const start = Date.parse('2026-10-26T09:00:00Z');
    assert.equal(cancelRule(appointment({ start_time: new Date(start).toISOString() }), start - 24 * HOUR - 1), 'allowed');
    assert.equal(cancelRule(appointment({ start_time: new Date(start).toISOString() }), start - 23.5 * HOUR), 'window');
  });

  it('refuses what the API says cannot be cancelled, and offers nothing for holds, cancelled or started appointments', () => {
    assert.equal(cancelRule(appointment({ can_be_cancelled: false }), NOW), 'refused');
    assert.equal(cancelRule(appointment({ status: 'reserved', booking_confirmed_at: null }), NOW), 'none');
    assert.equal(cancelRule(appointment({ status: 'cancelled' }), NOW), 'none');
    assert.equal(cancelRule(appointment({ start_time: new Date(NOW - 1).toISOString() }), NOW), 'none');
    assert.equal(cancelRule(appointment({ start_time: null }), NOW), 'none');
  });

  it('reads a missing or odd policy as no policy, and rounds the hours it words', () => {
    assert.equal(
      cancelRule(appointment({ cancellation_policy_hours: Number.NaN, start_time: new Date(NOW + HOUR).toISOString() }), NOW),
      'allowed',
    );
    assert.equal(policyHours(appointment({ cancellation_policy_hours: 23.6 })), 24);
    assert.equal(policyHours(appointment({ cancellation_policy_hours: -3 })), 0);
  });
});

describe('canReschedule, modeOf, names', () => {
  it('offers a change of time only for a booked, upcoming appointment the API lets move', () => {
    assert.equal(canReschedule(appointment(), NOW), true);
    assert.equal(canReschedule(appointment({ can_be_rescheduled: false }), NOW), false);
    assert.equal(canReschedule(appointment({ status: 'cancelled' }), NOW), false);
    assert.equal(canReschedule(appointment({ start_time: new Date(NOW - HOUR).toISOString() }), NOW), false);
  });

  it('says video or telephone before in person', () => {
    assert.equal(modeOf(appointment({ video: true, in_person: true })), 'video');
    assert.equal(modeOf(appointment({ telephone: true, in_person: false })), 'telephone');
    assert.equal(modeOf(appointment()), 'in_person');
  });

  it('joins names and addresses, leaving out what the API left empty', () => {
    assert.equal(
      practitionerName({ id: '1', title: 'Dr', first_name: 'Priya', last_name: 'Sharma', practitioner_type: 'GP' }),
      'Dr Priya Sharma',
    );
    assert.equal(practitionerName({ id: '1', title: null, first_name: '', last_name: 'Sharma', practitioner_type: 'GP' }), 'Sharma');
    assert.equal(practitionerName(undefined), '');
    assert.equal(
      locationText({
        id: '1',
        name: 'Castle Street',
        address_line_1: '3 Castle Street',
        address_line_2: null,
        town: 'Thornbury',
        postcode: 'BS35 1HB',
      }),
      'Castle Street, 3 Castle Street, Thornbury, BS35 1HB',
    );
  });
});
