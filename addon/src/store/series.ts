import type { Point, SeriesInfo } from '@brewpit/protocol';
import type { Extremes, History, KnownChannel, SeriesStore, Tier } from './contract.js';
import type { RawReader } from './cold/raw.js';
import type { Db } from './db.js';
import { MinMaxColumns, type Span } from './downsample.js';
import type { HourlyRollupCache } from './hour-cache.js';
import type { PendingRollups } from './rollups.js';
import { clipSpans, plan, split, touchesGone, type Segment } from './tiers.js';

/**
 * Rows one series may read for one chart, as a multiple of `max_points`, before a coarser tier
 * is used. 4 keeps a 4,000-point chart of four series near 64k rows, well inside the 50 ms
 * budget, while a day of 1 s data still comes from the minute rollups at full chart resolution.
 */
const ROW_BUDGET_FACTOR = 2;

/** Longest range whose minute rollups `readMinutes` packs exactly (2^36 ms, ~2 years). */
const MINUTE_PACK_LIMIT = 2 ** 36;

const ROLLUP_TABLE = { '1m': 'rollups_1m', '1h': 'rollups_1h' } as const;

/** Series listing and history queries; raw readings, hot or cold, come from `RawReader`. */
export class SqliteSeriesStore implements SeriesStore {
  private readonly stmts;

  constructor(
    db: Db,
    private readonly raw: RawReader,
    private readonly hours: HourlyRollupCache,
    // Every reader of the rollups below merges the buckets still waiting first.
    private readonly rollups: PendingRollups,
  ) {
    const spans = (t: string) =>
      db
        .prepare(
          `SELECT min_ts, min, max_ts, max FROM ${t} WHERE series_id = ? AND bucket BETWEEN ? AND ? ORDER BY bucket`,
        )
        .raw();
    // One column of the minute rollups of a range, plucked (see `readMinutes`).
    const minuteColumn = (expr: string) =>
      db
        .prepare(
          `SELECT ${expr} FROM rollups_1m WHERE series_id = @s AND bucket BETWEEN @from AND @to ORDER BY bucket`,
        )
        .pluck();
    const agg = (t: string) =>
      db
        .prepare(
          `SELECT min(min), max(max) FROM ${t} WHERE series_id = ? AND bucket BETWEEN ? AND ?`,
        )
        .raw();
    const clippedAgg = (t: string) =>
      db
        .prepare(
          `SELECT (SELECT min(min) FROM ${t} WHERE series_id = @s AND bucket BETWEEN @b AND @to AND min_ts BETWEEN @from AND @to),
        (SELECT max(max) FROM ${t} WHERE series_id = @s AND bucket BETWEEN @b AND @to AND max_ts BETWEEN @from AND @to)`,
        )
        .raw();
    this.stmts = {
      list: db.prepare(`SELECT id, device_id, key, kind, unit, name, last_ts,
        CASE WHEN last_status = 'ok' THEN last_value ELSE NULL END AS last_value, last_status
        FROM series ORDER BY device_id, id`),
      get: db.prepare(`SELECT id, device_id, key, kind, unit, name, last_ts,
        CASE WHEN last_status = 'ok' THEN last_value ELSE NULL END AS last_value FROM series WHERE id = ?`),
      ofDevice: db.prepare(`SELECT id, device_id, key, kind, unit, name, last_ts,
        CASE WHEN last_status = 'ok' THEN last_value ELSE NULL END AS last_value FROM series WHERE device_id = ? ORDER BY id`),
      channels: db.prepare(
        'SELECT key, kind, unit, name, precision FROM series WHERE device_id = ?',
      ),
      exists: db.prepare('SELECT 1 FROM series WHERE id = ?').pluck(),
      spans1m: spans('rollups_1m'),
      minuteTimes: minuteColumn('(min_ts - @base) * 65536 + (max_ts - bucket)'),
      minuteMins: minuteColumn('min'),
      minuteMaxs: minuteColumn('max'),
      agg: { '1m': agg('rollups_1m'), '1h': agg('rollups_1h') },
      clippedAgg: clippedAgg(ROLLUP_TABLE['1m']),
      gone: db
        .prepare('SELECT from_ts, to_ts FROM raw_gone WHERE series_id = ? ORDER BY from_ts')
        .raw(),
      nextTs: db
        .prepare(
          `SELECT min(x) FROM (SELECT min(ts) AS x FROM readings WHERE series_id = @s AND ts >= @t
        UNION ALL SELECT min(bucket) FROM rollups_1m WHERE series_id = @s AND bucket >= @t)`,
        )
        .pluck(),
      newestByDevice: db
        .prepare('SELECT device_id, max(last_ts) FROM series GROUP BY device_id')
        .raw(),
      okCount1m: db
        .prepare('SELECT sum(count) FROM rollups_1m WHERE series_id = ? AND bucket BETWEEN ? AND ?')
        .pluck(),
      minuteMeans: db
        .prepare(
          'SELECT bucket, sum / count FROM rollups_1m WHERE series_id = ? AND bucket BETWEEN ? AND ? ORDER BY bucket',
        )
        .raw(),
    };
  }

