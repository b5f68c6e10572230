/** The template links' API calls (message-composer-api.ts, helper `links` block), with a fake client. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HeroError } from '../../src/api/errors.js';
import { createLink, loadPractice } from '../../src/components/message-composer/message-composer-api.js';
import type { ApiClient } from '../../src/internal/element-client.js';

interface Call {
  method: string;
  path: string;
  body?: unknown;
}

/** A client that records calls and answers from `answer`. */
function fakeClient(answer: (call: Call) => Promise<unknown>, shared: object = {}): ApiClient & { calls: Call[]; shared: object } {
  const calls: Call[] = [];
  const call =
    (method: string) =>
    (path: string, options: { body?: unknown } = {}) => {
      const record = { method, path, ...(options.body === undefined ? {} : { body: options.body }) };
      calls.push(record);
      return answer(record);
    };
  return { calls, shared, get: call('GET'), post: call('POST'), patch: call('PATCH'), listAll: call('LIST') } as never;
}

const signal = () => new AbortController().signal;

describe('createLink', () => {
  it('sends each kind of link for the patient, once', async () => {
    const client = fakeClient(async () => ({ id: '71002', url: 'https://booking.test/l/71002', expires_at: null }));
    assert.deepEqual(await createLink(client, { kind: 'booking', patientId: '401', appointmentTypeId: '101', locationId: '302' }), {
      id: '71002',
      url: 'https://booking.test/l/71002',
    });
    await createLink(client, { kind: 'form', patientId: '401', formId: '602' });
    await createLink(client, { kind: 'video', patientId: '401' });
    assert.deepEqual(client.calls, [
      { method: 'POST', path: '/v1/booking_links', body: { appointment_type_id: '101', location_id: '302', patient_id: '401' } },
      { method: 'POST', path: '/v1/form_links', body: { form_id: '602', patient_id: '401' } },
      { method: 'POST', path: '/v1/video_links', body: { patient_id: '401' } },
    ]);
  });

  it('takes an answer without an id or address as a link of unknown outcome, and does not ask again', async () => {
    for (const answer of [
      { id: null, url: 'https://x.test/l/1' },
      { id: '1', url: null },
    ]) {
      const client = fakeClient(async () => ({ ...answer, expires_at: null }));
      await assert.rejects(createLink(client, { kind: 'form', patientId: '401', formId: '602' }), (error: unknown) => {
        assert.ok(error instanceof HeroError);
        assert.equal(error.outcomeUnknown, true);
        assert.equal(error.code, 'server');
        return true;
      });
      assert.equal(client.calls.length, 1);
    }
  });

  it('passes the client’s error on as it is (no retry here)', async () => {
    const client = fakeClient(async () => {
      throw new HeroError('server', 'Bad gateway', { status: 504, outcomeUnknown: true });
    });
    await assert.rejects(createLink(client, { kind: 'video', patientId: '401' }), (error: HeroError) => error.outcomeUnknown);
    assert.equal(client.calls.length, 1);
  });
});

describe('loadPractice', () => {
  it('asks GET /v1/me once per shared client, whoever asks', async () => {
    const shared = {};
    const practice = { id: '1001', name: 'Millbrook Medical Practice', phone: null, email: null, ods_code: null, address: null };
    const first = fakeClient(async () => practice, shared);
    const second = fakeClient(async () => practice, shared);
    const [a, b] = await Promise.all([loadPractice(first, { signal: signal() }), loadPractice(second, { signal: signal() })]);
    assert.equal(a.name, 'Millbrook Medical Practice');
    assert.equal(b, a);
    assert.equal(first.calls.length + second.calls.length, 1);
    const other = fakeClient(async () => practice, {});
    await loadPractice(other, { signal: signal() });
    assert.equal(other.calls.length, 1, 'another configuration asks for itself');
  });

  it('forgets a failed answer, so the next caller asks again', async () => {
    let fail = true;
    const client = fakeClient(async () => {
      if (fail) throw new HeroError('server', 'down');
      return { id: '1001', name: 'Millbrook' };
    });
    await assert.rejects(loadPractice(client, { signal: signal() }));
    fail = false;
    assert.equal((await loadPractice(client, { signal: signal() })).name, 'Millbrook');
    assert.equal(client.calls.length, 2);
  });

  it('lets one caller stop waiting without cancelling the answer for others', async () => {
    let resolve!: (value: unknown) => void;
    const client = fakeClient(() => new Promise((r) => (resolve = r)));
    const leaving = new AbortController();
    const left = loadPractice(client, { signal: leaving.signal });
    const staying = loadPractice(client, { signal: signal() });
    leaving.abort();
    await assert.rejects(left);
    resolve({ id: '1001', name: 'Millbrook' });
    assert.equal((await staying).name, 'Millbrook');
    assert.equal(client.calls.length, 1);
  });
});
