import type { SessionChart } from '@brewpit/protocol';
import { expect } from 'chai';
import { decodeChart } from '../../src/lib/chart-columns.js';

describe('chart-columns', () => {
  it('turns delta-coded times and scaled integers back into [ts, value] points, gaps kept', () => {
    const from = 1_763_800_000_000;
    const chart: SessionChart = {
      session_id: 's',
      from,
      to: from + 10_000,
      annotations: [{ id: 1, session_id: 's', ts: from + 5, text: 'Lid', kind: 'note' }],
      series: [
        {
          series_id: 7,
          role: 'pit',
          label: 'Pit',
          kind: 'temperature',
          unit: '°C',
          target: 110,
          downsampled: true,
          tier: '1m',
          decimals: 2,
          t: [1000, 1000, 2500],
          v: [10745, null, -5],
        },
        {
          series_id: 8,
          role: 'gravity',
          label: 'SG',
          kind: 'gravity',
          unit: '',
          target: null,
          downsampled: false,
          tier: 'raw',
          decimals: 4,
          t: [0],
          v: [10502],
        },
      ],
    };
    const h = decodeChart(chart);
    expect(h).to.deep.include({ session_id: 's', from, to: from + 10_000 });
    expect(h.annotations).to.equal(chart.annotations);
    expect(h.series[0]).to.deep.equal({
      series_id: 7,
      role: 'pit',
      label: 'Pit',
      kind: 'temperature',
      unit: '°C',
      target: 110,
      downsampled: true,
      points: [
        [from + 1000, 107.45],
        [from + 2000, null],
        [from + 4500, -0.05],
      ],
    });
    expect(h.series[1]!.points).to.deep.equal([[from, 1.0502]]);
  });
});
