// History: one session's chart (4 series) at 5 zoom levels, through GET /sessions/{id}/history of
// a real hub process opened on a store of 50 M readings (4 series at 1 s over ~145 days), against
// a naive min/max `GROUP BY (ts - from) / width` over the raw rows of the same file with
// better-sqlite3 in this process (no HTTP, so the baseline is favoured).
//
// The store is built once by SQL (a recursive CTE inserts readings in primary-key order; the
// minute and hour rollups are computed here from the same formula, so they are exactly what
// ingest would have written) and cached under BREWPIT_BENCH_CACHE, keyed by schema version.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MIGRATIONS } from '../addon/src/store/migrations.js';
import { Store } from '../addon/src/store/index.js';
import { buildColdStore } from './history-cold.js';
import {
  ADMIN_TOKEN,
  percentile,
  ROOT,
  row,
  startHub,
  type Bench,
  type BenchRow,
  type BenchHub,
} from './lib.js';
import { benchCacheDir, rng, stopHub } from './util.js';

/** Bump when the generated data changes, so cached stores are rebuilt. */
const GENERATOR_VERSION = 2;
/** Share of the readings (the oldest) compressed in the cold variant of the store. */
const COLD_SHARE = 0.95;
const PER_SERIES = Number(process.env.BENCH_HISTORY_PER_SERIES ?? 12_500_000); // × 4 = 50 M
const STEP_MS = 1000;
/** A whole hour, so rollup buckets line up with the session start. */
const T0 = 1_759_996_800_000;
const MAX_POINTS = 4000;
const HUB_REPS = 40;
/** Naive reps stop after this; a rep still running at the kill limit is stopped (lower bound). */
const NAIVE_CAP_MS = 10_000;
const NAIVE_KILL_MS = Number(process.env.BENCH_HISTORY_NAIVE_KILL_MS ?? 45_000);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * One series' values: a slow triangle wave plus pseudo-random noise, all in integer arithmetic
 * but for the last multiplications, so SQLite and JavaScript compute bit-identical doubles.
 */
interface Gen {
  key: string;
  name: string;
  kind: string;
  unit: string;
  role: 'wort' | 'chamber' | 'ambient' | 'gravity';
  base: number;
  periodS: number;
  amp: number;
  noise: number;
  salt: number;
  /** Decimals the channel declares, as an edge announces them. */
  precision: number;
}
const SERIES: Gen[] = [
  {
    key: 'wort',
    name: 'Wort',
    kind: 'temperature',
    unit: '°C',
    role: 'wort',
    base: 18,
    periodS: 3 * 86_400,
    amp: 2,
    noise: 0.002,
    salt: 11,
    precision: 2,
  },
  {
    key: 'chamber',
    name: 'Chamber',
    kind: 'temperature',
    unit: '°C',
    role: 'chamber',
    base: 16,
    periodS: 3600,
    amp: 3,
    noise: 0.005,
    salt: 23,
    precision: 2,
  },
  {
    key: 'ambient',
    name: 'Ambient',
    kind: 'temperature',
    unit: '°C',
    role: 'ambient',
    base: 15,
    periodS: 86_400,
    amp: 6,
    noise: 0.01,
    salt: 37,
    precision: 2,
  },
  {
    key: 'gravity',
    name: 'Gravity',
    kind: 'gravity',
    unit: 'SG',
    role: 'gravity',
    base: 1.01,
    periodS: 2 * PER_SERIES,
    amp: 0.04,
    noise: 0.00001,
    salt: 41,
    precision: 3,
  },
];
const half = (g: Gen) => Math.floor(g.periodS / 2);
const slope = (g: Gen) => g.amp / half(g);

function valueJs(g: Gen, i: number): number {
  return (
    g.base +
    Math.abs((i % g.periodS) - half(g)) * slope(g) +
    ((((i * 48271 + g.salt) % 2147483647) % 201) - 100) * g.noise
  );
}
function valueSql(g: Gen): string {
  // Constants are inlined as literals: a bound JS number would turn integer maths into REAL.
  return `${g.base.toExponential()} + abs((i % ${g.periodS}) - ${half(g)}) * ${slope(g).toExponential()} + ((((i * 48271) + ${g.salt}) % 2147483647) % 201 - 100) * ${g.noise.toExponential()}`;
}

