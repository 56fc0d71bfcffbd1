import { strict as assert } from 'node:assert';
import { I2cDevice } from '../../../src/bus/i2c.js';
import { SensorReadError } from '../../../src/errors.js';
import { Ads1115 } from '../../../src/sensors/ads1115/ads1115.js';
import { ads1115Platform } from '../../../src/sensors/ads1115/index.js';
import { PROBES, type ProbeName } from '../../../src/sensors/ads1115/probes.js';
import { Ads1115Schema, type Ads1115Options } from '../../../src/sensors/ads1115/schema.js';
import { validateWith } from '../../../src/config/validate.js';
import { EmulatedAds1115 } from '../../emulated/ads1115.js';
import { EmulatedI2cBus } from '../../emulated/i2c.js';
import { ohmsAt } from './steinhart.test.js';

function options(raw: Record<string, unknown>): Ads1115Options {
  const o = { platform: 'ads1115', data_rate: 860, ...raw };
  assert.deepEqual(validateWith(Ads1115Schema, o), []);
  return o as Ads1115Options;
}

function rig(rFixed = 10_000) {
  const bus = new EmulatedI2cBus();
  const chip = new EmulatedAds1115(3.3, rFixed);
  bus.attach(0x48, chip);
  return { bus, chip, dev: new I2cDevice(bus, 0x48) };
}

describe('Ads1115', () => {
  for (const name of Object.keys(PROBES) as ProbeName[]) {
    it(`reads a ${name} probe at 25, 75 and 110 °C through the emulated divider`, async () => {
      const k = PROBES[name];
      const rFixed = k.recommendedRFixed;
      const { chip, dev } = rig(rFixed);
      const s = new Ads1115(
        dev,
        options({ r_fixed: rFixed, probes: [{ channel: 2, key: 'meat', probe: name }] }),
      );
      await s.setup();
      for (const t of [25, 75, 110]) {
        chip.setProbe(2, ohmsAt(t, k));
        const v = await s.read();
        // 16-bit quantisation of the divider voltage limits the accuracy to a few hundredths.
        assert.ok(Math.abs(v['meat']! - t) < 0.1, `${name} at ${t} °C read ${v['meat']}`);
      }
    });
  }

  it('reports an unplugged probe (input at full scale) as null, others unaffected', async () => {
    const { chip, dev } = rig();
    const s = new Ads1115(
      dev,
      options({
        probes: [
          { channel: 0, key: 'pit', probe: 'generic_10k' },
          { channel: 1, key: 'meat1', probe: 'generic_10k' },
        ],
      }),
    );
    await s.setup();
    chip.setProbe(0, ohmsAt(100, PROBES.generic_10k));
    chip.setProbe(1, null);
    const v = await s.read();
    assert.equal(v['meat1'], null);
    assert.ok(Math.abs(v['pit']! - 100) < 0.1);
  });

  it('treats a saturated conversion as unplugged even when vref exceeds the range', async () => {
    const { chip, dev } = rig();
    const s = new Ads1115(
      dev,
      options({ gain: 2.048, vref: 2.0, probes: [{ channel: 3, key: 'p', probe: 'igrill' }] }),
    );
    chip.setProbe(3, null);
    assert.deepEqual(await s.read(), { p: null });
  });

  it('uses a 3-point calibration for an unknown probe', async () => {
    const truth = PROBES.inkbird;
    const { chip, dev } = rig();
    const calibration = [0, 60, 120].map((t) => ({ temperature: t, resistance: ohmsAt(t, truth) }));
    const s = new Ads1115(dev, options({ probes: [{ channel: 0, key: 'x', calibration }] }));
    chip.setProbe(0, ohmsAt(90, truth));
    assert.ok(Math.abs((await s.read())['x']! - 90) < 0.1);
  });

  it('turns a bus error into a transient i2c_error', async () => {
    const { bus, dev } = rig();
    const s = new Ads1115(dev, options({ probes: [{ channel: 0, key: 'x', probe: 'inkbird' }] }));
    bus.failNext(1);
    await assert.rejects(
      s.read(),
      (e: SensorReadError) => e.code === 'i2c_error' && /'ads1115@0x48' AIN0/.test(e.message),
    );
  });

  it('checks options: duplicate inputs, vref above full scale, bad address', () => {
    const o = options({
      address: 0x50,
      gain: 2.048,
      probes: [
        { channel: 0, key: 'a' },
        { channel: 0, key: 'b' },
      ],
    });
    const errors = ads1115Platform.check!(o);
    assert.ok(errors.some((e) => /address: must be one of 0x48/.test(e)));
    assert.ok(errors.some((e) => /probes\[1\].channel: input AIN0 is used twice/.test(e)));
    assert.ok(errors.some((e) => /gain: full scale 2.048 V is below vref 3.3 V/.test(e)));
  });
});
