// Edge node, as installed (the bundled CLI with its V8 flags; BENCH_EDGE_CLI=dist for the
// development build): resident memory and CPU of a real `brewpit-edge run` process sampling
// 8 simulated channels at 1 Hz and sending them to a real hub, against an idle Node.js process measured the
// same way over the same minute; and the time a real node takes to drain a backlog of 1 M
// readings (pre-filled into its outbox) into a real hub, against a minimal client posting the
// same readings in the same batch size.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_BATCH_READINGS } from '@brewpit/protocol';
import { Outbox, type NewReading } from '../edge-node/src/outbox/outbox.js';
import {
  EDGE_KEYS as KEYS,
  ROOT,
  row,
  startHub,
  writeEdgeConfig,
  type Bench,
  type BenchHub,
  type BenchRow,
  type Device,
} from './lib.js';
import { GiveUp } from '../test/support/wait.js';
import { cpuSeconds, MB, rss, sleep, stopHub, stopProcess, waitFor } from './util.js';

/**
 * Which CLI to measure: `bundle` (the default: edge-node/dist/brewpit-edge.mjs and its chunks,
 * made by edge-node/build.mjs, which is what deploy/install.sh installs and the systemd unit
 * runs, with the V8 flags of its first line) or `dist` (edge-node/dist/cli.js from `tsc -b`,
 * the development build, run as `node cli.js`): BENCH_EDGE_CLI=dist.
 */
const CLI_KIND = process.env.BENCH_EDGE_CLI === 'dist' ? 'dist' : 'bundle';
const EDGE_CLI = path.join(
  ROOT,
  CLI_KIND === 'bundle' ? 'edge-node/dist/brewpit-edge.mjs' : 'edge-node/dist/cli.js',
);
const MEASURE_S = Number(process.env.BENCH_EDGE_SECONDS ?? 60);
const WARMUP_S = 5;
const BACKLOG = Number(process.env.BENCH_EDGE_BACKLOG ?? 1_000_000);

/** edge.yaml with the outbox bound raised (the drain buffers a million readings) and a status file. */
const edgeConfig = (dir: string, hubUrl: string, dev: Device): string =>
  writeEdgeConfig(dir, hubUrl, dev, 'bench-edge', [
    `outbox: {path: "${path.join(dir, 'outbox.db')}", max_size: 1GB}`,
    `status_file: "${path.join(dir, 'edge-status.json')}"`,
  ]);

/**
 * Node options from the CLI's `#!/usr/bin/env -S node …` line: they apply when the file is
 * executed, as the installed wrapper runs it (`exec "$CLI" "$@"`); passing them to this very
 * Node binary keeps the run independent of which `node` PATH finds first.
 */
function shebangFlags(file: string): string[] {
  const first = readFileSync(file, 'utf8').split('\n', 1)[0] ?? '';
  const m = /^#!\S*env\s+(?:-S\s+)?node\b(.*)$/.exec(first);
  return m ? m[1]!.split(' ').filter(Boolean) : [];
}

/** How the edge node was started, for the notes. */
function edgeCommand(): string {
  const flags = [...shebangFlags(EDGE_CLI), ...nodeArgs()].join(' ');
  return `${path.relative(ROOT, EDGE_CLI)}${flags ? ` (node ${flags})` : ''}`;
}

// BENCH_EDGE_NODE_ARGS (e.g. --cpu-prof) profiles the edge node process.
const nodeArgs = () => process.env.BENCH_EDGE_NODE_ARGS?.split(' ').filter(Boolean) ?? [];

function spawnEdge(config: string, cwd: string): { proc: ChildProcess; log: () => string } {
  let log = '';
  const args = [...shebangFlags(EDGE_CLI), ...nodeArgs(), EDGE_CLI, 'run', '--config', config];
  const proc = spawn(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-8000)));
  proc.stderr!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-8000)));
  return { proc, log: () => log };
}

/** Proportional set size in MB: shared pages count divided by the processes sharing them. */
function pssMB(pid: number): number {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? NaN) / 1024;
}

