import { Type, type Static } from '@sinclair/typebox';
import { I2cBusNumber, IntEnum, ReadingOverride, StringEnum } from '../common.js';

/** Options of `platform: mcp9600`. */
export const Mcp9600Schema = Type.Object(
  {
    platform: Type.Literal('mcp9600'),
    bus: I2cBusNumber,
    address: Type.Integer({ default: 0x60, description: 'I²C address 0x60–0x67' }),
    thermocouple: StringEnum(['K', 'J', 'T', 'N', 'S', 'E', 'B', 'R'] as const, { default: 'K' }),
    filter: IntEnum([0, 1, 2, 3, 4, 5, 6, 7] as const, {
      default: 2,
      description: 'Digital filter coefficient',
    }),
    hot_junction: Type.Optional(ReadingOverride),
    cold_junction: Type.Optional(ReadingOverride),
    min: Type.Number({ default: -40 }),
    max: Type.Number({
      default: 800,
      description: 'Highest plausible °C (a pit, a kiln-like firebox)',
    }),
  },
  { additionalProperties: false, $id: 'edge.platform.mcp9600' },
);
/** Validated options of `platform: mcp9600`. */
export type Mcp9600Options = Static<typeof Mcp9600Schema>;
