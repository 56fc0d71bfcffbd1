import { expect } from 'chai';
import { ColdStorageModule } from '../../src/jobs/compression.js';
import { startTestHub, type TestHub } from '../helpers.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The value of one Prometheus sample in a /metrics text, by name. */
const metric = (text: string, name: string) =>
  Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);

describe('ColdStorageModule', () => {
  let t: TestHub;
  let device: { device_id: string; token: string };
  const now = Date.now();
  // Four days of readings every 5 s, on two channels; precision 1 and values at 0.1 steps.
  const start = Math.floor((now - 4 * DAY) / HOUR) * HOUR;
  let total = 0;

  beforeEach(async () => {
    // The hub's own job stays off (0), so its schedule cannot run a pass in the middle of a test.
    t = await startTestHub({ BREWPIT_COMPRESS_AFTER_DAYS: '0' });
    device = await t.pairDevice();
    const channels = ['pit', 'meat1'].map((key) => ({
      key,
      kind: 'temperature',
      unit: '°C',
      name: key,
      precision: 1,
    }));
    let seq = 1;
    total = 0;
    for (let ts = start; ts < now;) {
      const readings = [];
      for (let i = 0; i < 2500 && ts < now; i++, ts += 5000)
        for (const c of channels)
          readings.push({
            seq: seq++,
            channel: c.key,
            ts,
            value: Math.round((100 + Math.sin(ts / HOUR) * 20 + (seq % 7) / 10) * 10) / 10,
          });
      total += readings.length;
      const res = await t.call(
        'POST',
        '/ingest',
        { boot_id: 'b', channels, readings },
        device.token,
      );
      expect(res.status).to.equal(200);
    }
  });
  afterEach(() => t.stop());
  beforeEach(() => {
    t.hub.ctx.settings.compress_after_days = 2;
  });

  const hot = () => t.sql().prepare('SELECT count(*) FROM readings').pluck().get() as number;

  it('compresses readings older than the setting in steps, leaving every query unchanged', async () => {
    const series = (await t.call('GET', '/series')).body as { id: number }[];
    const session = (
      await t.call('POST', '/sessions', {
        kind: 'cook',
        name: 'Long cook',
        started_at: start,
        channels: series.map((s, i) => ({ series_id: s.id, role: i ? 'meat' : 'pit' })),
      })
    ).body;
    await t.call('POST', `/sessions/${session.id}/end`, { ended_at: now }); // a fixed range
    const queries = [
      `/sessions/${session.id}/history?max_points=4000`,
      `/sessions/${session.id}/history?from=${start + 7 * HOUR + 1234}&to=${start + 8 * HOUR}`,
      `/sessions/${session.id}/history?from=${start + DAY - 1}&to=${start + 3 * DAY}&max_points=500`,
      `/sessions/${session.id}/export.csv`,
      `/sessions/${session.id}`,
      `/series/${series[0]!.id}/readings?from=${start}&to=${start + HOUR}`,
      `/series`,
    ];
    const get = async () => Promise.all(queries.map(async (q) => (await t.call('GET', q)).body));
    const before = await get();

    const job = new ColdStorageModule(t.hub.ctx);
    const result = (await job.pass(now))!;
    const cutoff = Math.floor((now - 2 * DAY) / HOUR) * HOUR;
    expect(result.cutoff).to.equal(cutoff);
    const old = t.sql().prepare('SELECT count(*) FROM readings WHERE ts < ?').pluck().get(cutoff);
    expect(old).to.equal(0);
    const after = await get();
    queries.forEach((q, i) => expect(after[i], q).to.deep.equal(before[i]));

    const stats = (await t.call('GET', '/storage')).body;
    expect(stats.cold.readings + hot()).to.equal(total);
    expect(stats.cold.readings).to.be.greaterThan(total / 3);
    expect(stats.devices).to.deep.equal([{ device_id: device.device_id, ...stats.cold }]);
    expect(stats.compression).to.include({ enabled: true, running: false, backlog_hours: 0 });
    expect(stats.compression.progress).to.equal(1);
    expect(stats.cold.bytes / stats.cold.readings).to.be.below(2);
    const metrics = (await t.call('GET', '/metrics')).body as string;
    expect(metric(metrics, 'brewpit_cold_readings')).to.equal(stats.cold.readings);
    expect(metric(metrics, 'brewpit_cold_backlog_hours')).to.equal(0);
    expect(metric(metrics, 'brewpit_cold_saved_bytes')).to.equal(stats.cold.saved_bytes);
    expect(metric(metrics, 'brewpit_cold_step_duration_seconds_count')).to.be.greaterThan(0);

    // Nothing left: the next pass does no step.
    expect((await job.pass(now))!.steps).to.equal(0);
  });

  it('runs one pass at a time, and a stop waits for the step under way', async () => {
    const job = new ColdStorageModule(t.hub.ctx);
    const first = job.pass(now);
    expect(await job.pass(now)).to.equal(null);
    const stopped = job.stop();
    const result = (await first)!;
    await stopped;
    expect(result.moved).to.be.greaterThan(0);
    expect(result.moved).to.be.below(total); // it stopped early
    expect(t.hub.ctx.coldStorage.snapshot(true).backlog_hours).to.be.greaterThan(0);
  });

  it('does nothing when compress_after_days is 0', async () => {
    t.hub.ctx.settings.compress_after_days = 0;
    expect(await new ColdStorageModule(t.hub.ctx).pass(now)).to.equal(null);
    const stats = (await t.call('GET', '/storage')).body;
    expect(stats.compression.enabled).to.equal(false);
  });

  it('answers GET /storage to admins only', async () => {
    expect((await t.call('GET', '/storage', undefined, null)).status).to.equal(401);
  });
});
