import { expect } from 'chai';
import { advance, attenuation, progress, setpoint, startRun } from '../../src/control/profile.js';
import type { ProfileDef } from '../../src/control/schema.js';

const H = 3_600_000;
const M = 60_000;
const T0 = Date.UTC(2026, 2, 1);

const ale: ProfileDef & { name: string } = {
  name: 'ale',
  og: 1.05,
  steps: [
    {
      type: 'hold',
      name: 'Primary',
      target: 19,
      until: { gravity_below: 1.02, attenuation_above: 70, hold_for: '30m' },
    },
    { type: 'ramp', name: 'Diacetyl rest', to: 22, duration: '24h' },
    { type: 'hold', name: 'Rest', target: 22, duration: '2d' },
    { type: 'ramp', name: 'Crash', to: 2, duration: '12h' },
  ],
};

describe('profile', () => {
  it('holds until gravity drops below the limit for hold_for, then ramps linearly', () => {
    const run = startRun(ale, T0, 20);
    advance(run, T0 + 10 * H, { value: 1.03, ts: T0 + 10 * H });
    expect(progress(run, T0 + 10 * H, { value: 1.03, ts: T0 + 10 * H })).to.include({
      step_index: 0,
      remaining_s: null,
      condition: 'gravity 1.030 < 1.020 or attenuation 40 % ≥ 70 %',
    });
    advance(run, T0 + 20 * H, { value: 1.019, ts: T0 + 20 * H });
    expect(run.step, 'not before hold_for').to.equal(0);
    advance(run, T0 + 20 * H + 31 * M, { value: 1.0185, ts: T0 + 20 * H + 30 * M });
    expect(run.step).to.equal(1);
    expect(run.stepStartedAt).to.equal(T0 + 20 * H + 30 * M);
    expect(setpoint(run, T0 + 32 * H + 30 * M)).to.be.closeTo(20.5, 1e-9);
  });

  it('ends a gravity step on attenuation too, with OG from the first reading', () => {
    const run = startRun({ ...ale, og: undefined }, T0, 19);
    advance(run, T0, { value: 1.06, ts: T0 });
    expect(run.og).to.equal(1.06);
    expect(attenuation(1.06, 1.018)).to.be.closeTo(70, 1e-9);
    advance(run, T0 + 40 * H, { value: 1.0178, ts: T0 + 40 * H });
    advance(run, T0 + 41 * H, { value: 1.0178, ts: T0 + 41 * H });
    expect(run.step).to.equal(1);
  });

  it('restarts the confirmation when the gravity rises above the limit again (noise)', () => {
    const run = startRun(ale, T0, 19);
    advance(run, T0 + H, { value: 1.019, ts: T0 + H });
    advance(run, T0 + H + 20 * M, { value: 1.021, ts: T0 + H + 20 * M });
    advance(run, T0 + H + 40 * M, { value: 1.019, ts: T0 + H + 40 * M });
    expect(run.step).to.equal(0);
  });

  it('keeps waiting without gravity and says so, until max_duration', () => {
    const def: ProfileDef & { name: string } = {
      name: 'p',
      steps: [
        { type: 'hold', target: 19, until: { gravity_below: 1.02, max_duration: '7d' } },
        { type: 'hold', target: 4 },
      ],
    };
    const run = startRun(def, T0, 19);
    advance(run, T0 + 6 * 24 * H, null);
    expect(progress(run, T0 + 6 * 24 * H, null).condition).to.equal(
      'gravity ? < 1.020 (waiting for a gravity reading)',
    );
    advance(run, T0 + 8 * 24 * H, null);
    expect(run.step).to.equal(1);
    expect(run.stepStartedAt).to.equal(T0 + 7 * 24 * H);
  });

  it('catches up over a long downtime: lands on the right step with the right elapsed time', () => {
    const def: ProfileDef & { name: string } = { ...ale, steps: ale.steps.slice(1) };
    const run = startRun(def, T0, 19);
    // Off for 3 days: ramp (24 h) and rest (48 h) are over, 1 h into the crash.
    advance(run, T0 + 73 * H, null);
    expect(progress(run, T0 + 73 * H, null)).to.include({
      step_index: 2,
      step_name: 'Crash',
      elapsed_s: 3600,
      remaining_s: 11 * 3600,
    });
    expect(setpoint(run, T0 + 73 * H)).to.be.closeTo(22 - 20 / 12, 1e-9);
  });

  it('finishes on the last step and holds its end setpoint', () => {
    const run = startRun({ name: 'r', steps: [{ type: 'ramp', to: 10, duration: '1h' }] }, T0, 20);
    advance(run, T0 + 2 * H, null);
    expect(progress(run, T0 + 2 * H, null)).to.include({
      finished: true,
      setpoint: 10,
      remaining_s: 0,
    });
  });

  it('never runs time backwards when the clock is set back (a Pi without RTC)', () => {
    const run = startRun({ name: 'r', steps: [{ type: 'ramp', to: 10, duration: '10h' }] }, T0, 20);
    expect(setpoint(run, T0 - 5 * H)).to.equal(20);
    expect(progress(run, T0 - 5 * H, null).elapsed_s).to.equal(0);
  });
});
