import type { Session, SessionHistory, SessionSeriesHistory } from '@brewpit/protocol';
import { expect } from 'chai';
import {
  channelFigures,
  compareChartModel,
  compareRoles,
  sessionChartModel,
} from '../../src/lib/chart-model.js';

function series(
  p: Partial<SessionSeriesHistory> & Pick<SessionSeriesHistory, 'series_id'>,
): SessionSeriesHistory {
  return {
    role: 'meat',
    label: `probe ${p.series_id}`,
    kind: 'temperature',
    unit: '°C',
    target: null,
    downsampled: false,
    points: [],
    ...p,
  };
}

function session(id: string, started_at: number): Session {
  return {
    id,
    kind: 'cook',
    name: id,
    status: 'ended',
    started_at,
    ended_at: started_at + 3_600_000,
    channels: [],
    notes: '',
    recipe: null,
    og: null,
  };
}

describe('chart-model', () => {
  const history: SessionHistory = {
    session_id: 's1',
    from: 0,
    to: 20_000,
    series: [
      series({
        series_id: 1,
        role: 'pit',
        label: 'Pit',
        target: 110,
        points: [
          [0, 100],
          [10_000, 110],
        ],
      }),
      series({
        series_id: 2,
        role: 'gravity',
        kind: 'gravity',
        unit: 'SG',
        label: 'SG',
        points: [[20_000, 1.05]],
      }),
    ],
    annotations: [{ id: 1, session_id: 's1', ts: 10_000, text: 'wrapped', kind: 'note' }],
  };

  it('draws every channel in display units with targets and annotation markers', () => {
    const m = sessionChartModel(history, '°F');
    expect(m.xs).to.deep.equal([0, 10, 20]);
    expect(m.series.map((s) => s.scale)).to.deep.equal(['°F', 'SG']);
    expect(m.series[0]!.values).to.deep.equal([212, 230, undefined]);
    expect(m.targets).to.deep.equal([{ scale: '°F', value: 230, colorIndex: 0, label: 'Pit' }]);
    expect(m.markers).to.deep.equal([{ x: 10, text: 'wrapped', kind: 'note' }]);
    expect(m.scales.map((s) => s.key)).to.deep.equal(['°F', 'SG']);
  });

  it('keeps the structure key when only data changes', () => {
    const more = {
      ...history,
      series: history.series.map((s) => ({
        ...s,
        points: [...s.points, [30_000, 1] as [number, number]],
      })),
    };
    expect(sessionChartModel(more, '°C').structureKey).to.equal(
      sessionChartModel(history, '°C').structureKey,
    );
    expect(sessionChartModel(history, '°F').structureKey).to.not.equal(
      sessionChartModel(history, '°C').structureKey,
    );
  });

  it('aligns compared sessions at their start and overlays the same role', () => {
    const h = (id: string, start: number, v: number): SessionHistory => ({
      session_id: id,
      from: start,
      to: start + 60_000,
      series: [
        series({ series_id: 1, role: 'pit', points: [[start, 100]] }),
        series({
          series_id: 2,
          role: 'meat',
          points: [
            [start, v],
            [start + 60_000, v + 10],
          ],
        }),
      ],
      annotations: [],
    });
    const inputs = [
      { session: session('a', 1_000_000), history: h('a', 1_000_000, 5) },
      { session: session('b', 9_000_000), history: h('b', 9_000_000, 7) },
    ];
    expect(compareRoles(inputs)).to.deep.equal(['pit', 'meat']);
    const m = compareChartModel(inputs, 'meat', '°C');
    expect(m.xMode).to.equal('elapsed');
    expect(m.xs).to.deep.equal([0, 60]);
    expect(m.series.map((s) => s.values)).to.deep.equal([
      [5, 15],
      [7, 17],
    ]);
    expect(m.series.map((s) => s.colorIndex)).to.deep.equal([0, 1]);
    expect(m.series[0]!.label).to.equal('a · probe 2');
  });

  it('gives every compared probe its own colour and every session its own line style', () => {
    const two = (id: string, start: number): SessionHistory => ({
      session_id: id,
      from: start,
      to: start + 60_000,
      series: [1, 2].map((n) => series({ series_id: n, role: 'meat', points: [[start, 20 + n]] })),
      annotations: [],
    });
    const m = compareChartModel(
      [
        { session: session('a', 0), history: two('a', 0) },
        { session: session('b', 5_000_000), history: two('b', 5_000_000) },
      ],
      'meat',
      '°C',
    );
    expect(m.series.map((s) => s.colorIndex)).to.deep.equal([0, 1, 2, 3]);
    expect(m.series.map((s) => Boolean(s.dash))).to.deep.equal([false, false, true, true]);
  });

  it('computes key figures per channel in display units', () => {
    const [pit] = channelFigures(history, '°F');
    expect(pit).to.include({
      latest: 230,
      min: 212,
      max: 230,
      target: 230,
      unit: '°F',
      latestTs: 10_000,
    });
  });
});
