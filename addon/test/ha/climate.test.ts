import { expect } from 'chai';
import type { ChamberState, SeriesInfo } from '@brewpit/protocol';
import {
  chamberModeOf,
  ClimateTracker,
  climateEntities,
  climateState,
  climateUid,
} from '../../src/ha/climate.js';
import { applyCommand, CommandRejected } from '../../src/ha/commands.js';
import { toHaEntities } from '../../src/ha/entities.js';
import type { DeviceRow } from '../../src/store/index.js';
import { startTestHub, type TestHub } from '../helpers.js';

const CHAMBER: ChamberState = {
  name: 'ferm1',
  label: 'Fermenter 1',
  input: 'beer',
  modes: ['off', 'heat', 'cool', 'auto'],
  mode: 'auto',
  target: 19,
  setpoint: 19,
  action: 'cooling',
  waiting: null,
  wait_s: 0,
  fault: null,
  fault_message: null,
  profile: null,
};

const device = (control: ChamberState[] = [CHAMBER]): DeviceRow => ({
  id: 'd1',
  name: 'chamber-pi',
  kind: 'edge',
  created_at: 0,
  last_seen: null,
  boot_id: null,
  ack_seq: 0,
  dropped_total: 0,
  config: { sample_interval_s: 5, recording: true, targets: {} },
  status: { version: '0.1.0', control },
});

const beer = (value: number | null): SeriesInfo => ({
  id: 7,
  device_id: 'd1',
  key: 'beer',
  kind: 'temperature',
  unit: '°C',
  name: 'Beer',
  last_ts: 1,
  last_value: value,
});

