// The one waitFor every suite, the Home Assistant harness and the benches poll with: what it
// waits for, when it gives up, and what its failure says. On sinon's fake clock, so timeouts of
// seconds take no time and the number of probes is exact.
import assert from 'node:assert/strict';
import net from 'node:net';
import sinon from 'sinon';
import { freePort, GiveUp, waitFor } from '../support/wait.js';

describe('test/support waitFor', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: 1_000_000, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => clock.restore());

  /** A probe that answers from `answers` in turn (throwing the errors), counting its calls. */
  const scripted = (answers: unknown[]) => {
    let calls = 0;
    return sinon.spy((): unknown => {
      const a = answers[Math.min(calls++, answers.length - 1)];
      if (a instanceof Error) throw a;
      return a;
    });
  };

  for (const [notYet, label] of [
    [undefined, 'undefined'],
    [null, 'null'],
    [false, 'false'],
  ] as const) {
    it(`keeps waiting while the probe returns ${label}, every intervalMs`, async () => {
      const probe = scripted([notYet, notYet, 'ready']);
      const done = waitFor('the thing', probe, { timeoutMs: 5_000, intervalMs: 250 });
      await clock.tickAsync(499);
      assert.equal(probe.callCount, 2);
      await clock.tickAsync(1);
      assert.equal(await done, 'ready');
      assert.equal(probe.callCount, 3);
    });
  }

  it('resolves with falsy values that are values (0, empty string)', async () => {
    assert.equal(await waitFor('a zero', () => 0), 0);
    assert.equal(await waitFor('an empty string', () => ''), '');
  });

  it('treats a throwing probe as "not yet" and quotes its last error on timeout', async () => {
    const probe = scripted([
      new Error('first'),
      new Error('connect ECONNREFUSED', { cause: new Error('127.0.0.1:9') }),
    ]);
    const done = waitFor('hub health', probe, { timeoutMs: 1_000, intervalMs: 100 });
    const failed = assert.rejects(done, (e: Error) => {
      assert.equal(
        e.message,
        'timed out after 1000 ms waiting for hub health; last error: connect ECONNREFUSED (127.0.0.1:9)',
      );
      return true;
    });
    await clock.tickAsync(1_000);
    await failed;
    // Ten tries within the second, and one last look at the deadline.
    assert.equal(probe.callCount, 11);
  });

  it('says nothing about errors when the probe never threw', async () => {
    const done = waitFor('ready', () => undefined, { timeoutMs: 300 });
    const failed = assert.rejects(done, { message: 'timed out after 300 ms waiting for ready' });
    await clock.tickAsync(300);
    await failed;
  });

  it('stops at once when the probe throws GiveUp', async () => {
    const probe = scripted([undefined, new GiveUp('the hub exited (1)')]);
    const done = waitFor('hub health', probe, { timeoutMs: 60_000, intervalMs: 100 });
    const failed = assert.rejects(done, {
      message: 'gave up waiting for hub health: the hub exited (1)',
    });
    await clock.tickAsync(100);
    await failed;
    assert.equal(probe.callCount, 2);
    assert.equal(Date.now(), 1_000_100, 'no more time passed than one interval');
  });

  it('waits 30 s by default', async () => {
    const done = waitFor('never', () => undefined);
    const failed = assert.rejects(done, /timed out after 30000 ms/);
    await clock.tickAsync(29_999);
    let settled = false;
    void done.catch(() => (settled = true));
    await clock.tickAsync(0);
    assert.equal(settled, false);
    await clock.tickAsync(1);
    await failed;
  });
});

describe('test/support freePort', () => {
  it('gives a loopback port that can be bound right away', async () => {
    const port = await freePort();
    assert.ok(port > 0 && port < 65536);
    const srv = net.createServer();
    await new Promise<void>((resolve, reject) => {
      srv.once('error', reject);
      srv.listen(port, '127.0.0.1', resolve);
    });
    await new Promise((r) => srv.close(r));
  });
});
