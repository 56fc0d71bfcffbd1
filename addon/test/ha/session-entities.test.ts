import { expect } from 'chai';
import type { Session } from '@brewpit/protocol';
import type { Alert } from '@brewpit/protocol';
import type { ChannelEstimate, SessionEstimates } from '../../src/intel/estimator.js';
import {
  problemState,
  SessionEntityTracker,
  sessionEntities,
  sessionUid,
  type SessionSeries,
} from '../../src/ha/session-entities.js';

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const MIN = 60_000;

const SERIES: SessionSeries = {
  name: (id) => ({ 1: 'pit', 2: 'meat1', 3: 'meat2', 9: 'Tilt red' })[id] ?? null,
  deviceId: (id) => (id === 9 ? 'tilt_red' : 'd1'),
};

const cook = (channels: Session['channels'] = []): Session => ({
  id: 's1',
  kind: 'cook',
  name: 'Sunday brisket',
  status: 'active',
  started_at: T0,
  ended_at: null,
  notes: '',
  recipe: null,
  og: null,
  channels: channels.length
    ? channels
    : [
        { series_id: 1, role: 'pit', target: 110 },
        { series_id: 2, role: 'meat', target: 95, label: 'Brisket' },
        { series_id: 3, role: 'meat', target: 93 },
      ],
});

const brew: Session = {
  ...cook(),
  id: 'b1',
  kind: 'brew',
  name: 'Pale ale',
  og: 1.05,
  channels: [{ series_id: 9, role: 'gravity' }],
};

const channel = (over: Partial<ChannelEstimate> = {}): ChannelEstimate => ({
  series_id: 2,
  label: 'Brisket',
  role: 'meat',
  unit: '°C',
  target: 95,
  value: 70,
  status: 'ok',
  reason: null,
  eta: T0 + 120 * MIN,
  low: T0 + 100 * MIN,
  high: T0 + 150 * MIN,
  minutes_remaining: 120,
  low_minutes: 100,
  high_minutes: 150,
  pit: 110,
  rate_per_h: 6,
  stall: null,
  as_of: T0,
  ...over,
});

const estimates = (channels: ChannelEstimate[]): SessionEstimates => ({
  session_id: 's1',
  kind: 'cook',
  as_of: T0,
  channels,
  brew: [],
});

const alert = (id: number, over: Partial<Alert> = {}): Alert => ({
  id,
  rule_id: 'r1',
  kind: 'above',
  subject: 's:2',
  session_id: 's1',
  series_id: 2,
  device_id: null,
  raised_at: T0 + id,
  cleared_at: null,
  value: 130,
  message: `Pit above 125 °C (${id})`,
  data: {},
  ...over,
});

const stateOf = (items: { unique_id: string }[], what: string, id = 's1') =>
  items.find((i) => i.unique_id === sessionUid(id, what)) as
    { state: unknown; attributes?: Record<string, unknown> } | undefined;

