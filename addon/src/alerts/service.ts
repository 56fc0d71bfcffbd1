import type { Alert, AlertRule, AlertRuleCreate } from '@brewpit/protocol';
import type { Actor, HubCore } from '../core.js';
import { notFound, unprocessable } from '../errors.js';
import type { AlertFilter } from '../store/index.js';
import { checkRule } from './rules.js';

/**
 * Alert rules' one write path (the API): checked, stored, audited, and announced with
 * `alertRulesChanged` so the engine applies them at once. Episodes are written by the engine's
 * `EpisodeLog`.
 */
export class AlertsService {
  constructor(private readonly core: HubCore) {}

  rules(): AlertRule[] {
    return this.core.store.alerts.rules();
  }

  list(filter: AlertFilter): Alert[] {
    return this.core.store.alerts.list(filter);
  }

  /** Adds a rule; `Refused` (unprocessable) naming each field that cannot apply. */
  addRule(body: AlertRuleCreate, actor: Actor): AlertRule {
    const { store } = this.core;
    const errors = checkRule(body);
    if (body.session_id !== undefined && !store.sessions.get(body.session_id))
      errors.push({ path: '/session_id', message: `no session '${body.session_id}'` });
    if (body.series_id !== undefined && !store.series.get(body.series_id))
      errors.push({ path: '/series_id', message: `no series ${body.series_id}` });
    if (errors.length > 0) throw unprocessable('The rule cannot be applied', errors);
    const rule = store.alerts.addRule(body);
    store.audit.add(actor, 'alerts.rule.create', rule.id, body);
    this.core.bus.emit('alertRulesChanged', { ruleId: rule.id });
    return rule;
  }

  deleteRule(id: string, actor: Actor): void {
    if (!this.core.store.alerts.deleteRule(id)) throw notFound(`No alert rule '${id}'`);
    this.core.store.audit.add(actor, 'alerts.rule.delete', id);
    this.core.bus.emit('alertRulesChanged', { ruleId: id });
  }
}
