import { expect } from 'chai';
import { EmulatedOutputTransport } from '../../../src/outputs/emulated.js';
import { SimulatedChamber } from '../../../src/sensors/simulated/chamber-sensor.js';
import { ChamberModel } from '../../../src/sensors/simulated/chamber.js';
import { SimulatedSchema, type SimulatedOptions } from '../../../src/sensors/simulated/schema.js';
import { validateWith } from '../../../src/config/validate.js';

function options(extra: Record<string, unknown> = {}): SimulatedOptions {
  const o = { platform: 'simulated', model: 'chamber', noise: false, ambient: 22, ...extra };
  expect(validateWith(SimulatedSchema, o)).to.deep.equal([]);
  return o as unknown as SimulatedOptions;
}

describe('simulated chamber', () => {
  let mono: number;
  const clock = { monotonicMs: () => mono, wallMs: () => 1_772_323_200_000 + mono };

  beforeEach(() => (mono = 1000));

  it('heats while control holds the heater relay on, exactly for as long as it was on', async () => {
    const relays = new EmulatedOutputTransport(() => mono);
    const sensor = new SimulatedChamber(options({ start_temp: 18 }), {
      ...clock,
      emulatedOutputs: relays,
    });
    const heater = await relays.open({ chip: 'gpiochip0', line: 17, activeLow: true });
    await relays.open({ chip: 'gpiochip0', line: 27, activeLow: true });
    mono += 600_000; // 10 min off
    await heater.set(true);
    mono += 1_200_000; // 20 min on, then off for 10 more
    await heater.set(false);
    mono += 600_000;
    const got = await sensor.read();

    const ref = new ChamberModel({ ambient: 22, ambientSwing: 2.5, startBeer: 18 });
    ref.advance(600, { heater: false, cooler: false });
    ref.advance(1200, { heater: true, cooler: false });
    ref.advance(600, { heater: false, cooler: false });
    expect(got['air']).to.be.closeTo(ref.values().air, 1e-9);
    expect(got['beer']).to.be.closeTo(ref.values().beer, 1e-9);

    const unheated = new ChamberModel({ ambient: 22, ambientSwing: 2.5, startBeer: 18 });
    unheated.advance(2400, { heater: false, cooler: false });
    expect(got['air']! - unheated.values().air).to.be.above(1, 'the heater warmed the air');
  });

  it('listens only to its own lines, and drifts with relays off when not wired', async () => {
    const relays = new EmulatedOutputTransport(() => mono);
    const wired = new SimulatedChamber(options({ cooler: { line: 5 } }), {
      ...clock,
      emulatedOutputs: relays,
    });
    const loose = new SimulatedChamber(options(), clock);
    expect(loose.wired).to.equal(false);
    const other = await relays.open({ chip: 'gpiochip0', line: 27, activeLow: false });
    await other.set(true); // line 27 is not this chamber's compressor (line 5 is)
    mono += 3_600_000;
    const a = await wired.read();
    const b = await loose.read();
    expect(wired.truth()).to.include({ heater: false, cooler: false });
    expect(a['beer']).to.be.closeTo(b['beer']!, 1e-9);
  });
});
