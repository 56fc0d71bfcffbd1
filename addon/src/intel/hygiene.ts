import type { ReadingStatus } from '@brewpit/protocol';

/** Limits of one channel kind for the hub's own checks. */
export interface HygieneLimits {
  /** Physically possible range; outside it a value is `implausible` (an Inkbird's 6553.5 °C). */
  plausible: readonly [number, number];
  /** A jump larger than this from the last good value, not confirmed by the next one, is a `spike`. */
  maxStep: number;
  /** Bit-identical values for this long (and `frozenSamples` readings) are `frozen`; null: never (a hydrometer may sit still for days). */
  frozenMs: number | null;
  frozenSamples: number;
}

/** Limits by channel kind; kinds not listed get only the unplugged (null) check. */
export const HYGIENE_LIMITS: Readonly<Record<string, HygieneLimits>> = {
  // A probe in a pit can move 10 °C in one 5 s sample when the lid opens; 40 °C cannot.
  temperature: { plausible: [-40, 500], maxStep: 40, frozenMs: 30 * 60_000, frozenSamples: 60 },
  gravity: { plausible: [0.98, 1.2], maxStep: 0.02, frozenMs: null, frozenSamples: 0 },
  battery: { plausible: [0, 100], maxStep: 50, frozenMs: null, frozenSamples: 0 },
  humidity: { plausible: [0, 100], maxStep: 40, frozenMs: null, frozenSamples: 0 },
};

/**
 * The hub's second look at one channel's readings, in time order, before estimates and alerts
 * use them. The edge judges its own probes, but third-party hydrometers (iSpindel, Tilt,
 * Brewfather streams) and older edges do not; and one bad value reaching an alert rule means a
 * false "pit on fire" on someone's phone. Same rules as the edge: unplugged (no value) →
 * `unavailable`; outside the plausible range → `implausible`; an unconfirmed jump → `spike`
 * (a confirmed one is a real change, ok from its second sample); a jittering sensor repeating
 * the exact same value for long → `frozen`. A status already set upstream is kept.
 */
export class ChannelHygiene {
  private lastGood: number | undefined;
  private pendingJump: number | undefined;
  private sameSince: number | undefined;
  private sameCount = 0;
  private previous: number | undefined;

  constructor(private readonly limits: HygieneLimits | undefined) {}

  judge(ts: number, value: number | null, upstream: string = 'ok'): ReadingStatus {
    if (value === null || !Number.isFinite(value)) {
      this.lastGood = this.pendingJump = this.previous = this.sameSince = undefined;
      this.sameCount = 0;
      return 'unavailable';
    }
    if (upstream !== 'ok') return upstream as ReadingStatus;
    const l = this.limits;
    if (!l) return 'ok';
    if (value < l.plausible[0] || value > l.plausible[1]) return 'implausible';
    if (value === this.previous) this.sameCount++;
    else {
      this.sameCount = 1;
      this.sameSince = ts;
    }
    this.previous = value;
    if (this.lastGood !== undefined && Math.abs(value - this.lastGood) > l.maxStep) {
      const confirmed =
        this.pendingJump !== undefined && Math.abs(value - this.pendingJump) <= l.maxStep;
      if (!confirmed) {
        this.pendingJump = value;
        return 'spike';
      }
    }
    this.pendingJump = undefined;
    this.lastGood = value;
    if (
      l.frozenMs !== null &&
      this.sameCount >= l.frozenSamples &&
      ts - (this.sameSince ?? ts) >= l.frozenMs
    )
      return 'frozen';
    return 'ok';
  }
}
