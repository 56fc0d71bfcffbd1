import { expect } from 'chai';
import sinon from 'sinon';
import { EdgeControl } from '../../src/control/edge.js';
import { silentLogger } from '../../src/log.js';
import { OutputError, type OutputSpec, type OutputTransport } from '../../src/outputs/types.js';
import { ManualClock, Rig } from './rig.js';

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const command = (n: number, type: string, params: Record<string, unknown>, expiresAt = Infinity) =>
  ({ id: id(n), type, params, created_at: 0, expires_at: expiresAt }) as never;

describe('EdgeControl', () => {
  const sandbox = sinon.createSandbox();
  afterEach(() => sandbox.restore());

  function setup(rig = new Rig(new ManualClock()), transport?: OutputTransport) {
    const ctl = new EdgeControl({
      config: rig.config,
      log: silentLogger(),
      transport: transport ?? rig.transport,
      clock: rig.clock,
      exitHandlers: false,
    });
    return { rig, ctl };
  }

  it('keeps the node going when the relays cannot be opened, and retries every 30 s', async () => {
    const timers = sandbox.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval'] });
    const rig = new Rig(new ManualClock());
    let broken = true;
    const flaky: OutputTransport = {
      name: 'flaky',
      open: (spec: OutputSpec) =>
        broken
          ? Promise.reject(new OutputError('gpioset_missing', 'spawn gpioset ENOENT'))
          : rig.transport.open(spec),
    };
    const { ctl } = setup(rig, flaky);
    await ctl.start();
    expect(ctl.status()).to.deep.include({ running: false, error: 'spawn gpioset ENOENT' });
    expect(ctl.readings(1)).to.deep.equal([]);
    expect(
      await ctl.run(command(1, 'set_target', { chamber: 'ferm1', target: 18 }), 0),
    ).to.deep.equal({ ok: false, message: 'control is not running' });
    broken = false;
    await timers.tickAsync(29_000);
    expect(ctl.status().running, 'not before 30 s').to.equal(false);
    await timers.tickAsync(1_000);
    // The retry reads the chamber's state file: real I/O, so wait for it on real turns of the
    // event loop, bounded by real time (Date is not faked) rather than a number of turns, which a
    // loaded machine can use up before the read completes.
    const deadline = Date.now() + 10_000;
    while (!ctl.status().running && Date.now() < deadline)
      await new Promise((r) => setImmediate(r));
    expect(ctl.status()).to.deep.include({ running: true, error: null });
    await ctl.stop();
    expect(rig.outputs()).to.deep.equal({ heater: false, cooler: false });
  });

  it('routes chamber commands to control and leaves a probe target to the node', () => {
    const { ctl } = setup();
    expect(ctl.accepts(command(1, 'set_target', { chamber: 'ferm1', target: 18 }))).to.equal(true);
    expect(ctl.accepts(command(2, 'set_target', { channel: 'meat1', value: 93 }))).to.equal(false);
    expect(
      ctl.accepts(command(3, 'set_mode', { mode: 'cool' })),
      'control names what is missing',
    ).to.equal(true);
    expect(ctl.accepts(command(4, 'identify', {}))).to.equal(false);
  });

  it("applies the hub bridge's set_target on a setpoint channel to the chamber", async () => {
    const { ctl } = setup();
    await ctl.start();
    const cmd = command(5, 'set_target', { channel: 'ferm1_setpoint', value: 17.25 });
    expect(ctl.accepts(cmd)).to.equal(true);
    expect(await ctl.run(cmd, 0)).to.deep.include({ ok: true, message: 'ferm1: target 17.25 °C' });
    expect(ctl.status().chambers[0]).to.include({ target: 17.25, setpoint: 17.25 });
    const bad = await ctl.run(command(6, 'set_target', { channel: 'ferm1_setpoint' }), 0);
    expect(bad).to.deep.equal({ ok: false, message: 'invalid params: /target: is required' });
    await ctl.stop();
  });

  it('refuses an expired command unapplied and reports the resulting state otherwise', async () => {
    const { ctl } = setup();
    await ctl.start();
    const late = await ctl.run(
      command(1, 'set_target', { chamber: 'ferm1', target: 15 }, 1000),
      2000,
    );
    expect(late).to.deep.equal({
      ok: false,
      message: 'command expired before it reached the edge node',
    });
    const ok = await ctl.run(command(2, 'set_mode', { chamber: 'ferm1', mode: 'cool' }), 2000);
    expect(ok).to.deep.include({ ok: true, message: 'ferm1: mode cool' });
    expect(ok.result).to.deep.include({ chamber: 'ferm1', mode: 'cool', target: 19, setpoint: 19 });
    expect(ctl.readings(5)).to.deep.include({
      channel: 'ferm1_step',
      ts: 5,
      value: null,
      status: 'unavailable',
    });
    await ctl.stop();
  });
});
