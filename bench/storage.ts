// Storage: bytes on disk per reading in the hub (readings + rollups + indexes, after the WAL is
// folded in by a clean stop) against the same readings recorded as sensor states by the real
// Home Assistant recorder (states, state attributes, indexes; HA from scripts/ha, stopped cleanly
// too). Each figure is the growth of the database (WAL checkpointed, pages in use) over an empty
// store, divided by the rows actually recorded.
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  cachePaths,
  checkPrerequisites,
  startHomeAssistant,
  type HomeAssistant,
} from '../scripts/ha/harness.js';
import { freePort, row, startHub, type Bench } from './lib.js';
import { COLD_DAYS, coldBytesPerReading } from './storage-cold.js';
import { stopHub } from './util.js';

const CHANNELS = 8;
const HUB_PER_CHANNEL = 50_000;
const HA_PER_CHANNEL = Number(process.env.BENCH_STORAGE_HA_PER_CHANNEL ?? 3000);
const BATCH = 1000;
const T0 = 1_790_000_000_000;

/** A probe at 1 Hz with 0.01 °C resolution; consecutive values always differ (HA skips repeats). */
const value = (ch: number, i: number) =>
  Math.round((20 + ch + ((i * 7) % 1000) / 100 + Math.sin(i / 600) * 3) * 100) / 100;

/**
 * Bytes a stopped SQLite database holds: its WAL folded in first (HA may leave one behind), then
 * the pages in use (free-list pages are reusable space, not data).
 */
function dbBytes(file: string): number {
  if (!existsSync(file)) return 0;
  const db = new Database(file);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = db.pragma('page_count', { simple: true }) as number;
    const free = db.pragma('freelist_count', { simple: true }) as number;
    return (pages - free) * (db.pragma('page_size', { simple: true }) as number);
  } finally {
    db.close();
  }
}

/** Bytes per table (indexes under their own names), from SQLite's dbstat. */
function breakdown(file: string, names: string[]): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name')
      .all() as { name: string; bytes: number }[];
    return Object.fromEntries(
      rows.filter((r) => names.some((n) => r.name.startsWith(n))).map((r) => [r.name, r.bytes]),
    );
  } finally {
    db.close();
  }
}

async function hubBytesPerReading(): Promise<{
  perReading: number;
  n: number;
  parts: Record<string, number>;
}> {
  // Empty store with its device first, measured after a clean stop (WAL folded in).
  const first = await startHub();
  const dir = first.dir;
  const dev = await first.pair('bench-storage');
  await first.stop();
  const file = path.join(dir, 'brewpit.db');
  const empty = dbBytes(file);
  const hub = await startHub({ BREWPIT_DATA_DIR: dir });
  const channels = Array.from({ length: CHANNELS }, (_, c) => ({
    key: `probe${c}`,
    kind: 'temperature',
    unit: '°C',
    name: `Probe ${c}`,
    precision: 2,
  }));
  const total = CHANNELS * HUB_PER_CHANNEL;
  try {
    for (let b = 0; b * BATCH < total; b++) {
      const readings = Array.from({ length: BATCH }, (_, k) => {
        const n = b * BATCH + k;
        const i = Math.floor(n / CHANNELS);
        return {
          seq: n + 1,
          channel: `probe${n % CHANNELS}`,
          ts: T0 + i * 1000,
          value: value(n % CHANNELS, i),
        };
      });
      await hub.ingest(dev.token, {
        boot_id: 'bench',
        channels: b === 0 ? channels : undefined,
        readings,
      });
    }
    await hub.stop();
    const parts = breakdown(file, ['readings', 'rollups', 'sqlite_autoindex_readings']);
    return { perReading: (dbBytes(file) - empty) / total, n: total, parts };
  } finally {
    await stopHub(hub); // the second start made its own empty dir; the data is in `dir`
    rmSync(dir, { recursive: true, force: true });
  }
}

