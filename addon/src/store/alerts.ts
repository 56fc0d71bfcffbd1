import { randomUUID } from 'node:crypto';
import type { Alert, AlertRule, AlertRuleCreate } from '@brewpit/protocol';
import type { AlertFilter, AlertStore, NewAlert } from './contract.js';
import type { Db } from './db.js';

type RuleRow = Omit<AlertRule, 'params' | 'enabled'> & { params_json: string; enabled: number };
type AlertRow = Omit<Alert, 'data'> & { data_json: string };

/** Alert rules and alert episodes (tables of migration 4). */
export class SqliteAlertStore implements AlertStore {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      rules: db.prepare('SELECT * FROM alert_rules ORDER BY created_at, id'),
      rule: db.prepare('SELECT * FROM alert_rules WHERE id = ?'),
      insertRule:
        db.prepare(`INSERT INTO alert_rules (id, kind, session_id, series_id, role, device_id, name, params_json, enabled, created_at)
        VALUES (@id, @kind, @session_id, @series_id, @role, @device_id, @name, @params_json, @enabled, @created_at)`),
      deleteRule: db.prepare('DELETE FROM alert_rules WHERE id = ?'),
      raise:
        db.prepare(`INSERT INTO alerts (rule_id, kind, subject, session_id, series_id, device_id, raised_at, value, message, data_json)
        VALUES (@rule_id, @kind, @subject, @session_id, @series_id, @device_id, @raised_at, @value, @message, @data_json)
        ON CONFLICT DO NOTHING`),
      clear: db.prepare(
        'UPDATE alerts SET cleared_at = ? WHERE rule_id = ? AND subject = ? AND cleared_at IS NULL',
      ),
      open: db.prepare('SELECT * FROM alerts WHERE cleared_at IS NULL'),
      one: db.prepare('SELECT * FROM alerts WHERE id = ?'),
      openOne: db.prepare(
        'SELECT * FROM alerts WHERE rule_id = ? AND subject = ? AND cleared_at IS NULL',
      ),
      list: db.prepare(`SELECT * FROM alerts WHERE (@session IS NULL OR session_id = @session)
        AND (@open IS NULL OR (cleared_at IS NULL) = @open) ORDER BY raised_at DESC, id DESC LIMIT @limit`),
    };
  }

  rules(): AlertRule[] {
    return (this.stmts.rules.all() as RuleRow[]).map(toRule);
  }

  rule(id: string): AlertRule | null {
    const row = this.stmts.rule.get(id) as RuleRow | undefined;
    return row ? toRule(row) : null;
  }

  addRule(r: AlertRuleCreate, now = Date.now()): AlertRule {
    const id = randomUUID();
    this.stmts.insertRule.run({
      id,
      kind: r.kind,
      session_id: r.session_id ?? null,
      series_id: r.series_id ?? null,
      role: r.role ?? null,
      device_id: r.device_id ?? null,
      name: r.name ?? null,
      params_json: JSON.stringify(r.params ?? {}),
      enabled: r.enabled === false ? 0 : 1,
      created_at: now,
    });
    return this.rule(id)!;
  }

  deleteRule(id: string): boolean {
    return this.stmts.deleteRule.run(id).changes === 1;
  }

  /** Opens an episode; null when one is already open for the rule and subject (fires once). */
  raise(a: NewAlert): Alert | null {
    const info = this.stmts.raise.run({ ...a, data_json: JSON.stringify(a.data) });
    if (info.changes === 0) return null;
    return toAlert(this.stmts.one.get(Number(info.lastInsertRowid)) as AlertRow);
  }

  /** Closes the open episode of a rule and subject; returns it, or null when none was open. */
  clear(ruleId: string, subject: string, at: number): Alert | null {
    const row = this.stmts.openOne.get(ruleId, subject) as AlertRow | undefined;
    if (!row) return null;
    this.stmts.clear.run(at, ruleId, subject);
    return { ...toAlert(row), cleared_at: at };
  }

  /** Episodes still open (restored into the engine at start, so a restart never fires twice). */
  open(): Alert[] {
    return (this.stmts.open.all() as AlertRow[]).map(toAlert);
  }

  list(f: AlertFilter): Alert[] {
    const rows = this.stmts.list.all({
      session: f.session_id ?? null,
      open: f.open === undefined ? null : f.open ? 1 : 0,
      limit: f.limit,
    });
    return (rows as AlertRow[]).map(toAlert);
  }
}

function toRule(r: RuleRow): AlertRule {
  const { params_json, enabled, ...rest } = r;
  return {
    ...rest,
    params: JSON.parse(params_json) as AlertRule['params'],
    enabled: enabled === 1,
  };
}

function toAlert(r: AlertRow): Alert {
  const { data_json, ...rest } = r;
  return { ...rest, data: JSON.parse(data_json) as Record<string, unknown> };
}
