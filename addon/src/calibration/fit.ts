import { evaluatePolynomial, type CalibrationPoint } from '@brewpit/protocol';

/** A least-squares polynomial through calibration points. */
export interface PolynomialFit {
  degree: number;
  /** Ascending powers of the raw value. */
  coefficients: number[];
  /** Per point: actual − fitted. */
  residuals: number[];
  /** 1 − SS_res/SS_tot; null when every actual value is the same (SS_tot = 0). */
  r2: number | null;
}

/** Thrown when points cannot determine the polynomial asked for; `path` names the field. */
export class FitError extends Error {
  readonly code = 'calibration_unfit';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/** The degree points give by default: 2 → linear, 3 → quadratic, 4 or more → cubic. */
export function defaultDegree(pointCount: number): number {
  return Math.min(pointCount - 1, 3);
}

/**
 * Fits `actual ≈ Σ c_k·raw^k` by least squares. The raw values are first centred and scaled to
 * [−1, 1]: an iSpindel angle cubed is ~10⁵ and an SG near 1.05 barely varies, and either makes
 * the normal equations on raw powers close to singular. The fit is solved on the scaled
 * variable and its coefficients are expanded back to powers of the raw value, the form users
 * compare with the iSpindel spreadsheet's polynomial.
 */
export function fitPolynomial(
  points: readonly CalibrationPoint[],
  degree = defaultDegree(points.length),
): PolynomialFit {
  if (points.length < 2) throw new FitError('A calibration needs at least 2 points', '/points');
  const distinct = new Set(points.map((p) => p.raw)).size;
  if (degree > distinct - 1) {
    throw new FitError(
      `A degree-${degree} polynomial needs ${degree + 1} points with different raw values; got ${distinct}`,
      '/points',
    );
  }
  const xs = points.map((p) => p.raw);
  const ys = points.map((p) => p.actual);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const centre = (lo + hi) / 2;
  const half = (hi - lo) / 2;
  const scaled = solveLeastSquares(
    xs.map((x) => (x - centre) / half),
    ys,
    degree,
  );
  const coefficients = expand(scaled, centre, half);
  const residuals = points.map((p) => p.actual - evaluatePolynomial(coefficients, p.raw));
  const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
  const ssTot = ys.reduce((a, y) => a + (y - mean) ** 2, 0);
  const ssRes = residuals.reduce((a, r) => a + r * r, 0);
  return { degree, coefficients, residuals, r2: ssTot === 0 ? null : 1 - ssRes / ssTot };
}

/** Normal equations AᵀA·c = Aᵀy of the Vandermonde matrix, solved by Gaussian elimination. */
function solveLeastSquares(ts: number[], ys: number[], degree: number): number[] {
  const n = degree + 1;
  const m: number[][] = Array.from({ length: n }, () => new Array<number>(n + 1).fill(0));
  ts.forEach((t, i) => {
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) m[r]![c]! += t ** (r + c);
      m[r]![n]! += t ** r * ys[i]!;
    }
  });
  return gaussSolve(m);
}

/** Solves an augmented n×(n+1) system in place, with partial pivoting. */
function gaussSolve(m: number[][]): number[] {
  const n = m.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12)
      throw new FitError(
        'The points do not determine a polynomial (raw values too close together)',
        '/points',
      );
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** Rewrites Σ a_k·((x − centre)/half)^k as Σ c_j·x^j (binomial expansion). */
function expand(a: number[], centre: number, half: number): number[] {
  const c = new Array<number>(a.length).fill(0);
  a.forEach((ak, k) => {
    const scale = ak / half ** k;
    for (let j = 0; j <= k; j++) c[j]! += scale * binomial(k, j) * (-centre) ** (k - j);
  });
  return c;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - i + 1)) / i;
  return r;
}