async function haBytesPerState(): Promise<{
  perState: number;
  n: number;
  parts: Record<string, number>;
  postRate: number;
}> {
  await checkPrerequisites();
  const port = await freePort();
  // Own config dir and port: a harness start kills whatever it started on the same port.
  const configDir = path.join(cachePaths().root, 'srv', 'brewpit-bench-storage');
  let ha: HomeAssistant | undefined = await startHomeAssistant({
    port,
    configDir,
    fresh: true,
    customComponentsFrom: null,
    blueprintsFrom: null,
  });
  const file = path.join(configDir, 'home-assistant_v2.db');
  try {
    // The empty recorder: a fresh HA after a clean stop (its own startup rows included).
    await ha.stop();
    const empty = dbBytes(file);
    await ha.restart();
    const post = async (entity: string, state: number, ch: number) => {
      const res = await fetch(`${ha!.url}/api/states/${entity}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ha!.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          state: state.toFixed(2),
          attributes: {
            unit_of_measurement: '°C',
            device_class: 'temperature',
            state_class: 'measurement',
            friendly_name: `Bench probe ${ch}`,
          },
        }),
      });
      if (!res.ok) throw new Error(`POST /api/states/${entity}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    };
    const start = performance.now();
    // One writer per entity, in time order, as 8 probes would change.
    await Promise.all(
      Array.from({ length: CHANNELS }, async (_, ch) => {
        for (let i = 0; i < HA_PER_CHANNEL; i++)
          await post(`sensor.bench_probe_${ch}`, value(ch, i), ch);
      }),
    );
    const postRate = (CHANNELS * HA_PER_CHANNEL) / ((performance.now() - start) / 1000);
    // Let the recorder drain its queue and commit (commit_interval 1 s), then stop cleanly.
    const deadline = Date.now() + 120_000;
    for (;;) {
      const info = await ha.ws<{ backlog: number | null }>({ type: 'recorder/info' });
      if (info.backlog === 0 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    await new Promise((r) => setTimeout(r, 3000));
    await ha.stop();
    ha = undefined;
    const db = new Database(file, { readonly: true });
    const n = db
      .prepare(
        `SELECT count(*) FROM states WHERE metadata_id IN (SELECT metadata_id FROM states_meta WHERE entity_id LIKE 'sensor.bench_probe_%')`,
      )
      .pluck()
      .get() as number;
    db.close();
    if (n < CHANNELS * HA_PER_CHANNEL * 0.99)
      throw new Error(`the recorder stored only ${n} of ${CHANNELS * HA_PER_CHANNEL} states`);
    const parts = breakdown(file, ['states', 'state_attributes', 'ix_states', 'statistics']);
    return { perState: (dbBytes(file) - empty) / n, n, parts, postRate };
  } finally {
    await ha?.stop();
  }
}

const kib = (parts: Record<string, number>) =>
  Object.entries(parts)
    .filter(([, b]) => b > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([k, b]) => `${k} ${(b / 1024).toFixed(0)} KiB`)
    .join(', ');

export const storageBench: Bench = async () => {
  const hub = await hubBytesPerReading();
  const cold = await coldBytesPerReading(dbBytes, breakdown);
  const ha = await haBytesPerState();
  const same = cold.identical;
  const allSame =
    same.min === cold.compared && same.max === cold.compared && same.mean === cold.compared;
  const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
  return [
    row({
      figure: `storage per reading (hub, ${CHANNELS} × ${HUB_PER_CHANNEL.toLocaleString('en-US')} at 1 Hz)`,
      value: hub.perReading,
      unit: 'B',
      baseline: `HA recorder, ${ha.n.toLocaleString('en-US')} states`,
      baselineValue: ha.perState,
      note:
        `growth of the pages in use (WAL checkpointed, free pages not counted) over an empty store after a clean stop, incl. rollups and indexes; hub pages: ${kib(hub.parts)}; ` +
        `HA pages: ${kib(ha.parts)}; HA took ${Math.round(ha.postRate)} states/s over REST`,
    }),
    row({
      figure: `storage per reading, cold (8 ch × 1 Hz × ${COLD_DAYS} days, compressed)`,
      value: cold.perReading,
      unit: 'B',
      baseline: `HA recorder, ${ha.n.toLocaleString('en-US')} states`,
      baselineValue: ha.perState,
      budget: '≤ 1/20 of the recorder, zooms identical',
      met: cold.perReading <= ha.perState / 20 && allSame,
      note:
        `${cold.readings.toLocaleString('en-US')} readings of the simulated smoker (pit + 4 meats, a cook lit daily) and fermenter (wort, ambient, gravity) with their noise and precision, ingested in 5,000-reading batches, compressed by the hub's job in ${cold.compressSeconds.toFixed(0)} s; ` +
        `pages in use over the empty store after a clean close, rollups incl.: ${kib(cold.parts)}; ` +
        `min/max/mean of ${cold.compared} chart answers (1 h, 1 day, 1 week × 8 windows and the whole ${COLD_DAYS} days; 8 series; 4,000 points) identical at the series' precision before and after: min ${same.min}, max ${same.max}, mean ${same.mean} (worst mean difference ${cold.worstMeanUnits} of the last decimal); ` +
        `compression steps (one transaction each) p50 ≤ ${ms(Math.min(cold.stepP50Ms, cold.slowestStepMs))}, p99 ≤ ${ms(Math.min(cold.stepP99Ms, cold.slowestStepMs))}, slowest ${ms(cold.slowestStepMs)} against ingest batches p50 ${ms(cold.batchP50Ms)}, p99 ${ms(cold.batchP99Ms)}, slowest ${ms(cold.batchMaxMs)}`,
    }),
  ];
};
