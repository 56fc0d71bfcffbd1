import { SqliteChangeLog, type Change, type ChangePage } from './changelog.js';
import type { Importer, ReplicationStore } from './contract-replication.js';
import type { Db } from './db.js';
import { SqliteImporter } from './import.js';
import { exportSnapshot } from './snapshot.js';

/** Where a replica keeps its source's cursor (in `replica_state`, never replicated). */
const CURSOR_KEY = 'source_cursor';

/** The SQLite engine of `ReplicationStore`. */
export class SqliteReplicationStore implements ReplicationStore {
  readonly log: SqliteChangeLog;

  constructor(private readonly db: Db) {
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
    return exportSnapshot(this.db, hubVersion);
  }

  importer(): Importer {
    const imp = new SqliteImporter(this.db, this.log);
    return {
      isEmpty: () => imp.isEmpty(),
      wipe: () => imp.wipe(),
      line: (v) => imp.line(v),
      finish: (then) =>
        imp.finish((r) => {
          this.log.setState(CURSOR_KEY, String(r.cursor));
          then?.(r);
        }),
    };
  }

  applyChanges(changes: readonly Change[], cursor: number): void {
    this.log.applyChanges(changes, CURSOR_KEY, cursor);
  }

  replicaCursor(): number | null {
    const v = this.log.state(CURSOR_KEY);
    return v === null ? null : Number(v);
  }
}
