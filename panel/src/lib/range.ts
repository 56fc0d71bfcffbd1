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

/**
 * What the user looks at on a session page: the whole session or a window (`range`, epoch ms),
 * and whether the view keeps up with new readings (`follow`). A running session follows unless
 * the user zoomed or panned into the past; "back to live" follows again.
 */
export interface View {
  range: Range | null;
  follow: boolean;
}

/** The whole session, following live readings while it runs. */
export const WHOLE_VIEW: View = { range: null, follow: true };

/**
 * Room to the right of the latest reading while following: enough to show where the estimates
 * expect the probes to arrive (their band's late end), but never more than half of what is
 * shown of the past, so the cook itself keeps most of the width.
 */
export function lookahead(arrivals: readonly number[], edge: number, shownPastMs: number): number {
  const last = Math.max(-Infinity, ...arrivals);
  if (!Number.isFinite(last) || last <= edge) return 0;
  return Math.min(last - edge, Math.max(15 * 60_000, shownPastMs / 2));
}

/**
 * Bounds a running session's view may move in: from its start to the live edge plus `ahead`.
 * The right end is always the newest reading, also in the first minute: then the view reaches
 * back before the start instead, so the chart keeps its minimum width and still moves on.
 */
export function liveBounds(
  session: { started_at: number; ended_at: number | null },
  edge: number,
  ahead: number,
): Range {
  if (session.ended_at !== null) return sessionBounds(session, edge);
  return { from: Math.min(session.started_at, edge - MIN_SPAN_MS), to: edge + ahead };
}

/**
 * The x range (epoch ms) to show. An ended session shows its range, null meaning all data; a
 * running one always gets an explicit range, so the right edge moves with `edge` (the newest
 * reading or now) while following: the whole session, or a window of the chosen width sliding
 * along.
 */
export function visibleRange(
  session: { started_at: number; ended_at: number | null },
  view: View,
  edge: number,
  ahead: number,
): Range | null {
  if (session.ended_at !== null) return view.range;
  const bounds = liveBounds(session, edge, ahead);
  if (!view.range) return bounds;
  if (!view.follow) return view.range;
  const span = view.range.to - view.range.from;
  return { from: Math.max(bounds.from, bounds.to - span), to: bounds.to };
}

/**
 * The view after the user chose `r` (zoom, pan, drag): clamped to the session; for a running
 * session it keeps following when `r` reaches the live edge, and becomes the whole session when
 * it also reaches the start.
 */
export function viewFor(
  session: { started_at: number; ended_at: number | null },
  r: Range | null,
  edge: number,
  ahead: number,
): View {
  const bounds = liveBounds(session, edge, ahead);
  const running = session.ended_at === null;
  if (!r || coversBounds(r, bounds, 0.005))
    return running ? WHOLE_VIEW : { range: null, follow: false };
  const c = clampRange(r, bounds);
  const span = c.to - c.from;
  const atEdge = running && c.to >= bounds.to - Math.max(span * 0.02, 1000);
  return { range: c, follow: atEdge };
}
