import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { HubProcess, type Device } from '../test/support/processes.js';

export type { Device } from '../test/support/processes.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** One row of the benchmark table: a figure, its baseline from the same run, and the ratio. */
export interface BenchRow {
  figure: string;
  value: number;
  unit: string;
  baseline: string;
  baselineValue: number | null;
  /** value / baselineValue, or null when the row has no baseline. */
  ratio: number | null;
  /** The budget in words and whether this run met it. */
  budget?: string;
  met?: boolean;
  note?: string;
}

/** A benchmark: returns its rows, or throws with the reason it could not run. */
export type Bench = () => Promise<BenchRow[]>;

export function row(r: Omit<BenchRow, 'ratio'>): BenchRow {
  const ratio = r.baselineValue ? r.value / r.baselineValue : null;
  return { ...r, ratio };
}

export { median, percentile } from '../test/support/stats.js';
export { freePort } from '../test/support/wait.js';

export const ADMIN_TOKEN = 'bench-admin-token-0123456789';

/** A real hub process on loopback with a fresh data dir (test/support's HubProcess). */
export interface BenchHub {
  url: string;
  /** Its data dir (a fresh temp dir unless BREWPIT_DATA_DIR names one). */
  dir: string;
  proc: ChildProcess;
  stop(): Promise<void>;
  admin(method: string, route: string, body?: unknown): Promise<any>;
  pair(name: string): Promise<Device>;
  /**
   * One ingest batch as a device sends it, gzipped (`body` an object, or one gzipped before the
   * clock starts); the hub's answer, or a throw unless it is 200.
   */
  ingest(token: string, body: object | Buffer): Promise<{ ack_seq: number }>;
}

export async function startHub(env: Record<string, string> = {}): Promise<BenchHub> {
  const dir = env['BREWPIT_DATA_DIR'] ?? mkdtempSync(path.join(tmpdir(), 'brewpit-bench-'));
  const hub = new HubProcess({
    dir,
    dataDir: dir,
    adminToken: ADMIN_TOKEN,
    // BENCH_HUB_NODE_ARGS (e.g. --cpu-prof) profiles the hub process itself.
    nodeArgs: process.env.BENCH_HUB_NODE_ARGS?.split(' ').filter(Boolean) ?? [],
    env: {
      // Benchmarks flood on purpose; the per-device ingest limit is tested elsewhere.
      BREWPIT_INGEST_RATE_LIMIT: '0',
      BREWPIT_LOG_LEVEL: 'warn',
      ...env,
    },
  });
  await hub.start(20_000);
  return {
    url: hub.url,
    dir,
    proc: hub.child!,
    stop: () => hub.stop(),
    admin: (method, route, body) =>
      hub.json(route, { method, body: body === undefined ? undefined : JSON.stringify(body) }),
    pair: (name) => hub.pair(name),
    async ingest(token, body) {
      const res = await hub.api('/ingest', {
        method: 'POST',
        token,
        headers: { 'content-encoding': 'gzip' },
        body: Buffer.isBuffer(body) ? body : gzipSync(JSON.stringify(body)),
      });
      if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as { ack_seq: number };
    },
  };
}

/** The benches' edge node channels: a smoker's pit and 7 meat probes. */
export const EDGE_KEYS = ['pit', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];

/**
 * Writes DIR/edge.yaml for the benches' edge node: EDGE_KEYS sampled at 1 Hz from a simulated
 * smoker, its token inline, its own config (not the hub's); `lines` add the outbox and more.
 */
export function writeEdgeConfig(
  dir: string,
  hubUrl: string,
  dev: Device,
  name: string,
  lines: string[],
): string {
  const file = path.join(dir, 'edge.yaml');
  const meats = EDGE_KEYS.slice(1).map((k) => `{key: ${k}, name: Meat ${k}}`);
  writeFileSync(
    file,
    [
      `hub: {url: "${hubUrl}", token: "${dev.token}", device_id: "${dev.device_id}", apply_config: false}`,
      `device: {name: ${name}}`,
      'sample_interval: 1s',
      ...lines,
      'sensors:',
      `  - {platform: simulated, model: smoker, meats: [${meats.join(', ')}]}`,
      '',
    ].join('\n'),
  );
  return file;
}

/** Formats the table the way README shows it. */
export function formatTable(rows: BenchRow[]): string {
  const fmt = (n: number | null) =>
    n === null || Number.isNaN(n)
      ? '–'
      : Math.abs(n) >= 1000
        ? Math.round(n).toLocaleString('en-US')
        : Number(n.toPrecision(3)).toString();
  const lines = [
    '| figure | value | baseline (same run) | ratio | budget |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.figure} | ${fmt(r.value)} ${r.unit} | ${r.baseline}${r.baselineValue !== null ? `: ${fmt(r.baselineValue)} ${r.unit}` : ''} | ${r.ratio === null ? '–' : `${fmt(r.ratio)}×`} | ${r.budget ? `${r.budget} ${r.met ? '✔' : '✘'}` : ''} |`,
    ),
  ];
  return lines.join('\n');
}
