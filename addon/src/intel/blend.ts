/**
 * One method's answer, in hours from now: its central estimate and the band it gives at `z`
 * standard errors (asymmetric: heating decelerates, so the late side is usually longer), plus an
 * extra spread (hours) its band does not know of — how much its own answers moved lately.
 */
export interface Part {
  hours: number;
  low: number;
  high: number;
  spread: number;
}

/**
 * How far a method's earlier answers lie from its answer now: the RMS difference (hours) of the
 * arrival times it gave over the last `windowMs` (data time) and the one it gives now. The truth
 * does not move, so an answer that moves is that wrong at least: a model surprised by a plateau,
 * a trend thrown by a lid opening. Zero with fewer than three earlier answers (nothing known yet).
 */
export function instability(
  past: readonly { ts: number; arrival: number | null }[],
  now: number | null,
  asOf: number,
  windowMs: number,
): number {
  if (now === null) return 0;
  let sum = 0;
  let n = 0;
  for (const { ts, arrival } of past) {
    if (arrival === null || !Number.isFinite(arrival) || ts < asOf - windowMs || ts >= asOf)
      continue;
    sum += (arrival - now) ** 2;
    n++;
  }
  return n >= 3 ? Math.sqrt(sum / n) / 3_600_000 : 0;
}

/** The combined answer, in hours from now, and the weight each part carried (same order). */
export interface Combined {
  hours: number;
  low: number;
  high: number;
  weights: number[];
  /** Each of two weighty parts' central estimates lies outside the other's band. */
  disagree: boolean;
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 for erf; error under 1.5e-7). */
export function phi(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

interface Component {
  c: number;
  lo: number;
  hi: number;
  w: number;
}

/** CDF of a part: normal below its centre with the early side's σ, above with the late side's. */
const cdf = (p: Component, t: number) => phi((t - p.c) / (t <= p.c ? p.lo : p.hi));

/**
 * Combines the heating model and the local trend as a mixture (Bayesian model averaging with
 * the weights of inverse-variance forecast combination, Bates & Granger 1969): each part is a
 * distribution with its own early and late spread (band ÷ z, widened in quadrature by its recent
 * `instability`), weighted by 1/σ² so the part that is surer *here* — the model far from the
 * target, the trend close to it, whichever has been steadier lately — dominates. The estimate is
 * the mixture's median and the band its central quantiles at ±z: where the parts agree the band
 * is about the narrower one's; where they disagree it spans both, as honesty requires.
 * Parts with a non-finite centre are left out; `horizon` (hours) caps infinite spreads.
 */
export function combine(parts: readonly Part[], z: number, horizon: number): Combined | null {
  const eps = 1 / 60;
  const comps: Component[] = [];
  for (const p of parts) {
    if (!Number.isFinite(p.hours)) {
      comps.push({ c: NaN, lo: NaN, hi: NaN, w: 0 });
      continue;
    }
    const early = Math.min(Math.max((p.hours - p.low) / z, eps), horizon);
    const late = Math.min(Math.max((p.high - p.hours) / z, eps), horizon);
    const s = Number.isFinite(p.spread) ? Math.max(0, p.spread) : horizon;
    const lo = Math.hypot(early, s);
    const hi = Math.hypot(Number.isFinite(late) ? late : horizon, s);
    comps.push({ c: p.hours, lo, hi, w: 1 / ((lo + hi) / 2) ** 2 });
  }
  const used = comps.filter((c) => c.w > 0 && Number.isFinite(c.w));
  if (used.length === 0) return null;
  const total = used.reduce((a, c) => a + c.w, 0);
  for (const c of used) c.w /= total;
  const F = (t: number) => used.reduce((a, c) => a + c.w * cdf(c, t), 0);
  const from = Math.min(...used.map((c) => c.c - 9 * c.lo));
  const to = Math.max(...used.map((c) => c.c + 9 * c.hi));
  const quantile = (q: number) => {
    let a = from;
    let b = to;
    for (let i = 0; i < 60; i++) {
      const m = (a + b) / 2;
      if (F(m) < q) a = m;
      else b = m;
    }
    return Math.max(0, (a + b) / 2);
  };
  const hours = quantile(0.5);
  let disagree = false;
  if (used.length > 1) {
    const [a, b] = [used[0]!, used[1]!];
    const outside = (c: Component, t: number) => t < c.c - z * c.lo || t > c.c + z * c.hi;
    disagree = outside(a, b.c) && outside(b, a.c) && Math.min(a.w, b.w) > 0.1;
  }
  return {
    hours,
    low: Math.min(hours, quantile(phi(-z))),
    high: Math.max(hours, quantile(phi(z))),
    weights: comps.map((c) => (c.w > 0 && Number.isFinite(c.w) ? c.w : 0)),
    disagree,
  };
}
