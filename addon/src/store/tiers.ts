import type { Tier } from './contract.js';
import type { Span } from './downsample.js';

/** Width of a rollup bucket, in ms. */
const TIER_MS = { '1m': 60_000, '1h': 3_600_000 } as const;

/** Ranges `[from, to)` whose raw readings retention deleted, in time order. */
export type Gone = readonly (readonly [from: number, to: number])[];

/**
 * A piece of a queried range and where to read it. Rollup segments cover whole buckets: `from`
 * is the first bucket, `to` the last ms of the last one. A `clipped` segment lies where
 * retention deleted the raw readings: it is read from minute rollups, keeping only extremes
 * whose timestamps fall inside it.
 */
export interface Segment {
  tier: Tier;
  from: number;
  to: number;
  clipped?: boolean;
}

/**
 * Splits [from, to] (inclusive ms) into segments read from the coarsest tier up to `top` that
 * covers them whole: full hours from hourly rollups, the partial hours at the edges from minute
 * rollups, the partial minutes at the very edges from raw readings. So a month costs ~720 hourly
 * rows plus at most two hours of minutes and two minutes of raw rows, and the extremes are
 * exact — a bucket half outside the range never lends its extreme to it.
 */
export function plan(from: number, to: number, top: Tier, gone: Gone = []): Segment[] {
  const out: Segment[] = [];
  const walk = (a: number, b: number, tier: Tier): void => {
    if (a > b) return;
    if (tier === 'raw') {
      for (const p of split(a, b, gone))
        out.push({
          tier: p.gone ? '1m' : 'raw',
          from: p.from,
          to: p.to,
          clipped: p.gone || undefined,
        });
      return;
    }
    const size = TIER_MS[tier];
    const lower: Tier = tier === '1h' ? '1m' : 'raw';
    const first = Math.ceil(a / size) * size;
    const end = Math.floor((b + 1) / size) * size;
    if (first >= end) return walk(a, b, lower);
    walk(a, first - 1, lower);
    out.push({ tier, from: first, to: end - 1 });
    walk(end, b, lower);
  };
  walk(from, to, top);
  return out;
}

/**
 * Splits [from, to] (inclusive) into pieces inside and outside the gone ranges, in order: where
 * raw readings can be read and where only rollups answer.
 */
export function split(
  from: number,
  to: number,
  gone: Gone,
): { from: number; to: number; gone: boolean }[] {
  const out: { from: number; to: number; gone: boolean }[] = [];
  let at = from;
  for (const [a, b] of gone) {
    if (b <= at || a > to) continue;
    if (a > at) out.push({ from: at, to: a - 1, gone: false });
    const end = Math.min(to, b - 1);
    out.push({ from: Math.max(at, a), to: end, gone: true });
    at = end + 1;
    if (at > to) return out;
  }
  out.push({ from: at, to, gone: false });
  return out;
}

/** Whether [from, to] (inclusive) touches a gone range. */
export function touchesGone(from: number, to: number, gone: Gone): boolean {
  return gone.some(([a, b]) => a <= to && b > from);
}

/**
 * Rollup rows of a bucket that straddles the range edge (before the retention cut-off): only the
 * extremes whose timestamps fall inside the range are kept, as one-point spans.
 */
export function clipSpans(rows: Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const r of rows) {
    const a = r[0] >= from && r[0] <= to;
    const b = r[2] >= from && r[2] <= to;
    if (a && b) out.push(r);
    else if (a) out.push([r[0], r[1], r[0], r[1]]);
    else if (b) out.push([r[2], r[3], r[2], r[3]]);
  }
  return out;
}