const ackOf = async (hub: BenchHub, deviceId: string) =>
  (await hub.admin('GET', `/devices/${deviceId}`)).ack_seq as number;

/** CPU share and peak RSS of the edge node and of an idle node, side by side over the same window. */
async function footprint(): Promise<BenchRow[]> {
  const hub = await startHub();
  const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-bench-edge-'));
  const dev = await hub.pair('bench-edge');
  const edge = spawnEdge(edgeConfig(dir, hub.url, dev), dir);
  const idle = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  try {
    await waitFor(
      'the edge node to deliver readings',
      async () => (await ackOf(hub, dev.device_id)) > 0,
      { timeoutMs: 20_000 },
    );
    await sleep(WARMUP_S * 1000);
    const pids = { edge: edge.proc.pid!, idle: idle.pid! };
    const t0 = performance.now();
    const cpu0 = { edge: cpuSeconds(pids.edge), idle: cpuSeconds(pids.idle) };
    const ack0 = await ackOf(hub, dev.device_id);
    await sleep(MEASURE_S * 1000);
    if (edge.proc.exitCode !== null)
      throw new Error(`the edge node exited (${edge.proc.exitCode}): ${edge.log()}`);
    const wall = (performance.now() - t0) / 1000;
    const share = (pid: number, c0: number) => ((cpuSeconds(pid) - c0) / wall) * 100;
    const cpu = { edge: share(pids.edge, cpu0.edge), idle: share(pids.idle, cpu0.idle) };
    const mem = { edge: rss(pids.edge), idle: rss(pids.idle) };
    const pss = { edge: pssMB(pids.edge), idle: pssMB(pids.idle) };
    const delivered = (await ackOf(hub, dev.device_id)) - ack0;
    const expected = KEYS.length * wall;
    if (delivered < expected * 0.9)
      throw new Error(
        `the edge node delivered ${delivered} readings in ${wall.toFixed(0)} s, expected ~${expected.toFixed(0)}: ${edge.log()}`,
      );
    const note = `over ${wall.toFixed(0)} s after ${WARMUP_S} s of warm-up; ${delivered} readings acknowledged by the hub in that window; /proc/<pid>/stat utime+stime, VmHWM`;
    return [
      row({
        figure: `edge peak RSS (${KEYS.length} ch × 1 Hz)`,
        value: mem.edge.peak / MB,
        unit: 'MB',
        baseline: 'idle node process',
        baselineValue: mem.idle.peak / MB,
        budget: '< 55 MB',
        met: mem.edge.peak / MB < 55,
        note: `${edgeCommand()}; current RSS ${(mem.edge.rss / MB).toFixed(1)} MB (idle ${(mem.idle.rss / MB).toFixed(1)} MB), PSS ${pss.edge.toFixed(1)} MB (idle ${pss.idle.toFixed(1)} MB; /proc/<pid>/smaps_rollup, shared pages of the node binary split between the two); ${note}`,
      }),
      row({
        figure: `edge CPU (${KEYS.length} ch × 1 Hz)`,
        value: cpu.edge,
        unit: '% of a core',
        baseline: 'idle node process',
        baselineValue: cpu.idle,
        budget: '< 1%',
        met: cpu.edge < 1,
        note,
      }),
    ];
  } finally {
    await stopProcess(edge.proc);
    await stopProcess(idle);
    await stopHub(hub);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The backlog: 8 channels, 1 s apart, ending now, as after a 35 h outage. */
function backlogTick(t: number, now: number): NewReading[] {
  const ticks = BACKLOG / KEYS.length;
  const ts = now - (ticks - t) * 1000;
  return KEYS.map((channel, c) => ({
    channel,
    ts,
    value: Math.round((100 + c * 5 + Math.sin(t / 300) * 10) * 100) / 100,
    status: 'ok' as const,
  }));
}

/** Time for a real edge node to drain a pre-filled outbox of BACKLOG readings into a real hub. */
async function edgeDrain(): Promise<{ seconds: number; fillSeconds: number }> {
  const hub = await startHub();
  const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-bench-drain-'));
  const dev = await hub.pair('bench-drain');
  const config = edgeConfig(dir, hub.url, dev);
  const fillStart = performance.now();
  const outbox = Outbox.open(path.join(dir, 'outbox.db'), 1024 * MB);
  const now = Date.now();
  for (let t = 0; t < BACKLOG / KEYS.length;) {
    const chunk: NewReading[] = [];
    for (let k = 0; k < 1250 && t < BACKLOG / KEYS.length; k++, t++)
      chunk.push(...backlogTick(t, now));
    outbox.append(chunk);
  }
  outbox.close();
  const fillSeconds = (performance.now() - fillStart) / 1000;
  let edge: ReturnType<typeof spawnEdge> | undefined;
  try {
    const start = performance.now();
    edge = spawnEdge(config, dir);
    const e = edge;
    await waitFor(
      `the hub to acknowledge seq ${BACKLOG}`,
      async () => {
        if (e.proc.exitCode !== null)
          throw new GiveUp(`the edge node exited (${e.proc.exitCode}): ${e.log()}`);
        return (await ackOf(hub, dev.device_id)) >= BACKLOG;
      },
      { timeoutMs: 300_000, intervalMs: 25 },
    );
    return { seconds: (performance.now() - start) / 1000, fillSeconds };
  } finally {
    await stopProcess(edge?.proc);
    await stopHub(hub);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same readings posted by a minimal client: JSON + gzip per batch, one request at a time. */
async function minimalDrain(): Promise<number> {
  const hub = await startHub();
  try {
    const dev = await hub.pair('bench-minimal');
    const channels = KEYS.map((key) => ({ key, kind: 'temperature', unit: '°C', name: key }));
    const now = Date.now();
    const ticksPerBatch = MAX_BATCH_READINGS / KEYS.length;
    const start = performance.now();
    let ack = 0;
    for (let t = 0, seq = 1; t < BACKLOG / KEYS.length;) {
      const readings = [];
      for (let k = 0; k < ticksPerBatch && t < BACKLOG / KEYS.length; k++, t++) {
        for (const r of backlogTick(t, now))
          readings.push({ seq: seq++, channel: r.channel, ts: r.ts, value: r.value });
      }
      const body = { boot_id: 'bench', channels: ack === 0 ? channels : undefined, readings };
      ack = (await hub.ingest(dev.token, body)).ack_seq;
    }
    if (ack < BACKLOG) throw new Error(`the hub acknowledged only ${ack} of ${BACKLOG}`);
    return (performance.now() - start) / 1000;
  } finally {
    await stopHub(hub);
  }
}

export const edgeBench: Bench = async () => {
  if (!existsSync(path.join(ROOT, 'edge-node/dist/cli.js')))
    throw new Error('the edge node is not built; run npx tsc -b');
  // The bundle from this very build, as edge-node/deploy/bundle.sh makes it for install.sh.
  if (CLI_KIND === 'bundle')
    execFileSync(process.execPath, [path.join(ROOT, 'edge-node/build.mjs')], { stdio: 'ignore' });
  // BENCH_EDGE_PARTS=footprint or =drain runs one half (quicker when working on one of them).
  const parts = process.env.BENCH_EDGE_PARTS?.split(',') ?? ['footprint', 'drain'];
  const rows = parts.includes('footprint') ? await footprint() : [];
  if (!parts.includes('drain')) return rows;
  const drain = await edgeDrain();
  const minimal = await minimalDrain();
  rows.push(
    row({
      figure: `edge backlog drain (${(BACKLOG / 1e6).toLocaleString('en-US')} M readings)`,
      value: drain.seconds,
      unit: 's',
      baseline: `minimal client, ${MAX_BATCH_READINGS}/batch`,
      baselineValue: minimal,
      budget: '≤ 1.0× the minimal client',
      met: drain.seconds <= minimal,
      note: `${edgeCommand()}; from spawning the node to the hub's ack_seq reaching ${BACKLOG} (node start-up included); outbox pre-filled in ${drain.fillSeconds.toFixed(1)} s`,
    }),
  );
  return rows;
};
