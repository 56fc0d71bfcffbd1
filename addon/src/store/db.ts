import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from './migrations.js';

/** The raw database handle; only modules under `store/` use it. */
export type Db = Database.Database;

/** How a store file is opened. */
export interface OpenOptions {
  /**
   * Page cache size in pages; by default 64 MiB. The crash test sets a tiny cache so SQLite
   * spills uncommitted pages into the WAL before the kill.
   */
  cachePages?: number;
  /**
   * Pending seq ranges a device may leave open before a batch that opens more is refused (409);
   * `DEFAULT_SEQ_GAP_LIMIT` by default.
   */
  seqGapLimit?: number;
}

/**
 * Opens (creating if needed) the hub's SQLite file and brings its schema up to date.
 * WAL lets history queries read while ingest writes. `synchronous = FULL` fsyncs the WAL at
 * every commit: the edge deletes a reading as soon as the hub acknowledges it, so an
 * acknowledged batch must survive power loss, not only a process crash. One fsync per batch
 * (not per reading) keeps that affordable.
 */
export function openDb(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma(`cache_size = ${options.cachePages ?? -65536}`);
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let i = current; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i]!);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}
