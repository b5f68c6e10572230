/**
 * The composer's pure rules (src/components/message-composer/draft.ts) and its send flow
 * (send-flow.ts: once, for its patient; an unknown outcome is never re-sent by itself).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HeroError } from '../../src/api/errors.js';
import type { MessageSendRequest } from '../../src/api/types.js';
import {
  checkDraft,
  emptyDraft,
  fieldsFromIssues,
  recordContacts,
  refreshErrors,
  scheduledMs,
  type Draft,
  type DraftContext,
} from '../../src/components/message-composer/draft.js';
import { SendFlow, type Notice } from '../../src/components/message-composer/send-flow.js';
import type { HeroPatient } from '../../src/domain/patient.js';
import type { ApiClient } from '../../src/internal/element-client.js';

const OLIVIA: HeroPatient = {
  id: '401',
  title: 'Mrs',
  first_name: 'Olivia',
  last_name: 'Bennett',
  dob: '1985-03-14',
  sex: 'Female',
  nhs_number: '9990000018',
  deceased_at: null,
  restricted: false,
  archived: false,
  has_mobile: true,
  has_email: true,
  mobile: '07700900123',
  email: 'olivia.bennett@example.com',
};

const NOW = Date.parse('2026-03-10T12:00:00Z');
const context = (over: Partial<DraftContext> = {}): DraftContext => ({
  contacts: recordContacts(OLIVIA),
  channels: ['sms', 'email', 'nhs_app', 'hero'],
  values: { first_name: 'Olivia' },
  now: NOW,
  ...over,
});
const draft = (over: Partial<Draft> = {}): Draft => ({
  ...emptyDraft('sms'),
  recipients: { sms: '07700 900123', email: '' },
  text: 'Hello',
  ...over,
});

describe('checkDraft', () => {
  it('builds the send request, with admin_id only when admin-id is set', () => {
    assert.deepEqual(checkDraft(draft(), '401', context()).request, {
      patient_id: '401',
      message_type: 'sms',
      message_string: 'Hello',
      recipient_contact_detail: '+447700900123',
    });
    assert.equal(checkDraft(draft(), '401', context({ adminId: ' 77 ' })).request?.admin_id, '77');
  });

  it('refuses a number that is not a mobile, apart from one that is not a number at all', () => {
    assert.equal(
      checkDraft(draft({ recipients: { sms: '01454 412345', email: '' } }), '401', context()).errors.recipient?.key,
      'error.sms.notMobile',
    );
    assert.equal(checkDraft(draft({ recipients: { sms: '0770', email: '' } }), '401', context()).errors.recipient?.key, 'error.sms.format');
  });

  it('refuses a text message over 6 texts, and an NHS App message over 5,000 characters', () => {
    assert.equal(checkDraft(draft({ text: 'a'.repeat(918) }), '401', context()).errors.text, undefined);
    assert.deepEqual(checkDraft(draft({ text: 'a'.repeat(919) }), '401', context()).errors.text, {
      key: 'error.text.tooLong.sms',
      vars: { used: 7, max: 6, characters: 918 },
    });
    const app = checkDraft(draft({ channel: 'nhs_app', text: 'a'.repeat(5001) }), '401', context());
    assert.deepEqual(app.errors.text, { key: 'error.text.tooLong', vars: { channel: 'nhs_app', length: 5001, max: 5000 } });
    // A text message fallback sends the same words: its limit applies too.
    const fallback = checkDraft(draft({ channel: 'nhs_app', fallback: 'sms', text: 'a'.repeat(1000) }), '401', context());
    assert.equal(fallback.errors.text?.key, 'error.text.tooLong.sms');
  });

  it('reads the send time as people type it, in London time, and refuses the past and the ambiguous', () => {
    const at = (time: string, date = { day: '1', month: '7', year: '2026' }) =>
      checkDraft(draft({ schedule: true, date, time }), '401', context());
    assert.equal(at('9:30am').request?.send_at, '2026-07-01T08:30:00.000Z');
    assert.equal(at('14:30').request?.send_at, '2026-07-01T13:30:00.000Z');
    assert.deepEqual(at('9:30').errors['send-time'], { key: 'error.time.ambiguous', vars: { am: 570, pm: 1290 } });
    assert.equal(at('25:00').errors['send-time']?.key, 'error.time.format');
    assert.deepEqual(at('9am', { day: '1', month: '', year: '2026' }).errors['send-date'], {
      key: 'error.date.incomplete',
      parts: ['month'],
    });
    assert.equal(at('9am', { day: '1', month: '3', year: '2026' }).errors['send-date']?.key, 'error.date.past');
    assert.equal(at('11am', { day: '10', month: '3', year: '2026' }).errors['send-time']?.key, 'error.time.past');
    assert.equal(scheduledMs({ date: { day: '30', month: '2', year: '2026' }, time: '9am' }), undefined);
  });

  it('sends a template’s prepared message and link, and leaves its gaps to its fields', () => {
    const filling = checkDraft(draft({ text: 'Hi {{first_name}} on {{appointment_date}}' }), '401', context({ filling: {} }));
    assert.equal(filling.errors.text, undefined);
    const prepared = checkDraft(
      draft({ text: 'ignored' }),
      '401',
      context({ filling: { prepared: { text: 'Hi Olivia: https://x.test/a', shortLinkId: 'L1' } } }),
    );
    assert.equal(prepared.request?.message_string, 'Hi Olivia: https://x.test/a');
    assert.equal(prepared.request?.short_link_id, 'L1');
  });

  it('has no email subject: the message is sent as written', () => {
    const email = checkDraft(draft({ channel: 'email', recipients: { sms: '', email: 'a@example.com' } }), '401', context());
    assert.deepEqual(email.errors, {});
    assert.equal(email.request?.message_string, 'Hello');
  });
});

describe('refreshErrors', () => {
  it('updates shown errors as people type, adds none, and keeps Hero’s until that field changes', () => {
    const shown = { text: { key: 'error.text.required' }, 'snomed-code': { key: 'error.snomed.invalid' } } as const;
    assert.deepEqual(refreshErrors(shown, { recipient: { key: 'error.sms.format' } }), { 'snomed-code': { key: 'error.snomed.invalid' } });
    assert.deepEqual(refreshErrors(shown, {}, 'snomed-code'), {});
    assert.deepEqual(refreshErrors({ text: { key: 'error.text.required' } }, { text: { key: 'error.text.tooLong.sms' } }), {
      text: { key: 'error.text.tooLong.sms' },
    });
  });

  it('maps Hero’s 400 issues to fields', () => {
    assert.deepEqual(fieldsFromIssues([{ path: ['recipient_contact_detail'] }, { path: ['nothing_we_show'] }]), {
      recipient: { key: 'api.field' },
    });
  });
});

// ─── SendFlow ───

class Host implements ReactiveControllerHost {
  updateComplete = Promise.resolve(true);
  addController(_c: ReactiveController) {}
  removeController() {}
  requestUpdate() {}
}

const request: MessageSendRequest = { patient_id: '401', message_type: 'sms', message_string: 'Hello' };

function flow(post: () => Promise<unknown>, latest?: () => Promise<unknown>) {
  const calls = {
    sends: 0,
    reads: 0,
    accepted: [] as { current: boolean; patientId: string }[],
    told: [] as ('uncertain' | Notice)[],
    refused: 0,
  };
  const client = {
    post: async () => {
      calls.sends++;
      return post();
    },
    get: async () => {
      calls.reads++;
      return latest ? latest() : { data: [], count: 0 };
    },
  } as unknown as ApiClient;
  const f = new SendFlow(new Host(), {
    client: () => client,
    signal: () => new AbortController().signal,
    report: (error) => error as HeroError,
    accepted: (_answer, _request, patientId, current) => calls.accepted.push({ patientId, current }),
    refused: () => calls.refused++,
    told: (what) => calls.told.push(what),
    describe: () => ({ when: '10 March at midday', channel: 'SMS' }),
  });
  return { f, calls };
}

describe('SendFlow', () => {
  it('sends once however often it is asked while a send is in flight', async () => {
    let release!: (v: unknown) => void;
    const { f, calls } = flow(() => new Promise((r) => (release = r)));
    const first = f.send(request, '401');
    void f.send(request, '401');
    void f.send(request, '401');
    assert.equal(calls.sends, 1);
    release({ message_id: 'm1', send_at: null });
    await first;
    assert.deepEqual(calls.accepted, [{ patientId: '401', current: true }]);
  });

  it('never re-sends after an unknown outcome: it reads back, and only a deliberate send goes again', async () => {
    const { f, calls } = flow(async () => {
      throw new HeroError('server', 'Gateway timeout', { status: 504, outcomeUnknown: true });
    });
    await f.send(request, '401');
    assert.deepEqual(calls.told, ['uncertain']);
    assert.equal(f.uncertain?.check.state === 'checking' || f.uncertain?.check.state === 'none', true);
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(f.uncertain?.check.state, 'none');
    assert.equal(calls.sends, 1);
    assert.equal(calls.reads, 1);
    f.askAgain(true);
    assert.equal(f.uncertain?.confirming, true);
    assert.equal(calls.sends, 1, 'asking is not sending');
    await f.send(request, '401');
    assert.equal(calls.sends, 2);
  });

  it('says a definite failure, for the host to show', async () => {
    const { f, calls } = flow(async () => {
      throw new HeroError('server', 'Unavailable', { status: 503 });
    });
    await f.send(request, '401');
    assert.equal(calls.refused, 1);
    assert.equal(f.error?.status, 503);
    assert.equal(f.uncertain, undefined);
  });

  it('completes a send in flight for its own patient when the subject changes, and says so instead of claiming it', async () => {
    let release!: (v: unknown) => void;
    const { f, calls } = flow(() => new Promise((r) => (release = r)));
    const sending = f.send(request, '401');
    f.changeSubject(false);
    assert.equal(f.notice, 'inflight');
    release({ message_id: 'm1', send_at: null });
    await sending;
    assert.deepEqual(calls.accepted, [{ patientId: '401', current: false }]);
    assert.equal(f.notice, 'inflightDone');
  });

  it('tells a discarded draft when the subject changes with nothing in flight', () => {
    const { f } = flow(async () => ({}));
    f.changeSubject(true);
    assert.equal(f.notice, 'discarded');
    f.changeSubject(false);
    assert.equal(f.notice, undefined);
  });
});
