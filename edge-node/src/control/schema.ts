import { Type, type Static } from '@sinclair/typebox';
import { CHAMBER_TARGET_MAX, CHAMBER_TARGET_MIN, ChamberName } from '@brewpit/protocol';
import { DURATION_PATTERN } from '../config/units.js';
import { NameSchema, StringEnum } from '../sensors/common.js';

/** A duration: `300s`, `5m`, `24h`, `2d`, or a bare number of seconds. */
const DurationSchema = (options: { default?: string; description?: string } = {}) =>
  Type.Union([Type.String({ pattern: DURATION_PATTERN }), Type.Number({ minimum: 0 })], {
    ...options,
    // The message edge.yaml's loader shows instead of the union's two branch errors.
    'x-hint': 'must be a duration like 300s, 5m, 24h or 2d',
  });

/** Chamber modes: `auto` heats and cools, `off` keeps every output off. */
export const MODES = ['off', 'heat', 'cool', 'auto'] as const;
/** A chamber mode. */
export type Mode = (typeof MODES)[number];

/** Setpoints a command or profile may ask for, °C: from a cold crash to a saison. */
const Target = Type.Number({
  minimum: CHAMBER_TARGET_MIN,
  maximum: CHAMBER_TARGET_MAX,
  description: 'Setpoint, °C',
});

/** A channel key, as the sensors produce them. */
const Key = (description: string) => Type.String({ pattern: '^[a-z0-9_]{1,32}$', description });

/** Chamber and profile names: the protocol's, as commands carry them. */
export { ChamberName };

const Condition = Type.Object(
  {
    gravity_below: Type.Optional(
      Type.Number({ minimum: 0.98, maximum: 1.2, description: 'Done when SG is below this' }),
    ),
    attenuation_above: Type.Optional(
      Type.Number({
        minimum: 1,
        maximum: 100,
        description: 'Done when apparent attenuation, %, reaches this',
      }),
    ),
    hold_for: Type.Optional(
      DurationSchema({ description: 'The condition must hold this long (noise), default 30m' }),
    ),
    max_duration: Type.Optional(
      DurationSchema({ description: 'Move on after this long even without gravity' }),
    ),
  },
  { additionalProperties: false },
);

const HoldStep = Type.Object(
  {
    type: Type.Literal('hold'),
    name: Type.Optional(NameSchema),
    target: Target,
    duration: Type.Optional(DurationSchema()),
    until: Type.Optional(Condition),
  },
  { additionalProperties: false },
);

const RampStep = Type.Object(
  {
    type: Type.Literal('ramp'),
    name: Type.Optional(NameSchema),
    from: Type.Optional(
      Type.Number({
        minimum: CHAMBER_TARGET_MIN,
        maximum: CHAMBER_TARGET_MAX,
        description: 'Default: the setpoint when the ramp starts',
      }),
    ),
    to: Target,
    duration: DurationSchema(),
  },
  { additionalProperties: false },
);

/**
 * A fermentation profile: holds and linear ramps, a hold may wait for gravity or attenuation
 * (`hold 19 °C until SG < 1.020 or attenuation ≥ 70 %`). A hold with neither duration nor
 * condition lasts until the profile is stopped.
 */
export const ProfileSchema = Type.Object(
  {
    name: Type.Optional(ChamberName),
    og: Type.Optional(
      Type.Number({
        minimum: 1.0,
        maximum: 1.2,
        description: 'Original gravity; default: first gravity reading',
      }),
    ),
    steps: Type.Array(Type.Union([HoldStep, RampStep]), { minItems: 1, maxItems: 50 }),
  },
  { additionalProperties: false },
);
/** A profile as written in `edge.yaml` or sent in `start_profile`. */
export type ProfileDef = Static<typeof ProfileSchema>;
/** One step of a profile. */
export type StepDef = ProfileDef['steps'][number];

const OutputLine = Type.Object(
  {
    chip: Type.String({
      minLength: 1,
      default: 'gpiochip0',
      description: 'GPIO chip, e.g. gpiochip0',
    }),
    line: Type.Integer({
      minimum: 0,
      maximum: 511,
      description: 'Line offset, e.g. 17 for GPIO17',
    }),
    active_low: Type.Boolean({
      default: false,
      description: 'Relay energised when the line is low',
    }),
  },
  { additionalProperties: false },
);

/** BrewPi's proven compressor protection (DEVICES.md); never shorter unless allowed. */
export const PROTECTION_DEFAULTS = {
  min_cool_off: 300,
  min_cool_on: 180,
  min_heat_off: 300,
  min_heat_on: 180,
  mode_switch: 600,
} as const;

const Protection = Type.Object(
  {
    min_cool_off: DurationSchema({
      default: '300s',
      description: 'Compressor rest before a restart',
    }),
    min_cool_on: DurationSchema({ default: '180s' }),
    min_heat_off: DurationSchema({ default: '300s' }),
    min_heat_on: DurationSchema({ default: '180s' }),
    mode_switch: DurationSchema({
      default: '600s',
      description: 'Between heating and cooling, both ways',
    }),
  },
  { additionalProperties: false, default: {} },
);

const Chamber = Type.Object(
  {
    name: ChamberName,
    label: Type.Optional(NameSchema),
    input: Key('Channel key of the beer or chamber probe'),
    gravity: Type.Optional(Key('Channel key of a gravity reading, for profile conditions')),
    sensor_timeout: DurationSchema({
      default: '60s',
      description: 'Safe state after this long without a valid reading',
    }),
    heater: Type.Optional(OutputLine),
    cooler: Type.Optional(OutputLine),
    modes: Type.Optional(Type.Array(StringEnum(MODES), { uniqueItems: true, minItems: 1 })),
    mode: StringEnum(MODES, { default: 'off', description: 'Mode until a command changes it' }),
    target: Type.Number({ minimum: CHAMBER_TARGET_MIN, maximum: CHAMBER_TARGET_MAX, default: 19 }),
    band: Type.Number({
      minimum: 0.02,
      maximum: 2,
      default: 0.15,
      description: 'Idle band around the setpoint, °C',
    }),
    protection: Protection,
    allow_short_protection: Type.Boolean({
      default: false,
      description: 'Allow protection times below BrewPi defaults (no compressor)',
    }),
    state_file: Type.Optional(
      Type.String({ minLength: 1, description: 'Default: <state_dir>/<name>.json' }),
    ),
  },
  { additionalProperties: false },
);

/** The `control:` section of `edge.yaml`. */
export const ControlSchema = Type.Object(
  {
    interval: DurationSchema({ default: '2s', description: 'Control loop period' }),
    state_dir: Type.String({
      minLength: 1,
      default: './control',
      description: 'Where chamber state and profiles are kept',
    }),
    outputs: Type.Object(
      {
        transport: StringEnum(['gpiod', 'emulated'] as const, { default: 'gpiod' }),
        gpioset: Type.String({
          minLength: 1,
          default: 'gpioset',
          description: 'gpioset executable (Debian package gpiod)',
        }),
      },
      { additionalProperties: false, default: {} },
    ),
    profiles: Type.Record(Type.String({ pattern: '^[a-z0-9_]{1,20}$' }), ProfileSchema, {
      default: {},
    }),
    chambers: Type.Array(Chamber, { minItems: 1, maxItems: 8 }),
  },
  { additionalProperties: false, $id: 'edge.ControlSection' },
);
/** The `control:` section as validated (defaults applied). */
export type ControlSection = Static<typeof ControlSchema>;
/** One chamber as validated. */
export type ChamberSection = ControlSection['chambers'][number];
