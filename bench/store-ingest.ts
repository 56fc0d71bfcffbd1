// What the change log costs the store's ingest: `store.readings.ingest` in-process (no HTTP),
// 8 channels × 125 timestamps = 1,000 readings a batch, one transaction each, the store's own
// durability (WAL, `synchronous = FULL`), into a fresh file per run. Three variants, run in
// turns so a busy machine slows them alike:
//   unarmed  this tree's store, the change log never armed (a hub nobody follows)
//   armed    this tree's store after `replication.arm()` (a hub being followed)
//   main     another tree's store (`npx tsx bench/store-ingest.ts <tree>`, e.g. main's sources
//            from `git archive main addon/src protocol/src`), the baseline: no change log
// Prints readings/s (wall) and CPU µs a reading per variant (medians over the rounds), and the
// ratios against the baseline of the same run (`main` when given, else `unarmed`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Channel, Reading } from '@brewpit/protocol';
import { median } from '../test/support/stats.js';

const BATCHES = Number(process.env.BENCH_STORE_BATCHES ?? 300);
const ROUNDS = Number(process.env.BENCH_STORE_ROUNDS ?? 5);
const T0 = Date.UTC(2025, 0, 1);

interface StoreLike {
  devices: { create(name: string, kind: 'edge', now: number): { device_id: string } };
  readings: {
    ingest(
      id: string,
      b: { boot_id: string; channels: Channel[]; readings: Reading[] },
      now: number,
    ): unknown;
  };
  replication?: { arm(): number };
  close(): void;
}
type Open = (file: string) => StoreLike;

const CHANNELS: Channel[] = Array.from({ length: 8 }, (_, i) => ({
  key: `p${i}`,
  kind: 'temperature',
  unit: '°C',
  name: `Probe ${i}`,
  precision: 1,
}));

/** One run: a fresh store, `BATCHES` batches; wall seconds and CPU seconds of the ingest only. */
function run(open: Open, arm: boolean): { wall: number; cpu: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-store-ingest-'));
  try {
    const store = open(path.join(dir, 'brewpit.db'));
    if (arm) store.replication!.arm();
    const dev = store.devices.create('bench', 'edge', T0).device_id;
    let seq = 0;
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let b = 0; b < BATCHES; b++) {
      const readings: Reading[] = [];
      for (let i = 0; i < 125; i++) {
        const ts = T0 + (b * 125 + i) * 1000;
        for (const c of CHANNELS)
          readings.push({ seq: ++seq, channel: c.key, ts, value: 20 + ((seq * 7) % 900) / 10 });
      }
      store.readings.ingest(dev, { boot_id: 'b', channels: CHANNELS, readings }, T0 + b * 125_000);
    }
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(cpu0);
    store.close();
    return { wall, cpu: (c.user + c.system) / 1e6 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const here = (await import('../addon/src/store/index.js')).Store;
  const variants: [string, Open, boolean][] = [
    ['unarmed', (f) => here.open(f), false],
    ['armed', (f) => here.open(f), true],
  ];
  const other = process.argv[2];
  if (other) {
    const mod = (await import(path.resolve(other, 'addon/src/store/index.ts'))) as {
      Store: { open: Open };
    };
    variants.push(['main', (f) => mod.Store.open(f), false]);
  }
  const n = BATCHES * 1000;
  const res = new Map<string, { wall: number[]; cpu: number[] }>();
  for (const [, open, arm] of variants) run(open, arm); // warm-up: JIT, page cache
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, open, arm] of variants) {
      const { wall, cpu } = run(open, arm);
      const e = res.get(name) ?? { wall: [], cpu: [] };
      e.wall.push(wall);
      e.cpu.push(cpu);
      res.set(name, e);
    }
  }
  const base = res.get(other ? 'main' : 'unarmed')!;
  console.log(`${n} readings a run, ${ROUNDS} rounds, medians:`);
  for (const [name, e] of res) {
    const wall = median(e.wall);
    const cpu = median(e.cpu);
    console.log(
      `${name.padEnd(8)} ${Math.round(n / wall)
        .toLocaleString('en')
        .padStart(9)} readings/s  ${((cpu / n) * 1e6).toFixed(2)} µs CPU a reading  ` +
        `wall ×${(wall / median(base.wall)).toFixed(2)}  CPU ×${(cpu / median(base.cpu)).toFixed(2)}`,
    );
  }
}

void main();