describe('ha/climate', () => {
  it('announces one climate entity per chamber with its hvac modes and target range', () => {
    const [e, ...rest] = climateEntities(device());
    expect(rest).to.have.length(0);
    expect(e).to.deep.include({
      unique_id: 'brewpit_d1_ferm1_climate',
      platform: 'climate',
      key: 'ferm1',
      name: 'Fermenter 1',
      unit_of_measurement: '°C',
      options: ['off', 'heat', 'cool', 'heat_cool'],
      min: -5,
      max: 40,
    });
    const all = toHaEntities(device(), []);
    expect(all.filter((x) => x.platform === 'climate')).to.have.length(1);
  });

  it('has no climate entity for a device that reports no chambers (an old node, a hydrometer)', () => {
    expect(climateEntities({ ...device(), status: { version: '0.0.9' } })).to.deep.equal([]);
    expect(climateEntities({ ...device(), status: { control: 'nonsense' } })).to.deep.equal([]);
  });

  it('maps hvac modes back to chamber modes, heat_cool to auto', () => {
    expect(chamberModeOf('heat_cool')).to.equal('auto');
    expect(chamberModeOf('off')).to.equal('off');
    expect(chamberModeOf('dry')).to.equal(undefined);
  });

  it('shows the setpoint the node applied, the input reading and the action', () => {
    const s = climateState('d1', { ...CHAMBER, target: 12, setpoint: 18.25 }, [beer(18.6)], true);
    expect(s.unique_id).to.equal(climateUid('d1', 'ferm1'));
    expect(s.state).to.equal('heat_cool');
    expect(s.available).to.equal(true);
    expect(s.attributes).to.include({
      current_temperature: 18.6,
      target_temperature: 18.25,
      manual_target: 12,
      hvac_action: 'cooling',
    });
  });

  it('reports hvac action off in mode off', () => {
    const s = climateState('d1', { ...CHAMBER, mode: 'off', action: 'idle' }, [beer(18)], true);
    expect(s.state).to.equal('off');
    expect(s.attributes!.hvac_action).to.equal('off');
  });

  it('is unavailable on a fault and while the device is offline, with the reason', () => {
    const failed = climateState(
      'd1',
      { ...CHAMBER, fault: 'sensor_failed', fault_message: "input 'beer' reports unavailable" },
      [beer(null)],
      true,
    );
    expect(failed.available).to.equal(false);
    expect(failed.attributes).to.include({ fault: 'sensor_failed', current_temperature: null });
    expect(climateState('d1', CHAMBER, [beer(18)], false).available).to.equal(false);
  });

  it('shows profile progress in whole steps, percent and minutes', () => {
    const s = climateState(
      'd1',
      {
        ...CHAMBER,
        profile: {
          name: 'ale',
          step_index: 1,
          step_count: 5,
          step_name: 'Diacetyl rest',
          step_type: 'ramp',
          elapsed_s: 3600,
          remaining_s: 2 * 3600 - 30,
          condition: null,
          finished: false,
        },
      },
      [beer(19)],
      true,
    );
    expect(s.attributes).to.include({
      profile: 'ale',
      profile_step: 2,
      profile_steps: 5,
      profile_step_name: 'Diacetyl rest',
      profile_step_remaining_min: 120,
      profile_step_progress: 33,
    });
  });

  describe('ClimateTracker', () => {
    it('sends a target change at once, a temperature change under the rate limit, else nothing', () => {
      const t = new ClimateTracker();
      expect(t.states(device(), [beer(18)], true, false).now).to.have.length(1);
      const same = t.states(device(), [beer(18)], true, false);
      expect(same.now.length + same.later.length).to.equal(0);
      expect(t.states(device(), [beer(18.1)], true, false).later).to.have.length(1);
      const moved = t.states(device([{ ...CHAMBER, setpoint: 17.5 }]), [beer(18.1)], true, false);
      expect(moved.now).to.have.length(1);
      expect(moved.now[0]!.attributes!.target_temperature).to.equal(17.5);
    });

    it('notices chambers that appear, change or go', () => {
      const t = new ClimateTracker();
      expect(t.noteAnnounced(device())).to.deep.equal({ changed: true, gone: [] });
      expect(t.noteAnnounced(device())).to.deep.equal({ changed: false, gone: [] });
      const two = [CHAMBER, { ...CHAMBER, name: 'ferm2', label: 'Fermenter 2' }];
      expect(t.noteAnnounced(device(two))).to.deep.equal({ changed: true, gone: [] });
      expect(t.noteAnnounced(device([two[1]!]))).to.deep.equal({
        changed: true,
        gone: ['ferm1'],
      });
      expect(t.concerns(device([]))).to.equal(true);
    });
  });

  describe('commands from Home Assistant (real hub)', () => {
    let t: TestHub;
    let deviceId = '';
    let token = '';
    before(async () => {
      t = await startTestHub();
      ({ device_id: deviceId, token } = await t.pairDevice('chamber-pi'));
      const res = await t.call(
        'POST',
        '/ingest',
        {
          boot_id: 'b1',
          channels: [{ key: 'beer', kind: 'temperature', unit: '°C', name: 'Beer' }],
          readings: [{ seq: 1, channel: 'beer', ts: Date.now(), value: 18.4 }],
          status: { control: [{ ...CHAMBER, modes: ['off', 'cool'], mode: 'cool' }] },
        },
        token,
      );
      expect(res.status).to.equal(200);
    });
    after(() => t.stop());

    const queued = () => t.hub.ctx.store.commands.list(deviceId, 'queued');

    it('keeps the chambers a node reports in the device status', () => {
      const d = t.hub.ctx.store.devices.get(deviceId)!;
      expect(climateEntities(d).map((e) => e.unique_id)).to.deep.equal([
        `brewpit_${deviceId}_ferm1_climate`,
      ]);
    });

    it('refuses a status whose chamber breaks the protocol, naming the field', async () => {
      const res = await t.call(
        'POST',
        '/ingest',
        {
          boot_id: 'b1',
          readings: [],
          status: { control: [{ ...CHAMBER, name: 'Ferm 1' }] },
        },
        token,
      );
      expect(res.status).to.equal(400);
      expect(JSON.stringify(res.body)).to.contain('/status/control/0/name');
    });

    it('queues set_target {chamber, target} for a climate set_temperature', () => {
      const what = applyCommand(t.hub.ctx, {
        type: 'set_temperature',
        device_id: deviceId,
        key: 'ferm1',
        value: 17.5,
      });
      expect(what).to.contain('17.5');
      const [cmd] = queued().filter((c) => c.type === 'set_target');
      expect(cmd?.params).to.deep.equal({ chamber: 'ferm1', target: 17.5 });
    });

    it('queues set_mode for set_hvac_mode, and refuses a mode the chamber lacks', () => {
      applyCommand(t.hub.ctx, {
        type: 'set_hvac_mode',
        device_id: deviceId,
        key: 'ferm1',
        value: 'off',
      });
      expect(queued().find((c) => c.type === 'set_mode')?.params).to.deep.equal({
        chamber: 'ferm1',
        mode: 'off',
      });
      const before = queued().length;
      expect(() =>
        applyCommand(t.hub.ctx, {
          type: 'set_hvac_mode',
          device_id: deviceId,
          key: 'ferm1',
          value: 'heat_cool',
        }),
      ).to.throw(CommandRejected, /not available/);
      expect(queued().length).to.equal(before);
    });

    it('refuses a target out of range or for an unknown chamber, queuing nothing', () => {
      const before = queued().length;
      for (const [key, value] of [
        ['ferm1', 80],
        ['ferm1', 'warm'],
        ['ferm9', 18],
      ] as const) {
        expect(() =>
          applyCommand(t.hub.ctx, { type: 'set_temperature', device_id: deviceId, key, value }),
        ).to.throw(CommandRejected);
      }
      expect(queued().length).to.equal(before);
    });
  });
});
