import { CANONICAL_UNITS } from '@brewpit/protocol';
import { I2cDevice } from '../../bus/i2c.js';
import { checkAddress } from '../common.js';
import { definePlatform, type ReadingSpec } from '../types.js';
import { Mcp9600 } from './mcp9600.js';
import { Mcp9600Schema, type Mcp9600Options } from './schema.js';

function keys(o: Mcp9600Options): { hot: string; cold: string } {
  return {
    hot: o.hot_junction?.key ?? 'thermocouple',
    cold: o.cold_junction?.key ?? 'thermocouple_board',
  };
}

/** `platform: mcp9600`: a thermocouple for pit and firebox temperatures. */
export const mcp9600Platform = definePlatform({
  platform: 'mcp9600',
  schema: Mcp9600Schema,
  readings(o): ReadingSpec[] {
    const k = keys(o);
    return [
      {
        key: k.hot,
        kind: 'temperature',
        unit: CANONICAL_UNITS.temperature,
        name: o.hot_junction?.name ?? 'Thermocouple',
        precision: 1,
        plausible: [o.min, o.max],
        maxStep: 150,
      },
      {
        key: k.cold,
        kind: 'temperature',
        unit: CANONICAL_UNITS.temperature,
        name: o.cold_junction?.name ?? 'Thermocouple board',
        precision: 1,
        plausible: [-40, 125],
        maxStep: 20,
      },
    ];
  },
  check: (o) => [
    ...checkAddress(o.address, [0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67]),
    ...(o.min >= o.max ? ['max: must be above min'] : []),
  ],
  transport: async (o, buses) => new I2cDevice(await buses.i2c(o.bus), o.address),
  create: (o, dev) => new Mcp9600(dev, o, keys(o)),
});
