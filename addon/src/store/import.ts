import type { Change } from './changelog.js';
import { SqliteChangeLog } from './changelog.js';
import type { Db } from './db.js';
import { TABLE_ORDER } from './replicated.js';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportHeader } from './snapshot.js';

/** Rows written per transaction while importing: big enough to amortise the fsync. */
const BATCH = 20_000;

/** An export that cannot be imported (bad line, other format, truncated, hub not empty). */
export class ImportRefused extends Error {
  readonly code = 'import_refused';
}

/** What an import did. */
export interface ImportResult {
  cursor: number;
  counts: Record<string, number>;
}

/**
 * Loads an export (`snapshot.ts`) line by line into an empty store, `BATCH` rows a
 * transaction, so memory stays flat. The last line must be the export's end line with counts
 * that match what was read: a truncated export is refused rather than half taken for whole.
 * `finish` commits the rest and, for a replica, its new cursor in the same transaction.
 */
export class SqliteImporter {
  private header: ExportHeader | null = null;
  private pending: (() => void)[] = [];
  /** Rows the pending work writes: readings lines hold up to 1,000 each. */
  private pendingRows = 0;
  private readonly counts: Record<string, number> = {};
  private ended: Record<string, number> | null = null;
  private readonly insertReading;

  constructor(
    private readonly db: Db,
    private readonly log: SqliteChangeLog,
  ) {
    this.insertReading = db.prepare(
      'INSERT OR IGNORE INTO readings (series_id, ts, value, status) VALUES (?, ?, ?, ?)',
    );
  }

  /** Whether the store holds no data of its own (the default alert rules aside). */
  isEmpty(): boolean {
    const any = (t: string) => this.db.prepare(`SELECT 1 FROM ${t} LIMIT 1`).get() !== undefined;
    return !['devices', 'series', 'sessions', 'readings', 'cold_blocks'].some(any);
  }

  /** Deletes every replicated row (a replica restarting an import a kill interrupted). */
  wipe(): void {
    this.db.transaction(() => {
      this.db.pragma('defer_foreign_keys = ON');
      for (const t of [...TABLE_ORDER].reverse()) this.db.prepare(`DELETE FROM ${t}`).run();
      this.db.prepare('DELETE FROM cold_blocks').run();
      this.db.prepare('DELETE FROM cold_series').run();
      this.db.prepare('DELETE FROM rollups_pending').run();
    })();
  }

  /** Takes one line of the export (already parsed). */
  line(value: unknown): void {
    if (this.ended) throw new ImportRefused('The export goes on after its end line');
    if (!value || typeof value !== 'object') throw new ImportRefused('A line is not an object');
    const o = value as Record<string, unknown>;
    if (!this.header) return this.start(o);
    if (o.end === true) {
      this.ended = (o.counts ?? {}) as Record<string, number>;
      return;
    }
    const t = o.t;
    if (typeof t !== 'string' || !(t in this.header.tables))
      throw new ImportRefused(`A line names no exported table: ${JSON.stringify(t)}`);
    if (t === 'readings') {
      const s = o.s;
      const p = o.p;
      if (typeof s !== 'number' || !Array.isArray(p))
        throw new ImportRefused('A readings line needs a series id `s` and points `p`');
      this.counts.readings = (this.counts.readings ?? 0) + p.length;
      this.pendingRows += p.length;
      this.pending.push(() => {
        for (const pt of p as unknown[][]) this.insertReading.run(s, pt[0], pt[1], pt[2]);
      });
    } else {
      if (!o.r || typeof o.r !== 'object') throw new ImportRefused(`A ${t} line has no row \`r\``);
      this.counts[t] = (this.counts[t] ?? 0) + 1;
      this.pendingRows++;
      const change: Pick<Change, 'table' | 'op' | 'row'> = {
        table: t,
        op: 'u',
        row: o.r as Record<string, unknown>,
      };
      this.pending.push(() => this.log.applyOne(change));
    }
    if (this.pendingRows >= BATCH) this.flush();
  }

  /** Checks the end line, commits what is left (with `then`, e.g. a replica's cursor). */
  finish(then?: (r: ImportResult) => void): ImportResult {
    if (!this.header) throw new ImportRefused('The export is empty');
    if (!this.ended) throw new ImportRefused('The export is truncated: it has no end line');
    for (const [t, n] of Object.entries(this.ended)) {
      if ((this.counts[t] ?? 0) !== n)
        throw new ImportRefused(
          `The export's end line counts ${n} ${t}, its lines ${this.counts[t] ?? 0}`,
        );
    }
    const result = { cursor: this.header.cursor, counts: { ...this.counts } };
    this.flush(() => then?.(result));
    return result;
  }

  private start(o: Record<string, unknown>): void {
    if (o.format !== EXPORT_FORMAT || o.version !== EXPORT_FORMAT_VERSION)
      throw new ImportRefused(
        `Not a ${EXPORT_FORMAT} version ${EXPORT_FORMAT_VERSION} file (format ${JSON.stringify(o.format)}, version ${JSON.stringify(o.version)})`,
      );
    if (typeof o.cursor !== 'number' || !o.tables || typeof o.tables !== 'object')
      throw new ImportRefused('The export header lacks its cursor or tables');
    this.header = o as unknown as ExportHeader;
    // The default alert rules of migration 4 come back with the export, as the source has them.
    this.pending.push(() => this.db.prepare('DELETE FROM alert_rules').run());
  }

  private flush(then?: () => void): void {
    const work = this.pending;
    this.pending = [];
    this.pendingRows = 0;
    this.db.transaction(() => {
      this.db.pragma('defer_foreign_keys = ON');
      for (const w of work) w();
      then?.();
    })();
  }
}
