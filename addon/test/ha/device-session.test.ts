import { expect } from 'chai';
import type { Alert, SeriesInfo, Session } from '@brewpit/protocol';
import {
  currentSession,
  deviceSessionEntities,
  deviceSessionStates,
  meatIds,
  type DeviceSessionInput,
} from '../../src/ha/device-session.js';
import type { ChannelEstimate } from '../../src/intel/estimator.js';
import type { DeviceRow } from '../../src/store/index.js';

const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);
const MIN = 60_000;

const DEVICE: DeviceRow = {
  id: 'd1',
  name: 'smoker-pi',
  kind: 'edge',
  created_at: 0,
  last_seen: T0,
  boot_id: null,
  ack_seq: 0,
  dropped_total: 0,
  config: { sample_interval_s: 5, recording: true, targets: {} },
  status: {},
};
const s = (id: number, key: string, name: string, last_value: number | null = 80): SeriesInfo => ({
  id,
  device_id: 'd1',
  key,
  kind: 'temperature',
  unit: '°C',
  name,
  last_ts: T0,
  last_value,
});
const SERIES = [s(1, 'pit', 'Pit', 110), s(2, 'meat1', 'Brisket'), s(3, 'cpu', 'CPU')];

const cook = (id: string, started_at: number, name = 'Brisket'): Session => ({
  id,
  kind: 'cook',
  name,
  status: 'active',
  started_at,
  ended_at: null,
  notes: '',
  recipe: null,
  og: null,
  channels: [
    { series_id: 1, role: 'pit', target: 110 },
    { series_id: 2, role: 'meat', target: 95 },
  ],
});

const est = (over: Partial<ChannelEstimate> = {}): ChannelEstimate => ({
  series_id: 2,
  label: 'Brisket',
  role: 'meat',
  unit: '°C',
  target: 95,
  value: 80,
  status: 'ok',
  reason: null,
  eta: T0 + 90 * MIN,
  low: T0 + 80 * MIN,
  high: T0 + 100 * MIN,
  minutes_remaining: 90,
  low_minutes: 80,
  high_minutes: 100,
  pit: 110,
  rate_per_h: 6,
  stall: null,
  as_of: T0,
  ...over,
});

const input = (over: Partial<DeviceSessionInput> = {}): DeviceSessionInput => ({
  device: DEVICE,
  series: SERIES,
  session: null,
  meat: new Set(),
  estimates: null,
  open: [],
  online: true,
  now: T0 + 30 * MIN,
  ...over,
});

const stateOf = (items: ReturnType<typeof deviceSessionStates>, uid: string) =>
  items.find((i) => i.unique_id === uid);