interface BuiltStore {
  file: string;
  sessionId: string;
  buildSeconds: number;
  cached: boolean;
  bytes: number;
}

/** Builds (or finds in the cache) the 50 M-reading store. */
function buildStore(): BuiltStore {
  const dir = path.join(benchCacheDir(), 'history');
  mkdirSync(dir, { recursive: true });
  const name = `schema${MIGRATIONS.length}-gen${GENERATOR_VERSION}-${SERIES.length}x${PER_SERIES}`;
  const file = path.join(dir, `${name}.db`);
  const metaFile = path.join(dir, `${name}.json`);
  if (existsSync(file) && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as {
      sessionId: string;
      buildSeconds: number;
    };
    return { file, ...meta, cached: true, bytes: statSync(file).size };
  }
  const tmp = `${file}.building`;
  rmSync(tmp, { force: true });
  rmSync(`${tmp}-wal`, { force: true });
  const start = process.hrtime.bigint();
  // Schema, device, series and session through the store itself, so they are what the hub expects.
  const store = Store.open(tmp);
  const { device_id } = store.devices.create('bench-fermenter', 'edge', T0);
  store.readings.ingest(
    device_id,
    {
      boot_id: 'bench',
      channels: SERIES.map((g) => ({
        key: g.key,
        kind: g.kind,
        unit: g.unit,
        name: g.name,
        precision: g.precision,
      })),
      readings: [],
    } as never,
    T0,
  );
  const ids = store.readings.seriesIds(device_id);
  const end = T0 + (PER_SERIES - 1) * STEP_MS;
  const session = store.sessions.create(
    {
      kind: 'brew',
      name: 'Bench lager (145 days at 1 s)',
      started_at: T0,
      channels: SERIES.map((g) => ({ series_id: ids.get(g.key)!, role: g.role })),
    } as never,
    T0,
  );
  store.sessions.end(session.id, end, end);
  store.close();

  const db = new Database(tmp);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('cache_size = -262144');
  const rollup = (t: string) =>
    db.prepare(
      `INSERT INTO ${t} (series_id, bucket, min, min_ts, max, max_ts, sum, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  const r1m = rollup('rollups_1m');
  const r1h = rollup('rollups_1h');
  const last = db.prepare(
    'UPDATE series SET last_ts = ?, last_value = ?, last_status = ? WHERE id = ?',
  );
  for (const g of SERIES) {
    const sid = ids.get(g.key)!;
    // Readings in primary-key order, 1 M per statement: appends to the B-tree, no page splits mid-tree.
    for (let a = 0; a < PER_SERIES; a += 1_000_000) {
      const b = Math.min(PER_SERIES, a + 1_000_000) - 1;
      db.exec(`WITH RECURSIVE c(i) AS (SELECT ${a} UNION ALL SELECT i + 1 FROM c WHERE i < ${b})
        INSERT INTO readings (series_id, ts, value, status) SELECT ${sid}, ${T0} + i * ${STEP_MS}, ${valueSql(g)}, 0 FROM c`);
    }
    // Rollups exactly as ingest folds them: first occurrence wins ties, sums in time order.
    db.transaction(() => {
      let h: Bucket | null = null;
      let m: Bucket | null = null;
      for (let i = 0; i < PER_SERIES; i++) {
        const ts = T0 + i * STEP_MS;
        const v = valueJs(g, i);
        const mb = Math.floor(ts / 60_000) * 60_000;
        if (m && m.bucket !== mb) {
          r1m.run(sid, m.bucket, m.min, m.minTs, m.max, m.maxTs, m.sum, m.count);
          h = fold(h, m, Math.floor(m.bucket / HOUR) * HOUR, r1h, sid);
          m = null;
        }
        if (!m) m = { bucket: mb, min: v, minTs: ts, max: v, maxTs: ts, sum: v, count: 1 };
        else {
          if (v < m.min) [m.min, m.minTs] = [v, ts];
          if (v > m.max) [m.max, m.maxTs] = [v, ts];
          m.sum += v;
          m.count++;
        }
      }
      r1m.run(sid, m!.bucket, m!.min, m!.minTs, m!.max, m!.maxTs, m!.sum, m!.count);
      h = fold(h, m!, Math.floor(m!.bucket / HOUR) * HOUR, r1h, sid);
      r1h.run(sid, h!.bucket, h!.min, h!.minTs, h!.max, h!.maxTs, h!.sum, h!.count);
      last.run(end, valueJs(g, PER_SERIES - 1), 'ok', sid);
    })();
  }
  db.pragma('journal_mode = WAL');
  db.close();
  const buildSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  renameSync(tmp, file);
  writeFileSync(
    metaFile,
    JSON.stringify({ sessionId: session.id, buildSeconds, builtAt: new Date().toISOString() }),
  );
  return { file, sessionId: session.id, buildSeconds, cached: false, bytes: statSync(file).size };
}

interface Bucket {
  bucket: number;
  min: number;
  minTs: number;
  max: number;
  maxTs: number;
  sum: number;
  count: number;
}

/** Folds a finished minute into its hour, writing the hour when a new one begins. */
function fold(
  h: Bucket | null,
  m: Bucket,
  hb: number,
  stmt: Database.Statement,
  sid: number,
): Bucket {
  if (h && h.bucket !== hb) {
    stmt.run(sid, h.bucket, h.min, h.minTs, h.max, h.maxTs, h.sum, h.count);
    h = null;
  }
  if (!h) return { ...m, bucket: hb };
  if (m.min < h.min) [h.min, h.minTs] = [m.min, m.minTs];
  if (m.max > h.max) [h.max, h.maxTs] = [m.max, m.maxTs];
  h.sum += m.sum;
  h.count += m.count;
  return h;
}

interface Zoom {
  label: string;
  ms: number | null;
}
const SPAN_MS = (PER_SERIES - 1) * STEP_MS;
const ZOOMS: Zoom[] = [
  { label: '1 h', ms: HOUR },
  { label: '1 day', ms: DAY },
  { label: '1 week', ms: 7 * DAY },
  { label: '1 month', ms: 30 * DAY },
  { label: `whole session (${Math.round(SPAN_MS / DAY)} d)`, ms: null },
];

/** Query windows of a zoom, at seeded random places within the session. */
function windows(z: Zoom, n: number, seed: number): { from: number; to: number }[] {
  if (z.ms === null || z.ms >= SPAN_MS)
    return Array.from({ length: n }, () => ({ from: T0, to: T0 + SPAN_MS }));
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    const from = T0 + Math.floor((r() * (SPAN_MS - z.ms!)) / 1000) * 1000;
    return { from, to: from + z.ms! };
  });
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), n: s.length };
};

/**
 * The naive chart query, 2,000 equal columns (4,000 points, as the hub's) over the raw rows, in a
 * child process: one whole-session scan sorts 50 M rows through temp files, takes minutes and
 * gigabytes, and cannot be interrupted in-process. Reps run until `capMs` has passed; a rep still
 * running at `killMs` is killed and reported as a lower bound.
 */
const NAIVE_CHILD = `
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
const [file, ids, windows, maxPoints, capMs] = JSON.parse(process.argv[1]);
const db = new Database(file, { readonly: true });
db.pragma('cache_size = -65536');
const q = db.prepare('SELECT (ts - @from) / @width AS b, min(value), max(value) FROM readings ' +
  'WHERE series_id = @s AND ts BETWEEN @from AND @to AND status = 0 GROUP BY b ORDER BY b').raw();
const start = Date.now();
for (const w of windows) {
  const width = Math.max(1, Math.ceil((w.to - w.from + 1) / (maxPoints / 2)));
  const t = performance.now();
  for (const s of ids) q.all({ from: w.from, to: w.to, width, s });
  console.log(performance.now() - t);
  if (Date.now() - start > capMs) break;
}
`;

async function naiveTimes(
  file: string,
  seriesIds: number[],
  ws: { from: number; to: number }[],
  capMs: number,
  killMs: number,
) {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      NAIVE_CHILD,
      JSON.stringify([file, seriesIds, ws, MAX_POINTS, capMs]),
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const times: number[] = [];
  let buf = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    const lines = buf.split('\n');
    buf = lines.pop()!;
    for (const l of lines) if (l.trim()) times.push(Number(l));
  });
  const started = Date.now();
  const killed = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(true);
    }, killMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  // A rep cut short still took at least as long as it ran.
  if (killed) times.push(Date.now() - started - times.reduce((a, b) => a + b, 0));
  return { times, killed };
}

/** Per zoom: the windows queried (after warm-up), the client-side times, the most points a series got. */
interface Measured {
  z: Zoom;
  ws: { from: number; to: number }[];
  hubMs: number[];
  /** The hub's own time (`Server-Timing`: read + encode). */
  serverMs: number[];
  /** Client-side times of the same chart as `[ts, value]` pairs (`/history`). */
  pairsMs: number[];
  points: number;
  bytes: number;
  /** Client-side time of the zoom's first query, before its warm-up (earlier zooms may have warmed pages and caches). */
  firstMs: number;
}

/** A hub on a copy of `file` (compression off, so it measures the store as it is). */
async function hubOn(file: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'brewpit-bench-history-'));
  copyFileSync(file, path.join(dataDir, 'brewpit.db'));
  const hub = await startHub({ BREWPIT_DATA_DIR: dataDir, BREWPIT_COMPRESS_AFTER_DAYS: '0' });
  return {
    hub,
    dataDir,
    stop: async () => {
      await stopHub(hub);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every zoom's windows through GET /sessions/{id}/history, and the GET /health floor. */
async function measureZooms(hub: BenchHub, sessionId: string) {
  const get = async (url: string) => {
    const t = performance.now();
    const res = await fetch(url, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }).catch(
      (err: Error) => {
        const exit = hub.proc.exitCode ?? hub.proc.signalCode;
        throw new Error(
          `GET ${url} failed: ${String(err.cause ?? err)}${exit !== null ? ` (hub exited: ${exit})` : ''}`,
        );
      },
    );
    const body = await res.arrayBuffer();
    const ms = performance.now() - t;
    if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${Buffer.from(body).toString()}`);
    // Server-Timing: db;dur=…, json;dur=… (the hub's own time for the answer).
    const server = [...(res.headers.get('server-timing') ?? '').matchAll(/dur=([\d.]+)/g)].reduce(
      (sum, m) => sum + Number(m[1]),
      0,
    );
    return { ms, body, server };
  };
  // The loopback + fetch floor, to read the client-side times against.
  const floor: number[] = [];
  for (let i = 0; i < 30; i++) floor.push((await get(`${hub.url}/api/v1/health`)).ms);
  const measured: Measured[] = [];
  for (const [zi, z] of ZOOMS.entries()) {
    const ws = windows(z, HUB_REPS + 3, 1000 + zi);
    const url = (route: string, w: { from: number; to: number }) =>
      `${hub.url}/api/v1/sessions/${sessionId}/${route}?from=${w.from}&to=${w.to}&max_points=${MAX_POINTS}`;
    const hubMs: number[] = [];
    const serverMs: number[] = [];
    const pairsMs: number[] = [];
    let points = 0;
    let bytes = 0;
    let firstMs = 0;
    for (const [i, w] of ws.entries()) {
      // The panel's call (compact columns), then the same chart as [ts, value] pairs.
      const { ms, body, server } = await get(url('chart', w));
      const pairs = await get(url('history', w));
      if (i === 0) firstMs = ms;
      if (i < 3) continue; // warm-up: first use of the statements and pages
      hubMs.push(ms);
      serverMs.push(server);
      pairsMs.push(pairs.ms);
      const h = JSON.parse(Buffer.from(body).toString()) as { series: { t: unknown[] }[] };
      points = Math.max(points, ...h.series.map((s) => s.t.length));
      bytes = Math.max(bytes, body.byteLength);
    }
    measured.push({ z, ws: ws.slice(3), hubMs, serverMs, pairsMs, points, bytes, firstMs });
  }
  return { floorP50: stats(floor).p50, measured };
}

