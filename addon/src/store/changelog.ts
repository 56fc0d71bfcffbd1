import type Database from 'better-sqlite3';
import type { Db } from './db.js';
import { tableShapes, type TableShape } from './replicated.js';

type Statement = Database.Statement;

/** One entry of the change log: a row as it now is (`u`) or the key of a deleted row (`d`). */
export interface Change {
  id: number;
  table: string;
  op: 'u' | 'd';
  row: Record<string, unknown>;
}

/** A page of the change log after a cursor. */
export type ChangePage =
  | { changes: Change[]; next: number; head: number }
  /** The cursor is older than the oldest change kept: only a full export can catch up. */
  | { gone: true; oldest: number; head: number };

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Where the cursor the log was armed at is kept (`replica_state`, never replicated). */
const ARMED_KEY = 'change_log_armed_from';

/**
 * The triggers that write every committed change of a replicated table into `change_log`, in
 * the same transaction as the change itself, so the log holds exactly what was committed and
 * in commit order. They are rebuilt from the columns of the day (see `SqliteChangeLog.open`), so
 * a migration that adds a column is logged without a trigger migration. Readings log inserts
 * only: rows leave `readings` when compression moves them into cold blocks, which changes
 * nothing a copy holds; the deletes that matter (retention, a deleted device) reach a copy as
 * the `raw_gone` mark and the `series` delete that come with them (see `applyChanges`).
 * Runs inside the caller's transaction.
 */
function createTriggers(db: Db): void {
  for (const t of tableShapes(db)) {
    const obj = (cols: string[], of: string) =>
      `json_object(${cols.map((c) => `${q(c)}, ${of}.${c}`).join(', ')})`;
    // A reading is logged as an array in column order (`page` names the fields again): a
    // change per reading is most of the log, and this halves what each one costs on disk.
    const row =
      t.name === 'readings'
        ? `json_array(${t.columns.map((c) => `NEW.${c}`).join(', ')})`
        : obj(t.columns, 'NEW');
    const keyChanged = t.key.map((k) => `OLD.${k} IS NOT NEW.${k}`).join(' OR ');
    const log = (op: string, json: string) =>
      `INSERT INTO change_log (tbl, op, row) VALUES (${q(t.name)}, '${op}', ${json});`;
    db.exec(`CREATE TRIGGER changes_${t.name}_i AFTER INSERT ON ${t.name} BEGIN
        ${log('u', row)}
      END;
      CREATE TRIGGER changes_${t.name}_u AFTER UPDATE ON ${t.name} BEGIN
        INSERT INTO change_log (tbl, op, row) SELECT ${q(t.name)}, 'd', ${obj(t.key, 'OLD')}
          WHERE ${keyChanged};
        ${log('u', row)}
      END;`);
    if (t.name !== 'readings') {
      db.exec(`CREATE TRIGGER changes_${t.name}_d AFTER DELETE ON ${t.name} BEGIN
        ${log('d', obj(t.key, 'OLD'))}
      END;`);
    }
  }
}

const triggerNames = (db: Db) =>
  db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'changes_*'")
    .pluck()
    .all() as string[];

const hasTriggers = (db: Db) => triggerNames(db).length > 0;

/** Drops every change-log trigger there is (inside the caller's transaction). */
function dropTriggers(db: Db): void {
  for (const n of triggerNames(db)) db.exec(`DROP TRIGGER ${n}`);
}

/**
 * The change log and a replica's bookkeeping. All SQL of replication lives here and in
 * `snapshot.ts`.
 *
 * The log is armed on demand: a trigger row per inserted reading makes ingest about 1.5 times
 * slower, a price every hub would pay although most never have anyone following them. Until
 * the first export, changes-feed or stream request, read-only token or replica asks for it
 * (`arm`), no trigger exists and nothing is logged; from then on it stays armed, across
 * restarts, so cursors stay valid. A cursor older than the arming is answered `gone` (start from
 * a full export), since the changes before it were never logged.
 */
