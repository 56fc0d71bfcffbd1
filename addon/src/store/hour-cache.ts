import type { Db } from './db.js';
import { lowerBound, upperBound } from './cold/blocks.js';

const HOUR = 3_600_000;
/** Hours per cached chunk (~11 days): a week's chart reads one or two, a season ~15 a series. */
const CHUNK_HOURS = 256;
const CHUNK_MS = CHUNK_HOURS * HOUR;
/** Chunks kept, least recently used dropped first: at most ~12 MB (48 bytes an hour). */
const MAX_CHUNKS = 1024;
/** Ranges over more chunks than this are first narrowed to the series' data (two index seeks). */
const WIDE_CHUNKS = 64;
/** Chunk keys are `series id × KEY + chunk index`; chunk indexes stay below 1e7 until year 300,000. */
const KEY = 1e7;

/** Numbers kept per bucket in `Chunk.rows`. */
const W = 5;

/** Hourly rows of one series over one chunk, as columns. */
interface Chunk {
  buckets: Float64Array;
  /** `minTs, min, maxTs, max, count` of each bucket, in bucket order. */
  rows: Float64Array;
}

/** Receives rollup rows one at a time, in time order (see `MinMaxColumns`). */
export interface SpanSink {
  add(minTs: number, min: number, maxTs: number, max: number): void;
}

/**
 * The hourly rollups of recently charted series, kept in memory as typed columns. A chart over
 * weeks or a whole season reads thousands of hourly rows per series, and handing each row from
 * SQLite to JavaScript (an array of four numbers, later garbage) costs several times what
 * SQLite spends finding it: that was most of a season chart's time. Chunks are filled from
 * `rollups_1h` on first use and dropped whenever a write touches one of their hours (ingest
 * folding a batch into its hour, a device deleted, a replica applying its source's changes, an
 * import), so a chart never sees a stale bucket. The hub is the only writer of its file, on
 * this one connection.
 */
export class HourlyRollupCache {
  private readonly chunks = new Map<number, Chunk>();
  private readonly stmt;
  private readonly first;
  private readonly last;

  constructor(db: Db) {
    this.stmt = db
      .prepare(
        'SELECT bucket, min_ts, min, max_ts, max, count FROM rollups_1h WHERE series_id = ? AND bucket BETWEEN ? AND ? ORDER BY bucket',
      )
      .raw();
    const edge = (order: string) =>
      db
        .prepare(
          `SELECT bucket FROM rollups_1h WHERE series_id = ? AND bucket BETWEEN ? AND ? ORDER BY bucket ${order} LIMIT 1`,
        )
        .pluck();
    this.first = edge('ASC');
    this.last = edge('DESC');
  }

  /** Passes the hourly rows of series `id` with bucket in [from, to] to `sink`, in time order. */
  read(id: number, from: number, to: number, sink: SpanSink): void {
    const [c0, c1] = this.chunkRange(id, from, to);
    for (let c = c0; c <= c1; c++) {
      const { buckets, rows } = this.chunk(id, c);
      const end = upperBound(buckets, to);
      for (let i = lowerBound(buckets, from); i < end; i++) {
        const k = W * i;
        sink.add(rows[k]!, rows[k + 1]!, rows[k + 2]!, rows[k + 3]!);
      }
    }
  }

  /** Ok readings of series `id` in the hours with bucket in [from, to]. */
  count(id: number, from: number, to: number): number {
    let n = 0;
    const [c0, c1] = this.chunkRange(id, from, to);
    for (let c = c0; c <= c1; c++) {
      const { buckets, rows } = this.chunk(id, c);
      const end = upperBound(buckets, to);
      for (let i = lowerBound(buckets, from); i < end; i++) n += rows[W * i + 4]!;
    }
    return n;
  }

  /** Forgets the chunk holding hour `bucket` of series `id` (its rollup is being written). */
  forget(id: number, bucket: number): void {
    this.chunks.delete(id * KEY + Math.floor(bucket / CHUNK_MS));
  }

  /** Forgets every chunk of series `id` (its rollups are being deleted). */
  forgetSeries(id: number): void {
    for (const key of this.chunks.keys()) if (Math.floor(key / KEY) === id) this.chunks.delete(key);
  }

  /** Forgets everything (a whole store was written from elsewhere: an import). */
  clear(): void {
    this.chunks.clear();
  }

  /**
   * The chunks to walk for [from, to]. A chart spans at most a few dozen chunks, but a client
   * may ask for anything up to the year 275,760 (9 million chunks, one query each: the event
   * loop held for minutes), so a wide range is first narrowed to the hours the series has
   * (readings lie between 2000 and 2100: a few thousand chunks at the very most).
   */
  private chunkRange(id: number, from: number, to: number): [number, number] {
    const c0 = Math.floor(from / CHUNK_MS);
    const c1 = Math.floor(to / CHUNK_MS);
    if (c1 - c0 < WIDE_CHUNKS) return [c0, c1];
    const first = this.first.get(id, from, to) as number | undefined;
    if (first === undefined) return [0, -1];
    const last = this.last.get(id, from, to) as number;
    return [Math.floor(first / CHUNK_MS), Math.floor(last / CHUNK_MS)];
  }

  private chunk(id: number, c: number): Chunk {
    const key = id * KEY + c;
    const hit = this.chunks.get(key);
    if (hit) {
      this.chunks.delete(key); // most recently used last
      this.chunks.set(key, hit);
      return hit;
    }
    const found = this.stmt.all(id, c * CHUNK_MS, (c + 1) * CHUNK_MS - 1) as number[][];
    const buckets = new Float64Array(found.length);
    const rows = new Float64Array(W * found.length);
    for (let i = 0; i < found.length; i++) {
      const r = found[i]!;
      buckets[i] = r[0]!;
      for (let j = 0; j < W; j++) rows[W * i + j] = r[j + 1]!;
    }
    const chunk = { buckets, rows };
    this.chunks.set(key, chunk);
    if (this.chunks.size > MAX_CHUNKS) this.chunks.delete(this.chunks.keys().next().value!);
    return chunk;
  }
}
