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
