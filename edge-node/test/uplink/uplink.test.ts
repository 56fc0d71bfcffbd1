import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import sinon from 'sinon';
import type { IngestAck, IngestBatch } from '@brewpit/protocol';
import { silentLogger } from '../../src/log.js';
import { Outbox } from '../../src/outbox/outbox.js';
import { HubClient } from '../../src/uplink/client.js';
import { ClockOffset } from '../../src/uplink/clock.js';
import { Uplink } from '../../src/uplink/uplink.js';
import { FakeHub, type FakeAnswer } from '../fake-hub.js';

describe('Uplink', () => {
  const sandbox = sinon.createSandbox();
  let dir: string;
  let hub: FakeHub;
  let outbox: Outbox;
  let uplink: Uplink | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'brewpit-uplink-'));
    hub = new FakeHub();
    outbox = Outbox.open(join(dir, 'outbox.db'), 0);
  });
  afterEach(async () => {
    sandbox.restore();
    await uplink?.stop();
    outbox.close();
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function start(
    overrides: { onAck?: (ack: IngestAck) => Promise<void>; heartbeatMs?: number } = {},
  ): Promise<void> {
    const url = await hub.listen();
    uplink = new Uplink(
      {
        outbox,
        client: new HubClient({ baseUrl: url, token: () => 'tok', timeoutMs: 2000, gzip: true }),
        clock: new ClockOffset(),
        log: silentLogger(),
        bootId: 'boot',
        channels: () => [{ key: 'pit', kind: 'temperature', unit: '°C', name: 'Pit' }],
        status: () => ({ outbox_depth: 0 }),
        onAck: overrides.onAck ?? (async () => {}),
        takeCommandResults: () => [],
      },
      {
        batchMaxReadings: 5000,
        batchMaxAgeMs: 0,
        backoffInitialMs: 20,
        backoffMaxMs: 100,
        heartbeatMs: overrides.heartbeatMs ?? 60_000,
      },
    );
    uplink.start();
  }
  const range = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const fill = (n: number, ts0 = Date.now() - n) => {
    outbox.append(
      Array.from({ length: n }, (_, i) => ({
        channel: 'pit',
        ts: ts0 + i,
        value: i,
        status: 'ok' as const,
      })),
    );
  };
  /** A hub that refuses, with a 400 naming it, the reading of `seq` in any batch holding it. */
  const refusing =
    (seq: number) =>
    (b: IngestBatch): FakeAnswer => {
      const bad = b.readings.findIndex((r) => r.seq === seq);
      if (bad < 0) return hub.accept(b);
      return {
        status: 400,
        body: {
          title: 'Invalid',
          status: 400,
          errors: [{ path: `/readings/${bad}/ts`, message: 'must be >= 946684800000' }],
        },
      };
    };
  /** Waits (in real time: requests run on real sockets) until `cond` holds. */
  const until = async (cond: () => boolean, ms = 5000) => {
    const end = performance.now() + ms;
    while (!cond()) {
      if (performance.now() > end) throw new Error('timeout');
      await new Promise((r) => setImmediate(r));
    }
  };
  /** Lets pending I/O finish without moving the (fake) clock: what a waiting uplink does. */
  const settle = async (ms = 100) => {
    const end = performance.now() + ms;
    while (performance.now() < end) await new Promise((r) => setImmediate(r));
  };
  /**
   * Fakes the timers and the date the uplink waits on (sockets stay real), and pins the
   * backoff's jitter to half its ceiling, so a retry is never due at once by chance.
   */
  const fakeClock = () => {
    sandbox.stub(Math, 'random').returns(0.5);
    return sandbox.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      now: Date.now(),
    });
  };

  it('checks the seq base with an empty batch first, then drains oldest first in batches of 5000', async () => {
    fill(12_000);
    await start();
    await until(() => outbox.stats().depth === 0);
    assert.equal(hub.batches[0]!.readings.length, 0, 'first contact is an empty batch');
    // Two requests are open at a time, so the hub may see the second before the first.
    const data = hub.batches.slice(1).sort((a, b) => a.readings[0]!.seq - b.readings[0]!.seq);
    assert.deepEqual(
      data.map((b) => [b.readings[0]!.seq, b.readings.length]),
      [
        [1, 5000],
        [5001, 5000],
        [10_001, 2000],
      ],
    );
    assert.ok(hub.batches[0]!.channels, 'channels announced on first contact');
  });

  it('hands the commands of the first-contact answer to onAck (not lost until a resend)', async () => {
    const cmd = {
      id: '00000000-0000-4000-8000-000000000001',
      type: 'identify' as const,
      params: {},
      created_at: Date.now(),
      expires_at: Date.now() + 60_000,
    };
    hub.handler = (b) => {
      const r = hub.accept(b);
      if (hub.batches.length === 1) (r.body as IngestAck).commands = [cmd];
      return r;
    };
    const acks: IngestAck[] = [];
    await start({ onAck: async (a) => void acks.push(a) });
    await until(() => acks.length > 0);
    assert.deepEqual(acks[0]!.commands, [cmd]);
    assert.equal(hub.batches.length, 1, 'it came in the seq-sync answer');
  });

  it('sends an empty batch every heartbeat when idle, so commands are fetched', async () => {
    const clock = fakeClock();
    await start({ heartbeatMs: 30_000 });
    await until(() => hub.batches.length === 1); // first contact
    await settle();
    assert.equal(hub.batches.length, 1, 'nothing more before the heartbeat is due');
    for (const n of [2, 3, 4]) {
      await clock.tickAsync(30_000);
      await until(() => hub.batches.length === n);
    }
    assert.deepEqual(
      hub.batches.map((b) => b.readings.length),
      [0, 0, 0, 0],
    );
  });

  it('renumbers a fresh outbox when the hub already holds seqs for this token', async () => {
    for (let s = 1; s <= 700; s++) hub.stored.add(s);
    fill(10);
    await start();
    await until(() => outbox.stats().depth === 0);
    assert.deepEqual(
      hub.batches[1]!.readings.map((r) => r.seq),
      [701, 702, 703, 704, 705, 706, 707, 708, 709, 710],
    );
  });

  it('halves the batch on 413 and still delivers everything', async () => {
    fill(3000);
    hub.handler = (b) =>
      b.readings.length > 1000
        ? { status: 413, body: { title: 'Too large', status: 413 } }
        : hub.accept(b);
    await start();
    await until(() => outbox.stats().depth === 0);
    assert.equal(hub.stored.size, 3000);
  });

  it('drops only the readings a 400 blames, reports them as dropped, and keeps going', async () => {
    fill(10);
    hub.handler = refusing(4);
    await start();
    await until(() => outbox.stats().depth === 0);
    const last = hub.batches[hub.batches.length - 1]!;
    assert.deepEqual(last.dropped, [{ from: 4, to: 4 }]);
    assert.equal(Number(outbox.meta('rejected_total')), 1);
    assert.equal(hub.stored.size, 10);
  });

  describe('body format', () => {
    const MSGPACK = 'application/msgpack';

    it('sends JSON until the hub lists MessagePack in its Accept-Post, then MessagePack', async () => {
      hub.takesMsgpack = true;
      fill(12_000);
      await start();
      await until(() => outbox.stats().depth === 0);
      // First contact goes out before any answer; with two requests open, so may the next one.
      assert.equal(hub.types[0], 'application/json');
      const first = hub.types.indexOf(MSGPACK);
      assert.ok(first >= 1 && first <= 2, `MessagePack from request ${first}`);
      assert.ok(
        hub.types.slice(first).every((t) => t === MSGPACK),
        hub.types.join(),
      );
      assert.deepEqual(
        [...hub.stored].sort((a, b) => a - b),
        range(1, 12_000),
      );
      // What the hub decoded is the batch as JSON would carry it.
      const decoded = hub.batches.find((b) => b.readings[0]?.seq === 5001)!;
      assert.deepEqual(decoded.readings[1], {
        seq: 5002,
        channel: 'pit',
        ts: decoded.readings[0]!.ts + 1,
        value: 5001,
      });
    });

    it('stays with JSON for a hub that does not list MessagePack', async () => {
      fill(6000);
      await start();
      await until(() => outbox.stats().depth === 0);
      assert.ok(
        hub.types.every((t) => t === 'application/json'),
        hub.types.join(),
      );
    });

    it('sends a batch again as JSON at once when the hub stops reading MessagePack, dropping nothing', async () => {
      hub.takesMsgpack = true;
      await start();
      fill(10);
      uplink!.notify();
      await until(() => hub.stored.size === 10);
      assert.equal(hub.types.at(-1), MSGPACK);
      hub.takesMsgpack = false; // an older hub put back in its place
      const sent = hub.types.length;
      fill(10);
      uplink!.notify();
      await until(() => outbox.stats().depth === 0);
      assert.deepEqual(hub.types.slice(sent), [MSGPACK, 'application/json']);
      assert.equal(hub.stored.size, 20);
      assert.equal(Number(outbox.meta('rejected_total') ?? 0), 0);
      assert.equal(hub.batches.at(-1)!.dropped, undefined);
    });
    it('stays with JSON once a hub that lists MessagePack refuses it and takes the JSON', async () => {
      hub.listsMsgpackOnly = true;
      await start();
      for (let round = 0; round < 3; round++) {
        fill(10);
        uplink!.notify();
        await until(() => outbox.stats().depth === 0);
      }
      // First contact in JSON; then one MessagePack body refused and sent again as JSON.
      const refused = hub.types.indexOf(MSGPACK);
      assert.ok(refused > 0, hub.types.join());
      assert.ok(
        hub.types.slice(refused + 1).every((t) => t === 'application/json'),
        hub.types.join(),
      );
      assert.equal(hub.stored.size, 30);
      assert.equal(Number(outbox.meta('rejected_total') ?? 0), 0);
    });

    it('sends a batch the hub refuses for a reading as JSON too, then MessagePack again', async () => {
      hub.takesMsgpack = true;
      hub.handler = refusing(14);
      await start();
      fill(10);
      uplink!.notify();
      await until(() => hub.stored.size === 10);
      fill(10);
      uplink!.notify();
      await until(() => outbox.stats().depth === 0);
      // The refused reading is dropped as with JSON alone, and MessagePack goes on after it.
      assert.equal(Number(outbox.meta('rejected_total')), 1);
      assert.equal(hub.stored.size, 20);
      fill(5);
      uplink!.notify();
      await until(() => hub.stored.size === 25);
      assert.equal(hub.types.at(-1), MSGPACK);
    });
  });

  it('keeps buffering while the token is rejected, asking again at the backoff cap', async () => {
    const clock = fakeClock();
    fill(5);
    hub.handler = () => ({ status: 401, body: { title: 'Unauthorized', status: 401 } });
    await start();
    await until(() => uplink!.state.token_rejected);
    await settle();
    assert.equal(hub.batches.length, 1);
    await clock.tickAsync(99); // backoff_max is 100 ms
    await settle();
    assert.equal(hub.batches.length, 1, 'no retry before the cap');
    await clock.tickAsync(1);
    await until(() => hub.batches.length === 2);
    assert.equal(outbox.stats().depth, 5);
  });

  it('keeps two requests in flight while draining a backlog, never more', async () => {
    fill(30_000);
    hub.delayMs = (b) => (b.readings.length ? 20 : 0);
    await start();
    await until(() => outbox.stats().depth === 0);
    assert.equal(hub.maxOpen, 2);
    assert.equal(hub.stored.size, 30_000);
  });

  it('takes an older ack from an overlapping request for what it is, not for a hub reset', async () => {
    fill(20_000);
    // The first data batch is stored after the second: the second's answer acknowledges
    // nothing and is applied after the first's, which acknowledged both. Taken for a reset,
    // it would have the outbox report 1–10000 as dropped with the fourth batch.
    hub.delayMs = (b) => (b.readings[0]?.seq === 1 ? 150 : 0);
    await start();
    await until(() => outbox.stats().depth === 0);
    assert.equal(hub.stored.size, 20_000);
    assert.ok(
      hub.batches.every((b) => b.dropped === undefined),
      'nothing reported dropped',
    );
    assert.equal(outbox.stats().droppedTotal, 0);
    assert.deepEqual(outbox.droppedRanges(10), []);
  });

  it('resends from the first unacknowledged seq when a request in the pipeline fails', async () => {
    fill(25_000);
    let failed = false;
    hub.handler = (b) => {
      if (!failed && b.readings[0]?.seq === 10_001) {
        failed = true;
        return { status: 503, body: { title: 'busy', status: 503 } };
      }
      return hub.accept(b);
    };
    await start();
    await until(() => outbox.stats().depth === 0);
    assert.ok(failed);
    assert.equal(hub.stored.size, 25_000);
    const firsts = hub.batches.slice(1).map((b) => b.readings[0]?.seq);
    const retry = firsts.lastIndexOf(10_001);
    assert.ok(retry > firsts.indexOf(10_001), 'the failed batch was sent again');
    assert.equal(outbox.stats().droppedTotal, 0);
  });

  it('retries with backoff while the hub is down and delivers after it comes back', async () => {
    const clock = fakeClock();
    fill(50);
    let down = true;
    hub.handler = (b) =>
      down ? { status: 503, body: { title: 'down', status: 503 } } : hub.accept(b);
    await start();
    for (let n = 1; n <= 4; n++) {
      await until(() => hub.batches.length === n);
      await settle();
      assert.equal(hub.batches.length, n, 'it waits for the backoff, not a busy loop');
      await clock.tickAsync(100); // the jittered delay never exceeds backoff_max
    }
    assert.equal(outbox.stats().depth, 50);
    down = false;
    await clock.tickAsync(100);
    await until(() => outbox.stats().depth === 0);
  });

  it('sends a reading the moment it is stored, with no batching delay', async () => {
    fakeClock(); // no timer may be needed for it to go out
    await start();
    await until(() => hub.batches.length === 1); // first contact
    fill(1, Date.now());
    uplink!.notify();
    await until(() => hub.batches.length === 2);
    assert.equal(hub.batches[1]!.readings.length, 1);
  });

  it('batches what is stored while a request is open into the next request', async () => {
    const clock = fakeClock();
    hub.delayMs = (b) => (b.readings.length ? 1000 : 0); // a slow hub
    await start();
    await until(() => hub.batches.length === 1);
    fill(1, Date.now());
    uplink!.notify();
    await until(() => hub.batches.length === 2);
    for (let i = 0; i < 3; i++) {
      fill(1, Date.now() + i + 1); // three more samples while the hub works
      uplink!.notify();
    }
    await clock.tickAsync(1000);
    await until(() => hub.batches.length === 3);
    assert.deepEqual(
      hub.batches.slice(1).map((b) => b.readings.length),
      [1, 3],
    );
    await clock.tickAsync(1000);
    await until(() => outbox.stats().depth === 0);
  });

  describe('and a hub that cannot store some readings', () => {
    const refuse = (detail: string, errors?: { path: string; message: string }[]) => ({
      status: 422,
      body: { title: 'Unprocessable batch', status: 422, detail, ...(errors ? { errors } : {}) },
    });
    const reported = () =>
      hub.batches.flatMap((b) => b.dropped ?? []).map((d) => [d.from, d.to] as const);

    it('drops the reading a 422 names, reports and counts it, and later readings still arrive', async () => {
      fill(10);
      hub.handler = (b) => {
        const bad = b.readings.findIndex((r) => r.seq === 4);
        return bad >= 0
          ? refuse('value is not finite after unit conversion', [
              { path: `/readings/${bad}/value`, message: 'must be a finite number' },
            ])
          : hub.accept(b);
      };
      await start();
      await until(() => outbox.stats().depth === 0);
      fill(5);
      uplink!.notify();
      await until(() => outbox.stats().depth === 0);
      assert.deepEqual(
        [...hub.stored].sort((a, b) => a - b),
        range(1, 15),
      );
      assert.deepEqual(reported(), [[4, 4]]);
      assert.equal(outbox.stats().rejectedTotal, 1);
      assert.equal(outbox.stats().droppedTotal, 0, 'refused, not thinned');
    });

    it('finds an unnamed bad reading by bisection and drops only that one', async () => {
      fill(100);
      hub.handler = (b) =>
        b.readings.some((r) => r.seq === 37) ? refuse('cannot store this batch') : hub.accept(b);
      await start();
      await until(() => outbox.stats().depth === 0);
      assert.equal(hub.stored.size, 100);
      assert.deepEqual(reported(), [[37, 37]]);
      const alone = hub.batches.filter((b) => b.readings.length === 1 && b.readings[0]!.seq === 37);
      assert.equal(alone.length, 2, 'refused alone twice, with an empty batch taken in between');
      assert.equal(outbox.stats().rejectedTotal, 1);
    });

    it('drops nothing when the hub refuses every batch, even an empty one, and retries with backoff', async () => {
      const clock = fakeClock();
      fill(5);
      let broken = true;
      hub.handler = (b) =>
        hub.batches.length === 1 || !broken ? hub.accept(b) : refuse('store unavailable');
      await start();
      // 5 readings, then 2 (and the next 2 sent ahead), then 1 (and 1 ahead), then the empty
      // probe is refused too: the hub's fault, not the reading's.
      await until(() => hub.batches.filter((b) => b.readings.length === 0).length === 2);
      await settle();
      const tried = hub.batches.length;
      assert.deepEqual(
        hub.batches.slice(1).map((b) => b.readings.length),
        [5, 2, 2, 1, 1, 0],
      );
      assert.equal(outbox.stats().rejectedTotal, 0);
      await clock.tickAsync(100);
      await until(() => hub.batches.filter((b) => b.readings.length === 0).length === 3);
      await settle();
      assert.ok(hub.batches.length > tried, 'tried again after the backoff');
      broken = false;
      await clock.tickAsync(100);
      await until(() => outbox.stats().depth === 0);
      assert.equal(hub.stored.size, 5);
      assert.deepEqual(reported(), []);
    });

    it('sends a batch refused for being ahead of its predecessor again, in order, dropping nothing', async () => {
      fill(20_000);
      // A hub at its limit of pending seq gaps refuses a batch that does not start at its ack;
      // the first batch is slow, so the one sent ahead of it arrives first.
      hub.delayMs = (b) => (b.readings[0]?.seq === 1 ? 50 : 0);
      let refusedAhead = 0;
      hub.handler = (b) => {
        const first = b.readings[0]?.seq ?? b.dropped?.[0]?.from;
        if (first !== undefined && first > hub.ack().ack_seq + 1) {
          refusedAhead++;
          return { status: 409, body: { title: 'Too many pending seq gaps', status: 409 } };
        }
        return hub.accept(b);
      };
      await start();
      await until(() => outbox.stats().depth === 0, 20_000);
      assert.ok(refusedAhead > 0, 'the pipeline sent ahead at least once');
      assert.equal(hub.stored.size, 20_000);
      assert.equal(outbox.stats().rejectedTotal, 0);
      assert.deepEqual(reported(), []);
    });

    it('declares its channels again when the hub refuses readings of a channel it does not know', async () => {
      fill(10);
      // A hub restored from an older backup: it knows the device, not its channels.
      let knows = false;
      hub.handler = (b) => {
        if (b.channels) knows = true;
        if (!knows && b.readings.length > 0)
          return refuse("Unknown channel 'pit'", [
            { path: '/readings/0/channel', message: "channel 'pit' was never announced" },
          ]);
        return hub.accept(b);
      };
      await start();
      await until(() => hub.batches.length >= 1);
      knows = false; // forgotten after first contact
      await until(() => outbox.stats().depth === 0);
      assert.equal(hub.stored.size, 10);
      assert.equal(outbox.stats().rejectedTotal, 0);
      assert.ok(hub.batches.at(-1)!.channels, 'the accepted batch declared the channels');
    });
  });

  describe('and a hub that answers too much', () => {
    it('stops reading an answer announced as 1 GB, keeps the readings, retries with backoff', async () => {
      const clock = fakeClock();
      fill(3);
      let huge = true;
      hub.handler = (b) =>
        huge
          ? { status: 200, headers: { 'content-length': String(2 ** 30) }, raw: Buffer.from('{') }
          : hub.accept(b);
      await start();
      await until(() => uplink!.state.last_error !== null);
      assert.match(uplink!.state.last_error!, /answer larger than 1048576 bytes/);
      assert.equal(outbox.stats().depth, 3);
      huge = false;
      await clock.tickAsync(100);
      await until(() => outbox.stats().depth === 0);
    });

    it('hangs up on an endless answer after 1 MB instead of buffering it', async () => {
      const clock = fakeClock();
      fill(3);
      let written = 0;
      let huge = true;
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      hub.handler = (b) =>
        huge
          ? {
              status: 200,
              stream: (res) => {
                // Up to 1 GB, as fast as the node reads it, until it hangs up.
                const pump = (): void => {
                  while (written < 2 ** 30 && !res.destroyed) {
                    written += chunk.length;
                    if (!res.write(chunk)) return void res.once('drain', pump);
                  }
                };
                res.on('close', () => (huge = false));
                pump();
              },
            }
          : hub.accept(b);
      await start();
      await until(() => !huge);
      assert.match(uplink!.state.last_error ?? '', /answer larger than 1048576 bytes/);
      // What the hub got out before the node hung up: the limit plus socket buffers.
      assert.ok(written < 16 * 1024 * 1024, `${written} bytes written before the hang-up`);
      assert.equal(outbox.stats().depth, 3);
      await clock.tickAsync(100);
      await until(() => outbox.stats().depth === 0);
    });
  });
});
