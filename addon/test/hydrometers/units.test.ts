import { expect } from 'chai';
import { platoToSg, sgToPlato } from '@brewpit/protocol';
import { detectGravityUnit, toCelsius, toHectopascal } from '../../src/hydrometers/units.js';

describe('compat units', () => {
  it('converts °F and K to °C', () => {
    expect(toCelsius(212, 'F')).to.equal(100);
    expect(toCelsius(-40, 'F')).to.equal(-40);
    expect(toCelsius(273.15, 'K')).to.equal(0);
    expect(toCelsius(21.5, 'C')).to.equal(21.5);
  });

  it('converts PSI (default), BAR and KPA to hPa', () => {
    expect(toHectopascal(14.6959, undefined)).to.be.closeTo(1013.25, 0.01); // one standard atmosphere
    expect(toHectopascal(1, 'bar')).to.equal(1000);
    expect(toHectopascal(101.325, 'KPA')).to.be.closeTo(1013.25, 1e-9);
  });

  it('converts °Plato to SG as the ASBC table gives it', () => {
    // ASBC / Plato table: 12 °P = 1.04838, 20 °P = 1.08297, 0 °P = water.
    expect(platoToSg(0)).to.equal(1);
    expect(platoToSg(12)).to.be.closeTo(1.04838, 0.0001);
    expect(platoToSg(20)).to.be.closeTo(1.08297, 0.0002);
  });

  it('round-trips SG → °Plato within 0.013 °P over 0–30 °P', () => {
    for (let p = 0; p <= 30; p += 0.5) expect(sgToPlato(platoToSg(p))).to.be.closeTo(p, 0.013);
  });

  it('detects °Plato above 1.2 and below 0.9, and keeps to it once seen', () => {
    expect(detectGravityUnit(1.048, false)).to.equal('SG');
    expect(detectGravityUnit(12.1, false)).to.equal('P');
    expect(detectGravityUnit(-0.4, false)).to.equal('P');
    expect(detectGravityUnit(1.1, true)).to.equal('P');
  });
});
