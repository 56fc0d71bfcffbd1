// Cold storage: bytes on disk per reading once 30 days of 8 channels at 1 Hz are compressed, with
// every history zoom compared before and after. The readings are the edge's simulated smoker and
// fermenter (bench/cold-data.ts), stored through the store's own ingest in 1,000-reading batches
// as an edge sends them; compression is the hub's own job (`ColdStorageModule.pass`) on the same
// store, so its step times are the ones a hub would see.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { Point } from '@brewpit/protocol';
import { createContext } from '../addon/src/context.js';
import { ColdStorageModule } from '../addon/src/jobs/compression.js';
import { loadSettings } from '../addon/src/settings.js';
import { Store } from '../addon/src/store/index.js';
import { coldChannels, generateColdData } from './cold-data.js';
import { percentile } from './lib.js';
import { rng } from './util.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const COLD_DAYS = Number(process.env.BENCH_COLD_DAYS ?? 30);
/** A whole hour, so the blocks line up with the data. */
const T0 = 1_790_000_000_000 - (1_790_000_000_000 % HOUR);
const MAX_POINTS = 4000;
const WINDOWS_PER_ZOOM = 8;

export interface ColdResult {
  readings: number;
  perReading: number;
  parts: Record<string, number>;
  compressSeconds: number;
  /** Compression steps: p50 and p99 as bucket bounds of the hub's own histogram, and the slowest. */
  stepP50Ms: number;
  stepP99Ms: number;
  slowestStepMs: number;
  /** Ingest batches of 5,000 readings (an edge draining its outbox) in the same process. */
  batchP50Ms: number;
  batchP99Ms: number;
  batchMaxMs: number;
  /** Zoom windows × series compared, and how many had identical min, max and mean. */
  compared: number;
  identical: { min: number; max: number; mean: number };
  /** Largest difference of a mean, in units of the series' last declared decimal. */
  worstMeanUnits: number;
}

interface Figures {
  min: number | null;
  max: number | null;
  mean: number | null;
}

/**
 * Min, max and mean of a chart's values as it shows them: at the series' precision. Rounding is
 * monotonic, so compressed data (rounded to the precision) must give the same min and max.
 */
function figures(points: Point[], precision: number): Figures {
  const scale = 10 ** precision;
  let min: number | null = null;
  let max: number | null = null;
  let sum = 0;
  let n = 0;
  for (const [, v] of points) {
    if (v === null) continue;
    const r = Math.round(v * scale) / scale;
    if (min === null || r < min) min = r;
    if (max === null || r > max) max = r;
    sum += r;
    n++;
  }
  return { min, max, mean: n ? Math.round((sum / n) * scale) / scale : null };
}

/** The zoom windows: 1 h, 1 day and 1 week at seeded random places, and the whole month. */
function zoomWindows(end: number): { label: string; from: number; to: number }[] {
  const r = rng(2211);
  const out = [{ label: `${COLD_DAYS} d`, from: T0, to: end - 1 }];
  for (const [label, ms] of [
    ['1 h', HOUR],
    ['1 day', DAY],
    ['1 week', 7 * DAY],
  ] as const) {
    if (ms >= end - T0) continue;
    for (let i = 0; i < WINDOWS_PER_ZOOM; i++) {
      const from = T0 + Math.floor((r() * (end - T0 - ms)) / 1000) * 1000 + 137;
      out.push({ label, from, to: from + ms });
    }
  }
  return out;
}

