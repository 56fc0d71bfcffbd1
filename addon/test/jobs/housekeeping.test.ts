import { expect } from 'chai';
import { HousekeepingModule } from '../../src/jobs/housekeeping.js';
import { startTestHub, type TestHub } from '../helpers.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

describe('HousekeepingModule', () => {
  let t: TestHub;
  let device: { device_id: string; token: string };
  const now = Date.now();
  const start = Math.floor((now - 5 * DAY) / 60_000) * 60_000 + 7_000; // five days of readings, 20 s apart

  beforeEach(async () => {
    t = await startTestHub({ BREWPIT_RETENTION_DAYS: '2' });
    device = await t.pairDevice();
    const channels = [{ key: 'wort', kind: 'temperature', unit: '°C', name: 'Wort' }];
    let seq = 1;
    for (let ts = start; ts < now;) {
      const readings = [];
      for (let i = 0; i < 5000 && ts < now; i++, ts += 20_000)
        readings.push({
          seq: seq++,
          channel: 'wort',
          ts,
          value: 18 + Math.sin(ts / 3_600_000) * 2 + (seq === 100 ? 10 : 0),
        });
      expect(
        (await t.call('POST', '/ingest', { boot_id: 'b', channels, readings }, device.token))
          .status,
      ).to.equal(200);
    }
  });
  afterEach(() => t.stop());

  const db = () => t.sql();
  const count = (sql: string, ...args: unknown[]) =>
    db()
      .prepare(sql)
      .pluck()
      .get(...args) as number;

  it('deletes raw readings past retention, keeps rollups, and old ranges still chart from them', async () => {
    const total = count('SELECT count(*) FROM readings');
    const series = (await t.call('GET', '/series')).body[0].id as number;
    const session = (
      await t.call('POST', '/sessions', {
        kind: 'brew',
        name: 'Lager',
        started_at: start,
        channels: [{ series_id: series, role: 'wort' }],
      })
    ).body;
    const before = (await t.call('GET', `/sessions/${session.id}`)).body.summary.channels[0];
    // Counted after a read: reading the rollups merges the minute buckets still waiting.
    const rollupsBefore = count('SELECT count(*) FROM rollups_1m');
    expect(rollupsBefore).to.be.greaterThan(0);

    const jobs = new HousekeepingModule(t.hub.ctx);
    const deleted = await jobs.retention(now);
    const cutoff = Math.floor((now - 2 * DAY) / HOUR) * HOUR; // a whole hour: blocks go whole
    expect(deleted).to.equal(total - count('SELECT count(*) FROM readings'));
    expect(count('SELECT count(*) FROM readings WHERE ts < ?', cutoff)).to.equal(0);
    const twoDays = 2 * 4320;
    const kept = count('SELECT count(*) FROM readings WHERE ts >= ?', cutoff);
    expect(kept).to.be.within(twoDays - 1, twoDays + 181); // two days at 20 s, and the hour cut
    expect(count('SELECT count(*) FROM rollups_1m')).to.equal(rollupsBefore);

    // the whole session still charts, old part from minute rollups, with its extremes
    const h = (await t.call('GET', `/sessions/${session.id}/history?max_points=2000`)).body
      .series[0];
    expect(h.points.length).to.be.at.most(2000);
    expect(h.points[0][0]).to.be.below(cutoff);
    const after = (await t.call('GET', `/sessions/${session.id}`)).body.summary.channels[0];
    expect(after).to.deep.equal(before);
    // raw queries inside the retained window are still exact and raw
    const recent = (
      await t.call(
        'GET',
        `/series/${series}/readings?from=${cutoff + DAY}&to=${cutoff + DAY + 600_000}`,
      )
    ).body;
    expect(recent.downsampled).to.equal(false);
    expect(recent.points).to.have.length(30);
  });

  it('keeps the readings of a session marked keep, compressed or not, past retention', async () => {
    const series = (await t.call('GET', '/series')).body[0].id as number;
    const from = now - 4 * DAY;
    const to = from + 6 * HOUR;
    const session = (
      await t.call('POST', '/sessions', {
        kind: 'brew',
        name: 'Keeper',
        started_at: from,
        channels: [{ series_id: series, role: 'wort' }],
      })
    ).body;
    expect(session.keep).to.equal(false);
    await t.call('POST', `/sessions/${session.id}/end`, { ended_at: to });
    const patched = await t.call('PATCH', `/sessions/${session.id}`, { keep: true });
    expect(patched.body.keep).to.equal(true);
    const before = (await t.call('GET', `/sessions/${session.id}/export.csv`)).body as string;
    // Half of it compressed first: retention must keep both kinds.
    const { cold } = t.hub.ctx.store;
    for (let h = cold.oldestHotHour(series, from + 3 * HOUR); h !== null;) {
      cold.compressStep(series, h);
      h = cold.oldestHotHour(series, from + 3 * HOUR);
    }
    await new HousekeepingModule(t.hub.ctx).retention(now);
    expect((await t.call('GET', `/sessions/${session.id}/export.csv`)).body).to.equal(before);
    expect(before.split('\r\n').length).to.be.within(6 * 180, 6 * 180 + 3);
    expect(count('SELECT count(*) FROM readings WHERE ts < ?', from - HOUR)).to.equal(0);
    expect(t.hub.ctx.store.series.rawGone(series)).to.deep.equal([
      [0, Math.floor(from / HOUR) * HOUR],
      [Math.ceil((to + 1) / HOUR) * HOUR, Math.floor((now - 2 * DAY) / HOUR) * HOUR],
    ]);
  });

  it('keeps every reading when retention_days is 0', async () => {
    t.hub.ctx.settings.retention_days = 0;
    const total = count('SELECT count(*) FROM readings');
    expect(await new HousekeepingModule(t.hub.ctx).retention(now)).to.equal(0);
    expect(count('SELECT count(*) FROM readings')).to.equal(total);
  });

  it('prunes finished commands after 30 days and expired pairing codes after a day', async () => {
    const { store } = t.hub.ctx;
    const cmd = store.commands.enqueue(device.device_id, 'identify', {}, 1000, now - 40 * DAY)!;
    store.commands.sweep(now - 39 * DAY);
    const open = store.commands.enqueue(device.device_id, 'identify')!;
    store.devices.createPairing(now - 2 * DAY);
    await new HousekeepingModule(t.hub.ctx).retention(now);
    expect(store.commands.get(device.device_id, cmd.id)).to.equal(null);
    expect(store.commands.get(device.device_id, open.id)).to.include({ status: 'queued' });
    expect(count('SELECT count(*) FROM pairings WHERE expires_at < ?', now - DAY)).to.equal(0);
  });
});
