import Database from 'better-sqlite3';
import { expect } from 'chai';
import sinon from 'sinon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Reading } from '@brewpit/protocol';
import { Store } from '../../src/store/index.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2025, 5, 1);
const NOW = T0 + 40 * DAY;
const channels = [
  { key: 'pit', kind: 'temperature' as const, unit: '°C', name: 'Pit', precision: 1 },
];

/**
 * Season-long charts read hourly rollups from an in-memory cache: whatever is written after a
 * chart read them (late readings, a deleted device) must show in the next chart, exactly as a
 * fresh store would answer.
 */
describe('hourly rollups cached for charts', () => {
  let dir: string;
  let file: string;
  let store: Store;
  let seq = 0;

  /** One reading a minute over `days` days from `start`, 100 ± 10 °C. */
  const readings = (start: number, days: number): Reading[] =>
    Array.from({ length: (days * DAY) / MINUTE }, (_, i) => ({
      seq: ++seq,
      channel: 'pit',
      ts: start + i * MINUTE,
      value: 100 + ((i * 37) % 21) - 10,
    }));

  const device = (name: string) => {
    const { device_id } = store.devices.create(name, 'edge', T0);
    store.readings.ingest(device_id, { boot_id: 'b', channels, readings: [] }, NOW);
    return { device_id, id: store.readings.seriesIds(device_id).get('pit')! };
  };

  /** The same chart from a second store opened on the file: nothing cached there yet. */
  const fresh = (id: number, from: number, to: number, maxPoints: number) => {
    const other = Store.open(file);
    try {
      return other.series.history(id, from, to, maxPoints);
    } finally {
      other.close();
    }
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brewpit-hour-cache-'));
    file = path.join(dir, 'brewpit.db');
    store = Store.open(file);
    seq = 0;
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows a late reading folded into an hour a chart already read', () => {
    const { device_id, id } = device('smoker');
    for (let d = 0; d < 30; d += 5)
      store.readings.ingest(device_id, { boot_id: 'b', readings: readings(T0 + d * DAY, 5) }, NOW);
    const [from, to] = [T0, T0 + 30 * DAY - 1];
    const before = store.series.history(id, from, to, 1000);
    expect(before.tier).to.equal('1h');
    expect(Math.max(...before.points.map((p) => p[1]!))).to.equal(110);

    // An edge back after weeks offline: a spike in the middle of an hour long since charted.
    const late = T0 + 12 * DAY + 5 * HOUR + 30_000;
    store.readings.ingest(
      device_id,
      { boot_id: 'b', readings: [{ seq: ++seq, channel: 'pit', ts: late, value: 321.5 }] },
      NOW,
    );
    const after = store.series.history(id, from, to, 1000);
    expect(after.points).to.deep.include([late, 321.5]);
    expect(after).to.deep.equal(fresh(id, from, to, 1000));
  });

  it('answers every window as a store without the cache does, across chunk edges', () => {
    const { device_id, id } = device('fermenter');
    for (let d = 0; d < 30; d += 5)
      store.readings.ingest(device_id, { boot_id: 'b', readings: readings(T0 + d * DAY, 5) }, NOW);
    for (const [from, days] of [
      [T0 - DAY, 40],
      [T0 + 3 * DAY + 17 * MINUTE + 3_000, 7],
      [T0 + 9 * DAY + 59 * MINUTE, 13.5],
      [T0 + 29 * DAY, 3],
    ] as const) {
      const to = from + days * DAY;
      for (const maxPoints of [4000, 300]) {
        store.series.history(id, from, to, maxPoints); // fills the cache
        expect(store.series.history(id, from, to, maxPoints)).to.deep.equal(
          fresh(id, from, to, maxPoints),
        );
      }
    }
  });

  it('shows the hourly rollups a replica applies from its source', () => {
    const { device_id, id } = device('smoker');
    store.readings.ingest(device_id, { boot_id: 'b', readings: readings(T0, 10) }, NOW);
    const [from, to] = [T0, T0 + 10 * DAY];
    expect(store.series.history(id, from, to, 1000).tier).to.equal('1h'); // fills the cache
    // The source's version of one hour, as its changes feed carries it: a spike it recorded.
    const bucket = T0 + 3 * DAY + 5 * HOUR;
    const row = {
      series_id: id,
      bucket,
      min: 90,
      min_ts: bucket,
      max: 321.5,
      max_ts: bucket + 30 * MINUTE,
      sum: 60 * 100,
      count: 60,
    };
    store.replication.applyChanges([{ id: 1, table: 'rollups_1h', op: 'u', row }], 1);
    const after = store.series.history(id, from, to, 1000);
    expect(after.points).to.deep.include([bucket + 30 * MINUTE, 321.5]);
    expect(after).to.deep.equal(fresh(id, from, to, 1000));
  });

  it('forgets a deleted device, so a series made after it starts empty', () => {
    const first = device('old probe');
    store.readings.ingest(first.device_id, { boot_id: 'b', readings: readings(T0, 10) }, NOW);
    expect(store.series.history(first.id, T0, T0 + 10 * DAY, 1000).points).to.not.be.empty;
    store.devices.delete(first.device_id);
    const second = device('new probe');
    expect(second.id).to.equal(first.id); // SQLite hands the freed id out again
    store.readings.ingest(
      second.device_id,
      { boot_id: 'b', readings: readings(T0 + 12 * DAY, 10) },
      NOW,
    );
    const chart = store.series.history(second.id, T0, T0 + 22 * DAY, 1000);
    expect(chart.tier).to.equal('1h');
    expect(chart.points[0]![0]).to.be.at.least(T0 + 12 * DAY);
    expect(chart).to.deep.equal(fresh(second.id, T0, T0 + 22 * DAY, 1000));
  });

  it('answers a range out to the end of time as quickly as the data it holds', () => {
    // Found by schemathesis: `from=8450963&to=8640000000000000` walked nine million empty
    // chunks, one query each, and held the hub for minutes.
    const { device_id, id } = device('smoker');
    store.readings.ingest(device_id, { boot_id: 'b', readings: readings(T0, 20) }, NOW);
    // Every query better-sqlite3 runs for the two charts, counted (and cut short past 1,000).
    const probe = new Database(':memory:');
    const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Database.Statement;
    probe.close();
    const real = proto.all;
    let queries = 0;
    sinon.replace(proto, 'all', function (this: Database.Statement, ...args: unknown[]) {
      if (++queries > 1_000) throw new Error('more than 1,000 queries for one chart');
      return real.apply(this, args);
    });
    let wide, empty;
    try {
      wide = store.series.history(id, 8_450_963, 8_640_000_000_000_000, 327);
      empty = store.series.history(id, NOW + 400 * DAY, 8_640_000_000_000_000, 327);
    } finally {
      sinon.restore();
    }
    // 20 days fill two or three chunks; the walk queried nine million.
    expect(queries).to.be.below(20);
    expect(wide.tier).to.equal('1h');
    const values = wide.points.map((p) => p[1]!);
    expect([Math.min(...values), Math.max(...values)]).to.deep.equal([90, 110]);
    expect(empty.points).to.deep.equal([]);
  });
});
