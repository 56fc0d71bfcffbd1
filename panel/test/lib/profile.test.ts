import { expect } from 'chai';
import { buildSteps, profileName, type StepDraft } from '../../src/lib/profile.js';

const row = (p: Partial<StepDraft>): StepDraft => ({
  type: 'hold',
  target: '',
  hours: '',
  gravityBelow: '',
  ...p,
});

describe('fermentation profile form', () => {
  it('turns °F rows into °C steps with durations the node reads', () => {
    const r = buildSteps(
      [
        row({ target: '66.2', hours: '72', gravityBelow: '1.020' }),
        row({ type: 'ramp', target: '68', hours: '24' }),
        row({ target: '35.6' }),
      ],
      '°F',
    );
    expect(r).to.deep.equal({
      steps: [
        { type: 'hold', target: 19, duration: '4320m', until: { gravity_below: 1.02 } },
        { type: 'ramp', to: 20, duration: '1440m' },
        { type: 'hold', target: 2 },
      ],
    });
  });

  it('names the first row that cannot be sent', () => {
    expect(buildSteps([row({ target: '19' }), row({ target: '90' })], '°C')).to.deep.equal({
      step: 2,
      problem: 'target',
    });
    expect(buildSteps([row({ type: 'ramp', target: '19' })], '°C')).to.deep.equal({
      step: 1,
      problem: 'ramp_hours',
    });
    expect(buildSteps([row({ target: '19', gravityBelow: '20' })], '°C')).to.deep.equal({
      step: 1,
      problem: 'gravity',
    });
    expect(buildSteps([row({ target: '19', hours: '-1' })], '°C')).to.deep.equal({
      step: 1,
      problem: 'hours',
    });
  });

  it('makes a name the node accepts', () => {
    expect(profileName('Lager: cold crash!')).to.equal('lager_cold_crash');
    expect(profileName('***')).to.equal('profile');
  });
});
