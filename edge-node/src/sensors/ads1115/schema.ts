import { Type, type Static } from '@sinclair/typebox';
import { I2cBusNumber, IntEnum, KeySchema, NameSchema, StringEnum } from '../common.js';
import { PROBE_NAMES } from './probes.js';

const CalibrationPoint = Type.Object(
  {
    temperature: Type.Number({
      minimum: -50,
      maximum: 400,
      description: '°C from a reference thermometer',
    }),
    resistance: Type.Number({
      exclusiveMinimum: 0,
      description: 'Probe resistance in ohms at that temperature',
    }),
  },
  { additionalProperties: false },
);

/** One NTC probe on one input of the ADS1115. */
const ProbeSchema = Type.Object(
  {
    channel: Type.Integer({ minimum: 0, maximum: 3, description: 'ADS1115 input AIN0–AIN3' }),
    key: KeySchema,
    name: Type.Optional(NameSchema),
    probe: Type.Optional(
      StringEnum(PROBE_NAMES, { description: 'Probe model from the shipped table' }),
    ),
    coefficients: Type.Optional(
      Type.Object(
        { a: Type.Number(), b: Type.Number(), c: Type.Number() },
        { additionalProperties: false },
      ),
    ),
    calibration: Type.Optional(
      Type.Array(CalibrationPoint, {
        minItems: 3,
        maxItems: 3,
        description: 'Three (°C, Ω) points',
      }),
    ),
    r_fixed: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, description: 'Divider resistor of this input, Ω' }),
    ),
    min: Type.Number({ default: -40, description: 'Lowest plausible °C' }),
    max: Type.Number({ default: 500, description: 'Highest plausible °C' }),
  },
  { additionalProperties: false },
);
/** One probe's validated options. */
export type ProbeOptions = Static<typeof ProbeSchema>;

/** Options of `platform: ads1115`. */
export const Ads1115Schema = Type.Object(
  {
    platform: Type.Literal('ads1115'),
    bus: I2cBusNumber,
    address: Type.Integer({ default: 0x48, description: 'I²C address 0x48–0x4B (ADDR pin)' }),
    gain: Type.Unsafe<number>({
      type: 'number',
      enum: [6.144, 4.096, 2.048, 1.024, 0.512, 0.256],
      default: 4.096,
      description: 'Full-scale range in volts (PGA); must exceed vref for unplugged detection',
    }),
    data_rate: IntEnum([8, 16, 32, 64, 128, 250, 475, 860] as const, { default: 128 }),
    vref: Type.Number({
      exclusiveMinimum: 0,
      maximum: 5.5,
      default: 3.3,
      description: 'Divider supply, V',
    }),
    r_fixed: Type.Number({
      exclusiveMinimum: 0,
      default: 10_000,
      description: 'Divider resistor, Ω',
    }),
    probes: Type.Array(ProbeSchema, { minItems: 1, maxItems: 4 }),
  },
  { additionalProperties: false, $id: 'edge.platform.ads1115' },
);
/** Validated options of `platform: ads1115`. */
export type Ads1115Options = Static<typeof Ads1115Schema>;
