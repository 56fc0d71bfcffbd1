import { expect } from 'chai';
import type { Command } from '@brewpit/protocol';
import { CommandModule } from '../../src/node/commands.js';
import { nodeRig, type NodeRig } from './rig.js';

const command = (n: number, type: Command['type'], params: Record<string, unknown> = {}) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  type,
  params,
  created_at: Date.now(),
  expires_at: Date.now() + 60_000,
});

describe('CommandModule', () => {
  let rig: NodeRig;
  let commands: CommandModule;
  const deliver = (...cmds: Command[]) =>
    rig.ctx.events.emitSerial('ack', {
      ack_seq: 0,
      server_time: Date.now(),
      config_etag: '',
      commands: cmds,
    });

  beforeEach(async () => {
    rig = await nodeRig();
    commands = new CommandModule(rig.ctx);
    await commands.start();
  });
  afterEach(async () => {
    await commands.stop();
    await rig.close();
  });

  it("keeps a probe's target and acknowledges it directly", async () => {
    await deliver(command(1, 'set_target', { channel: 'brisket', value: 95 }));
    expect(rig.ctx.desired.targets).to.deep.equal({ brisket: 95 });
    expect(rig.hub.acks).to.deep.equal([{ id: command(1, 'identify').id, body: { ok: true } }]);
  });

  it('runs a redelivered command once and answers it the same again', async () => {
    const cmd = command(2, 'set_target', { channel: 'brisket', value: 90 });
    await deliver(cmd);
    rig.ctx.desired.setTarget('brisket', 80); // changed since: a second run would undo it
    await deliver(cmd);
    expect(rig.ctx.desired.targets).to.deep.equal({ brisket: 80 });
    expect(rig.hub.acks.map((a) => a.body)).to.deep.equal([{ ok: true }, { ok: true }]);
  });

  it('refuses commands it cannot run, and expired ones, with the reason', async () => {
    const expired = { ...command(4, 'identify'), expires_at: Date.now() - 1 };
    await deliver(command(3, 'set_mode', { chamber: 'ferm1', mode: 'cool' }), expired);
    expect(rig.hub.acks.map((a) => a.body)).to.deep.equal([
      {
        ok: false,
        message: "command 'set_mode' is not supported by this edge node (no control outputs)",
      },
      { ok: false, message: 'command expired before it reached the edge node' },
    ]);
  });

  it('sends a result with the next batch when the direct acknowledgement fails, once', async () => {
    rig.hub.ackStatus = 503;
    const cmd = command(5, 'identify');
    await deliver(cmd);
    await deliver(cmd); // redelivered before the batch went out
    expect(rig.ctx.commandResults.take()).to.deep.equal([
      { id: cmd.id, ok: true, message: 'identified in the edge log' },
    ]);
  });
});
