import { expect } from 'chai';
import { LeadLadder, ThresholdEpisode } from '../../src/alerts/episodes.js';
import { rng } from '../fixtures/cook.js';

describe('ThresholdEpisode', () => {
  it('raises once for a noisy signal hovering around the limit, and clears only past the hysteresis', () => {
    const ep = new ThresholdEpisode('above', 130, 5, 0);
    const r = rng(5);
    let active = false;
    const transitions: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const value = 130 + r.gauss(1); // crosses 130 hundreds of times
      const t = ep.update(i * 5000, value, active);
      if (t) transitions.push(t);
      if (t === 'raise') active = true;
      if (t === 'clear') active = false;
    }
    expect(transitions).to.deep.equal(['raise']);
    expect(ep.update(2001 * 5000, 125.5, true)).to.equal(null);
    expect(ep.update(2002 * 5000, 124.9, true)).to.equal('clear');
  });

  it('waits for the minimum duration of data time before raising', () => {
    const ep = new ThresholdEpisode('below', 10, 1, 60_000);
    expect(ep.update(0, 9, false)).to.equal(null);
    expect(ep.update(30_000, 9, false)).to.equal(null);
    expect(ep.update(40_000, 11, false)).to.equal(null); // back above: the clock restarts
    expect(ep.update(50_000, 9, false)).to.equal(null);
    expect(ep.update(110_000, 9, false)).to.equal('raise');
  });
});

describe('LeadLadder', () => {
  it('announces each lower 5-minute lead once, with the previous one', () => {
    const l = new LeadLadder();
    const out = [300, 238, 236, 61, 59, 61, 33, 29, 31, 12, 3].map((m) => l.update(m, 95));
    expect(out).to.deep.equal([
      null,
      [240, null],
      null,
      [65, 240],
      [60, 65],
      null,
      [35, 60],
      [30, 35],
      null,
      [15, 30],
      [5, 15],
    ]);
  });

  it('starts over when the target changes', () => {
    const l = new LeadLadder();
    l.update(20, 95);
    expect(l.update(50, 93)).to.deep.equal([50, null]);
  });
});
