import { expect } from 'chai';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sinon from 'sinon';
import { Store } from '../../src/store/index.js';
import { SETTLE_AFTER_MS, SLICE_BUCKETS } from '../../src/store/rollups.js';

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0);
const MIN = 60_000;
const HOUR = 3_600_000;
/** The hub's clock at ingest: after every reading of the tests. */
const NOW = T0 + 4 * HOUR;
const CHANNELS = ['pit', 'meat1', 'meat2'].map((key) => ({
  key,
  kind: 'temperature' as const,
  unit: '°C',
  name: key,
}));

/**
 * The rollup tables as SQL computes them from the readings (ok readings only), for `size`-wide
 * buckets: what the merged rollups must equal, whatever order the batches came in.
 */
const EXPECTED = (size: number) => `
  SELECT series_id, ts / ${size} * ${size} AS bucket, min(value) AS min, max(value) AS max,
    count(*) AS count, round(sum(value), 6) AS sum,
    (SELECT r2.ts FROM readings r2 WHERE r2.series_id = r.series_id AND r2.ts / ${size} = r.ts / ${size}
      AND r2.status = 0 ORDER BY r2.value, r2.ts LIMIT 1) AS min_ts,
    (SELECT r2.ts FROM readings r2 WHERE r2.series_id = r.series_id AND r2.ts / ${size} = r.ts / ${size}
      AND r2.status = 0 ORDER BY r2.value DESC, r2.ts LIMIT 1) AS max_ts
  FROM readings r WHERE status = 0 AND value IS NOT NULL GROUP BY series_id, bucket ORDER BY series_id, bucket`;
const STORED = (table: string) => `
  SELECT series_id, bucket, min, max, count, round(sum, 6) AS sum, min_ts, max_ts
  FROM ${table} ORDER BY series_id, bucket`;