export class SqliteChangeLog {
  private readonly stmts;
  private shapes: Map<string, TableShape> | null = null;
  private readonly applyStmts = new Map<string, { upsert: Statement; del: Statement }>();
  /** The cursor the log was armed at, null while it is not armed. */
  private from: number | null;

  constructor(private readonly db: Db) {
    this.stmts = {
      page: db.prepare('SELECT id, tbl, op, row FROM change_log WHERE id > ? ORDER BY id LIMIT ?'),
      oldest: db.prepare('SELECT MIN(id) FROM change_log').pluck(),
      head: db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'").pluck(),
      trim: db.prepare('DELETE FROM change_log WHERE id <= ?'),
      count: db.prepare('SELECT COUNT(*) FROM change_log').pluck(),
      getState: db.prepare('SELECT value FROM replica_state WHERE key = ?').pluck(),
      setState: db.prepare(
        'INSERT INTO replica_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
      dropSeries: db.prepare('DELETE FROM readings WHERE series_id = ?'),
      dropRange: db.prepare('DELETE FROM readings WHERE series_id = ? AND ts >= ? AND ts < ?'),
      dropColdRange: db.prepare(
        'DELETE FROM cold_blocks WHERE series_id = ? AND t0 >= ? AND t1 < ?',
      ),
      clear: db.prepare('DELETE FROM change_log'),
      mark: db.prepare("INSERT INTO change_log (tbl, op, row) VALUES ('', 'a', '{}')"),
    };
    this.from = this.readFrom();
    // Triggers live in the file; rebuilding them at each open follows the columns of the day,
    // and dropping them on an unarmed log removes any a build before arming-on-demand left.
    if (this.from !== null || hasTriggers(db)) {
      db.transaction(() => {
        dropTriggers(db);
        if (this.from !== null) createTriggers(db);
      }).immediate();
    }
  }

  private readFrom(): number | null {
    const v = this.stmts.getState.get(ARMED_KEY) as string | undefined;
    return v === undefined ? null : Number(v);
  }

  /** Whether changes are being logged. */
  armed(): boolean {
    return this.from !== null;
  }

  /**
   * Starts logging, if it was not yet: installs the triggers and records the armed state in one
   * write transaction, so either both are durable or neither. The sequence moves on by one, so
   * the cursor of the arming is newer than any cursor handed out before (0 included): those are
   * `gone`. Returns that cursor; every change committed after this returns has a greater id.
   */
  arm(): number {
    if (this.from !== null) return this.from;
    this.from = this.db
      .transaction(() => {
        const already = this.readFrom(); // another connection may have armed it first
        if (already !== null) return already;
        dropTriggers(this.db);
        createTriggers(this.db);
        // Rows a log armed before left behind predate this arming: no cursor reaches them.
        this.stmts.clear.run();
        const id = Number(this.stmts.mark.run().lastInsertRowid);
        this.stmts.clear.run();
        this.stmts.setState.run(ARMED_KEY, String(id));
        return id;
      })
      .immediate();
    return this.from;
  }

  /** The id of the newest change ever logged (0 for none): the cursor of "now". */
  head(): number {
    return (this.stmts.head.get() as number | undefined) ?? 0;
  }

  /** Changes after `cursor`, at most `limit`, or `gone` when the log no longer reaches back to it. */
  page(cursor: number, limit: number): ChangePage {
    const head = this.head();
    if (this.from === null) return { gone: true, oldest: head, head };
    const oldest = this.stmts.oldest.get() as number | null;
    const floor = Math.max(this.from, oldest === null ? head : oldest - 1);
    if (cursor < floor) return { gone: true, oldest: floor, head };
    const rows = this.stmts.page.all(cursor, limit) as {
      id: number;
      tbl: string;
      op: 'u' | 'd';
      row: string;
    }[];
    const changes = rows.map((r) => ({
      id: r.id,
      table: r.tbl,
      op: r.op,
      row: this.parseRow(r.tbl, r.row),
    }));
    return { changes, next: changes.length ? changes[changes.length - 1]!.id : cursor, head };
  }

  /** A logged row as an object (readings are logged as arrays in column order). */
  private parseRow(table: string, text: string): Record<string, unknown> {
    const v = JSON.parse(text) as Record<string, unknown> | unknown[];
    if (!Array.isArray(v)) return v;
    const cols = this.shape(table).columns;
    return Object.fromEntries(cols.map((c, i) => [c, v[i] ?? null]));
  }

  /** Keeps the newest `keep` changes; returns how many were deleted. */
  trim(keep: number): number {
    const head = this.head();
    return this.stmts.trim.run(head - keep).changes;
  }

  /** Changes kept in the log. */
  size(): number {
    return this.stmts.count.get() as number;
  }

  /** A value of the replica's own state (its source's cursor), not replicated. */
  state(key: string): string | null {
    return (this.stmts.getState.get(key) as string | undefined) ?? null;
  }

  setState(key: string, value: string): void {
    this.stmts.setState.run(key, value);
  }

  /**
   * Applies changes of another hub's log, in order, in one transaction with the new cursor, so
   * a kill at any moment leaves either all of them and the cursor or neither. Upserts never
   * replace (a REPLACE would delete the row first and cascade to its children).
   */
  applyChanges(changes: readonly Change[], cursorKey: string, cursor: number): void {
    this.db.transaction(() => {
      this.db.pragma('defer_foreign_keys = ON');
      for (const c of changes) this.applyOne(c);
      this.stmts.setState.run(cursorKey, String(cursor));
    })();
  }

  /** Applies one change (an export row is an upsert); see `applyChanges`. */
  applyOne(c: Pick<Change, 'table' | 'op' | 'row'>): void {
    const shape = this.shape(c.table);
    const stmts = this.applyStmt(shape);
    if (c.op === 'd') {
      stmts.del.run(...shape.key.map((k) => c.row[k] as never));
      if (c.table === 'series') this.stmts.dropSeries.run(c.row.id);
      return;
    }
    stmts.upsert.run(...shape.columns.map((col) => (c.row[col] ?? null) as never));
    if (c.table === 'raw_gone') {
      const { series_id: s, from_ts: a, to_ts: b } = c.row;
      this.stmts.dropRange.run(s, a, b);
      this.stmts.dropColdRange.run(s, a, b);
    }
  }

  private shape(table: string): TableShape {
    this.shapes ??= new Map(tableShapes(this.db).map((t) => [t.name, t]));
    const s = this.shapes.get(table);
    if (!s) throw new UnknownTable(table);
    return s;
  }

  private applyStmt(t: TableShape) {
    let s = this.applyStmts.get(t.name);
    if (!s) {
      const cols = t.columns.join(', ');
      const marks = t.columns.map(() => '?').join(', ');
      const rest = t.columns.filter((c) => !t.key.includes(c));
      const set = rest.length
        ? `DO UPDATE SET ${rest.map((c) => `${c} = excluded.${c}`).join(', ')}`
        : 'DO NOTHING';
      s = {
        upsert: this.db.prepare(
          `INSERT INTO ${t.name} (${cols}) VALUES (${marks}) ON CONFLICT (${t.key.join(', ')}) ${set}`,
        ),
        del: this.db.prepare(
          `DELETE FROM ${t.name} WHERE ${t.key.map((k) => `${k} = ?`).join(' AND ')}`,
        ),
      };
      this.applyStmts.set(t.name, s);
    }
    return s;
  }
}

/** A change or export line names a table this hub does not replicate. */
export class UnknownTable extends Error {
  readonly code = 'unknown_table';
  constructor(readonly table: string) {
    super(`Unknown table '${table}'`);
  }
}
