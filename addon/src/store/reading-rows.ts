import type { Reading, ReadingStatus } from '@brewpit/protocol';
import type Database from 'better-sqlite3';
import type { ColdLookup } from './cold/compress.js';
import type { Db } from './db.js';

/** Storage codes of reading statuses; `ok` is 0 so the common case costs one byte. */
export const STATUS_CODES: Readonly<Record<ReadingStatus, number>> = {
  ok: 0,
  unavailable: 1,
  spike: 2,
  frozen: 3,
  implausible: 4,
};

/** A reading's status as stored: given, else `unavailable` without a value, else `ok`. */
export const statusOf = (r: Reading): ReadingStatus =>
  r.status ?? (r.value === null ? 'unavailable' : 'ok');

/** Rows per multi-row INSERT; the tail of a batch goes in statements of `TAIL` rows, then one by one. */
const CHUNK = 100;
const TAIL = 10;
const COLS = 4;

const insertSql = (rows: number, conflict: '' | ' OR IGNORE') =>
  `INSERT${conflict} INTO readings (series_id, ts, value, status) VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?)').join(', ')}`;

/**
 * The readings rows of one batch, written `CHUNK` at a time with one multi-row INSERT: one call
 * into SQLite per hundred readings instead of one per reading (the per-call cost was the larger
 * share of a batch's insert time). The parameters live in one array reused for every chunk, so
 * a batch allocates nothing per reading here.
 *
 * A reading whose (series, ts) is already stored is a collision and is skipped, not an error.
 * The multi-row INSERT has no `OR IGNORE`: a chunk holding a collision fails as a whole (SQLite
 * undoes that statement only, the batch's transaction goes on), and that chunk alone is then
 * written row by row with `INSERT OR IGNORE`, which tells exactly which rows collided.
 *
 * To undo one statement, SQLite keeps the old content of every page the statement changes in a
 * statement journal, which past 64 KiB spills to a temporary file: 400 MB of writes per 480,000
 * readings of 1,000-reading batches. A chunk whose every reading is newer than anything stored
 * or queued for its series cannot collide, so it goes in with `INSERT OR IGNORE`, which never
 * fails halfway and needs no statement journal. Only batches that fill a chunk look up their
 * series' newest reading (one index lookup per series); a live batch of a few readings does not.
 */
export class ReadingRows {
  /** Readings of the current batch skipped because their (series, ts) was already stored. */
  collisions = 0;
  private ids: ReadonlyMap<string, number> = new Map();
  /** Newest ts stored or queued per series of this batch, while it is worth knowing. */
  private readonly newest = new Map<number, number>();
  /** Whether this batch looks for chunks that cannot collide (it fills at least one). */
  private watch = false;
  /** Whether every reading queued in the current chunk is newer than its series' newest. */
  private fresh = false;
  private readonly params: (number | null)[] = new Array<number | null>(CHUNK * COLS).fill(0);
  /** Batch index of each pending row. */
  private readonly pending = new Int32Array(CHUNK);
  private count = 0;
  /** Series id of each batch reading that was inserted, 0 for one that was not. */
  private inserted = new Float64Array(0);
  private readonly stmts: {
    chunk: Database.Statement;
    freshChunk: Database.Statement;
    tail: Database.Statement;
    one: Database.Statement;
    newest: Database.Statement;
  };

  constructor(db: Db) {
    this.stmts = {
      chunk: db.prepare(insertSql(CHUNK, '')),
      freshChunk: db.prepare(insertSql(CHUNK, ' OR IGNORE')),
      tail: db.prepare(insertSql(TAIL, '')),
      one: db.prepare(insertSql(1, ' OR IGNORE')),
      newest: db
        .prepare('SELECT ts FROM readings WHERE series_id = ? ORDER BY ts DESC LIMIT 1')
        .pluck(),
    };
  }

