import { interpolate, linearFit, type Sample } from './fit.js';

const HOUR = 3_600_000;

/**
 * Fits the Newton coefficient on the window. Model: dT/dt = k·(P(t) − T(t)), P the pit.
 * Integrated from the window start w0: T(t) = T(w0) + k·X(t) with X(t) = ∫(P − T) dt (°C·h),
 * so T regressed on X is a straight line of slope k, exact even while the pit wanders (no
 * derivative of noisy data is taken). Where the pit readings stop (a probe pulled at the wrap, a
 * dropped link) P is `pitAfter` — the level the projection assumes — instead of the last
 * reading held forever; without pit readings and without `pitAfter` there is no fit (never NaN).
 * Uncertainty: the OLS error of k (inflated for correlated residuals, see `linearFit`) plus, in
 * quadrature, half the difference between k fitted on the first and on the second half of the
 * window: a heating rate that is still changing widens the band.
 */
export function fitNewton(
  meat: readonly Sample[],
  pit: readonly Sample[],
  pitAfter: number | null = null,
  silentMs = 10 * 60_000,
): { k: number; se: number } | null {
  const lastPit = pit[pit.length - 1];
  if (!lastPit && pitAfter === null) return null;
  const pitAt = (ts: number) =>
    lastPit && ts <= lastPit[0] + silentMs ? interpolate(pit, ts) : (pitAfter ?? lastPit![1]);
  const xs: number[] = [];
  const ys: number[] = [];
  let x = 0;
  for (let i = 0; i < meat.length; i++) {
    const [ts, t] = meat[i]!;
    if (i > 0) {
      const [pts, pt] = meat[i - 1]!;
      x += ((pitAt(pts) - pt + (pitAt(ts) - t)) / 2) * ((ts - pts) / HOUR);
    }
    xs.push(x);
    ys.push(t);
  }
  const all = linearFit(xs, ys);
  if (!all || !Number.isFinite(all.slope) || !Number.isFinite(all.seSlope)) return null;
  const half = Math.floor(xs.length / 2);
  const a = linearFit(xs.slice(0, half), ys.slice(0, half));
  const b = linearFit(xs.slice(half), ys.slice(half));
  const drift = a && b ? (b.slope - a.slope) / 2 : 0;
  return { k: all.slope, se: Math.hypot(all.seSlope, Number.isFinite(drift) ? drift : 0) };
}

/** Hours for Newton heating from `now` to `target` toward pit level `p` with coefficient `k`. */
export function newtonHours(now: number, target: number, p: number, k: number): number {
  return Math.log((p - now) / (p - target)) / k;
}

/** Rate of rise over the samples, °C/h (slope of a straight line), null with too little data. */
export function rateOf(samples: readonly Sample[]): number | null {
  if (samples.length < 3) return null;
  const t0 = samples[samples.length - 1]![0];
  const f = linearFit(
    samples.map((s) => (s[0] - t0) / HOUR),
    samples.map((s) => s[1]),
  );
  return f ? f.slope : null;
}

/** A heating curve fitted without a pit probe: T(t) = P − C·e^(−k·t). */
export interface FreeFit {
  /** Hours to the target from the newest reading, and its profile band. */
  hours: number;
  low: number;
  high: number;
  k: number;
  p: number;
}

const K_GRID = Array.from({ length: 48 }, (_, i) => 0.04 * Math.pow(3 / 0.04, i / 47));

/**
 * Newton heating with the pit unknown (a meat probe alone, as most app exports are): the
 * curve T(t) = P − C·e^(−k·t) is fitted by least squares for each k on a log grid (P and C
 * linear given k), which captures the slowing approach a straight line misses. The band is the
 * profile-likelihood range: every k whose residual sum stays within (1 + 4/nEff) of the best,
 * with nEff the effective number of independent points (AR(1), as in `linearFit`).
 * Null when no k gives a curve that approaches from below and reaches the target.
 */
export function fitFree(window: readonly Sample[], target: number): FreeFit | null {
  const n = window.length;
  if (n < 8) return null;
  const t0 = window[n - 1]![0];
  const ts = window.map((s) => (s[0] - t0) / HOUR);
  const ys = window.map((s) => s[1]);
  const fits: { k: number; p: number; c: number; rss: number; rho: number }[] = [];
  for (const k of K_GRID) {
    const f = linearFit(
      ts.map((t) => -Math.exp(-k * t)),
      ys,
    );
    if (!f || !(f.slope > 0)) continue;
    let rss = 0;
    for (let i = 0; i < n; i++)
      rss += (ys[i]! - f.intercept + f.slope * Math.exp(-k * ts[i]!)) ** 2;
    fits.push({ k, p: f.intercept, c: f.slope, rss, rho: f.rho });
  }
  if (fits.length === 0) return null;
  const best = fits.reduce((a, b) => (b.rss < a.rss ? b : a));
  const nEff = Math.max(3, (n * (1 - best.rho)) / (1 + best.rho));
  const hoursOf = (f: { k: number; p: number; c: number }) =>
    f.p > target ? -Math.log((f.p - target) / f.c) / f.k : Number.POSITIVE_INFINITY;
  const central = hoursOf(best);
  if (!Number.isFinite(central) || central < 0) return null;
  const ok = fits.filter((f) => f.rss <= best.rss * (1 + 4 / nEff) + 1e-9).map(hoursOf);
  return {
    hours: central,
    low: Math.max(0, Math.min(central, ...ok)),
    high: Math.max(central, ...ok),
    k: best.k,
    p: best.p,
  };
}
