import type { Db } from './db.js';
import type { HourlyRollupCache } from './hour-cache.js';

/** A minute's (or hour's) ok readings of one series: extremes with their times, sum and count. */
export interface Bucket {
  min: number;
  minTs: number;
  max: number;
  maxTs: number;
  sum: number;
  count: number;
}

export const MINUTE = 60_000;
const HOUR = 3_600_000;

/**
 * Buckets are keyed by the number `series id × BUCKET_KEY + bucket index` rather than a string:
 * ingest touches this once per reading, and a string key per reading was a measurable share of
 * the batch time. Bucket indexes (minutes since 1970) stay below 1e8 until the year 2160.
 */
export const BUCKET_KEY = 1e8;

/**
 * How long minute buckets may wait before an ingest commit merges them into the rollup tables.
 * A read of the rollups (or an export, or the change feed) merges them at once, so the
 * delay is never visible; it only decides how many commits share one rewrite of a rollup row.
 */
export const SETTLE_AFTER_MS = 5_000;
/**
 * Buckets (of one device) one ingest commit merges at most. A whole backlog merged in one
 * commit would hold that request, and the event loop, for as long as thousands of series take;
 * in slices the merge keeps pace with any ingest rate.
 */
export const SLICE_BUCKETS = 256;
/** Rows read at a time while a slice is gathered. */
const SLICE_ROWS = 16;
/** Numbers per packed bucket: series id, minute, min, its time, max, its time, sum, count. */
const FIELDS = 8;

/**
 * The minute and hour rollups, written late. Upserting every batch's buckets into
 * `rollups_1m` and `rollups_1h` rewrote the same few B-tree pages at each commit: a third of
 * what a live 8-reading commit put into the WAL, and a sixth of a loaded hub's ingest time
 * (bench/README.md, "What a live commit writes"). Instead each batch appends its minute
 * buckets to `rollups_pending`, packed into one row of a rowid table (appends fill one page
 * after another), in the same transaction as its readings: they are as durable as the
 * readings, and a crash loses nothing. When the oldest row has waited `SETTLE_AFTER_MS`, the
 * commit merges its device's rows (the same series' buckets of several batches become one
 * upsert), and any reader of the rollups merges everything first (`settle`), so no query sees
 * the rollups behind the readings.
 */
export class PendingRollups {
  private readonly stmts;
  /**
   * Whether rows may be waiting. True at open (a crash may have left some), after any append,
   * and after a full merge inside a caller's transaction (it may still be rolled back).
   */
  private unsettled = true;
  /** The connection's `synchronous` level (FULL), restored after a merge of readers. */
  private readonly synchronous: number;

  constructor(
    private readonly db: Db,
    private readonly hours: HourlyRollupCache,
  ) {
    this.synchronous = db.pragma('synchronous', { simple: true }) as number;
    const upsert = (table: string) =>
      // Positional parameters: bound from the bucket's fields without an object per row.
      db.prepare(`INSERT INTO ${table} (series_id, bucket, min, min_ts, max, max_ts, sum, count)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (series_id, bucket) DO UPDATE SET
          min_ts = CASE WHEN excluded.min < min THEN excluded.min_ts ELSE min_ts END,
          min = MIN(min, excluded.min),
          max_ts = CASE WHEN excluded.max > max THEN excluded.max_ts ELSE max_ts END,
          max = MAX(max, excluded.max),
          sum = sum + excluded.sum,
          count = count + excluded.count`);
    this.stmts = {
      append: db.prepare('INSERT INTO rollups_pending (device_id, at, buckets) VALUES (?, ?, ?)'),
      oldest: db.prepare('SELECT device_id, at FROM rollups_pending ORDER BY id LIMIT 1').raw(),
      // In append order, so that of equal extremes the first stored keeps its time, as when
      // every batch was upserted on its own. A series belongs to one device, so a slice of one
      // device's rows keeps that order for each of its series.
      ofDevice: db
        .prepare(
          `SELECT id, buckets FROM rollups_pending WHERE device_id = ? AND id > ? ORDER BY id LIMIT ${SLICE_ROWS}`,
        )
        .raw(),
      all: db
        .prepare(
          `SELECT id, buckets FROM rollups_pending WHERE id > ? ORDER BY id LIMIT ${SLICE_ROWS}`,
        )
        .raw(),
      dropOfDevice: db.prepare('DELETE FROM rollups_pending WHERE device_id = ? AND id <= ?'),
      dropAll: db.prepare('DELETE FROM rollups_pending'),
      m1: upsert('rollups_1m'),
      h1: upsert('rollups_1h'),
    };
  }

  /**
   * Appends one batch's minute buckets (keyed as `BUCKET_KEY` says), inside its transaction: one
   * row holding them all packed, so a batch costs one statement however many series it has.
   * Once merging is due, the commit also merges one slice of what waits.
   */
  add(deviceId: string, m1: Map<number, Bucket>): void {
    if (m1.size === 0) return;
    const packed = new Float64Array(FIELDS * m1.size);
    let k = 0;
    for (const [key, b] of m1) {
      const sid = Math.floor(key / BUCKET_KEY);
      packed[k++] = sid;
      packed[k++] = key - sid * BUCKET_KEY;
      packed[k++] = b.min;
      packed[k++] = b.minTs;
      packed[k++] = b.max;
      packed[k++] = b.maxTs;
      packed[k++] = b.sum;
      packed[k++] = b.count;
    }
    // The hub's own clock, not the batch's `now` (which tests and imports may set anywhere).
    const now = Date.now();
    this.stmts.append.run(deviceId, now, Buffer.from(packed.buffer));
    this.unsettled = true;
    const oldest = this.stmts.oldest.get() as [string, number];
    // A clock set back (NTP after a boot without one) must not hold the rows for as long.
    const waited = now - oldest[1];
    if (waited >= SETTLE_AFTER_MS || waited < 0) this.mergeSlice(oldest[0]);
  }

