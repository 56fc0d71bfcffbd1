import { Type, type Static } from '@sinclair/typebox';
import { KeySchema, NameSchema } from '../common.js';

/** Options of `platform: ds18b20`. */
export const Ds18b20Schema = Type.Object(
  {
    platform: Type.Literal('ds18b20'),
    address: Type.String({
      pattern: '^28-[0-9a-f]{12}$',
      description: 'w1 device id as in /sys/bus/w1/devices, e.g. 28-0316a2794aff',
    }),
    key: KeySchema,
    name: Type.Optional(NameSchema),
    w1_root: Type.Optional(Type.String({ description: 'w1 sysfs root (tests, unusual kernels)' })),
    min: Type.Number({ default: -55, description: 'Lowest plausible °C (the chip range)' }),
    max: Type.Number({ default: 125, description: 'Highest plausible °C (the chip range)' }),
  },
  { additionalProperties: false, $id: 'edge.platform.ds18b20' },
);
/** Validated options of `platform: ds18b20`. */
export type Ds18b20Options = Static<typeof Ds18b20Schema>;
