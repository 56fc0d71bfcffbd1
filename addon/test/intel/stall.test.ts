import { expect } from 'chai';
import type { Sample } from '../../src/intel/fit.js';
import { StallTracker } from '../../src/intel/stall.js';
import { brisket, trueStallStart, type CookOptions } from '../fixtures/cook.js';

const MIN = 60_000;

/** Feeds a cook to a tracker once a minute (the engine's batch cadence); returns the first detection. */
function detect(opts: Partial<CookOptions>) {
  const cook = brisket(opts);
  const tracker = new StallTracker();
  const meat: Sample[] = [];
  const pit: Sample[] = [];
  let first = null as { at: number; since: number } | null;
  let stalls = 0;
  let was = false;
  cook.forEach((s, i) => {
    pit.push([s.ts, s.pit]);
    if (s.meat !== null && s.meat < 500) meat.push([s.ts, s.meat]);
    if (i % 12 !== 0) return;
    const st = tracker.update(meat, pit);
    if (st.stalled && !was) {
      stalls++;
      first ??= { at: s.ts, since: st.stall!.since };
    }
    was = st.stalled;
  });
  return { cook, first, stalls, final: tracker.update(meat, pit) };
}

describe('StallTracker', () => {
  // The stall's start is where it becomes visible: the rate with the pit at its setpoint falls
  // under 0.1 °C/min (6 °C/h), as issue 24 defines it on real cooks (real stalls creep at
  // 2–5 °C/h; the former 2 °C/h threshold flagged them late or never). Measured on seeds 1–14:
  // detection 7–12 min after that start, the reported start 5–10 min before it, the stall over
  // after 5.9–6.1 h.
  for (let seed = 1; seed <= 14; seed++) {
    it(`detects the brisket stall within 15 minutes of its start, once (seed ${seed})`, () => {
      const { cook, first, stalls, final } = detect({ seed });
      const truth = trueStallStart(cook, 6)!;
      expect(first, 'stall detected').to.not.equal(null);
      const latency = (first!.at - truth) / MIN;
      expect(latency, 'latency (min)').to.be.within(-15, 15);
      expect(Math.abs(first!.since - truth) / MIN, 'start time error (min)').to.be.at.most(20);
      expect(stalls, 'stall episodes').to.equal(1);
      expect(final.stall!.endedAt, 'stall over by the end').to.be.a('number');
      expect((final.stall!.endedAt! - final.stall!.since) / 3_600_000).to.be.within(4, 7);
    });
  }

  it('sees no stall in a cooker too cold to drive one', () => {
    const { first } = detect({ setpoint: 70, hours: 12 });
    expect(first).to.equal(null);
  });

  it('does not take a lid opening for a stall', () => {
    // Lids every 20 min, but stop the cook before the real stall band.
    const { first } = detect({ lidEveryMin: 20, hours: 4.5 });
    expect(first).to.equal(null);
  });
});
