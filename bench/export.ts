// Full export of a big store (`GET /api/v1/export`): the hub's resident memory while it streams
// every row, over its idle RSS, and the export's rate against a plain scan of the same rows.
//
// The store: 4 series × BENCH_EXPORT_READINGS/4 readings at 1 s, built with the store API for
// the schema, device and series, then readings by SQL (recursive CTE, journal off), with the
// change log not armed (the export arms it before its snapshot). A share of the
// readings is moved into cold blocks by the store's own compression, so the export reads both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Store } from '../addon/src/store/index.js';
import { ADMIN_TOKEN, row, startHub, type Bench } from './lib.js';
import { MB, rss, sleep, stopHub } from './util.js';

const READINGS = Number(process.env.BENCH_EXPORT_READINGS ?? 10_000_000);
const SERIES = 4;
/** Share of each series compressed before the export (the hub compresses old data). */
const COLD_SHARE = 0.1;
const T0 = Date.UTC(2025, 0, 1);

/** Builds the store file; returns its path. */
function build(dir: string): string {
  const file = path.join(dir, 'brewpit.db');
  const store = Store.open(file);
  const dev = store.devices.create('bench', 'edge', T0).device_id;
  const channels = Array.from({ length: SERIES }, (_, i) => ({
    key: `p${i}`,
    kind: 'temperature' as const,
    unit: '°C',
    name: `Probe ${i}`,
    precision: 1,
  }));
  store.readings.ingest(dev, {
    boot_id: 'b',
    channels,
    readings: channels.map((c, i) => ({ seq: i + 1, channel: c.key, ts: T0, value: 20 })),
  });
  const ids = [...store.readings.seriesIds(dev).values()];
  store.close();
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  const per = Math.floor(READINGS / SERIES);
  for (const id of ids) {
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT OR IGNORE INTO readings (series_id, ts, value, status)
       SELECT ?, ? + i * 1000, round(20 + (i % 900) / 10.0, 1), 0 FROM n`,
    ).run(per - 1, id, T0);
  }
  db.close();
  const s = Store.open(file);
  const coldBefore = T0 + Math.floor(per * COLD_SHARE) * 1000;
  for (const id of ids) {
    for (
      let h = s.cold.oldestHotHour(id, coldBefore);
      h !== null;
      h = s.cold.oldestHotHour(id, coldBefore)
    )
      s.cold.compressStep(id, h);
  }
  s.close();
  return file;
}

/** A plain scan of the same rows in this process (hot rows only: the floor of any export). */
function rawScan(file: string): number {
  const db = new Database(file, { readonly: true });
  const t = performance.now();
  let n = 0;
  for (const r of db.prepare('SELECT series_id, ts, value, status FROM readings').raw().iterate()) {
    if (r) n++;
  }
  const s = (performance.now() - t) / 1000;
  db.close();
  return n / s;
}

export const exportBench: Bench = async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-bench-export-'));
  try {
    const t = performance.now();
    build(dir);
    process.stderr.write(
      `bench: export store of ${READINGS} readings built in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );
    const hub = await startHub({ BREWPIT_DATA_DIR: dir, BREWPIT_COMPRESS_AFTER_DAYS: '3650' });
    try {
      await sleep(3000);
      const idle = rss(hub.proc.pid!).rss;
      let peak = idle;
      const sampler = setInterval(() => (peak = Math.max(peak, rss(hub.proc.pid!).rss)), 50);
      const started = performance.now();
      const res = await fetch(`${hub.url}/api/v1/export`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      let bytes = 0;
      let tail = '';
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.length;
        tail = (tail + Buffer.from(chunk).toString('utf8')).slice(-4096);
      }
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      peak = Math.max(peak, rss(hub.proc.pid!).rss);
      const end = JSON.parse(tail.trim().split('\n').at(-1)!) as { counts: Record<string, number> };
      const exported = end.counts['readings'] ?? 0;
      const scan = rawScan(path.join(dir, 'brewpit.db'));
      const note = `${(exported / 1e6).toFixed(1)} M readings (${Math.round(COLD_SHARE * 100)} % from cold blocks), ${(bytes / MB).toFixed(0)} MB of NDJSON in ${seconds.toFixed(1)} s; idle RSS ${(idle / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB`;
      return [
        row({
          figure: `export ${(READINGS / 1e6).toFixed(1)} M readings, peak RSS over idle`,
          value: (peak - idle) / MB,
          unit: 'MB',
          baseline: 'the same hub idle (RSS)',
          baselineValue: idle / MB,
          budget: '< 50 MB over idle',
          met: peak - idle < 50 * MB && exported === Math.floor(READINGS / SERIES) * SERIES,
          note,
        }),
        row({
          figure: 'export rate',
          value: exported / seconds,
          unit: 'readings/s',
          baseline: 'plain better-sqlite3 scan of the hot rows, no HTTP',
          baselineValue: scan,
          note: `the export parses cold blocks, writes JSON and goes through HTTP`,
        }),
      ];
    } finally {
      await stopHub(hub);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
