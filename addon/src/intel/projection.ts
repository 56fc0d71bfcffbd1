import { between, type Sample } from './fit.js';
import { fitFree, fitNewton, newtonHours, rateOf } from './newton.js';
import type { PitLevel } from './pit.js';
import type { EtaCaveat, EtaContext, EtaOptions, EtaReason } from './eta-types.js';

// The heating model's projections, one per phase of the cook (see `estimateEta`).

/** A projection in hours before the band's floor and the horizon check. */
export interface Projection {
  hours: number;
  spanLow: number;
  spanHigh: number;
  method: 'newton' | 'stall' | 'meat_only';
  k: number | null;
  kSe: number | null;
  caveats: EtaCaveat[];
}

/**
 * No pit probe and no setpoint: the heating curve fitted on the meat alone; when no curve
 * reaches the target (a plateau), the creep of the last half hour, if the meat still rises.
 */
export function meatOnly(
  meat: readonly Sample[],
  asOf: number,
  now: number,
  target: number,
  opts: EtaOptions,
): Projection | EtaReason {
  const f = fitFree(between(meat, asOf - opts.freeWindowMs), target);
  if (!f) {
    const rate = rateOf(between(meat, asOf - opts.creepWindowMs));
    if (rate === null || rate < 0.5) return 'no_progress';
    const hours = (target - now) / rate;
    return {
      hours,
      spanLow: hours / 3,
      spanHigh: hours,
      method: 'meat_only',
      k: null,
      kSe: null,
      caveats: ['no_pit', 'slow_progress'],
    };
  }
  return {
    hours: f.hours,
    spanLow: f.hours - f.low,
    spanHigh: f.high - f.hours,
    method: 'meat_only',
    k: f.k,
    kSe: null,
    caveats: ['no_pit'],
  };
}

/**
 * The Newton coefficient the projection uses. Fitted on the data since the last regime change
 * (a window spanning the end of a plateau or a wrap mixes two heating rates); while that stretch
 * is under `minSpanMs` the estimate is `recovering` and the plain window stands in. A slow creep
 * needs a longer look: when the 40-min fit cannot tell k from zero, twice the window is tried;
 * when neither can, the fitted k (or the one learned before the stall) is used with a wide
 * error (`slow_progress`).
 */
function chooseK(
  meat: readonly Sample[],
  pit: readonly Sample[],
  asOf: number,
  p: number,
  opts: EtaOptions,
  ctx: EtaContext,
  caveats: EtaCaveat[],
): { k: number; se: number } | null {
  const cut = Math.max(ctx.stall?.endedAt ?? -Infinity, ctx.wrappedAt ?? -Infinity);
  const fitFrom = (from: number) => {
    const win = between(meat, from);
    return win.length >= opts.minPoints && asOf - win[0]![0] >= opts.minSpanMs
      ? fitNewton(win, between(pit, from - 60_000), p)
      : null;
  };
  const candidates = [];
  if (cut > asOf - opts.windowMs) {
    const sinceCut = fitFrom(cut);
    if (sinceCut) candidates.push(sinceCut);
    else caveats.push('recovering');
  }
  candidates.push(fitFrom(asOf - opts.windowMs), fitFrom(asOf - 2 * opts.windowMs));
  const fits = candidates.filter((f): f is { k: number; se: number } => f !== null);
  const sure = fits.find((f) => f.k > 0 && f.k - opts.z * f.se > 0);
  if (sure) return sure;
  const k = fits.find((f) => f.k > 0)?.k ?? ctx.k0 ?? null;
  if (k === null) return null;
  caveats.push('slow_progress');
  return { k, se: k / 2 };
}

/** Newton heating toward a known pit level. */
export function withPit(
  meat: readonly Sample[],
  pitAll: readonly Sample[],
  asOf: number,
  now: number,
  target: number,
  level: PitLevel,
  opts: EtaOptions,
  ctx: EtaContext,
  caveats: EtaCaveat[],
): Projection | EtaReason {
  const p = level.level;
  const chosen = chooseK(meat, pitAll, asOf, p, opts, ctx, caveats);
  if (!chosen) return 'no_progress';
  const { k, se } = chosen;
  const lnRatio = Math.log((p - now) / (p - target));
  const hours = lnRatio / k;
  const kLow = Math.max(k - opts.z * se, k / 4);
  const kHigh = lnRatio / kLow - hours;
  let kLowSpan = hours - lnRatio / (k + opts.z * se);
  // Recovering from a plateau: the coefficient learned before it is the early side.
  const k0 = ctx.k0 ?? null;
  if (caveats.includes('recovering') && k0 !== null && k0 > k)
    kLowSpan = Math.max(kLowSpan, hours - lnRatio / k0);
  const dhdp = -(target - now) / (k * (p - now) * (p - target));
  const blockSd = Math.max(level.blockSd, level.source === 'measured' ? 0 : 5);
  const pitSpread = opts.z * Math.abs(dhdp) * blockSd * Math.sqrt(1 / 6 / Math.max(hours, 1 / 6));
  const out: Projection = {
    hours,
    spanLow: Math.hypot(kLowSpan, pitSpread),
    spanHigh: Math.hypot(kHigh, pitSpread),
    method: 'newton',
    k,
    kSe: se,
    caveats,
  };
  return evaporating(out, meat, asOf, target, opts, ctx);
}

/**
 * Past the plateau a real cut keeps losing heat to evaporation (and to rendering collagen), so it
 * can approach a level below the pit and decelerate more than Newton toward the pit says. The
 * curve fitted on the meat alone over the last hour sees that, but it is too unsteady to be the
 * estimate: when it is later, it sets the band's late side.
 */
function evaporating(
  newton: Projection,
  meat: readonly Sample[],
  asOf: number,
  target: number,
  opts: EtaOptions,
  ctx: EtaContext,
): Projection {
  const cut = Math.max(ctx.stall?.endedAt ?? -Infinity, ctx.wrappedAt ?? -Infinity);
  const f = fitFree(between(meat, Math.max(asOf - opts.freeWindowMs, cut)), target);
  if (!f || f.hours <= newton.hours) return newton;
  return { ...newton, spanHigh: Math.max(newton.spanHigh, f.hours - newton.hours) };
}

/**
 * In a stall the meat creeps at a rate set by evaporation, not by the pit: the creep over the
 * last half hour carries the estimate. The plateau ends when the surface dries (or the cut is
 * wrapped) and Newton heating with the coefficient learned before the stall resumes: that is
 * the band's early side; the late side is the creep halving (real plateaus do).
 */
export function stallCreep(
  meatAll: readonly Sample[],
  asOf: number,
  now: number,
  target: number,
  p: number | null,
  k0: number | null,
  opts: EtaOptions,
  caveats: EtaCaveat[],
): Projection | EtaReason {
  const rate = rateOf(between(meatAll, asOf - opts.creepWindowMs));
  if (rate === null) return 'insufficient_data';
  const k = k0 ?? opts.defaultK;
  const creep = Math.max(rate, 0.5);
  // Without a pit the recovery's pace is unknown: twice the creep stands in for it.
  const recover = p !== null ? newtonHours(now, target, p, k) : (target - now) / (2 * creep);
  const creepHours = (target - now) / creep;
  const hours = Math.max(creepHours, recover);
  return {
    hours,
    spanLow: Math.max(0, hours - recover),
    spanHigh: Math.max(0, (target - now) / (creep / 2) - hours),
    method: 'stall',
    k,
    kSe: null,
    caveats: ['stall', ...caveats],
  };
}
