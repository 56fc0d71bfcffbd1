import type { MaintenanceStore } from './contract.js';
import type { Db } from './db.js';

/** SQLite's default: checkpoint when the WAL passes 1000 pages. */
const DEFAULT_AUTOCHECKPOINT = 1000;

/**
 * Housekeeping that keeps the store bounded: raw readings past retention (rollups stay, so old
 * sessions keep their charts), expired pairing codes, WAL checkpoints.
 */
export class SqliteMaintenance implements MaintenanceStore {
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      series: db.prepare('SELECT id FROM series ORDER BY id').pluck(),
      // Deletes the oldest `n` raw rows of one series below the cut-off, walking the primary key.
      pruneChunk:
        db.prepare(`DELETE FROM readings WHERE series_id = @s AND ts < @cutoff AND ts <= COALESCE(
        (SELECT ts FROM readings WHERE series_id = @s AND ts < @cutoff ORDER BY ts LIMIT 1 OFFSET @n), @cutoff)`),
      rawFrom: db.prepare("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'raw_from'").pluck(),
      setRawFrom: db.prepare(
        "INSERT INTO meta (key, value) VALUES ('raw_from', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ),
      prunePairings: db.prepare('DELETE FROM pairings WHERE expires_at < ?'),
    };
  }

  /** Ids of every series, for a retention pass to walk. */
  seriesIds(): number[] {
    return this.stmts.series.all() as number[];
  }

  /**
   * Marks raw data before `cutoff` as gone (history reads rollups there from now on). The mark
   * only moves forward and is set before any row is deleted, so no query sees half-deleted raw
   * data as complete.
   */
  markRawFrom(cutoff: number): void {
    const cur = (this.stmts.rawFrom.get() as number | undefined) ?? 0;
    if (cutoff > cur) this.stmts.setRawFrom.run(String(cutoff));
  }

  /** Deletes up to `n` raw readings of one series older than `cutoff`; returns how many. */
  pruneRawChunk(seriesId: number, cutoff: number, n: number): number {
    return this.stmts.pruneChunk.run({ s: seriesId, cutoff, n: n - 1 }).changes;
  }

  /** Deletes pairing codes that expired before `before`. */
  prunePairings(before: number): number {
    return this.stmts.prunePairings.run(before).changes;
  }

  /**
   * Folds the WAL into the database file and switches automatic checkpoints off: while the
   * Supervisor copies the file it does not change, and new batches land in the WAL, whose
   * committed frames SQLite replays after a restore.
   */
  holdCheckpoints(): boolean {
    this.db.pragma('wal_autocheckpoint = 0');
    return this.checkpoint('TRUNCATE').busy === 0;
  }

  releaseCheckpoints(): void {
    this.db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT}`);
  }

  /** Whether automatic checkpoints are switched off (a backup in progress holds the file still). */
  checkpointsHeld(): boolean {
    return (this.db.pragma('wal_autocheckpoint', { simple: true }) as number) === 0;
  }

  /** Folds the WAL into the database file; TRUNCATE also shrinks the WAL file to zero. */
  checkpoint(mode: 'PASSIVE' | 'TRUNCATE' = 'TRUNCATE'): {
    busy: number;
    log: number;
    checkpointed: number;
  } {
    const [row] = this.db.pragma(`wal_checkpoint(${mode})`) as {
      busy: number;
      log: number;
      checkpointed: number;
    }[];
    return row ?? { busy: 0, log: 0, checkpointed: 0 };
  }
}
