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
const HOUR = 3_600_000;
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/**
 * Gravity trend, attenuation, ABV and whether fermentation is finished (see `finishedNow`: the
 * trend of hourly medians over 36 h projected over the 48-h stability window, the last 12 h flat,
 * and a real drop from OG). `changeOverWindow` is the fitted change over the whole window once
 * the data cover it (the alert engine clears a "finished" alert on it).
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
  const win = between(points, now - opts.stableWindowMs);
  const covered = points[0]![0] <= now - opts.stableWindowMs + opts.stableWindowMs / 48;
  const fit = covered
    ? linearFit(
        win.map((s) => (s[0] - now) / DAY),
        win.map((s) => s[1]),
      )
    : null;
  if (fit) out.changeOverWindow = round(Math.abs(fit.slope) * (opts.stableWindowMs / DAY), 5);
  out.finished = finishedNow(points, now, sg, og, opts);
  return out;
}

/** Hourly medians: a hydrometer's noise and a Tilt's flicker between two 0.001 steps average out. */
function hourlyMedians(points: readonly Sample[]): Sample[] {
  const out: Sample[] = [];
  let bucket: number[] = [];
  let hour = Number.NaN;
  for (const [ts, v] of points) {
    const h = Math.floor(ts / HOUR);
    if (h !== hour && bucket.length > 0) {
      out.push([(hour + 0.5) * HOUR, median(bucket)]);
      bucket = [];
    }
    hour = h;
    bucket.push(v);
  }
  if (bucket.length > 0) out.push([(hour + 0.5) * HOUR, median(bucket)]);
  return out;
}

/**
 * Finished, judged forward: the gravity's trend over the last three quarters of the stability
 * window (a straight line through hourly medians), projected over the whole window, changes it by
 * less than `stableDelta`; the last quarter is flat within 1.5 × `stableDelta`; and the gravity
 * has dropped at least `minDrop` from the start (the session's OG, else the highest early hourly
 * median kept). The 48-h rule waits until the change has already stayed small for 48 h; this
 * one needs 36 h of evidence, and a window that long still sees a single 0.001 step (a Tilt
 * creeping down a last point over a day or more) unless it lies in the window's first hours.
 */
function finishedNow(
  points: readonly Sample[],
  now: number,
  sg: number,
  og: number | null,
  opts: FermentOptions,
): boolean {
  const lookMs = opts.stableWindowMs * 0.75;
  if (points[0]![0] > now - lookMs + HOUR) return false;
  const hours = hourlyMedians(between(points, now - lookMs));
  const fit = linearFit(
    hours.map((s) => (s[0] - now) / DAY),
    hours.map((s) => s[1]),
  );
  if (!fit || Math.abs(fit.slope) * (opts.stableWindowMs / DAY) >= opts.stableDelta) return false;
  const tail = hours.filter((s) => s[0] >= now - opts.stableWindowMs / 4).map((s) => s[1]);
  if (tail.length === 0 || Math.max(...tail) - Math.min(...tail) > 1.5 * opts.stableDelta)
    return false;
  const early = hourlyMedians(between(points, points[0]![0], points[0]![0] + 12 * HOUR));
  const start = og ?? Math.max(...early.map((s) => s[1]));
  return start - sg >= opts.minDrop;
}
