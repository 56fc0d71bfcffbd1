import { MAX_CLOCK_SKEW_MS, type IngestBatch, type Reading } from '@brewpit/protocol';
import type { StoredReading } from '../bus.js';
import { checkReadings } from './batch-checks.js';
import type { ColdBlocks } from './cold/blocks.js';
import { ColdLookup } from './cold/compress.js';
import type { IngestResult, ReadingStore } from './contract.js';
import type { Db } from './db.js';
import { IngestRejected } from './errors.js';
import { ReadingRows, statusOf } from './reading-rows.js';
import { addToBucket, BUCKET_KEY, MINUTE, type Bucket, type PendingRollups } from './rollups.js';
import { SqliteSeqLedger } from './seq.js';

/** Readings, series and rollups. One batch is one transaction: all of it is stored or none. */
export class SqliteReadingStore implements ReadingStore {
  private readonly stmts;
  private readonly seqs: SqliteSeqLedger;
  private readonly rows: ReadingRows;
  /**
   * Test seams. `beforeCommit` runs inside the batch transaction after every row is written: the
   * crash test blocks there and is SIGKILLed, proving a batch is stored whole or not at all.
   */
  readonly hooks: { beforeCommit?: (result: IngestResult) => void } = {};

  constructor(
    private readonly db: Db,
    private readonly blocks: ColdBlocks,
    private readonly rollups: PendingRollups,
    seqGapLimit?: number,
  ) {
    this.seqs = new SqliteSeqLedger(db, seqGapLimit);
    this.rows = new ReadingRows(db);
    this.stmts = {
      device: db.prepare('SELECT ack_seq FROM devices WHERE id = ?'),
      seriesOf: db.prepare('SELECT key, id FROM series WHERE device_id = ?').raw(),
      upsertSeries:
        db.prepare(`INSERT INTO series (device_id, key, kind, unit, name, precision, created_at)
        VALUES (@device_id, @key, @kind, @unit, @name, @precision, @now)
        ON CONFLICT (device_id, key) DO UPDATE SET kind = excluded.kind, unit = excluded.unit,
          name = excluded.name, precision = excluded.precision`),
      // A latest value dated beyond the clock (stored before readings from the future were
      // refused) gives way to the next reading instead of staying "latest" until its date.
      last: db.prepare(`UPDATE series SET last_ts = @ts, last_value = @value, last_status = @status
        WHERE id = @id AND (last_ts IS NULL OR last_ts <= @ts OR last_ts > @future)`),
      ack: db.prepare(`UPDATE devices SET ack_seq = ?, dropped_total = dropped_total + ?, last_seen = ?,
        boot_id = ?, status_json = COALESCE(?, status_json) WHERE id = ?`),
    };
  }

  /** Channels the hub already knows for a device, by key. */
  seriesIds(deviceId: string): Map<string, number> {
    return new Map(this.stmts.seriesOf.all(deviceId) as [string, number][]);
  }

  /**
   * Stores a validated batch in one transaction and returns the new acknowledgement. A seq at
   * or below the acknowledgement, or in a range already stored, is a resend and is skipped, so
   * the same batch sent any number of times is stored once.
   */
  ingest(deviceId: string, batch: IngestBatch, now = Date.now()): IngestResult {
    return this.db.transaction(() => this.ingestTx(deviceId, batch, now))();
  }

  ingestWithin(deviceId: string, batch: IngestBatch, now = Date.now()): IngestResult {
    // Without a transaction each statement would commit alone and a refusal halfway would
    // leave half a batch stored.
    if (!this.db.inTransaction) throw new Error('ingestWithin needs a transaction');
    return this.ingestTx(deviceId, batch, now);
  }

