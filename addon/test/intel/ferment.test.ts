import { expect } from 'chai';
import { fermentation } from '../../src/intel/ferment.js';
import type { Sample } from '../../src/intel/fit.js';
import { fermentation as brew } from '../fixtures/cook.js';

const H = 3_600_000;

/** True instant at which gravity changed less than 0.001 over the previous 48 h. */
function trueFinish(f: ReturnType<typeof brew>): number {
  return f.find((s) => {
    const past = f.find((x) => x.ts >= s.ts - 48 * H)!;
    return s.ts - f[0]!.ts >= 48 * H && past.trueSg - s.trueSg < 0.001;
  })!.ts;
}

describe('fermentation', () => {
  it('calls a simulated fermentation finished no later than the 48-h rule, never before gravity settles', () => {
    const f = brew();
    const pts: Sample[] = [];
    let first: number | null = null;
    for (const s of f) {
      pts.push([s.ts, s.sg]);
      if (first === null && fermentation(pts, 1.05).finished) first = s.ts;
    }
    const truth = trueFinish(f);
    // Settled: within 0.001 of the final gravity (1.010), the "levelled off" of issue 24.
    const settled = f.find((s) => s.trueSg <= 1.011)!.ts;
    expect(first).to.not.equal(null);
    // Measured: 11.5 h before the 48-h rule, 38 h after the gravity settled.
    expect((truth - first!) / H).to.be.within(0, 24);
    expect(first!).to.be.at.least(settled);
  });

  it('reports gravity, trend, apparent attenuation and ABV = (OG − SG) × 131.25', () => {
    const f = brew({ days: 3 });
    const r = fermentation(
      f.map((s) => [s.ts, s.sg] as Sample),
      1.05,
    );
    const sg = r.gravity!;
    expect(r.abv).to.be.closeTo((1.05 - sg) * 131.25, 0.01);
    expect(r.attenuation).to.be.closeTo(((1.05 - sg) / 0.05) * 100, 0.1);
    expect(r.trendPerDay).to.be.lessThan(-0.001);
    expect(r.finished).to.equal(false);
  });

  it('works on a classic Tilt (0.001 steps) and without OG, but not for a fermentation that never started', () => {
    const f = brew({ noise: 0 }).map((s) => [s.ts, Math.round(s.sg * 1000) / 1000] as Sample);
    const done = fermentation(f, null);
    expect(done.finished).to.equal(true);
    expect(done.abv).to.equal(null);
    const stuck: Sample[] = Array.from({ length: 300 }, (_, i) => [i * 15 * 60_000, 1.05]);
    expect(fermentation(stuck, 1.05).finished).to.equal(false);
  });

  it('honours a custom stability rule', () => {
    const f = brew().map((s) => [s.ts, s.sg] as Sample);
    const strict = fermentation(f.slice(0, Math.floor(f.length * 0.65)), 1.05, {
      stableWindowMs: 24 * H,
      stableDelta: 0.0001,
      trendWindowMs: 12 * H,
      minDrop: 0.005,
    });
    expect(strict.finished).to.equal(false);
  });
});
