import { between, linearFit, median, type Sample } from './fit.js';

/** Tuning of the fermentation estimate. */
export interface FermentOptions {
  /** Gravity is stable when it changed less than `stableDelta` over `stableWindowMs`. */
  stableWindowMs: number;
  stableDelta: number;
  /** Window of the trend (gravity points per day). */
  trendWindowMs: number;
  /** Gravity must have fallen at least this much from OG before "finished" means anything (not a stuck start). */
  minDrop: number;
}

export const DEFAULT_FERMENT_OPTIONS: FermentOptions = {
  stableWindowMs: 48 * 3_600_000,
  stableDelta: 0.001,
  trendWindowMs: 12 * 3_600_000,
  minDrop: 0.005,
};

/** State of a fermentation as of the newest gravity reading. */
export interface Fermentation {
  asOf: number | null;
  /** Current gravity (median of the last hour, SG), null without data. */
  gravity: number | null;
  og: number | null;
  /** SG per day over the trend window (negative while fermenting). */
  trendPerDay: number | null;
  /** Apparent attenuation, % ((OG − SG)/(OG − 1)); null until OG is known. */
  attenuation: number | null;
  /** ABV %, (OG − SG) × 131.25; null until OG is known. */
  abv: number | null;
  /** Fitted change over the stability window (SG), null until the window is covered. */
  changeOverWindow: number | null;
  finished: boolean;
}

const DAY = 86_400_000;
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/**
 * Gravity trend, attenuation, ABV and whether fermentation is finished. "Finished" needs the
 * data to cover the whole stability window and the change over it, taken from a straight-line
 * fit (slope × window: a hydrometer's noise of ±0.0002 and a Tilt's 0.001 steps average out,
 * where the difference of two readings would not), to be under `stableDelta`; and the gravity
 * to be clearly below OG (OG is the session's, else the highest early reading), so a
 * fermentation that never started is not called finished.
 */
export function fermentation(
  points: readonly Sample[],
  og: number | null,
  opts: FermentOptions = DEFAULT_FERMENT_OPTIONS,
): Fermentation {
  const last = points[points.length - 1];
  const out: Fermentation = {
    asOf: last?.[0] ?? null,
    gravity: null,
    og,
    trendPerDay: null,
    attenuation: null,
    abv: null,
    changeOverWindow: null,
    finished: false,
  };
  if (!last) return out;
  const now = last[0];
  const sg = median(between(points, now - 3_600_000).map((s) => s[1]));
  out.gravity = round(sg, 4);
  const trend = between(points, now - opts.trendWindowMs);
  const tf =
    trend.length >= 3 && now - trend[0]![0] >= opts.trendWindowMs / 4
      ? linearFit(
          trend.map((s) => (s[0] - now) / DAY),
          trend.map((s) => s[1]),
        )
      : null;
  out.trendPerDay = tf ? round(tf.slope, 5) : null;
  if (og !== null && og > 1) {
    out.attenuation = round(((og - sg) / (og - 1)) * 100, 1);
    out.abv = round((og - sg) * 131.25, 2);
  }
  const covered = points[0]![0] <= now - opts.stableWindowMs + opts.stableWindowMs / 48;
  if (!covered) return out;
  const win = between(points, now - opts.stableWindowMs);
  const fit = linearFit(
    win.map((s) => (s[0] - now) / DAY),
    win.map((s) => s[1]),
  );
  if (!fit) return out;
  out.changeOverWindow = round(Math.abs(fit.slope) * (opts.stableWindowMs / DAY), 5);
  const start =
    og ??
    Math.max(...between(points, points[0]![0], points[0]![0] + 6 * 3_600_000).map((s) => s[1]));
  out.finished = out.changeOverWindow < opts.stableDelta && start - sg >= opts.minDrop;
  return out;
}
