import { expect } from 'chai';
import {
  clampRange,
  coversBounds,
  lookahead,
  MIN_SPAN_MS,
  viewFor,
  visibleRange,
  WHOLE_VIEW,
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

  describe('a running session', () => {
    const H = 3_600_000;
    const s = { started_at: 0, ended_at: null };

    it('follows the newest reading, also in its first minute', () => {
      expect(visibleRange(s, WHOLE_VIEW, 10_000, 0)).to.deep.equal({
        from: 10_000 - MIN_SPAN_MS,
        to: 10_000,
      });
      expect(visibleRange(s, WHOLE_VIEW, 2 * H, 0)).to.deep.equal({ from: 0, to: 2 * H });
      expect(visibleRange(s, WHOLE_VIEW, 3 * H, 0)).to.deep.equal({ from: 0, to: 3 * H });
    });

    it('keeps a window at the live edge sliding, and a window in the past where it is', () => {
      const edge = 5 * H;
      const last = viewFor(s, { from: 4 * H, to: 5 * H }, edge, 0);
      expect(last.follow).to.equal(true);
      expect(visibleRange(s, last, 6 * H, 0)).to.deep.equal({ from: 5 * H, to: 6 * H });
      const past = viewFor(s, { from: 1 * H, to: 2 * H }, edge, 0);
      expect(past).to.deep.equal({ range: { from: H, to: 2 * H }, follow: false });
      expect(visibleRange(s, past, 6 * H, 0)).to.deep.equal({ from: H, to: 2 * H });
      // Back to live: the whole session again.
      expect(viewFor(s, null, edge, 0)).to.equal(WHOLE_VIEW);
      expect(viewFor(s, { from: -H, to: 9 * H }, edge, 0)).to.equal(WHOLE_VIEW);
    });

    it('makes room for the expected arrivals, at most half of the past shown', () => {
      expect(lookahead([], 5 * H, 5 * H)).to.equal(0);
      expect(lookahead([6 * H], 5 * H, 5 * H)).to.equal(H);
      expect(lookahead([20 * H], 5 * H, 4 * H)).to.equal(2 * H);
      expect(lookahead([5.1 * H], 5 * H, 10 * 60_000)).to.be.closeTo(0.1 * H, 1);
      expect(visibleRange(s, WHOLE_VIEW, 5 * H, H)).to.deep.equal({ from: 0, to: 6 * H });
    });

    it('shows an ended session as chosen, all of it by default', () => {
      const ended = { started_at: 0, ended_at: 5 * H };
      expect(visibleRange(ended, viewFor(ended, null, 9 * H, 0), 9 * H, 0)).to.equal(null);
      expect(
        visibleRange(ended, viewFor(ended, { from: H, to: 2 * H }, 9 * H, 0), 9 * H, 0),
      ).to.deep.equal({ from: H, to: 2 * H });
    });
  });
});
