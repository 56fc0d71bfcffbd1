import { statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
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
    t = await startTestHub();
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
