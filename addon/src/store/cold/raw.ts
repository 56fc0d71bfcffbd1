import type { Point } from '@brewpit/protocol';
import type { Db } from '../db.js';
import type { Span } from '../downsample.js';
import { lowerBound, upperBound, type BlockMeta, type ColdBlocks } from './blocks.js';

/** Blocks read per page when a scan may stop early (counting, the latest ok reading). */
const PAGE = 16;

/**
 * Raw readings of a series as one sequence, whether they are hot rows of `readings` or sit in
 * cold blocks: every raw query of the series store goes through here, so charts, exports,
 * summaries and estimates cannot tell compressed data from fresh data. A (series, ts) is in
 * one place only — ingest refuses a timestamp a block holds, a compression step moves rows and
 * writes blocks in one transaction — so merging the two by time never meets a tie.
 *
 * Blocks lying wholly inside a range answer counts and extremes from their row's figures; only
 * the (at most two) blocks at a range's edges are decoded.
 */
export class RawReader {
  private readonly stmts;

  constructor(
    db: Db,
    private readonly blocks: ColdBlocks,
  ) {
    this.stmts = {
      count: db
        .prepare(
          'SELECT count(*) FROM (SELECT 1 FROM readings WHERE series_id = ? AND ts BETWEEN ? AND ? LIMIT ?)',
        )
        .pluck(),
      // Times and values as two plucked columns rather than one array a row: better-sqlite3
      // builds a row array through V8's C++ API at several times the cost of the same array
      // made here, and a 1-hour chart of four 1 Hz series is 14,400 rows. Times come as
      // offsets from `from`: small integers, which V8 holds without allocating a number each.
      pointTimes: db
        .prepare(
          'SELECT ts - @from FROM readings WHERE series_id = @s AND ts BETWEEN @from AND @to ORDER BY ts LIMIT @limit',
        )
        .pluck(),
      pointValues: db
        .prepare(
          'SELECT CASE WHEN status = 0 THEN value ELSE NULL END FROM readings WHERE series_id = @s AND ts BETWEEN @from AND @to ORDER BY ts',
        )
        .pluck(),
      okSpans: db
        .prepare(
          'SELECT ts, value, ts, value FROM readings WHERE series_id = ? AND ts BETWEEN ? AND ? AND status = 0 AND value IS NOT NULL ORDER BY ts',
        )
        .raw(),
      extremes: db
        .prepare(
          'SELECT min(value), max(value) FROM readings WHERE series_id = ? AND ts BETWEEN ? AND ? AND status = 0',
        )
        .raw(),
      lastOk: db
        .prepare(
          `SELECT ts, value FROM readings WHERE series_id = ? AND ts BETWEEN ? AND ? AND status = 0 AND value IS NOT NULL
        ORDER BY ts DESC LIMIT 1`,
        )
        .raw(),
    };
  }

  /** Readings (any status) in [from, to], counted up to `limit`. */
  count(id: number, from: number, to: number, limit: number): number {
    let n = this.stmts.count.get(id, from, to, limit) as number;
    for (let at = from; n < limit;) {
      const page = this.blocks.overlapping(id, at, to, PAGE);
      for (const b of page) {
        n += b.t0 >= from && b.t1 <= to ? b.n : countIn(this.blocks.times(b), from, to);
        if (n >= limit) return limit;
      }
      if (page.length < PAGE) break;
      at = page[page.length - 1]!.t1 + 1;
    }
    return Math.min(n, limit);
  }

  /** Every reading in [from, to] in time order; flagged ones (and readings without value) as null. */
  points(id: number, from: number, to: number): Point[] {
    return this.pointsAtMost(id, from, to, Infinity)!;
  }

  /**
   * {@link points}, or null when [from, to] holds more than `limit` readings. The times read
   * (at most `limit + 1` of them) are the count, so a range small enough to chart raw is
   * scanned twice (times, values) rather than three times (count, times, values).
   */
  pointsAtMost(id: number, from: number, to: number, limit: number): Point[] | null {
    const q = { s: id, from, to };
    // SQLite takes −1 as no limit (and refuses Infinity).
    const offsets = this.stmts.pointTimes.all({
      ...q,
      limit: limit === Infinity ? -1 : limit + 1,
    }) as number[];
    if (offsets.length > limit) return null;
    const blocks = this.blocks.overlapping(id, from, to);
    if (limit !== Infinity) {
      let n = offsets.length;
      for (const b of blocks) {
        n += b.t0 >= from && b.t1 <= to ? b.n : countIn(this.blocks.times(b), from, to);
        if (n > limit) return null;
      }
    }
    const values = this.stmts.pointValues.all(q) as (number | null)[];
    const hot = new Array<Point>(offsets.length);
    for (let i = 0; i < offsets.length; i++) hot[i] = [from + offsets[i]!, values[i]!];
    if (!blocks.length) return hot;
    const cold: Point[] = [];
    for (const b of blocks) {
      const c = this.blocks.columns(b);
      const end = upperBound(c.ts, to);
      for (let i = lowerBound(c.ts, from); i < end; i++) {
        const v = c.value[i]!;
        cold.push([c.ts[i]!, c.status[i] === 0 && !Number.isNaN(v) ? v : null]);
      }
    }
    return mergeByTime(hot, cold);
  }

