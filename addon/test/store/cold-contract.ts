import { expect } from 'chai';
import type { Channel, Point, Reading } from '@brewpit/protocol';
import type { Store } from '../../src/store/index.js';

/** Opens an empty store of one engine; `close` releases it. */
type EngineFactory = () => { store: Store; close(): void };

const HOUR = 3_600_000;
const T0 = Date.UTC(2025, 10, 22, 8, 0, 0);
const HOURS = 6;
/** Declares a precision; its values are short decimals at it, so compression is lossless. */
const PIT: Channel = { key: 'pit', kind: 'temperature', unit: '°C', name: 'Pit', precision: 1 };
/** Declares none; arbitrary doubles, XOR-coded. */
const RAW: Channel = { key: 'raw', kind: 'other', unit: '', name: 'Raw' };
/** Declares a precision its noisy values exceed: compressed values are rounded to it. */
const NOISY: Channel = { key: 'noisy', kind: 'temperature', unit: '°C', name: 'N', precision: 2 };

/** A value per (channel, second): a ramp with noise; some readings flagged or without value. */
function reading(seq: number, channel: Channel, i: number): Reading {
  const noise = Math.sin(i * 12.9898) * 43758.5453;
  const jitter = noise - Math.floor(noise) - 0.5;
  const ts = T0 + i * 1000 + (i % 7 === 3 ? 2 : 0);
  const base = 100 + Math.sin(i / 900) * 20;
  const value =
    channel === PIT
      ? Math.round((base + jitter) * 10) / 10
      : channel === RAW
        ? base + jitter / 3
        : base + jitter;
  if (i % 997 === 5) return { seq, channel: channel.key, ts, value: 6553.5, status: 'spike' };
  if (i % 1499 === 7) return { seq, channel: channel.key, ts, value: null };
  return { seq, channel: channel.key, ts, value };
}

/** Everything a reader of history sees, to compare before and after compression. */
function views(store: Store, id: number) {
  const end = T0 + HOURS * HOUR;
  const ranges = [
    [T0 + 1234, T0 + 1234 + 600_000], // 10 min: raw
    [T0 + 500, T0 + HOUR + 500], // 1 h: raw, at 4,000 points
    [T0 + 7_777, T0 + 3 * HOUR], // downsampled from raw and minute rollups
    [T0, end], // minute and hour rollups, raw at the edges
    [T0 + 59_999, end - 61_001], // edges in partial minutes
  ] as const;
  return {
    history: ranges.flatMap(([a, b]) =>
      [100, 4000].map((max) => store.series.history(id, a, b, max)),
    ),
    export: store.series.exportRows(id, T0 + 3_000_000, T0 + 3_000_000 + 6 * HOUR),
    extremes: ranges.map(([a, b]) => store.series.extremes(id, a, b)),
    next: [T0 - 5, T0 + 1500, T0 + 2 * HOUR + 1, end + 1].map((t) => store.series.nextTs(id, t)),
  };
}

/** Compresses every hot hour before `before`, step by step, as the job does. */
function compressAll(store: Store, before: number): number {
  let moved = 0;
  for (const id of store.maintenance.seriesIds()) {
    for (let h = store.cold.oldestHotHour(id, before); h !== null;) {
      moved += store.cold.compressStep(id, h).moved;
      h = store.cold.oldestHotHour(id, before);
    }
  }
  return moved;
}

const round = (v: number | null, p: number) =>
  v === null ? null : Math.round(v * 10 ** p) / 10 ** p;

/**
 * The cold-storage part of the store contract: compressed readings answer every query as the
 * hot ones did (to the series' precision), late readings merge, retention spares kept sessions.
 */
