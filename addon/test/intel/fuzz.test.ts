import { expect } from 'chai';
import fc from 'fast-check';
import { estimateEta } from '../../src/intel/eta.js';
import type { Sample } from '../../src/intel/fit.js';
import { replayCook, type ReplayLog } from './replay.js';

const MIN = 60_000;

/** Sorted samples with arbitrary (finite) values, duplicate-free timestamps, gaps included. */
const series = (maxLen: number, lo: number, hi: number) =>
  fc
    .array(
      fc.tuple(fc.integer({ min: 1, max: 40 * MIN }), fc.double({ min: lo, max: hi, noNaN: true })),
      { maxLength: maxLen },
    )
    .map((steps) => {
      let ts = Date.UTC(2026, 0, 1);
      return steps.map(([dt, v]) => [(ts += dt), v] as Sample);
    });

/** A heating curve with a plateau, then gaps, a silent or pulled pit probe and dropouts. */
const cook = fc
  .record({
    k: fc.double({ min: 0.05, max: 1.5, noNaN: true }),
    pit: fc.double({ min: 60, max: 260, noNaN: true }),
    stepS: fc.integer({ min: 5, max: 300 }),
    hours: fc.double({ min: 0.2, max: 16, noNaN: true }),
    stallAt: fc.double({ min: 40, max: 90, noNaN: true }),
    stallH: fc.double({ min: 0, max: 6, noNaN: true }),
    pitSilentAt: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    pitPulledAt: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    gaps: fc.array(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 180 })),
      {
        maxLength: 4,
      },
    ),
    meatOut: fc.option(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 60 })),
    ),
    target: fc.double({ min: 50, max: 100, noNaN: true }),
    noise: fc.double({ min: 0, max: 2, noNaN: true }),
    seed: fc.integer(),
  })
  .map((o): ReplayLog => {
    const t0 = Date.UTC(2026, 0, 1);
    const end = o.hours * 3_600_000;
    const readings: ReplayLog['readings'] = [];
    let meat = 5;
    let stalledFor = 0;
    let r = o.seed;
    const noise = () => ((r = (r * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5) * o.noise;
    const inGap = (s: number) =>
      o.gaps.some(([at, min]) => s >= at * end && s < at * end + min * MIN);
    for (let s = 0; s <= end; s += o.stepS * 1000) {
      const h = o.stepS / 3600;
      if (meat >= o.stallAt && stalledFor < o.stallH) stalledFor += h;
      else meat += o.k * (o.pit - meat) * h;
      if (inGap(s)) continue;
      const ts = t0 + s;
      const pitSilent = o.pitSilentAt !== null && s >= o.pitSilentAt * end;
      const pulled = o.pitPulledAt !== null && s >= o.pitPulledAt * end;
      if (!pitSilent) readings.push([ts, 'pit', pulled ? 20 + noise() : o.pit + noise()]);
      const out =
        o.meatOut !== null &&
        s >= o.meatOut[0] * end &&
        s < o.meatOut[0] * end + o.meatOut[1] * MIN;
      readings.push([ts, 'meat', out ? null : meat + noise()]);
    }
    const reached = readings.find(([, ch, v]) => ch === 'meat' && v !== null && v >= o.target);
    return {
      meta: {
        id: 'fuzz',
        kind: 'cook',
        split: 'synthetic',
        device: 'fuzz',
        cut: 'fuzz',
        channels: [
          { channel: 'pit', role: 'pit' },
          // Arrival unknown: evaluate to the end of the log.
          {
            channel: 'meat',
            role: 'meat',
            target: o.target,
            reached_at: reached?.[0] ?? t0 + end + 1,
          },
        ],
      },
      readings,
    };
  });

const sound = (status: string, ...times: (number | null)[]) =>
  status !== 'ok' || times.every((t) => t !== null && Number.isFinite(t));

describe('estimates under fuzzed inputs (gaps, silences, pulled probes)', () => {
  it('never answers ok without finite, ordered times (estimateEta, arbitrary series)', () => {
    fc.assert(
      fc.property(
        series(120, -40, 500),
        series(120, -40, 500),
        fc.double({ min: -10, max: 200, noNaN: true }),
        fc.option(fc.double({ min: 0, max: 300, noNaN: true })),
        (meat, pit, target, setpoint) => {
          const e = estimateEta(meat, pit, target, undefined, { setpoint });
          expect(sound(e.status, e.etaTs, e.lowTs, e.highTs), JSON.stringify(e)).to.equal(true);
          if (e.status === 'ok') {
            expect(e.lowTs!).to.be.at.most(e.etaTs!);
            expect(e.etaTs!).to.be.at.most(e.highTs!);
            expect(e.etaTs!).to.be.at.least(e.asOf);
          }
        },
      ),
      { numRuns: 400, seed: 24 },
    );
  });

  it('never publishes ok without finite times through the engine path (hygiene, buffers, stall tracker)', () => {
    let oks = 0;
    fc.assert(
      fc.property(cook, (log) => {
        for (const r of replayCook(log))
          for (const { e } of r.evals) {
            if (e.status === 'ok') oks++;
            expect(
              sound(
                e.status,
                e.eta,
                e.low,
                e.high,
                e.minutes_remaining,
                e.low_minutes,
                e.high_minutes,
              ),
              JSON.stringify(e),
            ).to.equal(true);
          }
      }),
      { numRuns: 60, seed: 24 },
    );
    // The property is not vacuous: the fuzzed cooks do get estimates.
    expect(oks).to.be.greaterThan(100);
  });
});
