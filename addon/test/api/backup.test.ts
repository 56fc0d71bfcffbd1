import { expect } from 'chai';
import { statSync } from 'node:fs';
import path from 'node:path';
import { PIT, readings, startTestHub, type TestHub } from '../helpers.js';

describe('backup hooks', () => {
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(() => t.stop());

  const walBytes = () => statSync(path.join(t.dir, 'brewpit.db-wal')).size;

  it('pre folds the WAL into the database file and holds checkpoints until post', async () => {
    const device = await t.pairDevice();
    await t.call(
      'POST',
      '/ingest',
      { boot_id: 'b', channels: [PIT], readings: readings(1, 500) },
      device.token,
    );
    expect(walBytes()).to.be.greaterThan(0);
    const pre = await t.call('POST', '/backup/pre');
    expect(pre.status).to.equal(200);
    expect(pre.body.ok).to.equal(true);
    expect(walBytes()).to.equal(0);
    expect(t.hub.ctx.store.maintenance.checkpointsHeld()).to.equal(true);
    // Ingest continues during the backup.
    const during = await t.call(
      'POST',
      '/ingest',
      { boot_id: 'b', readings: readings(501, 10) },
      device.token,
    );
    expect(during.body.ack_seq).to.equal(510);
    expect((await t.call('POST', '/backup/post')).status).to.equal(200);
    expect(t.hub.ctx.store.maintenance.checkpointsHeld()).to.equal(false);
  });
});
