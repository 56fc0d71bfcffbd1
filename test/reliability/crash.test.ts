/**
 * Crash: the edge node and the hub are killed with SIGKILL at random moments, over and over,
 * while a simulated smoker samples every 20 ms. Kills land while the edge appends a tick (one
 * fsynced transaction every 20 ms), while a batch is in flight, while the hub commits it and
 * while the edge applies the ack: the edge is killed a random 0–250 ms after it started
 * sampling, the hub a random 0–300 ms after it answers /health, which is exactly when the edge
 * drains the backlog it buffered while the hub was down. After a final drain every seq the edge
 * ever assigned must be in the hub exactly once.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EdgeProcess, HubProcess, printLogsIfFailed, requireBuilt } from '../support/processes.js';
import { rng } from '../support/stats.js';
import { sleep, waitFor } from '../support/wait.js';
import {
  assertExactlyOnce,
  assertOutboxConsistent,
  drainAndStop,
  report,
  SOAK,
  smokerEdge,
} from './harness.js';

const CYCLES = Number(process.env['BREWPIT_CRASH_CYCLES'] ?? (SOAK ? 600 : 100));
const SEED = Number(process.env['BREWPIT_CRASH_SEED'] ?? 20251122);

describe('reliability: kill -9 of edge node and hub', function () {
  this.timeout((SOAK ? 30 : 4) * 60_000);
  let dir: string;
  let hub: HubProcess;
  let edge: EdgeProcess;

  before(function () {
    requireBuilt();
    dir = mkdtempSync(join(tmpdir(), 'brewpit-rel-crash-'));
  });

  afterEach(function () {
    const warnings = hub?.log
      .split('\n')
      .filter((l) => /"level":[456]0/.test(l))
      .slice(-20)
      .join('\n');
    printLogsIfFailed(this, {
      'hub warnings': warnings,
      'hub log': hub?.log,
      'edge log': edge?.log,
    });
  });

  after(async () => {
    await edge?.kill();
    await hub?.kill();
    if (dir && !process.env['BREWPIT_KEEP']) rmSync(dir, { recursive: true, force: true });
    else if (dir) console.log('kept', dir);
  });

  it(`stores every reading exactly once across ${CYCLES} random kill -9 cycles`, async () => {
    const random = rng(SEED);
    hub = new HubProcess({ dir });
    await hub.start();
    const device = await hub.createDevice('crash-smoker');
    edge = smokerEdge({ dir: join(dir, 'edge'), hubUrl: hub.url, sampleIntervalMs: 20 });
    edge.setToken(device);

    const kills = { edge: 0, hub: 0, both: 0, edgeBeforeSampling: 0 };
    const started = Date.now();
    let logMark = 0;
    const edgeSampling = async (): Promise<void> => {
      // The start line is logged when sampling begins; the node is killed some time after it.
      await waitFor(
        'edge started',
        () => edge.log.indexOf("' started:", logMark) >= 0 || !edge.running,
        { timeoutMs: 15_000, intervalMs: 5 },
      );
    };

    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const r = random();
      const victim = r < 0.45 ? 'edge' : r < 0.85 ? 'hub' : 'both';
      if (!hub.running) await hub.start();
      if (!edge.running) {
        logMark = edge.log.length;
        edge.start();
        // One kill in ten lands during start-up (opening the outbox, first append).
        if (random() < 0.1) {
          await sleep(150 + random() * 250);
          kills.edgeBeforeSampling++;
        } else {
          await edgeSampling();
        }
      }
      await sleep(victim === 'edge' ? random() * 250 : random() * 300);
      if (victim === 'both') await Promise.all([edge.kill('SIGKILL'), hub.kill('SIGKILL')]);
      else if (victim === 'edge') await edge.kill('SIGKILL');
      else await hub.kill('SIGKILL');
      kills[victim]++;
      if (!edge.running) assertOutboxConsistent(edge.account(), `cycle ${cycle} (${victim})`);
    }

    // Final drain: everything the node holds must reach the hub.
    if (edge.running) await edge.kill('SIGKILL');
    if (!hub.running) await hub.start();
    const { edge: e, hub: h, collisions } = await drainAndStop(edge, hub, device.device_id);
    report('crash', {
      cycles: CYCLES,
      seed: SEED,
      edge_kills: kills.edge + kills.both,
      hub_kills: kills.hub + kills.both,
      both_at_once: kills.both,
      edge_kills_during_startup: kills.edgeBeforeSampling,
      edge_starts: edge.starts,
      hub_starts: hub.starts,
      seqs: e.lastSeq,
      hub_stored: h.stored,
      hub_ack: h.ackSeq,
      // Readings another seq's (channel, ts) already took: see the report (edge clock steps back).
      hub_ts_collisions: collisions,
      seconds: (Date.now() - started) / 1000,
    });
    assert.equal(e.lostTotal, 0, 'no reading lost to a full disk');
    assert.equal(e.droppedTotal, 0, 'no thinning within a 50MB bound');
    assertExactlyOnce(e, h, 'after the kill cycles');
    assert.deepEqual([...h.byChannel.keys()].sort(), ['meat1', 'meat2', 'pit']);
  });
});
