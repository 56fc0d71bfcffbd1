import { expect } from 'chai';
import { parseControl } from '../../src/control/config.js';
import { ConfigError } from '../../src/errors.js';

const chamber = {
  name: 'ferm1',
  input: 'beer',
  heater: { line: 17 },
  cooler: { line: 27, active_low: true },
};

function issues(section: unknown): string[] {
  try {
    parseControl(section, '/srv');
  } catch (err) {
    if (err instanceof ConfigError) return [...err.issues];
    throw err;
  }
  return [];
}

describe('control config', () => {
  it('applies BrewPi protection defaults and resolves paths and durations', () => {
    const c = parseControl({ chambers: [chamber] }, '/srv');
    expect(c.intervalMs).to.equal(2000);
    const ch = c.chambers[0];
    expect(ch?.protection).to.deep.equal({
      minCoolOffMs: 300_000,
      minCoolOnMs: 180_000,
      minHeatOffMs: 300_000,
      minHeatOnMs: 180_000,
      modeSwitchMs: 600_000,
    });
    expect(ch?.heater).to.deep.equal({ chip: 'gpiochip0', line: 17, activeLow: false });
    expect(ch?.modes).to.deep.equal(['off', 'heat', 'cool', 'auto']);
    expect(ch).to.include({
      stateFile: '/srv/control/ferm1.json',
      sensorTimeoutMs: 60_000,
      mode: 'off',
      target: 19,
    });
  });

  it('refuses protection times below the safe minimum unless allowed', () => {
    const short = { ...chamber, protection: { min_cool_off: '60s' } };
    expect(issues({ chambers: [short] })).to.deep.equal([
      'control.chambers[0].protection.min_cool_off: 60 s is below the safe 300 s (set allow_short_protection to override)',
    ]);
    expect(issues({ chambers: [{ ...short, allow_short_protection: true }] })).to.deep.equal([]);
  });

  it('reports every problem with its path', () => {
    const got = issues({
      chambers: [
        { name: 'ferm1', input: 'beer', modes: ['heat'], heater: { line: 600 } },
        { name: 'ferm1', input: 'Beer!', cooler: { line: 1 }, colour: 'red' },
      ],
    });
    expect(got).to.include('control.chambers[0].heater.line: must be <= 511');
    expect(got).to.include('control.chambers[1].input: must match pattern "^[a-z0-9_]{1,32}$"');
    expect(got).to.include('control.chambers[1].colour: is not a known option');
  });

  it('checks chambers and profiles beyond the schema', () => {
    const got = issues({
      profiles: {
        bad: {
          steps: [
            { type: 'hold', target: 19, until: { hold_for: '1h' } },
            { type: 'ramp', to: 20, duration: 0 },
          ],
        },
      },
      chambers: [
        { name: 'ferm1', input: 'beer', cooler: { line: 27 }, modes: ['off', 'heat'], mode: 'off' },
        { name: 'ferm1', input: 'beer', heater: { line: 27 } },
      ],
    });
    expect(got).to.deep.equal([
      "control.chambers[0].modes: 'heat' needs a heater",
      "control.chambers[1].name: 'ferm1' is used twice",
      'control.chambers[1].heater: line gpiochip0:27 is already used by ferm1.cooler',
      'control.profiles.bad.steps[0].until: needs gravity_below or attenuation_above',
      'control.profiles.bad.steps[1].duration: a ramp needs a duration above 0',
    ]);
  });
});
