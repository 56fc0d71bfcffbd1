import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { silentLogger } from '../../src/log.js';
import type { NewReading } from '../../src/outbox/outbox.js';
import { Sampler } from '../../src/sensors/sampler.js';
import type { ReadingSpec, Sensor } from '../../src/sensors/types.js';

const spec = (key: string): ReadingSpec => ({
  key,
  kind: 'temperature',
  name: key,
  unit: '°C',
  precision: 1,
});

describe('Sampler', () => {
  const sandbox = sinon.createSandbox();
  let clock: sinon.SinonFakeTimers;
  beforeEach(
    () =>
      (clock = sandbox.useFakeTimers({
        now: 1_763_800_000_000,
        toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'],
      })),
  );
  afterEach(() => sandbox.restore());

  it('samples on a fixed schedule without drift even when reads take time', async () => {
    const times: number[] = [];
    const slow: Sensor = {
      label: 'slow',
      setup: async () => {},
      read: () => new Promise((r) => setTimeout(() => r({ a: 1 }), 300)),
    };
    const s = new Sampler([{ platform: 'x', sensor: slow, readings: [spec('a')] }], {
      intervalMs: 1000,
      timeoutMs: 900,
      now: () => Date.now(),
      log: silentLogger(),
      onSample: (r) => times.push(r[0]!.ts),
    });
    s.start();
    await clock.tickAsync(10_050);
    const stopped = s.stop();
    await clock.tickAsync(1000);
    await stopped;
    const starts = times.map((t) => t - 1_763_800_000_000);
    assert.deepEqual(
      starts.slice(0, 10),
      [0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000],
    );
  });

  it('never repeats or goes back on a timestamp when the corrected clock moves back', async () => {
    const ok: Sensor = { label: 'ok', setup: async () => {}, read: async () => ({ a: 1 }) };
    const times: number[] = [];
    // A new clock-offset estimate moves the corrected clock back by 1.5 s after two samples.
    let offset = 0;
    const s = new Sampler([{ platform: 'x', sensor: ok, readings: [spec('a')] }], {
      intervalMs: 1000,
      timeoutMs: 900,
      now: () => Date.now() + offset,
      log: silentLogger(),
      onSample: (r) => {
        times.push(r[0]!.ts);
        if (times.length === 2) offset = -1500;
      },
    });
    s.start();
    await clock.tickAsync(4_050);
    const stopped = s.stop();
    await clock.tickAsync(1000);
    await stopped;
    assert.ok(times.length >= 4);
    for (let i = 1; i < times.length; i++)
      assert.ok(times[i]! > times[i - 1]!, `ts ${i} is not after ts ${i - 1}: ${times.join(', ')}`);
  });

  it('one hung sensor does not block the others; it reads unavailable', async () => {
    const samples: NewReading[][] = [];
    const hung: Sensor = {
      label: 'hung',
      setup: async () => {},
      read: () => new Promise(() => {}),
    };
    const good: Sensor = { label: 'good', setup: async () => {}, read: async () => ({ b: 21.5 }) };
    const s = new Sampler(
      [
        { platform: 'x', sensor: hung, readings: [spec('a')] },
        { platform: 'y', sensor: good, readings: [spec('b')] },
      ],
      {
        intervalMs: 1000,
        timeoutMs: 200,
        now: () => Date.now(),
        log: silentLogger(),
        onSample: (r) => samples.push(r),
      },
    );
    s.start();
    await clock.tickAsync(3_100);
    const stopped = s.stop();
    await clock.tickAsync(1000);
    await stopped;
    assert.ok(samples.length >= 3);
    for (const sample of samples) {
      assert.deepEqual(
        sample.find((r) => r.channel === 'b'),
        { channel: 'b', ts: sample[0]!.ts, value: 21.5, status: 'ok' },
      );
      assert.equal(sample.find((r) => r.channel === 'a')!.status, 'unavailable');
    }
    assert.equal(s.health()[0]!.code, 'timeout');
  });

  it('logs a failing probe once, not every sample', async () => {
    const warn = sandbox.spy();
    const log = Object.assign(silentLogger(), {});
    sandbox.replace(log, 'warn', warn as never);
    const broken: Sensor = {
      label: 'broken',
      setup: async () => {},
      read: async () => {
        throw Object.assign(new Error('i2c timeout'), { code: 'i2c_error' });
      },
    };
    const s = new Sampler([{ platform: 'x', sensor: broken, readings: [spec('a')] }], {
      intervalMs: 100,
      timeoutMs: 50,
      now: () => Date.now(),
      log,
      onSample: () => {},
    });
    s.start();
    await clock.tickAsync(5_000);
    const stopped = s.stop();
    await clock.tickAsync(1000);
    await stopped;
    assert.equal(
      warn.callCount,
      2,
      'one line for the sensor error, one for the channel going unavailable',
    );
  });
});
