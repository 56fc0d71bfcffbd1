// The hub's and the edge node's SQLite files read straight from disk (read-only; WAL readers do
// not disturb a running process): what each side says it holds, for the exactly-once checks.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** What an edge outbox file says about the seqs it assigned. */
export interface OutboxAccount {
  /** Highest seq ever assigned (next_seq - 1). */
  lastSeq: number;
  lastAckSeq: number;
  unsent: number;
  minUnsent: number | null;
  maxUnsent: number | null;
  /** Dropped ranges not yet acknowledged by the hub. */
  droppedPending: number;
  droppedTotal: number;
  lostTotal: number;
  rejectedTotal: number;
}

export function readOutbox(path: string): OutboxAccount {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const meta = (k: string): number =>
      Number(
        (db.prepare('SELECT value FROM meta WHERE key = ?').get(k) as { value: string } | undefined)
          ?.value ?? 0,
      );
    const unsent = db
      .prepare('SELECT count(*) AS n, min(seq) AS lo, max(seq) AS hi FROM readings')
      .get() as {
      n: number;
      lo: number | null;
      hi: number | null;
    };
    const dropped = db
      .prepare('SELECT coalesce(sum(to_seq - from_seq + 1), 0) AS n FROM dropped')
      .get() as { n: number };
    return {
      lastSeq: Math.max(0, meta('next_seq') - 1),
      lastAckSeq: meta('last_ack_seq'),
      unsent: unsent.n,
      minUnsent: unsent.lo,
      maxUnsent: unsent.hi,
      droppedPending: dropped.n,
      droppedTotal: meta('dropped_total'),
      lostTotal: meta('lost_total'),
      rejectedTotal: meta('rejected_total'),
    };
  } finally {
    db.close();
  }
}

/** What the hub store holds for one device, read from its SQLite file (hub stopped or not: WAL readers are fine). */
export interface HubAccount {
  ackSeq: number;
  droppedTotal: number;
  stored: number;
  /** Per channel key: stored timestamps in ts order. */
  byChannel: Map<string, number[]>;
  /** (series, ts) pairs stored more than once: must be 0 (the schema should forbid it). */
  duplicateTs: number;
}

export function readHub(dataDir: string, deviceId: string): HubAccount {
  const db = new Database(join(dataDir, 'brewpit.db'), { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const dev = db
      .prepare('SELECT ack_seq, dropped_total FROM devices WHERE id = ?')
      .get(deviceId) as { ack_seq: number; dropped_total: number } | undefined;
    assert.ok(dev, `device ${deviceId} is in the hub store`);
    const rows = db
      .prepare(
        'SELECT s.key AS key, r.ts AS ts FROM readings r JOIN series s ON s.id = r.series_id WHERE s.device_id = ? ORDER BY s.key, r.ts',
      )
      .raw()
      .all(deviceId) as [string, number][];
    const byChannel = new Map<string, number[]>();
    let duplicateTs = 0;
    for (const [key, ts] of rows) {
      const list = byChannel.get(key) ?? byChannel.set(key, []).get(key)!;
      if (list.length && list[list.length - 1] === ts) duplicateTs++;
      list.push(ts);
    }
    return {
      ackSeq: dev.ack_seq,
      droppedTotal: dev.dropped_total,
      stored: rows.length,
      byChannel,
      duplicateTs,
    };
  } finally {
    db.close();
  }
}

/** How many readings the hub store in `dataDir` holds (any device). */
export function countReadings(dataDir: string): number {
  const db = new Database(join(dataDir, 'brewpit.db'), { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return db.prepare('SELECT count(*) FROM readings').pluck().get() as number;
  } finally {
    db.close();
  }
}
