import { expect } from 'chai';
import { ChannelHygiene, HYGIENE_LIMITS } from '../../src/intel/hygiene.js';

describe('ChannelHygiene', () => {
  const temp = () => new ChannelHygiene(HYGIENE_LIMITS.temperature);

  it('marks an Inkbird connect value implausible and a null unavailable', () => {
    const h = temp();
    expect(h.judge(0, 6553.5)).to.equal('implausible');
    expect(h.judge(1, null)).to.equal('unavailable');
    expect(h.judge(2, 20)).to.equal('ok');
  });

  it('marks an unconfirmed jump as a spike and accepts a confirmed one', () => {
    const h = temp();
    h.judge(0, 60);
    expect(h.judge(5000, 160)).to.equal('spike');
    expect(h.judge(10_000, 60.1)).to.equal('ok');
    expect(h.judge(15_000, 150)).to.equal('spike');
    expect(h.judge(20_000, 151)).to.equal('ok');
  });

  it('marks a jittering probe that repeats one value for 30 minutes as frozen', () => {
    const h = temp();
    let last = '';
    for (let i = 0; i <= 400; i++) last = h.judge(i * 5000, 70.2);
    expect(last).to.equal('frozen');
    expect(h.judge(401 * 5000, 70.3)).to.equal('ok');
  });

  it('never calls a still hydrometer frozen, and keeps an upstream status', () => {
    const h = new ChannelHygiene(HYGIENE_LIMITS.gravity);
    for (let i = 0; i < 500; i++) expect(h.judge(i * 900_000, 1.01)).to.equal('ok');
    expect(h.judge(0, 1.01, 'spike')).to.equal('spike');
  });
});
