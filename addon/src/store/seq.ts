/** An inclusive range of sequence numbers. */
export type SeqRange = [from: number, to: number];

/** Sorts and merges ranges, joining ranges that touch (…5][6… becomes one). */
export function mergeRanges(ranges: SeqRange[]): SeqRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: SeqRange[] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Turns a list of seqs into merged ranges (one pass after a numeric sort: a batch has thousands). */
export function toRanges(seqs: number[]): SeqRange[] {
  const sorted = Float64Array.from(seqs).sort();
  const out: SeqRange[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], s);
    else out.push([s, s]);
  }
  return out;
}

/**
 * Advances the contiguous acknowledgement over ranges that start at or before `ack + 1`;
 * returns the new ack and the ranges that stay above it (waiting for a gap to fill).
 */
export function advanceAck(ack: number, ranges: SeqRange[]): { ack: number; pending: SeqRange[] } {
  const pending: SeqRange[] = [];
  for (const [from, to] of mergeRanges(ranges)) {
    if (from <= ack + 1) ack = Math.max(ack, to);
    else pending.push([from, to]);
  }
  return { ack, pending };
}

/** Whether `seq` is covered by the acknowledgement or by one of the ranges. */
export function isKnown(seq: number, ack: number, ranges: SeqRange[]): boolean {
  if (seq <= ack) return true;
  for (const [from, to] of ranges) if (seq >= from && seq <= to) return true;
  return false;
}
