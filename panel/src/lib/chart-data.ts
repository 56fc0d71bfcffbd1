// Shapes hub history (per-series [ts, value] points) into uPlot's aligned columns.
import type { Point } from '@brewpit/protocol';

/**
 * A y value in aligned data: a number; `null` for a real gap (uPlot breaks the line);
 * `undefined` where only another series has a point at this x (uPlot draws through it).
 */
export type Value = number | null | undefined;

/** One input series for {@link alignSeries}. */
export interface SeriesInput {
  points: readonly Point[];
  /** SI → display conversion. */
  toDisplay?: (v: number) => number;
  /** Subtracted from every ts (compare: the session start). */
  offsetMs?: number;
}

/** uPlot-ready columns: `xs` in seconds (ascending), one `ys` column per input. */
export interface Aligned {
  xs: number[];
  ys: Value[][];
}

/** A step this many times the usual spacing is a gap (probe unplugged, node offline). */
export const GAP_FACTOR = 5;
/** Never call a step shorter than this a gap (readings every 10 s jitter). */
export const MIN_GAP_MS = 60_000;

/**
 * The usual spacing of `points`: the median of (up to 2,001 evenly sampled) steps.
 * The min/max downsampler emits pairs, so spacing alternates; the median stays robust.
 */
export function typicalStep(points: readonly Point[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const stride = Math.max(1, Math.floor((n - 1) / 2000));
  const steps: number[] = [];
  for (let i = stride; i < n; i += stride) steps.push(points[i]![0] - points[i - stride]![0]);
  steps.sort((a, b) => a - b);
  return (steps[steps.length >> 1] ?? 0) / stride;
}

/**
 * `points` with a null inserted wherever the step exceeds the gap threshold, so a missing
 * stretch shows as a break instead of a straight line across it (the hub's downsampler
 * leaves empty columns out rather than sending nulls).
 */
export function withGaps(points: readonly Point[], gapFactor = GAP_FACTOR): readonly Point[] {
  if (points.length < 3) return points;
  const threshold = Math.max(MIN_GAP_MS, typicalStep(points) * gapFactor);
  let out: Point[] | null = null;
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1]!;
    const cur = points[i]!;
    if (cur[0] - prev[0] > threshold && prev[1] !== null && cur[1] !== null) {
      out ??= points.slice(0, i);
      out.push([Math.round((prev[0] + cur[0]) / 2), null]);
    }
    if (out) out.push(cur);
  }
  return out ?? points;
}

/**
 * Merges series with their own timestamps into one ascending x column (seconds) and
 * one y column per series: k-way merge, O(total points × series).
 */
export function alignSeries(inputs: readonly SeriesInput[], gapFactor = GAP_FACTOR): Aligned {
  const k = inputs.length;
  const pts = inputs.map((s) => withGaps(s.points, gapFactor));
  const offs = inputs.map((s) => s.offsetMs ?? 0);
  const conv = inputs.map((s) => s.toDisplay);
  const idx = new Array<number>(k).fill(0);
  const xs: number[] = [];
  const ys: Value[][] = inputs.map(() => []);
  for (;;) {
    let min = Infinity;
    for (let j = 0; j < k; j++) {
      const p = pts[j]![idx[j]!];
      if (p && p[0] - offs[j]! < min) min = p[0] - offs[j]!;
    }
    if (min === Infinity) break;
    xs.push(min / 1000);
    for (let j = 0; j < k; j++) {
      const p = pts[j]![idx[j]!];
      if (p && p[0] - offs[j]! === min) {
        const v = p[1];
        const f = conv[j];
        ys[j]!.push(v === null ? null : f ? f(v) : v);
        idx[j]!++;
      } else {
        ys[j]!.push(undefined);
      }
    }
  }
  for (let j = 0; j < k; j++)
    if (pts[j] !== inputs[j]!.points || hasNull(pts[j]!)) expandNulls(ys[j]!);
  return { xs, ys };
}

function hasNull(points: readonly Point[]): boolean {
  return points.some((p) => p[1] === null);
}

/**
 * Widens each gap over the neighbouring alignment artifacts (`undefined`), as uPlot.join's
 * NULL_EXPAND does: uPlot breaks a line only between the x next to a null, so without this a
 * gap would shrink to the distance to another series' nearest point.
 */
export function expandNulls(col: Value[]): void {
  const n = col.length;
  for (let i = 0; i < n; i++) {
    if (col[i] !== null) continue;
    for (let j = i - 1; j >= 0 && col[j] === undefined; j--) col[j] = null;
    let j = i + 1;
    for (; j < n && col[j] === undefined; j++) col[j] = null;
    i = j - 1;
  }
}

/** Smallest and largest finite value of a column (null when it has none). */
export function extent(values: readonly Value[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v == null) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo === Infinity ? null : [lo, hi];
}

/** Last non-null point of a series, or null. */
export function lastPoint(points: readonly Point[]): Point | null {
  for (let i = points.length - 1; i >= 0; i--) if (points[i]![1] !== null) return points[i]!;
  return null;
}
