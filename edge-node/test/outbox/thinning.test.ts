import { strict as assert } from 'node:assert';
import { STRATA, planThinning, toRanges, type Tick } from '../../src/outbox/thinning.js';

const uniform = (n: number, rows = 4, step = 1000): Tick[] =>
  Array.from({ length: n }, (_, i) => ({ ts: i * step, rows }));

describe('planThinning', () => {
  it('drops half of uniform ticks as every other one, keeping both ends', () => {
    const ticks = uniform(STRATA * 20);
    const drop = planThinning(ticks, (ticks.length * 4) / 2);
    assert.ok(Math.abs(drop.length - ticks.length / 2) <= 2);
    assert.ok(!drop.includes(0) && !drop.includes(ticks.length - 1));
    const kept = ticks.map((_, i) => i).filter((i) => !drop.includes(i));
    const gaps = kept.slice(1).map((k, i) => k - kept[i]!);
    assert.ok(Math.max(...gaps) <= 3, `gaps ${Math.max(...gaps)}`);
  });

  it('takes the same fraction from every stretch of time, dense or sparse', () => {
    // First half of the time span sparse (every 8 s), second half dense (every 1 s).
    const sparse = Array.from({ length: 400 }, (_, i) => ({ ts: i * 8000, rows: 4 }));
    const dense = Array.from({ length: 3200 }, (_, i) => ({ ts: 3_200_000 + i * 1000, rows: 4 }));
    const ticks = [...sparse, ...dense];
    const drop = new Set(planThinning(ticks, ticks.length * 4 * 0.25));
    const droppedSparse = sparse.filter((_, i) => drop.has(i)).length / sparse.length;
    const droppedDense = dense.filter((_, i) => drop.has(i + sparse.length)).length / dense.length;
    assert.ok(Math.abs(droppedSparse - 0.25) < 0.02, `sparse ${droppedSparse}`);
    assert.ok(Math.abs(droppedDense - 0.25) < 0.02, `dense ${droppedDense}`);
  });

  it('drops nothing when nothing has to go', () => {
    assert.deepEqual(planThinning(uniform(100), 0), []);
    assert.deepEqual(planThinning(uniform(2), 100), []);
  });
});

describe('toRanges', () => {
  it('collapses ascending seqs into inclusive ranges', () => {
    assert.deepEqual(toRanges([1, 2, 3, 7, 9, 10]), [
      { from: 1, to: 3 },
      { from: 7, to: 7 },
      { from: 9, to: 10 },
    ]);
    assert.deepEqual(toRanges([]), []);
  });
});