export async function coldBytesPerReading(
  dbBytes: (file: string) => number,
  breakdown: (file: string, names: string[]) => Record<string, number>,
): Promise<ColdResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-bench-cold-'));
  const file = path.join(dir, 'brewpit.db');
  try {
    // The empty store: device and series announced, measured after a clean close.
    let store = Store.open(file);
    const { device_id } = store.devices.create('bench-cold', 'edge', T0);
    const channels = coldChannels();
    store.readings.ingest(device_id, { boot_id: 'bench', channels, readings: [] }, T0);
    const ids = [...store.readings.seriesIds(device_id)];
    const precision = new Map(store.series.channels(device_id));
    store.close();
    const empty = dbBytes(file);

    store = Store.open(file);
    const batchMs: number[] = [];
    const readings = await generateColdData(T0, COLD_DAYS, 5000, (batch) => {
      const t = performance.now();
      // Stored as a live hub would, just after the batch's last reading: its clock must not be
      // behind any of them (readings from the future are refused).
      store.readings.ingest(device_id, { boot_id: 'bench', readings: batch }, batch.at(-1)!.ts);
      batchMs.push(performance.now() - t);
    });
    const end = T0 + COLD_DAYS * DAY;
    const windows = zoomWindows(end);
    const look = () =>
      windows.flatMap((w) =>
        ids.map(([key, id]) =>
          figures(
            store.series.history(id, w.from, w.to, MAX_POINTS).points,
            precision.get(key)!.precision ?? 6,
          ),
        ),
      );
    const before = look();

    const settings = loadSettings({
      BREWPIT_DATA_DIR: dir,
      BREWPIT_OPTIONS_FILE: path.join(dir, 'none.json'),
      BREWPIT_ADMIN_TOKEN: 'bench-cold-admin-token',
      BREWPIT_COMPRESS_AFTER_DAYS: '2',
    });
    const ctx = createContext({ settings, store, log: pino({ level: 'silent' }), adminToken: '-' });
    const t = performance.now();
    // Two days after the last reading: every hour is past the cold age.
    const pass = (await new ColdStorageModule(ctx).pass(end + 2 * DAY + HOUR))!;
    const compressSeconds = (performance.now() - t) / 1000;
    if (pass.moved !== readings) throw new Error(`compressed ${pass.moved} of ${readings}`);
    const steps = await histogramQuantiles(ctx, 'brewpit_cold_step_duration_seconds', [0.5, 0.99]);
    const after = look();
    store.close();

    const identical = { min: 0, max: 0, mean: 0 };
    let worst = 0;
    before.forEach((b, i) => {
      const a = after[i]!;
      if (a.min === b.min) identical.min++;
      if (a.max === b.max) identical.max++;
      if (a.mean === b.mean) identical.mean++;
      const p = precision.get(ids[i % ids.length]![0])!.precision ?? 6;
      if (a.mean !== null && b.mean !== null)
        worst = Math.max(worst, Math.abs(a.mean - b.mean) * 10 ** p);
    });
    const sorted = [...batchMs].sort((x, y) => x - y);
    return {
      readings,
      perReading: (dbBytes(file) - empty) / readings,
      parts: breakdown(file, ['cold_blocks', 'rollups', 'readings', 'cold_series', 'sqlite_']),
      compressSeconds,
      stepP50Ms: steps[0]! * 1000,
      stepP99Ms: steps[1]! * 1000,
      slowestStepMs: pass.slowestStepMs,
      batchP50Ms: percentile(sorted, 50),
      batchP99Ms: percentile(sorted, 99),
      batchMaxMs: sorted[sorted.length - 1]!,
      compared: before.length,
      identical,
      worstMeanUnits: Math.round(worst * 1000) / 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Upper bounds of the buckets holding the given quantiles of a histogram of the hub's metrics. */
async function histogramQuantiles(
  ctx: ReturnType<typeof createContext>,
  name: string,
  qs: number[],
): Promise<number[]> {
  const metric = ctx.metrics.registry.getSingleMetric(name);
  if (!metric) throw new Error(`no metric ${name}`);
  const { values } = await metric.get();
  const buckets = (values as { metricName?: string; labels: { le?: string }; value: number }[])
    .filter((v) => v.metricName === `${name}_bucket`)
    .map((v) => ({ le: Number(v.labels.le), count: v.value }));
  const total = buckets[buckets.length - 1]!.count;
  return qs.map((q) => buckets.find((b) => b.count >= q * total)!.le);
}
