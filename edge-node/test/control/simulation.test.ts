import { expect } from 'chai';
import sinon from 'sinon';
import { ChamberModel } from '../../src/sensors/simulated/chamber.js';
import { COOLER, HEATER, ManualClock, Rig, T0, controlSection, starts, violations } from './rig.js';

const S = 1000;
const H = 3_600_000;

/** Runs `rig` for `ms` of simulated time in 5 s steps, calling `each` after every step. */
async function run(rig: Rig, clock: ManualClock, ms: number, each?: () => void): Promise<void> {
  for (let t = 0; t < ms; t += 5 * S) {
    rig.feed();
    await rig.module.tick();
    rig.model.advance(5, rig.outputs());
    clock.advance(5 * S);
    each?.();
  }
}

/** Runs until the compressor is on (at most `maxMs`). */
async function untilCooling(rig: Rig, clock: ManualClock, maxMs = 4 * H): Promise<void> {
  for (let t = 0; t < maxMs && !rig.outputs().cooler; t += 5 * S) await run(rig, clock, 5 * S);
}

describe('control on a simulated fermentation chamber', function () {
  this.timeout(60_000);

  describe('a 7-day ale fermentation at 19 °C in a 22 °C room (beer probe)', () => {
    const clock = new ManualClock();
    let rig: Rig;
    let maxDeviation = 0;

    before(async () => {
      rig = new Rig(clock, { ambient: 22, ambientSwing: 2, startBeer: 19.5, peakHours: 36 });
      await rig.module.start();
      // First day: pull-down from pitching temperature and estimator learning.
      await run(rig, clock, 24 * H);
      await run(rig, clock, 6 * 24 * H, () => {
        maxDeviation = Math.max(maxDeviation, Math.abs(rig.model.values().beer - 19));
      });
      await rig.module.stop();
      console.log(
        `      steady state (days 2-7, incl. fermentation peak): max |beer - 19 °C| = ${maxDeviation.toFixed(3)} °C; ` +
          `compressor starts ${starts(rig.transport.events, COOLER)}, heater starts ${starts(rig.transport.events, HEATER)}`,
      );
    });

    it('holds the beer within ±0.3 °C of the setpoint in steady state', () => {
      expect(maxDeviation).to.be.below(0.3);
    });

    it('never violates compressor minimum times or the changeover delay', () => {
      expect(starts(rig.transport.events, COOLER)).to.be.above(20);
      expect(violations(rig.transport.events)).to.deep.equal([]);
    });

    it('leaves every relay off after stop', () => {
      expect(rig.transport.events.at(-1)?.active).to.equal(false);
      expect(rig.outputs()).to.deep.equal({ heater: false, cooler: false });
    });
  });

  it('respects every minimum time when the room swings across the setpoint (heat and cool)', async () => {
    const clock = new ManualClock();
    const rig = new Rig(clock, { ambient: 19, ambientSwing: 5, startBeer: 19, peakHours: 200 });
    await rig.module.start();
    let maxDeviation = 0;
    await run(rig, clock, 24 * H);
    await run(rig, clock, 3 * 24 * H, () => {
      maxDeviation = Math.max(maxDeviation, Math.abs(rig.model.values().beer - 19));
    });
    await rig.module.stop();
    console.log(`      room 14-24 °C: max |beer - 19 °C| = ${maxDeviation.toFixed(3)} °C`);
    expect(starts(rig.transport.events, COOLER)).to.be.above(3);
    expect(starts(rig.transport.events, HEATER)).to.be.above(3);
    expect(violations(rig.transport.events)).to.deep.equal([]);
    expect(maxDeviation).to.be.below(0.3);
  });

  it('goes to the safe state when its sensor goes silent, and says why', async () => {
    const clock = new ManualClock();
    const rig = new Rig(clock, { ambient: 26, startBeer: 22 });
    await rig.module.start();
    await untilCooling(rig, clock);
    expect(rig.outputs().cooler, 'cooling a warm beer').to.equal(true);
    rig.probe = 'silent';
    await run(rig, clock, 55 * S);
    expect(rig.module.status()[0]?.fault).to.equal(null);
    await run(rig, clock, 10 * S);
    const s = rig.module.status()[0];
    expect(s?.fault).to.equal('sensor_stale');
    expect(s?.fault_message).to.match(/no valid reading from 'beer' for 6\d s/);
    expect(rig.outputs()).to.deep.equal({ heater: false, cooler: false });
    await run(rig, clock, 2 * H);
    expect(rig.outputs()).to.deep.equal({ heater: false, cooler: false });
    rig.probe = 'ok';
    await run(rig, clock, 10 * S);
    expect(rig.module.status()[0]?.fault).to.equal(null);
    await untilCooling(rig, clock, 20 * 60 * S);
    expect(rig.outputs().cooler, 'control resumes').to.equal(true);
    await rig.module.stop();
  });

  it('goes to the safe state at once when the probe reports unavailable', async () => {
    const clock = new ManualClock();
    const rig = new Rig(clock, { ambient: 26, startBeer: 22 });
    await rig.module.start();
    await untilCooling(rig, clock);
    expect(rig.outputs().cooler).to.equal(true);
    rig.probe = 'unavailable';
    await run(rig, clock, 5 * S);
    expect(rig.module.status()[0]).to.include({
      fault: 'sensor_failed',
      fault_message: "input 'beer' reports unavailable",
    });
    expect(rig.outputs()).to.deep.equal({ heater: false, cooler: false });
    await rig.module.stop();
  });

  describe('with fake timers: the module runs on its own timer', () => {
    const sandbox = sinon.createSandbox();
    afterEach(() => sandbox.restore());

    it('runs a profile through a 2-day hub outage: control continues and the profile advances', async () => {
      const fake = sandbox.useFakeTimers({
        now: T0,
        toFake: [
          'setInterval',
          'clearInterval',
          'setTimeout',
          'clearTimeout',
          'Date',
          'performance',
        ],
      });
      const clock = { monotonicMs: () => performance.now(), wallMs: () => Date.now() };
      // Pitched 20 h ago: gravity reaches 1.020 about a day into the run.
      const rig = new Rig(clock, { ambient: 22, startBeer: 19.3, startHours: 20, peakHours: 36 });
      await rig.module.start();
      // The sampler: a reading every 5 s and the physics in between. Nothing else runs:
      // no uplink, no commands, no hub.
      const sampler = setInterval(() => {
        rig.model.advance(5, rig.outputs());
        rig.feed();
      }, 5 * S);
      const [started] = await rig.module.handleCommands([
        {
          id: '0b8e3c1e-5b7f-4a53-9d3e-2f6f0c7e1a01',
          type: 'start_profile',
          params: { chamber: 'ferm1', profile: 'ale' },
        },
      ]);
      expect(started?.ok).to.equal(true);
      let minBeerStep0 = Infinity;
      let maxBeerStep0 = -Infinity;
      for (let h = 0; h < 48; h++) {
        await fake.tickAsync(H);
        const p = rig.module.status()[0]?.profile;
        if (p?.step_index === 0 && h > 1) {
          minBeerStep0 = Math.min(minBeerStep0, rig.model.values().beer);
          maxBeerStep0 = Math.max(maxBeerStep0, rig.model.values().beer);
        }
      }
      clearInterval(sampler);
      const s = rig.module.status()[0];
      expect(s?.profile?.step_index, 'in the diacetyl rest').to.equal(1);
      expect(s?.profile?.step_name).to.equal('Diacetyl rest');
      expect(s?.setpoint).to.be.above(19.5).and.below(22);
      expect(Math.abs(rig.model.values().beer - (s?.setpoint ?? 0))).to.be.below(0.5);
      expect(minBeerStep0).to.be.above(18.7);
      expect(maxBeerStep0).to.be.below(19.3);
      expect(violations(rig.transport.events)).to.deep.equal([]);
      await rig.module.stop();
    });
  });

  it('resumes a profile after a restart at the right step and elapsed time', async () => {
    const clock = new ManualClock();
    const rig = new Rig(clock, { ambient: 22, startBeer: 19 });
    await rig.module.start();
    const inline = {
      name: 'lager',
      steps: [
        { type: 'hold', name: 'Primary', target: 10, duration: '3h' },
        { type: 'ramp', name: 'Warm-up', to: 16, duration: '12h' },
        { type: 'hold', target: 16 },
      ],
    };
    await rig.module.handleCommands([
      {
        id: 'a8a4c1de-7c1b-4f7e-8f00-0d1c8a1e2b02',
        type: 'start_profile',
        params: { chamber: 'ferm1', profile: inline },
      },
    ]);
    await run(rig, clock, 4 * H);
    expect(rig.module.status()[0]?.profile).to.include({ step_index: 1, elapsed_s: 3600 });
    // Crash: no stop(), no final write. The Pi is off for two hours, then the edge starts again.
    clock.advance(2 * H);
    const again = new Rig(
      clock,
      { ambient: 22, startBeer: rig.model.values().beer },
      controlSection(rig.dir),
      rig.dir,
    );
    await again.module.start();
    const p = again.module.status()[0]?.profile;
    expect(p).to.include({
      profile: 'lager',
      step_index: 1,
      step_name: 'Warm-up',
      elapsed_s: 3 * 3600,
      remaining_s: 9 * 3600,
    });
    expect(p?.setpoint).to.be.closeTo(10 + 6 * (3 / 12), 0.01);
    expect(again.outputs(), 'outputs start in the safe state').to.deep.equal({
      heater: false,
      cooler: false,
    });
    await run(again, clock, 9 * 60 * S);
    expect(
      again.outputs().heater,
      'heater waits out the changeover delay after a restart',
    ).to.equal(false);
    await run(again, clock, 2 * 60 * S);
    expect(again.outputs().heater, 'then heats toward the ramp').to.equal(true);
    await again.module.stop();
  });
});

describe('ChamberModel', () => {
  it('runs a realistic fermentation: ~7 W of yeast heat at the peak, warming an uncontrolled beer', () => {
    const m = new ChamberModel({ ambient: 18, ambientSwing: 0, startBeer: 18, peakHours: 36 });
    m.advance(36 * 3600, { heater: false, cooler: false });
    expect(m.yeastW()).to.be.within(5, 10);
    expect(m.values().beer).to.be.above(19);
    expect(m.values().gravity).to.be.closeTo(1.03, 0.003);
  });

  it('overshoots: the evaporator keeps cooling after the compressor stops', () => {
    const m = new ChamberModel({ ambient: 20, ambientSwing: 0, startBeer: 20, peakHours: 1000 });
    m.advance(600, { heater: false, cooler: true });
    const airAtStop = m.values().air;
    m.advance(60, { heater: false, cooler: false });
    expect(m.values().air).to.be.below(airAtStop);
  });
});