  list(): SeriesInfo[] {
    return this.stmts.list.all() as SeriesInfo[];
  }

  get(id: number): SeriesInfo | null {
    return (this.stmts.get.get(id) as SeriesInfo | undefined) ?? null;
  }

  ofDevice(deviceId: string): SeriesInfo[] {
    return this.stmts.ofDevice.all(deviceId) as SeriesInfo[];
  }

  channels(deviceId: string): Map<string, KnownChannel> {
    const rows = this.stmts.channels.all(deviceId) as (KnownChannel & { key: string })[];
    return new Map(rows.map(({ key, ...c }) => [key, c]));
  }

  /** Timestamp of the newest reading stored for each device (for lag metrics). */
  newestByDevice(): Map<string, number> {
    return new Map(
      (this.stmts.newestByDevice.all() as [string, number | null][]).filter(
        (r): r is [string, number] => r[1] !== null,
      ),
    );
  }

  /** The series of `ids` that do not exist. */
  missing(ids: number[]): number[] {
    return ids.filter((id) => this.stmts.exists.get(id) === undefined);
  }

  /** Where retention removed the raw readings of a series; only rollups remain there. */
  rawGone(id: number): [number, number][] {
    return this.stmts.gone.all(id) as [number, number][];
  }

  /**
   * Points of one series in [from, to], at most `maxPoints`. Small ranges come back raw
   * (flagged readings as null, so charts show a gap, never a 6553.5 °C spike); larger ones are
   * min/max downsampled from the coarsest data that still resolves the chart: raw rows, then
   * minute, then hour rollups for whole buckets, always with raw rows at partial buckets on the
   * edges, so the extremes of the answer are exactly those of the range.
   */
  history(id: number, from: number, to: number, maxPoints: number): History {
    this.rollups.settle();
    const budget = maxPoints * ROW_BUDGET_FACTOR;
    const gone = this.rawGone(id);
    const okLow = touchesGone(from, to, gone) ? Infinity : this.okAtLeast(id, from, to);
    // The bound counts ok readings only, so above `maxPoints` the range cannot come back raw.
    if (okLow <= maxPoints) {
      const points = this.raw.pointsAtMost(id, from, to, maxPoints);
      if (points) return { downsampled: false, tier: 'raw', points };
    }
    // More than `maxPoints` readings here: downsampled, from raw rows while they fit the budget.
    let top: Tier;
    const rawCount = okLow > budget ? Infinity : this.raw.count(id, from, to, budget + 1);
    if (rawCount <= budget) top = 'raw';
    else top = (to - from) / 60_000 <= budget ? '1m' : '1h';
    const columns = new MinMaxColumns(from, to, Math.max(1, Math.floor(maxPoints / 2)));
    for (const s of plan(from, to, top, gone)) this.readSegment(id, s, columns);
    return { downsampled: true, tier: top, points: columns.points() };
  }

  /**
   * A lower bound of the readings in [from, to] from the rollups' counts of the buckets lying
   * wholly inside it (ok readings only): when it is over the row budget already, the chart
   * comes from rollups and counting up to the budget in the raw rows can be skipped. Beyond a
   * few hours the hourly counts (cached) bound it closely enough; shorter ranges sum minutes.
   */
  private okAtLeast(id: number, from: number, to: number): number {
    const tier = to - from <= 6 * 3_600_000 ? '1m' : '1h';
    const size = tier === '1m' ? 60_000 : 3_600_000;
    const first = Math.ceil(from / size) * size;
    const last = Math.floor((to + 1) / size) * size - size;
    if (last < first) return 0;
    if (tier === '1h') return this.hours.count(id, first, last);
    return (this.stmts.okCount1m.get(id, first, last) as number | null) ?? 0;
  }

