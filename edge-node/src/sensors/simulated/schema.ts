import { Type, type Static } from '@sinclair/typebox';
import { KeySchema, NameSchema, StringEnum } from '../common.js';

const Meat = Type.Object(
  {
    key: KeySchema,
    name: NameSchema,
    cut: StringEnum(['large', 'small'] as const, { default: 'large' }),
  },
  { additionalProperties: false },
);

/** Options of `platform: simulated`. */
export const SimulatedSchema = Type.Object(
  {
    platform: Type.Literal('simulated'),
    model: StringEnum(['smoker', 'fermenter'] as const),
    seed: Type.Integer({ default: 1, description: 'Same seed, same cook' }),
    time_scale: Type.Number({
      minimum: 0.001,
      maximum: 100_000,
      default: 1,
      description: 'Simulated seconds per real second; 600 runs a 12 h cook in 72 s',
    }),
    start_hours: Type.Number({
      minimum: 0,
      default: 0,
      description: 'Start this far into the cook or brew',
    }),
    noise: Type.Boolean({ default: true, description: 'Add probe noise' }),
    // smoker
    setpoint: Type.Number({
      minimum: 50,
      maximum: 350,
      default: 110,
      description: 'Pit target, °C',
    }),
    lid_open_every: Type.Number({
      minimum: 0,
      default: 90,
      description: 'Mean minutes between lid openings (0: never)',
    }),
    meats: Type.Array(Meat, {
      maxItems: 8,
      default: [
        { key: 'brisket', name: 'Brisket', cut: 'large' },
        { key: 'ribs', name: 'Ribs', cut: 'small' },
      ],
    }),
    // fermenter
    og: Type.Number({ minimum: 1.0, maximum: 1.2, default: 1.05 }),
    fg: Type.Number({ minimum: 0.99, maximum: 1.1, default: 1.01 }),
    ambient: Type.Number({
      minimum: -20,
      maximum: 45,
      default: 18,
      description: 'Room temperature, °C',
    }),
    ambient_swing: Type.Number({ minimum: 0, maximum: 15, default: 2.5 }),
  },
  { additionalProperties: false },
);
/** Validated options of `platform: simulated`. */
export type SimulatedOptions = Static<typeof SimulatedSchema>;
