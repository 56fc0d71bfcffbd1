import { expect } from 'chai';
import { minMaxDownsample, type Span } from '../../src/store/downsample.js';

const raw = (pts: [number, number][]): Span[] => pts.map(([t, v]) => [t, v, t, v] as const);

describe('minMaxDownsample', () => {
  it('keeps the extremes of each column in time order', () => {
    const rows = raw([
      [0, 5],
      [1, 9],
      [2, 1],
      [3, 4],
      [10, 7],
      [11, 2],
      [12, 8],
    ]);
    expect(minMaxDownsample(rows, 0, 19, 2)).to.deep.equal([
      [1, 9],
      [2, 1], // column 0: max before min
      [11, 2],
      [12, 8], // column 1: min before max
    ]);
  });

  it('returns at most two points per column and preserves global min and max', () => {
    const pts: [number, number][] = Array.from({ length: 10_000 }, (_, i) => [
      i * 1000,
      Math.sin(i / 37) * 50 + (i === 4321 ? 400 : 0),
    ]);
    const out = minMaxDownsample(raw(pts), 0, 10_000_000, 100);
    expect(out.length).to.be.at.most(200);
    const values = out.map((p) => p[1] as number);
    expect(Math.max(...values)).to.equal(Math.max(...pts.map((p) => p[1])));
    expect(Math.min(...values)).to.equal(Math.min(...pts.map((p) => p[1])));
  });

  it('leaves empty columns empty, so gaps stay gaps', () => {
    const out = minMaxDownsample(
      raw([
        [0, 1],
        [99, 2],
      ]),
      0,
      99,
      10,
    );
    expect(out).to.deep.equal([
      [0, 1],
      [99, 2],
    ]);
  });

  it('emits one point when a column holds one value', () => {
    expect(minMaxDownsample(raw([[5, 3]]), 0, 9, 1)).to.deep.equal([[5, 3]]);
  });

  it('keeps rollup spans whose max lies in the next column in time order', () => {
    const rows: Span[] = [
      [0, 1, 9, 5],
      [12, 2, 13, 3],
    ];
    expect(minMaxDownsample(rows, 0, 19, 2)).to.deep.equal([
      [0, 1],
      [9, 5],
      [12, 2],
      [13, 3],
    ]);
    const crossing: Span[] = [
      [2, 1, 14, 9],
      [11, 0, 12, 2],
    ];
    const out = minMaxDownsample(crossing, 0, 19, 2);
    expect(out.map((p) => p[0])).to.deep.equal([2, 11, 12, 14]);
  });
});
