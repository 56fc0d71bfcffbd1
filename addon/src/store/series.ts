import type { Point, SeriesInfo } from '@brewpit/protocol';
import { minMaxDownsample, type Span } from '../history/downsample.js';
import type { Db } from './db.js';

/** Raw rows read for one chart at the most before a coarser rollup tier is used instead. */
const RAW_BUDGET_FACTOR = 16;

/** Which data a history answer was computed from. */
export type Tier = 'raw' | '1m' | '1h';

/** Answer of a history query. */
export interface History {
  downsampled: boolean;
  tier: Tier;
  points: Point[];
}

/** Series listing and history queries. */
export class SeriesStore {
  private readonly stmts;

  constructor(private readonly db: Db) {
    const tier = (t: string) =>
      db.prepare(`SELECT min_ts, min, max_ts, max FROM ${t} WHERE series_id = ? AND bucket BETWEEN ? AND ? ORDER BY bucket`).raw();
    this.stmts = {
      list: db.prepare(`SELECT id, device_id, key, kind, unit, name, last_ts,
        CASE WHEN last_status = 'ok' THEN last_value ELSE NULL END AS last_value FROM series ORDER BY device_id, id`),
      get: db.prepare('SELECT id, device_id, key, kind, unit, name, last_ts, last_value FROM series WHERE id = ?'),
      countRaw: db.prepare(
        'SELECT count(*) FROM (SELECT 1 FROM readings WHERE series_id = ? AND ts BETWEEN ? AND ? LIMIT ?)',
      ).pluck(),
      raw: db.prepare(
        'SELECT ts, CASE WHEN status = 0 THEN value ELSE NULL END FROM readings WHERE series_id = ? AND ts BETWEEN ? AND ? ORDER BY ts',
      ).raw(),
      rawOk: db.prepare(
        'SELECT ts, value FROM readings WHERE series_id = ? AND ts BETWEEN ? AND ? AND status = 0 AND value IS NOT NULL ORDER BY ts',
      ).raw(),
      t1m: tier('rollups_1m'),
      t1h: tier('rollups_1h'),
    };
  }

  list(): SeriesInfo[] {
    return this.stmts.list.all() as SeriesInfo[];
  }

  get(id: number): SeriesInfo | null {
    return (this.stmts.get.get(id) as SeriesInfo | undefined) ?? null;
  }

  /**
   * Points of one series in [from, to], at most `maxPoints`. Small ranges come back raw
   * (flagged readings as null, so charts show a gap, never a 6553.5 °C spike); larger ones are
   * min/max downsampled from the finest tier whose row count stays within budget, so a query
   * over months reads hourly rollups rather than millions of readings.
   */
  history(id: number, from: number, to: number, maxPoints: number): History {
    const budget = maxPoints * RAW_BUDGET_FACTOR;
    const rawCount = this.stmts.countRaw.get(id, from, to, budget + 1) as number;
    if (rawCount <= maxPoints) {
      return { downsampled: false, tier: 'raw', points: this.stmts.raw.all(id, from, to) as Point[] };
    }
    const columns = Math.max(1, Math.floor(maxPoints / 2));
    if (rawCount <= budget) {
      return { downsampled: true, tier: 'raw', points: minMaxDownsample(rawSpans(this.stmts.rawOk.iterate(id, from, to)), from, to, columns) };
    }
    const minutes = (to - from) / 60_000;
    const tier: Tier = minutes <= budget ? '1m' : '1h';
    const size = tier === '1m' ? 60_000 : 3_600_000;
    const stmt = tier === '1m' ? this.stmts.t1m : this.stmts.t1h;
    const rows = stmt.iterate(id, Math.floor(from / size) * size, to) as Iterable<[number, number, number, number]>;
    const points = minMaxDownsample(rollupSpans(rows, from, to), from, to, columns);
    return { downsampled: true, tier, points };
  }
}

function* rawSpans(rows: Iterable<unknown>): Iterable<Span> {
  for (const [ts, v] of rows as Iterable<[number, number]>) yield { minTs: ts, min: v, maxTs: ts, max: v };
}

/** Rollup buckets overlapping the range edges still carry their exact extreme timestamps. */
function* rollupSpans(rows: Iterable<[number, number, number, number]>, from: number, to: number): Iterable<Span> {
  for (const [minTs, min, maxTs, max] of rows) {
    const a = minTs >= from && minTs <= to;
    const b = maxTs >= from && maxTs <= to;
    if (a && b) yield { minTs, min, maxTs, max };
    else if (a) yield { minTs, min, maxTs: minTs, max: min };
    else if (b) yield { minTs: maxTs, min: max, maxTs, max };
  }
}
