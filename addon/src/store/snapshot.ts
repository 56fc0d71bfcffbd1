import Database from 'better-sqlite3';
import { decodeBlock } from './cold/codec.js';
import type { Db } from './db.js';
import { tableShapes, type TableShape } from './replicated.js';

/** Version of the export format; an import refuses any other. */
export const EXPORT_FORMAT_VERSION = 1;
/** The `format` field of an export's first line. */
export const EXPORT_FORMAT = 'brewpit-export';

/** Rows read per query: the export holds at most one page in memory. */
const PAGE = 1000;
/** The snapshot connection's page cache, KiB: a few pages per B-tree level is all a scan uses. */
const SNAPSHOT_CACHE_KIB = 1024;
/** Cold blocks decoded per query (up to 4,096 readings each). */
const BLOCK_PAGE = 8;

/** The first line of an export. */
export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  hub_version: string;
  exported_at: number;
  /** The changes-feed cursor the export is consistent with: follow `/changes` from here. */
  cursor: number;
  /** Exported columns of each table, in export order. */
  tables: Record<string, string[]>;
}

/** A line of an export after the header. */
export type ExportLine =
  | { t: string; r: Record<string, unknown> }
  /** Readings of one series as `[ts, value, status code]`, hot and cold alike. */
  | { t: 'readings'; s: number; p: [number, number | null, number][] }
  | { end: true; counts: Record<string, number> };

/**
 * Every replicated row of the store as export lines, read from one consistent snapshot: a
 * second, read-only connection holds a read transaction for the whole export, so writes go on
 * (WAL) and the export with its `cursor` is exactly the state after that change. Rows are read
 * a page at a time by key, so memory stays flat whatever the store's size; the caller pulls
 * the next line only when the previous ones were sent (backpressure).
 */
export async function* exportSnapshot(db: Db, hubVersion: string): AsyncGenerator<string> {
  if (db.memory) throw new Error('An in-memory store cannot be exported from a snapshot');
  const snap = new Database(db.name, { readonly: true, fileMustExist: true });
  try {
    snap.pragma('busy_timeout = 5000');
    // The export reads each page once, in key order: better-sqlite3's default page cache of
    // 16 MB would only fill up. That cache was about half the export's peak memory over idle.
    snap.pragma(`cache_size = -${SNAPSHOT_CACHE_KIB}`);
    snap.exec('BEGIN');
    const shapes = tableShapes(snap);
    const cursor =
      (snap.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'").pluck().get() as
        number | undefined) ?? 0;
    const header: ExportHeader = {
      format: EXPORT_FORMAT,
      version: EXPORT_FORMAT_VERSION,
      hub_version: hubVersion,
      exported_at: Date.now(),
      cursor,
      tables: Object.fromEntries(shapes.map((t) => [t.name, t.columns])),
    };
    yield `${JSON.stringify(header)}\n`;
    const counts: Record<string, number> = {};
    for (const t of shapes) {
      let n = 0;
      let lines = 0;
      const rows = t.name === 'readings' ? readings(snap) : tableRows(snap, t);
      for (const line of rows) {
        n += 'p' in line ? line.p.length : 1;
        yield `${JSON.stringify(line)}\n`;
        // Let the event loop breathe now and then (ingest goes on while a big export runs).
        if (++lines % 1000 === 0) await new Promise((r) => setImmediate(r));
      }
      counts[t.name] = n;
    }
    yield `${JSON.stringify({ end: true, counts })}\n`;
    snap.exec('COMMIT');
  } finally {
    snap.close();
  }
}

/** A table's rows by keyset paging on its rowid or primary key. */
function* tableRows(snap: Db, t: TableShape): Generator<ExportLine> {
  const key = t.rowid ? ['rowid'] : t.key;
  const cols = [...t.columns, ...(t.rowid ? ['rowid AS _k0'] : [])].join(', ');
  const keyCols = t.rowid ? ['_k0'] : t.key;
  const after = `(${key.join(', ')}) > (${key.map(() => '?').join(', ')})`;
  const first = snap.prepare(
    `SELECT ${cols} FROM ${t.name} ORDER BY ${key.join(', ')} LIMIT ${PAGE}`,
  );
  const next = snap.prepare(
    `SELECT ${cols} FROM ${t.name} WHERE ${after} ORDER BY ${key.join(', ')} LIMIT ${PAGE}`,
  );
  let last: unknown[] | null = null;
  for (;;) {
    const rows = (last ? next.all(...last) : first.all()) as Record<string, unknown>[];
    for (const row of rows) {
      const r = { ...row };
      delete r._k0;
      yield { t: t.name, r };
    }
    if (rows.length < PAGE) return;
    const end = rows[rows.length - 1]!;
    last = keyCols.map((k) => end[k]);
  }
}

/** Readings series by series: the cold blocks decoded, then the hot rows. */
function* readings(snap: Db): Generator<ExportLine> {
  const series = snap.prepare('SELECT id FROM series ORDER BY id').pluck().all() as number[];
  const blocks = snap
    .prepare(
      `SELECT id, data FROM cold_blocks WHERE series_id = ? AND id > ? ORDER BY id LIMIT ${BLOCK_PAGE}`,
    )
    .raw();
  const hot = snap
    .prepare(
      `SELECT ts, value, status FROM readings WHERE series_id = ? AND ts > ? ORDER BY ts LIMIT ${PAGE}`,
    )
    .raw();
  for (const s of series) {
    let lastBlock = 0;
    for (;;) {
      const page = blocks.all(s, lastBlock) as [number, Buffer][];
      for (const [id, data] of page) {
        const c = decodeBlock(data);
        for (let i = 0; i < c.ts.length; i += PAGE) {
          const p: [number, number | null, number][] = [];
          for (let j = i; j < Math.min(c.ts.length, i + PAGE); j++) {
            p.push([c.ts[j]!, Number.isNaN(c.value[j]!) ? null : c.value[j]!, c.status[j]!]);
          }
          yield { t: 'readings', s, p };
        }
        lastBlock = id;
      }
      if (page.length < BLOCK_PAGE) break;
    }
    let lastTs = Number.MIN_SAFE_INTEGER;
    for (;;) {
      const p = hot.all(s, lastTs) as [number, number | null, number][];
      if (p.length) yield { t: 'readings', s, p };
      if (p.length < PAGE) break;
      lastTs = p[p.length - 1]![0];
    }
  }
}
