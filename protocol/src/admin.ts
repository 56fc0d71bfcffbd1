import { Type, type Static } from '@sinclair/typebox';
import { CommandType } from './commands.js';
import { DeviceConfig } from './devices.js';

/**
 * Lifecycle of a queued command:
 * `queued` (never sent) → `delivered` (sent in an ingest answer, resent with backoff until
 * acknowledged) → `acked` (the edge did it) or `failed` (the edge tried and reported an error).
 * Terminal without an answer: `expired` (the deadline passed before the edge was ever reached: the
 * command is stale and was never run) and `dead` (dead letter: delivered at least once but never
 * acknowledged before the deadline or the attempt limit, so whether it ran is unknown).
 */
export const CommandStatus = Type.Union(
  [
    Type.Literal('queued'),
    Type.Literal('delivered'),
    Type.Literal('acked'),
    Type.Literal('failed'),
    Type.Literal('expired'),
    Type.Literal('dead'),
  ],
  { $id: 'CommandStatus' },
);
/** Lifecycle state of a queued command. */
export type CommandStatus = Static<typeof CommandStatus>;

/** Body of `POST /api/v1/devices/{id}/commands` (admin): queue a command for an edge node. */
export const CommandCreate = Type.Object(
  {
    type: CommandType,
    params: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), { description: 'Command arguments' }),
    ),
    ttl_s: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 7 * 86_400,
        description: 'Seconds until the command expires; default 3600',
      }),
    ),
  },
  { additionalProperties: false, $id: 'CommandCreate' },
);
/** Body of `POST /api/v1/devices/{id}/commands`. */
export type CommandCreate = Static<typeof CommandCreate>;

/** A queued command with its delivery state, as `GET /api/v1/devices/{id}/commands` lists it. */
export const CommandRecord = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    device_id: Type.String(),
    type: CommandType,
    params: Type.Record(Type.String(), Type.Unknown()),
    status: CommandStatus,
    attempts: Type.Integer({
      minimum: 0,
      description: 'Times the command was sent in an ingest answer',
    }),
    created_at: Type.Integer(),
    updated_at: Type.Integer(),
    next_attempt_at: Type.Union([Type.Integer(), Type.Null()], {
      description: 'When it is (re)sent next; null once final',
    }),
    expires_at: Type.Integer(),
    result: Type.Union([
      Type.Object({
        ok: Type.Boolean(),
        message: Type.Optional(Type.String()),
        result: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
      }),
      Type.Null(),
    ]),
  },
  { $id: 'CommandRecord' },
);
/** A queued command with its delivery state. */
export type CommandRecord = Static<typeof CommandRecord>;

/** One admin action, as `GET /api/v1/audit` lists it. */
export const AuditEntry = Type.Object(
  {
    id: Type.Integer(),
    ts: Type.Integer(),
    actor: Type.String({ description: '`admin`, `device` or the module that acted' }),
    action: Type.String({ description: 'e.g. `session.create`, `device.delete`' }),
    target: Type.Union([Type.String(), Type.Null()]),
    detail: Type.Unknown(),
  },
  { $id: 'AuditEntry' },
);
/** One admin action. */
export type AuditEntry = Static<typeof AuditEntry>;

/** A device as the registry shows it (never its token). */
export const DeviceInfo = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: Type.String(),
    created_at: Type.Integer(),
    last_seen: Type.Union([Type.Integer(), Type.Null()]),
    boot_id: Type.Union([Type.String(), Type.Null()]),
    ack_seq: Type.Integer(),
    dropped_total: Type.Integer(),
    config: DeviceConfig,
    status: Type.Record(Type.String(), Type.Unknown()),
  },
  { $id: 'DeviceInfo' },
);
/** A device as the registry shows it. */
export type DeviceInfo = Static<typeof DeviceInfo>;

/** Answer to `GET /api/v1/health`. */
export const Health = Type.Object(
  {
    status: Type.Literal('ok'),
    version: Type.String(),
    uptime_s: Type.Integer(),
    store_bytes: Type.Integer(),
    devices: Type.Integer(),
    home_assistant: Type.String({ description: 'State of the Home Assistant connection' }),
    replica: Type.Optional(
      Type.Object(
        {
          source: Type.String({ description: 'The primary this hub follows (replicate_from)' }),
          state: Type.Union([
            Type.Literal('starting'),
            Type.Literal('importing'),
            Type.Literal('catching_up'),
            Type.Literal('live'),
            Type.Literal('disconnected'),
          ]),
          cursor: Type.Integer({ description: "The primary's change applied up to" }),
          source_head: Type.Integer({ description: 'The newest change the primary announced' }),
          behind_changes: Type.Integer(),
          lag_s: Type.Union([Type.Number(), Type.Null()], {
            description:
              'Seconds since the replica last held all the primary announced; 0: caught up',
          }),
          last_error: Type.Union([Type.String(), Type.Null()]),
          imports: Type.Integer(),
          reconnects: Type.Integer(),
        },
        { description: 'Only on a replica: how far behind its primary it is' },
      ),
    ),
  },
  { $id: 'Health' },
);
/** Answer to `GET /api/v1/health`. */
export type Health = Static<typeof Health>;

/** Key figures of one series over a session, for lists and cards. */
export const SessionChannelSummary = Type.Object(
  {
    series_id: Type.Integer(),
    role: Type.String(),
    label: Type.String(),
    min: Type.Union([Type.Number(), Type.Null()]),
    max: Type.Union([Type.Number(), Type.Null()]),
    last_value: Type.Union([Type.Number(), Type.Null()]),
    last_ts: Type.Union([Type.Integer(), Type.Null()]),
  },
  { $id: 'SessionChannelSummary' },
);
/** Key figures of one series over a session. */
export type SessionChannelSummary = Static<typeof SessionChannelSummary>;

/** Key figures of a session: its duration and each series' extremes and latest value. */
export const SessionSummary = Type.Object(
  {
    duration_s: Type.Integer({ minimum: 0, description: 'Start to end, or to now while active' }),
    channels: Type.Array(SessionChannelSummary),
  },
  { $id: 'SessionSummary' },
);
/** Key figures of a session. */
export type SessionSummary = Static<typeof SessionSummary>;
