import { Type, type Static } from '@sinclair/typebox';
import { ChannelRole } from '@brewpit/protocol';

/** What a rule watches. */
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
export type AlertKind = Static<typeof AlertKind>;

/** Parameters; which apply depends on the kind (checked by `checkRule`). */
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
export type AlertParams = Static<typeof AlertParams>;

/** Body of `POST /api/v1/alerts/rules`. */
export const AlertRuleCreate = Type.Object(
  {
    kind: AlertKind,
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    session_id: Type.Optional(
      Type.String({ minLength: 1, description: 'Only this session; omit for a global rule' }),
    ),
    series_id: Type.Optional(Type.Integer({ minimum: 1, description: 'Only this series' })),
    role: Type.Optional(ChannelRole),
    device_id: Type.Optional(
      Type.String({ minLength: 1, description: 'device_offline: only this device' }),
    ),
    params: Type.Optional(AlertParams),
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, $id: 'AlertRuleCreate' },
);
export type AlertRuleCreate = Static<typeof AlertRuleCreate>;

/** A rule as stored and listed. */
export interface AlertRule {
  id: string;
  kind: AlertKind;
  name: string | null;
  session_id: string | null;
  series_id: number | null;
  role: ChannelRole | null;
  device_id: string | null;
  params: AlertParams;
  enabled: boolean;
  created_at: number;
}

/** An alert: one episode of one rule on one subject. */
export interface Alert {
  id: number;
  rule_id: string;
  kind: AlertKind;
  subject: string;
  session_id: string | null;
  series_id: number | null;
  device_id: string | null;
  raised_at: number;
  cleared_at: number | null;
  value: number | null;
  message: string;
  data: Record<string, unknown>;
}

/** Kind-specific checks a schema cannot express; each problem names its field. */
export function checkRule(r: AlertRuleCreate): { path: string; message: string }[] {
  const p = r.params ?? {};
  const errors: { path: string; message: string }[] = [];
  const need = (field: keyof AlertParams) => {
    if (p[field] === undefined)
      errors.push({ path: `/params/${field}`, message: `is required for kind '${r.kind}'` });
  };
  if (r.kind === 'above' || r.kind === 'below') need('threshold');
  if (r.kind === 'target_expected') need('minutes');
  if (r.kind === 'rate_of_change') need('rate_per_min');
  if (r.device_id !== undefined && r.kind !== 'device_offline') {
    errors.push({ path: '/device_id', message: "applies only to kind 'device_offline'" });
  }
  return errors;
}

/** Hysteresis used when a rule gives none, by series kind: enough to ride out probe noise. */
export function defaultHysteresis(kind: string | undefined): number {
  if (kind === 'gravity') return 0.002;
  if (kind === 'battery' || kind === 'humidity') return 5;
  return 1;
}
