/** A timestamped value: `[ts (UTC epoch ms), value]`, only readings judged ok. */
export type Sample = readonly [number, number];

/** Ordinary least squares of `y = intercept + slope · x`, with a slope error that survives correlated noise. */
export interface LinearFit {
  slope: number;
  intercept: number;
  /** Standard error of the slope, inflated for serially correlated residuals (see `linearFit`). */
  seSlope: number;
  n: number;
  /** Effective number of independent points, n·(1 − ρ)/(1 + ρ). */
  nEff: number;
  /** Lag-1 autocorrelation of the residuals. */
  rho: number;
  r2: number;
}

/**
 * Fits a straight line by ordinary least squares. The textbook slope error assumes independent
 * residuals; probe readings 5 s apart are not (sensor smoothing, and any curvature the line
 * cannot follow shows up as long runs of same-sign residuals). So the error is inflated by
 * √(n/nEff) with nEff = n·(1 − ρ)/(1 + ρ), ρ the lag-1 residual autocorrelation (the AR(1)
 * effective sample size). A poor model therefore widens the band instead of hiding.
 * Returns null with fewer than 3 points or no spread in x.
 */
export function linearFit(xs: ArrayLike<number>, ys: ArrayLike<number>): LinearFit | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx <= 0) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let rss = 0;
  let lag = 0;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const r = ys[i]! - intercept - slope * xs[i]!;
    rss += r * r;
    if (i > 0) lag += r * prev;
    prev = r;
  }
  const rho = rss > 0 ? Math.max(0, Math.min(0.99, lag / rss)) : 0;
  const nEff = Math.max(3, (n * (1 - rho)) / (1 + rho));
  const se = Math.sqrt(rss / (n - 2) / sxx);
  return {
    slope,
    intercept,
    seSlope: se * Math.sqrt(n / nEff),
    n,
    nEff,
    rho,
    r2: syy > 0 ? 1 - rss / syy : 1,
  };
}

/** Median of a list (copy sorted); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The samples with `ts` in [from, to], assuming `samples` sorted by ts. */
export function between(
  samples: readonly Sample[],
  from: number,
  to = Number.POSITIVE_INFINITY,
): Sample[] {
  let lo = 0;
  let hi = samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (samples[mid]![0] < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Sample[] = [];
  for (let i = lo; i < samples.length && samples[i]![0] <= to; i++) out.push(samples[i]!);
  return out;
}

/** Value of a sorted series at `ts`, linearly interpolated, clamped to its ends; NaN when empty. */
export function interpolate(samples: readonly Sample[], ts: number): number {
  if (samples.length === 0) return Number.NaN;
  if (ts <= samples[0]![0]) return samples[0]![1];
  const last = samples[samples.length - 1]!;
  if (ts >= last[0]) return last[1];
  let lo = 0;
  let hi = samples.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (samples[mid]![0] <= ts) lo = mid;
    else hi = mid;
  }
  const [t0, v0] = samples[lo]!;
  const [t1, v1] = samples[hi]!;
  return t1 === t0 ? v1 : v0 + ((v1 - v0) * (ts - t0)) / (t1 - t0);
}
