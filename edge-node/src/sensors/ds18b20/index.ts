import { CANONICAL_UNITS } from '@brewpit/protocol';
import { definePlatform, type ReadingSpec } from '../types.js';
import { Ds18b20 } from './ds18b20.js';
import { Ds18b20Schema } from './schema.js';

/** `platform: ds18b20`: the 1-Wire fermenter and wort probe. */
export const ds18b20Platform = definePlatform({
  platform: 'ds18b20',
  schema: Ds18b20Schema,
  readings: (o): ReadingSpec[] => [
    {
      key: o.key,
      kind: 'temperature',
      unit: CANONICAL_UNITS.temperature,
      name: o.name ?? 'Temperature',
      precision: 2,
      // Quantised to 1/16 °C and often sitting still in a fermenter: no frozen detection.
      plausible: [o.min, o.max],
      maxStep: 30,
    },
  ],
  check: (o) => (o.min >= o.max ? ['max: must be above min'] : []),
  transport: (o, buses) => buses.w1(o.w1_root),
  create: (o, w1) => new Ds18b20(w1, o),
});
