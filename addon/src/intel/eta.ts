import { between, interpolate, linearFit, median, type Sample } from './fit.js';

/** Tuning of the time-to-target estimate. */
export interface EtaOptions {
  /** Sliding window the heating rate is fitted on. */
  windowMs: number;
  /** Least span of data in the window before any estimate is given. */
  minSpanMs: number;
  minPoints: number;
  /**
   * Pit level used for the projection: the time-average over this stretch. The meat integrates
   * the pit linearly, so lid openings (deep dips, ~10 min recovery) count at their real weight;
   * a median or the setpoint would make every estimate early.
   */
  pitWindowMs: number;
  /** Width of the band in standard errors of k (2 ≈ 95 %). */
  z: number;
  /** Longest estimate worth showing; beyond it the answer is "unknown", never "two years". */
  maxHorizonMs: number;
  /**
   * Widest band from the fit of k alone, relative to the estimate, still worth showing. The pit's
   * share of the band is not held against the fit: it shrinks on its own as the target nears.
   */
  maxRelativeBand: number;
  /** The pit must be at least this much hotter than the target for Newton's law to reach it. */
  minPitMargin: number;
}

export const DEFAULT_ETA_OPTIONS: EtaOptions = {
  windowMs: 40 * 60_000,
  minSpanMs: 20 * 60_000,
  minPoints: 30,
  pitWindowMs: 120 * 60_000,
  z: 2,
  maxHorizonMs: 12 * 3_600_000,
  maxRelativeBand: 0.6,
  minPitMargin: 2,
};

/** Why an estimate is unknown. */
export type EtaReason =
  'insufficient_data' | 'no_pit' | 'pit_below_target' | 'no_progress' | 'fit_poor' | 'too_far';

/** Time to target of one probe, as of the newest reading (`asOf`, data time). */
export interface Eta {
  status: 'ok' | 'unknown' | 'reached';
  reason: EtaReason | null;
  asOf: number;
  value: number | null;
  target: number;
  /** Expected arrival (UTC epoch ms) and its band; null unless status is ok (reached: asOf). */
  etaTs: number | null;
  lowTs: number | null;
  highTs: number | null;
  /** Fitted Newton coefficient k (per hour) and its standard error; null without a fit. */
  kPerHour: number | null;
  kSe: number | null;
  /** Pit temperature the projection assumes. */
  pit: number | null;
}

const HOUR = 3_600_000;

/**
 * Fits the Newton coefficient on the window. Model: dT/dt = k·(P(t) − T(t)), P the measured pit.
 * Integrated from the window start w0: T(t) = T(w0) + k·X(t) with X(t) = ∫(P − T) dt (°C·h),
 * so T regressed on X is a straight line of slope k, exact even while the pit wanders (no
 * derivative of noisy data is taken). Uncertainty: the OLS error of k (inflated for correlated
 * residuals, see `linearFit`) plus, in quadrature, half the difference between k fitted on the
 * first and on the second half of the window: a heating rate that is still changing (the stall
 * setting in or ending) widens the band, which is where a plain fit is most over-confident.
 */
export function fitNewton(
  meat: readonly Sample[],
  pit: readonly Sample[],
): { k: number; se: number } | null {
  const xs: number[] = [];
  const ys: number[] = [];
  let x = 0;
  for (let i = 0; i < meat.length; i++) {
    const [ts, t] = meat[i]!;
    if (i > 0) {
      const [pts, pt] = meat[i - 1]!;
      const d0 = interpolate(pit, pts) - pt;
      const d1 = interpolate(pit, ts) - t;
      x += ((d0 + d1) / 2) * ((ts - pts) / HOUR);
    }
    xs.push(x);
    ys.push(t);
  }
  const all = linearFit(xs, ys);
  if (!all) return null;
  const half = Math.floor(xs.length / 2);
  const a = linearFit(xs.slice(0, half), ys.slice(0, half));
  const b = linearFit(xs.slice(half), ys.slice(half));
  const drift = a && b ? (b.slope - a.slope) / 2 : 0;
  return { k: all.slope, se: Math.hypot(all.seSlope, drift) };
}

/**
 * Pit level the meat will see: the time-weighted mean over the window, and the spread of its
 * 10-minute block means (how much a stretch of pit averages differs from the next: lid
 * openings, fuel, wind).
 */
