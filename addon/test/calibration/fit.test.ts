import { expect } from 'chai';
import { evaluatePolynomial } from '@brewpit/protocol';
import { FitError, fitPolynomial } from '../../src/calibration/fit.js';

describe('fitPolynomial', () => {
  it('recovers a cubic in iSpindel angles exactly from 4 of its points', () => {
    // A typical iSpindel polynomial (angle → SG); its cube term alone is ~10⁻⁷·70³.
    const c = [0.9014, 0.00131, 0.0000021, 0.00000012];
    const pts = [25, 40, 55, 72].map((raw) => ({ raw, actual: evaluatePolynomial(c, raw) }));
    const fit = fitPolynomial(pts);
    expect(fit.degree).to.equal(3);
    fit.coefficients.forEach((v, i) => expect(v).to.be.closeTo(c[i]!, Math.abs(c[i]!) * 1e-6));
    expect(fit.r2).to.be.closeTo(1, 1e-12);
  });

  it('gives the textbook least-squares line through (0,0), (1,1), (2,1)', () => {
    // slope = Sxy/Sxx = 1/2, intercept = ȳ − slope·x̄ = 2/3 − 1/2 = 1/6; SS_res = 1/6, SS_tot = 2/3.
    const fit = fitPolynomial(
      [
        { raw: 0, actual: 0 },
        { raw: 1, actual: 1 },
        { raw: 2, actual: 1 },
      ],
      1,
    );
    expect(fit.coefficients[0]).to.be.closeTo(1 / 6, 1e-12);
    expect(fit.coefficients[1]).to.be.closeTo(1 / 2, 1e-12);
    expect(fit.residuals.map((r) => +r.toFixed(12))).to.deep.equal(
      [-1 / 6, 1 / 3, -1 / 6].map((r) => +r.toFixed(12)),
    );
    expect(fit.r2).to.be.closeTo(1 - 1 / 6 / (2 / 3), 1e-12);
  });

  it('stays accurate for an SG → SG calibration, where raw values barely differ', () => {
    const c = [0.0021, 0.9971];
    const pts = [1.0, 1.0205, 1.041, 1.062, 1.0801].map((raw) => ({
      raw,
      actual: evaluatePolynomial(c, raw),
    }));
    const fit = fitPolynomial(pts, 1);
    expect(fit.coefficients[0]).to.be.closeTo(c[0]!, 1e-10);
    expect(fit.coefficients[1]).to.be.closeTo(c[1]!, 1e-10);
    const cubic = fitPolynomial(pts);
    for (const p of pts)
      expect(evaluatePolynomial(cubic.coefficients, p.raw)).to.be.closeTo(p.actual, 1e-10);
  });

  it('reports r2 null when every reference reads the same', () => {
    expect(
      fitPolynomial([
        { raw: 20, actual: 1 },
        { raw: 30, actual: 1 },
      ]).r2,
    ).to.equal(null);
  });

  it('refuses fewer than 2 points, and a degree the distinct raw values cannot determine', () => {
    expect(() => fitPolynomial([{ raw: 1, actual: 1 }])).to.throw(FitError, /at least 2/);
    expect(() =>
      fitPolynomial(
        [
          { raw: 1, actual: 1 },
          { raw: 1, actual: 1.01 },
          { raw: 2, actual: 1.02 },
        ],
        2,
      ),
    ).to.throw(FitError, /3 points/);
  });
});
