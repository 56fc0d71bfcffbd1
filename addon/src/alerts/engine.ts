import type { AlertRule, Session } from '@brewpit/protocol';
import type { StoredReading } from '../bus.js';
import type { HubContext, HubModule } from '../context.js';
import type { ChannelEstimate, SessionEstimates } from '../intel/estimator.js';
import { child, type Log } from '../log.js';
import {
  LeadLadder,
  rateOfChange,
  thresholdFor,
  type ThresholdEpisode,
  type Transition,
} from './episodes.js';
import type { LiveEstimates, SeriesState } from './live.js';
import { EpisodeLog } from './log.js';
import type { AlertContext } from './messages.js';
import { subjectsFor, type Subject } from './subjects.js';

/** How often device silence is checked (wall clock). */
const OFFLINE_CHECK_MS = 30_000;
/** The slope window of a rate-of-change rule that names none. */
const DEFAULT_RATE_WINDOW_MINUTES = 5;
/** Rule kinds decided by each reading on its own. */
const READING_KINDS: ReadonlySet<AlertRule['kind']> = new Set([
  'above',
  'below',
  'target_reached',
  'low_battery',
]);

/** A reading-driven rule and one subject it watches, with the key of their episode. */
interface Watch {
  rule: AlertRule;
  sub: Subject;
  key: string;
}

/**
 * The alert engine: judges each new reading (hub-side hygiene), feeds the live estimates, keeps
 * the running sessions' estimates current, and evaluates the rules. Every rule fires once per
 * episode per subject: the open episode lives in the store (one open episode per rule and
 * subject, see `EpisodeLog`), so neither a noisy signal nor a hub restart raises it twice.
 * Reading-driven alerts are dated by the reading (data time), offline alerts by the hub clock.
 * A session's changed targets or channels take effect at once: its estimates are recomputed and
 * its latest readings judged again.
 */
export class AlertEngine implements HubModule {
  private readonly log: Log;
  private readonly live: LiveEstimates;
  private readonly thresholds = new Map<string, ThresholdEpisode>();
  private readonly ladders = new Map<string, LeadLadder>();
  private readonly episodes: EpisodeLog;
  private sessions: Session[] = [];
  private rules: AlertRule[] = [];
  /**
   * The reading-driven rules and subjects of each series seen, with the series kind they were
   * worked out for. They depend only on the rules, the running sessions and that kind, so they
   * are worked out once, not for every reading of a backlog; emptied whenever the rules or the
   * sessions are read again.
   */
  private readonly watches = new Map<number, { kind: string; list: Watch[] }>();
  private unsubscribe: (() => void)[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly ctx: HubContext) {
    this.log = child(ctx.log, 'hub:alerts');
    this.live = ctx.estimates;
    this.episodes = new EpisodeLog(ctx, this.log);
  }

