import { between, interpolate, linearFit, median, type Sample } from './fit.js';

const HOUR = 3_600_000;
const MIN = 60_000;

/** Arrival read off the recent trend of the meat alone: a straight line carried to the target. */
export interface TrendFit {
  /** Hours to the target and the band (hours from now) the line's own uncertainty allows. */
  hours: number;
  low: number;
  high: number;
  /** Rate of rise (°C/h) and its standard error; the line's value now (°C). */
  slope: number;
  se: number;
  level: number;
}

/** The measured pit around the window and the level the model assumes from now on. */
export interface TrendPit {
  samples: readonly Sample[];
  level: number;
}

/**
 * The meat as it would read had the pit stayed at `level`: by Newton's law a pit off its level
 * by ΔP moves the meat by k·∫ΔP dt, so that integral, taken from the window's start, is
 * subtracted (the stall tracker reads its rate the same way). A lid opened in the window, or a
 * window that missed the usual openings, then no longer tilts the line.
 */
function steadyPit(samples: readonly Sample[], pit: TrendPit, k: number): Sample[] {
  if (k <= 0 || pit.samples.length === 0) return [...samples];
  const out: Sample[] = [];
  let dev = 0;
  for (let i = 0; i < samples.length; i++) {
    const [ts, v] = samples[i]!;
    if (i > 0) {
      const prev = samples[i - 1]![0];
      const p = (interpolate(pit.samples, prev) + interpolate(pit.samples, ts)) / 2;
      dev += (p - pit.level) * ((ts - prev) / HOUR);
    }
    out.push([ts, v - k * dev]);
  }
  // Anchored at the newest reading: the level now is what was read, the past is brought to it.
  const shift = samples.length ? samples[samples.length - 1]![1] - out[out.length - 1]![1] : 0;
  return out.map(([ts, v]) => [ts, v + shift] as const);
}

/** One-minute medians: an app export and a 1 Hz probe weigh the same, a lone glitch not at all. */
function minuteMedians(samples: readonly Sample[], asOf: number): { x: number[]; y: number[] } {
  const bins = new Map<number, number[]>();
  for (const [ts, v] of samples) {
    const b = Math.floor((asOf - ts) / MIN);
    const vs = bins.get(b);
    if (vs) vs.push(v);
    else bins.set(b, [v]);
  }
  const x: number[] = [];
  const y: number[] = [];
  for (const [b, vs] of [...bins.entries()].sort((a, c) => c[0] - a[0])) {
    x.push(-(b + 0.5) / 60);
    y.push(median(vs));
  }
  return { x, y };
}

/**
 * Theil–Sen: the median of the pairwise slopes, unmoved by a minority of wild points. Only pairs
 * at least `minDx` apart count: readings rounded to whole °F rise in 0.56 °C steps, a few
 * minutes apart most pairs sit on the same step, and their zero slopes would outvote the rise.
 */
function theilSen(x: readonly number[], y: readonly number[], minDx: number): number {
  const slopes: number[] = [];
  for (let i = 0; i < x.length; i++)
    for (let j = i + 1; j < x.length; j++)
      if (Math.abs(x[j]! - x[i]!) >= minDx) slopes.push((y[j]! - y[i]!) / (x[j]! - x[i]!));
  return median(slopes);
}

/** Hours for a rise at `rate` (°C/h) now, decelerating as Newton heating does (k per hour), to cover `gap`. */
function hoursAt(gap: number, rate: number, k: number): number {
  if (!(rate > 0)) return Infinity;
  if (gap <= 0) return 0;
  if (k <= 1e-6) return gap / rate;
  const f = (k * gap) / rate;
  return f < 1 ? -Math.log(1 - f) / k : Infinity;
}

/**
 * The short-horizon estimate: the meat's rate of rise now, read off the last `windowMs` by a
 * robust straight line (Theil–Sen over one-minute medians), carried to the target. It knows
 * nothing of the pit, which is its worth next to the heating model: it follows whatever the
 * meat is doing now (a stall ending, a wrap, a raised pit, evaporation the model does not know)
 * within half a window. How the rise goes on is the one piece of physics it takes: heating as
 * dT/dt = k·(P − T) slows by k per hour, so the rate is carried forward decelerating with
 * `curve`·k (0: a straight line; 1: the model's own deceleration, with P = T + rate/k, whatever
 * the pit probe says). One more piece when the pit is measured: the readings are brought to the
 * pit level the model assumes (`steadyPit`), so a lid opened in the window, or a window that
 * missed the usual openings, does not tilt the line. Its band, in quadrature: the slope's standard error (OLS on the same
 * medians, inflated for correlated residuals), the spread of the level now, and the
 * deceleration known to ±k/2 — so its error grows with the square of the horizon while the
 * model's grows with the horizon, and it is the better guess close to the target.
 * The slope is the window's average rate, the rate at its middle; it is not advanced to now by
 * the assumed deceleration. On a pure Newton curve that leaves the trend early by a few per cent
 * of the rate (k·window/2), but past the plateau real and simulated cuts decelerate less than k
 * says (evaporation fades), and advancing it made the tuning and synthetic scores worse.
 * Null without a usable rise (flat, falling, too few minutes) or when the decelerating rise
 * never reaches the target.
 */
export function localTrend(
  meat: readonly Sample[],
  asOf: number,
  target: number,
  windowMs: number,
  k: number,
  z: number,
  curve = 1,
  pit: TrendPit | null = null,
): TrendFit | null {
  const raw = between(meat, asOf - windowMs, asOf);
  const w = pit ? steadyPit(raw, pit, curve * k) : raw;
  if (w.length < 3) return null;
  const { x, y } = minuteMedians(w, asOf);
  if (x.length < Math.max(5, (windowMs / MIN) * 0.4) || -x[0]! < (windowMs / HOUR) * 0.6)
    return null;
  // The window's average rate, not advanced to now: see the note above.
  const slope = theilSen(x, y, windowMs / HOUR / 2);
  const ols = linearFit(x, y);
  if (!ols || !(slope > 0) || !Number.isFinite(ols.seSlope)) return null;
  const level = median(y.map((v, i) => v - slope * x[i]!));
  if (!Number.isFinite(level)) return null;
  const gap = target - level;
  const kc = Math.max(0, curve * k);
  const hours = hoursAt(gap, slope, kc);
  if (!Number.isFinite(hours)) return null;
  const resid = y.map((v, i) => v - level - slope * x[i]!);
  const levelSe = Math.sqrt(
    resid.reduce((a, r) => a + r * r, 0) / Math.max(1, y.length - 2) / ols.nEff,
  );
  const span = (g: number) => Math.abs(hoursAt(g, slope, kc) - hours);
  const levelSpan = Math.max(span(gap + z * levelSe), span(gap - z * levelSe));
  const early = Math.hypot(
    hours - hoursAt(gap, slope + z * ols.seSlope, kc),
    hours - hoursAt(gap, slope, Math.max(0, kc - k / 2)),
    levelSpan,
  );
  const late = Math.hypot(
    hoursAt(gap, slope - z * ols.seSlope, kc) - hours,
    hoursAt(gap, slope, kc + k / 2) - hours,
    levelSpan,
  );
  return {
    hours,
    low: Math.max(0, hours - early),
    high: hours + late,
    slope,
    se: ols.seSlope,
    level,
  };
}
