import { CANONICAL_UNITS } from '@brewpit/protocol';
import { I2cDevice } from '../../bus/i2c.js';
import { checkAddress } from '../common.js';
import { definePlatform, type ReadingSpec } from '../types.js';
import { Bme280, type Bme280Keys } from './bme280.js';
import { Bme280Schema, type Bme280Options } from './schema.js';

function keys(o: Bme280Options): Bme280Keys {
  return {
    temperature: o.temperature?.key ?? 'ambient_temperature',
    humidity: o.humidity?.key ?? 'ambient_humidity',
    pressure: o.pressure?.key ?? 'ambient_pressure',
  };
}

/** `platform: bme280`: ambient temperature, humidity and pressure over I²C. */
export const bme280Platform = definePlatform({
  platform: 'bme280',
  schema: Bme280Schema,
  readings(o): ReadingSpec[] {
    const k = keys(o);
    return [
      {
        key: k.temperature,
        kind: 'temperature',
        unit: CANONICAL_UNITS.temperature,
        name: o.temperature?.name ?? 'Ambient temperature',
        precision: 1,
        plausible: [-40, 85],
        maxStep: 10, // the chip's operating range
      },
      {
        key: k.humidity,
        kind: 'humidity',
        unit: CANONICAL_UNITS.humidity,
        name: o.humidity?.name ?? 'Ambient humidity',
        precision: 0,
        plausible: [0, 100],
        maxStep: 40,
      },
      {
        key: k.pressure,
        kind: 'pressure',
        unit: CANONICAL_UNITS.pressure,
        name: o.pressure?.name ?? 'Ambient pressure',
        precision: 1,
        plausible: [300, 1100],
        maxStep: 20,
        frozenAfter: 120,
      },
    ];
  },
  check: (o) => checkAddress(o.address, [0x76, 0x77]),
  transport: async (o, buses) => new I2cDevice(await buses.i2c(o.bus), o.address),
  create: (o, dev) => new Bme280(dev, o, keys(o)),
});
