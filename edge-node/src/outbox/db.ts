import Database from 'better-sqlite3';
import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { EdgeError, errorMessage } from '../errors.js';

/**
 * The outbox file. Durability policy: WAL with `synchronous = FULL`. Each commit fsyncs the
 * WAL, so a reading whose append returned survives kill -9 *and* power loss. NORMAL would be
 * cheaper but a power cut could roll back the last commits including the `next_seq` counter,
 * after readings with those seqs had already reached the hub; the next readings would then
 * reuse the seqs and the hub would discard them as resends — silent loss. The cost is one
 * fsync per sample tick (all channels of a tick go in one transaction) and one per
 * acknowledged batch: about one small sequential WAL write a second, which an SD card handles
 * for years (the data is written anyway; FULL only adds the flush). The WAL is checkpointed
 * automatically and truncated to {@link WAL_SIZE_LIMIT} so it cannot eat the card.
 */
const WAL_SIZE_LIMIT = 4 * 1024 * 1024;
/**
 * Checkpoint the WAL every 100 pages (~400 kB) instead of SQLite's 1000: on a nearly full
 * card a 4 MB WAL would take the space the readings need, and thinning could free nothing.
 */
const WAL_AUTOCHECKPOINT_PAGES = 100;
/** Free space kept for the WAL and thinning's own writes: twice the WAL between checkpoints. */
const DISK_RESERVE_BYTES = 2 * WAL_AUTOCHECKPOINT_PAGES * 4096;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS readings (
    seq INTEGER PRIMARY KEY, channel TEXT NOT NULL, ts INTEGER NOT NULL, value REAL,
    status INTEGER NOT NULL DEFAULT 0);
  CREATE TABLE IF NOT EXISTS dropped (from_seq INTEGER PRIMARY KEY, to_seq INTEGER NOT NULL);
`;

/** Thrown when the outbox file cannot be opened or is not an outbox. */
class OutboxError extends EdgeError {}

/** Opens (or creates) the outbox file with the durability settings above and its tables. */
export function openOutboxDb(path: string): Database.Database {
  try {
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    db.pragma('busy_timeout = 5000'); // `brewpit-edge status` may read while we write
    db.exec(SCHEMA);
    return db;
  } catch (err) {
    throw new OutboxError(
      'outbox_open_failed',
      `Failed to open outbox '${path}': ${errorMessage(err)}`,
      { cause: err },
    );
  }
}

/** Whether an SQLite error means the disk (or the card) is full. */
export function isDiskFull(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC';
}

/**
 * Moves every unsent reading and dropped range up by `offset` (a fresh outbox renumbered after
 * the seqs the hub already holds). Call inside a transaction.
 */
export function renumber(db: Database.Database, offset: number): void {
  // Two steps through negative seqs: a direct `seq + k` could collide mid-update.
  db.prepare('UPDATE readings SET seq = -(seq + ?)').run(offset);
  db.prepare('UPDATE readings SET seq = -seq').run();
  db.prepare('UPDATE dropped SET from_seq = -(from_seq + ?), to_seq = to_seq + ?').run(
    offset,
    offset,
  );
  db.prepare('UPDATE dropped SET from_seq = -from_seq').run();
}

/**
 * Bytes the outbox at `path` may still grow by on its disk, keeping a reserve for the WAL;
 * unlimited where the file system says nothing (e.g. in-memory tests).
 */
export function spaceLeft(path: string): number {
  try {
    const fs = statfsSync(dirname(path));
    return fs.bavail * fs.bsize - DISK_RESERVE_BYTES;
  } catch {
    return Infinity;
  }
}
