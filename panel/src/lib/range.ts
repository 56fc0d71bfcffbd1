// Visible time ranges of a session chart: what to ask the hub for when the user zooms or pans.

/** A time range in UTC epoch ms, `from` ≤ `to`. */
export interface Range {
  from: number;
  to: number;
}

/** The hub answers at most this many points per series (DESIGN.md, history budget). */
export const MAX_POINTS_LIMIT = 4000;
/** Below this a chart looks empty even when data is dense. */
export const MIN_POINTS = 100;
/** Zooming stops at one minute wide; 10 s readings still show as a line. */
export const MIN_SPAN_MS = 60_000;

/**
 * Points per series to ask for when the plot is `widthPx` CSS pixels wide: two per pixel
 * (the hub's min/max downsampler emits a low and a high per column), within the hub's limit.
 */
export function maxPointsFor(widthPx: number): number {
  const n = Math.round((Number.isFinite(widthPx) ? widthPx : 0) * 2);
  return Math.min(MAX_POINTS_LIMIT, Math.max(MIN_POINTS, n));
}

/** The whole life of a session: start to end, or to `now` while it runs. */
export function sessionBounds(
  session: { started_at: number; ended_at: number | null },
  now: number,
): Range {
  const to = session.ended_at ?? Math.max(now, session.started_at + MIN_SPAN_MS);
  return { from: session.started_at, to: Math.max(to, session.started_at + 1) };
}

/** `r` moved and shrunk as needed to lie inside `bounds`, never narrower than `minSpan`. */
export function clampRange(r: Range, bounds: Range, minSpan = MIN_SPAN_MS): Range {
  const boundSpan = bounds.to - bounds.from;
  let span = Math.min(Math.max(r.to - r.from, Math.min(minSpan, boundSpan)), boundSpan);
  if (!Number.isFinite(span) || span <= 0) span = boundSpan;
  let from = Math.max(bounds.from, Math.min(r.from, bounds.to - span));
  if (!Number.isFinite(from)) from = bounds.from;
  return { from, to: from + span };
}

/** `r` shifted by `fraction` of its width (negative = earlier), kept inside `bounds`. */
export function panRange(r: Range, fraction: number, bounds: Range): Range {
  const shift = (r.to - r.from) * fraction;
  return clampRange({ from: r.from + shift, to: r.to + shift }, bounds);
}

/**
 * `r` scaled by `factor` (< 1 zooms in, > 1 out) around `center` (default: its middle),
 * kept inside `bounds`.
 */
export function zoomRange(r: Range, factor: number, bounds: Range, center?: number): Range {
  const c = center ?? (r.from + r.to) / 2;
  const from = c - (c - r.from) * factor;
  const to = c + (r.to - c) * factor;
  return clampRange({ from, to }, bounds);
}

/** True when `r` shows (nearly) all of `bounds`: the chart then follows live data. */
export function coversBounds(r: Range | null, bounds: Range, tolerance = 0.01): boolean {
  if (!r) return true;
  const slack = (bounds.to - bounds.from) * tolerance;
  return r.from <= bounds.from + slack && r.to >= bounds.to - slack;
}
