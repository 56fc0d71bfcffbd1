import { fitNewton } from './newton.js';
import { between, interpolate, linearFit, median, type Sample } from './fit.js';

/** Tuning of stall detection. */
export interface StallOptions {
  /** Trailing window the rate of rise is fitted on. */
  slopeWindowMs: number;
  /** Below this rate (°C/h) the meat is plateauing: 0.1 °C/min, the visible stall of real cooks. */
  stallRatePerH: number;
  /** The stall is over once the rate exceeds this, and twice the plateau's own creep, for `resumeMs`. */
  resumeRatePerH: number;
  resumeMs: number;
  /** Stalls happen in this meat temperature band (evaporative cooling of a large cut). */
  band: readonly [number, number];
  /** With a pit probe, it must be this much hotter than the meat: a plateau in a cold cooker is no stall. */
  minPitExcess: number;
  /** A plateau must last this long (beyond the slope window) before it is called a stall. */
  confirmMs: number;
  /** Newton coefficient (per hour) assumed until one is fitted below the band. */
  defaultK: number;
  /** A drop of the meat this large within `wrapDipMs`, recovered within `wrapRecoverMs`, while in or after a stall, is a wrap. */
  wrapDipC: number;
  wrapDipMs: number;
  wrapRecoverMs: number;
}

export const DEFAULT_STALL_OPTIONS: StallOptions = {
  slopeWindowMs: 15 * 60_000,
  stallRatePerH: 6,
  resumeRatePerH: 4,
  resumeMs: 10 * 60_000,
  band: [58, 85],
  minPitExcess: 20,
  confirmMs: 2 * 60_000,
  defaultK: 0.2,
  wrapDipC: 2,
  wrapDipMs: 10 * 60_000,
  wrapRecoverMs: 40 * 60_000,
};

/** A stall as reported: when it began and, once over, when it ended. */
export interface Stall {
  since: number;
  endedAt: number | null;
}

/** What the tracker says after an update. */
export interface StallState {
  stalled: boolean;
  /** The current or last stall of this probe. */
  stall: Stall | null;
  /** Rate of rise over the trailing window, °C/h (null without enough data). */
  ratePerH: number | null;
  /** Newton coefficient learned below the stall band (per hour), or the default. */
  k?: number;
  /** When the meat was last seen wrapped (a dip and recovery in or after the stall). */
  wrappedAt?: number | null;
}

/**
 * Detects the stall of one meat probe from its readings, fed as they arrive. The rate of rise is
 * the slope of a line fitted to the trailing window, corrected for pit dips (lid openings); a
 * plateau is a rate under `stallRatePerH` while the meat sits in the stall band and, when there
 * is a pit probe, the pit is clearly hotter. Real stalls creep at 2–5 °C/h rather than
 * standing still, so the threshold is the visible one (0.1 °C/min). The slope of a trailing
 * window describes its middle, so a plateau is dated back to the window's start once the
 * window's rate is under the threshold, and declared after `confirmMs` more (latency ≈ a
 * window + confirm after the plateau set in). It ends when the rate climbs past twice the
 * plateau's own median creep (and `resumeRatePerH`) for `resumeMs`, or the meat leaves the
 * band. A wrap shows as a short dip of the meat (out of the smoker, foiled, back in) that
 * recovers; it is reported as `wrappedAt` and ends a running stall.
 */
export class StallTracker {
  private candidateSince: number | null = null;
  private resumeSince: number | null = null;
  private current: Stall | null = null;
  private plateauRates: number[] = [];
  private lastUpdate = -Infinity;
  private k: number;
  private wrappedAt: number | null = null;

  constructor(private readonly opts: StallOptions = DEFAULT_STALL_OPTIONS) {
    this.k = opts.defaultK;
  }

  /** Re-evaluates with the data up to the newest meat reading. */
  update(meat: readonly Sample[], pit: readonly Sample[]): StallState {
    const last = meat[meat.length - 1];
    if (!last) return this.state(null);
    const now = last[0];
    if (now <= this.lastUpdate) return this.state(null);
    this.lastUpdate = now;
    const t = median(meat.slice(-3).map((s) => s[1]));
    if (t < this.opts.band[0] - 5) this.learnK(meat, pit);
    this.detectWrap(meat, now);
    const rate = this.rate(meat, pit, now);
    if (rate === null) return this.state(null);
    if (this.current !== null && this.current.endedAt === null) this.whileStalled(t, rate, now);
    else this.watch(t, rate, now, pit);
    return this.state(rate);
  }

  /** Forgets everything (a new cook on the same probe). */
  reset(): void {
    this.candidateSince = null;
    this.resumeSince = null;
    this.current = null;
    this.plateauRates = [];
    this.lastUpdate = -Infinity;
    this.wrappedAt = null;
  }

