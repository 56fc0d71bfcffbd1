import { Type, type Static } from '@sinclair/typebox';
import { ChannelRole } from './channels.js';
import { OneLine } from './text.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Union([t, Type.Null()]);

/** What an alert rule watches. */
export const AlertKind = Type.Union(
  [
    Type.Literal('above'),
    Type.Literal('below'),
    Type.Literal('target_reached'),
    Type.Literal('target_expected'),
    Type.Literal('stall_started'),
    Type.Literal('rate_of_change'),
    Type.Literal('device_offline'),
    Type.Literal('low_battery'),
    Type.Literal('fermentation_finished'),
  ],
  { $id: 'AlertKind' },
);
/** What an alert rule watches. */
export type AlertKind = Static<typeof AlertKind>;

/** Parameters of a rule; which apply depends on the kind (the hub checks the combination). */
export const AlertParams = Type.Object(
  {
    threshold: Type.Optional(
      Type.Number({ description: 'above/below/low_battery: the limit, in the series unit' }),
    ),
    hysteresis: Type.Optional(
      Type.Number({
        minimum: 0,
        description: 'How far back past the limit the value must go to clear',
      }),
    ),
    min_duration_s: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 86_400,
        description: 'The condition must hold this long before firing',
      }),
    ),
    minutes: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 10_080,
        description: 'target_expected: lead time; device_offline: silence',
      }),
    ),
    rate_per_min: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, description: 'rate_of_change: units per minute' }),
    ),
    direction: Type.Optional(
      Type.Union([Type.Literal('rise'), Type.Literal('fall'), Type.Literal('any')]),
    ),
    window_minutes: Type.Optional(
      Type.Number({ minimum: 1, maximum: 240, description: 'rate_of_change: window of the slope' }),
    ),
  },
  { additionalProperties: false },
);
/** Parameters of an alert rule. */
export type AlertParams = Static<typeof AlertParams>;

/** Body of `POST /api/v1/alerts/rules`. */
export const AlertRuleCreate = Type.Object(
  {
    kind: AlertKind,
    name: Type.Optional(OneLine({ minLength: 1, maxLength: 120 })),
    session_id: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description: 'Only this session; omit for a global rule',
      }),
    ),
    series_id: Type.Optional(Type.Integer({ minimum: 1, description: 'Only this series' })),
    role: Type.Optional(ChannelRole),
    device_id: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: 'device_offline: only this device' }),
    ),
    params: Type.Optional(AlertParams),
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, $id: 'AlertRuleCreate' },
);
/** Body of `POST /api/v1/alerts/rules`. */
export type AlertRuleCreate = Static<typeof AlertRuleCreate>;

/** An alert rule as stored and listed (`GET /api/v1/alerts/rules`). */
export const AlertRule = Type.Object(
  {
    id: Type.String(),
    kind: AlertKind,
    name: Nullable(Type.String()),
    session_id: Nullable(Type.String()),
    series_id: Nullable(Type.Integer()),
    role: Nullable(ChannelRole),
    device_id: Nullable(Type.String()),
    params: AlertParams,
    enabled: Type.Boolean(),
    created_at: Type.Integer(),
  },
  { $id: 'AlertRule' },
);
/** An alert rule as stored and listed. */
export type AlertRule = Static<typeof AlertRule>;

/** An alert: one episode of one rule on one subject, open until `cleared_at` (`GET /api/v1/alerts`). */
export const Alert = Type.Object(
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
/** One alert episode. */
export type Alert = Static<typeof Alert>;
