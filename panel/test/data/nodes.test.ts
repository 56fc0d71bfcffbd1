import { expect } from 'chai';
import { nodeLabel, nodeNames } from '../../src/data/nodes.js';

describe('nodes', () => {
  it('names a node as Home Assistant does: user name first, with its area', () => {
    const names = nodeNames(
      {
        d1: { id: 'd1', name: 'smoker-pi', area_id: 'yard', identifiers: [['brewpit', 'n1']] },
        d2: {
          id: 'd2',
          name: 'fermenter-pi',
          name_by_user: 'Cellar fermenter',
          identifiers: [['brewpit', 'n2']],
        },
        d3: { id: 'd3', name: 'Other', identifiers: [['zha', 'n3']] },
      },
      { yard: { area_id: 'yard', name: 'Backyard' } },
    );
    expect(nodeLabel(names('n1'))).to.equal('smoker-pi (Backyard)');
    expect(nodeLabel(names('n2'))).to.equal('Cellar fermenter');
    expect(names('3f2a9c1e-7b4d-4e8a-9c2f-5d6e7f8a9b0c').name).to.equal('3f2a9c1e…');
    expect(names('n3').name).to.equal('n3');
    // A node Home Assistant does not know yet goes by the hub's name when there is one.
    expect(names('n9', 'new-pi')).to.deep.equal({ name: 'new-pi', area: null });
    expect(names('n1', 'hub-name').name).to.equal('smoker-pi');
  });
});