  async start(): Promise<void> {
    this.episodes.restore();
    this.reloadRules();
    this.refreshSessions();
    const bus = this.ctx.bus;
    this.unsubscribe = [
      bus.on('readingsStored', (e) => this.onReadings(e.readings)),
      bus.on('sessionChanged', (e) => this.onSession(e.sessionId, e.reason)),
      bus.on('deviceSeen', (e) => this.deviceBack(e.deviceId, Date.now())),
      bus.on('deviceChanged', () => this.live.clearSeries()),
      bus.on('alertRulesChanged', () => this.reloadRules()),
    ];
    this.timer = setInterval(() => this.tick(Date.now()), OFFLINE_CHECK_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Re-reads the rules (after the API changed them); episode state of deleted rules is dropped. */
  private reloadRules(): void {
    this.rules = this.ctx.store.alerts.rules();
    this.watches.clear();
    const ids = new Set(this.rules.map((r) => r.id));
    for (const key of [...this.thresholds.keys()])
      if (!ids.has(key.split('|')[0]!)) this.thresholds.delete(key);
    this.rewatch();
  }

  /**
   * Tells the live estimates what to keep: the whole window for the channels of running
   * sessions, and for every series the longest window a rate-of-change rule reads.
   */
  private rewatch(): void {
    const windows = this.rules
      .filter((r) => r.kind === 'rate_of_change')
      .map((r) => (r.params.window_minutes ?? DEFAULT_RATE_WINDOW_MINUTES) * 60_000);
    this.live.watch(
      this.sessions.flatMap((s) => s.channels.map((c) => c.series_id)),
      Math.max(0, ...windows),
    );
  }

  /** Checks device silence; called by the timer, and by tests with a chosen clock. */
  tick(now: number): void {
    for (const rule of this.rules) {
      if (!rule.enabled || rule.kind !== 'device_offline') continue;
      const limit = (rule.params.minutes ?? 10) * 60_000;
      for (const d of this.ctx.store.devices.list()) {
        if (rule.device_id !== null && rule.device_id !== d.id) continue;
        if (d.last_seen === null) continue;
        const subject = `d:${d.id}`;
        const ac = this.context(rule, null, null, now, {
          deviceId: d.id,
          deviceName: d.name,
          value: null,
        });
        if (now - d.last_seen > limit)
          this.episodes.transition('raise', rule, subject, ac, {
            last_seen: new Date(d.last_seen).toISOString(),
          });
        else this.episodes.transition('clear', rule, subject, ac);
      }
    }
  }

  private onSession(sessionId: string, reason: string): void {
    if (reason === 'annotated') return; // a note changes nothing the engine looks at
    this.refreshSessions();
    const s = this.sessions.find((x) => x.id === sessionId);
    if (!s) {
      this.live.forget(sessionId);
      this.episodes.closeSession(sessionId);
      return;
    }
    if (reason === 'updated') this.reconsider(s);
  }

  /**
   * A running session changed (a target, its channels): its estimates are recomputed and its
   * channels' latest readings judged against the rules again, so a target set below the current
   * temperature is reached now, not at the next reading.
   */
  private reconsider(s: Session): void {
    for (const c of s.channels) {
      const st = this.live.state(c.series_id);
      const last = st?.buffer.samples.at(-1);
      if (st && last) this.evaluateReading(c.series_id, st, last[0], last[1]);
    }
    this.updateSession(s);
  }

  private refreshSessions(): void {
    this.sessions = this.ctx.store.sessions.active();
    this.watches.clear();
    this.rewatch();
  }

  private onReadings(readings: StoredReading[]): void {
    const bySeries = new Map<number, StoredReading[]>();
    for (const r of readings) {
      const list = bySeries.get(r.seriesId);
      if (list) list.push(r);
      else bySeries.set(r.seriesId, [r]);
    }
    const touched = new Set<string>();
    for (const [id, list] of bySeries) {
      const s = this.live.state(id);
      if (!s) continue;
      // An edge sends each channel's readings in time order; the (stable) sort is for the rest.
      if (!inTimeOrder(list)) list.sort((a, b) => a.ts - b.ts);
      // With no rule watching the series, nothing below can change the rules or sessions, so
      // none will watch it for the rest of its readings either.
      const watched = this.watchesOf(id, s.kind).length > 0;
      for (const r of list) {
        if (s.hygiene.judge(r.ts, r.value, r.status) !== 'ok') continue;
        s.buffer.push(r.ts, r.value!);
        if (watched) this.evaluateReading(id, s, r.ts, r.value!);
      }
      this.evaluateRate(id, s);
      for (const sess of this.sessions)
        if (sess.channels.some((c) => c.series_id === id)) touched.add(sess.id);
    }
    for (const sess of this.sessions) if (touched.has(sess.id)) this.updateSession(sess);
  }

  /** Rules decided by each reading: above/below, target reached, low battery. */
  private evaluateReading(seriesId: number, s: SeriesState, ts: number, value: number): void {
    for (const { rule, sub, key } of this.watchesOf(seriesId, s.kind)) {
      const ep = this.episode(rule, sub, key, s, value);
      if (!ep) continue;
      const t = ep.update(ts, value, this.episodes.isOpen(key));
      if (t) this.episodes.transition(t, rule, sub.key, this.context(rule, sub, s, ts, { value }));
    }
  }

  /** The reading-driven rules and their subjects for a series, in the order of the rules. */
  private watchesOf(seriesId: number, kind: string): Watch[] {
    const known = this.watches.get(seriesId);
    if (known?.kind === kind) return known.list;
    const list: Watch[] = [];
    for (const rule of this.rules) {
      if (!READING_KINDS.has(rule.kind)) continue;
      for (const sub of subjectsFor(rule, seriesId, kind, this.sessions))
        list.push({ rule, sub, key: `${rule.id}|${sub.key}` });
    }
    this.watches.set(seriesId, { kind, list });
    return list;
  }

  private episode(rule: AlertRule, sub: Subject, key: string, s: SeriesState, value: number) {
    const ep = thresholdFor(
      rule,
      sub.channel?.target ?? null,
      s.kind,
      value,
      this.thresholds.get(key),
    );
    if (ep) this.thresholds.set(key, ep);
    return ep;
  }

  /** Rate of change: slope of the readings over the rule's window, in units per minute. */
  private evaluateRate(seriesId: number, s: SeriesState): void {
    const samples = s.buffer.samples;
    const last = samples[samples.length - 1];
    if (!last) return;
    for (const rule of this.rules) {
      if (rule.kind !== 'rate_of_change') continue;
      const p = rule.params;
      const rate = rateOfChange(samples, p.window_minutes ?? DEFAULT_RATE_WINDOW_MINUTES);
      if (rate === null) continue;
      const dir = p.direction ?? 'any';
      const signed = dir === 'fall' ? -rate : dir === 'rise' ? rate : Math.abs(rate);
      for (const sub of subjectsFor(rule, seriesId, s.kind, this.sessions)) {
        const active = this.episodes.isOpen(`${rule.id}|${sub.key}`);
        // Clears below 70 % of the limit: a rate hovering at the limit raises once.
        const t: Transition =
          !active && signed > p.rate_per_min!
            ? 'raise'
            : active && signed < p.rate_per_min! * 0.7
              ? 'clear'
              : null;
        if (t)
          this.episodes.transition(
            t,
            rule,
            sub.key,
            this.context(rule, sub, s, last[0], { value: last[1] }),
            { rate_per_min: Math.round(rate * 100) / 100 },
          );
      }
    }
  }

  /** Recomputes a session's estimates, publishes them and evaluates the estimate-driven rules. */
  private updateSession(sess: Session): SessionEstimates {
    const est = this.live.compute(sess);
    this.ctx.bus.emit('estimatesUpdated', { sessionId: sess.id, estimates: est });
    for (const ch of est.channels) this.evaluateEstimate(sess, ch);
    for (const b of est.brew) {
      for (const rule of this.rules) {
        if (rule.kind !== 'fermentation_finished') continue;
        for (const sub of subjectsFor(rule, b.series_id, 'gravity', [sess])) {
          const active = this.episodes.isOpen(`${rule.id}|${sub.key}`);
          const t: Transition =
            b.finished && !active
              ? 'raise'
              : !b.finished && active && b.change_over_window !== null
                ? 'clear'
                : null;
          const extra = { gravity: b.gravity, og: b.og, attenuation: b.attenuation, abv: b.abv };
          if (t)
            this.episodes.transition(
              t,
              rule,
              sub.key,
              this.context(rule, sub, this.live.state(b.series_id)!, b.as_of ?? Date.now(), {
                value: b.gravity,
                extra,
              }),
              extra,
            );
        }
      }
    }
    return est;
  }

  private evaluateEstimate(sess: Session, ch: ChannelEstimate): void {
    const s = this.live.state(ch.series_id);
    if (!s || ch.as_of === null) return;
    const ladderKey = `${sess.id}:${ch.series_id}`;
    if (ch.status === 'ok' && ch.minutes_remaining !== null && ch.target !== null) {
      let ladder = this.ladders.get(ladderKey);
      if (!ladder) this.ladders.set(ladderKey, (ladder = new LeadLadder()));
      const step = ladder.update(ch.minutes_remaining, ch.target);
      if (step) this.announceLead(sess, ch, step[0], step[1]);
    }
    for (const rule of this.rules) {
      if (rule.kind !== 'target_expected' && rule.kind !== 'stall_started') continue;
      for (const sub of subjectsFor(rule, ch.series_id, s.kind, [sess])) {
        const active = this.episodes.isOpen(`${rule.id}|${sub.key}`);
        let t: Transition = null;
        if (rule.kind === 'stall_started') {
          const stalled = ch.stall !== null && ch.stall.ended_at === null;
          t = stalled && !active ? 'raise' : !stalled && active ? 'clear' : null;
        } else {
          const n = rule.params.minutes ?? 30;
          const soon =
            ch.status === 'ok' && ch.minutes_remaining !== null && ch.minutes_remaining <= n;
          // Clears once reached, or when the estimate moves well beyond the lead (the pit died).
          const gone =
            ch.status === 'reached' ||
            (ch.status === 'ok' && (ch.minutes_remaining ?? 0) > n * 1.5 + 5);
          t = soon && !active ? 'raise' : gone && active ? 'clear' : null;
        }
        if (t)
          this.episodes.transition(
            t,
            rule,
            sub.key,
            this.context(rule, sub, s, ch.as_of, { value: ch.value, estimate: ch }),
          );
      }
    }
  }

  /** `brewpit_target_expected`: the countdown a "done in N minutes" automation listens to. */
  private announceLead(
    sess: Session,
    ch: ChannelEstimate,
    lead: number,
    previous: number | null,
  ): void {
    this.ctx.bus.emit('haEvent', {
      eventType: 'brewpit_target_expected',
      data: {
        session_id: sess.id,
        session_name: sess.name,
        series_id: ch.series_id,
        channel_label: ch.label,
        value: ch.value,
        unit: ch.unit,
        target: ch.target,
        lead_minutes: lead,
        previous_lead_minutes: previous,
        minutes_remaining: ch.minutes_remaining,
        low_minutes: ch.low_minutes,
        high_minutes: ch.high_minutes,
        eta: ch.eta === null ? null : new Date(ch.eta).toISOString(),
        message: `${ch.label} will reach its target in about ${ch.minutes_remaining} min (${sess.name})`,
      },
    });
  }

  private context(
    rule: AlertRule,
    sub: Subject | null,
    s: SeriesState | null,
    ts: number,
    more: Partial<AlertContext>,
  ): AlertContext {
    return {
      rule,
      ts,
      session: sub?.session ?? null,
      channel: sub?.channel ?? null,
      seriesId: sub?.seriesId ?? null,
      label: sub?.channel?.label ?? s?.name ?? null,
      unit: s?.unit ?? null,
      deviceId: s?.deviceId ?? null,
      deviceName: null,
      value: null,
      ...more,
    };
  }

  private deviceBack(deviceId: string, now: number): void {
    for (const rule of this.rules) {
      if (rule.kind !== 'device_offline') continue;
      // Every answered batch lands here; only a device whose episode is open has anything to
      // clear, so only then is its row read (for the message's name).
      if (!this.episodes.isOpen(`${rule.id}|d:${deviceId}`)) continue;
      const d = this.ctx.store.devices.get(deviceId);
      this.episodes.transition(
        'clear',
        rule,
        `d:${deviceId}`,
        this.context(rule, null, null, now, { deviceId, deviceName: d?.name ?? null }),
      );
    }
  }
}

/** Whether the readings are in time order (non-decreasing), so sorting them would change nothing. */
function inTimeOrder(list: readonly StoredReading[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i]!.ts < list[i - 1]!.ts) return false;
  return true;
}
