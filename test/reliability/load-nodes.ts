/**
 * The load test's edge nodes, run in a child process of their own (`load.test.ts` spawns one or
 * more) so that the load generator never shares an event loop with the test runner and cannot
 * starve the hub's measurements of it: each node sends one batch per second (its channels'
 * readings of that tick) at its own phase in the second, resending what was not acknowledged,
 * over one keep-alive connection as a real node does.
 *
 * Input: the path of a JSON `LoadPlan`. Output: one JSON `LoadResult` written to `plan.out`.
 * Besides each request's latency the process records how late each tick started (the client's
 * lateness, not the hub's) and its own event-loop delay.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** What one load process runs. */
export interface LoadPlan {
  url: string;
  nodes: { id: string; token: string; phase: number }[];
  channels: string[];
  /** Epoch ms of tick 0, shared by every load process. */
  started: number;
  seconds: number;
  out: string;
}

/** What one load process measured. */
export interface LoadResult {
  /** Request latencies, ms, send to full answer. */
  latencies: number[];
  /** How late each tick's send started after it was due, ms. */
  lateness: number[];
  errors: string[];
  /** Readings numbered (sent at least once) per node id. */
  sent: Record<string, number>;
  keepAliveRetries: number;
  /** Requests that opened a new connection, and the slowest of them (ms). */
  newConnections: number;
  newConnectionMaxMs: number;
  /** The slowest request: when it was sent (ms after tick 0), on a reused connection or not. */
  slowest: { ms: number; at: number; reused: boolean };
  /** This process's own event-loop delay, ms: p50, p99, max. */
  loop: { p50: number; p99: number; max: number };
}

interface Node {
  id: string;
  token: string;
  phase: number;
  /** The node's own kept-alive connection, as an edge holds one. */
  agent: Agent;
  seq: number;
  pending: { seq: number; channel: string; ts: number; value: number }[];
}

async function main(): Promise<void> {
  const plan = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as LoadPlan;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const result: LoadResult = {
    latencies: [],
    lateness: [],
    errors: [],
    sent: {},
    keepAliveRetries: 0,
    newConnections: 0,
    newConnectionMaxMs: 0,
    slowest: { ms: 0, at: 0, reused: true },
    loop: { p50: 0, p99: 0, max: 0 },
  };
  const ingest = (n: Node, body: unknown) =>
    new Promise<{ status: number; text: string; reused: boolean }>((resolve, reject) => {
      const data = Buffer.from(JSON.stringify(body));
      const req = request(
        `${plan.url}/api/v1/ingest`,
        {
          method: 'POST',
          agent: n.agent,
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
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text, reused: req.reusedSocket }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(data);
    });
  const send = async (n: Node) => {
    try {
      return await ingest(n, { boot_id: 'load', readings: n.pending });
    } catch (err) {
      // A pooled keep-alive socket closed as it was reused: the standard single retry.
      if ((err as { code?: string }).code !== 'ECONNRESET') throw err;
      result.keepAliveRetries++;
      return ingest(n, { boot_id: 'load', readings: n.pending });
    }
  };
  const end = plan.started + plan.seconds * 1000;
  const runNode = async (n: Node) => {
    for (let tick = 0; ; tick++) {
      const due = plan.started + n.phase + tick * 1000;
      if (due >= end) break;
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
      result.lateness.push(Math.max(0, Date.now() - due));
      n.pending.push(
        ...plan.channels.map((channel, i) => ({
          seq: ++n.seq,
          channel,
          ts: due,
          value: 100 + i + Math.sin(tick / 10),
        })),
      );
      const t0 = performance.now();
      try {
        const r = await send(n);
        const ms = performance.now() - t0;
        result.latencies.push(ms);
        if (!r.reused) {
          result.newConnections++;
          result.newConnectionMaxMs = Math.max(result.newConnectionMaxMs, ms);
        }
        if (ms > result.slowest.ms)
          result.slowest = { ms, at: Date.now() - ms - plan.started, reused: r.reused };
        if (r.status !== 200) {
          result.errors.push(`${n.id}: HTTP ${r.status} ${r.text.slice(0, 200)}`);
          continue;
        }
        const acked = (JSON.parse(r.text) as { ack_seq: number }).ack_seq;
        n.pending = n.pending.filter((x) => x.seq > acked);
        if (acked !== n.seq) result.errors.push(`${n.id}: ack ${acked} after sending seq ${n.seq}`);
      } catch (err) {
        result.errors.push(`${n.id}: ${String(err)}`);
      }
    }
  };
  // One connection per node, as each edge holds its own: a pool shared by 100 nodes used a few
  // sockets at a time, let the others idle out at the hub's keep-alive timeout, and opened new
  // ones in the bursts after a pause, which measured the connection set-up, not the hub.
  const nodes: Node[] = plan.nodes.map((n) => ({
    ...n,
    agent: new Agent({ keepAlive: true, maxSockets: 1 }),
    seq: 0,
    pending: [],
  }));
  // Warm-up before tick 0, not measured: every node says hello with an empty batch (as an edge
  // does when it boots), which opens its connection and runs the request path once.
  for (let i = 0; i < nodes.length; i += 10)
    await Promise.all(nodes.slice(i, i + 10).map((n) => send(n)));
  await Promise.all(nodes.map(runNode));
  for (const n of nodes) n.agent.destroy();
  loop.disable();
  for (const n of nodes) result.sent[n.id] = n.seq;
  result.loop = {
    p50: loop.percentile(50) / 1e6,
    p99: loop.percentile(99) / 1e6,
    max: loop.max / 1e6,
  };
  writeFileSync(plan.out, JSON.stringify(result));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
