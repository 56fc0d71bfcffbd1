import type { Db } from '../db.js';
import { ColdBlockCorrupt, decodeBlock, decodeTimes, type Columns } from './codec.js';

/** Every block lies within one UTC hour, so one that reaches `t` starts after `t − HOUR`. */
export const HOUR = 3_600_000;

/** A block's row without its data: what most queries need. */
export interface BlockMeta {
  id: number;
  t0: number;
  t1: number;
  n: number;
  okN: number;
  min: number | null;
  max: number | null;
  sum: number;
  decimals: number | null;
}

type MetaRow = [
  number,
  number,
  number,
  number,
  number,
  number | null,
  number | null,
  number,
  number | null,
];

const toMeta = (r: MetaRow): BlockMeta => ({
  id: r[0],
  t0: r[1],
  t1: r[2],
  n: r[3],
  okN: r[4],
  min: r[5],
  max: r[6],
  sum: r[7],
  decimals: r[8],
});

/**
 * Decoded blocks kept for reuse: a chart zoomed around one place, a CSV export and a late batch
 * checking its timestamps all decode the same few blocks. 64 hours of 1 Hz data is ~4 MB.
 */
const CACHE_BLOCKS = 64;

/**
 * Read access to the cold blocks of `cold_blocks`, with decoded blocks cached by id (ids are
 * never reused, and a block's content never changes: a merge writes new blocks).
 */
export class ColdBlocks {
  private readonly stmts;
  private readonly cache = new Map<number, Columns>();
  private readonly timesCache = new Map<number, Float64Array>();

  constructor(db: Db) {
    const cols = 'id, t0, t1, n, ok_n, min, max, sum, decimals';
    const overlap = `series_id = @s AND t0 BETWEEN @lo AND @to AND t1 >= @from`;
    this.stmts = {
      overlapping: db
        .prepare(`SELECT ${cols} FROM cold_blocks WHERE ${overlap} ORDER BY t0 LIMIT @limit`)
        .raw(),
      overlappingDesc: db
        .prepare(`SELECT ${cols} FROM cold_blocks WHERE ${overlap} ORDER BY t0 DESC LIMIT @limit`)
        .raw(),
      data: db.prepare('SELECT data FROM cold_blocks WHERE id = ?').pluck(),
      lastT1: db
        .prepare('SELECT t1 FROM cold_blocks WHERE series_id = ? ORDER BY t0 DESC LIMIT 1')
        .pluck(),
      firstFrom: db
        .prepare(
          `SELECT ${cols} FROM cold_blocks WHERE series_id = @s AND t0 >= @lo AND t1 >= @t ORDER BY t0 LIMIT 1`,
        )
        .raw(),
    };
  }

  /**
   * Blocks of a series with a reading in [from, to], in time order (newest first with `desc`), at
   * most `limit` of them.
   */
  overlapping(s: number, from: number, to: number, limit = 1e9, desc = false): BlockMeta[] {
    const stmt = desc ? this.stmts.overlappingDesc : this.stmts.overlapping;
    const rows = stmt.all({ s, lo: from - HOUR + 1, from, to, limit }) as MetaRow[];
    return rows.map(toMeta);
  }

  /** The first block of a series with a reading at or after `t`. */
  firstFrom(s: number, t: number): BlockMeta | null {
    const row = this.stmts.firstFrom.get({ s, lo: t - HOUR + 1, t }) as MetaRow | undefined;
    return row ? toMeta(row) : null;
  }

  /** Last timestamp any block of the series holds, or −Infinity. */
  lastTs(s: number): number {
    return (this.stmts.lastT1.get(s) as number | undefined) ?? -Infinity;
  }

  /** The readings of a block. */
  columns(b: BlockMeta): Columns {
    return remember(this.cache, b.id, () => named(b, () => decodeBlock(this.data(b.id))));
  }

  /** Only the timestamps of a block. */
  times(b: BlockMeta): Float64Array {
    const whole = this.cache.get(b.id);
    if (whole) return whole.ts;
    return remember(this.timesCache, b.id, () => named(b, () => decodeTimes(this.data(b.id))));
  }

  /** Raw blob of a block. */
  data(id: number): Uint8Array {
    return this.stmts.data.get(id) as Buffer;
  }

  /** Decodes a blob of block `b` without caching it (a merge is about to replace the block). */
  decode(b: BlockMeta, data: Uint8Array): Columns {
    return named(b, () => decodeBlock(data));
  }

  /** Forgets decoded blocks that a merge or retention just replaced. */
  forget(ids: Iterable<number>): void {
    for (const id of ids) {
      this.cache.delete(id);
      this.timesCache.delete(id);
    }
  }
}

/** Runs a decode, naming the block in the error when it is corrupt (the log must say which). */
function named<T>(b: BlockMeta, decode: () => T): T {
  try {
    return decode();
  } catch (err) {
    if (err instanceof ColdBlockCorrupt)
      throw new ColdBlockCorrupt(
        `Cold block ${b.id} (${new Date(b.t0).toISOString()}, ${b.n} readings): ${err.message}`,
      );
    throw err;
  }
}

function remember<T>(cache: Map<number, T>, id: number, make: () => T): T {
  const hit = cache.get(id);
  if (hit) {
    cache.delete(id); // most recently used last
    cache.set(id, hit);
    return hit;
  }
  const v = make();
  cache.set(id, v);
  if (cache.size > CACHE_BLOCKS) cache.delete(cache.keys().next().value!);
  return v;
}

/** Index of the first element of sorted `xs` that is ≥ `t` (xs.length when none). */
export function lowerBound(xs: Float64Array, t: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index past the last element of sorted `xs` that is ≤ `t`. */
export function upperBound(xs: Float64Array, t: number): number {
  return lowerBound(xs, t + 1);
}
