import { expect } from 'chai';
import {
  celsiusToFahrenheit,
  displayUnit,
  fahrenheitToCelsius,
  temperatureUnit,
} from '../../src/lib/units.js';

describe('units', () => {
  it('converts Celsius to Fahrenheit and back', () => {
    expect(celsiusToFahrenheit(100)).to.equal(212);
    expect(celsiusToFahrenheit(-40)).to.equal(-40);
    expect(fahrenheitToCelsius(203)).to.be.closeTo(95, 1e-9);
  });

  it('shows temperatures in °F for a °F user and leaves gravity alone', () => {
    const t = displayUnit('temperature', '°C', '°F');
    expect(t.unit).to.equal('°F');
    expect(t.toDisplay(107.5)).to.be.closeTo(225.5, 1e-9);
    expect(t.fromDisplay(t.toDisplay(63.3))).to.be.closeTo(63.3, 1e-9);
    const g = displayUnit('gravity', 'SG', '°F');
    expect(g.unit).to.equal('SG');
    expect(g.decimals).to.equal(3);
    expect(g.toDisplay(1.052)).to.equal(1.052);
  });

  it('keeps °C for metric users and treats anything but °F as °C', () => {
    expect(temperatureUnit('°F')).to.equal('°F');
    expect(temperatureUnit('°C')).to.equal('°C');
    expect(temperatureUnit(undefined)).to.equal('°C');
    expect(displayUnit('temperature', '°C', '°C').toDisplay(20)).to.equal(20);
  });
});
