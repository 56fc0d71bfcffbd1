// Ingest throughput: readings/s through POST /api/v1/ingest of a real hub process (several
// concurrent edge nodes, gzip bodies, 1000-reading batches) against raw better-sqlite3
// prepared inserts of the same rows into the same table, in the same batch size and with the
// same durability (WAL, synchronous=FULL): the ceiling any SQLite ingest path can reach here.
//
// Two rows, as issue 21 sets two bars, both with the bodies edge nodes send (MessagePack, built
// and gzipped by the edge's own `encodeIngest`). Edge nodes are machines of their own, so the
// first row stands in for them with the lightest client there is (`bare-http.ts`: requests built
// before the clock, one keep-alive connection per node), and holds the hub to 0.6×. The second
// posts with the edge node's own HTTP client (node:http, keep-alive), as edges do, from the same
// two cores as the hub: a load generator on the hub's machine, held to 0.4×. A third row, with
// no budget, sends the same batches as JSON (older nodes, DIY senders) with the bare client.
// Every answer must be a 200 acknowledging the batch's last seq.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encodeIngest } from '../edge-node/src/uplink/client.js';
import { send } from '../edge-node/src/uplink/http.js';
import { BareConnection, bareRequest } from './bare-http.js';
import { median, row, startHub, type Bench } from './lib.js';
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

/** Who posts the batches: the lightest client, or the edge node's own. */
type Client = 'bare' | 'edge';

interface HttpRun {
  rate: number;
  p99: number;
  /** CPU the client (this process) used over the timed load. */
  clientCpuMs: number;
}

/** The body format: what edge nodes send to this hub, or JSON. */
type Format = 'msgpack' | 'json';

async function httpIngestRate(client: Client, format: Format): Promise<HttpRun> {
  const hub = await startHub();
  const connections: BareConnection[] = [];
  try {
    const channels = Array.from({ length: CHANNELS }, (_, c) => ({
      key: `ch${c}`,
      kind: 'temperature' as const,
      unit: '°C',
      name: `Probe ${c}`,
    }));
    const devices = await Promise.all(
      Array.from({ length: DEVICES }, (_, d) => hub.pair(`bench-${d}`)),
    );
    // Bodies are built before the clock starts: the client's encoding work is not the hub's.
    const bodies = await Promise.all(
      Array.from({ length: BATCHES_PER_DEVICE }, async (_, b) => {
        const parts = {
          bootId: 'bench',
          readings: { json: JSON.stringify(batchReadings(b)) },
          rest: b === 0 ? { channels } : {},
        };
        const { body, compressed } = await encodeIngest(parts, format === 'msgpack', true);
        if (!compressed) throw new Error('a 1,000-reading body goes gzipped');
        return body;
      }),
    );
    const url = `${hub.url}/api/v1/ingest`;
    const headers = (token: string) => ({
      authorization: `Bearer ${token}`,
      'content-type': format === 'msgpack' ? 'application/msgpack' : 'application/json',
      'content-encoding': 'gzip',
    });
    // One poster per node, answering status and body. The bare client's requests are built
    // whole, and its connections opened, before the clock starts too.
    const posters = await Promise.all(
      devices.map(async (dev) => {
        if (client === 'edge') {
          // As an edge node posts a batch (`edge-node/src/uplink/client.ts`). Not `fetch`: fetch
          // took 2.7 times as much CPU for the same requests (`bench/README.md`, "The load
          // client posts as an edge node does").
          return (b: number) =>
            send(url, {
              method: 'POST',
              headers: headers(dev.token),
              body: bodies[b]!,
              timeoutMs: 60_000,
            });
        }
        const requests = bodies.map((body) => bareRequest(url, headers(dev.token), body));
        const connection = await BareConnection.open(hub.url);
        connections.push(connection);
        return (b: number) => connection.send(requests[b]!);
      }),
    );
    const latencies: number[] = [];
    // The client is this process: its CPU over the load is what it took from the hub's cores.
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    await Promise.all(
      posters.map(async (post) => {
        for (let b = 0; b < BATCHES_PER_DEVICE; b++) {
          const t = performance.now();
          const res = await post(b);
          latencies.push(performance.now() - t);
          if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${res.body}`);
          const ack = (JSON.parse(res.body) as { ack_seq: number }).ack_seq;
          if (ack !== (b + 1) * BATCH)
            throw new Error(`batch ${b} acknowledged up to seq ${ack}, not ${(b + 1) * BATCH}`);
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    latencies.sort((a, b) => a - b);
    return {
      rate: (DEVICES * BATCHES_PER_DEVICE * BATCH) / seconds,
      p99: latencies[Math.floor(latencies.length * 0.99)]!,
      clientCpuMs: (used.user + used.system) / 1000,
    };
  } finally {
    for (const c of connections) c.close();
    await stopHub(hub);
  }
}

/**
 * Rounds of the whole measurement. One round's hub part lasts about a second and a half, and on
 * a shared virtual machine one round's ratio ranged 0.44–0.76× over 22 runs; each row takes
 * the median of its rounds, raw inserts and both clients measured in turn in every round so
 * that a slower minute of the machine falls on all three.
 */
const ROUNDS = 5;

const CLIENTS: readonly { client: Client; format: Format; budget?: number; label: string }[] = [
  {
    client: 'bare',
    format: 'msgpack',
    budget: 0.6,
    label: 'bare client, as from nodes on machines of their own',
  },
  {
    client: 'edge',
    format: 'msgpack',
    budget: 0.4,
    label: "the edge's own client on the hub's two cores",
  },
  { client: 'bare', format: 'json', label: 'bare client, JSON bodies (older nodes, DIY senders)' },
];

export const ingestBench: Bench = async () => {
  const raws: number[] = [];
  const runs = CLIENTS.map(() => ({
    rates: [] as number[],
    p99s: [] as number[],
    cpu: [] as number[],
  }));
  for (let round = 0; round < ROUNDS; round++) {
    raws.push(rawInsertRate());
    for (const [i, { client, format }] of CLIENTS.entries()) {
      const http = await httpIngestRate(client, format);
      runs[i]!.rates.push(http.rate);
      runs[i]!.p99s.push(http.p99);
      runs[i]!.cpu.push(http.clientCpuMs);
    }
  }
  const raw = median(raws);
  return CLIENTS.map(({ budget, label }, i) => {
    const { rates, p99s, cpu } = runs[i]!;
    const rate = median(rates);
    const ratios = rates.map((r, k) => r / raws[k]!).sort((a, b) => a - b);
    return row({
      figure: `ingest (HTTP, ${DEVICES} nodes, gzip, ${BATCH}/batch; ${label})`,
      value: rate,
      unit: 'readings/s',
      baseline: 'raw better-sqlite3 inserts',
      baselineValue: raw,
      ...(budget === undefined ? {} : { budget: `≥ ${budget}×`, met: rate / raw >= budget }),
      note: `median of ${ROUNDS} rounds; each round's ratio ${ratios[0]!.toFixed(2)}–${ratios.at(-1)!.toFixed(2)}×; p99 batch latency ${median(p99s).toFixed(1)} ms; client CPU ${median(cpu).toFixed(0)} ms a round`,
    });
  });
};
