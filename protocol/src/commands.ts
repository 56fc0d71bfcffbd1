import { Type, type Static } from '@sinclair/typebox';

/** Kinds of command the hub queues for an edge node. */
export const CommandType = Type.Union([
  Type.Literal('set_target'),
  Type.Literal('set_mode'),
  Type.Literal('start_profile'),
  Type.Literal('stop_profile'),
  Type.Literal('identify'),
]);
/** Kinds of command. */
export type CommandType = Static<typeof CommandType>;

/** A command for an edge node, delivered in ingest answers until acknowledged or expired. */
export const Command = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    type: CommandType,
    params: Type.Record(Type.String(), Type.Unknown()),
    created_at: Type.Integer(),
    expires_at: Type.Integer(),
  },
  { $id: 'Command' },
);
/** A command for an edge node. */
export type Command = Static<typeof Command>;

/** Body of `POST /api/v1/devices/{id}/commands/{cid}/ack`. */
export const CommandAck = Type.Object(
  {
    ok: Type.Boolean(),
    message: Type.Optional(Type.String({ maxLength: 500 })),
    result: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false, $id: 'CommandAck' },
);
/** Body of a command acknowledgement. */
export type CommandAck = Static<typeof CommandAck>;

/** Lowest setpoint a chamber command or profile may ask for, °C (a cold crash). */
export const CHAMBER_TARGET_MIN = -5;
/** Highest setpoint a chamber command or profile may ask for, °C (a saison). */
export const CHAMBER_TARGET_MAX = 40;

/** A chamber's name on the edge node: used in commands and in its channel keys (`ferm1_setpoint`). */
export const ChamberName = Type.String({
  pattern: '^[a-z0-9_]{1,20}$',
  description: '1-20 of a-z, 0-9, _',
});

/** What a chamber may do: `off` keeps every output off, `auto` heats and cools. */
export const ChamberMode = Type.Union(
  [Type.Literal('off'), Type.Literal('heat'), Type.Literal('cool'), Type.Literal('auto')],
  { description: 'off, heat, cool or auto (heat and cool)' },
);
/** A chamber mode. */
export type ChamberMode = Static<typeof ChamberMode>;

/** Parameters of `set_target` for a chamber: its manual target (a running profile stops). */
export const ChamberTargetParams = Type.Object(
  {
    chamber: ChamberName,
    target: Type.Number({
      minimum: CHAMBER_TARGET_MIN,
      maximum: CHAMBER_TARGET_MAX,
      description: 'Setpoint, °C',
    }),
  },
  { additionalProperties: false },
);
/** Parameters of a chamber's `set_target`. */
export type ChamberTargetParams = Static<typeof ChamberTargetParams>;

/** Parameters of `set_mode`. */
export const ChamberModeParams = Type.Object(
  { chamber: ChamberName, mode: ChamberMode },
  { additionalProperties: false },
);
/** Parameters of `set_mode`. */
export type ChamberModeParams = Static<typeof ChamberModeParams>;

/** Parameters of `stop_profile`. */
export const ChamberParams = Type.Object({ chamber: ChamberName }, { additionalProperties: false });
/** Parameters of `stop_profile`. */
export type ChamberParams = Static<typeof ChamberParams>;
