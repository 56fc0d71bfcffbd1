// A store file's replicated content read straight from SQLite (read-only), table by table, for
// comparing a primary with its replica or an export's import: readings as one logical set,
// hot rows and decoded cold blocks alike, since each hub compresses on its own schedule.
import Database from 'better-sqlite3';
import { decodeBlock } from '../../addon/src/store/cold/codec.js';
import { REPLICATED } from '../../addon/src/store/replicated.js';

/** Each replicated table's rows as sorted JSON strings (secrets left out, as replication does). */
export function dumpTables(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN');
    const out: Record<string, string[]> = {};
    for (const [name, spec] of Object.entries(REPLICATED)) {
      const omit = new Set(spec.omit ?? []);
      const rows = db.prepare(`SELECT * FROM ${name}`).all() as Record<string, unknown>[];
      out[name] = rows
        .map((r) => JSON.stringify(Object.entries(r).filter(([k]) => !omit.has(k))))
        .sort();
    }
    const cold = db.prepare('SELECT series_id, data FROM cold_blocks').raw().all() as [
      number,
      Buffer,
    ][];
    for (const [s, data] of cold) {
      const c = decodeBlock(data);
      for (let i = 0; i < c.ts.length; i++) {
        const value = Number.isNaN(c.value[i]!) ? null : c.value[i]!;
        out.readings!.push(
          JSON.stringify([
            ['series_id', s],
            ['ts', c.ts[i]],
            ['value', value],
            ['status', c.status[i]],
          ]),
        );
      }
    }
    out.readings!.sort();
    db.exec('COMMIT');
    return out;
  } finally {
    db.close();
  }
}

/** Differences between two dumps, per table: rows only in `a`, rows only in `b` (at most 5 each). */
export function diffTables(
  a: Record<string, string[]>,
  b: Record<string, string[]>,
): Record<string, { onlyA: string[]; onlyB: string[]; countA: number; countB: number }> {
  const out: ReturnType<typeof diffTables> = {};
  for (const t of Object.keys({ ...a, ...b })) {
    const sa = new Set(a[t] ?? []);
    const sb = new Set(b[t] ?? []);
    const onlyA = [...sa].filter((r) => !sb.has(r));
    const onlyB = [...sb].filter((r) => !sa.has(r));
    if (onlyA.length || onlyB.length || (a[t]?.length ?? 0) !== (b[t]?.length ?? 0))
      out[t] = {
        onlyA: onlyA.slice(0, 5),
        onlyB: onlyB.slice(0, 5),
        countA: a[t]?.length ?? 0,
        countB: b[t]?.length ?? 0,
      };
  }
  return out;
}
