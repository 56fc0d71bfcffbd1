import type { DroppedRange } from '@brewpit/protocol';

/** One sampling instant in the outbox: all readings sharing a timestamp. */
export interface Tick {
  ts: number;
  rows: number;
}

/** Number of equal-duration time strata the thinned window is split into. */
export const STRATA = 64;

/**
 * Chooses which ticks to drop so that about `dropRows` rows go, evenly across time: the
 * window's time span is cut into {@link STRATA} strata of equal duration and each stratum
 * loses the same fraction of its ticks, spread evenly inside it (Bresenham). The first and
 * last tick always stay, so the thinned data still spans the same time. Returns the indices
 * of the ticks to drop, ascending.
 */
export function planThinning(ticks: readonly Tick[], dropRows: number): number[] {
  const totalRows = ticks.reduce((n, t) => n + t.rows, 0);
  if (ticks.length < 3 || dropRows <= 0) return [];
  // Fraction of ticks to drop; the ends are kept, so cap just below the whole window.
  const fraction = Math.min(dropRows / totalRows, (ticks.length - 2) / ticks.length);
  const first = ticks[0]!.ts;
  const span = Math.max(1, ticks[ticks.length - 1]!.ts - first);
  const strata: number[][] = Array.from({ length: STRATA }, () => []);
  ticks.forEach((t, i) => {
    if (i === 0 || i === ticks.length - 1) return;
    const s = Math.min(STRATA - 1, Math.floor(((t.ts - first) / span) * STRATA));
    strata[s]!.push(i);
  });
  const drop: number[] = [];
  let carry = 0; // fractional ticks owed by earlier strata, so small strata are not starved
  for (const members of strata) {
    const want = members.length * fraction + carry;
    const n = Math.min(members.length, Math.floor(want));
    carry = want - n;
    for (let j = 0; j < n; j++) {
      // Evenly spaced picks inside the stratum: the centre of each of n equal slices.
      drop.push(members[Math.floor(((j + 0.5) * members.length) / n)]!);
    }
  }
  return drop.sort((a, b) => a - b);
}

/** Collapses ascending sequence numbers into inclusive ranges. */
export function toRanges(seqs: readonly number[]): DroppedRange[] {
  const ranges: DroppedRange[] = [];
  for (const seq of seqs) {
    const last = ranges[ranges.length - 1];
    if (last && seq === last.to + 1) last.to = seq;
    else if (!last || seq > last.to) ranges.push({ from: seq, to: seq });
  }
  return ranges;
}