  /**
   * Merges every waiting bucket into `rollups_1m` and `rollups_1h`, in one transaction (or the
   * caller's). Cheap when nothing waits: readers call it before every query of the rollups.
   */
  settle(): void {
    if (!this.unsettled) return;
    // A merge inside a caller's transaction is undone if that transaction is: until it
    // commits, the rows may still be waiting.
    if (this.db.inTransaction) return this.db.transaction(() => this.mergeAll())();
    // Its own commit need not wait for the disk: the merge only moves what is already durable,
    // and one lost to a power cut leaves its rows waiting, to be merged again. (WAL replay
    // drops a commit whose frames did not all reach the disk; the next ingest commit's fsync
    // covers these frames too.) Readers settle, and a chart read under load must not cost an
    // fsync: the alert engine reads history for each series it first sees, 3,200 at the load
    // test's start.
    this.db.pragma('synchronous = NORMAL');
    try {
      this.db.transaction(() => this.mergeAll())();
    } finally {
      this.db.pragma(`synchronous = ${this.synchronous}`);
    }
    this.unsettled = false;
  }

  /**
   * Merges the oldest waiting rows of one device, about `SLICE_BUCKETS` buckets of them when it
   * has that many, and deletes them. Inside the caller's transaction. One device's rows of
   * several seconds hold the same few series and minutes again and again, so they fold into
   * few upserts; rows of many devices, taken in arrival order, would not (a soak of 200 nodes
   * sends each series one reading per batch).
   */
  private mergeSlice(device: string): void {
    const m1 = new Map<number, Bucket>();
    const last = this.gather(m1, SLICE_BUCKETS, (after) => this.stmts.ofDevice.all(device, after));
    this.write(m1);
    this.stmts.dropOfDevice.run(device, last);
  }

  /** Merges every waiting row and deletes them all. Inside the caller's transaction. */
  private mergeAll(): void {
    const m1 = new Map<number, Bucket>();
    if (this.gather(m1, Infinity, (after) => this.stmts.all.all(after)) === 0) return;
    this.write(m1);
    this.stmts.dropAll.run();
  }

  /**
   * Folds waiting rows, `SLICE_ROWS` at a time from `page`, into `m1` until `budget` buckets
   * are taken or none are left; the id of the last row taken (0 for none).
   */
  private gather(
    m1: Map<number, Bucket>,
    budget: number,
    page: (after: number) => unknown[],
  ): number {
    let last = 0;
    let taken = 0;
    for (;;) {
      const rows = page(last) as [number, Buffer][];
      for (const [id, blob] of rows) {
        if (taken >= budget) return last;
        last = id;
        // Copied out: a Buffer from SQLite need not be aligned for a Float64Array view.
        const f = new Float64Array(new Uint8Array(blob).buffer);
        taken += f.length / FIELDS;
        for (let k = 0; k < f.length; k += FIELDS)
          mergeBucket(m1, f[k]! * BUCKET_KEY + f[k + 1]!, {
            min: f[k + 2]!,
            minTs: f[k + 3]!,
            max: f[k + 4]!,
            maxTs: f[k + 5]!,
            sum: f[k + 6]!,
            count: f[k + 7]!,
          });
      }
      if (rows.length < SLICE_ROWS) return last;
    }
  }

  /** Upserts merged minute buckets into `rollups_1m`, and their hours into `rollups_1h`. */
  private write(m1: Map<number, Bucket>): void {
    const h1 = new Map<number, Bucket>();
    // In key order: each rollup table is then walked once, leaf after leaf.
    for (const key of [...m1.keys()].sort((a, b) => a - b)) {
      const b = m1.get(key)!;
      const sid = Math.floor(key / BUCKET_KEY);
      const minute = key - sid * BUCKET_KEY;
      this.stmts.m1.run(sid, minute * MINUTE, b.min, b.minTs, b.max, b.maxTs, b.sum, b.count);
      mergeBucket(h1, sid * BUCKET_KEY + Math.floor(minute / 60), b);
    }
    for (const [key, b] of h1) {
      const sid = Math.floor(key / BUCKET_KEY);
      const bucket = (key - sid * BUCKET_KEY) * HOUR;
      this.hours.forget(sid, bucket);
      this.stmts.h1.run(sid, bucket, b.min, b.minTs, b.max, b.maxTs, b.sum, b.count);
    }
  }
}

/** Adds one reading to its minute bucket, in place (no allocation once the bucket exists). */
export function addToBucket(map: Map<number, Bucket>, key: number, ts: number, v: number): void {
  const cur = map.get(key);
  if (!cur) {
    map.set(key, { min: v, minTs: ts, max: v, maxTs: ts, sum: v, count: 1 });
    return;
  }
  if (v < cur.min) [cur.min, cur.minTs] = [v, ts];
  if (v > cur.max) [cur.max, cur.maxTs] = [v, ts];
  cur.sum += v;
  cur.count++;
}

function mergeBucket(map: Map<number, Bucket>, key: number, b: Bucket): void {
  const cur = map.get(key);
  if (!cur) {
    map.set(key, { ...b });
    return;
  }
  if (b.min < cur.min) [cur.min, cur.minTs] = [b.min, b.minTs];
  if (b.max > cur.max) [cur.max, cur.maxTs] = [b.max, b.maxTs];
  cur.sum += b.sum;
  cur.count += b.count;
}