  private whileStalled(t: number, rate: number, now: number): void {
    const { band, resumeRatePerH, resumeMs } = this.opts;
    const creep = this.plateauRates.length > 0 ? median(this.plateauRates) : 0;
    const over = rate > Math.max(resumeRatePerH, 2 * creep);
    if (!over && this.plateauRates.length < 240) this.plateauRates.push(rate);
    this.resumeSince = over ? (this.resumeSince ?? now) : null;
    const wrapped = this.wrappedAt !== null && this.wrappedAt > this.current!.since;
    if (
      t > band[1] ||
      wrapped ||
      (this.resumeSince !== null && now - this.resumeSince >= resumeMs)
    ) {
      const end = wrapped ? this.wrappedAt! : (this.resumeSince ?? now);
      this.current = { ...this.current!, endedAt: end };
      this.resumeSince = null;
    }
  }

  private watch(t: number, rate: number, now: number, pit: readonly Sample[]): void {
    const { band, stallRatePerH, confirmMs, minPitExcess, slopeWindowMs } = this.opts;
    // A stall comes once per cook; after one ended (or a wrap) the cut no longer plateaus.
    if (this.current !== null || this.wrappedAt !== null) return;
    const pitNow = median(between(pit, now - slopeWindowMs).map((s) => s[1]));
    const hot = pit.length === 0 || !Number.isFinite(pitNow) || pitNow - t >= minPitExcess;
    const plateau = t >= band[0] && t <= band[1] && rate < stallRatePerH && hot;
    if (!plateau) {
      this.candidateSince = null;
      return;
    }
    this.candidateSince ??= now - slopeWindowMs;
    if (now - this.candidateSince >= confirmMs + slopeWindowMs) {
      this.current = { since: this.candidateSince, endedAt: null };
      this.plateauRates = [rate];
      this.candidateSince = null;
    }
  }

  /** A dip of the meat and its recovery, once a stall has begun: the cut was taken out and wrapped. */
  private detectWrap(meat: readonly Sample[], now: number): void {
    const { wrapDipC, wrapDipMs, wrapRecoverMs } = this.opts;
    if (this.current === null) return;
    const w = between(meat, now - wrapRecoverMs);
    if (w.length < 6) return;
    let peak = -Infinity;
    let peakTs = 0;
    for (const [ts, v] of w) {
      if (v > peak) [peak, peakTs] = [v, ts];
      if (peak - v >= wrapDipC && ts - peakTs <= wrapDipMs && ts > (this.wrappedAt ?? -Infinity)) {
        const back = w.find(([bts, bv]) => bts > ts && bv >= peak);
        if (back && peakTs > this.current.since) this.wrappedAt = peakTs;
        return;
      }
    }
  }

  /** Learns the probe's Newton coefficient while it is still below the band (no evaporation yet). */
  private learnK(meat: readonly Sample[], pit: readonly Sample[]): void {
    const now = meat[meat.length - 1]![0];
    const fit = fitNewton(between(meat, now - 40 * 60_000), pit);
    if (fit && fit.k > 0 && fit.se < fit.k / 4) this.k = fit.k;
  }

  /**
   * Rate of rise the meat would show under a steady pit, °C/h. A lid opening drops the pit for
   * minutes and the meat with it, which a plain slope would read as a plateau. By Newton's law
   * the pit's deviation from its steady level P̄ (30-min median) moves the meat by
   * k·∫(P − P̄)dt; subtracting that from the readings leaves the steady-pit curve, whose fitted
   * slope is the rate.
   */
  private rate(meat: readonly Sample[], pit: readonly Sample[], now: number): number | null {
    const w = between(meat, now - this.opts.slopeWindowMs);
    if (w.length < 6 || now - w[0]![0] < this.opts.slopeWindowMs * 0.6) return null;
    const pw = between(pit, w[0]![0] - 60_000, now);
    const pMed = median(between(pit, now - 30 * 60_000, now).map((s) => s[1]));
    const correct = pw.length > 0 && Number.isFinite(pMed);
    const xs: number[] = [];
    const ys: number[] = [];
    let dev = 0;
    for (let i = 0; i < w.length; i++) {
      const [ts, v] = w[i]!;
      if (i > 0 && correct) {
        const prev = w[i - 1]![0];
        dev +=
          ((interpolate(pw, prev) + interpolate(pw, ts)) / 2 - pMed) * ((ts - prev) / 3_600_000);
      }
      xs.push((ts - now) / 3_600_000);
      ys.push(v - this.k * dev);
    }
    const fit = linearFit(xs, ys);
    return fit && Number.isFinite(fit.slope) ? fit.slope : null;
  }

  private state(rate: number | null): StallState {
    return {
      stalled: this.current !== null && this.current.endedAt === null,
      stall: this.current ? { ...this.current } : null,
      ratePerH: rate,
      k: this.k,
      wrappedAt: this.wrappedAt,
    };
  }
}
