import type { HubContext } from '../context.js';
import type { Log } from '../log.js';
import { alertData, alertMessage, SPECIFIC_EVENT, type AlertContext } from './messages.js';
import type { Alert, AlertRule } from '@brewpit/protocol';

/**
 * The write path of alert episodes: what happens when one opens or closes. The alert is stored,
 * a note goes on the session's chart (through the sessions service, like every note), and the
 * bus and Home Assistant hear of it (`brewpit_alert` plus the
 * kind's own event, `brewpit_alert_cleared` on clearing). Open episodes are restored from the
 * store at start, so a restarted hub never fires one twice.
 */
export class EpisodeLog {
  private readonly open = new Set<string>();

  constructor(
    private readonly ctx: HubContext,
    private readonly log: Log,
  ) {}

  private get alerts() {
    return this.ctx.store.alerts;
  }

  restore(): void {
    for (const a of this.alerts.open()) this.open.add(`${a.rule_id}|${a.subject}`);
  }

  /** Whether an episode is open; `key` is `<rule id>|<subject>`. */
  isOpen(key: string): boolean {
    return this.open.has(key);
  }

  /** Raises or clears one episode; a raise of an open one or a clear of a closed one does nothing. */
  transition(
    t: 'raise' | 'clear',
    rule: AlertRule,
    subject: string,
    c: AlertContext,
    extra: Record<string, unknown> = {},
  ): void {
    const key = `${rule.id}|${subject}`;
    // The episode and its Home Assistant events (the bridge's outbox, written by the bus
    // handlers) commit together: a hub killed in between neither loses nor repeats them.
    const { store } = this.ctx;
    if (t === 'clear') {
      if (!this.open.delete(key)) return;
      store.transaction(() => {
        const alert = this.alerts.clear(rule.id, subject, c.ts);
        if (alert) this.publish(alert, false);
      });
      return;
    }
    if (this.open.has(key)) return;
    const full = { ...c, extra: { ...c.extra, ...extra } };
    const message = alertMessage(full);
    const alert = store.transaction(() => this.raiseAndPublish(rule, subject, c, full, message));
    this.open.add(key);
    if (!alert) return;
    if (c.session)
      this.ctx.services.sessions.annotate(
        c.session.id,
        { text: message, ts: c.ts, kind: 'alert' },
        'hub',
      );
  }

  private raiseAndPublish(
    rule: AlertRule,
    subject: string,
    c: AlertContext,
    full: AlertContext,
    message: string,
  ): Alert | null {
    const alert = this.alerts.raise({
      rule_id: rule.id,
      kind: rule.kind,
      subject,
      session_id: c.session?.id ?? null,
      series_id: c.seriesId,
      device_id: c.deviceId,
      raised_at: c.ts,
      value: c.value,
      message,
      data: alertData(full, 0, message),
    });
    if (!alert) return null;
    alert.data.alert_id = alert.id;
    this.publish(alert, true);
    return alert;
  }

  /** A session that ended leaves nothing open behind it (closed quietly: no notification). */
  closeSession(sessionId: string): void {
    for (const a of this.alerts.open()) {
      if (a.session_id !== sessionId) continue;
      this.open.delete(`${a.rule_id}|${a.subject}`);
      const closed = this.alerts.clear(a.rule_id, a.subject, Date.now());
      if (closed) this.ctx.bus.emit('alertCleared', { alert: closed });
    }
  }

  private publish(alert: Alert, raised: boolean): void {
    const bus = this.ctx.bus;
    this.log.info(
      { alert: alert.id, kind: alert.kind, subject: alert.subject },
      raised ? alert.message : `Cleared: ${alert.message}`,
    );
    bus.emit(raised ? 'alertRaised' : 'alertCleared', { alert });
    const data = {
      ...alert.data,
      alert_id: alert.id,
      ...(raised ? {} : { cleared_at: new Date(alert.cleared_at!).toISOString() }),
    };
    if (!raised) return bus.emit('haEvent', { eventType: 'brewpit_alert_cleared', data });
    bus.emit('haEvent', { eventType: 'brewpit_alert', data });
    const specific = SPECIFIC_EVENT[alert.kind];
    if (specific) bus.emit('haEvent', { eventType: specific, data });
  }
}
