import { expect } from 'chai';
import { Thermostat } from '../../src/control/thermostat.js';
import type { PinEvent } from '../../src/outputs/emulated.js';
import { COOLER, HEATER, violations } from './rig.js';

const S = 1000;
const protection = {
  minCoolOffMs: 300 * S,
  minCoolOnMs: 180 * S,
  minHeatOffMs: 300 * S,
  minHeatOnMs: 180 * S,
  modeSwitchMs: 600 * S,
};
const settings = { band: 0.15, protection, canHeat: true, canCool: true };

describe('Thermostat', () => {
  it('waits out the compressor rest and the changeover delay after a start', () => {
    const t = new Thermostat(settings, 0);
    expect(t.update(1 * S, 20, 19, 'auto')).to.include({
      cool: false,
      waiting: 'mode_switch',
      waitS: 599,
    });
    expect(t.update(599 * S, 20, 19, 'auto').cool).to.equal(false);
    expect(t.update(600 * S, 20, 19, 'auto')).to.include({ cool: true, action: 'cooling' });
  });

  it('keeps the compressor on for its minimum on-time even past the setpoint', () => {
    const t = new Thermostat(settings, -1000 * S);
    expect(t.update(0, 20, 19, 'auto').cool).to.equal(true);
    expect(t.update(179 * S, 18, 19, 'auto').cool).to.equal(true);
    expect(t.update(180 * S, 18, 19, 'auto').cool).to.equal(false);
  });

  it('stops cooling early when the predicted trough reaches the setpoint', () => {
    const t = new Thermostat(settings, -1000 * S, { heat: 1, cool: 4 });
    t.update(0, 19.5, 19, 'auto');
    // After 600 s on: overshoot 4 °C/h × 600 s = 0.67 °C, so 19.6 predicts 18.93.
    expect(t.update(600 * S, 19.6, 19, 'auto')).to.include({ cool: false });
  });

  it('never restarts the compressor within its minimum off-time', () => {
    const t = new Thermostat(settings, -1000 * S);
    t.update(0, 20, 19, 'auto');
    t.update(200 * S, 18.9, 19, 'auto'); // off at 200 s
    expect(t.update(201 * S, 25, 19, 'auto')).to.include({ cool: false, waiting: 'min_cool_off' });
    expect(t.update(499 * S, 25, 19, 'auto').cool).to.equal(false);
    expect(t.update(500 * S, 25, 19, 'auto').cool).to.equal(true);
  });

  it('switches everything off at once when the input fails, even inside the minimum on-time', () => {
    const t = new Thermostat(settings, -1000 * S);
    expect(t.update(0, 20, 19, 'auto').cool).to.equal(true);
    expect(t.update(10 * S, null, 19, 'auto')).to.include({
      cool: false,
      heat: false,
      action: 'idle',
    });
  });

  it('does not heat in cool mode nor cool in heat mode', () => {
    const t = new Thermostat(settings, -1000 * S);
    expect(t.update(0, 15, 19, 'cool').heat).to.equal(false);
    expect(t.update(1 * S, 25, 19, 'heat').cool).to.equal(false);
    expect(t.update(2 * S, 25, 19, 'off').cool).to.equal(false);
  });

  it('learns a larger cooling estimator from an overshoot bigger than predicted', () => {
    const t = new Thermostat(settings, -1000 * S, { heat: 1, cool: 1 });
    t.update(0, 19.3, 19, 'auto');
    // Predicted trough 0.2 °C below at 720 s on (1 °C/h × 0.2 h); off when 19.2 - 0.2 ≤ 19.
    expect(t.update(720 * S, 19.2, 19, 'auto').cool).to.equal(false);
    t.update(1200 * S, 18.8, 19, 'auto'); // fell 0.4 °C: twice the prediction
    t.update(1800 * S, 18.9, 19, 'auto'); // turned: peak confirmed
    expect(t.learned).to.equal(true);
    expect(t.estimators.cool).to.be.closeTo(Math.SQRT2, 0.01);
  });
});

describe('violations (the timing checker used by the simulations)', () => {
  const ev = (label: string, at: number, active: boolean): PinEvent => ({
    label,
    at: at * S,
    active,
    level: active ? 0 : 1,
  });

  it('finds short compressor runs, short rests and fast changeovers', () => {
    const log = [
      ev(COOLER, 0, false),
      ev(HEATER, 0, false),
      ev(COOLER, 600, true),
      ev(COOLER, 700, false),
      ev(COOLER, 900, true),
      ev(COOLER, 1100, false),
      ev(HEATER, 1300, true),
    ];
    expect(violations(log).map((v) => v.rule)).to.deep.equal([
      'min cool on',
      'min cool off',
      'cool→heat',
    ]);
  });

  it('accepts a log that keeps every rule', () => {
    const log = [
      ev(COOLER, 0, false),
      ev(HEATER, 0, false),
      ev(COOLER, 600, true),
      ev(COOLER, 780, false),
      ev(HEATER, 1380, true),
      ev(HEATER, 1560, false),
    ];
    expect(violations(log)).to.deep.equal([]);
  });
});
