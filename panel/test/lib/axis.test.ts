import { expect } from 'chai';
import { elapsedTicks, timeTicks } from '../../src/lib/axis.js';
import { formatters } from '../../src/lib/format.js';

describe('axis', () => {
  const utc = formatters({ language: 'en', time_zone: 'server', time_format: '12' }, 'UTC');
  const t0 = Date.UTC(2025, 10, 22, 20, 4) / 1000;

  it('shows seconds when ticks are under a minute apart', () => {
    const labels = timeTicks([t0, t0 + 10, t0 + 20], 10, utc);
    expect(labels).to.deep.equal(['8:04:00 PM\nNov 22', '8:04:10 PM', '8:04:20 PM']);
  });

  it('keeps labels distinct when the clocks go back', () => {
    const ny = formatters({ language: 'en', time_zone: 'server' }, 'America/New_York');
    // 05:30 and 06:30 UTC on 2 November 2025 are both 1:30 AM in New York.
    const a = Date.UTC(2025, 10, 2, 5, 30) / 1000;
    const labels = timeTicks([a - 3600, a, a + 3600], 3600, ny);
    expect(new Set(labels).size).to.equal(3);
    expect(labels[1]).to.match(/1:30:00 AM EDT/);
    expect(labels[2]).to.match(/1:30:00 AM EST/);
  });

  it('dates day steps and adds the year when days repeat', () => {
    const d = Date.UTC(2024, 10, 22) / 1000;
    expect(timeTicks([d, d + 86_400], 86_400, utc)).to.deep.equal(['Nov 22', 'Nov 23']);
    const labels = timeTicks([d, d + 365 * 86_400], 86_400 * 365, utc);
    expect(labels).to.deep.equal(['Nov 22, 2024', 'Nov 22, 2025']);
  });

  it('labels elapsed time in h:mm', () => {
    expect(elapsedTicks([0, 420, 5400])).to.deep.equal(['0:00', '0:07', '1:30']);
  });
});
