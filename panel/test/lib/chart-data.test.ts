import type { Point } from '@brewpit/protocol';
import { expect } from 'chai';
import { alignSeries, extent, typicalStep, withGaps } from '../../src/lib/chart-data.js';

const every10s = (n: number, start = 0, v = (i: number) => i): Point[] =>
  Array.from({ length: n }, (_, i) => [start + i * 10_000, v(i)] as Point);

describe('chart-data', () => {
  it('merges series with different timestamps into one ascending x column in seconds', () => {
    const a: Point[] = [
      [1000, 1],
      [3000, 3],
    ];
    const b: Point[] = [
      [2000, 20],
      [3000, 30],
    ];
    const { xs, ys } = alignSeries([{ points: a }, { points: b }]);
    expect(xs).to.deep.equal([1, 2, 3]);
    expect(ys[0]).to.deep.equal([1, undefined, 3]);
    expect(ys[1]).to.deep.equal([undefined, 20, 30]);
  });

  it('keeps nulls from the hub as gaps and converts values for display', () => {
    const a: Point[] = [
      [0, 100],
      [10_000, null],
      [20_000, 0],
    ];
    const { ys } = alignSeries([{ points: a, toDisplay: (v) => v * 2 }]);
    expect(ys[0]).to.deep.equal([200, null, 0]);
  });

  it('breaks the line where readings stop for much longer than usual', () => {
    const pts = [...every10s(30), ...every10s(30, 3_600_000)];
    const gapped = withGaps(pts);
    expect(gapped).to.have.length(61);
    const gap = gapped[30]!;
    expect(gap[1]).to.equal(null);
    expect(gap[0]).to.be.greaterThan(pts[29]![0]).and.lessThan(pts[30]![0]);
    // Regular data passes through untouched (same array, no copy).
    const regular = every10s(100);
    expect(withGaps(regular)).to.equal(regular);
  });

  it('estimates the usual spacing robustly', () => {
    expect(typicalStep(every10s(10_000))).to.equal(10_000);
    expect(typicalStep([])).to.equal(0);
  });

  it('aligns shifted series (compare) by subtracting their offsets', () => {
    const a = every10s(3, 1_000_000);
    const b = every10s(3, 5_000_000, (i) => i * 10);
    const { xs, ys } = alignSeries([
      { points: a, offsetMs: 1_000_000 },
      { points: b, offsetMs: 5_000_000 },
    ]);
    expect(xs).to.deep.equal([0, 10, 20]);
    expect(ys).to.deep.equal([
      [0, 1, 2],
      [0, 10, 20],
    ]);
  });

  it('widens a gap over other series points so uPlot breaks the whole stretch', () => {
    const a: Point[] = [
      [0, 1],
      [10_000, null],
      [40_000, 4],
    ];
    const b: Point[] = [
      [0, 1],
      [5_000, 2],
      [20_000, 3],
      [30_000, 3],
      [40_000, 4],
    ];
    const { xs, ys } = alignSeries([{ points: a }, { points: b }]);
    expect(xs).to.deep.equal([0, 5, 10, 20, 30, 40]);
    expect(ys[0]).to.deep.equal([1, null, null, null, null, 4]);
    expect(ys[1]).to.deep.equal([1, 2, undefined, 3, 3, 4]);
  });

  it('finds the extent of a column ignoring gaps', () => {
    expect(extent([undefined, 3, null, -1, 7])).to.deep.equal([-1, 7]);
    expect(extent([null, undefined])).to.equal(null);
  });
});
