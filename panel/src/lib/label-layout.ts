// Collision-aware placement of chart labels (targets, notes, alerts, the stall): each label
// has candidate positions in order of preference; the first that stays inside the plot and
// overlaps no label placed before it wins. A label that fits nowhere is left out rather than
// drawn over another one (its line stays, and the figures and notes lists name it).

/** An axis-aligned box in canvas pixels (top-left corner, width, height). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One label to place. */
export interface LabelRequest {
  id: string;
  w: number;
  h: number;
  /** Top-left corners to try, best first. */
  candidates: readonly { x: number; y: number }[];
}

/** A placed label. */
export interface PlacedLabel extends Box {
  id: string;
}

/** True when `a` and `b` overlap (touching edges do not count); `gap` widens `a`. */
export function intersects(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x - gap < b.x + b.w && b.x < a.x + a.w + gap && a.y - gap < b.y + b.h && b.y < a.y + a.h + gap
  );
}

function inside(b: Box, area: Box): boolean {
  return (
    b.x >= area.x && b.y >= area.y && b.x + b.w <= area.x + area.w && b.y + b.h <= area.y + area.h
  );
}

/**
 * Places `requests` in order. Two passes per label: first a position that also avoids what
 * `soft` reports (data lines), then any position that only avoids other labels and
 * `obstacles`. Returns the placed labels; left-out ones are absent.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  area: Box,
  opts: { obstacles?: readonly Box[]; soft?: (b: Box) => boolean; gap?: number } = {},
): PlacedLabel[] {
  const gap = opts.gap ?? 2;
  const placed: PlacedLabel[] = [];
  const blocked = (b: Box) =>
    !inside(b, area) ||
    placed.some((p) => intersects(b, p, gap)) ||
    (opts.obstacles ?? []).some((o) => intersects(b, o, gap));
  for (const r of requests) {
    const boxes = r.candidates.map((c) => ({ x: c.x, y: c.y, w: r.w, h: r.h }));
    const hit =
      boxes.find((b) => !blocked(b) && !(opts.soft?.(b) ?? false)) ??
      boxes.find((b) => !blocked(b));
    if (hit) placed.push({ id: r.id, ...hit });
  }
  return placed;
}

/** True when no two boxes of `boxes` overlap. */
export function noOverlaps(boxes: readonly Box[]): boolean {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (intersects(boxes[i]!, boxes[j]!)) return false;
  return true;
}
