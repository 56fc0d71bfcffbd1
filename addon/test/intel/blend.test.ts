import { expect } from 'chai';
import { combine, instability, phi } from '../../src/intel/blend.js';
import { localTrend } from '../../src/intel/trend.js';
import { pitInCooker } from '../../src/intel/pit.js';
import type { Sample } from '../../src/intel/fit.js';
import { replayCook, scoreCooks } from './replay.js';
import { SCENARIOS, scenarioLog } from './synthetic.js';

const MIN = 60_000;
const HOUR = 3_600_000;
const t0 = Date.UTC(2026, 0, 1);

/** Newton heating toward `pit` with coefficient k (per hour), read every `stepS` seconds. */
function newton(k: number, pit: number, from: number, hours: number, stepS = 30): Sample[] {
  const out: Sample[] = [];
  for (let s = 0; s <= hours * 3600; s += stepS)
    out.push([t0 + s * 1000, pit - (pit - from) * Math.exp((-k * s) / 3600)]);
  return out;
}

describe('combining the heating model and the local trend', () => {
  it('phi is the standard normal CDF', () => {
    expect(phi(0)).to.be.closeTo(0.5, 1e-7);
    expect(phi(1.959964)).to.be.closeTo(0.975, 1e-6);
    expect(phi(-2)).to.be.closeTo(0.02275, 1e-5);
  });

  it('one part comes back as it went in', () => {
    const c = combine([{ hours: 2, low: 1.5, high: 3, spread: 0 }], 2, 12)!;
    expect(c.hours).to.be.closeTo(2, 1e-6);
    expect(c.low).to.be.closeTo(1.5, 1e-3);
    expect(c.high).to.be.closeTo(3, 1e-3);
    expect(c.weights).to.deep.equal([1]);
  });

  it('weighs the surer part more, and its recent instability makes it less sure', () => {
    const narrow = { hours: 1, low: 0.9, high: 1.1, spread: 0 };
    const wide = { hours: 1.5, low: 1, high: 2, spread: 0 };
    const a = combine([wide, narrow], 2, 12)!;
    expect(a.weights[1]).to.be.greaterThan(0.9);
    expect(a.hours).to.be.closeTo(1, 0.05);
    const b = combine([wide, { ...narrow, spread: 0.5 }], 2, 12)!;
    expect(b.weights[1]).to.be.lessThan(0.5);
    expect(b.hours).to.be.greaterThan(a.hours);
  });

  it('spans both when the parts disagree, and says so', () => {
    const c = combine(
      [
        { hours: 1, low: 0.8, high: 1.2, spread: 0 },
        { hours: 2, low: 1.8, high: 2.2, spread: 0 },
      ],
      2,
      12,
    )!;
    expect(c.disagree).to.equal(true);
    expect(c.low).to.be.at.most(0.85);
    expect(c.high).to.be.at.least(2.15);
    expect(c.hours).to.be.within(1, 2);
  });

  it('leaves out a part without a finite centre and caps an unbounded late side', () => {
    const c = combine(
      [
        { hours: NaN, low: 0, high: 1, spread: 0 },
        { hours: 1, low: 0.5, high: Infinity, spread: 0 },
      ],
      2,
      12,
    )!;
    expect(c.weights[0]).to.equal(0);
    expect(Number.isFinite(c.high)).to.equal(true);
    expect(combine([{ hours: NaN, low: 0, high: 1, spread: 0 }], 2, 12)).to.equal(null);
  });

  it('instability is the RMS move of a method’s earlier answers from its answer now', () => {
    const past = [0, 1, 2, 3].map((i) => ({
      ts: t0 + i * MIN,
      arrival: t0 + 2 * HOUR + i * 6 * MIN,
    }));
    const now = t0 + 2 * HOUR + 24 * MIN;
    const v = instability(past, now, t0 + 4 * MIN, 20 * MIN);
    expect(v * 60).to.be.closeTo(Math.sqrt((24 ** 2 + 18 ** 2 + 12 ** 2 + 6 ** 2) / 4), 1e-6);
    expect(instability(past.slice(0, 2), now, t0 + 4 * MIN, 20 * MIN)).to.equal(0);
  });
});

