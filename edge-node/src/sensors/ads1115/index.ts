import { CANONICAL_UNITS } from '@brewpit/protocol';
import { I2cDevice } from '../../bus/i2c.js';
import { checkAddress } from '../common.js';
import { definePlatform, type ReadingSpec } from '../types.js';
import { Ads1115 } from './ads1115.js';
import { PROBES } from './probes.js';
import { Ads1115Schema, type Ads1115Options } from './schema.js';
import { solveSteinhartHart } from './steinhart.js';

function checkProbes(o: Ads1115Options): string[] {
  const errors: string[] = [];
  const seen = new Set<number>();
  o.probes.forEach((p, i) => {
    const at = `probes[${i}]`;
    if (seen.has(p.channel)) errors.push(`${at}.channel: input AIN${p.channel} is used twice`);
    seen.add(p.channel);
    const sources = [p.probe, p.coefficients, p.calibration].filter((x) => x !== undefined).length;
    if (sources > 1) errors.push(`${at}: give only one of probe, coefficients, calibration`);
    if (p.calibration) {
      try {
        solveSteinhartHart(p.calibration);
      } catch (err) {
        errors.push(`${at}.calibration: ${(err as Error).message}`);
      }
    }
    if (p.min >= p.max) errors.push(`${at}.max: must be above min`);
  });
  if (o.vref > o.gain) {
    errors.push(
      `gain: full scale ${o.gain} V is below vref ${o.vref} V; unplugged probes would look hot`,
    );
  }
  return errors;
}

/** `platform: ads1115`: up to four NTC probes through a 16-bit ADC. */
export const ads1115Platform = definePlatform({
  platform: 'ads1115',
  schema: Ads1115Schema,
  readings: (o): ReadingSpec[] =>
    o.probes.map((p) => ({
      key: p.key,
      kind: 'temperature',
      unit: CANONICAL_UNITS.temperature,
      name: p.name ?? `${p.probe ? PROBES[p.probe].title : 'Probe'} ${p.channel}`,
      precision: 1,
      plausible: [p.min, p.max],
      // A probe moved from the counter into a 250 °C pit jumps ~100 °C within seconds.
      maxStep: 120,
      // An ADC-read NTC always jitters by a few LSB; a bit-identical value for ten minutes at
      // 1 Hz means a stuck converter or a frozen driver.
      frozenAfter: 600,
    })),
  check: (o) => [...checkAddress(o.address, [0x48, 0x49, 0x4a, 0x4b]), ...checkProbes(o)],
  transport: async (o, buses) => new I2cDevice(await buses.i2c(o.bus), o.address),
  create: (o, dev) => new Ads1115(dev, o),
});