describe('rollups written late (store/rollups.ts)', () => {
  let dir: string;
  let file: string;
  let store: Store;
  let sql: Database.Database;
  let deviceId: string;
  let seq = 0;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brewpit-rollups-'));
    file = path.join(dir, 'brewpit.db');
    store = Store.open(file);
    // A second connection sees only what is committed, as a crash would leave it.
    sql = new Database(file);
    deviceId = store.devices.create('smoker-pi', 'edge', T0).device_id;
    seq = 0;
  });
  afterEach(() => {
    sinon.restore();
    sql.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = (q: string) => sql.prepare(q).pluck().get() as number;
  /** One batch of `n` readings per channel from `t`, `step` ms apart, values from `value`. */
  const ingest = (t: number, n: number, step: number, value: (i: number, c: number) => number) => {
    const readings = [];
    for (let i = 0; i < n; i++)
      for (let c = 0; c < CHANNELS.length; c++)
        readings.push({
          seq: ++seq,
          channel: CHANNELS[c]!.key,
          ts: t + i * step,
          value: value(i, c),
        });
    return store.readings.ingest(deviceId, { boot_id: 'b', channels: CHANNELS, readings }, NOW);
  };
  const pitId = () => store.series.ofDevice(deviceId).find((s) => s.key === 'pit')!.id;

  it('equal, once read, what SQL computes from the readings, over batches arriving in any order', () => {
    // Batches share minutes and hours and arrive out of time order (a backlog after a live
    // stretch); values are distinct, so each extreme has one time.
    const starts = [2, 0, 5, 1, 4, 3].map((k) => T0 + k * 17 * MIN + 7_000);
    starts.forEach((t, b) =>
      ingest(t, 400, 5_000, (i, c) => 100 + c * 1000 + b * 0.001 + i * ((i % 7) - 3)),
    );
    expect(count('SELECT count(*) FROM rollups_pending')).to.be.greaterThan(0);
    // A chart (any reader of the rollups) merges what waits first.
    const h = store.series.history(pitId(), T0, T0 + 3 * HOUR, 100);
    expect(h.downsampled).to.equal(true);
    expect(count('SELECT count(*) FROM rollups_pending')).to.equal(0);
    expect(sql.prepare(STORED('rollups_1m')).all()).to.deep.equal(sql.prepare(EXPECTED(MIN)).all());
    expect(sql.prepare(STORED('rollups_1h')).all()).to.deep.equal(
      sql.prepare(EXPECTED(HOUR)).all(),
    );
  });

  it('keep the first stored time of equal extremes, as per-batch upserts did', () => {
    ingest(T0 + 10_000, 1, 1_000, () => 50);
    ingest(T0, 1, 1_000, () => 50); // earlier in time, later in arrival
    store.series.extremes(pitId(), T0, T0 + HOUR);
    const row = sql
      .prepare('SELECT min_ts, max_ts FROM rollups_1m WHERE series_id = ?')
      .get(pitId());
    expect(row).to.deep.equal({ min_ts: T0 + 10_000, max_ts: T0 + 10_000 });
  });

  it('survive a crash: committed buckets wait in their table and are merged when the store opens', () => {
    ingest(T0, 600, 1_000, (i) => 20 + i / 100);
    // Not closed: as after kill -9, only the committed file remains.
    expect(count('SELECT count(*) FROM rollups_1m')).to.equal(0);
    expect(count('SELECT count(*) FROM rollups_pending')).to.equal(1); // the batch's buckets
    const again = Store.open(file);
    try {
      expect(count('SELECT count(*) FROM rollups_pending')).to.equal(0);
      expect(count('SELECT sum(count) FROM rollups_1m')).to.equal(1800);
      expect(count('SELECT sum(count) FROM rollups_1h')).to.equal(1800);
      expect(sql.prepare(STORED('rollups_1m')).all()).to.deep.equal(
        sql.prepare(EXPECTED(MIN)).all(),
      );
    } finally {
      again.close();
    }
  });

  it('are merged by a later commit once they have waited long enough, so the table stays small', () => {
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    ingest(T0, 60, 1_000, () => 1);
    ingest(T0 + MIN, 60, 1_000, () => 2);
    expect(count('SELECT count(*) FROM rollups_pending')).to.equal(2); // a row per batch
    expect(count('SELECT count(*) FROM rollups_1m')).to.equal(0);
    clock.tick(SETTLE_AFTER_MS);
    ingest(T0 + 2 * MIN, 60, 1_000, () => 3);
    // Merged in that commit's own transaction: nothing waits, nothing is missing.
    expect(count('SELECT count(*) FROM rollups_pending')).to.equal(0);
    expect(count('SELECT sum(count) FROM rollups_1m')).to.equal(3 * 60 * CHANNELS.length);
  });

  it('are merged a slice per commit, so no commit carries a whole backlog', () => {
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    // 20 batches of 10 minutes each: 30 buckets a batch, 600 waiting.
    for (let b = 0; b < 20; b++) ingest(T0 + b * 10 * MIN, 600, 1_000, (i) => b + i / 1000);
    expect(count('SELECT count(*) FROM rollups_1m')).to.equal(0);
    clock.tick(SETTLE_AFTER_MS);
    const pending = () => count('SELECT count(*) FROM rollups_pending');
    const merged = () => count('SELECT count(*) FROM rollups_1m');
    const steps: number[] = [];
    while (pending() > 0 && steps.length < 20) {
      const before = merged();
      ingest(T0 + 200 * MIN + steps.length * 1_000, 1, 1_000, () => 1);
      steps.push(merged() - before);
    }
    expect(pending()).to.equal(0);
    // A slice stops at the first batch that reaches the budget: one batch over it at most.
    for (const n of steps) expect(n).to.be.at.most(SLICE_BUCKETS + 30);
    expect(steps.length).to.be.at.least(Math.ceil(600 / (SLICE_BUCKETS + 30)));
    expect(sql.prepare(STORED('rollups_1m')).all()).to.deep.equal(sql.prepare(EXPECTED(MIN)).all());
    expect(sql.prepare(STORED('rollups_1h')).all()).to.deep.equal(
      sql.prepare(EXPECTED(HOUR)).all(),
    );
  });

  it('are merged a device at a time, the device whose buckets waited longest first', () => {
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    const first = deviceId;
    ingest(T0, 60, 1_000, () => 1);
    deviceId = store.devices.create('other-pi', 'edge', T0).device_id;
    seq = 0;
    ingest(T0, 60, 1_000, () => 2);
    ingest(T0 + MIN, 60, 1_000, () => 2);
    clock.tick(SETTLE_AFTER_MS);
    [deviceId, seq] = [first, 1_000];
    // Due: this commit merges the first device's rows, its own among them, and nothing else.
    ingest(T0 + MIN, 60, 1_000, () => 1);
    expect(count('SELECT count(*) FROM rollups_pending')).to.equal(2);
    expect(count('SELECT sum(count) FROM rollups_1m')).to.equal(2 * 60 * CHANNELS.length);
    expect(count('SELECT count(DISTINCT series_id) FROM rollups_1m')).to.equal(CHANNELS.length);
    // The other device's rows are the oldest now, and merged by the next commit (anyone's).
    ingest(T0 + 2 * MIN, 60, 1_000, () => 1);
    expect(count('SELECT count(*) FROM rollups_pending')).to.equal(1);
    expect(count('SELECT sum(count) FROM rollups_1m')).to.equal(4 * 60 * CHANNELS.length);
  });

  it('are merged at once when the clock was set back, not an hour later', () => {
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    ingest(T0, 60, 1_000, () => 1);
    clock.setSystemTime(Date.now() - HOUR); // NTP corrects a Pi that booted without a clock
    ingest(T0 + MIN, 60, 1_000, () => 2);
    expect(count('SELECT count(*) FROM rollups_pending')).to.equal(0);
    expect(count('SELECT sum(count) FROM rollups_1m')).to.equal(2 * 60 * CHANNELS.length);
  });

  it("are merged by a reader without a wait for the disk, and ingest's durability is kept", () => {
    // The store's own connection (private): `synchronous` is per connection.
    const own = (store as unknown as { db: Database.Database }).db;
    const level = () => own.pragma('synchronous', { simple: true });
    expect(level()).to.equal(2); // FULL
    ingest(T0, 60, 1_000, () => 3);
    const pragmas = sinon.spy(own, 'pragma');
    store.series.extremes(pitId(), T0 - HOUR, T0 + 2 * HOUR);
    expect(pragmas.args.map((a) => a[0])).to.deep.equal([
      'synchronous = NORMAL',
      'synchronous = 2',
    ]);
    expect(count('SELECT count(*) FROM rollups_pending')).to.equal(0);
    expect(level()).to.equal(2);
    // A reader with nothing waiting changes nothing.
    const calls = pragmas.callCount;
    store.series.extremes(pitId(), T0 - HOUR, T0 + 2 * HOUR);
    expect(pragmas.callCount).to.equal(calls);
  });

  it('stay waiting when the transaction that merged them is rolled back', () => {
    ingest(T0, 120, 1_000, (i) => i);
    expect(() =>
      store.transaction(() => {
        store.series.extremes(pitId(), T0, T0 + 3 * HOUR); // merges inside the transaction
        throw new Error('boom');
      }),
    ).to.throw('boom');
    expect(count('SELECT count(*) FROM rollups_pending')).to.be.greaterThan(0);
    // Still known as waiting: the next reader merges them and sees every reading.
    // Whole hours: answered from the hourly rollups alone.
    expect(store.series.extremes(pitId(), T0 - HOUR, T0 + 3 * HOUR)).to.include({
      min: 0,
      max: 119,
    });
    expect(count('SELECT count(*) FROM rollups_pending')).to.equal(0);
  });

  it("are dropped with their device, so a series id used again never inherits another's", () => {
    ingest(T0, 60, 1_000, () => 500);
    const old = pitId();
    expect(store.devices.delete(deviceId)).to.equal(true);
    expect(count('SELECT count(*) FROM rollups_pending')).to.equal(0);
    deviceId = store.devices.create('new-pi', 'edge', T0).device_id;
    ingest(T0, 60, 1_000, () => 20);
    expect(pitId()).to.equal(old); // SQLite hands the freed id out again
    expect(store.series.extremes(pitId(), T0 - HOUR, T0 + 2 * HOUR)).to.include({
      min: 20,
      max: 20,
    });
    expect(count('SELECT max(max) FROM rollups_1h')).to.equal(20);
  });

  it('reach the change feed whole', () => {
    const cursor = store.replication.arm();
    ingest(T0, 60, 1_000, () => 7);
    const page = store.replication.changes(cursor, 10_000);
    if ('gone' in page) throw new Error('the log was not armed');
    const tables = page.changes.map((c) => c.table);
    expect(tables).to.include.members(['readings', 'rollups_1m', 'rollups_1h']);
    expect(count('SELECT count(*) FROM rollups_pending')).to.equal(0);
  });

  it('reach a full export whole, though it reads on a connection of its own', async () => {
    ingest(T0, 60, 1_000, () => 7);
    let end: { counts: Record<string, number> } | undefined;
    for await (const line of store.replication.exportLines('test')) end = JSON.parse(line);
    expect(end!.counts).to.include({ rollups_1m: CHANNELS.length, rollups_1h: CHANNELS.length });
  });
});
