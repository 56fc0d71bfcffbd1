import { once } from 'node:events';
import type { Response } from 'express';
import type { Annotation, Point, Session } from '@brewpit/protocol';
import { HttpProblem } from '../http/problem.js';
import type { Store } from '../store/index.js';

/**
 * Time read per step of an export. Each step reads its rows with one finished statement per
 * series: an open better-sqlite3 iterator would hold the connection across `await`s and block
 * ingest for as long as a slow client takes to download.
 */
const WINDOW_MS = 6 * 3_600_000;

/**
 * Decimals a value is written with, by series kind: the precision Home Assistant shows the
 * series' entity with (`ha/entities.ts`), so a CSV reads like the dashboard, without the float
 * noise of calibration and conversion (21.299999999999997).
 */
const DECIMALS: Record<string, number> = {
  temperature: 1,
  humidity: 0,
  pressure: 0,
  gravity: 3,
  angle: 1,
  voltage: 2,
  battery: 0,
  signal_strength: 0,
  percentage: 0,
  data_size: 0,
  ph: 2,
  rate: 1,
};
const OTHER_DECIMALS = 2;

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
  // A start outside the calendar has no date to name. The API now refuses one, but a session
  // stored before it did, or imported from such a hub, may still carry one.
  const start = new Date(s.started_at);
  const day = Number.isNaN(start.getTime()) ? 'undated' : start.toISOString().slice(0, 10);
  return `brewpit-${slug}-${day}.csv`;
}

/** An IANA zone name: letters, digits and `_+-` in `/`-separated parts ("America/Argentina/Salta"). */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]{0,30}(\/[A-Za-z0-9_+-]{1,30}){0,2}$/;

/**
 * The `tz` query parameter: an IANA time zone name the runtime knows (`Europe/Berlin`, `UTC`),
 * default UTC. Anything else is a 400 naming the parameter.
 */
export function exportTimeZone(raw: unknown): string {
  if (raw === undefined) return 'UTC';
  const bad = () =>
    new HttpProblem(400, 'Invalid request', "'tz' is not a time zone", [
      { path: '/query/tz', message: 'must be an IANA time zone name such as Europe/Berlin' },
    ]);
  if (typeof raw !== 'string' || !ZONE_NAME.test(raw)) throw bad();
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: raw }).resolvedOptions().timeZone;
  } catch {
    throw bad();
  }
}

/**
 * Formats instants as ISO 8601 local times with their UTC offset in one zone:
 * `2026-01-10T07:00:05.000+01:00`; UTC itself as `…Z`. The offset is looked up once per
 * quarter hour (zones change offset only on quarter hours), not per record.
 */
export function isoFormatter(zone: string): (ts: number) => string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return (ts) => new Date(ts).toISOString();
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const offsetAt = (ts: number): number => {
    const p = Object.fromEntries(parts.formatToParts(ts).map((x) => [x.type, Number(x.value)]));
    const local = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
    return local - Math.floor(ts / 1000) * 1000;
  };
  const QUARTER = 15 * 60_000;
  let bucket = NaN;
  let offset = 0;
  return (ts) => {
    const b = Math.floor(ts / QUARTER);
    if (b !== bucket) {
      bucket = b;
      offset = offsetAt(ts);
    }
    const sign = offset < 0 ? '-' : '+';
    const m = Math.abs(offset) / 60_000;
    const hh = String(Math.floor(m / 60)).padStart(2, '0');
    const mm = String(m % 60).padStart(2, '0');
    return `${new Date(ts + offset).toISOString().slice(0, -1)}${sign}${hh}:${mm}`;
  };
}

/** A value at `decimals`, without trailing zeros' noise ("21.3", "1.048", "-0.5"). */
function valueText(v: number | null | undefined, decimals: number): string {
  if (v === null || v === undefined) return '';
  const s = v.toFixed(decimals);
  return s === `-${(0).toFixed(decimals)}` ? (0).toFixed(decimals) : s;
}

/** What the notes column says for an annotation: its text, alerts and events marked. */
const noteText = (a: Annotation) => (a.kind === 'note' ? a.text : `${a.kind}: ${a.text}`);

/** Merges per-series rows and the notes of one window into CSV records, one per timestamp. */
function windowRecords(
  rows: Point[][],
  notes: Annotation[],
  decimals: number[],
  time: (ts: number) => string,
): string {
  const byTs = new Map<number, { values: (number | null | undefined)[]; notes: string[] }>();
  const at = (ts: number) => {
    let rec = byTs.get(ts);
    if (!rec) byTs.set(ts, (rec = { values: new Array(rows.length), notes: [] }));
    return rec;
  };
  rows.forEach((points, col) => {
    for (const [ts, v] of points) at(ts).values[col] = v;
  });
  for (const a of notes) at(a.ts).notes.push(noteText(a));
  let out = '';
  for (const ts of [...byTs.keys()].sort((a, b) => a - b)) {
    const rec = byTs.get(ts)!;
    const values = Array.from(rec.values, (v, i) => valueText(v, decimals[i]!));
    out += `${time(ts)},${values.join(',')},${csvField(rec.notes.join('; '))}\r\n`;
  }
  return out;
}

/**
 * Streams a session's readings as CSV: a header row (`time`, one "Label (unit)" column per
 * series, `notes`), then one record per timestamp with ISO 8601 times in the zone the `tz` query
 * parameter names (UTC by default) and each value at its series' display precision; a series
 * without a reading at that instant, or with a flagged one, has an empty field. Notes and alerts
 * of the session are in the last column, at their own time. Honours back-pressure and stops
 * when the client goes away.
 */
export async function writeSessionCsv(
  res: Response,
  store: Store,
  s: Session,
  from: number,
  to: number,
): Promise<void> {
  // The time zone is validated before anything is written, so a bad one is a clean 400.
  const time = isoFormatter(exportTimeZone(res.req?.query?.tz));
  const infos = s.channels.map((c) => store.series.get(c.series_id));
  const header = [
    'time',
    ...s.channels.map((c, i) => {
      const info = infos[i];
      return `${c.label ?? info?.name ?? c.series_id}${info?.unit ? ` (${info.unit})` : ''}`;
    }),
    'notes',
  ];
  const decimals = infos.map((info) => DECIMALS[info?.kind ?? ''] ?? OTHER_DECIMALS);
  const notes = store.sessions.annotations(s.id, from, to);
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName(s)}"`);
  res.write(csvRecord(header));
  const ids = s.channels.map((c) => c.series_id);
  // Jump to the next data instead of walking empty windows: `to` may be years past `from`.
  const next = (t: number) =>
    Math.min(
      notes.find((a) => a.ts >= t)?.ts ?? Infinity,
      ...ids.map((id) => store.series.nextTs(id, t) ?? Infinity),
    );
  for (let start = next(from); start <= to && !res.destroyed; start = next(start + WINDOW_MS)) {
    const end = Math.min(to, start + WINDOW_MS - 1);
    const chunk = windowRecords(
      ids.map((id) => store.series.exportRows(id, start, end)),
      notes.filter((a) => a.ts >= start && a.ts <= end),
      decimals,
      time,
    );
    if (chunk && !res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  }
  res.end();
}
