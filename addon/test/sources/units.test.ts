import { expect } from 'chai';
import { roleOfEntity } from '../../src/sources/roles.js';
import { sourceUnit, stateValue } from '../../src/sources/units.js';

describe('sources/units', () => {
  it('converts °F, K and °C temperatures to °C', () => {
    const f = sourceUnit('°F', 'temperature');
    expect(f).to.include({ kind: 'temperature', unit: '°C' });
    expect(stateValue('203', f).value).to.be.closeTo(95, 1e-9);
    expect(stateValue('-40', f).value).to.be.closeTo(-40, 1e-9);
    expect(stateValue('300.15', sourceUnit('K', null)).value).to.be.closeTo(27, 1e-9);
    expect(stateValue('21.5', sourceUnit('°C', 'temperature')).value).to.equal(21.5);
  });

  it('converts pressures to hPa and °Plato to specific gravity', () => {
    expect(stateValue('14.6959', sourceUnit('psi', 'pressure')).value).to.be.closeTo(1013.25, 0.01);
    expect(stateValue('101.325', sourceUnit('kPa', null)).value).to.be.closeTo(1013.25, 1e-9);
    const p = sourceUnit('°P', null);
    expect(p).to.include({ kind: 'gravity', unit: 'SG' });
    expect(stateValue('12', p).value).to.be.closeTo(1.0484, 0.0005);
  });

  it('tells humidity and battery percentages apart by device class', () => {
    expect(sourceUnit('%', 'humidity').kind).to.equal('humidity');
    expect(sourceUnit('%', 'battery').kind).to.equal('battery');
    expect(sourceUnit('%', null).kind).to.equal('percentage');
    expect(sourceUnit('lx', 'illuminance')).to.include({ kind: 'other', unit: 'lx' });
  });

  it('makes unavailable, unknown and non-numbers unavailable, never 0', () => {
    const u = sourceUnit('°F', 'temperature');
    for (const s of ['unavailable', 'unknown', '', 'on', 'NaN', 'Infinity'])
      expect(stateValue(s, u), s).to.deep.equal({ value: null, status: 'unavailable' });
    expect(stateValue('0', sourceUnit('°C', null))).to.deep.equal({ value: 0 });
  });

  it('suggests roles from the id and name of thermometers', () => {
    expect(
      roleOfEntity('sensor.meater_probe_internal', 'Internal', 'temperature', 'temperature'),
    ).to.equal('meat');
    expect(
      roleOfEntity('sensor.inkbird_ibt_4xs_probe_1', 'Grill', 'temperature', 'temperature'),
    ).to.equal('pit');
    expect(roleOfEntity('sensor.tilt_red_gravity', 'Gravity', null, 'gravity')).to.equal('gravity');
    expect(roleOfEntity('sensor.signals_battery', 'Battery', 'battery', 'battery')).to.equal(
      'other',
    );
  });
});
