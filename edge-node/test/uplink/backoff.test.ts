import { strict as assert } from 'node:assert';
import { Backoff } from '../../src/uplink/backoff.js';
import { ClockOffset } from '../../src/uplink/clock.js';

describe('Backoff', () => {
  it('draws full-jitter delays under an exponentially growing, capped ceiling', () => {
    const b = new Backoff(1000, 8000, () => 0.999);
    assert.deepEqual(
      [b.next(), b.next(), b.next(), b.next(), b.next()],
      [999, 1998, 3996, 7992, 7992],
    );
    b.reset();
    assert.equal(b.next(), 999);
    assert.equal(new Backoff(1000, 8000, () => 0).next(), 0, 'full jitter reaches zero');
  });
});

describe('ClockOffset', () => {
  it('uses the round-trip midpoint of the fastest exchange', () => {
    const c = new ClockOffset();
    c.observe(1000, 1400, 6200); // slow: midpoint 1200 → +5000
    c.observe(2000, 2010, 7105); // fast: midpoint 2005 → +5100
    assert.equal(c.offsetMs, 5100);
    assert.equal(c.now(10_000), 15_100);
  });
});
