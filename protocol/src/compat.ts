import { Type, type Static } from '@sinclair/typebox';
import { DeviceName } from './devices.js';
import { OneLine } from './text.js';

/** The third-party formats the hub accepts under `/api/v1/compat/<format>`. */
export const HydrometerFormat = Type.Union([
  Type.Literal('ispindel'),
  Type.Literal('tilt'),
  Type.Literal('brewfather'),
]);
/** A third-party hydrometer format. */
export type HydrometerFormat = Static<typeof HydrometerFormat>;

/** The eight Tilt colours; a Tilt's colour is its identity (with its MAC when the sender gives one). */
export const TILT_COLOURS = [
  'RED',
  'GREEN',
  'BLACK',
  'PURPLE',
  'ORANGE',
  'BLUE',
  'YELLOW',
  'PINK',
] as const;

/**
 * A number, or a string holding one. Form posts (Tilt) only carry strings, and some DIY
 * Brewfather senders quote their numbers; anything else ("n/a", "") is refused.
 */
export const Numeric = Type.Union(
  [
    Type.Number(),
    // Every part of the pattern can match a character in one way only (`\d+` then an optional
    // `.digits`), so a long run of digits fails in linear time: the old `\d+\.?\d*` could split
    // the run between its two `\d`s in every way and took seconds on 30 KB.
    Type.String({
      maxLength: 64,
      pattern: '^\\s*[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?\\s*$',
    }),
  ],
  { description: 'A number (or a numeric string)' },
);

const unitOf = (letters: string, description: string) =>
  Type.String({ pattern: `^(${letters})$`, description });

/**
 * iSpindel "HTTP" service post (firmware 5–7, and GravityMon, which adds fields). Old firmware
 * omits `temp_units`, `interval` and `RSSI`. Unknown extra fields are allowed and ignored.
 */
export const ISpindelPost = Type.Object(
  {
    name: DeviceName,
    ID: Type.Optional(
      Type.Union([Type.Integer({ minimum: 0 }), Type.String({ minLength: 1, maxLength: 32 })]),
    ),
    token: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    angle: Type.Optional(Numeric),
    temperature: Type.Optional(Numeric),
    temp_units: Type.Optional(unitOf('[CcFfKk]', 'C, F or K; C when missing (old firmware)')),
    battery: Type.Optional(Numeric),
    gravity: Type.Optional(Numeric),
    'gravity-format': Type.Optional(unitOf('[GgPp]', 'GravityMon: G (SG) or P (Plato)')),
    interval: Type.Optional(Numeric),
    RSSI: Type.Optional(Numeric),
  },
  { additionalProperties: true, $id: 'ISpindelPost' },
);
/** iSpindel HTTP post. */
export type ISpindelPost = Static<typeof ISpindelPost>;

/**
 * Tilt app / TiltPi "cloud URL" post, form-encoded. `Temp` in °F, `SG` decimal, `Timepoint` a
 * spreadsheet serial date in the sender's local time, `Beer` `name` or `name,rowId`, `Color`
 * a colour or `COLOUR:mac`.
 */
export const TiltPost = Type.Object(
  {
    Color: Type.String({ minLength: 1, maxLength: 64 }),
    Temp: Numeric,
    SG: Numeric,
    Timepoint: Type.Optional(Numeric),
    Beer: Type.Optional(OneLine({ maxLength: 200 })),
    Comment: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: true, $id: 'TiltPost' },
);
/** Tilt cloud-URL post. */
export type TiltPost = Static<typeof TiltPost>;

