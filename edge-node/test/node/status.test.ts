import { expect } from 'chai';
import { readStatusFile } from '../../src/status.js';
import { StatusModule, hubStatus } from '../../src/node/status.js';
import { nodeRig, type NodeRig } from './rig.js';

describe('StatusModule', () => {
  let rig: NodeRig;
  beforeEach(async () => (rig = await nodeRig()));
  afterEach(async () => rig.close());

  it('writes the status file at start and marks it stopped at stop', async () => {
    const status = new StatusModule(rig.ctx);
    await status.start();
    const first = readStatusFile(rig.config.statusFile);
    expect(first).to.include({ device: 'rig', stopped: false, sample_interval_ms: 1000 });
    expect(first?.uplink).to.include({ connected: false });
    await status.stop();
    expect(readStatusFile(rig.config.statusFile)).to.include({ stopped: true });
  });

  it('reports outbox figures and uptime to the hub, without control on a plain node', () => {
    rig.ctx.outbox.append([{ channel: 'pit', ts: 1_763_800_000_000, value: 100, status: 'ok' }]);
    const s = hubStatus(rig.ctx);
    expect(s).to.include({
      outbox_depth: 1,
      oldest_unsent_ts: 1_763_800_000_000,
      dropped_total: 0,
    });
    expect(s).to.not.have.property('control');
  });
});
