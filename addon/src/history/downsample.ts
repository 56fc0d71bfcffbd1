import type { Point } from '@brewpit/protocol';

/** A row the downsampler reads: raw readings have min = max = value at one ts. */
export interface Span {
  minTs: number;
  min: number;
  maxTs: number;
  max: number;
}

/**
 * Min/max downsampling into `columns` equal time columns over [from, to]: each column yields
 * its lowest and highest point, in time order. Extremes survive at any zoom, which is what a
 * pitmaster looks for (the pit dip when the lid opened); the result has at most 2 × columns
 * points. Columns with no data yield nothing, so gaps stay gaps.
 */
export function minMaxDownsample(rows: Iterable<Span>, from: number, to: number, columns: number): Point[] {
  const width = Math.max(1, (to - from + 1) / columns);
  const out: Point[] = [];
  let col = -1;
  let lo: Span | null = null;
  let hi: Span | null = null;
  const flush = () => {
    if (!lo || !hi) return;
    if (lo.minTs === hi.maxTs && lo.min === hi.max) out.push([lo.minTs, lo.min]);
    else if (lo.minTs <= hi.maxTs) out.push([lo.minTs, lo.min], [hi.maxTs, hi.max]);
    else out.push([hi.maxTs, hi.max], [lo.minTs, lo.min]);
  };
  for (const r of rows) {
    const c = Math.min(columns - 1, Math.floor((r.minTs - from) / width));
    if (c !== col) {
      flush();
      col = c;
      lo = r;
      hi = r;
      continue;
    }
    if (r.min < lo!.min) lo = r;
    if (r.max > hi!.max) hi = r;
  }
  flush();
  return out;
}
