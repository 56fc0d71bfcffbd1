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
  const d = new MinMaxColumns(from, to, columns);
  for (const r of rows) d.add(r[0], r[1], r[2], r[3]);
  return d.points();
}

/**
 * {@link minMaxDownsample} fed one row at a time (`add`, in time order), so rows held in typed
 * columns (cached hourly rollups) need no array each on the way in.
 */
export class MinMaxColumns {
  private readonly width: number;
  private readonly out: Point[] = [];
  private col = -1;
  private loTs = 0;
  private lo = 0;
  private hiTs = 0;
  private hi = 0;

  constructor(
    private readonly from: number,
    to: number,
    private readonly columns: number,
  ) {
    this.width = Math.max(1, (to - from + 1) / columns);
  }

  add(minTs: number, min: number, maxTs: number, max: number): void {
    const c = Math.min(this.columns - 1, Math.floor((minTs - this.from) / this.width));
    if (c !== this.col) {
      this.flush();
      this.col = c;
      this.loTs = minTs;
      this.lo = min;
      this.hiTs = maxTs;
      this.hi = max;
      return;
    }
    if (min < this.lo) {
      this.loTs = minTs;
      this.lo = min;
    }
    if (max > this.hi) {
      this.hiTs = maxTs;
      this.hi = max;
    }
  }

  /** The points so far, in time order; call once, after the last `add`. */
  points(): Point[] {
    this.flush();
    const out = this.out;
    for (let i = 1; i < out.length; i++) {
      if (out[i]![0] < out[i - 1]![0]) return out.sort((a, b) => a[0] - b[0]);
    }
    return out;
  }

  private flush(): void {
    if (this.col < 0) return;
    const { loTs, lo, hiTs, hi } = this;
    if (loTs === hiTs && lo === hi) this.out.push([loTs, lo]);
    else if (loTs <= hiTs) this.out.push([loTs, lo], [hiTs, hi]);
    else this.out.push([hiTs, hi], [loTs, lo]);
  }
}