  private ingestTx(deviceId: string, batch: IngestBatch, now: number): IngestResult {
    const dev = this.stmts.device.get(deviceId) as { ack_seq: number } | undefined;
    if (!dev)
      throw new IngestRejected('Unknown device', [
        { path: '/', message: 'device no longer exists' },
      ]);
    checkReadings(batch.readings, now);
    const seqs = this.seqs.open(
      deviceId,
      dev.ack_seq,
      batch.readings.map((r) => r.seq),
      batch.dropped ?? [],
    );
    const ids = this.channelIds(deviceId, batch, now);
    const stored: StoredReading[] = [];
    const newSeqs: number[] = [];
    const latest = new Map<number, Reading>();
    const m1 = new Map<number, Bucket>();
    let duplicates = 0;
    const repeated = repeatDetector(batch.readings);
    // Cold storage: a late reading whose timestamp a compressed block holds is a collision too.
    const cold = new ColdLookup(this.blocks);
    const rows = this.rows;
    rows.start(ids, batch.readings.length);
    const readings = batch.readings;
    for (let i = 0; i < readings.length; i++) {
      const r = readings[i]!;
      // A seq repeated inside the batch is a duplicate as much as one stored earlier.
      if (repeated(r.seq, i) || seqs.known(r.seq)) {
        duplicates++;
        continue;
      }
      newSeqs.push(r.seq);
      rows.add(r, i, cold);
    }
    rows.flush();
    const collisions = rows.collisions;
    rows.forEachInserted(readings, (r, sid, status) => {
      stored.push({ seriesId: sid, channel: r.channel, ts: r.ts, value: r.value, status });
      const prev = latest.get(sid);
      if (!prev || prev.ts <= r.ts) latest.set(sid, r);
      if (status === 'ok' && r.value !== null)
        addToBucket(m1, sid * BUCKET_KEY + Math.floor(r.ts / MINUTE), r.ts, r.value);
    });
    this.rollups.add(deviceId, m1);
    for (const [id, r] of latest)
      this.stmts.last.run({
        id,
        ts: r.ts,
        value: r.value,
        status: statusOf(r),
        future: now + MAX_CLOCK_SKEW_MS,
      });
    const { ack: ackSeq, dropped: droppedCount } = seqs.commit(newSeqs);
    this.stmts.ack.run(
      ackSeq,
      droppedCount,
      now,
      batch.boot_id,
      batch.status ? JSON.stringify(batch.status) : null,
      deviceId,
    );
    const result = { ackSeq, stored, duplicates, collisions, channels: batch.channels ?? [] };
    this.hooks.beforeCommit?.(result);
    return result;
  }

  /** Upserts the batch's announced channels; the device's series ids by channel key. */
  private channelIds(deviceId: string, batch: IngestBatch, now: number): Map<string, number> {
    for (const ch of batch.channels ?? []) {
      this.stmts.upsertSeries.run({
        device_id: deviceId,
        ...ch,
        precision: ch.precision ?? null,
        now,
      });
    }
    const ids = this.seriesIds(deviceId);
    const unknown = batch.readings.findIndex((r) => !ids.has(r.channel));
    if (unknown >= 0) {
      const r = batch.readings[unknown]!;
      throw new IngestRejected(`Unknown channel '${r.channel}'`, [
        {
          path: `/readings/${unknown}/channel`,
          message: `channel '${r.channel}' was never announced in 'channels'`,
        },
      ]);
    }
    return ids;
  }
}

/**
 * Whether the seq of reading `i` was already in readings 0…i-1. An edge sends its seqs in
 * increasing order, so a seq above every earlier one needs no set: the set of seen seqs is
 * only built (from the readings before) when a batch first goes backwards.
 */
function repeatDetector(readings: readonly Reading[]): (seq: number, i: number) => boolean {
  let highest = -Infinity;
  let seen: Set<number> | null = null;
  return (seq, i) => {
    if (seen) {
      if (seen.has(seq)) return true;
      seen.add(seq);
      return false;
    }
    if (seq > highest) {
      highest = seq;
      return false;
    }
    seen = new Set(readings.slice(0, i).map((r) => r.seq));
    if (seen.has(seq)) return true;
    seen.add(seq);
    return false;
  };
}
