import { expect } from 'chai';
import sinon from 'sinon';
import type { NewReading } from '../../src/outbox/outbox.js';
import { nodeRig, type NodeRig } from './rig.js';

const reading = (channel: string, ts = 1_700_000_000_000): NewReading => ({
  channel,
  ts,
  value: 1,
  status: 'ok',
});

describe('Recorder', () => {
  const sandbox = sinon.createSandbox();
  let rig: NodeRig;
  beforeEach(async () => (rig = await nodeRig()));
  afterEach(async () => {
    sandbox.restore();
    await rig.close();
  });

  it('appends what several modules record in one turn as one transaction, then says so', async () => {
    const { recorder, outbox, events } = rig.ctx;
    const append = sandbox.spy(outbox, 'append');
    const recorded: number[] = [];
    events.on('recorded', ({ count }) => void recorded.push(count));
    recorder.record([reading('pit'), reading('brisket')]);
    recorder.record([reading('ferm1_setpoint')]);
    expect(append.called, 'nothing before the turn ends').to.equal(false);
    await Promise.resolve();
    expect(append.callCount).to.equal(1);
    expect(outbox.peek(10).map((r) => [r.seq, r.channel])).to.deep.equal([
      [1, 'pit'],
      [2, 'brisket'],
      [3, 'ferm1_setpoint'],
    ]);
    expect(recorded).to.deep.equal([3]);
  });

  it('records nothing while the hub has recording off', async () => {
    const { recorder, outbox, desired } = rig.ctx;
    desired.apply({ sample_interval_s: 1, recording: false, targets: {} }, '"off"');
    recorder.record([reading('pit')]);
    await Promise.resolve();
    expect(outbox.depth).to.equal(0);
  });

  it('logs a failed append with the number of readings lost instead of throwing', async () => {
    const { recorder, outbox } = rig.ctx;
    sandbox.stub(outbox, 'append').throws(new Error('database is locked'));
    const error = sandbox.spy(rig.ctx.log, 'error');
    recorder.record([reading('pit')]);
    recorder.flush();
    expect(error.calledOnce).to.equal(true);
    expect(error.firstCall.args[0]).to.deep.equal({ lost: 1 });
  });
});
