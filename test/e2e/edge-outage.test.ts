/**
 * End to end: the real hub and the real edge node as processes on loopback. The hub is stopped
 * for a minute (8 s with BREWPIT_FAST_TESTS=1) while the edge keeps sampling a simulated smoker;
 * after the restart every reading taken meanwhile must arrive exactly once, in order.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EdgeProcess, HubProcess, printLogsIfFailed, requireBuilt } from '../support/processes.js';
import { sleep, waitFor } from '../support/wait.js';

const OUTAGE_MS = process.env['BREWPIT_FAST_TESTS'] === '1' ? 8_000 : 60_000;
const INTERVAL_MS = 200;
const CHANNELS = ['pit', 'meat1', 'meat2'];

describe('edge outage (hub + edge processes)', function () {
  this.timeout(OUTAGE_MS + 120_000);
  let dir: string;
  let hub: HubProcess;
  let edge: EdgeProcess;

  before(function () {
    requireBuilt();
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'brewpit-e2e-edge-'));
  });

  afterEach(async function () {
    await edge?.kill('SIGKILL');
    await hub?.kill('SIGKILL');
    printLogsIfFailed(this, { 'hub log': hub?.log, 'edge log': edge?.log }, 4000);
    rmSync(dir, { recursive: true, force: true });
  });

  it('delivers every reading taken during a hub outage exactly once, in order', async () => {
    hub = new HubProcess({ dir });
    await hub.start();
    edge = new EdgeProcess({
      dir: join(dir, 'edge'),
      hubUrl: hub.url,
      name: 'e2e-smoker',
      // 200 ms is below what a hub config can ask for (0.5 s): keep edge.yaml's interval.
      applyConfig: false,
      sampleIntervalMs: INTERVAL_MS,
      outbox: { maxSize: '50MB' },
      uplink: { backoff_initial: '200ms', backoff_max: '1s' },
      lines: [
        'sensors:',
        '  - {platform: simulated, model: smoker, time_scale: 600, seed: 3, meats: [{key: meat1, name: Brisket, cut: large}, {key: meat2, name: Ribs, cut: small}]}',
      ],
    });
    const { device_id } = edge.pair(await hub.pairingCode());
    edge.start();
    const status = () =>
      edge.status<{ uplink: { last_ack_seq: number | null }; outbox: { depth: number } }>();
    await waitFor('first ack', () => (status().uplink.last_ack_seq ?? 0) > 30);

    await hub.stop();
    const outageFrom = Date.now();
    await sleep(OUTAGE_MS);
    const outageTo = Date.now();
    const buffered = status().outbox.depth;
    assert.ok(
      buffered >= (OUTAGE_MS / INTERVAL_MS) * CHANNELS.length * 0.8,
      `edge buffered ${buffered} readings during the outage`,
    );

    await hub.start();
    await waitFor('backlog drained', () => status().outbox.depth < 30, { timeoutMs: 60_000 });
    await edge.stop();

    // The edge's own account: every seq it ever assigned, and what is still unsent.
    const account = edge.account();
    assert.equal(account.droppedTotal, 0, 'no thinning within a 50MB bound');
    assert.equal(
      account.lastAckSeq + account.unsent,
      account.lastSeq,
      'every seq is either acknowledged or still in the outbox',
    );
    if (account.minUnsent !== null) assert.equal(account.minUnsent, account.lastAckSeq + 1);

    // The hub's account: count and order of stored readings per channel.
    const series = (
      await hub.json<{ id: number; device_id: string; key: string }[]>('/series')
    ).filter((s) => s.device_id === device_id);
    assert.deepEqual(series.map((s) => s.key).sort(), [...CHANNELS].sort());
    let stored = 0;
    for (const s of series) {
      const res = await hub.json<{ downsampled: boolean; points: [number, number | null][] }>(
        `/series/${s.id}/readings?from=0&to=${Date.now() + 60_000}&max_points=20000`,
      );
      assert.equal(res.downsampled, false);
      const ts = res.points.map((p) => p[0]);
      for (let i = 1; i < ts.length; i++)
        assert.ok(ts[i]! > ts[i - 1]!, `${s.key}: readings in order, none twice`);
      const during = ts.filter((t) => t >= outageFrom && t <= outageTo).length;
      assert.ok(
        during >= (OUTAGE_MS / INTERVAL_MS) * 0.9,
        `${s.key}: ${during} readings from the outage arrived`,
      );
      stored += ts.length;
    }
    assert.equal(
      stored,
      account.lastAckSeq,
      'the hub holds exactly the acknowledged readings: none lost, none twice',
    );
    assert.match(edge.log, /Hub reachable again/);
  });
});
