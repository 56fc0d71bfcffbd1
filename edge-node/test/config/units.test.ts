import { strict as assert } from 'node:assert';
import { parseDuration, parseSize } from '../../src/config/units.js';

describe('units', () => {
  it('parses durations', () => {
    assert.equal(parseDuration('500ms'), 500);
    assert.equal(parseDuration('5s'), 5000);
    assert.equal(parseDuration('1m'), 60_000);
    assert.equal(parseDuration('1.5h'), 5_400_000);
    assert.equal(parseDuration(2), 2000, 'a bare number is seconds');
    assert.throws(() => parseDuration('soon'), RangeError);
  });

  it('parses sizes with decimal and binary prefixes', () => {
    assert.equal(parseSize('200MB'), 200_000_000);
    assert.equal(parseSize('1GiB'), 1024 ** 3);
    assert.equal(parseSize('512kB'), 512_000);
    assert.equal(parseSize(4096), 4096);
    assert.throws(() => parseSize('lots'), RangeError);
  });
});