describe('the local trend (the meat’s rate now, carried forward)', () => {
  it('follows Newton heating when it carries the rate with the model’s deceleration', () => {
    const k = 0.3;
    const meat = newton(k, 120, 20, 6);
    const asOf = meat[meat.length - 1]![0];
    const now = meat[meat.length - 1]![1];
    const truth = Math.log((120 - now) / (120 - 105)) / k;
    const t = localTrend(meat, asOf, 105, 30 * MIN, k, 2, 1)!;
    // The window's average rate is a few per cent above the rate now (see localTrend).
    expect(t.hours).to.be.closeTo(truth, 0.05);
    expect(t.low).to.be.below(t.hours);
    expect(t.high).to.be.above(t.hours);
    // A straight line is early on a decelerating curve, by about ½·k·h².
    const line = localTrend(meat, asOf, 105, 30 * MIN, k, 2, 0)!;
    expect(truth - line.hours).to.be.closeTo(0.5 * k * line.hours ** 2, 0.1);
  });

  it('is not tilted by a lid opening in its window when the pit is measured', () => {
    const k = 0.2;
    const pit: Sample[] = [];
    const meat: Sample[] = [];
    let m = 70;
    for (let s = 0; s <= 2 * 3600; s += 10) {
      const lid = s > 6600 && s < 6780; // 3 min open, 7 min before the end
      const p = lid ? 60 : 120;
      m += ((k * (p - m)) / 3600) * 10;
      pit.push([t0 + s * 1000, p]);
      meat.push([t0 + s * 1000, m]);
    }
    const asOf = meat[meat.length - 1]![0];
    const steady = localTrend(meat, asOf, 95, 30 * MIN, k, 2, 1, { samples: pit, level: 120 })!;
    const raw = localTrend(meat, asOf, 95, 30 * MIN, k, 2, 1)!;
    const now = meat[meat.length - 1]![1];
    const truth = Math.log((120 - now) / (120 - 95)) / k;
    expect(Math.abs(steady.hours - truth)).to.be.lessThan(Math.abs(raw.hours - truth));
    expect(steady.hours).to.be.closeTo(truth, 0.1);
  });

  it('reads a rise through whole-°F rounding, and gives nothing on a flat or falling meat', () => {
    const meat = newton(0.2, 115, 60, 3, 60).map(
      ([ts, v]) => [ts, (Math.round(v * 1.8 + 32) - 32) / 1.8] as Sample,
    );
    const asOf = meat[meat.length - 1]![0];
    const t = localTrend(meat, asOf, 95, 30 * MIN, 0.2, 2, 1)!;
    const exact = 0.2 * (115 - meat[meat.length - 1]![1]);
    expect(t.slope).to.be.closeTo(exact, exact * 0.25);
    const flat = meat.map(([ts]) => [ts, 70] as Sample);
    expect(localTrend(flat, asOf, 95, 30 * MIN, 0.2, 2, 1)).to.equal(null);
    const falling = meat.map(([ts, v]) => [ts, 200 - v] as Sample);
    expect(localTrend(falling, asOf, 95, 30 * MIN, 0.2, 2, 1)).to.equal(null);
  });
});

describe('a pit probe out of the cooker', () => {
  it('drops a pit reading the room for 10+ minutes, keeps a lid opening', () => {
    const meat: Sample[] = [];
    const pit: Sample[] = [];
    for (let m = 0; m <= 60; m++) {
      meat.push([t0 + m * MIN, 70 + m * 0.05]);
      const lid = m >= 10 && m < 12;
      const pulled = m >= 40;
      pit.push([t0 + m * MIN, pulled ? 22 : lid ? 60 : 120]);
    }
    const kept = pitInCooker(pit, meat);
    expect(kept.some(([ts]) => ts === t0 + 10 * MIN)).to.equal(true);
    expect(kept.every(([ts]) => ts < t0 + 40 * MIN)).to.equal(true);
    const inside = pit.slice(0, 40);
    expect(pitInCooker(inside, meat)).to.equal(inside);
  });

  it('keeps answering through a wrap with the pit probe pulled (replayed scenario)', () => {
    const s = SCENARIOS.find((x) => x.id === 'brisket-wrapped-pit-pulled')!;
    const scores = scoreCooks(replayCook(scenarioLog(s)));
    expect(scores.okShare2h).to.be.at.least(0.9);
    expect(scores.okWithoutTimes).to.equal(0);
    expect(scores.bandCoverage).to.be.at.least(0.8);
  });
});
