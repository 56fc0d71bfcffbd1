import type { ColdBlocks } from './cold/blocks.js';
import type { MaintenanceStore } from './contract.js';
import type { Db } from './db.js';

const HOUR = 3_600_000;
/** Cold blocks deleted per retention step (a block is one row, up to 4,096 readings). */
const PRUNE_BLOCKS = 8;

/** SQLite's default: checkpoint when the WAL passes 1000 pages. */
const DEFAULT_AUTOCHECKPOINT = 1000;

/**
 * Housekeeping that keeps the store bounded: raw readings past retention, hot or compressed
 * (rollups stay, so old sessions keep their charts; sessions marked `keep` keep everything),
 * expired pairing codes, WAL checkpoints.
 */
export class SqliteMaintenance implements MaintenanceStore {
  private readonly stmts;
  private held = false;
  /** The connection's automatic checkpoint threshold when no backup holds it; 0 when delegated. */
  private autoPages = DEFAULT_AUTOCHECKPOINT;

  constructor(
    private readonly db: Db,
    private readonly blocks: ColdBlocks,
  ) {
    this.stmts = {
      series: db.prepare('SELECT id FROM series ORDER BY id').pluck(),
      // Deletes the oldest `n` raw rows of one series in [from, to), walking the primary key.
      pruneChunk:
        db.prepare(`DELETE FROM readings WHERE series_id = @s AND ts >= @from AND ts < @to AND ts <= COALESCE(
        (SELECT ts FROM readings WHERE series_id = @s AND ts >= @from AND ts < @to ORDER BY ts LIMIT 1 OFFSET @n), @to)`),
      blocksIn: db
        .prepare(
          'SELECT id, n, length(data) FROM cold_blocks WHERE series_id = ? AND t0 >= ? AND t1 < ? ORDER BY t0 LIMIT ?',
        )
        .raw(),
      deleteBlock: db.prepare('DELETE FROM cold_blocks WHERE id = ?'),
      // Saved bytes go down in proportion to the readings that go: they were measured per step.
      unaccount: db.prepare(`UPDATE cold_series SET blocks = blocks - @blocks,
        saved_bytes = CASE WHEN readings > 0 THEN saved_bytes - saved_bytes * @readings / readings ELSE 0 END,
        readings = readings - @readings, bytes = bytes - @bytes WHERE series_id = @s`),
      kept: db.prepare(`SELECT s.started_at, s.ended_at FROM sessions s
        JOIN session_channels c ON c.session_id = s.id
        WHERE c.series_id = ? AND s.keep = 1 ORDER BY s.started_at`),
      gone: db
        .prepare('SELECT from_ts, to_ts FROM raw_gone WHERE series_id = ? ORDER BY from_ts')
        .raw(),
      clearGone: db.prepare('DELETE FROM raw_gone WHERE series_id = ?'),
      addGone: db.prepare('INSERT INTO raw_gone (series_id, from_ts, to_ts) VALUES (?, ?, ?)'),
      prunePairings: db.prepare('DELETE FROM pairings WHERE expires_at < ?'),
    };
  }

  /** Ids of every series, for a retention pass to walk. */
  seriesIds(): number[] {
    return this.stmts.series.all() as number[];
  }

  /**
   * Marks the raw readings of a series before `cutoff` as gone, except over the whole hours of
   * its sessions marked `keep`, and returns the ranges it marked. The marks are merged with the
   * earlier ones and written before any row is deleted.
   */
  markRetention(seriesId: number, cutoff: number, now = Date.now()): [number, number][] {
    const kept = (
      this.stmts.kept.all(seriesId) as { started_at: number; ended_at: number | null }[]
    ).map(({ started_at, ended_at }): [number, number] => [
      Math.floor(started_at / HOUR) * HOUR,
      Math.ceil(((ended_at ?? Math.max(now, started_at)) + 1) / HOUR) * HOUR,
    ]);
    const marked = subtract([0, cutoff], kept);
    if (!marked.length) return marked;
    this.db.transaction(() => {
      const all = union([...(this.stmts.gone.all(seriesId) as [number, number][]), ...marked]);
      this.stmts.clearGone.run(seriesId);
      for (const [a, b] of all) this.stmts.addGone.run(seriesId, a, b);
    })();
    return marked;
  }

  /** Deletes up to `n` hot rows of a series in [from, to), else a few whole cold blocks there. */
  pruneRawChunk(seriesId: number, from: number, to: number, n: number): number {
    const hot = this.stmts.pruneChunk.run({ s: seriesId, from, to, n: n - 1 }).changes;
    if (hot > 0) return hot;
    return this.db.transaction(() => {
      const rows = this.stmts.blocksIn.all(seriesId, from, to, PRUNE_BLOCKS) as [
        number,
        number,
        number,
      ][];
      let readings = 0;
      let bytes = 0;
      for (const [id, count, size] of rows) {
        this.stmts.deleteBlock.run(id);
        readings += count;
        bytes += size;
      }
      if (rows.length)
        this.stmts.unaccount.run({ s: seriesId, blocks: rows.length, readings, bytes });
      this.blocks.forget(rows.map((r) => r[0]));
      return readings;
    })();
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
    this.held = true;
    this.db.pragma('wal_autocheckpoint = 0');
    return this.checkpoint('TRUNCATE').busy === 0;
  }

  releaseCheckpoints(): void {
    this.held = false;
    this.db.pragma(`wal_autocheckpoint = ${this.autoPages}`);
  }

  /** Whether a backup in progress holds the file still. */
  checkpointsHeld(): boolean {
    return this.held;
  }

  delegateCheckpoints(walLimitBytes: number): void {
    this.autoPages = 0;
    this.db.pragma(`journal_size_limit = ${walLimitBytes}`);
    this.db.pragma('wal_autocheckpoint = 0');
  }

  releaseDelegation(): void {
    this.autoPages = DEFAULT_AUTOCHECKPOINT;
    if (!this.held) this.db.pragma(`wal_autocheckpoint = ${this.autoPages}`);
  }

  fileName(): string | null {
    return this.db.memory ? null : this.db.name;
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

/** [a, b) minus the given ranges (sorted by start), as sorted disjoint ranges. */
function subtract([a, b]: [number, number], holes: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let at = a;
  for (const [h0, h1] of holes) {
    if (h1 <= at || h0 >= b) continue;
    if (h0 > at) out.push([at, h0]);
    at = Math.max(at, h1);
  }
  if (at < b) out.push([at, b]);
  return out;
}

/** Sorted disjoint ranges covering the given ones (touching ranges joined). */
function union(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
