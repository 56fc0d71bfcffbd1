import type { Session, SessionChannel } from '@brewpit/protocol';
import {
  DEFAULT_ETA_OPTIONS,
  estimateEta,
  type Eta,
  type EtaCaveat,
  type EtaOptions,
  type EtaReason,
  type MethodTrack,
} from './eta.js';
import { fermentation } from './ferment.js';
import type { Sample } from './fit.js';
import { pitInCooker } from './pit.js';
import { StallTracker } from './stall.js';

/** Time to target and stall of one meat (or other heated) probe of a cook. */
export interface ChannelEstimate {
  series_id: number;
  label: string;
  role: SessionChannel['role'];
  unit: string;
  target: number | null;
  value: number | null;
  status: 'ok' | 'unknown' | 'reached';
  reason: EtaReason | 'no_target' | null;
  /** Expected arrival and its band (UTC epoch ms); null unless status is ok or reached. */
  eta: number | null;
  low: number | null;
  high: number | null;
  minutes_remaining: number | null;
  low_minutes: number | null;
  high_minutes: number | null;
  pit: number | null;
  rate_per_h: number | null;
  stall: { since: number; duration_s: number; ended_at: number | null } | null;
  as_of: number | null;
  /**
   * How the estimate was made: `newton` (heating toward the pit level), `stall` (the plateau's
   * creep), `meat_only` (no pit probe: the curve fitted on the meat alone); null when unknown.
   */
  method?: 'newton' | 'stall' | 'meat_only' | null;
  /** Why the band is wider than the fit alone says (shown with the estimate, never instead of it). */
  caveats?: EtaCaveat[];
  /**
   * Share (0–1) of the local trend (the meat's rise over the last half hour) in the estimate;
   * the rest is the heating model named by `method`. Grows as the target nears.
   */
  trend_weight?: number | null;
  /** Phase of the cook on this probe. */
  phase?: 'heating' | 'stall' | 'after_stall' | 'reached' | null;
  /** When the cut was seen wrapped, and when the pit level last changed on purpose (epoch ms). */
  wrapped_at?: number | null;
  pit_changed_at?: number | null;
}

/** Fermentation state of one gravity series of a brew. */
export interface BrewEstimate {
  series_id: number;
  label: string;
  gravity: number | null;
  og: number | null;
  attenuation: number | null;
  abv: number | null;
  trend_per_day: number | null;
  change_over_window: number | null;
  finished: boolean;
  as_of: number | null;
}

/** Answer of `GET /api/v1/sessions/{id}/estimates` and payload of `estimatesUpdated`. */
export interface SessionEstimates {
  session_id: string;
  kind: Session['kind'];
  as_of: number | null;
  channels: ChannelEstimate[];
  brew: BrewEstimate[];
}

/** What the estimator needs to know about a series. */
export interface SeriesMeta {
  name: string;
  unit: string;
  kind: string;
}

/** How far back each buffer is kept: the longest window any estimate reads, plus slack. */
export const KEEP_MS = {
  temperature: 3 * 3_600_000,
  // Two weeks: "finished" compares with the start of the fermentation when the session has no OG.
  gravity: 14 * 24 * 3_600_000,
  other: 30 * 60_000,
} as const;
/** Tuning of the estimator as a whole. */
export interface EstimatorOptions {
  eta: EtaOptions;
  /** The published arrival is the median of the estimates over this much data time (see `EtaSmoother`). */
  smoothMs: number;
}

export const DEFAULT_ESTIMATOR_OPTIONS: EstimatorOptions = {
  eta: DEFAULT_ETA_OPTIONS,
  smoothMs: 10 * 60_000,
};

/** Gravity is kept at most one point every 5 min (hydrometers send every 15–30 min; simulations every few seconds). */
export const GRAVITY_SPACING_MS = 5 * 60_000;

/** Recent ok readings of one series, oldest first. */
export class SeriesBuffer {
  readonly samples: Sample[] = [];
  /**
   * How many samples at the front are known to be older than the window. Expired samples are
   * cut in bulk (past 256, or half the buffer), so up to 256 of them wait at the front; counting
   * them again from the start at every push made a full buffer cost ~128 comparisons a reading.
   */
  private expired = 0;
  private keep: number;

  constructor(
    /** How far back from its newest reading the buffer keeps; see `LiveEstimates.watch`. */
    keepMs: number,
    private readonly spacingMs = 0,
  ) {
    this.keep = keepMs;
  }

  get keepMs(): number {
    return this.keep;
  }

  set keepMs(ms: number) {
    // A longer window may take back samples counted as expired.
    if (ms > this.keep) this.expired = 0;
    this.keep = ms;
  }

