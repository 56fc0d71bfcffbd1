import { once } from 'node:events';
import type { Response } from 'express';
import type { Point, Session } from '@brewpit/protocol';
import type { Store } from '../store/index.js';

/**
 * Time read per step of an export. Each step reads its rows with one finished statement per
 * series: an open better-sqlite3 iterator would hold the connection across `await`s and block
 * ingest for as long as a slow client takes to download.
 */
const WINDOW_MS = 6 * 3_600_000;

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a quote or a line break. A field a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return:
 * "CSV injection", OWASP) gets a leading apostrophe, which spreadsheets show as text; names and
 * notes come from anyone holding a device or gateway token.
 */
export function csvField(v: string): string {
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Joins fields into one RFC 4180 record, CRLF-terminated. */
const csvRecord = (fields: string[]) => `${fields.map(csvField).join(',')}\r\n`;

/** A file name safe in a Content-Disposition header: the session name reduced to [a-z0-9-]. */
function fileName(s: Session): string {
  const slug =
    s.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'session';
  return `brewpit-${slug}-${new Date(s.started_at).toISOString().slice(0, 10)}.csv`;
}

/** Merges per-series rows of one window into CSV records: one per timestamp, a column per series. */
function windowRecords(rows: Point[][]): string {
  const byTs = new Map<number, (number | null | undefined)[]>();
  rows.forEach((points, col) => {
    for (const [ts, v] of points) {
      let rec = byTs.get(ts);
      if (!rec) byTs.set(ts, (rec = new Array<number | null | undefined>(rows.length)));
      rec[col] = v;
    }
  });
  let out = '';
  for (const ts of [...byTs.keys()].sort((a, b) => a - b)) {
    const rec = byTs.get(ts)!;
    out += `${new Date(ts).toISOString()},${Array.from(rec, (v) => (v === null || v === undefined ? '' : String(v))).join(',')}\r\n`;
  }
  return out;
}

/**
 * Streams a session's readings as CSV: a header row (`time` and one "Label (unit)" column per
 * series), then one record per timestamp with ISO 8601 UTC times; a series without a reading
 * at that instant, or with a flagged one, has an empty field. Honours back-pressure and stops
 * when the client goes away.
 */
export async function writeSessionCsv(
  res: Response,
  store: Store,
  s: Session,
  from: number,
  to: number,
): Promise<void> {
  const header = [
    'time',
    ...s.channels.map((c) => {
      const info = store.series.get(c.series_id);
      return `${c.label ?? info?.name ?? c.series_id}${info?.unit ? ` (${info.unit})` : ''}`;
    }),
  ];
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName(s)}"`);
  res.write(csvRecord(header));
  const ids = s.channels.map((c) => c.series_id);
  // Jump to the next data instead of walking empty windows: `to` may be years past `from`.
  const next = (t: number) => Math.min(...ids.map((id) => store.series.nextTs(id, t) ?? Infinity));
  for (let start = next(from); start <= to && !res.destroyed; start = next(start + WINDOW_MS)) {
    const end = Math.min(to, start + WINDOW_MS - 1);
    const chunk = windowRecords(ids.map((id) => store.series.exportRows(id, start, end)));
    if (chunk && !res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  }
  res.end();
}
