/**
 * The message history's pure rules (src/components/message-history/history-rules.ts) and the
 * latest-message rule the composer uses for "Last message sent …" (src/domain/sent-messages.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SentMessage } from '../../src/api/types.js';
import { deliveryOf, pageInfo, reasonKey, recordOf, redactContacts } from '../../src/components/message-history/history-rules.js';
import { isLongText } from '../../src/components/message-history/message-history-item.js';
import { latestMessage, messageTime } from '../../src/domain/sent-messages.js';

const NOW = Date.parse('2026-03-10T12:00:00Z');

function sent(overrides: Partial<SentMessage> & { patientId?: string } = {}): SentMessage {
  const { patientId = '401', ...rest } = overrides;
  return {
    id: '1',
    patient: { id: patientId, title: null, first_name: 'Olivia', last_name: 'Bennett' },
    write_to_record: { write_to_record_at: null, status: null, failure_reason: null },
    short_link: null,
    campaign: null,
    created_at: '2026-03-01T09:00:00Z',
    sent_at: '2026-03-01T09:00:05Z',
    scheduled_at: null,
    status: 'delivered',
    sent_by: 'Karen Price',
    recipient_contact_detail: '07700900123',
    message_type: 'sms',
    ...rest,
  };
}

describe('messageTime', () => {
  it('is when it was sent; if not yet sent, when it is scheduled; otherwise when it was made', () => {
    assert.deepEqual(messageTime(sent()), { kind: 'sent', ms: Date.parse('2026-03-01T09:00:05Z') });
    assert.deepEqual(messageTime(sent({ sent_at: null, scheduled_at: '2026-03-11T09:30:00Z' })), {
      kind: 'scheduled',
      ms: Date.parse('2026-03-11T09:30:00Z'),
    });
    assert.deepEqual(messageTime(sent({ sent_at: null })), { kind: 'created', ms: Date.parse('2026-03-01T09:00:00Z') });
  });

  it('is undefined when the message carries no readable time (a garbled date is not a date)', () => {
    assert.equal(messageTime(sent({ sent_at: 'not a date', created_at: null })), undefined);
  });
});

describe('latestMessage (for "Last message sent …")', () => {
  it('picks the newest of the patient’s messages by when it went, whatever the order given, with its channel', () => {
    const messages = [
      sent({ id: '1', sent_at: '2026-03-01T09:00:00Z', message_type: 'sms' }),
      sent({ id: '3', sent_at: '2026-03-09T16:45:00Z', message_type: 'email', status: 'fatal' }),
      sent({ id: '2', sent_at: '2026-03-05T10:00:00Z', message_type: 'nhs_app' }),
    ];
    assert.deepEqual(latestMessage(messages, '401', NOW), {
      id: '3',
      channel: 'email',
      time: { kind: 'sent', ms: Date.parse('2026-03-09T16:45:00Z') },
      status: 'fatal',
    });
  });

  it('ignores another patient’s messages, messages scheduled for later, and messages with no time', () => {
    const messages = [
      sent({ id: 'other', patientId: '402', sent_at: '2026-03-10T11:00:00Z' }),
      sent({ id: 'later', sent_at: null, scheduled_at: '2026-03-11T09:00:00Z', status: 'pending' }),
      sent({ id: 'garbled', sent_at: null, created_at: null }),
      sent({ id: 'mine', sent_at: '2026-03-02T09:00:00Z' }),
    ];
    assert.equal(latestMessage(messages, '401', NOW)?.id, 'mine');
    assert.equal(latestMessage(messages, '403', NOW), undefined);
    assert.equal(latestMessage([], '401', NOW), undefined);
  });

  it('counts a message not yet sent by when it was made, and never returns the contact detail', () => {
    const latest = latestMessage([sent({ id: '9', sent_at: null, created_at: '2026-03-10T11:59:00Z', status: 'pending' })], '401', NOW);
    assert.deepEqual(latest?.time, { kind: 'created', ms: Date.parse('2026-03-10T11:59:00Z') });
    assert.ok(!JSON.stringify(latest).includes('07700'), 'no contact detail');
  });
});

describe('deliveryOf and recordOf', () => {
  it('keeps the six documented delivery states, and calls a pending message due later "scheduled"', () => {
    for (const state of ['delivered', 'declined', 'sent', 'pending', 'retry', 'fatal'])
      assert.equal(deliveryOf(state, undefined, NOW), state);
    assert.equal(deliveryOf('pending', NOW + 60_000, NOW), 'scheduled');
    assert.equal(deliveryOf('pending', NOW - 60_000, NOW), 'pending');
    assert.equal(deliveryOf('sent', NOW + 60_000, NOW), 'sent');
  });

  it('says "unknown" for a state Hero adds later or an empty one, never a blank', () => {
    assert.equal(deliveryOf('queued', undefined, NOW), 'unknown');
    assert.equal(deliveryOf('', undefined, NOW), 'unknown');
  });

  it('reads write-to-record: not asked for (null), the three states, unknown', () => {
    assert.equal(recordOf(null), 'none');
    assert.equal(recordOf('success'), 'success');
    assert.equal(recordOf('failed'), 'failed');
    assert.equal(recordOf('not_written'), 'not_written');
    assert.equal(recordOf('pending_approval'), 'unknown');
  });
});

describe('reasonKey: failure reasons in plain words', () => {
  it('knows the reasons Hero gives', () => {
    assert.equal(reasonKey('delivery', 'No mobile number on the patient record', 'fatal'), 'reason.noMobile');
    assert.equal(reasonKey('delivery', 'No email address on the patient record', 'fatal'), 'reason.noEmail');
    assert.equal(reasonKey('delivery', 'The mailbox does not exist', 'fatal'), 'reason.badAddress');
    assert.equal(reasonKey('delivery', 'The recipient declined email from the practice', 'declined'), 'reason.declined');
    assert.equal(reasonKey('delivery', 'The SMS provider did not answer; retrying', 'retry'), 'reason.provider');
    assert.equal(reasonKey('delivery', 'The patient has not installed the app', 'fatal'), 'reason.noApp');
    assert.equal(reasonKey('record', 'The EHR did not accept the entry', 'failed'), 'reason.ehr');
    assert.equal(reasonKey('record', 'The message was never sent', 'failed'), 'reason.neverSent');
  });

  it('explains an unknown or missing reason by its state', () => {
    assert.equal(reasonKey('delivery', 'Error 4711', 'fatal'), 'reason.delivery.fatal');
    assert.equal(reasonKey('delivery', null, 'declined'), 'reason.delivery.declined');
    assert.equal(reasonKey('delivery', '  ', 'retry'), 'reason.delivery.retry');
    assert.equal(reasonKey('record', 'Something else', 'failed'), 'reason.record');
    // A delivery reason is not read as a record one, and the other way round.
    assert.equal(reasonKey('record', 'No mobile number on the patient record', 'failed'), 'reason.record');
  });
});

describe('redactContacts', () => {
  it('hides email addresses and phone numbers in the API’s free text', () => {
    assert.equal(redactContacts('The mailbox e.whitmore@example.com does not exist', '[hidden]'), 'The mailbox [hidden] does not exist');
    assert.equal(redactContacts('Number 07700 900321 is not in service', '[hidden]'), 'Number [hidden] is not in service');
    assert.equal(redactContacts('Sent to +44 (0)7700-900-321.', '[hidden]'), 'Sent to [hidden].');
  });

  it('leaves other text, short numbers and codes alone', () => {
    const text = 'Error 4711 at 12:30 on 2026-03-01: provider timeout (retry 2 of 3), last tried 2026-03-01 12:45:10';
    assert.equal(redactContacts(text, '[hidden]'), text);
  });
});

describe('pageInfo', () => {
  it('pages 23 messages ten at a time: three pages, the last short', () => {
    assert.deepEqual(pageInfo(0, 10, 10, 23, 50), {
      page: 0,
      pages: 3,
      from: 1,
      to: 10,
      total: 23,
      newer: false,
      older: true,
      capped: false,
    });
    assert.deepEqual(pageInfo(1, 10, 10, 23, 50), {
      page: 1,
      pages: 3,
      from: 11,
      to: 20,
      total: 23,
      newer: true,
      older: true,
      capped: false,
    });
    assert.deepEqual(pageInfo(2, 3, 10, 23, 50), {
      page: 2,
      pages: 3,
      from: 21,
      to: 23,
      total: 23,
      newer: true,
      older: false,
      capped: false,
    });
  });

  it('follows a server that gives fewer per page than asked', () => {
    assert.deepEqual(pageInfo(0, 4, 4, 10, 50), { page: 0, pages: 3, from: 1, to: 4, total: 10, newer: false, older: true, capped: false });
  });

  it('stops at a short page whatever count says, and follows a full page whose count is too low', () => {
    assert.equal(pageInfo(1, 6, 10, 40, 50).older, false, 'a short page ends the list');
    const low = pageInfo(0, 10, 10, 3, 50);
    assert.equal(low.older, true, 'a full page may have more after it');
    assert.equal(low.total, undefined, 'count is not shown when it is wrong');
    assert.equal(low.pages, undefined);
  });

  it('never goes past maxPages, and says more exist', () => {
    const last = pageInfo(49, 10, 10, 100_000, 50);
    assert.equal(last.pages, 50);
    assert.equal(last.older, false);
    assert.equal(last.capped, true);
    assert.equal(pageInfo(48, 10, 10, 100_000, 50).older, true);
    assert.equal(pageInfo(49, 10, 10, 500, 50).capped, false, 'exactly 50 pages: nothing beyond');
  });

  it('describes an empty first page', () => {
    assert.deepEqual(pageInfo(0, 0, 10, 0, 50), { page: 0, pages: 1, from: 0, to: 0, total: 0, newer: false, older: false, capped: false });
  });
});

describe('isLongText', () => {
  it('clamps only text that could run past three lines: over 80 characters, or more than three lines', () => {
    assert.equal(isLongText('a'.repeat(80)), false);
    assert.equal(isLongText('a'.repeat(81)), true);
    assert.equal(isLongText('one\ntwo\nthree'), false);
    assert.equal(isLongText('one\ntwo\nthree\nfour'), true);
  });
});
