/**
 * Disk full: the edge outbox lives on an 8 MB tmpfs that a filler file has all but used up, and
 * the hub is down, so the outbox grows until the filesystem refuses writes (SQLITE_FULL). The
 * node must keep sampling and stay up, thin its oldest data to make room, and once space
 * returns and the hub is back, report what it dropped (the hub's `dropped_total` grows by
 * exactly that) and deliver everything else exactly once.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EdgeProcess, HubProcess, printLogsIfFailed, requireBuilt } from '../support/processes.js';
import { readHub } from '../support/stores.js';
import { GiveUp, sleep, waitFor } from '../support/wait.js';
import { assertExactlyOnce, finalDrain, report, smokerEdge } from './harness.js';

/** Room left on the tmpfs for the outbox and its WAL when the test starts. */
const FREE_BYTES = Number(process.env['BREWPIT_DISK_FREE_KB'] ?? 1024) * 1024;

function tryMount(dir: string): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m,mode=0755', 'tmpfs', dir], {
      stdio: 'pipe',
    });
    return null;
  } catch (err) {
    return String((err as { stderr?: Buffer }).stderr ?? err).trim();
  }
}

describe('reliability: edge outbox on a full disk', function () {
  this.timeout(4 * 60_000);
  let dir: string;
  let mnt: string;
  let mounted = false;
  let hub: HubProcess;
  let edge: EdgeProcess;

  before(function () {
    requireBuilt();
    dir = mkdtempSync(join(tmpdir(), 'brewpit-rel-disk-'));
    mnt = join(dir, 'fs');
    mkdirSync(mnt);
    const why = tryMount(mnt);
    if (why) throw new Error(`cannot mount a tmpfs (${why}): run the tests as root`);
    mounted = true;
  });

  afterEach(function () {
    printLogsIfFailed(this, { 'edge log': edge?.log, 'hub log': hub?.log }, 4000);
  });

  after(async () => {
    await edge?.kill();
    await hub?.kill();
    if (mounted) execFileSync('umount', ['-l', mnt]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps sampling, thins, reports the dropped readings and recovers when space returns', async () => {
    hub = new HubProcess({ dir });
    await hub.start();
    const device = await hub.createDevice('disk-full-smoker');
    await hub.kill('SIGTERM'); // the edge buffers: its outbox is all it has

    // Leave FREE_BYTES on the filesystem.
    const fs = statfsSync(mnt);
    const filler = join(mnt, 'filler');
    writeFileSync(filler, Buffer.alloc(Math.max(0, fs.bavail * fs.bsize - FREE_BYTES)));

    edge = smokerEdge({
      dir: join(dir, 'edge'),
      hubUrl: hub.url,
      sampleIntervalMs: 5,
      // far above the filesystem: the disk fills before the bound
      outbox: { path: join(mnt, 'outbox.db'), maxSize: '100MB' },
    });
    edge.setToken(device);
    edge.start();
    const status = () =>
      edge.status<{
        samples_taken: number;
        outbox: { depth: number; droppedTotal: number; lostTotal: number; usedBytes: number };
      }>();

    const fullAt = Date.now();
    await waitFor(
      'the outbox to hit the full disk and thin',
      () => {
        if (!edge.running) throw new GiveUp(`the edge node exited: ${edge.log.slice(-800)}`);
        return status().outbox.droppedTotal > 0 || /Disk full/.test(edge.log);
      },
      { timeoutMs: 90_000, intervalMs: 250 },
    );
    const secondsToFull = (Date.now() - fullAt) / 1000;
    // Full for a while: still sampling, still alive, thinning again and again.
    const before = status();
    const seqBefore = edge.account().lastSeq;
    await sleep(6_000);
    const during = status();
    const seqDuring = edge.account().lastSeq;
    assert.ok(edge.running, 'the edge node survives a full disk');
    assert.ok(
      during.samples_taken > before.samples_taken + 100,
      `kept sampling (${before.samples_taken} → ${during.samples_taken})`,
    );
    // Everything else is collected and asserted together at the end, so one run shows every gap.
    const problems: string[] = [];
    if (seqDuring <= seqBefore + 100)
      problems.push(
        `while the disk was full the outbox stored nothing new (seq ${seqBefore} → ${seqDuring} over 6 s; ` +
          `${during.samples_taken - before.samples_taken} samples taken): it should thin old data to make room, not drop new readings`,
      );
    const freeWhileFull = statfsSync(mnt).bavail * statfsSync(mnt).bsize;

    // Space returns, and so does the hub.
    rmSync(filler);
    await hub.start();
    await waitFor(
      'the backlog to drain',
      () => {
        const s = status();
        return s.outbox.depth < 200 ? s : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    const recovered = edge.account();
    await sleep(1_000);
    assert.ok(edge.account().lastSeq > recovered.lastSeq, 'appends go on after space returned');

    // Final drain with sampling stopped.
    await finalDrain(edge, hub.url);
    const hubDevice = await hub.json<{ dropped_total: number; ack_seq: number }>(
      `/devices/${device.device_id}`,
    );
    await edge.kill('SIGTERM');
    await hub.kill('SIGTERM');
    const e = edge.account();
    const h = readHub(hub.dataDir, device.device_id);
    report('disk-full', {
      tmpfs: '8m',
      free_at_start_kb: FREE_BYTES / 1024,
      seconds_to_full: secondsToFull,
      free_while_full_kb: Math.round(freeWhileFull / 1024),
      samples_while_full: during.samples_taken - before.samples_taken,
      seqs_while_full: seqDuring - seqBefore,
      seqs: e.lastSeq,
      edge_dropped: e.droppedTotal,
      edge_lost_unnumbered: e.lostTotal,
      hub_dropped_total: hubDevice.dropped_total,
      hub_stored: h.stored,
    });
    if (e.droppedTotal === 0) problems.push('the outbox never thinned');
    if (hubDevice.dropped_total !== e.droppedTotal || h.droppedTotal !== e.droppedTotal)
      problems.push(
        `the hub's dropped_total ${hubDevice.dropped_total} is not what the edge thinned (${e.droppedTotal})`,
      );
    try {
      assertExactlyOnce(e, h, 'after the disk-full episode');
    } catch (err) {
      problems.push((err as Error).message.split('\n')[0]!);
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });
});
