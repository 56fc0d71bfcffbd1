import { between, linearFit, type Sample } from '../intel/fit.js';
import type { AlertRule } from '@brewpit/protocol';
import { defaultHysteresis } from './rules.js';

/** What an episode did on an update. */
export type Transition = 'raise' | 'clear' | null;

/**
 * One limit on one value, with hysteresis and a minimum duration: the condition (value above,
 * or below, the limit) must hold continuously for `minDurationMs` of data time to raise; once
 * raised, the value must come back past the limit by `hysteresis` to clear. So a noisy signal
 * hovering around the limit raises once per episode, never a storm.
 */
export class ThresholdEpisode {
  private pendingSince: number | null = null;

  constructor(
    readonly direction: 'above' | 'below',
    readonly limit: number,
    readonly hysteresis: number,
    readonly minDurationMs: number,
  ) {}

  update(ts: number, value: number, active: boolean): Transition {
    const beyond = this.direction === 'above' ? value > this.limit : value < this.limit;
    if (active) {
      const back =
        this.direction === 'above'
          ? value < this.limit - this.hysteresis
          : value > this.limit + this.hysteresis;
      return back ? 'clear' : null;
    }
    if (!beyond) {
      this.pendingSince = null;
      return null;
    }
    this.pendingSince ??= ts;
    if (ts - this.pendingSince >= this.minDurationMs) {
      this.pendingSince = null;
      return 'raise';
    }
    return null;
  }
}

/** Lead times the hub announces before a probe reaches its target: every 5 minutes up to 4 h. */
const LEAD_STEP_MIN = 5;
const LEAD_MAX_MIN = 240;

/**
 * The countdown of one probe: emits a lead time (a multiple of 5 minutes) each time the estimate
 * crosses a new, lower one, with the previous lead, so an automation with "N minutes" fires
 * exactly once per cook when `lead ≤ N < previous` — whatever N is, whether the estimate first
 * appeared above N or below it. An estimate that wobbles back up emits nothing.
 */
export class LeadLadder {
  private last = Number.POSITIVE_INFINITY;
  private target: number | null = null;

  /** Returns `[lead, previous]` to announce, or null. `previous` is null on the first announcement. */
  update(minutesRemaining: number, target: number): [number, number | null] | null {
    if (this.target !== target) {
      this.target = target;
      this.last = Number.POSITIVE_INFINITY;
    }
    const lead = Math.max(
      LEAD_STEP_MIN,
      Math.ceil(minutesRemaining / LEAD_STEP_MIN) * LEAD_STEP_MIN,
    );
    if (lead > LEAD_MAX_MIN || lead >= this.last) return null;
    const prev = Number.isFinite(this.last) ? this.last : null;
    this.last = lead;
    return [lead, prev];
  }
}

/**
 * The threshold episode of an above/below/low-battery/target-reached rule, reusing `prev` when
 * still valid. A target is reached from the side the probe starts on: a cook heats up to it, a
 * wort cools down to it; reaching counts at the target itself, hence a limit a hair short of it.
 */
export function thresholdFor(
  rule: AlertRule,
  target: number | null,
  seriesKind: string,
  value: number,
  prev: ThresholdEpisode | undefined,
): ThresholdEpisode | null {
  const p = rule.params;
  const hyst = p.hysteresis ?? defaultHysteresis(seriesKind);
  const minMs = (p.min_duration_s ?? 0) * 1000;
  if (rule.kind === 'target_reached') {
    if (target === null) return null;
    const rising = prev ? prev.direction === 'above' : value < target;
    const limit = rising ? target - 1e-9 : target + 1e-9;
    if (prev && prev.limit === limit) return prev;
    return new ThresholdEpisode(rising ? 'above' : 'below', limit, hyst * 2, minMs);
  }
  if (prev) return prev;
  if (rule.kind === 'low_battery')
    return new ThresholdEpisode('below', p.threshold ?? 15, p.hysteresis ?? 5, minMs);
  return new ThresholdEpisode(rule.kind === 'above' ? 'above' : 'below', p.threshold!, hyst, minMs);
}

/** Slope of the readings over the last `windowMinutes`, in units per minute (null: too few). */
export function rateOfChange(samples: readonly Sample[], windowMinutes: number): number | null {
  const last = samples[samples.length - 1];
  if (!last) return null;
  const w = between(samples, last[0] - windowMinutes * 60_000);
  if (w.length < 5) return null;
  const fit = linearFit(
    w.map((x) => (x[0] - last[0]) / 60_000),
    w.map((x) => x[1]),
  );
  return fit ? fit.slope : null;
}