  push(ts: number, value: number): void {
    const last = this.samples[this.samples.length - 1];
    if (last && ts <= last[0]) {
      if (ts < last[0]) this.insert(ts, value);
      return;
    }
    if (last && this.spacingMs > 0 && ts - last[0] < this.spacingMs) return;
    this.samples.push([ts, value]);
    // The window's start only moves forward with appends, so what was expired stays expired.
    const cut = ts - this.keep;
    let drop = this.expired;
    while (drop < this.samples.length && this.samples[drop]![0] < cut) drop++;
    if (drop > 256 || drop > this.samples.length / 2) {
      this.samples.splice(0, drop);
      drop = 0;
    }
    this.expired = drop;
  }

  /** Late data (an edge draining its outbox out of order) goes in its place. */
  private insert(ts: number, value: number): void {
    let i = this.samples.length - 1;
    while (i >= 0 && this.samples[i]![0] > ts) i--;
    if (i >= 0 && this.samples[i]![0] === ts) return;
    this.samples.splice(i + 1, 0, [ts, value]);
    // Put before an expired sample, it is older than the window too; put right after the
    // expired ones, it is judged by the next push.
    if (i + 1 < this.expired) this.expired++;
  }
}

const minutesBetween = (from: number, to: number | null) =>
  to === null || !Number.isFinite(to) ? null : Math.max(0, Math.round((to - from) / 60_000));

/**
 * Arrival times are slow quantities; one refit's jump is noise. The answer is the median of the
 * arrival, band ends included, estimated over the last 10 minutes of data (about 5 minutes of
 * lag on a real change). A non-ok answer resets it: a stall or a pulled probe starts afresh.
 */
class EtaSmoother {
  private past: { ts: number; eta: number; low: number; high: number }[] = [];

  constructor(private readonly windowMs: number) {}

  smooth(e: ChannelEstimate): ChannelEstimate {
    if (
      e.status !== 'ok' ||
      e.as_of === null ||
      e.eta === null ||
      e.low === null ||
      e.high === null
    ) {
      this.past = [];
      return e;
    }
    const asOf = e.as_of;
    this.past = this.past.filter((p) => p.ts > asOf - this.windowMs && p.ts < asOf);
    this.past.push({ ts: asOf, eta: e.eta, low: e.low, high: e.high });
    const mid = (v: number[]) => {
      const x = [...v].sort((a, b) => a - b);
      const m = x.length >> 1;
      return x.length % 2 ? x[m]! : (x[m - 1]! + x[m]!) / 2;
    };
    const eta = Math.max(asOf, Math.round(mid(this.past.map((p) => p.eta))));
    const low = Math.max(asOf, Math.min(eta, Math.round(mid(this.past.map((p) => p.low)))));
    const high = Math.max(eta, Math.round(mid(this.past.map((p) => p.high))));
    return {
      ...e,
      eta,
      low,
      high,
      minutes_remaining: minutesBetween(asOf, eta),
      low_minutes: minutesBetween(asOf, low),
      high_minutes: minutesBetween(asOf, high),
    };
  }
}

/**
 * The last guard of the promise consumers rely on (alert rules, the countdown event, Home
 * Assistant's sensor): an `ok` estimate has finite times. Anything else is unknown, not a
 * silent NaN that every comparison downstream would let through.
 */
function soundEstimate(e: ChannelEstimate): ChannelEstimate {
  if (e.status !== 'ok') return e;
  const times = [e.eta, e.low, e.high, e.minutes_remaining, e.low_minutes, e.high_minutes];
  if (times.every((v) => v !== null && Number.isFinite(v))) return e;
  return {
    ...e,
    status: 'unknown',
    reason: 'fit_poor',
    eta: null,
    low: null,
    high: null,
    minutes_remaining: null,
    low_minutes: null,
    high_minutes: null,
  };
}

/** A stall as the API reports it. */
const stallOf = (s: { since: number; endedAt: number | null }, asOf: number) => ({
  since: s.since,
  ended_at: s.endedAt,
  duration_s: Math.round(((s.endedAt ?? asOf) - s.since) / 1000),
});

/** A channel estimate with the time to target filled in. */
function withEta(base: ChannelEstimate, e: Eta, asOf: number): ChannelEstimate {
  const w = e.parts?.trendWeight;
  return {
    ...base,
    status: e.status,
    reason: e.reason,
    value: e.value,
    eta: e.etaTs,
    low: e.lowTs,
    high: e.highTs,
    pit: e.pit,
    minutes_remaining: minutesBetween(asOf, e.etaTs),
    low_minutes: minutesBetween(asOf, e.lowTs),
    high_minutes: minutesBetween(asOf, e.highTs),
    method: e.method ?? null,
    caveats: e.caveats ?? [],
    trend_weight: w === null || w === undefined ? null : Math.round(w * 100) / 100,
    phase: e.status === 'reached' ? 'reached' : base.phase,
    pit_changed_at: e.pitChangedAt ?? null,
  };
}

/**
 * Estimates of the running sessions from buffered readings: time to target and stall per heated
 * probe of a cook (against the session's pit channel), fermentation per gravity channel of a brew.
 * Stall trackers keep state between calls, so `estimate` is meant to be called as data arrives.
 */
