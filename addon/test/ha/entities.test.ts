import { expect } from 'chai';
import type { SeriesInfo } from '@brewpit/protocol';
import { configStates, readingState, toHaEntities } from '../../src/ha/entities.js';
import { roleOf } from '../../src/sessions/roles.js';
import type { DeviceRow } from '../../src/store/index.js';

const DEVICE: DeviceRow = {
  id: 'd1',
  name: 'smoker-pi',
  kind: 'edge',
  created_at: 0,
  last_seen: null,
  boot_id: null,
  ack_seq: 0,
  dropped_total: 0,
  config: { sample_interval_s: 5, recording: true, targets: { pit: 110 } },
  status: {},
};
const series = (key: string, kind: string, unit: string, id = 1): SeriesInfo => ({
  id,
  device_id: 'd1',
  key,
  kind,
  unit,
  name: key,
  last_ts: null,
  last_value: null,
});

describe('ha/entities', () => {
  it('mirrors nothing of the Home Assistant source device back to Home Assistant', () => {
    const source: DeviceRow = { ...DEVICE, kind: 'homeassistant' };
    const probe = series('sensor.meater_probe_internal', 'temperature', '°C');
    expect(toHaEntities(source, [probe])).to.deep.equal([]);
    expect(configStates(source, [probe])).to.deep.equal([]);
  });

  it('announces a temperature channel as a measurement sensor with a target number', () => {
    const entities = toHaEntities(DEVICE, [series('pit', 'temperature', '°C')]);
    const sensor = entities.find((e) => e.unique_id === 'brewpit_d1_pit')!;
    expect(sensor).to.include({
      platform: 'sensor',
      device_class: 'temperature',
      unit_of_measurement: '°C',
      state_class: 'measurement',
      series_id: 1,
      role: 'pit',
    });
    expect(entities.find((e) => e.unique_id === 'brewpit_d1_pit_target')).to.include({
      platform: 'number',
      key: 'pit',
    });
    expect(entities.find((e) => e.unique_id === 'brewpit_d1_connectivity')).to.include({
      entity_category: 'diagnostic',
      device_class: 'connectivity',
    });
  });

  it('names entities by translation key and placeholder, never with English built here', () => {
    const entities = toHaEntities(DEVICE, [
      { ...series('meat1', 'temperature', '°C'), name: 'Brisket' },
    ]);
    expect(entities.find((e) => e.unique_id === 'brewpit_d1_meat1')).to.include({
      name: 'Brisket',
      channel: 'meat1',
      role: 'meat',
    });
    expect(entities.find((e) => e.unique_id === 'brewpit_d1_meat1_target')).to.deep.include({
      translation_key: 'target',
      translation_placeholders: { channel: 'Brisket' },
      channel: 'meat1',
    });
    for (const e of entities) {
      expect(e).not.to.have.property('icon');
      if (e.platform !== 'sensor') expect(e.name ?? null, e.unique_id).to.equal(null);
    }
    const tilt = { ...DEVICE, kind: 'tilt' };
    const gravity = toHaEntities(tilt, [
      { ...series('gravity', 'gravity', 'SG'), name: 'Gravity' },
    ]);
    expect(gravity[0]).to.include({ translation_key: 'gravity' }).and.not.have.property('name');
  });

  it('proposes the roles the session form would (protocol suggestRole)', () => {
    expect(roleOf('probe2', 'temperature')).to.equal('meat');
    expect(roleOf('fermenter', 'temperature')).to.equal('wort');
  });

  it('puts battery and signal in the diagnostic category and gives pH no unit', () => {
    const entities = toHaEntities(DEVICE, [
      series('battery', 'battery', '%', 1),
      series('rssi', 'signal_strength', 'dBm', 2),
      series('ph', 'ph', 'pH', 3),
    ]);
    expect(entities.find((e) => e.key === 'battery')!.entity_category).to.equal('diagnostic');
    expect(entities.find((e) => e.key === 'rssi')!.entity_category).to.equal('diagnostic');
    expect(entities.find((e) => e.key === 'ph')!.unit_of_measurement).to.equal(null);
  });

  it('never publishes a flagged reading as a value', () => {
    const r = { seriesId: 1, channel: 'pit', ts: 5 };
    expect(readingState('d1', { ...r, value: 107.5, status: 'ok' })).to.include({ state: 107.5 });
    expect(readingState('d1', { ...r, value: 6553.5, status: 'spike' })).to.deep.include({
      state: null,
      attributes: { status: 'spike' },
    });
    expect(readingState('d1', { ...r, value: null, status: 'unavailable' })).to.include({
      state: null,
      available: false,
    });
  });

  it('publishes targets, recording and the outbox figures of the device', () => {
    const states = configStates(DEVICE, [series('pit', 'temperature', '°C')]);
    expect(states).to.deep.equal([
      { unique_id: 'brewpit_d1_pit_target', state: 110 },
      { unique_id: 'brewpit_d1_recording', state: true },
      { unique_id: 'brewpit_d1_outbox_depth', state: null },
      { unique_id: 'brewpit_d1_dropped_total', state: 0 },
    ]);
    const reported = { ...DEVICE, dropped_total: 12, status: { outbox_depth: 340 } };
    expect(
      configStates(reported, [])
        .slice(-2)
        .map((s) => s.state),
    ).to.deep.equal([340, 12]);
  });

  it('guesses session roles from channel keys', () => {
    expect(roleOf('meat2', 'temperature')).to.equal('meat');
    expect(roleOf('sg', 'gravity')).to.equal('gravity');
    expect(roleOf('cpu', 'temperature')).to.equal('other');
  });
});
