import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.once('error', reject);
  });
}

export const ADMIN_TOKEN = 'bench-admin-token-0123456789';

/** A real hub process on loopback with a fresh data dir. */
export interface HubProcess {
  url: string;
  dir: string;
  proc: ChildProcess;
  stop(): Promise<void>;
  admin(method: string, route: string, body?: unknown): Promise<any>;
  pair(name: string): Promise<{ device_id: string; token: string }>;
}

export async function startHub(env: Record<string, string> = {}): Promise<HubProcess> {
  const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-bench-'));
  const port = await freePort();
  // BENCH_HUB_NODE_ARGS (e.g. --cpu-prof) profiles the hub process itself.
  const nodeArgs = process.env.BENCH_HUB_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const proc = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'addon/dist/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      BREWPIT_DATA_DIR: dir,
      BREWPIT_ADMIN_TOKEN: ADMIN_TOKEN,
      // Benchmarks flood on purpose; the per-device ingest limit is tested elsewhere.
      BREWPIT_INGEST_RATE_LIMIT: '0',
      BREWPIT_LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      /* starting */
    }
    if (Date.now() > deadline || proc.exitCode !== null)
      throw new Error('The hub did not start for the benchmark');
    await new Promise((r) => setTimeout(r, 100));
  }
  const admin = async (method: string, route: string, body?: unknown) => {
    const res = await fetch(`${url}/api/v1${route}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? null : res.json();
  };
  return {
    url,
    dir,
    proc,
    admin,
    async pair(name) {
      const { code } = (await admin('POST', '/pairings')) as { code: string };
      const res = await fetch(`${url}/api/v1/pair`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, name }),
      });
      return res.json() as Promise<{ device_id: string; token: string }>;
    },
    async stop() {
      if (proc.exitCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    },
  };
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
