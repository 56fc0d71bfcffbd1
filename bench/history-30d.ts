// History: a 30-day session's chart (4 channels × 10 s readings, 1.04 million rows) as the
// panel asks for it, `GET /sessions/{id}/history?max_points=4000`, whole range and random zooms.
// The store is built by direct store inserts (one transaction per 5,000 readings), then a hub
// is started on it. Server time is the store work the route does (every series' history);
// HTTP time adds JSON and loopback. Budget (DESIGN.md): p95 under 50 ms server time.
// Run alone: `npx tsx bench/history-30d.ts`; or `npm run bench -- history`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pino } from 'pino';
import type { IngestBatch } from '@brewpit/protocol';
import { Hub } from '../addon/src/hub.js';
import { loadSettings } from '../addon/src/settings.js';
import { Store } from '../addon/src/store/index.js';
import { formatTable, percentile, row, type Bench } from './lib.js';

const DAYS = 30;
const STEP_MS = 10_000;
const CHANNELS = ['pit', 'meat1', 'meat2', 'ambient'];
const T0 = Date.UTC(2025, 9, 1, 6, 0, 3);
const MAX_POINTS = 4000;
const ADMIN = 'bench-admin-token-0123456789';

/** Builds the store; returns the session id and how long the build took. */
function build(file: string): { sessionId: string; readings: number; seconds: number } {
  const store = Store.open(file);
  const { device_id } = store.devices.create('bench-smoker');
  const channels = CHANNELS.map((key) => ({
    key,
    kind: 'temperature' as const,
    unit: '°C',
    name: key,
  }));
  const steps = (DAYS * 86_400_000) / STEP_MS;
  const start = process.hrtime.bigint();
  let seq = 1;
  let batch: IngestBatch = { boot_id: 'bench', channels, readings: [] };
  for (let i = 0; i < steps; i++) {
    const ts = T0 + i * STEP_MS;
    CHANNELS.forEach((channel, c) =>
      batch.readings.push({
        seq: seq++,
        channel,
        ts,
        value: 20 + c * 30 + Math.sin(i / (500 + c * 77)) * 15 + ((i * 7919 + c) % 101) / 50,
      }),
    );
    if (batch.readings.length >= 5000) {
      store.readings.ingest(device_id, batch);
      batch = { boot_id: 'bench', readings: [] };
    }
  }
  if (batch.readings.length) store.readings.ingest(device_id, batch);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const ids = store.series.list().map((s) => s.id);
  const session = store.sessions.create({
    kind: 'cook',
    name: '30-day bench',
    started_at: T0,
    channels: ids.map((series_id, i) => ({
      series_id,
      role: i === 0 ? 'pit' : i === 3 ? 'ambient' : 'meat',
    })),
  });
  store.sessions.end(session.id, T0 + DAYS * 86_400_000);
  store.close();
  return { sessionId: session.id, readings: seq - 1, seconds };
}

/** p50/p95 in ms of `fn` over `ranges`, after one warm-up pass. */
async function time(
  ranges: [number, number][],
  fn: (from: number, to: number) => unknown,
): Promise<{ p50: number; p95: number }> {
  for (const [a, b] of ranges.slice(0, 5)) await fn(a, b);
  const ms: number[] = [];
  for (const [a, b] of ranges) {
    const t = performance.now();
    await fn(a, b);
    ms.push(performance.now() - t);
  }
  ms.sort((x, y) => x - y);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

export const historyBench: Bench = async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-bench-history-'));
  try {
    const built = build(path.join(dir, 'brewpit.db'));
    const settings = loadSettings({
      PORT: '0',
      BREWPIT_DATA_DIR: dir,
      BREWPIT_ADMIN_TOKEN: ADMIN,
      BREWPIT_OPTIONS_FILE: path.join(dir, 'none.json'),
    });
    const hub = new Hub(settings, pino({ level: 'warn' }));
    const url = await hub.start();
    try {
      const end = T0 + DAYS * 86_400_000;
      const whole: [number, number][] = Array.from({ length: 50 }, () => [T0, end]);
      // zooms from 10 minutes to the whole month, anywhere in it (deterministic)
      const zooms: [number, number][] = Array.from({ length: 200 }, (_, i) => {
        const len = Math.floor(600_000 * Math.pow((end - T0) / 600_000, (i % 20) / 19));
        const from = T0 + Math.floor((((i * 2654435761) % 1000) / 1000) * (end - T0 - len));
        return [from, from + len];
      });
      const session = hub.ctx.store.sessions.get(built.sessionId)!;
      const server = (from: number, to: number) =>
        session.channels.map((c) =>
          hub.ctx.store.series.history(c.series_id, from, to, MAX_POINTS),
        );
      const http = async (from: number, to: number) => {
        const res = await fetch(
          `${url}/api/v1/sessions/${built.sessionId}/history?from=${from}&to=${to}&max_points=${MAX_POINTS}`,
          { headers: { authorization: `Bearer ${ADMIN}` } },
        );
        if (res.status !== 200) throw new Error(`history answered ${res.status}`);
        return res.json();
      };
      const sWhole = await time(whole, server);
      const sZoom = await time(zooms, server);
      const hWhole = await time(whole, http);
      const hZoom = await time(zooms, http);
      const note = `${built.readings.toLocaleString('en-US')} readings built in ${built.seconds.toFixed(1)} s (${Math.round(built.readings / built.seconds).toLocaleString('en-US')}/s via store ingest); p50 server ${sWhole.p50.toFixed(1)} ms whole, ${sZoom.p50.toFixed(1)} ms zooms; HTTP p50/p95 ${hWhole.p50.toFixed(1)}/${hWhole.p95.toFixed(1)} ms whole, ${hZoom.p50.toFixed(1)}/${hZoom.p95.toFixed(1)} ms zooms`;
      return [
        row({
          figure: `30-day session history, 4 series × ≤${MAX_POINTS} points, server p95`,
          value: sWhole.p95,
          unit: 'ms',
          baseline: 'budget',
          baselineValue: 50,
          budget: '< 50 ms',
          met: sWhole.p95 < 50,
          note,
        }),
        row({
          figure: 'same, 200 random zooms (10 min → 30 days), server p95',
          value: sZoom.p95,
          unit: 'ms',
          baseline: 'budget',
          baselineValue: 50,
          budget: '< 50 ms',
          met: sZoom.p95 < 50,
        }),
        row({
          figure: 'same, whole range over HTTP, p95',
          value: hWhole.p95,
          unit: 'ms',
          baseline: 'server p95',
          baselineValue: sWhole.p95,
        }),
      ];
    } finally {
      await hub.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await historyBench();
  console.log(formatTable(rows));
  for (const r of rows) if (r.note) console.log(`- ${r.note}`);
}
