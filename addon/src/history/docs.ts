import { Type } from '@sinclair/typebox';
import { ReadingsResponse, SeriesInfo, SessionChart, SessionHistory } from '@brewpit/protocol';
import { ok, type RouteDoc } from '../http/openapi.js';
import { HistoryQuery, IdParams, RangeQuery, SeriesParams } from '../http/schemas.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Union([t, Type.Null()]);

const ChannelEstimateDoc = Type.Object({
  series_id: Type.Integer(),
  label: Type.String(),
  role: Type.String(),
  unit: Type.String(),
  target: Nullable(Type.Number()),
  value: Nullable(Type.Number()),
  status: Type.Union([Type.Literal('ok'), Type.Literal('unknown'), Type.Literal('reached')]),
  reason: Nullable(Type.String({ description: 'Why the estimate is unknown' })),
  eta: Nullable(Type.Integer({ description: 'Expected arrival, UTC epoch ms' })),
  low: Nullable(Type.Integer()),
  high: Nullable(Type.Integer()),
  minutes_remaining: Nullable(Type.Integer()),
  low_minutes: Nullable(Type.Integer()),
  high_minutes: Nullable(Type.Integer()),
  pit: Nullable(Type.Number()),
  rate_per_h: Nullable(Type.Number()),
  stall: Nullable(
    Type.Object({
      since: Type.Integer(),
      duration_s: Type.Integer(),
      ended_at: Nullable(Type.Integer()),
    }),
  ),
  as_of: Nullable(Type.Integer()),
});

const BrewEstimateDoc = Type.Object({
  series_id: Type.Integer(),
  label: Type.String(),
  gravity: Nullable(Type.Number()),
  og: Nullable(Type.Number()),
  attenuation: Nullable(Type.Number({ description: 'Apparent attenuation, %' })),
  abv: Nullable(Type.Number({ description: '(OG − SG) × 131.25' })),
  trend_per_day: Nullable(Type.Number()),
  change_over_window: Nullable(Type.Number()),
  finished: Type.Boolean(),
  as_of: Nullable(Type.Integer()),
});

const SessionEstimatesDoc = Type.Object(
  {
    session_id: Type.String(),
    kind: Type.String(),
    as_of: Nullable(Type.Integer()),
    channels: Type.Array(ChannelEstimateDoc),
    brew: Type.Array(BrewEstimateDoc),
  },
  { $id: 'SessionEstimates' },
);

/** Routes of `history/router.ts`. */
export const HISTORY_DOCS: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/series',
    tag: 'history',
    auth: 'admin',
    summary: 'Every series with its latest value',
    responses: ok('Series', Type.Array(SeriesInfo)),
  },
  {
    method: 'get',
    path: '/series/{id}/readings',
    tag: 'history',
    auth: 'admin',
    summary: 'Raw or min/max-downsampled history of one series',
    params: SeriesParams,
    query: HistoryQuery,
    responses: ok('Points', ReadingsResponse),
  },
  {
    method: 'get',
    path: '/sessions/{id}/history',
    tag: 'sessions',
    auth: 'admin',
    summary: 'Chart data: every series, at most max_points each, extremes kept',
    params: IdParams,
    query: HistoryQuery,
    responses: ok(
      'Series and notes; `Server-Timing` gives the read and encode times',
      SessionHistory,
    ),
  },
  {
    method: 'get',
    path: '/sessions/{id}/chart',
    tag: 'sessions',
    auth: 'admin',
    summary: 'The same chart data in compact columns (delta-coded times, integer values)',
    params: IdParams,
    query: HistoryQuery,
    responses: ok(
      'Series and notes; `Server-Timing` gives the read and encode times',
      SessionChart,
    ),
  },
  {
    method: 'get',
    path: '/sessions/{id}/export.csv',
    tag: 'sessions',
    auth: 'admin',
    summary: 'Every reading as CSV (RFC 4180): time, then a column per series',
    params: IdParams,
    query: RangeQuery,
    responses: {
      200: { description: 'CSV with a header row', contentType: 'text/csv', schema: Type.String() },
    },
  },
  {
    method: 'get',
    path: '/sessions/{id}/estimates',
    summary: 'Time to target, stall and fermentation estimates of a session',
    tag: 'sessions',
    auth: 'admin',
    params: Type.Object({ id: Type.String() }),
    responses: ok('Estimates', SessionEstimatesDoc),
  },
];
