import { fitNewton } from './eta.js';
import { between, interpolate, linearFit, median, type Sample } from './fit.js';

/** Tuning of stall detection. */
export interface StallOptions {
  /** Trailing window the rate of rise is fitted on. */
  slopeWindowMs: number;
  /** Below this rate (°C/h) the meat is plateauing. */
  stallRatePerH: number;
  /** Above this rate, held for `confirmMs`, the stall is over. */
  resumeRatePerH: number;
  /** Stalls happen in this meat temperature band (evaporative cooling of a large cut). */
  band: readonly [number, number];
  /** The pit must be at least this much hotter than the meat: a plateau in a cold cooker is no stall. */
  minPitExcess: number;
  /** A plateau must last this long before it is called a stall. */
  confirmMs: number;
  /** Newton coefficient (per hour) assumed until one is fitted below the band. */
  defaultK: number;
}

export const DEFAULT_STALL_OPTIONS: StallOptions = {
  slopeWindowMs: 10 * 60_000,
  stallRatePerH: 2,
  resumeRatePerH: 3,
  band: [55, 85],
  minPitExcess: 20,
  confirmMs: 4 * 60_000,
  defaultK: 0.15,
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
}

/**
 * Detects the stall of one meat probe from its readings, fed as they arrive. The rate of rise is
 * the slope of a line fitted to the trailing window; a plateau is a rate under `stallRatePerH`
 * while the meat sits in the stall band and the pit is clearly hotter (so Newton's law says it
 * should be heating). The slope of a trailing window describes its middle, so the start of a
 * plateau is dated half a window before the first update that saw it; the stall is declared
 * once the plateau has held for `confirmMs` (expected latency ≈ half a window + confirm).
 */
export class StallTracker {
  private candidateSince: number | null = null;
  private resumeSince: number | null = null;
  private current: Stall | null = null;
  private lastUpdate = -Infinity;
  private k: number;

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
    const t = last[1];
    if (t < this.opts.band[0] - 5) this.learnK(meat, pit);
    const rate = this.rate(meat, pit, now);
    if (rate === null) return this.state(null);
    const { band, stallRatePerH, resumeRatePerH, confirmMs, minPitExcess, slopeWindowMs } =
      this.opts;
    const pitNow = median(between(pit, now - slopeWindowMs).map((s) => s[1]));
    const stalled = this.current !== null && this.current.endedAt === null;
    if (stalled) {
      const over = t > band[1] || rate > resumeRatePerH;
      this.resumeSince = over ? (this.resumeSince ?? now) : null;
      if (t > band[1] || (this.resumeSince !== null && now - this.resumeSince >= confirmMs)) {
        this.current = { ...this.current!, endedAt: this.resumeSince ?? now };
        this.resumeSince = null;
      }
      return this.state(rate);
    }
    // Hysteresis: a candidate plateau survives a noisy rate up to resumeRatePerH; only a new one
    // needs the rate under stallRatePerH.
    const limit = this.candidateSince === null ? stallRatePerH : resumeRatePerH;
    const plateau =
      t >= band[0] &&
      t <= band[1] &&
      rate < limit &&
      Number.isFinite(pitNow) &&
      pitNow - t >= minPitExcess;
    if (!plateau) {
      this.candidateSince = null;
      return this.state(rate);
    }
    this.candidateSince ??= now - slopeWindowMs / 2;
    if (now - this.candidateSince >= confirmMs + slopeWindowMs / 2) {
      this.current = { since: this.candidateSince, endedAt: null };
      this.candidateSince = null;
    }
    return this.state(rate);
  }

  /** Forgets everything (a new cook on the same probe). */
  reset(): void {
    this.candidateSince = null;
    this.resumeSince = null;
    this.current = null;
    this.lastUpdate = -Infinity;
  }

  /** Learns the probe's Newton coefficient while it is still below the band (no evaporation yet). */
  private learnK(meat: readonly Sample[], pit: readonly Sample[]): void {
    const now = meat[meat.length - 1]![0];
    const fit = fitNewton(between(meat, now - 40 * 60_000), pit);
    if (fit && fit.k > 0 && fit.se < fit.k / 4) this.k = fit.k;
  }

  /**
   * Rate of rise the meat would show under a steady pit, °C/h. A lid opening drops the pit for
   * minutes and the meat with it, which a plain slope would read as a plateau. By Newton's law the
   * pit's deviation from its steady level P̄ (30-min median) moves the meat by k·∫(P − P̄)dt; subtracting that from the
   * readings leaves the steady-pit curve, whose fitted slope is the rate.
   */
  private rate(meat: readonly Sample[], pit: readonly Sample[], now: number): number | null {
    const w = between(meat, now - this.opts.slopeWindowMs);
    if (w.length < 8 || now - w[0]![0] < this.opts.slopeWindowMs * 0.6) return null;
    const pw = between(pit, w[0]![0] - 60_000);
    // The reference must be the steady pit: over the short window a dip and its recovery could
    // drag a median down and tilt the corrected curve by k·ΔP.
    const pMed = median(between(pit, now - 30 * 60_000).map((s) => s[1]));
    const xs: number[] = [];
    const ys: number[] = [];
    let dev = 0;
    for (let i = 0; i < w.length; i++) {
      const [ts, v] = w[i]!;
      if (i > 0 && pw.length > 0) {
        const prev = w[i - 1]![0];
        dev +=
          ((interpolate(pw, prev) + interpolate(pw, ts)) / 2 - pMed) * ((ts - prev) / 3_600_000);
      }
      xs.push((ts - now) / 3_600_000);
      ys.push(v - this.k * dev);
    }
    const fit = linearFit(xs, ys);
    return fit ? fit.slope : null;
  }

  private state(rate: number | null): StallState {
    return {
      stalled: this.current !== null && this.current.endedAt === null,
      stall: this.current ? { ...this.current } : null,
      ratePerH: rate,
    };
  }
}
