import Database from 'better-sqlite3';
import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DroppedRange, ReadingStatus } from '@brewpit/protocol';
import { EdgeError, errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { silentLogger } from '../log.js';
import { formatSize } from '../config/units.js';
import { planThinning, toRanges, type Tick } from './thinning.js';

/**
 * The outbox: every reading is appended here with its `seq` before anything is sent, and
 * deleted only when the hub has acknowledged it.
 *
 * Durability policy: WAL with `synchronous = FULL`. Each commit fsyncs the WAL, so a reading
 * whose append returned survives kill -9 *and* power loss. NORMAL would be cheaper but a
 * power cut could roll back the last commits including the `next_seq` counter, after
 * readings with those seqs had already reached the hub; the next readings would then reuse
 * the seqs and the hub would discard them as resends — silent loss. The cost is one fsync
 * per sample tick (all channels of a tick go in one transaction) and one per acknowledged
 * batch: about one small sequential WAL write a second, which an SD card handles for years
 * (the data is written anyway; FULL only adds the flush). The WAL is checkpointed
 * automatically and truncated to {@link WAL_SIZE_LIMIT} so it cannot eat the card.
 */

/** Wire status ↔ compact integer stored per row. */
const STATUS_CODES: readonly ReadingStatus[] = [
  'ok',
  'unavailable',
  'spike',
  'frozen',
  'implausible',
];
const WAL_SIZE_LIMIT = 4 * 1024 * 1024;
/**
 * Checkpoint the WAL every 100 pages (~400 kB) instead of SQLite's 1000: on a nearly full
 * card a 4 MB WAL would take the space the readings need, and thinning could free nothing.
 */
const WAL_AUTOCHECKPOINT_PAGES = 100;
/** Free space kept for the WAL and thinning's own writes: twice the WAL between checkpoints. */
const DISK_RESERVE_BYTES = 2 * WAL_AUTOCHECKPOINT_PAGES * 4096;
/** After thinning, usage drops to this fraction of the bound so thinning runs rarely. */
const THIN_TARGET = 0.8;

/** A reading about to be appended. */
export interface NewReading {
  channel: string;
  ts: number;
  value: number | null;
  status: ReadingStatus;
}

/** A stored, numbered reading. */
export interface OutboxReading extends NewReading {
  seq: number;
}

/** Figures for `status` and for the hub. */
export interface OutboxStats {
  depth: number;
  oldestTs: number | null;
  nextSeq: number;
  lastAckSeq: number;
  droppedTotal: number;
  droppedPending: number;
  lostTotal: number;
  usedBytes: number;
  maxBytes: number;
}

/** Thrown when the outbox file cannot be opened or is not an outbox. */
export class OutboxError extends EdgeError {}

/** `seq, channel, ts, value, status` of one row. */
type RawRow = [number, string, number, number | null, number];

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS readings (
    seq INTEGER PRIMARY KEY, channel TEXT NOT NULL, ts INTEGER NOT NULL, value REAL,
    status INTEGER NOT NULL DEFAULT 0);
  CREATE TABLE IF NOT EXISTS dropped (from_seq INTEGER PRIMARY KEY, to_seq INTEGER NOT NULL);
`;

/**
 * The SQLite outbox. Synchronous API: better-sqlite3 calls take microseconds.
 *
 * The figures `stats()` reports are kept in memory (read from the file once, on open, and
 * updated by every append, ack, thinning and rejection) rather than counted per call: the
 * uplink reports them with every batch, and a `count(*)` over a backlog of a million readings
 * three times per batch was a fifth of the drain time. Only this process writes the file
 * (`brewpit-edge status` reads the status file or opens its own instance), so the counters
 * cannot go stale.
 */
export class Outbox {
  readonly db: Database.Database;
  private nextSeq: number;
  private readonly stmt;
  private fullEpisode: { lost: number } | undefined;
  /** Rows in `readings`. */
  private rows: number;
  private lastAck: number;
  private droppedTotal: number;
  private lostTotal: number;
  /** Sum of the pending dropped ranges; `undefined` after a change, recounted on demand. */
  private droppedPending: number | undefined;
  private readonly pageSize: number;

  private constructor(
    db: Database.Database,
    readonly path: string,
    readonly maxBytes: number,
    private readonly log: Logger,
  ) {
    this.db = db;
    db.exec(SCHEMA);
    this.stmt = {
      insert: db.prepare(
        'INSERT INTO readings (seq, channel, ts, value, status) VALUES (?, ?, ?, ?, ?)',
      ),
      getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ),
      // Rows as arrays: a drain reads a million of them, and keyed row objects cost a third more.
      peek: db
        .prepare<[number, number], RawRow>(
          'SELECT seq, channel, ts, value, status FROM readings WHERE seq > ? ORDER BY seq LIMIT ?',
        )
        .raw(true),
      deleteUpTo: db.prepare('DELETE FROM readings WHERE seq <= ?'),
      deleteDroppedUpTo: db.prepare('DELETE FROM dropped WHERE to_seq <= ?'),
      clipDropped: db.prepare('UPDATE dropped SET from_seq = ? WHERE from_seq <= ? AND to_seq > ?'),
      droppedAfter: db.prepare<[number, number, number], { from: number; to: number }>(
        'SELECT from_seq AS "from", to_seq AS "to" FROM dropped WHERE to_seq > ? AND from_seq <= ? ORDER BY from_seq LIMIT ?',
      ),
      droppedSum: db.prepare<[], { n: number | null }>(
        'SELECT sum(to_seq - from_seq + 1) AS n FROM dropped',
      ),
      depth: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM readings'),
      oldest: db.prepare<[], { ts: number }>('SELECT ts FROM readings ORDER BY seq LIMIT 1'),
      pageCount: db.prepare<[], { page_count: number }>('PRAGMA page_count'),
      freelist: db.prepare<[], { freelist_count: number }>('PRAGMA freelist_count'),
    };
    const stored = this.meta('next_seq');
    this.nextSeq = stored ? Number(stored) : 1;
    if (!stored) this.setMeta('next_seq', '1');
    this.rows = this.stmt.depth.get()?.n ?? 0;
    this.lastAck = Number(this.meta('last_ack_seq') ?? 0);
    this.droppedTotal = Number(this.meta('dropped_total') ?? 0);
    this.lostTotal = Number(this.meta('lost_total') ?? 0);
    this.pageSize = Number(db.pragma('page_size', { simple: true }));
  }

  /** Opens (or creates) the outbox at `path`, bounded to `maxBytes` of database pages. */
  static open(path: string, maxBytes: number, log: Logger = silentLogger()): Outbox {
    let db: Database.Database;
    try {
      db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
      db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
      db.pragma('busy_timeout = 5000'); // `brewpit-edge status` may read while we write
    } catch (err) {
      throw new OutboxError(
        'outbox_open_failed',
        `Failed to open outbox '${path}': ${errorMessage(err)}`,
        { cause: err },
      );
    }
    return new Outbox(db, path, maxBytes, log);
  }

  meta(key: string): string | undefined {
    return this.stmt.getMeta.get(key)?.value;
  }

  setMeta(key: string, value: string): void {
    this.stmt.setMeta.run(key, value);
  }

  /**
   * Appends readings in one transaction, numbering them from the persisted counter. On a
   * full disk (SQLITE_FULL) it thins and retries once; if that fails too the readings are
   * lost (counted in `lostTotal`, logged once per episode) and sampling goes on.
   */
  append(readings: readonly NewReading[]): OutboxReading[] {
    if (readings.length === 0) return [];
    let out: OutboxReading[];
    try {
      out = this.appendOnce(readings);
    } catch (err) {
      if (!isDiskFull(err)) throw err;
      try {
        // Fold the WAL back first: its pages are what a full disk most often is.
        this.db.pragma('wal_checkpoint(TRUNCATE)');
        this.thin(this.usedBytes() * 0.7);
        out = this.appendOnce(readings);
      } catch (err2) {
        if (!isDiskFull(err2)) throw err2;
        this.noteLost(readings.length);
        return [];
      }
    }
    this.checkBound();
    return out;
  }

  private appendOnce(readings: readonly NewReading[]): OutboxReading[] {
    const out: OutboxReading[] = [];
    this.db.transaction(() => {
      let seq = this.nextSeq;
      for (const r of readings) {
        this.stmt.insert.run(seq, r.channel, r.ts, r.value, STATUS_CODES.indexOf(r.status));
        out.push({ seq, ...r });
        seq++;
      }
      this.setMeta('next_seq', String(seq));
    })();
    this.nextSeq += readings.length;
    this.rows += readings.length;
    if (this.fullEpisode) {
      this.setMetaSafe('lost_total', String(this.lostTotal)); // its writes may have failed
      this.log.info(
        { lost: this.fullEpisode.lost },
        `Outbox writable again; ${this.fullEpisode.lost} readings were lost while the disk was full`,
      );
      this.fullEpisode = undefined;
    }
    return out;
  }

  private noteLost(n: number): void {
    this.lostTotal += n;
    this.setMetaSafe('lost_total', String(this.lostTotal));
    if (!this.fullEpisode) {
      this.fullEpisode = { lost: 0 };
      this.log.error(
        `Disk full: cannot append to outbox '${this.path}'; new readings are dropped until space frees`,
      );
    }
    this.fullEpisode.lost += n;
  }

  private setMetaSafe(key: string, value: string): void {
    try {
      this.setMeta(key, value);
    } catch {
      // The disk is full; the in-memory episode counter still reports the loss in the log.
    }
  }

  /** The oldest unsent readings after `afterSeq`, at most `limit`. */
  peek(limit: number, afterSeq = 0): OutboxReading[] {
    return this.stmt.peek.all(afterSeq, limit).map((r) => ({
      seq: r[0],
      channel: r[1],
      ts: r[2],
      value: r[3],
      status: STATUS_CODES[r[4]] ?? 'ok',
    }));
  }

  /**
   * Dropped ranges not yet acknowledged, oldest first, at most `limit`: those ending after
   * `afterSeq` and starting at or before `upToSeq` (by default all of them).
   */
  droppedRanges(limit: number, afterSeq = 0, upToSeq = Number.MAX_SAFE_INTEGER): DroppedRange[] {
    return this.stmt.droppedAfter.all(afterSeq, upToSeq, limit);
  }

  /**
   * Applies the hub's `ack_seq`: deletes readings and dropped ranges up to it. If the hub
   * went backwards (its store was reset), the seqs it lost are reported as dropped so its
   * contiguous seq can move on instead of waiting forever.
   */
  ack(ackSeq: number): number {
    const last = this.lastAck;
    let deleted = 0;
    this.db.transaction(() => {
      if (ackSeq < last) {
        const firstUnsent = this.peek(1)[0]?.seq ?? this.nextSeq;
        const to = Math.min(last, firstUnsent - 1);
        if (to > ackSeq) this.addDropped([{ from: ackSeq + 1, to }], false);
        this.log.warn(
          { ack_seq: ackSeq, last_ack_seq: last },
          'Hub acknowledged less than before (store reset?); reporting the difference as dropped',
        );
      }
      deleted = this.stmt.deleteUpTo.run(ackSeq).changes;
      const touched =
        this.stmt.deleteDroppedUpTo.run(ackSeq).changes +
        this.stmt.clipDropped.run(ackSeq + 1, ackSeq, ackSeq).changes;
      if (touched > 0) this.droppedPending = undefined;
      this.setMeta('last_ack_seq', String(ackSeq));
      this.setMeta('last_ack_at', String(Date.now()));
    })();
    this.rows -= deleted;
    this.lastAck = ackSeq;
    return deleted;
  }

  lastAckSeq(): number {
    return this.lastAck;
  }

  /** Readings waiting to be sent (kept in memory: O(1)). */
  get depth(): number {
    return this.rows;
  }

  /** Next seq to be assigned. */
  get next(): number {
    return this.nextSeq;
  }

  /** True until the first contact with the hub has checked the seq base (fresh outbox). */
  needsSeqSync(): boolean {
    return this.meta('seq_synced') !== '1';
  }

  /**
   * First contact of a fresh outbox: if the hub already holds seqs up to `hubAckSeq` (same
   * token, new SD card), shift every unsent reading and dropped range by it (none was sent
   * yet) and move the counter, so no seq collides with what the hub has. Persisted, once.
   */
  syncSeqBase(hubAckSeq: number): void {
    this.db.transaction(() => {
      if (hubAckSeq > 0) {
        // Two steps through negative seqs: a direct `seq + k` could collide mid-update.
        this.db.prepare('UPDATE readings SET seq = -(seq + ?)').run(hubAckSeq);
        this.db.prepare('UPDATE readings SET seq = -seq').run();
        this.db
          .prepare('UPDATE dropped SET from_seq = -(from_seq + ?), to_seq = to_seq + ?')
          .run(hubAckSeq, hubAckSeq);
        this.db.prepare('UPDATE dropped SET from_seq = -from_seq').run();
        this.nextSeq += hubAckSeq;
        this.setMeta('next_seq', String(this.nextSeq));
        this.setMeta('last_ack_seq', String(hubAckSeq));
      }
      this.setMeta('seq_synced', '1');
    })();
    if (hubAckSeq > 0) this.lastAck = hubAckSeq;
    if (hubAckSeq > 0) {
      this.log.warn(
        { offset: hubAckSeq },
        `Fresh outbox: the hub already holds seqs up to ${hubAckSeq}; renumbered unsent readings after it`,
      );
    }
  }

  /** Bytes of database pages in use (free pages are reused, so they do not count). */
  usedBytes(): number {
    const pages = this.stmt.pageCount.get()?.page_count ?? 0;
    const free = this.stmt.freelist.get()?.freelist_count ?? 0;
    return (pages - free) * this.pageSize;
  }

  /** Cheap enough to call per batch: counters from memory, the oldest row by primary key. */
  stats(): OutboxStats {
    this.droppedPending ??= this.stmt.droppedSum.get()?.n ?? 0;
    return {
      depth: this.rows,
      oldestTs: this.stmt.oldest.get()?.ts ?? null,
      nextSeq: this.nextSeq,
      lastAckSeq: this.lastAck,
      droppedTotal: this.droppedTotal,
      droppedPending: this.droppedPending,
      lostTotal: this.lostTotal,
      usedBytes: this.usedBytes(),
      maxBytes: this.maxBytes,
    };
  }

  /**
   * The size the outbox may grow to: `max_size`, or less when the disk has less free space
   * (keeping a reserve for the WAL), so thinning starts before writes fail, not after.
   */
  effectiveLimit(): number {
    let limit = this.maxBytes > 0 ? this.maxBytes : Infinity;
    try {
      const fs = statfsSync(dirname(this.path));
      limit = Math.min(limit, this.usedBytes() + fs.bavail * fs.bsize - DISK_RESERVE_BYTES);
    } catch {
      // No statfs for this path (e.g. in-memory tests): the configured bound alone applies.
    }
    return limit;
  }

  /** Thins when the bound (or the disk) is reached. */
  private checkBound(): void {
    const limit = this.effectiveLimit();
    if (this.usedBytes() <= limit) return;
    try {
      this.thin(Math.max(0, limit) * THIN_TARGET);
    } catch (err) {
      // Thinning needs a little space for its own WAL pages; the next append tries again.
      if (!isDiskFull(err)) throw err;
    }
  }

  /**
   * Seqs up to this one are in a request to the hub right now; thinning leaves them alone so
   * a reading is never both delivered and reported dropped.
   */
  inFlightUpTo = 0;

  /**
   * Stratified thinning down to about `targetBytes`: drops evenly spread ticks of the
   * oldest data (twice as many rows as must go, or everything), keeping the time span.
   * Every dropped seq is recorded as a range for the hub and counted in `dropped_total`.
   * Returns the number of readings dropped.
   */
  thin(targetBytes: number): number {
    const used = this.usedBytes();
    const depth = this.rows;
    if (depth < 3 || used <= targetBytes) return 0;
    const floor = this.inFlightUpTo;
    const eligible =
      this.db
        .prepare<[number], { n: number }>('SELECT count(*) AS n FROM readings WHERE seq > ?')
        .get(floor)?.n ?? 0;
    const needRows = Math.ceil(((used - targetBytes) / used) * depth);
    const windowRows = Math.min(eligible, needRows * 2);
    if (windowRows < 3) return 0;
    const windowEnd =
      this.db
        .prepare<[number, number], { seq: number }>(
          'SELECT seq FROM readings WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET ?',
        )
        .get(floor, windowRows - 1)?.seq ?? this.nextSeq;
    const ticks = this.db
      .prepare<[number, number], Tick & { lo: number; hi: number }>(
        'SELECT ts, count(*) AS rows, min(seq) AS lo, max(seq) AS hi FROM readings WHERE seq > ? AND seq <= ? GROUP BY ts ORDER BY ts',
      )
      .all(floor, windowEnd);
    const drop = planThinning(ticks, needRows);
    if (drop.length === 0) return 0;
    // A tick's rows were appended in one transaction, so its seqs form a narrow range: use the
    // primary key to find them instead of scanning for the timestamp.
    const seqsOf = this.db.prepare<[number, number, number], { seq: number }>(
      'SELECT seq FROM readings WHERE seq BETWEEN ? AND ? AND ts = ?',
    );
    const del = this.db.prepare('DELETE FROM readings WHERE seq BETWEEN ? AND ? AND ts = ?');
    let dropped = 0;
    let counted = 0;
    this.db.transaction(() => {
      const seqs: number[] = [];
      for (const i of drop) {
        const t = ticks[i]!;
        for (const r of seqsOf.all(t.lo, t.hi, t.ts)) seqs.push(r.seq);
        del.run(t.lo, t.hi, t.ts);
      }
      seqs.sort((a, b) => a - b);
      dropped = seqs.length;
      counted = this.addDropped(toRanges(seqs), true);
    })();
    this.rows -= dropped;
    this.droppedTotal += counted;
    this.log.warn(
      {
        dropped,
        window_rows: windowRows,
        used: formatSize(used),
        bound: formatSize(this.maxBytes),
      },
      `Outbox reached its size bound: thinned ${dropped} of the oldest ${windowRows} readings evenly across time`,
    );
    return dropped;
  }

  /**
   * Records dropped ranges, merging with neighbours; `count` adds them to `dropped_total` in
   * the file (the caller adds the returned number to the counter once its transaction commits).
   */
  private addDropped(ranges: readonly DroppedRange[], count: boolean): number {
    const before = this.db.prepare<[number], { from_seq: number; to_seq: number }>(
      'SELECT from_seq, to_seq FROM dropped WHERE to_seq = ?',
    );
    const after = this.db.prepare<[number], { to_seq: number }>(
      'SELECT to_seq FROM dropped WHERE from_seq = ?',
    );
    const delFrom = this.db.prepare('DELETE FROM dropped WHERE from_seq = ?');
    const ins = this.db.prepare('INSERT OR REPLACE INTO dropped (from_seq, to_seq) VALUES (?, ?)');
    let n = 0;
    for (const r of ranges) {
      let { from, to } = r;
      const prev = before.get(from - 1);
      if (prev) {
        from = prev.from_seq;
        delFrom.run(prev.from_seq);
      }
      const next = after.get(to + 1);
      if (next) {
        to = next.to_seq;
        delFrom.run(r.to + 1);
      }
      ins.run(from, to);
      n += r.to - r.from + 1;
    }
    this.droppedPending = undefined;
    if (count) this.setMeta('dropped_total', String(this.droppedTotal + n));
    return n;
  }

  /** Records readings the hub rejected as invalid: dropped (reported) and counted apart. */
  reject(seqs: readonly number[]): void {
    if (seqs.length === 0) return;
    const sorted = [...seqs].sort((a, b) => a - b);
    let deleted = 0;
    this.db.transaction(() => {
      const del = this.db.prepare('DELETE FROM readings WHERE seq = ?');
      for (const s of sorted) deleted += del.run(s).changes;
      this.addDropped(toRanges(sorted), false);
      this.setMeta(
        'rejected_total',
        String(Number(this.meta('rejected_total') ?? 0) + sorted.length),
      );
    })();
    this.rows -= deleted;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function isDiskFull(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC';
}
