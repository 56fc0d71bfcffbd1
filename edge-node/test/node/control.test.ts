import { expect } from 'chai';
import type { DeviceConfig } from '@brewpit/protocol';
import { CommandModule } from '../../src/node/commands.js';
import { ControlModule } from '../../src/node/control.js';
import { nodeRig, type NodeRig } from './rig.js';

/** A simulated fermentation chamber on emulated relays, as examples/chamber.yaml. */
const CHAMBER_NODE = {
  sample_interval: '1s',
  sensors: [{ platform: 'simulated', model: 'chamber', noise: false, ambient: 22, start_temp: 19 }],
  control: {
    interval: '1s',
    state_dir: './control',
    outputs: { transport: 'emulated' },
    chambers: [
      {
        name: 'ferm1',
        label: 'Fermenter 1',
        input: 'beer',
        heater: { line: 17 },
        cooler: { line: 27 },
        mode: 'auto',
        target: 19,
      },
    ],
  },
};

describe('ControlModule', () => {
  let rig: NodeRig;
  let control: ControlModule;
  const target = () => rig.ctx.control!.status().chambers[0]!.target;
  const configApplied = (config: DeviceConfig, previous: DeviceConfig | undefined) =>
    rig.ctx.events.emitSerial('configApplied', { config, previous });

  beforeEach(async () => {
    rig = await nodeRig(CHAMBER_NODE);
    control = new ControlModule(rig.ctx);
    await control.start();
  });
  afterEach(async () => {
    await control.stop();
    await rig.close();
  });

  it('records the chamber state with each sample, stamped like it', async () => {
    const ts = 1_763_800_000_000;
    rig.ctx.events.emit('sampled', {
      readings: [{ channel: 'beer', ts, value: 19, status: 'ok' }],
    });
    await Promise.resolve();
    const rows = rig.ctx.outbox.peek(10);
    expect(rows.map((r) => r.channel)).to.include.members(['ferm1_setpoint', 'ferm1_heating']);
    expect(rows.every((r) => r.ts === ts)).to.equal(true);
  });

  it("applies a chamber setpoint from the hub's config when it changes there", async () => {
    const config = { sample_interval_s: 1, recording: true, targets: { ferm1_setpoint: 17 } };
    rig.ctx.desired.apply(config, '"c1"');
    await configApplied(config, undefined);
    expect(target()).to.equal(17);
  });

  it('leaves a later command alone when the config brings the same setpoint again', async () => {
    const first = { sample_interval_s: 1, recording: true, targets: { ferm1_setpoint: 17 } };
    await configApplied(first, undefined);
    const commands = new CommandModule(rig.ctx);
    await commands.start();
    await rig.ctx.events.emitSerial('ack', {
      ack_seq: 0,
      server_time: Date.now(),
      config_etag: '',
      commands: [
        {
          id: '00000000-0000-4000-8000-000000000001',
          type: 'set_target',
          params: { chamber: 'ferm1', target: 20 },
          created_at: Date.now(),
          expires_at: Date.now() + 60_000,
        },
      ],
    });
    await commands.stop();
    // Recording toggled on the hub: a new config, the setpoint in it unchanged.
    await configApplied({ ...first, recording: false }, first);
    expect(target()).to.equal(20);
  });
});
