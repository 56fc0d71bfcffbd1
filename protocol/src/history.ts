import { Type, type Static } from '@sinclair/typebox';
import { ReadingStatus } from './ingest.js';

/** One entry of `GET /api/v1/series`. */
export const SeriesInfo = Type.Object(
  {
    id: Type.Integer(),
    device_id: Type.String(),
    key: Type.String(),
    kind: Type.String(),
    unit: Type.String(),
    name: Type.String(),
    last_ts: Type.Union([Type.Integer(), Type.Null()]),
    last_value: Type.Union([Type.Number(), Type.Null()]),
    last_status: Type.Optional(
      Type.Union([ReadingStatus, Type.Null()], {
        description:
          'Quality of the latest reading (null before the first); the value is null unless ok',
      }),
    ),
  },
  { $id: 'SeriesInfo' },
);
/** One entry of `GET /api/v1/series`. */
export type SeriesInfo = Static<typeof SeriesInfo>;

/** A chart point: `[ts, value]`, value null for a gap. */
export const Point = Type.Tuple([Type.Integer(), Type.Union([Type.Number(), Type.Null()])], {
  description: '[ts, value]: UTC epoch ms, then the value (null for a gap)',
});
/** A chart point. */
export type Point = Static<typeof Point>;

/** Answer to `GET /api/v1/series/{id}/readings`. */
export const ReadingsResponse = Type.Object(
  {
    series_id: Type.Integer(),
    downsampled: Type.Boolean(),
    points: Type.Array(Point),
  },
  { $id: 'ReadingsResponse' },
);
/** Answer to `GET /api/v1/series/{id}/readings`. */
export type ReadingsResponse = Static<typeof ReadingsResponse>;
