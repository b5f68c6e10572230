/**
 * The composer's delivery poller (src/components/message-composer/delivery-poller.ts): a Lit
 * ReactiveController driven here by a bare host and Node's mock timers.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessageDeliveryState } from '../../src/api/types.js';
import { DeliveryPoller, pollDelay } from '../../src/components/message-composer/delivery-poller.js';
import type { DeliveryStatus } from '../../src/components/message-composer/message-composer-api.js';

class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  updateComplete = Promise.resolve(true);
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  connect() {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect() {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

/** Lets pending promise callbacks run (the fake load resolves at once). */
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

function setup(
  answers: (id: string, call: number) => Partial<DeliveryStatus> | Error,
  options: { maxPolls?: number; patient?: () => string } = {},
) {
  const host = new Host();
  const calls: { id: string; signal: AbortSignal }[] = [];
  const changes: MessageDeliveryState[] = [];
  let patient = '401';
  const poller = new DeliveryPoller(host, {
    load: async (id, signal) => {
      calls.push({ id, signal });
      const answer = answers(id, calls.length);
      if (answer instanceof Error) throw answer;
      return { messageId: id, response: 'sent', reason: null, scheduledSendAt: null, ...answer };
    },
    currentPatient: options.patient ?? (() => patient),
    delays: () => [10, 20],
    maxPolls: () => options.maxPolls ?? 40,
    onChange: (_id, response) => changes.push(response),
  });
  host.connect();
  return { host, poller, calls, changes, setPatient: (id: string) => (patient = id) };
}

describe('DeliveryPoller', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  it('waits by the schedule, its last entry repeating', () => {
    assert.deepEqual(
      [0, 1, 2, 5].map((n) => pollDelay(n, [2, 4, 8])),
      [2, 4, 8, 8],
    );
  });

  it('polls with backoff and stops on a final status, reporting each change once', async () => {
    const { poller, calls, changes } = setup((_id, call) => ({ response: call < 3 ? 'sent' : 'delivered' }));
    poller.follow('m1', '401');
    mock.timers.tick(10);
    await flush();
    assert.equal(calls.length, 1);
    mock.timers.tick(19);
    await flush();
    assert.equal(calls.length, 1, 'the second wait is 20 ms');
    mock.timers.tick(1);
    await flush();
    mock.timers.tick(20);
    await flush();
    assert.equal(calls.length, 3);
    assert.deepEqual(changes, ['sent', 'delivered']);
    assert.equal(poller.delivery.response, 'delivered');
    assert.equal(poller.active, false);
    mock.timers.tick(1000);
    await flush();
    assert.equal(calls.length, 3, 'no poll after a final status');
  });

  it('stops after maxPolls and says so', async () => {
    const { poller, calls } = setup(() => ({ response: 'pending' }), { maxPolls: 3 });
    poller.follow('m1', '401');
    for (let i = 0; i < 10; i++) {
      mock.timers.tick(20);
      await flush();
    }
    assert.equal(calls.length, 3);
    assert.equal(poller.delivery.stopped, true);
    assert.equal(poller.active, false);
  });

  it('stops while the host is out of the page (aborting the read) and resumes when it is back', async () => {
    const { host, poller, calls } = setup(() => ({ response: 'sent' }));
    poller.follow('m1', '401');
    mock.timers.tick(10);
    await flush();
    assert.equal(calls.length, 1);
    host.disconnect();
    mock.timers.tick(10_000);
    await flush();
    assert.equal(calls.length, 1, 'no poll while disconnected');
    host.connect();
    mock.timers.tick(0);
    await flush();
    assert.equal(calls.length, 2, 'follows again once back');
  });

  it('aborts a poll in flight on disconnect, and ignores its answer', async () => {
    const host = new Host();
    let resolve!: (s: DeliveryStatus) => void;
    const signals: AbortSignal[] = [];
    const poller = new DeliveryPoller(host, {
      load: (_id, signal) => {
        signals.push(signal);
        return new Promise((r) => (resolve = r));
      },
      currentPatient: () => '401',
      delays: () => [10],
      maxPolls: () => 40,
    });
    host.connect();
    poller.follow('m1', '401');
    mock.timers.tick(10);
    await flush();
    host.disconnect();
    assert.equal(signals[0]!.aborted, true);
    resolve({ messageId: 'm1', response: 'delivered', reason: null, scheduledSendAt: null });
    await flush();
    assert.equal(poller.delivery.response, undefined);
  });

  it('never polls another patient’s message: stops when the host shows another patient', async () => {
    const { poller, calls, setPatient } = setup(() => ({ response: 'sent' }));
    poller.follow('m1', '401');
    mock.timers.tick(10);
    await flush();
    assert.equal(calls.length, 1);
    setPatient('402');
    mock.timers.tick(10_000);
    await flush();
    assert.equal(calls.length, 1);
    assert.equal(poller.active, false);
    assert.deepEqual(poller.delivery, {});
  });

  it('keeps polling through a failed read, saying the status could not be checked', async () => {
    const { poller, calls } = setup((_id, call) => (call === 1 ? new Error('offline') : { response: 'delivered' }));
    poller.follow('m1', '401');
    mock.timers.tick(10);
    await flush();
    assert.equal(poller.delivery.unreachable, true);
    mock.timers.tick(20);
    await flush();
    assert.equal(calls.length, 2);
    assert.equal(poller.delivery.response, 'delivered');
    assert.equal(poller.delivery.unreachable, undefined);
  });

  it('ignores a status that names another message', async () => {
    const { poller } = setup(() => ({ messageId: 'other', response: 'delivered' }));
    poller.follow('m1', '401');
    mock.timers.tick(10);
    await flush();
    assert.equal(poller.delivery.response, undefined);
    assert.equal(poller.delivery.unreachable, true);
  });

  it('follows nothing without a message id', async () => {
    const { poller, calls } = setup(() => ({ response: 'sent' }));
    poller.follow('', '401');
    mock.timers.tick(1000);
    await flush();
    assert.equal(calls.length, 0);
  });
});
