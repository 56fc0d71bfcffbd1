// Ingest throughput: readings/s through POST /api/v1/ingest of a real hub process (several
// concurrent edge nodes, gzip bodies, 1000-reading batches) against raw better-sqlite3
// prepared inserts of the same rows into the same table, in the same batch size and with the
// same durability (WAL, synchronous=FULL): the ceiling any SQLite ingest path can reach here.
// The nodes post with the edge node's own HTTP client (node:http, keep-alive), as edges do.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { send } from '../edge-node/src/uplink/http.js';
import { row, startHub, type Bench } from './lib.js';
import { stopHub } from './util.js';

const DEVICES = 8;
const CHANNELS = 8;
const BATCH = 1000;
const BATCHES_PER_DEVICE = 60; // 8 × 60 × 1000 = 480,000 readings
const T0 = 1_790_000_000_000;

function batchReadings(b: number) {
  return Array.from({ length: BATCH }, (_, i) => {
    const n = b * BATCH + i;
    return {
      seq: n + 1,
      channel: `ch${n % CHANNELS}`,
      ts: T0 + Math.floor(n / CHANNELS) * 1000,
      value: 20 + Math.sin(n / 500) * 5,
    };
  });
}

function rawInsertRate(): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-bench-raw-'));
  const db = new Database(path.join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'CREATE TABLE readings (series_id INTEGER NOT NULL, ts INTEGER NOT NULL, value REAL, status INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (series_id, ts)) WITHOUT ROWID',
  );
  const insert = db.prepare(
    'INSERT INTO readings (series_id, ts, value, status) VALUES (?, ?, ?, 0)',
  );
  const tx = db.transaction((sid: number, rows: ReturnType<typeof batchReadings>) => {
    for (const r of rows) insert.run(sid * 100 + Number(r.channel.slice(2)), r.ts, r.value);
  });
  const batches = Array.from({ length: BATCHES_PER_DEVICE }, (_, b) => batchReadings(b));
  const start = process.hrtime.bigint();
  for (let d = 0; d < DEVICES; d++) for (const rows of batches) tx(d, rows);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return (DEVICES * BATCHES_PER_DEVICE * BATCH) / seconds;
}

async function httpIngestRate(): Promise<{ rate: number; p99: number }> {
  const hub = await startHub();
  try {
    const channels = Array.from({ length: CHANNELS }, (_, c) => ({
      key: `ch${c}`,
      kind: 'temperature',
      unit: '°C',
      name: `Probe ${c}`,
    }));
    const devices = await Promise.all(
      Array.from({ length: DEVICES }, (_, d) => hub.pair(`bench-${d}`)),
    );
    // Bodies are built before the clock starts: the client's JSON work is not the hub's.
    const bodies = Array.from({ length: BATCHES_PER_DEVICE }, (_, b) =>
      gzipSync(
        JSON.stringify({
          boot_id: 'bench',
          channels: b === 0 ? channels : undefined,
          readings: batchReadings(b),
        }),
      ),
    );
    // As an edge node posts a batch (`edge-node/src/uplink/client.ts`). Not `fetch`: on these
    // two cores the client's CPU is taken from the hub, and fetch took 2.7 times as much for the
    // same requests (`bench/README.md`, "The load client posts as an edge node does").
    const post = async (token: string, body: Buffer) => {
      const res = await send(`${hub.url}/api/v1/ingest`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-encoding': 'gzip',
        },
        body,
        timeoutMs: 60_000,
      });
      if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${res.body}`);
    };
    const latencies: number[] = [];
    const start = process.hrtime.bigint();
    await Promise.all(
      devices.map(async (dev) => {
        for (const body of bodies) {
          const t = performance.now();
          await post(dev.token, body);
          latencies.push(performance.now() - t);
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    latencies.sort((a, b) => a - b);
    return {
      rate: (DEVICES * BATCHES_PER_DEVICE * BATCH) / seconds,
      p99: latencies[Math.floor(latencies.length * 0.99)]!,
    };
  } finally {
    await stopHub(hub);
  }
}

export const ingestBench: Bench = async () => {
  const raw = rawInsertRate();
  const http = await httpIngestRate();
  return [
    row({
      figure: `ingest (HTTP, ${DEVICES} nodes, gzip, ${BATCH}/batch)`,
      value: http.rate,
      unit: 'readings/s',
      baseline: 'raw better-sqlite3 inserts',
      baselineValue: raw,
      budget: '≥ 0.6×',
      met: http.rate / raw >= 0.6,
      note: `p99 batch latency ${http.p99.toFixed(1)} ms`,
    }),
  ];
};
