import { expect } from 'chai';
import { haSensors, matches } from '../../src/data/ha-sensors.js';
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
