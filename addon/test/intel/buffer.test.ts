import { expect } from 'chai';
import { SeriesBuffer } from '../../src/intel/estimator.js';
import type { Sample } from '../../src/intel/fit.js';

/** A small seeded generator, so a failure can be replayed. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Samples older than the window that still wait at the front. */
const expiredOf = (b: SeriesBuffer) => {
  const newest = b.samples.at(-1)?.[0] ?? 0;
  return b.samples.filter(([ts]) => ts < newest - b.keepMs).length;
};

describe('SeriesBuffer', () => {
  it('keeps its window and cuts older samples in bulk, at most 256 waiting', () => {
    const b = new SeriesBuffer(300_000);
    for (let s = 0; s < 3_600; s++) {
      b.push(s * 1000, s);
      expect(expiredOf(b)).to.be.at.most(256);
    }
    const window = b.samples.filter(([ts]) => ts >= 3_599_000 - 300_000);
    expect(window).to.have.length(301);
    expect(window[0]).to.deep.equal([3_299_000, 3_299]);
  });

  it('never loses a sample of its window, whatever order readings come in and the window changes', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const rnd = lcg(seed);
      const b = new SeriesBuffer(60_000);
      let newest = 0;
      for (let op = 0; op < 4_000; op++) {
        const before: Sample[] = b.samples.map((s) => [s[0], s[1]]);
        const roll = rnd();
        let pushed: Sample | null = null;
        if (roll < 0.03) {
          // Shorter or longer, as LiveEstimates sets it when rules and sessions change.
          b.keepMs = Math.floor(rnd() * 120_000);
        } else if (roll < 0.2 && newest > 0) {
          // Late data, from inside the window to well before it.
          pushed = [newest - Math.floor(rnd() * 2 * b.keepMs) - 1, op];
          b.push(pushed[0], pushed[1]);
        } else {
          newest += 1 + Math.floor(rnd() * 2_000);
          pushed = [newest, op];
          b.push(pushed[0], pushed[1]);
        }
        const after = new Map(b.samples.map(([ts, v]) => [ts, v]));
        const from = newest - b.keepMs;
        const where = `seed ${seed}, operation ${op}`;
        // Plain comparisons, with an assertion only on a failure: this runs 40,000 times.
        for (let i = 1; i < b.samples.length; i++)
          if (b.samples[i]![0] <= b.samples[i - 1]![0])
            expect.fail(`${where}: out of order at ${i}`);
        for (const [ts, v] of before)
          if (ts >= from && after.get(ts) !== v) expect.fail(`${where}: lost ${ts}`);
        if (pushed && pushed[0] >= from && !before.some(([ts]) => ts === pushed[0]))
          if (after.get(pushed[0]) !== pushed[1]) expect.fail(`${where}: not kept ${pushed[0]}`);
      }
    }
  });

  it('keeps a late sample put right after the expired ones while it is in the window', () => {
    // 300 readings in the window; every length of expired prefix up to the bulk cut past 256.
    for (let n = 300; n < 600; n++) {
      const b = new SeriesBuffer(599_000);
      for (let k = 0; k <= n; k++) b.push(k * 2_000, k);
      const late = n * 2_000 - 599_000 + 500; // after every expired sample, inside the window
      b.push(late, -1);
      b.push(n * 2_000 + 1, n + 1);
      if (!b.samples.some(([ts, v]) => ts === late && v === -1))
        expect.fail(`after ${n} readings the late sample was cut`);
    }
  });

  it('takes back samples still waiting at the front when the window grows', () => {
    const b = new SeriesBuffer(10_000);
    for (let s = 0; s <= 100; s++) b.push(s * 1000, s);
    const waiting = b.samples[0]![0];
    expect(waiting).to.be.below(90_000);
    b.keepMs = 100_000;
    b.push(101_000, 101);
    expect(b.samples[0]![0]).to.equal(waiting);
  });
});
