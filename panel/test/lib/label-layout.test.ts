import { expect } from 'chai';
import { intersects, noOverlaps, placeLabels } from '../../src/lib/label-layout.js';

describe('label-layout', () => {
  const area = { x: 0, y: 0, w: 400, h: 200 };

  it('moves a label to its next candidate when the first is taken', () => {
    const at = [
      { x: 300, y: 40 },
      { x: 300, y: 60 },
      { x: 100, y: 40 },
    ];
    const placed = placeLabels(
      [
        { id: 'brisket', w: 90, h: 14, candidates: at },
        { id: 'ribs', w: 90, h: 14, candidates: at },
        { id: 'shoulder', w: 90, h: 14, candidates: at },
      ],
      area,
    );
    expect(placed.map((p) => [p.id, p.x, p.y])).to.deep.equal([
      ['brisket', 300, 40],
      ['ribs', 300, 60],
      ['shoulder', 100, 40],
    ]);
    expect(noOverlaps(placed)).to.equal(true);
  });

  it('leaves a label out rather than overlap or leave the plot', () => {
    const placed = placeLabels(
      [
        { id: 'a', w: 100, h: 14, candidates: [{ x: 10, y: 10 }] },
        {
          id: 'b',
          w: 100,
          h: 14,
          candidates: [
            { x: 50, y: 15 },
            { x: 350, y: 10 },
          ],
        },
      ],
      area,
    );
    expect(placed.map((p) => p.id)).to.deep.equal(['a']);
  });

  it('prefers a place that hides no line, but takes a covered one over none', () => {
    const line = { x: 0, y: 95, w: 400, h: 10 };
    const soft = (b: { x: number; y: number; w: number; h: number }) => intersects(b, line);
    const one = placeLabels(
      [
        {
          id: 'a',
          w: 50,
          h: 14,
          candidates: [
            { x: 10, y: 90 },
            { x: 10, y: 120 },
          ],
        },
      ],
      area,
      { soft },
    );
    expect(one[0]!.y).to.equal(120);
    const only = placeLabels([{ id: 'a', w: 50, h: 14, candidates: [{ x: 10, y: 90 }] }], area, {
      soft,
    });
    expect(only[0]!.y).to.equal(90);
  });
});
