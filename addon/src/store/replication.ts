import { SqliteChangeLog, type Change, type ChangePage } from './changelog.js';
import type { Importer, ReplicationStore } from './contract-replication.js';
import type { Db } from './db.js';
import type { HourlyRollupCache } from './hour-cache.js';
import { SqliteImporter } from './import.js';
import type { PendingRollups } from './rollups.js';
import { exportSnapshot } from './snapshot.js';

/** Where a replica keeps its source's cursor (in `replica_state`, never replicated). */
const CURSOR_KEY = 'source_cursor';

/** The SQLite engine of `ReplicationStore`. */
export class SqliteReplicationStore implements ReplicationStore {
  readonly log: SqliteChangeLog;

  constructor(
    private readonly db: Db,
    private readonly hours: HourlyRollupCache,
    // A copy carries the rollups whole: what waits is merged before the log is read.
    private readonly rollups: PendingRollups,
  ) {
    this.log = new SqliteChangeLog(db);
  }

  head(): number {
    return this.log.head();
  }

  arm(): number {
    return this.log.arm();
  }

  armed(): boolean {
    return this.log.armed();
  }

  changes(cursor: number, limit: number): ChangePage {
    this.rollups.settle();
    return this.log.page(cursor, limit);
  }

  trim(keep: number): number {
    return this.log.trim(keep);
  }

  exportLines(hubVersion: string): AsyncGenerator<string> {
    // Armed (and committed) before the snapshot's read transaction starts: every change the
    // snapshot misses is then logged with an id above the cursor it reads, every change it
    // holds with one at or below it, so the cursor is exact.
    this.log.arm();
    // The snapshot reads on a connection of its own: it sees the rollup tables, not what waits.
    this.rollups.settle();
    return exportSnapshot(this.db, hubVersion);
  }

  importer(): Importer {
    const imp = new SqliteImporter(this.db, this.log);
    return {
      isEmpty: () => imp.isEmpty(),
      wipe: () => {
        imp.wipe();
        this.hours.clear();
      },
      line: (v) => imp.line(v),
      finish: (then) => {
        // Every table was written behind the charts' cache of hourly rollups.
        this.hours.clear();
        return imp.finish((r) => {
          this.log.setState(CURSOR_KEY, String(r.cursor));
          then?.(r);
        });
      },
    };
  }

  applyChanges(changes: readonly Change[], cursor: number): void {
    // The charts' cache of hourly rollups forgets what the source changed, before it is written.
    for (const c of changes) {
      if (c.table === 'rollups_1h')
        this.hours.forget(Number(c.row['series_id']), Number(c.row['bucket']));
      else if (c.table === 'series' && c.op === 'd') this.hours.forgetSeries(Number(c.row['id']));
    }
    this.log.applyChanges(changes, CURSOR_KEY, cursor);
  }

  replicaCursor(): number | null {
    const v = this.log.state(CURSOR_KEY);
    return v === null ? null : Number(v);
  }
}
