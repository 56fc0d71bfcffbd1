import type { Point } from '@brewpit/protocol';

/**
 * A row the downsampler reads, as SQLite hands it over (`.raw()`): `[minTs, min, maxTs, max]`.
 * A raw reading is `[ts, v, ts, v]`. Plain arrays rather than objects: a month-long chart reads
 * tens of thousands of rows, and not allocating one object per row halves the time.
 */
export type Span = readonly [minTs: number, min: number, maxTs: number, max: number];

/**
 * Min/max downsampling into `columns` equal time columns over [from, to]: each column yields
 * its lowest and highest point, in time order. Extremes survive at any zoom, which is what a
 * pitmaster looks for (the pit dip when the lid opened); the result has at most 2 × columns
 * points. Columns with no data yield nothing, so gaps stay gaps. A rollup span can reach into
 * the next column (its max later than the column end), so the result is re-sorted by time when
 * that happened: a chart must never draw a line backwards.
 */
export function minMaxDownsample(
  rows: Iterable<Span>,
  from: number,
  to: number,
  columns: number,
): Point[] {
  const width = Math.max(1, (to - from + 1) / columns);
  const out: Point[] = [];
  let col = -1;
  let loTs = 0,
    lo = 0,
    hiTs = 0,
    hi = 0;
  const flush = () => {
    if (col < 0) return;
    if (loTs === hiTs && lo === hi) out.push([loTs, lo]);
    else if (loTs <= hiTs) out.push([loTs, lo], [hiTs, hi]);
    else out.push([hiTs, hi], [loTs, lo]);
  };
  for (const r of rows) {
    const c = Math.min(columns - 1, Math.floor((r[0] - from) / width));
    if (c !== col) {
      flush();
      col = c;
      [loTs, lo, hiTs, hi] = r;
      continue;
    }
    if (r[1] < lo) [loTs, lo] = [r[0], r[1]];
    if (r[3] > hi) [hiTs, hi] = [r[2], r[3]];
  }
  flush();
  for (let i = 1; i < out.length; i++) {
    if (out[i]![0] < out[i - 1]![0]) return out.sort((a, b) => a[0] - b[0]);
  }
  return out;
}