export function coldStorageContract(engine: string, open: EngineFactory): void {
  describe(`Store contract, cold storage: ${engine}`, () => {
    let store: Store;
    let close: () => void;
    let deviceId: string;
    let ids: Map<string, number>;
    let seq = 0;
    const ingest = (channels: Channel[], from: number, to: number, step = 1) => {
      const readings: Reading[] = [];
      for (let i = from; i < to; i += step)
        for (const c of channels) readings.push(reading(++seq, c, i));
      for (let a = 0; a < readings.length; a += 5000)
        store.readings.ingest(deviceId, {
          boot_id: 'b',
          channels,
          readings: readings.slice(a, a + 5000),
        });
    };

    beforeEach(() => {
      ({ store, close } = open());
      deviceId = store.devices.create('smoker-pi', 'edge', T0).device_id;
      seq = 0;
      ingest([PIT, RAW, NOISY], 0, HOURS * 3600);
      ids = store.readings.seriesIds(deviceId);
    });
    afterEach(() => close());

    it('answers every query exactly as before once lossless data is compressed', () => {
      const before = [PIT, RAW].map((c) => views(store, ids.get(c.key)!));
      const moved = compressAll(store, T0 + HOURS * HOUR);
      expect(moved).to.equal(3 * HOURS * 3600);
      const after = [PIT, RAW].map((c) => views(store, ids.get(c.key)!));
      expect(after).to.deep.equal(before);
      const stats = store.cold.stats();
      expect(stats.map((s) => s.readings)).to.deep.equal([
        HOURS * 3600,
        HOURS * 3600,
        HOURS * 3600,
      ]);
      expect(stats.every((s) => s.device_id === deviceId && s.blocks === HOURS)).to.equal(true);
    });

    it('rounds noisy values to the declared precision, extremes included', () => {
      const id = ids.get('noisy')!;
      const ranges = [
        [T0, T0 + 1800_000],
        [T0 + 1, T0 + 5 * HOUR - 1],
        [T0 + 59_999, T0 + 4 * HOUR + 61_001],
      ] as const;
      const raw = store.series.history(id, T0, T0 + 1800_000, 4000).points;
      const before = ranges.map(([a, b]) => store.series.extremes(id, a, b));
      compressAll(store, T0 + HOURS * HOUR);
      expect(store.series.history(id, T0, T0 + 1800_000, 4000).points).to.deep.equal(
        roundPoints(raw, 2),
      );
      // Rounding is monotonic, so the extremes of rounded readings are the rounded extremes.
      const after = ranges.map(([a, b]) => store.series.extremes(id, a, b));
      after.forEach((x, i) => {
        const y = before[i]!;
        expect([x.min, x.max, x.last_value].map((v) => round(v, 2))).to.deep.equal(
          [y.min, y.max, y.last_value].map((v) => round(v, 2)),
        );
        expect(x.last_ts).to.equal(y.last_ts);
      });
    });

    it('compresses only hours wholly before the cut-off, and a later pass picks up the rest', () => {
      const id = ids.get('pit')!;
      expect(compressAll(store, T0 + 2 * HOUR)).to.equal(3 * 2 * 3600);
      expect(store.cold.oldestHotHour(id, T0 + 2 * HOUR)).to.equal(null);
      expect(store.cold.oldestHotHour(id, T0 + 3 * HOUR)).to.equal(T0 + 2 * HOUR);
      const hist = store.series.history(id, T0 + HOUR + 1_800_000, T0 + 2 * HOUR + 1_800_000, 4000);
      expect(hist.downsampled).to.equal(false);
      expect(hist.points).to.have.length(3601); // half cold, half hot, one sequence
      expect(compressAll(store, T0 + HOURS * HOUR)).to.equal(3 * 4 * 3600);
    });

    it('merges late readings into compressed hours, and refuses a timestamp a block holds', () => {
      compressAll(store, T0 + HOURS * HOUR);
      const id = ids.get('pit')!;
      const late = [10, 20, 3000].map((s, k) => ({
        seq: 100_000 + k,
        channel: 'pit',
        ts: T0 + HOUR + s * 1000 + 500, // between two stored readings
        value: 42.5,
      }));
      const resend = { seq: 100_010, channel: 'pit', ts: T0 + HOUR + 10_000, value: 1 };
      const r = store.readings.ingest(deviceId, {
        boot_id: 'b',
        readings: [...late, resend],
      });
      expect(r.stored).to.have.length(3);
      expect(r.collisions).to.equal(1);
      const range = [T0 + HOUR, T0 + HOUR + 3_600_000 - 1] as const;
      const hot = store.series.history(id, ...range, 4000).points;
      expect(hot).to.have.length(3603);
      expect(hot.filter(([, v]) => v === 42.5).map(([t]) => t)).to.deep.equal(
        late.map((l) => l.ts),
      );
      expect(
        store.series.history(id, T0 + HOUR + 10_000, T0 + HOUR + 10_000, 10).points,
      ).to.deep.equal([[T0 + HOUR + 10_000, reading(0, PIT, 3610).value]]);
      expect(compressAll(store, T0 + HOURS * HOUR)).to.equal(3);
      expect(store.series.history(id, ...range, 4000).points).to.deep.equal(hot);
      expect(store.cold.stats().find((s) => s.series_id === id)!.readings).to.equal(
        HOURS * 3600 + 3,
      );
      // A second resend of the same late readings is known by seq; a new seq at a cold ts collides.
      const again = store.readings.ingest(deviceId, { boot_id: 'b', readings: late });
      expect(again.duplicates).to.equal(3);
    });

    it('deletes compressed data past retention but keeps the hours of sessions marked keep', () => {
      const id = ids.get('pit')!;
      compressAll(store, T0 + HOURS * HOUR);
      const kept = store.sessions.create({
        kind: 'cook',
        name: 'Keeper',
        started_at: T0 + HOUR + 600_000,
        channels: [{ series_id: id, role: 'pit' }],
        keep: true,
      });
      store.sessions.end(kept.id, T0 + 2 * HOUR + 60_000);
      expect(store.sessions.get(kept.id)!.keep).to.equal(true);
      const rawBefore = store.series.exportRows(id, T0 + HOUR, T0 + 3 * HOUR - 1);
      const cutoff = T0 + 5 * HOUR;
      const marked = store.maintenance.markRetention(id, cutoff, cutoff);
      expect(marked).to.deep.equal([
        [0, T0 + HOUR],
        [T0 + 3 * HOUR, cutoff],
      ]);
      let deleted = 0;
      for (const [a, b] of marked)
        for (let n = 1; n > 0; deleted += n) n = store.maintenance.pruneRawChunk(id, a, b, 1000);
      expect(deleted).to.equal(3 * 3600);
      expect(store.series.rawGone(id)).to.deep.equal(marked);
      expect(store.series.exportRows(id, T0 + HOUR, T0 + 3 * HOUR - 1)).to.deep.equal(rawBefore);
      // Gone hours chart from minute rollups; the hour after the cut-off is still raw.
      const gone = store.series.history(id, T0 + 3 * HOUR, T0 + 3 * HOUR + 600_000, 4000);
      expect(gone.downsampled).to.equal(true);
      expect(gone.points.length).to.be.within(2, 22);
      expect(store.series.history(id, cutoff, cutoff + 600_000, 4000).points).to.have.length(601);
      expect(store.cold.stats().find((s) => s.series_id === id)!.readings).to.equal(3 * 3600);
      // Unmarked later, the session no longer protects its hours.
      store.sessions.update(kept.id, { keep: false });
      expect(store.maintenance.markRetention(id, cutoff, cutoff)).to.deep.equal([[0, cutoff]]);
    });

    it('deletes the blocks of a deleted device', () => {
      compressAll(store, T0 + HOURS * HOUR);
      expect(store.devices.delete(deviceId)).to.equal(true);
      expect(store.cold.stats()).to.deep.equal([]);
    });
  });
}

/** Points rounded to `p` decimals (for comparing rounded cold data with hot data). */
export const roundPoints = (points: Point[], p: number): Point[] =>
  points.map(([t, v]) => [t, round(v, p)]);