export class Estimator {
  private readonly stalls = new Map<string, StallTracker>();
  private readonly recent = new Map<string, EtaSmoother>();
  private readonly tracks = new Map<string, MethodTrack[]>();

  constructor(
    private readonly buffer: (seriesId: number) => Sample[],
    private readonly meta: (seriesId: number) => SeriesMeta | null,
    private readonly opts: EstimatorOptions = DEFAULT_ESTIMATOR_OPTIONS,
  ) {}

  estimate(s: Session): SessionEstimates {
    const out: SessionEstimates = {
      session_id: s.id,
      kind: s.kind,
      as_of: null,
      channels: [],
      brew: [],
    };
    const pitCh = s.channels.find((c) => c.role === 'pit');
    const pit = pitCh ? this.buffer(pitCh.series_id) : [];
    const setpoint = pitCh?.target ?? null;
    for (const c of s.channels) {
      const m = this.meta(c.series_id);
      if (!m) continue;
      const label = c.label ?? m.name;
      if (c.role === 'gravity' || m.kind === 'gravity') {
        const f = fermentation(this.buffer(c.series_id), s.og);
        out.brew.push({
          series_id: c.series_id,
          label,
          gravity: f.gravity,
          og: f.og,
          attenuation: f.attenuation,
          abv: f.abv,
          trend_per_day: f.trendPerDay,
          change_over_window: f.changeOverWindow,
          finished: f.finished,
          as_of: f.asOf,
        });
        out.as_of = Math.max(out.as_of ?? 0, f.asOf ?? 0) || out.as_of;
      } else if (c.role === 'meat') {
        const e = this.cookChannel(s.id, c, label, m, pit, setpoint);
        out.channels.push(e);
        out.as_of = Math.max(out.as_of ?? 0, e.as_of ?? 0) || out.as_of;
      }
    }
    return out;
  }

  /** Drops the trackers of a session (ended or deleted). */
  forget(sessionId: string): void {
    for (const key of [...this.stalls.keys()])
      if (key.startsWith(`${sessionId}:`)) this.stalls.delete(key);
    for (const key of [...this.recent.keys()])
      if (key.startsWith(`${sessionId}:`)) this.recent.delete(key);
    for (const key of [...this.tracks.keys()])
      if (key.startsWith(`${sessionId}:`)) this.tracks.delete(key);
  }

  /** A probe's recent per-method answers, pruned to the instability window (data time). */
  private track(key: string, asOf: number): MethodTrack[] {
    const keep = asOf - this.opts.eta.instabilityMs;
    const t = (this.tracks.get(key) ?? []).filter((m) => m.ts >= keep && m.ts < asOf);
    this.tracks.set(key, t);
    return t;
  }

  private cookChannel(
    sessionId: string,
    c: SessionChannel,
    label: string,
    m: SeriesMeta,
    pitAll: Sample[],
    setpoint: number | null,
  ): ChannelEstimate {
    const meat = this.buffer(c.series_id);
    const pit = pitInCooker(pitAll, meat);
    const key = `${sessionId}:${c.series_id}`;
    let tracker = this.stalls.get(key);
    if (!tracker) this.stalls.set(key, (tracker = new StallTracker()));
    const st = tracker.update(meat, pit);
    const last = meat[meat.length - 1];
    const asOf = last?.[0] ?? null;
    const stall = st.stall && asOf !== null ? stallOf(st.stall, asOf) : null;
    const base: ChannelEstimate = {
      series_id: c.series_id,
      label,
      role: c.role,
      unit: m.unit,
      target: c.target ?? null,
      value: last?.[1] ?? null,
      status: 'unknown',
      reason: 'no_target',
      eta: null,
      low: null,
      high: null,
      minutes_remaining: null,
      low_minutes: null,
      high_minutes: null,
      pit: null,
      rate_per_h: st.ratePerH === null ? null : Math.round(st.ratePerH * 100) / 100,
      stall,
      as_of: asOf,
      method: null,
      caveats: [],
      phase: st.stalled ? 'stall' : st.stall ? 'after_stall' : asOf === null ? null : 'heating',
      wrapped_at: st.wrappedAt ?? null,
      pit_changed_at: null,
    };
    if (c.target === null || c.target === undefined || asOf === null) return base;
    const history = this.track(key, asOf);
    const e = estimateEta(meat, pit, c.target, this.opts.eta, {
      setpoint,
      stall: st.stall,
      k0: st.k ?? null,
      wrappedAt: st.wrappedAt ?? null,
      history,
    });
    if (e.parts) history.push({ ts: asOf, model: e.parts.model, trend: e.parts.trend });
    const out = withEta(base, e, asOf);
    let smoother = this.recent.get(key);
    if (!smoother) this.recent.set(key, (smoother = new EtaSmoother(this.opts.smoothMs)));
    return soundEstimate(smoother.smooth(out));
  }
}