  /** Starts a batch of `size` readings whose channels map to series by `ids`. */
  start(ids: ReadonlyMap<string, number>, size: number): void {
    this.ids = ids;
    this.count = 0;
    this.collisions = 0;
    this.newest.clear();
    this.watch = size >= CHUNK;
    this.fresh = this.watch;
    if (this.inserted.length < size) this.inserted = new Float64Array(Math.max(size, 1024));
    else this.inserted.fill(0, 0, size);
  }

  /**
   * Queues reading `index` of the batch; false (and counted) when a compressed block already
   * holds its timestamp. Flushes by itself when a chunk is full.
   */
  add(r: Reading, index: number, cold: ColdLookup): boolean {
    const sid = this.ids.get(r.channel)!;
    if (cold.has(sid, r.ts)) {
      this.collisions++;
      return false;
    }
    if (this.watch) this.follow(sid, r.ts);
    const o = this.count * COLS;
    this.params[o] = sid;
    this.params[o + 1] = r.ts;
    this.params[o + 2] = r.value;
    this.params[o + 3] = STATUS_CODES[statusOf(r)];
    this.pending[this.count++] = index;
    if (this.count === CHUNK) {
      if (this.fresh) this.writeFresh();
      else this.write(this.stmts.chunk, this.params, 0, CHUNK);
      this.count = 0;
      this.fresh = this.watch;
    }
    return true;
  }

  /** Notes a reading queued for series `sid`; the chunk stays fresh if it is the series' newest. */
  private follow(sid: number, ts: number): void {
    let top = this.newest.get(sid);
    if (top === undefined) top = (this.stmts.newest.get(sid) as number | undefined) ?? -Infinity;
    if (ts > top) top = ts;
    else this.fresh = false;
    this.newest.set(sid, top);
  }

  /** Writes a chunk that cannot collide (see the class). */
  private writeFresh(): void {
    const changes = this.stmts.freshChunk.run(this.params).changes;
    // Every reading was newer than all its series holds: a row left out means that reasoning
    // is wrong, and the batch must not be acknowledged as stored.
    if (changes !== CHUNK)
      throw new Error(
        `${CHUNK - changes} readings newer than their series' newest were not stored`,
      );
    this.stored(0, CHUNK);
  }

  /** Writes what is queued: chunks of `TAIL` rows, then the rest one by one. */
  flush(): void {
    let at = 0;
    for (; this.count - at >= TAIL; at += TAIL)
      this.write(this.stmts.tail, this.params.slice(at * COLS, (at + TAIL) * COLS), at, TAIL);
    for (; at < this.count; at++) this.writeOne(at);
    this.count = 0;
  }

  /** Calls `fn` for each inserted reading of the batch, in batch order. */
  forEachInserted(
    readings: readonly Reading[],
    fn: (r: Reading, seriesId: number, status: ReadingStatus) => void,
  ): void {
    for (let i = 0; i < readings.length; i++) {
      const sid = this.inserted[i]!;
      if (sid > 0) fn(readings[i]!, sid, statusOf(readings[i]!));
    }
  }

  private write(stmt: Database.Statement, params: unknown[], from: number, rows: number): void {
    try {
      stmt.run(params);
    } catch (err) {
      if (!(err as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) throw err;
      for (let j = from; j < from + rows; j++) this.writeOne(j);
      return;
    }
    this.stored(from, rows);
  }

  /** Marks `rows` pending rows from `from` on as inserted, with their series. */
  private stored(from: number, rows: number): void {
    for (let j = from; j < from + rows; j++)
      this.inserted[this.pending[j]!] = this.params[j * COLS] as number;
  }

  private writeOne(j: number): void {
    const o = j * COLS;
    const p = this.params;
    if (this.stmts.one.run(p[o], p[o + 1], p[o + 2], p[o + 3]).changes === 0) this.collisions++;
    else this.inserted[this.pending[j]!] = p[o] as number;
  }
}
