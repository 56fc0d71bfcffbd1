import type { SeriesInfo, Session } from '@brewpit/protocol';
import { expect } from 'chai';
import { followedRows, haSensors, matches } from '../../src/data/ha-sensors.js';
import type { HomeAssistant } from '../../src/data/hass.js';

const st = (entity_id: string, state: string, attributes: Record<string, unknown>) => ({
  entity_id,
  state,
  attributes,
});

const hass = {
  states: {
    'sensor.meater_internal': st('sensor.meater_internal', '151.3', {
      unit_of_measurement: '°F',
      device_class: 'temperature',
      friendly_name: 'MEATER Internal',
    }),
    'sensor.ibt_probe_2': st('sensor.ibt_probe_2', 'unavailable', { unit_of_measurement: '°F' }),
    'sensor.smoker_pi_pit': st('sensor.smoker_pi_pit', '107', { unit_of_measurement: '°C' }),
    'sensor.grill_mode': st('sensor.grill_mode', 'smoking', {}),
    'sensor.followed': st('sensor.followed', '20', { unit_of_measurement: '°C' }),
    'light.kitchen': st('light.kitchen', 'on', {}),
    'sensor.count': st('sensor.count', '3', {}),
  },
  entities: {
    'sensor.meater_internal': { entity_id: 'sensor.meater_internal', device_id: 'd1' },
    'sensor.smoker_pi_pit': { entity_id: 'sensor.smoker_pi_pit', platform: 'brewpit' },
  },
  devices: { d1: { id: 'd1', name: 'MEATER Probe', area_id: 'yard' } },
  areas: { yard: { area_id: 'yard', name: 'Backyard' } },
} as unknown as HomeAssistant;

describe('ha-sensors', () => {
  it("offers Home Assistant's numeric sensors, not Brewpit's own nor followed ones", () => {
    const got = haSensors(hass, new Set(['sensor.followed']));
    expect(got.map((s) => s.entity_id)).to.deep.equal([
      'sensor.meater_internal',
      'sensor.ibt_probe_2',
    ]);
    expect(got[0]).to.include({
      name: 'MEATER Internal',
      device: 'MEATER Probe',
      area: 'Backyard',
      unit: '°F',
      device_class: 'temperature',
    });
  });

  it('searches by every word in name, id, device and area', () => {
    const [meater] = haSensors(hass, new Set());
    expect(matches(meater!, 'meater cellar')).to.equal(false);
    expect(matches(meater!, 'meater backyard')).to.equal(true);
    expect(matches(meater!, 'internal')).to.equal(true);
    expect(matches(meater!, '')).to.equal(true);
  });
});

describe('followedRows', () => {
  const source = (entity_id: string, series_id: number, explicit: boolean, followed = true) => ({
    entity_id,
    series_id,
    name: entity_id,
    kind: 'temperature',
    unit: '°C',
    ha_unit: '°F',
    device_class: 'temperature',
    explicit,
    followed,
    added_at: 0,
    covered_from: null,
  });
  const series = (id: number, last_value: number | null) =>
    ({ id, device_id: 'ha', key: '', kind: 'temperature', unit: '°C', name: '', last_ts: 1, last_value }) as SeriesInfo;
  const session = (name: string, ids: number[]) =>
    ({ name, channels: ids.map((series_id) => ({ series_id, role: 'meat' })) }) as unknown as Session;

  it('lists the followed entities with their Home Assistant name, series and running sessions', () => {
    const rows = followedRows(
      [
        source('sensor.meater_internal', 1, false),
        source('sensor.gone', 2, true),
        source('sensor.released', 3, false, false),
      ],
      haSensors(hass, new Set()),
      [series(1, 66.3), series(2, null), series(3, 20)],
      [session('Brisket', [1, 9]), session('Ribs', [1]), session('Beer', [3])],
    );
    expect(rows.map((r) => r.source.entity_id)).to.deep.equal([
      'sensor.meater_internal',
      'sensor.gone',
    ]);
    expect(rows[0]!.sensor?.name).to.equal('MEATER Internal');
    expect(rows[0]!.series?.last_value).to.equal(66.3);
    expect(rows[0]!.sessions).to.deep.equal(['Brisket', 'Ribs']);
    // An entity Home Assistant no longer has keeps the hub's name and says so (no sensor).
    expect(rows[1]!.sensor).to.equal(null);
    expect(rows[1]!.sessions).to.deep.equal([]);
  });
});
