import { strict as assert } from 'node:assert';
import { ChannelQuality } from '../../src/sensors/quality.js';

const spec = {
  key: 'pit',
  kind: 'temperature' as const,
  name: 'Pit',
  unit: '°C',
  precision: 1,
  plausible: [-40, 500] as const,
  maxStep: 50,
  frozenAfter: 5,
};

describe('ChannelQuality', () => {
  it('flags a single-sample spike and accepts the values around it', () => {
    const q = new ChannelQuality(spec);
    assert.equal(q.judge(100).status, 'ok');
    assert.equal(q.judge(400).status, 'spike');
    assert.equal(q.judge(101).status, 'ok');
  });

  it('accepts a confirmed jump from its second sample', () => {
    const q = new ChannelQuality(spec);
    q.judge(20);
    assert.equal(q.judge(200).status, 'spike');
    assert.equal(q.judge(201).status, 'ok');
  });

  it("marks an Inkbird's 6553.5 °C implausible, keeping the value", () => {
    assert.deepEqual(new ChannelQuality(spec).judge(6553.5), {
      value: 6553.5,
      status: 'implausible',
    });
  });

  it('marks a value frozen after N identical samples', () => {
    const q = new ChannelQuality(spec);
    const statuses = [1, 2, 3, 4, 5, 6].map(() => q.judge(99.25).status);
    assert.deepEqual(statuses, ['ok', 'ok', 'ok', 'ok', 'frozen', 'frozen']);
    assert.equal(q.judge(99.3).status, 'ok');
  });

  it('reports a missing value as unavailable with value null, and starts fresh after it', () => {
    const q = new ChannelQuality(spec);
    q.judge(25);
    assert.deepEqual(q.judge(null), { value: null, status: 'unavailable' });
    assert.equal(q.judge(250).status, 'ok', 'no spike against data from before the gap');
  });
});
