/**
 * What the reliability suite adds to test/support: the soak switch, the edge node it runs by
 * default (a fast-sampling simulated smoker with a fast-retrying uplink), the exactly-once
 * verdict every fault test ends with, and the summary line each test reports. Nothing here is
 * faked: the processes are the built `dist/` entry points (test/support/processes.ts).
 */
import { strict as assert } from 'node:assert';
import { EdgeProcess, type EdgeOptions, type HubProcess } from '../support/processes.js';
import { readHub, type HubAccount, type OutboxAccount } from '../support/stores.js';
import { GiveUp, waitFor } from '../support/wait.js';
import { writeSoakSummary } from './soak-summary.js';

/** `npm run soak` sets BREWPIT_SOAK=1: every test runs longer (more cycles, more minutes). */
export const SOAK = process.env['BREWPIT_SOAK'] === '1';

/**
 * The suite's edge node: a simulated smoker with two meat probes sampled every 100 ms, an
 * uplink that retries within half a second, and its own config (not the hub's desired one).
 */
export function smokerEdge(o: Omit<EdgeOptions, 'lines'> & { lines?: string[] }): EdgeProcess {
  return new EdgeProcess({
    name: 'reliability-edge',
    sampleIntervalMs: 100,
    applyConfig: false,
    ...o,
    outbox: { maxSize: '50MB', ...o.outbox },
    uplink: { backoff_initial: '50ms', backoff_max: '500ms', request_timeout: '3s', ...o.uplink },
    lines: o.lines ?? [
      'sensors:',
      '  - {platform: simulated, model: smoker, time_scale: 600, seed: 3, meats: [{key: meat1, name: Brisket, cut: large}, {key: meat2, name: Ribs, cut: small}]}',
    ],
  });
}

/**
 * The exactly-once verdict after a final drain: every seq the edge assigned is acknowledged,
 * the hub acknowledges the same seq, and the hub holds exactly one reading per seq that was not
 * reported dropped — none lost, none twice, per channel in strictly increasing time.
 */
export function assertExactlyOnce(edge: OutboxAccount, hub: HubAccount, label = ''): void {
  const p = label ? `${label}: ` : '';
  assert.equal(edge.unsent, 0, `${p}the edge outbox drained (${edge.unsent} unsent)`);
  assert.equal(edge.droppedPending, 0, `${p}every dropped range was reported`);
  assert.equal(
    edge.lastAckSeq,
    edge.lastSeq,
    `${p}the edge saw every seq it assigned acknowledged`,
  );
  assert.equal(hub.ackSeq, edge.lastSeq, `${p}the hub's contiguous ack is the edge's last seq`);
  assert.equal(hub.duplicateTs, 0, `${p}no (channel, ts) stored twice`);
  for (const [key, ts] of hub.byChannel) {
    for (let i = 1; i < ts.length; i++)
      assert.ok(ts[i]! > ts[i - 1]!, `${p}${key}: strictly increasing ts`);
  }
  const expected = edge.lastSeq - edge.droppedTotal - edge.rejectedTotal;
  assert.equal(
    hub.stored,
    expected,
    `${p}the hub stores one reading per delivered seq: ${hub.stored} stored, ${expected} expected (${edge.lastSeq} seqs, ${edge.droppedTotal} thinned, ${edge.rejectedTotal} rejected)`,
  );
}

/** The edge outbox's invariant at any moment: every assigned seq is acknowledged, unsent (contiguous after the ack), or reported dropped. */
export function assertOutboxConsistent(a: OutboxAccount, label = ''): void {
  const p = label ? `${label}: ` : '';
  if (a.unsent > 0) {
    assert.ok(a.minUnsent! > a.lastAckSeq, `${p}nothing acknowledged is still in the outbox`);
    assert.ok(
      a.maxUnsent! <= a.lastSeq,
      `${p}no unsent seq above the counter (${a.maxUnsent} > ${a.lastSeq})`,
    );
  }
  if (a.droppedTotal === 0 && a.rejectedTotal === 0) {
    assert.equal(
      a.lastAckSeq + a.unsent,
      a.lastSeq,
      `${p}every seq is acknowledged or unsent (ack ${a.lastAckSeq} + unsent ${a.unsent} != ${a.lastSeq})`,
    );
  }
}

/**
 * A short, greppable summary line; the lead quotes these numbers. During a soak the figures
 * also land in bench/results/soak.json (`soak-summary.ts`).
 */
export function report(name: string, figures: Record<string, unknown>): void {
  if (SOAK) writeSoakSummary(name, figures);
  const parts = Object.entries(figures).map(
    ([k, v]) => `${k}=${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(1) : String(v)}`,
  );
  console.log(`      [reliability] ${name}: ${parts.join(' ')}`);
}

/**
 * Ends a fault test: the node restarts with a one-hour interval (one last tick, then its seq
 * counter stands still) and everything it holds must reach `hubUrl` and be acknowledged.
 */
export async function finalDrain(edge: EdgeProcess, hubUrl: string): Promise<void> {
  await edge.stop();
  edge.reconfigure({ sampleIntervalMs: 3_600_000, hubUrl });
  edge.start();
  await waitFor(
    'final drain',
    () => {
      if (!edge.running) throw new GiveUp(`the edge node exited: ${edge.log.slice(-800)}`);
      const a = edge.account();
      return (
        a.lastSeq > 0 && a.unsent === 0 && a.lastAckSeq === a.lastSeq && a.droppedPending === 0
      );
    },
    { timeoutMs: 60_000, intervalMs: 100 },
  );
}

/** What both sides hold once a fault test has drained and stopped. */
export interface Accounts {
  edge: OutboxAccount;
  hub: HubAccount;
  /**
   * Readings the hub logged as collisions (a (channel, ts) another seq already took): kept
   * once, so each is a reading lost; the reports quote the count.
   */
  collisions: number;
}

/** finalDrain through `via` (the hub, or a proxy in front of it), stop both, read both stores. */
export async function drainAndStop(
  edge: EdgeProcess,
  hub: HubProcess,
  deviceId: string,
  via = hub.url,
): Promise<Accounts> {
  await finalDrain(edge, via);
  await edge.stop();
  await hub.stop();
  return {
    edge: edge.account(),
    hub: readHub(hub.dataDir, deviceId),
    collisions: [...hub.log.matchAll(/"collisions":(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0),
  };
}