describe('ha/session-entities', () => {
  it('announces a timestamp and a minutes-remaining sensor per meat channel, on the first channel’s device', () => {
    const entities = sessionEntities(cook(), SERIES);
    expect(entities.map((e) => e.unique_id)).to.deep.equal([
      'brewpit_session_s1_2_eta',
      'brewpit_session_s1_2_minutes_remaining',
      'brewpit_session_s1_3_eta',
      'brewpit_session_s1_3_minutes_remaining',
      'brewpit_session_s1_problem',
    ]);
    expect(entities.every((e) => e.device_id === 'd1')).to.equal(true);
    expect(entities[0]).to.include({
      platform: 'sensor',
      device_class: 'timestamp',
      name: 'Brisket time to target',
    });
    expect(entities[1]).to.include({
      platform: 'sensor',
      device_class: 'duration',
      unit_of_measurement: 'min',
      state_class: 'measurement',
      name: 'Brisket minutes remaining',
    });
    // A channel without a label is named after its series.
    expect(entities[2]!.name).to.equal('meat2 time to target');
    expect(entities[4]).to.include({
      platform: 'binary_sensor',
      device_class: 'problem',
      name: 'Sunday brisket problem',
    });
    expect(new Set(entities.map((e) => e.key)).size).to.equal(entities.length);
  });

  it('announces attenuation, ABV and fermentation finished for a brew', () => {
    const entities = sessionEntities(brew, SERIES);
    expect(entities.map((e) => [e.unique_id, e.platform, e.device_id])).to.deep.equal([
      ['brewpit_session_b1_attenuation', 'sensor', 'tilt_red'],
      ['brewpit_session_b1_abv', 'sensor', 'tilt_red'],
      ['brewpit_session_b1_fermentation_finished', 'binary_sensor', 'tilt_red'],
      ['brewpit_session_b1_problem', 'binary_sensor', 'tilt_red'],
    ]);
    expect(entities[0]).to.include({ unit_of_measurement: '%', state_class: 'measurement' });
  });

  it('announces nothing while the device of the first channel is unknown', () => {
    expect(sessionEntities(cook(), { ...SERIES, deviceId: () => null })).to.deep.equal([]);
  });

  it('publishes the eta as ISO 8601 with its band and stall, and the minutes remaining', () => {
    const tracker = new SessionEntityTracker(SERIES);
    tracker.track(cook());
    const stall = { since: T0 - 45 * MIN, duration_s: 45 * 60, ended_at: null };
    const states = tracker.estimates('s1', estimates([channel({ stall })]));
    const eta = stateOf(states, '2_eta')!;
    expect(eta.state).to.equal('2026-11-22T14:00:00.000Z');
    expect(eta.attributes).to.include({
      low: '2026-11-22T13:40:00.000Z',
      high: '2026-11-22T14:30:00.000Z',
      stall: true,
      stall_since: '2026-11-22T11:15:00.000Z',
      stall_duration_min: 45,
      status: 'ok',
    });
    const minutes = stateOf(states, '2_minutes_remaining')!;
    expect(minutes.state).to.equal(120);
    expect(minutes.attributes).to.include({ low_minutes: 100, high_minutes: 150 });
    // The channel without an estimate yet is unknown, not absent.
    expect(stateOf(states, '3_eta')!.state).to.equal(null);
  });

  it('is unknown while the fit is poor, and zero minutes once the target is reached', () => {
    const tracker = new SessionEntityTracker(SERIES);
    tracker.track(cook());
    const unknown = channel({
      status: 'unknown',
      reason: 'poor_fit' as ChannelEstimate['reason'],
      eta: null,
      low: null,
      high: null,
      minutes_remaining: null,
    });
    let states = tracker.estimates('s1', estimates([unknown]));
    expect(stateOf(states, '2_eta')!.state).to.equal(null);
    expect(stateOf(states, '2_eta')!.attributes).to.include({ low: null, high: null });
    expect(stateOf(states, '2_minutes_remaining')!.state).to.equal(null);
    states = tracker.estimates(
      's1',
      estimates([channel({ status: 'reached', eta: T0, minutes_remaining: 0 })]),
    );
    expect(stateOf(states, '2_eta')!.state).to.equal('2026-11-22T12:00:00.000Z');
    expect(stateOf(states, '2_minutes_remaining')!.state).to.equal(0);
  });

  it('publishes attenuation, ABV and finished from the brew estimates', () => {
    const tracker = new SessionEntityTracker(SERIES);
    tracker.track(brew);
    expect(stateOf(tracker.states('b1'), 'abv', 'b1')!.state).to.equal(null);
    const states = tracker.estimates('b1', {
      session_id: 'b1',
      kind: 'brew',
      as_of: T0,
      channels: [],
      brew: [
        {
          series_id: 9,
          label: 'Tilt red',
          gravity: 1.012,
          og: 1.05,
          attenuation: 76,
          abv: 4.99,
          trend_per_day: -0.0002,
          change_over_window: 0.0004,
          finished: true,
          as_of: T0,
        },
      ],
    });
    expect(stateOf(states, 'attenuation', 'b1')!.state).to.equal(76);
    expect(stateOf(states, 'abv', 'b1')!.state).to.equal(4.99);
    expect(stateOf(states, 'fermentation_finished', 'b1')!.state).to.equal(true);
    expect(stateOf(states, 'fermentation_finished', 'b1')!.attributes).to.include({
      gravity: 1.012,
    });
  });

  it('turns the problem sensor on while an alert episode of the session is open', () => {
    const tracker = new SessionEntityTracker(SERIES);
    // An episode open before the announcement (restored) is counted.
    tracker.track(cook(), null, [alert(1), alert(5, { session_id: 'other' })]);
    expect(stateOf(tracker.states('s1'), 'problem')).to.deep.include({ state: true });
    let item = tracker.alert(alert(2, { message: 'Brisket stalled' }))!;
    expect(item.state).to.equal(true);
    expect(item.attributes!.messages).to.deep.equal(['Pit above 125 °C (1)', 'Brisket stalled']);
    tracker.alert(alert(1, { cleared_at: T0 + 10 }));
    item = tracker.alert(alert(2, { cleared_at: T0 + 20 }))!;
    expect(item).to.deep.equal(problemState('s1', []));
    expect(item.state).to.equal(false);
    // Alerts of other sessions, or of none, change nothing here.
    expect(tracker.alert(alert(3, { session_id: null }))).to.equal(null);
    expect(tracker.alert(alert(4, { session_id: 'other' }))).to.equal(null);
  });

  it('gives the entities to remove when the session ends, or loses a channel', () => {
    const tracker = new SessionEntityTracker(SERIES);
    tracker.track(cook());
    const { gone } = tracker.track(
      cook([
        { series_id: 1, role: 'pit' },
        { series_id: 2, role: 'meat', target: 95, label: 'Brisket' },
      ]),
    );
    expect(gone).to.deep.equal([
      'brewpit_session_s1_3_eta',
      'brewpit_session_s1_3_minutes_remaining',
    ]);
    expect(tracker.end('s1')).to.deep.equal([
      'brewpit_session_s1_2_eta',
      'brewpit_session_s1_2_minutes_remaining',
      'brewpit_session_s1_problem',
    ]);
    expect(tracker.has('s1')).to.equal(false);
    expect(tracker.estimates('s1', estimates([channel()]))).to.deep.equal([]);
    expect(tracker.alert(alert(1))).to.equal(null);
    expect(tracker.end('s1')).to.deep.equal([]);
  });
});