/** Brewfather "custom stream" post (also what Brewer's Friend, Fermentrack and TiltBridge send). */
export const BrewfatherPost = Type.Object(
  {
    name: DeviceName,
    temp: Type.Optional(Numeric),
    aux_temp: Type.Optional(Numeric),
    ext_temp: Type.Optional(Numeric),
    temp_unit: Type.Optional(unitOf('[CcFfKk]', 'C (default), F or K')),
    gravity: Type.Optional(Numeric),
    gravity_unit: Type.Optional(unitOf('[GgPp]', 'G (SG, default) or P (Plato)')),
    pressure: Type.Optional(Numeric),
    pressure_unit: Type.Optional(
      unitOf('[Pp][Ss][Ii]|[Bb][Aa][Rr]|[Kk][Pp][Aa]', 'PSI (default), BAR or KPA'),
    ),
    ph: Type.Optional(Numeric),
    bpm: Type.Optional(Numeric),
    battery: Type.Optional(Numeric),
    temp_target: Type.Optional(Numeric),
    gravity_target: Type.Optional(Numeric),
    comment: Type.Optional(Type.String({ maxLength: 500 })),
    beer: Type.Optional(OneLine({ maxLength: 200 })),
    device_state: Type.Optional(Type.String({ maxLength: 64 })),
    device_source: Type.Optional(Type.String({ maxLength: 64 })),
    report_source: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: true, $id: 'BrewfatherPost' },
);
/** Brewfather custom-stream post. */
export type BrewfatherPost = Static<typeof BrewfatherPost>;

/** Answer to a hydrometer post: a short JSON the senders show or ignore. */
export const CompatReply = Type.Object(
  { result: Type.String(), device_id: Type.String() },
  { $id: 'CompatReply' },
);
/** Answer to a hydrometer post. */
export type CompatReply = Static<typeof CompatReply>;

/** An IANA time zone name, e.g. `Europe/Berlin`. */
export const TimeZoneName = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9_+\\-/]+$',
});

/** Body of `POST /api/v1/compat/tokens`: a hydrometer gateway token. */
export const GatewayCreate = Type.Object(
  {
    name: Type.Optional(DeviceName),
    tz: Type.Optional(TimeZoneName),
  },
  { additionalProperties: false, $id: 'GatewayCreate' },
);
/** Body of `POST /api/v1/compat/tokens`. */
export type GatewayCreate = Static<typeof GatewayCreate>;

/** A hydrometer gateway as listed; its token is shown once, when created. */
export const Gateway = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    tz: Type.Union([Type.String(), Type.Null()], {
      description: "Tilt senders' time zone; null: the hub's",
    }),
    created_at: Type.Integer(),
  },
  { $id: 'Gateway' },
);
/** A hydrometer gateway. */
export type Gateway = Static<typeof Gateway>;

/** Answer to `POST /api/v1/compat/tokens`: the token (once) and the paths to paste into senders. */
export const GatewayCreated = Type.Intersect([
  Gateway,
  Type.Object({
    token: Type.String(),
    paths: Type.Record(Type.String(), Type.String(), {
      description:
        'Per format, the URL path carrying the token: for senders that cannot set headers',
    }),
  }),
]);
/** Answer to `POST /api/v1/compat/tokens`. */
export type GatewayCreated = Static<typeof GatewayCreated>;

/** Per-hydrometer options an admin may set (`PATCH /api/v1/compat/devices/{id}`). */
export const HydrometerSettings = Type.Object(
  {
    gravity_unit: Type.Optional(
      Type.Union([Type.Literal('auto'), Type.Literal('SG'), Type.Literal('P')], {
        description:
          "Unit of the gravity the device sends; 'auto': a value above 1.2 (or below 0.9) is °Plato, and stays so",
      }),
    ),
    temp_unit: Type.Optional(
      Type.Union([Type.Literal('C'), Type.Literal('F')], {
        description: 'Tilt only: unit of Temp when the app logs °C',
      }),
    ),
    tz: Type.Optional(
      Type.Union([TimeZoneName, Type.Null()], { description: 'Tilt only: time zone of Timepoint' }),
    ),
  },
  { additionalProperties: false, $id: 'HydrometerSettings' },
);
/** Per-hydrometer options. */
export type HydrometerSettings = Static<typeof HydrometerSettings>;

/** A third-party hydrometer: the device it became and what the hub learnt about it. */
export const Hydrometer = Type.Object(
  {
    device_id: Type.String(),
    gateway_id: Type.String(),
    format: HydrometerFormat,
    key: Type.String({
      description: 'Identity within the format: iSpindel ID, Tilt colour(:mac), stream name',
    }),
    settings: HydrometerSettings,
    info: Type.Record(Type.String(), Type.Unknown(), {
      description: 'Last reported extras: interval, beer, comment, detected units, timestamp skew',
    }),
  },
  { $id: 'Hydrometer' },
);
/** A third-party hydrometer. */
export type Hydrometer = Static<typeof Hydrometer>;
