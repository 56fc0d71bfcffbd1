import { expect } from 'chai';
import {
  clampRange,
  coversBounds,
  MAX_POINTS_LIMIT,
  maxPointsFor,
  panRange,
  sessionBounds,
  zoomRange,
} from '../../src/lib/range.js';

describe('range', () => {
  const bounds = { from: 0, to: 3_600_000 };

  it('asks for two points per pixel within the hub limit', () => {
    expect(maxPointsFor(800)).to.equal(1600);
    expect(maxPointsFor(10_000)).to.equal(MAX_POINTS_LIMIT);
    expect(maxPointsFor(0)).to.equal(100);
    expect(maxPointsFor(Number.NaN)).to.equal(100);
  });

  it('keeps a range inside the session and at least a minute wide', () => {
    expect(clampRange({ from: -100, to: 1000 }, bounds)).to.deep.equal({ from: 0, to: 60_000 });
    expect(clampRange({ from: 3_500_000, to: 3_700_000 }, bounds)).to.deep.equal({
      from: 3_400_000,
      to: 3_600_000,
    });
    expect(clampRange({ from: -5, to: 9e9 }, bounds)).to.deep.equal(bounds);
  });

  it('pans by a fraction of the width and stops at the edges', () => {
    const r = { from: 1_000_000, to: 2_000_000 };
    expect(panRange(r, 0.25, bounds)).to.deep.equal({ from: 1_250_000, to: 2_250_000 });
    expect(panRange(r, -5, bounds)).to.deep.equal({ from: 0, to: 1_000_000 });
  });

  it('zooms around the middle or a given point', () => {
    const r = { from: 1_000_000, to: 2_000_000 };
    expect(zoomRange(r, 0.5, bounds)).to.deep.equal({ from: 1_250_000, to: 1_750_000 });
    expect(zoomRange(r, 0.5, bounds, 1_000_000)).to.deep.equal({ from: 1_000_000, to: 1_500_000 });
    expect(zoomRange(r, 100, bounds)).to.deep.equal(bounds);
  });

  it('runs a live session up to now and an ended one to its end', () => {
    expect(sessionBounds({ started_at: 1000, ended_at: 5000 }, 9e9)).to.deep.equal({
      from: 1000,
      to: 5000,
    });
    expect(sessionBounds({ started_at: 0, ended_at: null }, 3_600_000).to).to.equal(3_600_000);
    expect(coversBounds(null, bounds)).to.equal(true);
    expect(coversBounds({ from: 10, to: 3_599_000 }, bounds)).to.equal(true);
    expect(coversBounds({ from: 0, to: 1_000_000 }, bounds)).to.equal(false);
  });
});
