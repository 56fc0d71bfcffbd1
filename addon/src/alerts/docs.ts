import { Type } from '@sinclair/typebox';
import { documentRoutes } from '../openapi.js';
import { AlertKind, AlertParams, AlertRuleCreate } from './rules.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Union([t, Type.Null()]);

const AlertRuleDoc = Type.Object(
  {
    id: Type.String(),
    kind: AlertKind,
    name: Nullable(Type.String()),
    session_id: Nullable(Type.String()),
    series_id: Nullable(Type.Integer()),
    role: Nullable(Type.String()),
    device_id: Nullable(Type.String()),
    params: AlertParams,
    enabled: Type.Boolean(),
    created_at: Type.Integer(),
  },
  { $id: 'AlertRule' },
);

const AlertDoc = Type.Object(
  {
    id: Type.Integer(),
    rule_id: Type.String(),
    kind: AlertKind,
    subject: Type.String({
      description: 'What the episode is about: s:<session>:<series> or d:<device>',
    }),
    session_id: Nullable(Type.String()),
    series_id: Nullable(Type.Integer()),
    device_id: Nullable(Type.String()),
    raised_at: Type.Integer(),
    cleared_at: Nullable(Type.Integer()),
    value: Nullable(Type.Number()),
    message: Type.String(),
    data: Type.Record(Type.String(), Type.Unknown(), {
      description: 'The event data sent to Home Assistant',
    }),
  },
  { $id: 'Alert' },
);

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

const Id = Type.Object({ id: Type.String() });

documentRoutes(
  {
    method: 'get',
    path: '/alerts/rules',
    summary: 'List alert rules',
    tag: 'alerts',
    auth: 'admin',
    responses: {
      200: { description: 'The rules, defaults included', schema: Type.Array(AlertRuleDoc) },
    },
  },
  {
    method: 'post',
    path: '/alerts/rules',
    summary: 'Add an alert rule (per session or global)',
    tag: 'alerts',
    auth: 'admin',
    body: AlertRuleCreate,
    errors: {
      422: 'A parameter the kind needs is missing, or the session or series does not exist',
    },
    responses: { 201: { description: 'The rule', schema: AlertRuleDoc } },
  },
  {
    method: 'delete',
    path: '/alerts/rules/{id}',
    summary: 'Delete an alert rule',
    tag: 'alerts',
    auth: 'admin',
    params: Id,
    responses: { 204: { description: 'Deleted' } },
  },
  {
    method: 'get',
    path: '/alerts',
    summary: 'Alerts raised, newest first',
    tag: 'alerts',
    auth: 'admin',
    query: Type.Object({
      session_id: Type.Optional(Type.String()),
      open: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
    }),
    responses: { 200: { description: 'Alerts', schema: Type.Array(AlertDoc) } },
  },
  {
    method: 'get',
    path: '/sessions/{id}/estimates',
    summary: 'Time to target, stall and fermentation estimates of a session',
    tag: 'sessions',
    auth: 'admin',
    params: Id,
    responses: { 200: { description: 'Estimates', schema: SessionEstimatesDoc } },
  },
);