export const historyBench: Bench = async () => {
  const built = buildStore();
  process.stderr.write(
    `bench: history store ${built.cached ? 'from cache' : 'built'}: ${(built.bytes / 2 ** 30).toFixed(2)} GiB, build ${built.buildSeconds.toFixed(1)} s (${built.file})\n`,
  );
  const rows: BenchRow[] = [];
  const hot = await hubOn(built.file);
  let hotMeasured: Measured[];
  let seriesIds: number[];
  try {
    const session = await hot.hub.admin('GET', `/sessions/${built.sessionId}`);
    seriesIds = (session.channels as { series_id: number }[]).map((c) => c.series_id);
    const readings = PER_SERIES * seriesIds.length;
    // Every hub query first, then the naive ones: those block this process (better-sqlite3 is
    // synchronous), and a keep-alive socket the hub closed meanwhile would fail the next fetch.
    const { floorP50, measured } = await measureZooms(hot.hub, built.sessionId);
    hotMeasured = measured;
    for (const [
      zi,
      { z, ws, hubMs, serverMs, pairsMs, points, bytes, firstMs },
    ] of measured.entries()) {
      const naive = await naiveTimes(
        path.join(hot.dataDir, 'brewpit.db'),
        seriesIds,
        ws,
        NAIVE_CAP_MS,
        NAIVE_KILL_MS,
      );
      const a = stats(hubMs);
      const b = stats(naive.times);
      rows.push(
        row({
          figure: `history ${z.label}, ${seriesIds.length} series, p95`,
          value: a.p95,
          unit: 'ms',
          baseline: 'naive GROUP BY over raw rows, p95',
          baselineValue: b.p95,
          budget: 'p95 < 25 ms',
          met: a.p95 < 25,
          note:
            `hub p50 ${a.p50.toFixed(1)} ms (n=${a.n}), first query ${firstMs.toFixed(1)} ms, naive p50 ${b.p50.toFixed(1)} ms (n=${b.n}); ` +
            `Server-Timing p50 / p95 ${stats(serverMs).p50.toFixed(1)} / ${stats(serverMs).p95.toFixed(1)} ms; ` +
            `same chart as [ts, value] pairs (/history) p95 ${stats(pairsMs).p95.toFixed(1)} ms; ≤ ${(bytes / 1024).toFixed(0)} KiB` +
            `${naive.killed ? `, naive stopped after ${NAIVE_KILL_MS / 1000} s: its figure is a lower bound` : ''}; ≤ ${points} points/series; ` +
            `GET /sessions/{id}/chart client-side on loopback incl. HTTP + JSON (GET /health floor p50 ${floorP50.toFixed(1)} ms)` +
            (zi === 0
              ? `; store: ${(readings / 1e6).toFixed(0)} M readings, ${(built.bytes / 2 ** 30).toFixed(2)} GiB, ` +
                `built in ${built.buildSeconds.toFixed(1)} s${built.cached ? ' (earlier run, cached)' : ' (this run)'}`
              : ''),
        }),
      );
    }
  } finally {
    await hot.stop();
  }
  rows.push(...(await coldRows(built, hotMeasured, seriesIds.length)));
  return rows;
};

