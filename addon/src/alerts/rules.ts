import type { AlertParams, AlertRuleCreate, FieldError } from '@brewpit/protocol';

/** Kind-specific checks a schema cannot express; each problem names its field. */
export function checkRule(r: AlertRuleCreate): FieldError[] {
  const p = r.params ?? {};
  const errors: FieldError[] = [];
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
