import { expect } from 'chai';
import { pairCommand, reachableHubUrl } from '../../src/data/admin.js';

describe('admin helpers', () => {
  it('keeps a hub address a node can reach as it is', () => {
    expect(reachableHubUrl('http://192.168.1.5:8488/', 'ha.local')).to.equal(
      'http://192.168.1.5:8488',
    );
    expect(reachableHubUrl('http://homeassistant.local:8488', 'x')).to.equal(
      'http://homeassistant.local:8488',
    );
    expect(reachableHubUrl('http://localhost:8488', 'ha.local')).to.equal('http://localhost:8488');
  });

  it("swaps an add-on's container name for the host the browser reached Home Assistant at", () => {
    expect(reachableHubUrl('http://local-brewpit:8488', 'homeassistant.local')).to.equal(
      'http://homeassistant.local:8488',
    );
  });

  it('leaves an unparsable address alone', () => {
    expect(reachableHubUrl('not a url', 'h')).to.equal('not a url');
  });

  it('gives the command the installer put on the Pi', () => {
    expect(pairCommand('http://ha.local:8488', 'K7Q-4MZ')).to.equal(
      'sudo brewpit-edge pair http://ha.local:8488 K7Q-4MZ',
    );
  });
});
