import { expect } from 'chai';
import { alertUnit, parseTyped } from '../../src/lib/alert-units.js';

describe('alert units', () => {
  it('converts a °F threshold as a level and its hysteresis as a difference', () => {
    const u = alertUnit('pit', '°F');
    expect(u.unit).to.equal('°F');
    expect(u.levelIn(212)).to.be.closeTo(100, 1e-9);
    expect(u.level(100)).to.be.closeTo(212, 1e-9);
    expect(u.deltaIn(9)).to.be.closeTo(5, 1e-9);
    expect(u.delta(5)).to.be.closeTo(9, 1e-9);
  });

  it('leaves °C users and gravity alone', () => {
    expect(alertUnit('meat', '°C').levelIn(95)).to.equal(95);
    const g = alertUnit('gravity', '°F');
    expect(g.unit).to.equal('SG');
    expect(g.levelIn(1.01)).to.equal(1.01);
  });

  it('reads numbers with a decimal comma or point and refuses the rest', () => {
    expect(parseTyped('1,5')).to.equal(1.5);
    expect(parseTyped(' 250 ')).to.equal(250);
    expect(parseTyped('')).to.be.NaN;
    expect(parseTyped('abc')).to.be.NaN;
  });
});
