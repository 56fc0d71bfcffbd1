import { expect } from 'chai';
import { advanceAck, isKnown, mergeRanges, toRanges } from '../../src/store/seq.js';

describe('seq ranges', () => {
  it('merges overlapping and touching ranges', () => {
    expect(
      mergeRanges([
        [7, 9],
        [1, 3],
        [4, 5],
        [8, 12],
      ]),
    ).to.deep.equal([
      [1, 5],
      [7, 12],
    ]);
  });

  it('turns seqs into ranges', () => {
    expect(toRanges([5, 3, 4, 9, 10, 1])).to.deep.equal([
      [1, 1],
      [3, 5],
      [9, 10],
    ]);
  });

  it('advances the acknowledgement only over contiguous seqs', () => {
    expect(
      advanceAck(2, [
        [3, 5],
        [7, 8],
      ]),
    ).to.deep.equal({ ack: 5, pending: [[7, 8]] });
    expect(advanceAck(5, [[7, 8]])).to.deep.equal({ ack: 5, pending: [[7, 8]] });
    expect(
      advanceAck(5, [
        [6, 6],
        [7, 8],
      ]),
    ).to.deep.equal({ ack: 8, pending: [] });
  });

  it('ignores ranges wholly below the acknowledgement', () => {
    expect(
      advanceAck(10, [
        [1, 4],
        [11, 12],
      ]),
    ).to.deep.equal({ ack: 12, pending: [] });
  });

  it('knows seqs at or below the acknowledgement and inside ranges', () => {
    expect(isKnown(3, 5, [])).to.equal(true);
    expect(isKnown(6, 5, [[8, 9]])).to.equal(false);
    expect(isKnown(9, 5, [[8, 9]])).to.equal(true);
  });
});
