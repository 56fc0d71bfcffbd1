import { expect } from 'chai';
import { fits, guessRole, rolesFor } from '../../src/lib/roles.js';

describe('roles', () => {
  it('guesses the role from the probe name and key', () => {
    expect(guessRole('Brisket', 'meat1', 'temperature')).to.equal('meat');
    expect(guessRole('Ribs', 'probe3', 'temperature')).to.equal('meat');
    for (const n of ['Pork shoulder', 'Pork butt', 'Chicken', 'Turkey breast'])
      expect(guessRole(n, 'p1', 'temperature'), n).to.equal('meat');
    for (const n of ['Pit', 'Grate', 'Dome', 'Smoker'])
      expect(guessRole(n, 'x', 'temperature'), n).to.equal('pit');
    expect(guessRole('Pit probe', 'channel0', 'temperature')).to.equal('pit');
    expect(guessRole('', 'meat2', 'temperature')).to.equal('meat');
    expect(guessRole('Wort', 'wort', 'temperature')).to.equal('wort');
    expect(guessRole('Fermentation chamber', 'c', 'temperature')).to.equal('chamber');
    expect(guessRole('Tilt red', 'sg', 'gravity')).to.equal('gravity');
    expect(guessRole('Ambient', 'ambient', 'temperature')).to.equal('ambient');
    expect(guessRole('Channel 4', 'ch4', 'temperature')).to.equal('other');
    // A smoker's battery is not a pit probe.
    expect(guessRole('Smoker battery', 'battery', 'battery')).to.equal('other');
  });

  it('offers the roles of the session kind first', () => {
    expect(rolesFor('cook').fitting).to.deep.equal(['pit', 'meat', 'ambient', 'other']);
    expect(rolesFor('cook').others).to.deep.equal(['wort', 'chamber', 'gravity']);
    expect(fits('gravity', 'cook')).to.equal(false);
    expect(fits('gravity', 'brew')).to.equal(true);
    expect(fits('ambient', 'brew')).to.equal(true);
  });
});
