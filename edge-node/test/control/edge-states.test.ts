import { expect } from 'chai';
import { Type } from '@sinclair/typebox';
import { ChamberState, createValidator } from '@brewpit/protocol';
import { EdgeControl } from '../../src/control/edge.js';
import { silentLogger } from '../../src/log.js';
import { OutputError, type OutputTransport } from '../../src/outputs/types.js';
import { ManualClock, Rig } from './rig.js';

const valid = createValidator(Type.Array(ChamberState));
const command = (n: number, type: string, params: Record<string, unknown>) =>
  ({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    type,
    params,
    created_at: 0,
    expires_at: Infinity,
  }) as never;

describe('EdgeControl.states (status.control for the hub)', () => {
  function setup(transport?: OutputTransport) {
    const rig = new Rig(new ManualClock());
    const ctl = new EdgeControl({
      config: rig.config,
      log: silentLogger(),
      transport: transport ?? rig.transport,
      clock: rig.clock,
      exitHandlers: false,
    });
    rig.module = ctl.module;
    return { rig, ctl };
  }

  it('reports each chamber in the protocol shape, with the target a command applied', async () => {
    const { rig, ctl } = setup();
    await ctl.start();
    rig.feed();
    await ctl.module.tick();
    await ctl.run(command(1, 'set_target', { chamber: 'ferm1', target: 17.5 }), 0);
    const states = ctl.states()!;
    expect(valid(states).ok, JSON.stringify(valid(states))).to.equal(true);
    expect(states[0]).to.deep.include({
      name: 'ferm1',
      label: 'ferm1',
      input: 'beer',
      modes: ['off', 'heat', 'cool', 'auto'],
      mode: 'auto',
      target: 17.5,
      setpoint: 17.5,
      fault: null,
      profile: null,
    });
    await ctl.run(command(2, 'start_profile', { chamber: 'ferm1', profile: 'ale' }), 0);
    const p = ctl.states()![0]!.profile!;
    expect(valid(ctl.states()).ok).to.equal(true);
    expect(p).to.include({ name: 'ale', step_index: 0, step_count: 3, step_name: 'Primary' });
    await ctl.stop();
  });

  it('shows the chambers in the safe state with a fault while control cannot start', async () => {
    const broken: OutputTransport = {
      name: 'broken',
      open: () => Promise.reject(new OutputError('gpioset_missing', 'spawn gpioset ENOENT')),
    };
    const { ctl } = setup(broken);
    await ctl.start();
    const states = ctl.states()!;
    expect(valid(states).ok).to.equal(true);
    expect(states[0]).to.deep.include({
      name: 'ferm1',
      action: 'idle',
      fault: 'output_error',
      fault_message: 'control is not running: spawn gpioset ENOENT',
    });
    await ctl.stop();
  });
});