/** The same zooms on the store with 95 % of its readings compressed, against the hot store's times. */
async function coldRows(built: BuiltStore, hot: Measured[], series: number): Promise<BenchRow[]> {
  const cold = await buildColdStore(built.file, T0, SPAN_MS, COLD_SHARE);
  process.stderr.write(
    `bench: history cold store ${cold.cached ? 'from cache' : 'built'}: ${(cold.bytes / 2 ** 30).toFixed(2)} GiB, ${(cold.coldReadings / 1e6).toFixed(1)} M readings compressed in ${cold.buildSeconds.toFixed(0)} s\n`,
  );
  const h = await hubOn(cold.file);
  try {
    const { floorP50, measured } = await measureZooms(h.hub, built.sessionId);
    return measured.map(({ z, hubMs, points, firstMs }, zi) => {
      const a = stats(hubMs);
      const b = stats(hot[zi]!.hubMs);
      return row({
        figure: `history ${z.label}, ${series} series, ${Math.round(COLD_SHARE * 100)} % compressed, p95`,
        value: a.p95,
        unit: 'ms',
        baseline: 'same zoom, all hot (this run), p95',
        baselineValue: b.p95,
        budget: 'p95 < 25 ms',
        met: a.p95 < 25,
        note:
          `p50 ${a.p50.toFixed(1)} ms (n=${a.n}), first query ${firstMs.toFixed(1)} ms, vs hot p50 ${b.p50.toFixed(1)} ms; same windows; ≤ ${points} points/series; GET /health floor p50 ${floorP50.toFixed(1)} ms` +
          (zi === 0
            ? `; ${(cold.coldReadings / 1e6).toFixed(1)} M of ${((PER_SERIES * series) / 1e6).toFixed(0)} M readings in cold blocks, compressed by the hub's job in ${cold.buildSeconds.toFixed(0)} s${cold.cached ? ' (earlier run, cached)' : ' (this run)'}, file ${(cold.bytes / 2 ** 30).toFixed(2)} GiB (freed pages stay in the file)`
            : ''),
      });
    });
  } finally {
    await h.stop();
  }
}
