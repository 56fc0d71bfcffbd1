import { Type } from '@sinclair/typebox';
import { CommandStatus, DeviceConfig, DeviceName, SessionKind } from '@brewpit/protocol';

/**
 * Request shapes of the hub's own API that are not part of the edge protocol: path and query
 * parameters, admin bodies. Routers validate with them and `openapi.ts` documents them, so the
 * document cannot drift from what the hub accepts.
 */

/** Largest `max_points` a client may ask for; a chart never needs more. */
export const MAX_POINTS_LIMIT = 20_000;
/** Points per series when the client does not say. */
export const DEFAULT_MAX_POINTS = 4000;

const EpochMs = (description: string) =>
  Type.Integer({ minimum: 0, maximum: 8.64e15, description });
const Uuid = Type.String({ format: 'uuid' });

/** `{id}` of a device, session or other UUID-keyed resource. */
export const IdParams = Type.Object({ id: Uuid });
/** `{id}` and `{cid}` of a device's command. */
export const CommandParams = Type.Object({ id: Uuid, cid: Uuid });
/** `{id}` of a series. */
export const SeriesParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
});

/** `from`, `to` and `max_points` of a history query. */
export const HistoryQuery = Type.Object({
  from: Type.Optional(EpochMs('Start, UTC epoch ms (inclusive)')),
  to: Type.Optional(EpochMs('End, UTC epoch ms (inclusive)')),
  max_points: Type.Optional(
    Type.Integer({
      minimum: 2,
      maximum: MAX_POINTS_LIMIT,
      description: `Most points per series; default ${DEFAULT_MAX_POINTS}`,
    }),
  ),
});

/** `from` and `to` of an export. */
export const RangeQuery = Type.Object({
  from: Type.Optional(EpochMs('Start, UTC epoch ms; default the session start')),
  to: Type.Optional(EpochMs('End, UTC epoch ms; default the session end, or now')),
});

/** A date in a list filter: epoch ms, an ISO 8601 date (`2025-11-22`) or date-time. */
export const DateParam = Type.String({
  pattern:
    '^(\\d{1,15}|\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?)?)$',
  description:
    'UTC epoch ms, or an ISO 8601 date or date-time; a bare date as `to` means the end of that day (UTC)',
});

/** Filters of `GET /sessions`. */
export const SessionListQuery = Type.Object({
  kind: Type.Optional(SessionKind),
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('ended')])),
  from: Type.Optional(DateParam),
  to: Type.Optional(DateParam),
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 120, description: 'Part of the name, any case' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'Default 100' })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  summary: Type.Optional(
    Type.Union([Type.Literal('true'), Type.Literal('false')], {
      description: 'Include key figures; default true',
    }),
  ),
});

/** Body of `POST /sessions/{id}/end`. */
export const SessionEnd = Type.Object(
  { ended_at: Type.Optional(EpochMs('When it ended; default now')) },
  { additionalProperties: false, $id: 'SessionEnd' },
);

/** Filters of `GET /devices/{id}/commands`. */
export const CommandListQuery = Type.Object({
  status: Type.Optional(CommandStatus),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'Default 100' })),
});

/** Filters of `GET /audit`. */
export const AuditQuery = Type.Object({
  action: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  before: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: Number.MAX_SAFE_INTEGER,
      description: 'Entries with a smaller id (paging)',
    }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'Default 100' })),
});

/** Body of `POST /devices` (admin). */
export const DeviceCreate = Type.Object(
  { name: DeviceName, kind: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })) },
  { additionalProperties: false, $id: 'DeviceCreate' },
);

/** Body of `PATCH /devices/{id}` (admin): a new name and/or config fields to change. */
export const DevicePatch = Type.Object(
  { name: Type.Optional(DeviceName), config: Type.Optional(Type.Partial(DeviceConfig)) },
  { additionalProperties: false, $id: 'DevicePatch' },
);
