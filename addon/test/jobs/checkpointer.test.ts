import { statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { nextFoldMs } from '../../src/jobs/checkpointer.js';
import { startTestHub, type TestHub } from '../helpers.js';

/** Checkpoints the worker ran, and the WAL pages they folded, as `/metrics` counts them. */
async function workerPasses(
  t: TestHub,
): Promise<{ runs: number; pages: number; finishes: number }> {
  const text = await (
    await fetch(`${t.url}/api/v1/metrics`, {
      headers: { authorization: 'Bearer test-admin-token-0123456789' },
    })
  ).text();
  const num = (re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
  return {
    runs: num(/^brewpit_wal_checkpoint_duration_seconds_count\{mode="worker"\} (\S+)$/m),
    pages: num(/^brewpit_wal_checkpoint_pages_total\{mode="worker"\} (\S+)$/m),
    finishes: num(/^brewpit_wal_checkpoint_duration_seconds_count\{mode="finish"\} (\S+)$/m),
  };
}

const waitUntil = async (what: string, ok: () => Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('WalCheckpointer', function () {
  this.timeout(20_000);
  let t: TestHub;
  beforeEach(async () => {
    // A fold a second, as the hub did before 5 s became the default: these tests watch several.
    t = await startTestHub({ BREWPIT_WAL_FOLD_INTERVAL_MS: '1000' });
  });
  afterEach(() => t.stop());

  it('folds the WAL from a worker thread while the hub’s connection never checkpoints', async () => {
    const { audit, maintenance } = t.hub.ctx.store;
    const before = await workerPasses(t);
    for (let i = 0; i < 50; i++) audit.add('admin', 'test.write', null);
    expect(maintenance.checkpointsHeld()).to.equal(false);
    await waitUntil('a worker pass that folds pages', async () => {
      const now = await workerPasses(t);
      return now.runs > before.runs && now.pages > before.pages;
    });
  });

  it('keeps the WAL rewinding under steady commits without finishing a fold on the hub’s loop', async () => {
    const { store } = t.hub.ctx;
    const wal = () => statSync(path.join(t.dir, 'brewpit.db-wal')).size;
    const before = await workerPasses(t);
    // Ingest-like: a commit of ten rows (4 KB) every 5 ms for six seconds, so the worker's
    // first pass of each run leaves pages committed while it ran.
    const started = Date.now();
    let walAt2s = 0;
    while (Date.now() < started + 6000) {
      store.transaction(() => {
        for (let i = 0; i < 10; i++)
          store.audit.add('admin', 'test.write', null, { pad: 'x'.repeat(400) });
      });
      if (!walAt2s && Date.now() > started + 2000) walAt2s = wal();
      await new Promise((r) => setTimeout(r, 5));
    }
    const after = await workerPasses(t);
    expect(after.runs - before.runs).to.be.at.least(4);
    // Unrewound, the last four seconds would add over 500 commits of at least two pages each
    // (4 MB); rewound, the file only grows when a second holds more pages than any before.
    expect(wal() - walAt2s).to.be.lessThan(1024 * 1024);
    expect(after.finishes).to.equal(before.finishes);
  });

  it('pauses while a backup holds checkpoints and resumes after', async () => {
    const { audit, maintenance } = t.hub.ctx.store;
    const wal = () => statSync(path.join(t.dir, 'brewpit.db-wal')).size;
    maintenance.holdCheckpoints(); // what POST /backup/pre does
    const held = await workerPasses(t);
    audit.add('admin', 'test.write', null);
    await new Promise((r) => setTimeout(r, 2500)); // two passes' worth
    expect((await workerPasses(t)).runs).to.equal(held.runs);
    expect(wal()).to.be.greaterThan(0);
    maintenance.releaseCheckpoints();
    await waitUntil(
      'a pass after the backup',
      async () => (await workerPasses(t)).runs > held.runs,
    );
  });
});

describe('WalCheckpointer interval', function () {
  this.timeout(20_000);

  it('folds every wal_fold_interval_ms, and not before', async () => {
    const t = await startTestHub({ BREWPIT_WAL_FOLD_INTERVAL_MS: '3000' });
    try {
      const started = Date.now();
      t.hub.ctx.store.audit.add('admin', 'test.write', null);
      await waitUntil('the first fold', async () => (await workerPasses(t)).runs > 0, 6000);
      // The timer starts with the hub, a moment before `started`.
      expect(Date.now() - started).to.be.greaterThan(2500);
    } finally {
      await t.stop();
    }
  });

  it('comes sooner, or later, in proportion to keep the WAL about 64 MiB', () => {
    const target = 16_384; // pages of 4 KiB
    expect(nextFoldMs(5000, 5000, 100)).to.equal(5000); // a light load: the interval
    expect(nextFoldMs(5000, 5000, 0)).to.equal(5000); // idle (or a failed pass)
    expect(nextFoldMs(5000, 5000, 2 * target)).to.equal(2500);
    expect(nextFoldMs(5000, 2500, target)).to.equal(2500); // it settles
    expect(nextFoldMs(5000, 2500, target / 4)).to.equal(5000); // the load eased: back to 5 s
    expect(nextFoldMs(5000, 5000, 10_000_000)).to.equal(250);
    // An interval set below the floor is kept.
    expect(nextFoldMs(100, 100, 10_000_000)).to.equal(100);
  });
});
