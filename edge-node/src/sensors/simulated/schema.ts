import { Type, type Static } from '@sinclair/typebox';
import { KeySchema, NameSchema, StringEnum } from '../common.js';

/** A relay line the simulated chamber listens to (the one control drives). */
const Line = (line: number, description: string) =>
  Type.Object(
    {
      chip: Type.String({ minLength: 1, default: 'gpiochip0' }),
      line: Type.Integer({ minimum: 0, maximum: 511, default: line }),
    },
    { additionalProperties: false, default: {}, description },
  );

const Meat = Type.Object(
  {
    key: KeySchema,
    name: NameSchema,
    cut: StringEnum(['large', 'small'] as const, { default: 'large' }),
    start_temp: Type.Number({
      minimum: -20,
      maximum: 120,
      default: 4,
      description: 'Core temperature at the start, °C (4: out of the fridge)',
    }),
  },
  { additionalProperties: false },
);

/** Options of `platform: simulated`. */
export const SimulatedSchema = Type.Object(
  {
    platform: Type.Literal('simulated'),
    model: StringEnum(['smoker', 'fermenter', 'chamber'] as const, {
      description:
        'smoker; fermenter (free-running); chamber (a fridge with heater and compressor that ' +
        'control drives through emulated relays)',
    }),
    seed: Type.Integer({ default: 1, description: 'Same seed, same cook' }),
    time_scale: Type.Number({
      minimum: 0.001,
      maximum: 100_000,
      default: 1,
      description:
        'Simulated seconds per real second; 600 runs a 12 h cook in 72 s. Control runs on real ' +
        'time (compressor protection), so keep a chamber near 1',
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
    pit_start: Type.Optional(
      Type.Number({
        minimum: -20,
        maximum: 350,
        description:
          'Pit at the start, °C; default ambient (a cold cooker being lit). At the setpoint the ' +
          'fire has been burning a while, as for meat put on warm (meats[].start_temp)',
      }),
    ),
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
    // chamber
    heater: Line(17, 'Emulated relay line of the heater, as in the chamber of control:'),
    cooler: Line(27, 'Emulated relay line of the compressor, as in the chamber of control:'),
    start_temp: Type.Optional(
      Type.Number({
        minimum: -5,
        maximum: 45,
        description: 'Beer at the start, °C; default ambient',
      }),
    ),
  },
  { additionalProperties: false, $id: 'edge.platform.simulated' },
);
/** Validated options of `platform: simulated`. */
export type SimulatedOptions = Static<typeof SimulatedSchema>;
