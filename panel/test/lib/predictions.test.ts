import { expect } from 'chai';
import { readEstimates, type ChannelEstimate } from '../../src/data/estimates.js';
import { localizer } from '../../src/lib/localize.js';
import { predictionState, projection, reasonText } from '../../src/lib/predictions.js';

const H = 3_600_000;

function estimate(p: Partial<ChannelEstimate>): ChannelEstimate {
  return readEstimates({ channels: [{ series_id: 2, status: 'unknown', ...p }] }, 's').channels[0]!;
}

describe('predictions', () => {
  const t = localizer('en');
  const at = Date.UTC(2025, 10, 22, 12);

  it('reads estimates defensively: wrong types are missing, unknown fields ignored', () => {
    const e = readEstimates(
      {
        session_id: 's1',
        channels: [
          { series_id: 2, status: 'ok', eta: '7pm', stall: { since: 5 }, confidence: 0.9 },
          { label: 'no id' },
          'junk',
        ],
        brew: null,
      },
      's1',
    );
    expect(e.channels).to.have.length(1);
    expect(e.channels[0]!.eta).to.equal(null);
    expect(e.channels[0]!.stall).to.deep.equal({ since: 5, ended_at: null, duration_s: null });
    expect(e.brew).to.deep.equal([]);
  });

  it('says why there is no estimate, the stall first', () => {
    expect(reasonText(estimate({ reason: 'insufficient_data' }), t)).to.equal('warming up');
    expect(
      reasonText(
        estimate({ reason: 'no_progress', stall: { since: at, ended_at: null, duration_s: 600 } }),
        t,
      ),
    ).to.equal('in the stall — estimate resumes when the temperature climbs again');
    expect(reasonText(estimate({ reason: 'something_new' }), t)).to.equal('no estimate yet');
  });

  it('highlights done soon and reached', () => {
    const ok = (eta: number) => estimate({ status: 'ok', eta });
    expect(predictionState(ok(at + 2 * H), at)).to.equal('ok');
    expect(predictionState(ok(at + 20 * 60_000), at)).to.equal('soon');
    expect(predictionState(estimate({ status: 'reached' }), at)).to.equal('reached');
    expect(predictionState(estimate({ status: 'brand_new' }), at)).to.equal('unknown');
  });

  it('projects a Newton curve that meets the target at the ETA, inside its band', () => {
    const p = projection(
      estimate({
        status: 'ok',
        as_of: at,
        value: 70,
        target: 95,
        pit: 120,
        eta: at + 3 * H,
        low: at + 2.5 * H,
        high: at + 4 * H,
      }),
    )!;
    const i = p.ts.indexOf(at + 3 * H);
    expect(p.mid[i]).to.be.closeTo(95, 1e-9);
    expect(p.mid[0]).to.equal(70);
    expect(p.hi[p.ts.indexOf(at + 2.5 * H)]).to.be.closeTo(95, 1e-9);
    expect(p.lo.at(-1)).to.be.closeTo(95, 1e-9);
    // Newton: faster at first than a straight line.
    const mid = p.ts.findIndex((ts) => ts >= at + 1.5 * H);
    expect(p.mid[mid]!).to.be.greaterThan(70 + (25 * (p.ts[mid]! - at)) / (3 * H));
    for (let k = 0; k < p.ts.length; k++) expect(p.lo[k]!).to.be.at.most(p.hi[k]! + 1e-9);
    expect(Number.isNaN(p.mid.at(-1)!)).to.equal(true);
  });

  it('projects nothing without an estimate', () => {
    expect(projection(estimate({ status: 'unknown', as_of: at, value: 70, target: 95 }))).to.equal(
      null,
    );
  });
});
