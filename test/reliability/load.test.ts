/**
 * Load: 200 edge nodes × 16 channels at 1 Hz against one hub process. Each node is a light
 * in-test client sending one batch per second (its 16 readings of that tick), spread evenly
 * over the second, the way real nodes drift apart. Every call must succeed and be acknowledged
 * up to the seq it carried; the p50/p99/max ingest latencies are printed. `npm run soak` holds
 * the load for 10 minutes; `npm test` for 30 s.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'node:http';
import { HubProcess, requireBuilt } from '../support/processes.js';
import { percentile } from '../support/stats.js';
import { countReadings } from '../support/stores.js';
import { sleep } from '../support/wait.js';
import { report, SOAK } from './harness.js';

const NODES = Number(process.env['BREWPIT_LOAD_NODES'] ?? 200);
const CHANNELS = Number(process.env['BREWPIT_LOAD_CHANNELS'] ?? 16);
const SECONDS = Number(process.env['BREWPIT_LOAD_SECONDS'] ?? (SOAK ? 600 : 30));
/** The p99 a healthy hub keeps under this load on loopback; a regression past it fails. */
const P99_BUDGET_MS = Number(process.env['BREWPIT_LOAD_P99_MS'] ?? 250);

describe('reliability: load', function () {
  this.timeout((SECONDS + 180) * 1000);
  let dir: string;
  let hub: HubProcess;

  before(function () {
    requireBuilt();
    dir = mkdtempSync(join(tmpdir(), 'brewpit-rel-load-'));
  });

  after(async () => {
    await hub?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`holds ${NODES} nodes × ${CHANNELS} channels at 1 Hz for ${SECONDS} s with zero errors`, async () => {
    hub = new HubProcess({ dir });
    await hub.start();
    const agent = new Agent({ keepAlive: true, maxSockets: NODES });
    const channels = Array.from({ length: CHANNELS }, (_, i) => ({
      key: `ch${i}`,
      kind: 'temperature',
      unit: '°C',
      name: `Probe ${i}`,
    }));

    const setupStarted = Date.now();
    const nodes: {
      id: string;
      token: string;
      seq: number;
      acked: number;
      pending: { seq: number; channel: string; ts: number; value: number }[];
    }[] = [];
    for (let i = 0; i < NODES; i += 20) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(20, NODES - i) }, (_, k) =>
          hub.createDevice(`load-${i + k}`),
        ),
      );
      for (const d of batch)
        nodes.push({ id: d.device_id, token: d.token, seq: 0, acked: 0, pending: [] });
    }
    // node:http with a keep-alive agent: one connection per node, as a real node keeps.
    const ingest = (n: (typeof nodes)[number], body: unknown) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const data = Buffer.from(JSON.stringify(body));
        const req = request(
          `${hub.url}/api/v1/ingest`,
          {
            method: 'POST',
            agent,
            headers: {
              authorization: `Bearer ${n.token}`,
              'content-type': 'application/json',
              'content-length': data.length,
            },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (text += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(data);
      });
    // First contact: channels declared, token verified (scrypt) once per node.
    await Promise.all(
      nodes.map(async (n) =>
        assert.equal((await ingest(n, { boot_id: 'load', channels, readings: [] })).status, 200),
      ),
    );
    const setupSeconds = (Date.now() - setupStarted) / 1000;

    const latencies: number[] = [];
    const errors: string[] = [];
    let lateTicks = 0;
    let keepAliveRetries = 0;
    const started = Date.now();
    const end = started + SECONDS * 1000;
    const runNode = async (n: (typeof nodes)[number], phase: number) => {
      await sleep(phase);
      for (let tick = 0; ; tick++) {
        const due = started + phase + tick * 1000;
        if (due >= end) break;
        const wait = due - Date.now();
        if (wait > 0) await sleep(wait);
        else if (wait < -1000) lateTicks++;
        const ts = due;
        // Like an edge node: readings are numbered once and resent until acknowledged.
        n.pending.push(
          ...channels.map((c, i) => ({
            seq: ++n.seq,
            channel: c.key,
            ts,
            value: 100 + i + Math.sin(tick / 10),
          })),
        );
        const t0 = performance.now();
        try {
          let r;
          try {
            r = await ingest(n, { boot_id: 'load', readings: n.pending });
          } catch (err) {
            // A pooled keep-alive socket the server closed as it was reused: the standard retry.
            if ((err as { code?: string }).code !== 'ECONNRESET') throw err;
            keepAliveRetries++;
            r = await ingest(n, { boot_id: 'load', readings: n.pending });
          }
          latencies.push(performance.now() - t0);
          if (r.status !== 200) errors.push(`${n.id}: HTTP ${r.status} ${r.text.slice(0, 200)}`);
          else {
            n.acked = (JSON.parse(r.text) as { ack_seq: number }).ack_seq;
            n.pending = n.pending.filter((x) => x.seq > n.acked);
            if (n.acked !== n.seq)
              errors.push(`${n.id}: ack ${n.acked} after sending seq ${n.seq}`);
          }
        } catch (err) {
          errors.push(`${n.id}: ${String(err)}`);
        }
      }
    };
    await Promise.all(nodes.map((n, i) => runNode(n, Math.floor((i * 1000) / NODES))));
    const seconds = (Date.now() - started) / 1000;
    agent.destroy();

    latencies.sort((a, b) => a - b);
    const sent = nodes.reduce((s, n) => s + n.seq, 0);
    const stored = countReadings(hub.dataDir);
    const p99 = percentile(latencies, 99);
    report('load', {
      nodes: NODES,
      channels: CHANNELS,
      seconds,
      setup_seconds: setupSeconds,
      requests: latencies.length,
      readings_per_s: sent / seconds,
      readings_sent: sent,
      readings_stored: stored,
      errors: errors.length,
      late_ticks: lateTicks,
      keepalive_reset_retries: keepAliveRetries,
      p50_ms: percentile(latencies, 50),
      p95_ms: percentile(latencies, 95),
      p99_ms: p99,
      max_ms: latencies.at(-1) ?? NaN,
    });
    assert.deepEqual(errors.slice(0, 10), [], `${errors.length} errors`);
    assert.equal(stored, sent, 'every reading stored once');
    assert.ok(
      latencies.length >= NODES * (SECONDS - 1),
      `the load was held (${latencies.length} requests)`,
    );
    assert.ok(
      p99 < P99_BUDGET_MS,
      `p99 ingest latency ${p99.toFixed(1)} ms is within ${P99_BUDGET_MS} ms`,
    );
  });
});
