import type { Session, SessionChannel } from '@brewpit/protocol';
import type { ChannelEstimate } from '../intel/estimator.js';
import type { AlertKind, AlertRule } from '@brewpit/protocol';

/** Everything known about the subject of an alert, for its message and event data. */
export interface AlertContext {
  rule: AlertRule;
  session: Session | null;
  channel: SessionChannel | null;
  seriesId: number | null;
  label: string | null;
  unit: string | null;
  deviceId: string | null;
  deviceName: string | null;
  value: number | null;
  ts: number;
  estimate?: ChannelEstimate;
  extra?: Record<string, unknown>;
}

/**
 * Home Assistant event fired, besides `brewpit_alert`, for kinds blueprints trigger on directly.
 * Not `device_offline`: the HA bridge's presence tracking already fires `brewpit_device_offline`
 * and `brewpit_device_online`; firing them here too would notify twice. The rule's episode goes
 * out as `brewpit_alert` / `brewpit_alert_cleared` with kind `device_offline`.
 */
export const SPECIFIC_EVENT: Partial<Record<AlertKind, string>> = {
  target_reached: 'brewpit_target_reached',
  stall_started: 'brewpit_stall_started',
  fermentation_finished: 'brewpit_fermentation_finished',
};

/** A value with its unit, at a precision that suits it (SG to 3 decimals, the rest to 1). */
function fmt(value: number | null | undefined, unit: string | null): string {
  if (value === null || value === undefined) return 'unknown';
  const digits = unit === 'SG' ? 3 : 1;
  const v = value.toFixed(digits);
  if (!unit) return v;
  return unit === 'SG' ? `${v} SG` : unit === '%' ? `${v} %` : `${v} ${unit}`;
}

const suffix = (c: AlertContext) => (c.session ? ` (${c.session.name})` : '');

/** The human message of an alert: what, on what, how much; one line, for a phone notification. */
export function alertMessage(c: AlertContext): string {
  const who = c.label ?? 'Sensor';
  const p = c.rule.params;
  const e = c.estimate;
  switch (c.rule.kind) {
    case 'above':
      return `${who} is ${fmt(c.value, c.unit)}, above ${fmt(p.threshold, c.unit)}${suffix(c)}`;
    case 'below':
      return `${who} is ${fmt(c.value, c.unit)}, below ${fmt(p.threshold, c.unit)}${suffix(c)}`;
    case 'target_reached':
      return `${who} reached ${fmt(c.value, c.unit)} (target ${fmt(c.channel?.target, c.unit)})${suffix(c)}`;
    case 'target_expected':
      return `${who} will reach ${fmt(c.channel?.target, c.unit)} in about ${e?.minutes_remaining ?? '?'} min (${e?.low_minutes ?? '?'}–${e?.high_minutes ?? '?'} min)${suffix(c)}`;
    case 'stall_started': {
      const flat = e?.stall ? Math.round(e.stall.duration_s / 60) : 0;
      return `${who} has stalled at ${fmt(c.value, c.unit)} (flat for ${flat} min)${suffix(c)}`;
    }
    case 'rate_of_change':
      return `${who} is changing ${fmt(c.extra?.rate_per_min as number, c.unit)}/min${suffix(c)}`;
    case 'low_battery':
      return `${who} battery is low: ${fmt(c.value, c.unit)}`;
    case 'device_offline':
      return `Edge node '${c.deviceName ?? c.deviceId}' sent nothing for ${p.minutes ?? 10} min`;
    case 'fermentation_finished': {
      const b = c.extra ?? {};
      const parts = [fmt(c.value, 'SG')];
      if (b.attenuation !== null && b.attenuation !== undefined)
        parts.push(`${b.attenuation as number} % apparent attenuation`);
      if (b.abv !== null && b.abv !== undefined) parts.push(`${b.abv as number} % ABV`);
      return `Fermentation finished: ${parts.join(', ')}${suffix(c)}`;
    }
  }
}

const iso = (ts: number | null | undefined) =>
  ts === null || ts === undefined ? null : new Date(ts).toISOString();

/** Event data: flat, snake_case, the fields blueprints and templates use. */
export function alertData(
  c: AlertContext,
  alertId: number,
  message: string,
): Record<string, unknown> {
  const e = c.estimate;
  return {
    alert_id: alertId,
    rule_id: c.rule.id,
    rule_name: c.rule.name,
    kind: c.rule.kind,
    message,
    session_id: c.session?.id ?? null,
    session_name: c.session?.name ?? null,
    series_id: c.seriesId,
    channel_label: c.label,
    role: c.channel?.role ?? null,
    value: c.value,
    unit: c.unit,
    target: c.channel?.target ?? null,
    threshold: c.rule.params.threshold ?? null,
    minutes_remaining: e?.minutes_remaining ?? null,
    eta: iso(e?.eta),
    stall_since: iso(e?.stall?.since),
    device_id: c.deviceId,
    device_name: c.deviceName,
    ts: iso(c.ts),
    ...(c.extra ?? {}),
  };
}
