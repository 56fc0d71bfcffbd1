// What the panel says about a probe's time to target, and the curve it draws for it.
import type { ChannelEstimate } from '../data/estimates.js';
import type { Localize, MessageKey } from './localize.js';

/** Within this much of its ETA a probe is "done soon" (time to rest the meat, set the table). */
export const DONE_SOON_MS = 30 * 60_000;

/** How a probe stands: reached its target, done soon, on its way, or no estimate. */
export type PredictionState = 'reached' | 'soon' | 'ok' | 'unknown';

/** Whether the probe's stall is going on now. */
export const inStall = (e: ChannelEstimate): boolean =>
  e.stall !== null && e.stall.ended_at === null;

/** The state of one probe at wall-clock time `now`. */
export function predictionState(e: ChannelEstimate, now: number): PredictionState {
  if (e.status === 'reached') return 'reached';
  if (e.status !== 'ok' || e.eta === null) return 'unknown';
  return e.eta - now <= DONE_SOON_MS ? 'soon' : 'ok';
}

const REASONS: Record<string, MessageKey> = {
  insufficient_data: 'eta.reason.warming_up',
  no_pit: 'eta.reason.no_pit',
  pit_below_target: 'eta.reason.pit_below_target',
  no_progress: 'eta.reason.no_progress',
  fit_poor: 'eta.reason.fit_poor',
  too_far: 'eta.reason.too_far',
  no_target: 'eta.reason.no_target',
};

/**
 * Why there is no estimate, in words. A stall going on explains any unknown estimate better
 * than the fit's own reason does.
 */
export function reasonText(e: ChannelEstimate, t: Localize): string {
  if (inStall(e)) return t('eta.reason.stall');
  const key = e.reason ? REASONS[e.reason] : undefined;
  return t(key ?? 'eta.reason.other');
}

/** A projected curve in data time (ms) and SI units: mid line and band edges. */
export interface Projection {
  ts: number[];
  mid: number[];
  lo: number[];
  hi: number[];
}

/**
 * The heating curve from the latest reading to the target, as Newton's law gives it with the pit
 * the estimate assumes: T(t) = P − (P − T₀)·e^(−k·t), k chosen so the curve reaches the target
 * at the ETA (the band's edges: at the early and the late end of the band). Without a usable
 * pit level it falls back to straight lines. The mid line stops at the ETA; the band runs to
 * its late end, its upper edge staying at the target once reached. Null when there is no ETA.
 */
export function projection(e: ChannelEstimate, steps = 48): Projection | null {
  const { as_of: t0, value: v0, target, eta } = e;
  if (e.status !== 'ok' || t0 === null || v0 === null || target === null || eta === null)
    return null;
  const low = Math.max(t0, Math.min(e.low ?? eta, eta));
  const high = Math.max(eta, e.high ?? eta);
  if (!(eta > t0) || v0 >= target) return null;
  const pit = e.pit;
  const newton = pit !== null && pit > target;
  const curve = (arrive: number) => {
    const span = arrive - t0;
    if (span <= 0) return () => target;
    if (!newton) return (t: number) => Math.min(target, v0 + ((target - v0) * (t - t0)) / span);
    const k = Math.log((pit - v0) / (pit - target)) / span;
    return (t: number) => Math.min(target, pit - (pit - v0) * Math.exp(-k * (t - t0)));
  };
  const fast = curve(low);
  const mid = curve(eta);
  const slow = curve(high);
  const out: Projection = { ts: [], mid: [], lo: [], hi: [] };
  // Evenly spaced, plus the band's early end and the ETA themselves so the lines meet the
  // target exactly there.
  const times = new Set([low, eta, high]);
  for (let i = 0; i <= steps; i++) times.add(Math.round(t0 + ((high - t0) * i) / steps));
  for (const t of [...times].sort((a, b) => a - b)) {
    out.ts.push(t);
    out.hi.push(fast(t));
    out.lo.push(slow(t));
    out.mid.push(t <= eta ? mid(t) : Number.NaN);
  }
  return out;
}
