import type Database from 'better-sqlite3';
import type { DroppedRange } from '@brewpit/protocol';
import type { Logger } from '../log.js';
import { silentLogger } from '../log.js';
import { formatSize } from '../config/units.js';
import { isDiskFull, openOutboxDb, renumber, spaceLeft } from './db.js';
import { STATUS_CODES, type NewReading, type OutboxReading, type OutboxStats } from './types.js';
import { WireReader, type WireForm, type WireSlice } from './wire.js';
import { DroppedLedger } from './ledger.js';
import { deleteThinned, toRanges } from './thinning.js';

export type { NewReading, OutboxReading, OutboxStats } from './types.js';

/**
 * The outbox: every reading is appended here with its `seq` before anything is sent, and
 * deleted only when the hub has acknowledged it. Durability: see `db.ts`.
 */

/** After thinning, usage drops to this fraction of the bound so thinning runs rarely. */
const THIN_TARGET = 0.8;

/** `seq, channel, ts, value, status` of one row. */
type RawRow = [number, string, number, number | null, number];

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
  private rejectedTotal: number;
  private lostTotal: number;
  private readonly dropped: DroppedLedger;
  private wireReader: WireReader | undefined;
  private readonly pageSize: number;

  private constructor(
    db: Database.Database,
    readonly path: string,
    readonly maxBytes: number,
    private readonly log: Logger,
  ) {
    this.db = db;
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
    this.rejectedTotal = Number(this.meta('rejected_total') ?? 0);
    this.lostTotal = Number(this.meta('lost_total') ?? 0);
    this.pageSize = Number(db.pragma('page_size', { simple: true }));
    this.dropped = new DroppedLedger(db);
  }

  /** Opens (or creates) the outbox at `path`, bounded to `maxBytes` of database pages. */
  static open(path: string, maxBytes: number, log: Logger = silentLogger()): Outbox {
    return new Outbox(openOutboxDb(path), path, maxBytes, log);
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
   * The oldest unsent readings after `afterSeq` and below `beforeSeq`, at most `limit`, as the
   * JSON array a batch carries or as columns (see `wire.ts`).
   */
  wire(
    limit: number,
    afterSeq = 0,
    beforeSeq = Number.MAX_SAFE_INTEGER,
    form: WireForm = 'json',
  ): WireSlice {
    this.wireReader ??= new WireReader(this.db);
    return this.wireReader.read(limit, afterSeq, beforeSeq, form);
  }

  /**
   * Dropped ranges not yet acknowledged, oldest first, at most `limit`: those ending after
   * `afterSeq` and starting at or before `upToSeq` (by default all of them).
   */
  droppedRanges(limit: number, afterSeq = 0, upToSeq = Number.MAX_SAFE_INTEGER): DroppedRange[] {
    return this.dropped.list(limit, afterSeq, upToSeq);
  }

  /**
   * Applies the hub's `ack_seq`: deletes readings and dropped ranges up to it. If the hub
   * went backwards (its store was reset), the seqs it lost are reported as dropped so its
   * contiguous seq can move on instead of waiting forever.
   *
   * An ordinary ack commits without its own fsync (`synchronous = NORMAL` for it): the next
   * append's fsync covers it, as the WAL is written in order, and a power cut that loses it
   * only makes the node resend readings the hub then recognises. A draining node acknowledges
   * 200 batches per million readings, each fsync blocking the loop that keeps two requests in
   * flight.
   */
  ack(ackSeq: number): number {
    const last = this.lastAck;
    let deleted = 0;
    const relaxed = ackSeq >= last;
    if (relaxed) this.db.pragma('synchronous = NORMAL');
    try {
      deleted = this.applyAck(ackSeq, last);
    } finally {
      if (relaxed) this.db.pragma('synchronous = FULL');
    }
    this.rows -= deleted;
    this.lastAck = ackSeq;
    return deleted;
  }

  private applyAck(ackSeq: number, last: number): number {
    let deleted = 0;
    this.db.transaction(() => {
      if (ackSeq < last) {
        const firstUnsent = this.peek(1)[0]?.seq ?? this.nextSeq;
        const to = Math.min(last, firstUnsent - 1);
        if (to > ackSeq) this.dropped.add([{ from: ackSeq + 1, to }]);
        this.log.warn(
          { ack_seq: ackSeq, last_ack_seq: last },
          'Hub acknowledged less than before (store reset?); reporting the difference as dropped',
        );
      }
      deleted = this.stmt.deleteUpTo.run(ackSeq).changes;
      this.dropped.acknowledge(ackSeq);
      this.setMeta('last_ack_seq', String(ackSeq));
      this.setMeta('last_ack_at', String(Date.now()));
    })();
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
        renumber(this.db, hubAckSeq);
        this.nextSeq += hubAckSeq;
        this.setMeta('next_seq', String(this.nextSeq));
        this.setMeta('last_ack_seq', String(hubAckSeq));
      }
      this.setMeta('seq_synced', '1');
    })();
    if (hubAckSeq <= 0) return;
    this.lastAck = hubAckSeq;
    this.log.warn(
      { offset: hubAckSeq },
      `Fresh outbox: the hub already holds seqs up to ${hubAckSeq}; renumbered unsent readings after it`,
    );
  }

  /** Bytes of database pages in use (free pages are reused, so they do not count). */
  usedBytes(): number {
    const pages = this.stmt.pageCount.get()?.page_count ?? 0;
    const free = this.stmt.freelist.get()?.freelist_count ?? 0;
    return (pages - free) * this.pageSize;
  }

  /** Cheap enough to call per batch: counters from memory, the oldest row by primary key. */
  stats(): OutboxStats {
    return {
      depth: this.rows,
      oldestTs: this.stmt.oldest.get()?.ts ?? null,
      nextSeq: this.nextSeq,
      lastAckSeq: this.lastAck,
      droppedTotal: this.droppedTotal,
      rejectedTotal: this.rejectedTotal,
      droppedPending: this.dropped.pending,
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
    const bound = this.maxBytes > 0 ? this.maxBytes : Infinity;
    return Math.min(bound, this.usedBytes() + spaceLeft(this.path));
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
    const needRows = Math.ceil(((used - targetBytes) / used) * depth);
    let dropped = 0;
    let windowRows = 0;
    this.db.transaction(() => {
      const thinned = deleteThinned(this.db, this.inFlightUpTo, needRows);
      windowRows = thinned.windowRows;
      dropped = thinned.seqs.length;
      if (dropped === 0) return;
      this.dropped.add(toRanges(thinned.seqs));
      this.setMeta('dropped_total', String(this.droppedTotal + dropped));
    })();
    if (dropped === 0) return 0;
    this.rows -= dropped;
    this.droppedTotal += dropped;
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

  /** Records readings the hub rejected as invalid: dropped (reported) and counted apart. */
  reject(seqs: readonly number[]): void {
    if (seqs.length === 0) return;
    const sorted = [...seqs].sort((a, b) => a - b);
    let deleted = 0;
    this.db.transaction(() => {
      const del = this.db.prepare('DELETE FROM readings WHERE seq = ?');
      for (const s of sorted) deleted += del.run(s).changes;
      this.dropped.add(toRanges(sorted));
      this.setMeta('rejected_total', String(this.rejectedTotal + sorted.length));
    })();
    this.rows -= deleted;
    this.rejectedTotal += sorted.length;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
