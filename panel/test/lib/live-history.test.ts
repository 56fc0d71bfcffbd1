import type { SessionHistory } from '@brewpit/protocol';
import { expect } from 'chai';
import { LiveBuffer, newestReading } from '../../src/lib/live-history.js';

describe('live-history', () => {
  const history = (): SessionHistory => ({
    session_id: 's',
    from: 0,
    to: 10_000,
    series: [1, 2].map((id) => ({
      series_id: id,
      role: 'meat' as const,
      label: `p${id}`,
      kind: 'temperature',
      unit: '°C',
      target: null,
      downsampled: false,
      points: [
        [0, 20],
        [10_000, 21],
      ],
    })),
    annotations: [],
  });

  it('appends newer readings in time order and drops what the history already has', () => {
    const b = new LiveBuffer();
    b.add(1, [12_000, 22]);
    b.add(1, [11_000, 21.5]);
    b.add(1, [9_000, 99]);
    const { history: h, added, skipped } = b.drain(history());
    expect(h.series[0]!.points).to.deep.equal([
      [0, 20],
      [10_000, 21],
      [11_000, 21.5],
      [12_000, 22],
    ]);
    expect(h.series[1]!.points).to.have.length(2);
    expect([added, skipped, h.to, b.size]).to.deep.equal([2, false, 12_000, 0]);
    expect(newestReading(h)).to.equal(12_000);
  });

  it('notices when the live feed jumped over readings the hub has', () => {
    const b = new LiveBuffer();
    b.add(2, [10_000 + 30 * 60_000, 40]);
    expect(b.drain(history()).skipped).to.equal(true);
  });
});
