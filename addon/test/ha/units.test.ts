import { expect } from 'chai';
import { haConfigOf, localizeEvent, localizeMessage, METRIC } from '../../src/ha/units.js';

const US = { unit_system: 'us_customary', temperature_unit: '°F', language: 'en' } as const;

describe('Home Assistant units (ha/units)', () => {
  it('converts the temperatures of a °C event for a °F user, and nothing else', () => {
    const data = {
      value: 100,
      target: 95,
      threshold: 107.2,
      rate_per_min: 1.5,
      unit: '°C',
      minutes_remaining: 30,
      message: 'Pit is 100.0 °C, above 107.2 °C, changing 1.5 °C/min',
    };
    expect(localizeEvent(data, US)).to.deep.equal({
      value: 212,
      target: 203,
      threshold: 224.96,
      rate_per_min: 2.7,
      unit: '°F',
      minutes_remaining: 30,
      message: 'Pit is 212.0 °F, above 225.0 °F, changing 2.7 °F/min',
    });
    expect(localizeEvent(data, METRIC)).to.equal(data);
    const gravity = { value: 1.012, unit: 'SG', message: 'Fermentation finished: 1.012 SG' };
    expect(localizeEvent(gravity, US)).to.equal(gravity);
  });

  it('keeps each number’s decimals and negative values', () => {
    expect(localizeMessage('Ambient is -5 °C')).to.equal('Ambient is 23 °F');
    expect(localizeMessage('no temperature here')).to.equal('no temperature here');
  });

  it('reads the config of a hello or an ha_config command, refusing a malformed one', () => {
    expect(
      haConfigOf({ unit_system: 'us_customary', temperature_unit: '°F', language: 'de' }),
    ).to.deep.equal({ unit_system: 'us_customary', temperature_unit: '°F', language: 'de' });
    expect(haConfigOf({ unit_system: 'imperial', temperature_unit: '°F' })).to.equal(null);
    expect(haConfigOf({})).to.equal(null);
  });
});