  /**
   * Every reading of a series in [from, to] for export, flagged ones as null. Where retention
   * removed the raw readings, each minute's mean stands in (at the minute).
   */
  exportRows(id: number, from: number, to: number): Point[] {
    this.rollups.settle();
    const out: Point[] = [];
    for (const p of split(from, to, this.rawGone(id))) {
      const rows = p.gone
        ? (this.stmts.minuteMeans.all(id, p.from, p.to) as Point[])
        : this.raw.points(id, p.from, p.to);
      for (const r of rows) out.push(r);
    }
    return out;
  }

  /** Timestamp of the first reading (or minute rollup) at or after `t`, or null: lets exports skip empty stretches. */
  nextTs(id: number, t: number): number | null {
    this.rollups.settle();
    const hot = (this.stmts.nextTs.get({ s: id, t }) as number | null) ?? null;
    const cold = this.raw.firstColdFrom(id, t);
    return hot === null ? cold : cold === null ? hot : Math.min(hot, cold);
  }

  /** Exact extremes of the ok values in [from, to] (approximate only where retention left rollups), read tier by tier. */
  extremes(id: number, from: number, to: number): Extremes {
    this.rollups.settle();
    let min: number | null = null;
    let max: number | null = null;
    for (const s of plan(from, to, '1h', this.rawGone(id))) {
      const [lo, hi] = this.segmentExtremes(id, s);
      if (lo !== null && (min === null || lo < min)) min = lo;
      if (hi !== null && (max === null || hi > max)) max = hi;
    }
    const last = this.raw.lastOk(id, from, to);
    return { min, max, last_ts: last?.[0] ?? null, last_value: last?.[1] ?? null };
  }

  private segmentExtremes(id: number, s: Segment): [number | null, number | null] {
    if (s.tier === 'raw') return this.raw.extremes(id, s.from, s.to);
    if (s.clipped) {
      const b = Math.floor(s.from / 60_000) * 60_000;
      return this.stmts.clippedAgg.get({ s: id, b, from: s.from, to: s.to }) as [
        number | null,
        number | null,
      ];
    }
    return this.stmts.agg[s.tier].get(id, s.from, s.to) as [number | null, number | null];
  }

  /**
   * Feeds the rows of one segment to the downsampler, in time order. Hourly rows come from the
   * in-memory cache; the others are read whole with `.all()`: at most the row budget, and far
   * cheaper per row than an iterator's step-by-step calls.
   */
  private readSegment(id: number, s: Segment, out: MinMaxColumns): void {
    if (s.tier === '1h' && !s.clipped) return this.hours.read(id, s.from, s.to, out);
    let rows: Span[];
    if (s.tier === 'raw') rows = this.raw.okSpans(id, s.from, s.to);
    else if (s.clipped)
      rows = clipSpans(
        this.stmts.spans1m.all(id, Math.floor(s.from / 60_000) * 60_000, s.to) as Span[],
        s.from,
        s.to,
      );
    else if (s.to - s.from < MINUTE_PACK_LIMIT) return this.readMinutes(id, s.from, s.to, out);
    else rows = this.stmts.spans1m.all(id, s.from, s.to) as Span[];
    for (const r of rows) out.add(r[0], r[1], r[2], r[3]);
  }

  /**
   * Minute rollups of [from, to] (from a whole minute) as three plucked columns: the two
   * timestamps packed into one integer (the min's offset from `from` × 2^16 + the max's offset
   * in its minute, exact below 2^53), the mins, the maxes. better-sqlite3 builds a row array at
   * several times the cost of a plucked value, and a day's chart reads 1,440 rows a series.
   */
  private readMinutes(id: number, from: number, to: number, out: MinMaxColumns): void {
    const q = { s: id, from, to, base: from };
    const times = this.stmts.minuteTimes.all(q) as number[];
    const mins = this.stmts.minuteMins.all(q) as number[];
    const maxs = this.stmts.minuteMaxs.all(q) as number[];
    for (let i = 0; i < times.length; i++) {
      const maxOffset = times[i]! % 65_536;
      const minTs = from + (times[i]! - maxOffset) / 65_536;
      const maxTs = minTs - (minTs % 60_000) + maxOffset;
      out.add(minTs, mins[i]!, maxTs, maxs[i]!);
    }
  }
}
