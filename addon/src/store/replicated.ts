import type { Db } from './db.js';

/**
 * Which tables a full export and the change log carry, and which columns they leave out. Every
 * table of the store is named here, replicated or not: a test fails when a migration adds a
 * table nobody classified, since an unlisted table would be silently missing from every copy
 * (or, worse, leak a secret into one).
 */
export const REPLICATED: Readonly<Record<string, { omit?: readonly string[] }>> = {
  devices: { omit: ['token_hash'] },
  seq_ranges: {},
  series: {},
  readings: {},
  rollups_1m: {},
  rollups_1h: {},
  audit: {},
  sessions: {},
  session_channels: {},
  annotations: {},
  commands: {},
  meta: {},
  compat_gateways: { omit: ['token_hash'] },
  compat_devices: {},
  calibrations: {},
  alert_rules: {},
  alerts: {},
  raw_gone: {},
  ha_source: {},
  ha_entities: {},
};

/**
 * Tables no copy carries, with the reason: secrets, how this hub stores data (a replica
 * compresses on its own schedule; an export reads cold blocks as readings), and replication's
 * own bookkeeping.
 */
export const NOT_REPLICATED: Readonly<Record<string, string>> = {
  pairings: 'pairing code hashes: secrets, valid minutes',
  cold_blocks: 'storage form of readings; exported as readings',
  cold_series: 'figures of the cold blocks',
  rollups_pending:
    'minute buckets not yet in the rollup tables; merged into them before any export or change page',
  change_log: "replication's own log",
  api_tokens: 'token hashes: secrets',
  ha_events: "events waiting for this hub's own Home Assistant; a replica has no link",
  replica_state: "a replica's own cursor",
  sqlite_sequence: "SQLite's AUTOINCREMENT counters",
};

/** A replicated table as it is now: its exported columns and its key. */
export interface TableShape {
  name: string;
  columns: string[];
  key: string[];
  /** Whether the table has a rowid (keyset paging then runs on it). */
  rowid: boolean;
}

/** The replicated tables in an order that satisfies foreign keys (parents first). */
export const TABLE_ORDER: readonly string[] = Object.keys(REPLICATED);

/** Reads each replicated table's columns and key from the schema of `db`. */
export function tableShapes(db: Db): TableShape[] {
  return TABLE_ORDER.map((name) => {
    const info = db.prepare(`PRAGMA table_info(${name})`).all() as {
      name: string;
      pk: number;
    }[];
    if (info.length === 0) throw new Error(`Replicated table ${name} does not exist`);
    const omit = new Set(REPLICATED[name]!.omit ?? []);
    const key = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const sql = (
      db
        .prepare('SELECT sql FROM sqlite_master WHERE type = ? AND name = ?')
        .get('table', name) as {
        sql: string;
      }
    ).sql;
    return {
      name,
      columns: info.map((c) => c.name).filter((c) => !omit.has(c)),
      key,
      rowid: !/WITHOUT\s+ROWID/i.test(sql),
    };
  });
}

/** Every table of the store file, for the classification test. */
export function allTables(db: Db): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%'",
      )
      .pluck()
      .all() as string[]
  ).sort();
}
