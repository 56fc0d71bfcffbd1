import { expect } from 'chai';
import type { DeviceConfig } from '@brewpit/protocol';
import { ConfigSyncModule } from '../../src/node/config-sync.js';
import { nodeRig, type NodeRig } from './rig.js';

describe('ConfigSyncModule', () => {
  let rig: NodeRig;
  let sync: ConfigSyncModule;
  const applied: { config: DeviceConfig; previous: DeviceConfig | undefined }[] = [];
  const ack = (etag: string) => ({
    ack_seq: 0,
    server_time: Date.now(),
    config_etag: etag,
    commands: [],
  });

  beforeEach(async () => {
    rig = await nodeRig();
    applied.length = 0;
    rig.ctx.events.on('configApplied', (e) => void applied.push(e));
    sync = new ConfigSyncModule(rig.ctx);
    await sync.start();
  });
  afterEach(async () => {
    await sync.stop();
    await rig.close();
  });

  it('fetches the config when an answer carries a new ETag, applies and keeps it', async () => {
    rig.hub.config = { sample_interval_s: 2, recording: false, targets: { brisket: 95 } };
    await rig.ctx.events.emitSerial('ack', ack('"c1"'));
    expect(rig.hub.configRequests).to.equal(1);
    expect(applied).to.deep.equal([{ config: rig.hub.config, previous: undefined }]);
    const { desired } = rig.ctx;
    expect([desired.recording, desired.targets, desired.intervalMs, desired.etag]).to.deep.equal([
      false,
      { brisket: 95 },
      2000,
      '"c1"',
    ]);
    // A restarted node goes on as the hub last said, before it reaches the hub again.
    const again = await rig.reopen();
    expect([again.desired.recording, again.desired.intervalMs]).to.deep.equal([false, 2000]);
  });

  it('asks nothing while the ETag is the one applied', async () => {
    await rig.ctx.events.emitSerial('ack', ack('"c1"'));
    await rig.ctx.events.emitSerial('ack', ack('"c1"'));
    expect(rig.hub.configRequests).to.equal(1);
  });

  it('passes the previous config along when the hub changes it', async () => {
    await rig.ctx.events.emitSerial('ack', ack('"c1"'));
    const first = rig.hub.config;
    rig.hub.config = { ...first, sample_interval_s: 10 };
    rig.hub.configEtag = '"c2"';
    await rig.ctx.events.emitSerial('ack', ack('"c2"'));
    expect(
      applied.map((a) => [a.previous?.sample_interval_s, a.config.sample_interval_s]),
    ).to.deep.equal([
      [undefined, 5],
      [5, 10],
    ]);
  });

  it('takes a 304 as "unchanged" and retries a failed fetch with the next answer', async () => {
    await rig.ctx.events.emitSerial('ack', ack('"c1"'));
    // The hub says the ETag changed, but answers the conditional GET with 304.
    await rig.ctx.events.emitSerial('ack', ack('"c9"'));
    expect(rig.ctx.desired.etag).to.equal('"c9"');
    expect(applied).to.have.length(1);
    await rig.hub.close(); // unreachable: nothing is remembered, so the next answer tries again
    await rig.ctx.events.emitSerial('ack', ack('"c10"'));
    expect(rig.ctx.desired.etag).to.equal('"c9"');
  });
});

describe('ConfigSyncModule with hub.apply_config: false', () => {
  it('never fetches the config', async () => {
    const rig = await nodeRig({
      hub: { url: 'http://127.0.0.1:9', token: 't', apply_config: false },
    });
    const sync = new ConfigSyncModule(rig.ctx);
    await sync.start();
    await rig.ctx.events.emitSerial('ack', {
      ack_seq: 0,
      server_time: Date.now(),
      config_etag: '"c1"',
      commands: [],
    });
    expect(rig.ctx.desired.etag).to.equal(null);
    expect(rig.ctx.desired.intervalMs).to.equal(undefined);
    await sync.stop();
    await rig.close();
  });
});