export function pitLevel(
  pit: readonly Sample[],
  from: number,
  to: number,
): { mean: number; blockSd: number } | null {
  const pts = between(pit, from, to);
  if (pts.length < 2) return pts.length === 1 ? { mean: pts[0]![1], blockSd: 0 } : null;
  const block = 10 * 60_000;
  const sums = new Map<number, { area: number; dt: number }>();
  let area = 0;
  let total = 0;
  for (let i = 1; i < pts.length; i++) {
    const [t0, v0] = pts[i - 1]!;
    const [t1, v1] = pts[i]!;
    const a = ((v0 + v1) / 2) * (t1 - t0);
    area += a;
    total += t1 - t0;
    const b = Math.floor((t0 - from) / block);
    const cur = sums.get(b) ?? { area: 0, dt: 0 };
    cur.area += a;
    cur.dt += t1 - t0;
    sums.set(b, cur);
  }
  if (total <= 0) return null;
  const mean = area / total;
  const blocks = [...sums.values()].filter((b) => b.dt > block / 2).map((b) => b.area / b.dt);
  const sd =
    blocks.length > 1
      ? Math.sqrt(blocks.reduce((acc, m) => acc + (m - mean) ** 2, 0) / (blocks.length - 1))
      : 0;
  return { mean, blockSd: sd };
}

/**
 * Time for a probe to reach `target`, by Newton's law of heating toward the pit temperature.
 * With the pit averaging P, T approaches P exponentially: the remaining time from T to target
 * is h = ln((P − T)/(P − target))/k. Uncertainty, combined in quadrature:
 * - of k: h evaluated at k ± z·se (asymmetric, as h ∝ 1/k);
 * - of P: the future average over h hours differs from the past one by about
 *   blockSd·√(10 min / h) (independent 10-minute blocks), propagated through ∂h/∂P =
 *   −(target − T)/(k·(P − T)·(P − target)).
 * The answer is "unknown" (with a reason) while there is too little data, the pit cannot
 * reach the target, the meat is not heating measurably (k's band includes 0, as in the
 * stall), or the band is too wide or too far out to be useful.
 */
export function estimateEta(
  meatAll: readonly Sample[],
  pitAll: readonly Sample[],
  target: number,
  opts: EtaOptions = DEFAULT_ETA_OPTIONS,
): Eta {
  const last = meatAll[meatAll.length - 1];
  const asOf = last?.[0] ?? 0;
  const base: Eta = {
    status: 'unknown',
    reason: 'insufficient_data',
    asOf,
    value: last?.[1] ?? null,
    target,
    etaTs: null,
    lowTs: null,
    highTs: null,
    kPerHour: null,
    kSe: null,
    pit: null,
  };
  if (!last) return base;
  const now = median(meatAll.slice(-6).map((s) => s[1]));
  base.value = Math.round(now * 100) / 100;
  if (now >= target)
    return { ...base, status: 'reached', reason: null, etaTs: asOf, lowTs: asOf, highTs: asOf };
  const meat = between(meatAll, asOf - opts.windowMs);
  if (meat.length < opts.minPoints || asOf - meat[0]![0] < opts.minSpanMs) return base;
  const level = pitLevel(pitAll, asOf - opts.pitWindowMs, asOf);
  if (!level) return { ...base, reason: 'no_pit' };
  const p = level.mean;
  const withPit = { ...base, pit: Math.round(p * 10) / 10 };
  if (p - target < opts.minPitMargin) return { ...withPit, reason: 'pit_below_target' };
  const fit = fitNewton(meat, between(pitAll, asOf - opts.windowMs - 60_000));
  if (!fit) return withPit;
  const out = { ...withPit, kPerHour: fit.k, kSe: fit.se };
  const kLow = fit.k - opts.z * fit.se;
  if (fit.k <= 0 || kLow <= 0) return { ...out, reason: 'no_progress' };
  const lnRatio = Math.log((p - now) / (p - target));
  const hours = lnRatio / fit.k;
  const dhdp = -(target - now) / (fit.k * (p - now) * (p - target));
  const pitSpread =
    opts.z * Math.abs(dhdp) * level.blockSd * Math.sqrt(1 / 6 / Math.max(hours, 1 / 6));
  const kHigh = lnRatio / kLow - hours;
  const kLowSpan = hours - lnRatio / (fit.k + opts.z * fit.se);
  const hoursHigh = hours + Math.hypot(kHigh, pitSpread);
  const hoursLow = Math.max(0, hours - Math.hypot(kLowSpan, pitSpread));
  if (hoursHigh * HOUR > opts.maxHorizonMs) return { ...out, reason: 'too_far' };
  if (kHigh + kLowSpan > opts.maxRelativeBand * hours + 10 / 60)
    return { ...out, reason: 'fit_poor' };
  return {
    ...out,
    status: 'ok',
    reason: null,
    etaTs: Math.round(asOf + hours * HOUR),
    lowTs: Math.round(asOf + hoursLow * HOUR),
    highTs: Math.round(asOf + hoursHigh * HOUR),
  };
}