  /** Ok readings in [from, to] as one-point spans `[ts, v, ts, v]`, for the downsampler. */
  okSpans(id: number, from: number, to: number): Span[] {
    const hot = this.stmts.okSpans.all(id, from, to) as Span[];
    const blocks = this.blocks.overlapping(id, from, to);
    if (!blocks.length) return hot;
    const cold: Span[] = [];
    for (const b of blocks) {
      if (b.okN === 0) continue;
      const c = this.blocks.columns(b);
      const end = upperBound(c.ts, to);
      for (let i = lowerBound(c.ts, from); i < end; i++) {
        const v = c.value[i]!;
        if (c.status[i] === 0 && !Number.isNaN(v)) cold.push([c.ts[i]!, v, c.ts[i]!, v]);
      }
    }
    return mergeByTime(hot, cold);
  }

  /** Lowest and highest ok value in [from, to]. */
  extremes(id: number, from: number, to: number): [number | null, number | null] {
    let [min, max] = this.stmts.extremes.get(id, from, to) as [number | null, number | null];
    for (const b of this.blocks.overlapping(id, from, to)) {
      if (b.okN === 0) continue;
      let lo = b.min;
      let hi = b.max;
      if (b.t0 < from || b.t1 > to) [lo, hi] = this.blockExtremes(b, from, to);
      if (lo !== null && (min === null || lo < min)) min = lo;
      if (hi !== null && (max === null || hi > max)) max = hi;
    }
    return [min, max];
  }

  /** The latest ok reading in [from, to]. */
  lastOk(id: number, from: number, to: number): [number, number] | undefined {
    const hot = this.stmts.lastOk.get(id, from, to) as [number, number] | undefined;
    // Only a block ending after the hot answer can hold a later reading.
    const floor = hot ? Math.max(from, hot[0] + 1) : from;
    for (let upTo = to; upTo >= floor;) {
      const page = this.blocks.overlapping(id, floor, upTo, PAGE, true);
      for (const b of page) {
        if (b.okN === 0) continue;
        const found = this.lastOkIn(b, floor, to);
        if (found) return found;
      }
      if (page.length < PAGE) break;
      upTo = page[page.length - 1]!.t0 - 1;
    }
    return hot;
  }

  /** Timestamp of the first cold reading at or after `t`, or null. */
  firstColdFrom(id: number, t: number): number | null {
    const b = this.blocks.firstFrom(id, t);
    if (!b) return null;
    if (b.t0 >= t) return b.t0;
    const ts = this.blocks.times(b);
    return ts[lowerBound(ts, t)]!;
  }

  private blockExtremes(b: BlockMeta, from: number, to: number): [number | null, number | null] {
    const c = this.blocks.columns(b);
    let min: number | null = null;
    let max: number | null = null;
    const end = upperBound(c.ts, to);
    for (let i = lowerBound(c.ts, from); i < end; i++) {
      const v = c.value[i]!;
      if (c.status[i] !== 0 || Number.isNaN(v)) continue;
      if (min === null || v < min) min = v;
      if (max === null || v > max) max = v;
    }
    return [min, max];
  }

  private lastOkIn(b: BlockMeta, from: number, to: number): [number, number] | undefined {
    const c = this.blocks.columns(b);
    const start = lowerBound(c.ts, from);
    for (let i = upperBound(c.ts, to) - 1; i >= start; i--) {
      const v = c.value[i]!;
      if (c.status[i] === 0 && !Number.isNaN(v)) return [c.ts[i]!, v];
    }
    return undefined;
  }
}

function countIn(ts: Float64Array, from: number, to: number): number {
  return upperBound(ts, to) - lowerBound(ts, from);
}

/** Merges two lists sorted by their first element (timestamps, never equal across the two). */
function mergeByTime<T extends readonly [number, ...unknown[]]>(a: T[], b: T[]): T[] {
  if (!a.length) return b;
  if (!b.length) return a;
  const out: T[] = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]![0] < b[j]![0] ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
