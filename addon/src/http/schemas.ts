import { Type } from '@sinclair/typebox';

/**
 * Request shapes several features' routes share (ids, ranges, history queries). A feature's own
 * shapes live in its folder. Routers validate with them and their route docs document them, so
 * the OpenAPI document cannot drift from what the hub accepts.
 */

/** Largest `max_points` a client may ask for; a chart never needs more. */
const MAX_POINTS_LIMIT = 20_000;
/** Points per series when the client does not say. */
export const DEFAULT_MAX_POINTS = 4000;

/** A UTC epoch-ms parameter with its description. */
export const EpochMs = (description: string) =>
  Type.Integer({ minimum: 0, maximum: 8.64e15, description });
/** A UUID path parameter. */
export const Uuid = Type.String({ format: 'uuid' });

/** `{id}` of a device, session or other UUID-keyed resource. */
export const IdParams = Type.Object({ id: Uuid });
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
