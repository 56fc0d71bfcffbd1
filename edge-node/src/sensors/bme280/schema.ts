import { Type, type Static } from '@sinclair/typebox';
import { I2cBusNumber, IntEnum, ReadingOverride, StringEnum } from '../common.js';

/** Options of `platform: bme280`. */
export const Bme280Schema = Type.Object(
  {
    platform: Type.Literal('bme280'),
    bus: I2cBusNumber,
    address: Type.Integer({ default: 0x76, description: 'I²C address: 0x76 (SDO low) or 0x77' }),
    oversampling: IntEnum([1, 2, 4, 8, 16] as const, {
      default: 16,
      description: 'Oversampling of all three measurements; 16 is the quietest, ~113 ms per read',
    }),
    iir_filter: StringEnum(['off', '2', '4', '8', '16'] as const, { default: 'off' }),
    compensation: StringEnum(['double', 'integer'] as const, {
      default: 'double',
      description: "Bosch's double-precision or integer compensation formulas",
    }),
    temperature: Type.Optional(ReadingOverride),
    humidity: Type.Optional(ReadingOverride),
    pressure: Type.Optional(ReadingOverride),
  },
  { additionalProperties: false, $id: 'edge.platform.bme280' },
);
/** Validated options of `platform: bme280`. */
export type Bme280Options = Static<typeof Bme280Schema>;
