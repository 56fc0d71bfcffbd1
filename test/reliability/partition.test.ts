/**
 * Partition and slowness: the edge node reaches the hub only through the ChaosProxy, which
 * resets connections before and after the hub answered, truncates uploads, delays both ways and
 * black-holes requests, chosen per connection by a seeded mix. Now and then the hub itself is
 * stopped, so a long partition (connection refused) is part of the mix too. After the link
 * heals, every seq the edge assigned must be in the hub exactly once.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EdgeProcess, HubProcess, printLogsIfFailed, requireBuilt } from '../support/processes.js';
import { sleep } from '../support/wait.js';
import { assertExactlyOnce, drainAndStop, report, SOAK, smokerEdge } from './harness.js';
import { ChaosProxy, type FaultMix } from './proxy.js';

const RUN_MS = Number(process.env['BREWPIT_PARTITION_MS'] ?? (SOAK ? 10 * 60_000 : 45_000));
const SEED = Number(process.env['BREWPIT_PARTITION_SEED'] ?? 7);
const MIX: FaultMix = {
  pass: 4,
  reset: 1,
  resetAfterRequest: 2,
  truncate: 1,
  delay: 2,
  blackhole: 1,
};

describe('reliability: partition and slowness between edge and hub', function () {
  this.timeout(RUN_MS + 3 * 60_000);
  let dir: string;
  let hub: HubProcess;
  let edge: EdgeProcess;
  let proxy: ChaosProxy;

  before(function () {
    requireBuilt();
    dir = mkdtempSync(join(tmpdir(), 'brewpit-rel-partition-'));
  });

  afterEach(function () {
    printLogsIfFailed(this, { 'hub log': hub?.log, 'edge log': edge?.log });
  });

  after(async () => {
    await edge?.kill();
    await hub?.kill();
    await proxy?.stop();
    if (dir && !process.env['BREWPIT_KEEP']) rmSync(dir, { recursive: true, force: true });
  });

  it('stores every reading exactly once through resets, truncation, delay, black holes and outages', async () => {
    hub = new HubProcess({ dir });
    await hub.start();
    const device = await hub.createDevice('partition-smoker');
    proxy = new ChaosProxy({ host: '127.0.0.1', port: hub.port }, MIX, 300, SEED);
    const proxyPort = await proxy.start();
    edge = smokerEdge({
      dir: join(dir, 'edge'),
      hubUrl: `http://127.0.0.1:${proxyPort}`,
      sampleIntervalMs: 50,
      // Small batches and a short timeout: many connections, so many faults; a black hole costs 1 s.
      uplink: { batch_max_readings: 200, request_timeout: '1s' },
    });
    edge.setToken(device);
    edge.start();

    const started = Date.now();
    let outages = 0;
    while (Date.now() - started < RUN_MS) {
      await sleep(4_000 + Math.random() * 4_000);
      if (Date.now() - started > RUN_MS - 3_000) break;
      // A whole-link outage now and then: the hub goes away for 1–3 s (graceful or kill -9).
      await hub.kill(outages % 2 ? 'SIGKILL' : 'SIGTERM');
      await sleep(1_000 + Math.random() * 2_000);
      await hub.start();
      outages++;
    }

    // Heal the link and drain.
    proxy.mix = { pass: 1, reset: 0, resetAfterRequest: 0, truncate: 0, delay: 0, blackhole: 0 };
    const {
      edge: e,
      hub: h,
      collisions,
    } = await drainAndStop(edge, hub, device.device_id, `http://127.0.0.1:${proxyPort}`);
    report('partition', {
      seconds: (Date.now() - started) / 1000,
      seed: SEED,
      connections: proxy.stats.connections,
      ...Object.fromEntries(Object.entries(proxy.stats.byFault).map(([k, v]) => [`fault_${k}`, v])),
      hub_outages: outages,
      seqs: e.lastSeq,
      hub_stored: h.stored,
      hub_ack: h.ackSeq,
      hub_ts_collisions: collisions,
    });
    for (const [fault, n] of Object.entries(proxy.stats.byFault)) {
      assert.ok(n > 0, `the proxy injected '${fault}' at least once`);
    }
    assert.equal(e.lostTotal, 0);
    assert.equal(e.droppedTotal, 0, 'no thinning within a 50MB bound');
    assert.equal(e.rejectedTotal, 0, 'a truncated upload never makes the hub reject good readings');
    assertExactlyOnce(e, h, 'after the partition');
  });
});