describe('ha/device-session (session entities that follow the current session)', () => {
  it('keeps the same unique ids from one cook to the next, and when idle', () => {
    const ids = (sessions: Session[]) =>
      deviceSessionEntities(DEVICE, SERIES, meatIds(sessions))
        .map((e) => e.unique_id)
        .sort();
    expect(ids([cook('a', T0)])).to.deep.equal(ids([cook('b', T0 + 600 * MIN)]));
    expect(ids([])).to.deep.equal(ids([cook('a', T0)]));
    expect(ids([])).to.include.members([
      'brewpit_d1_session_state',
      'brewpit_d1_session_name',
      'brewpit_d1_session_problem',
      'brewpit_d1_meat1_time_to_target',
      'brewpit_d1_meat1_minutes_remaining',
    ]);
    expect(ids([]).join()).not.to.match(/_a_|_b_|cpu|pit_time/);
    // A channel cooked on as meat keeps its entities after that cook.
    const ribs = { ...cook('r', T0), channels: [{ series_id: 3, role: 'meat' as const }] };
    expect(ids([ribs])).to.include('brewpit_d1_cpu_time_to_target');
  });

  it('names entities by translation key with the channel label as placeholder', () => {
    const entities = deviceSessionEntities(DEVICE, SERIES, new Set());
    for (const e of entities) {
      expect(e.translation_key, e.unique_id).to.match(/^[a-z_]+$/);
      expect(e.name ?? null).to.equal(null);
    }
    expect(entities.find((e) => e.unique_id === 'brewpit_d1_meat1_stall')).to.deep.include({
      translation_key: 'stall',
      translation_placeholders: { channel: 'Brisket' },
      channel: 'meat1',
    });
  });

  it('follows the newest active session of the device', () => {
    const older = cook('a', T0);
    const newer = cook('b', T0 + MIN, 'Ribs');
    const other = {
      ...cook('c', T0 + 2 * MIN),
      channels: [{ series_id: 99, role: 'pit' as const }],
    };
    expect(currentSession(SERIES, [older, newer, other])?.id).to.equal('b');
    const st = deviceSessionStates(input({ session: newer }));
    expect(stateOf(st, 'brewpit_d1_session_name')?.state).to.equal('Ribs');
    expect(stateOf(st, 'brewpit_d1_session_state')?.state).to.equal('active');
    expect(stateOf(st, 'brewpit_d1_session_elapsed')?.state).to.equal(29);
    const idle = deviceSessionStates(input());
    expect(stateOf(idle, 'brewpit_d1_session_state')?.state).to.equal('idle');
    expect(stateOf(idle, 'brewpit_d1_session_name')?.state).to.equal(null);
    expect(stateOf(idle, 'brewpit_d1_meat1_minutes_remaining')?.state).to.equal(null);
  });

  it('shows time to target and a reached target as its own state, not a problem', () => {
    const session = cook('a', T0);
    const estimates = {
      session_id: 'a',
      kind: 'cook' as const,
      as_of: T0,
      brew: [],
      channels: [est()],
    };
    const st = deviceSessionStates(input({ session, estimates }));
    expect(stateOf(st, 'brewpit_d1_meat1_minutes_remaining')?.state).to.equal(90);
    expect(stateOf(st, 'brewpit_d1_meat1_time_to_target')?.state).to.equal(
      new Date(T0 + 90 * MIN).toISOString(),
    );
    const reached = { ...estimates, channels: [est({ status: 'reached', minutes_remaining: 0 })] };
    const targetAlert = {
      id: 1,
      kind: 'target_reached',
      device_id: 'd1',
      series_id: 2,
      cleared_at: null,
    } as Alert;
    const st2 = deviceSessionStates(input({ session, estimates: reached, open: [targetAlert] }));
    expect(stateOf(st2, 'brewpit_d1_meat1_target_reached')?.state).to.equal(true);
    expect(stateOf(st2, 'brewpit_d1_session_problem')?.state).to.equal(false);
  });

  it('raises the problem sensor for real problems only', () => {
    const session = cook('a', T0);
    const problems = (over: Partial<DeviceSessionInput>) =>
      (
        stateOf(deviceSessionStates(input({ session, ...over })), 'brewpit_d1_session_problem')
          ?.attributes?.problems as { code: string }[]
      ).map((p) => p.code);
    expect(problems({})).to.deep.equal([]);
    expect(problems({ online: false })).to.deep.equal(['node_offline']);
    expect(
      problems({ series: [s(1, 'pit', 'Pit', 110), s(2, 'meat1', 'Brisket', null)] }),
    ).to.deep.equal(['probe_unplugged']);
    const hot = {
      id: 2,
      kind: 'above',
      device_id: null,
      series_id: 1,
      cleared_at: null,
      message: 'Pit is hot',
    } as Alert;
    expect(problems({ open: [hot] })).to.deep.equal(['out_of_range']);
    const stall = (h: number) => ({
      session_id: 'a',
      kind: 'cook' as const,
      as_of: T0,
      brew: [],
      channels: [est({ stall: { since: T0, duration_s: h * 3600, ended_at: null } })],
    });
    expect(problems({ estimates: stall(2) })).to.deep.equal([]);
    expect(problems({ estimates: stall(6) })).to.deep.equal(['long_stall']);
  });
});
