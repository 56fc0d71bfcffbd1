import { between, median, type Sample } from './fit.js';
import { fitFree, fitNewton, newtonHours, rateOf } from './newton.js';
import { DEFAULT_PIT_OPTIONS, pitLevel, type PitLevel } from './pit.js';

export { fitNewton } from './newton.js';

/** Tuning of the time-to-target estimate. */
export interface EtaOptions {
  /** Sliding window the heating rate is fitted on (cut short at a stall's end, a wrap or a pit change). */
  windowMs: number;
  /** Least span of data in the window before any estimate is given. */
  minSpanMs: number;
  minPoints: number;
  /** Longest stretch of pit readings averaged into the level (see `pitLevel`). */
  pitWindowMs: number;
  /** Width of the band in standard errors of k (2 ≈ 95 %). */
  z: number;
  /** Longest estimate worth showing; beyond it the answer is "unknown", never "two years". */
  maxHorizonMs: number;
  /** Kept for compatibility: the band is no longer a reason for silence (see `EtaCaveat`). */
  maxRelativeBand: number;
  /** The pit must be at least this much hotter than the target for Newton's law to reach it. */
  minPitMargin: number;
  /** Model error no fit shows: ± this share of the remaining time plus `floorMin` (hours). */
  floorShare: number;
  floorMin: number;
  /** Window of the meat-only fit and of the stall's creep rate. */
  freeWindowMs: number;
  creepWindowMs: number;
  /** Newton coefficient (per hour) assumed when none was learned (a large cut in a smoker). */
  defaultK: number;
}

export const DEFAULT_ETA_OPTIONS: EtaOptions = {
  windowMs: 40 * 60_000,
  minSpanMs: 20 * 60_000,
  minPoints: 10,
  pitWindowMs: 120 * 60_000,
  z: 2,
  maxHorizonMs: 12 * 3_600_000,
  maxRelativeBand: 0.6,
  minPitMargin: 2,
  floorShare: 0.15,
  floorMin: 5 / 60,
  freeWindowMs: 60 * 60_000,
  creepWindowMs: 30 * 60_000,
  defaultK: 0.2,
};

/** Why an estimate is unknown. */
export type EtaReason =
  'insufficient_data' | 'no_pit' | 'pit_below_target' | 'no_progress' | 'fit_poor' | 'too_far';

/**
 * Why a given estimate's band is wider than the fit alone says: shown with the estimate instead
 * of withholding it. `stall`: projected from the plateau's creep; `pit_changed`: the pit level
 * moved in the last 45 min; `pit_silent`: no pit reading for 10+ min (setpoint or last level
 * assumed); `no_pit`: fitted on the meat alone; `recovering`: too little data since a stall
 * ended, a wrap or a pit change, so a learned coefficient stands in; `slow_progress`: the fit
 * cannot tell the heating rate from zero; `wide`: the band reaches the horizon.
 */
export type EtaCaveat =
  'stall' | 'pit_changed' | 'pit_silent' | 'no_pit' | 'recovering' | 'slow_progress' | 'wide';

/** Extra knowledge of the cook the estimator (and its stall tracker) has. */
export interface EtaContext {
  /** The pit's setpoint (the session's pit channel target), used while the pit probe is silent. */
  setpoint?: number | null;
  /** The probe's current or last stall. */
  stall?: { since: number; endedAt: number | null } | null;
  /** Newton coefficient learned below the stall band (per hour). */
  k0?: number | null;
  /** When the meat was seen wrapped (its heating changes). */
  wrappedAt?: number | null;
}

/** Time to target of one probe, as of the newest reading (`asOf`, data time). */
export interface Eta {
  status: 'ok' | 'unknown' | 'reached';
  reason: EtaReason | null;
  asOf: number;
  value: number | null;
  target: number;
  /** Expected arrival (UTC epoch ms) and its band; finite whenever status is ok (reached: asOf). */
  etaTs: number | null;
  lowTs: number | null;
  highTs: number | null;
  /** Newton coefficient k (per hour) used and its standard error; null without one. */
  kPerHour: number | null;
  kSe: number | null;
  /** Pit temperature the projection assumes. */
  pit: number | null;
  /** How the estimate was made and why its band was widened. */
  method?: 'newton' | 'stall' | 'meat_only' | null;
  caveats?: EtaCaveat[];
  /** When the pit level last changed on purpose (null: not in the last two hours). */
  pitChangedAt?: number | null;
}

const HOUR = 3_600_000;

/** A projection in hours before the band's floor and the horizon check. */
interface Projection {
  hours: number;
  spanLow: number;
  spanHigh: number;
  method: 'newton' | 'stall' | 'meat_only';
  k: number | null;
  kSe: number | null;
  caveats: EtaCaveat[];
}

/**
 * Time for a probe to reach `target`. The meat heats by Newton's law toward the pit level
 * (`pitLevel`: the average since the last deliberate change, the setpoint while the probe is
 * silent), with k fitted on the recent window; in a stall the plateau's own creep rate carries
 * it (recovery to Newton heating is the band's early side); without any pit the curve is fitted
 * on the meat alone (`fitFree`). Always a best estimate once there is data enough, with the band
 * widened and the reason named (`caveats`) rather than silence; unknown only when the target is
 * out of reach (pit below it, no heating at all) or beyond the horizon. An `ok` answer always has
 * finite times.
 */
export function estimateEta(
  meatAll: readonly Sample[],
  pitAll: readonly Sample[],
  target: number,
  opts: EtaOptions = DEFAULT_ETA_OPTIONS,
  ctx: EtaContext = {},
): Eta {
  const last = meatAll[meatAll.length - 1];
  const asOf = last?.[0] ?? 0;
  const base: Eta = {
    status: 'unknown',
    reason: 'insufficient_data',
    asOf,
    value: last?.[1] ?? null,
    target,
    etaTs: null,
    lowTs: null,
    highTs: null,
    kPerHour: null,
    kSe: null,
    pit: null,
    method: null,
    caveats: [],
    pitChangedAt: null,
  };
  if (!last) return base;
  const now = median(meatAll.slice(-6).map((s) => s[1]));
  base.value = Math.round(now * 100) / 100;
  if (now >= target)
    return { ...base, status: 'reached', reason: null, etaTs: asOf, lowTs: asOf, highTs: asOf };
  const recent = between(meatAll, asOf - opts.windowMs);
  if (recent.length < opts.minPoints || asOf - recent[0]![0] < opts.minSpanMs) return base;
  const level = pitLevel(pitAll, asOf, ctx.setpoint ?? null, {
    ...DEFAULT_PIT_OPTIONS,
    windowMs: opts.pitWindowMs,
  });
  let proj: Projection | EtaReason;
  if (!level) proj = meatOnly(meatAll, asOf, target, opts);
  else {
    base.pit = Math.round(level.level * 10) / 10;
    base.pitChangedAt = level.changedAt;
    if (level.level - target < opts.minPitMargin) return { ...base, reason: 'pit_below_target' };
    proj = withPit(meatAll, pitAll, asOf, now, target, level, opts, ctx);
  }
  if (typeof proj === 'string') return { ...base, reason: proj };
  return finish(base, proj, asOf, opts);
}

/** Band floor, horizon check and the guarantee that `ok` carries finite times. */
function finish(base: Eta, p: Projection, asOf: number, opts: EtaOptions): Eta {
  const widen = 1 + 0.5 * p.caveats.filter((c) => c !== 'wide').length;
  const floor = (opts.floorShare * p.hours + opts.floorMin) * widen;
  const horizon = opts.maxHorizonMs / HOUR;
  const caveats = [...p.caveats];
  const out = { ...base, method: p.method, kPerHour: p.k, kSe: p.kSe, caveats };
  if (!(p.hours < horizon)) return { ...out, reason: 'too_far' };
  let high = p.hours + Math.hypot(p.spanHigh, floor);
  const low = Math.max(0, p.hours - Math.hypot(p.spanLow, floor));
  if (!(high <= horizon)) {
    high = horizon;
    caveats.push('wide');
  }
  const etaTs = Math.round(asOf + p.hours * HOUR);
  const lowTs = Math.round(asOf + low * HOUR);
  const highTs = Math.round(asOf + high * HOUR);
  if (![etaTs, lowTs, highTs].every(Number.isFinite)) return { ...out, reason: 'fit_poor' };
  return { ...out, status: 'ok', reason: null, etaTs, lowTs, highTs };
}

/** No pit probe and no setpoint: the heating curve fitted on the meat alone. */
function meatOnly(
  meatAll: readonly Sample[],
  asOf: number,
  target: number,
  opts: EtaOptions,
): Projection | EtaReason {
  const f = fitFree(between(meatAll, asOf - opts.freeWindowMs), target);
  if (!f) return 'no_pit';
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

/** Newton heating toward a known pit level, or the stall's creep while the meat plateaus. */
function withPit(
  meatAll: readonly Sample[],
  pitAll: readonly Sample[],
  asOf: number,
  now: number,
  target: number,
  level: PitLevel,
  opts: EtaOptions,
  ctx: EtaContext,
): Projection | EtaReason {
  const p = level.level;
  const caveats: EtaCaveat[] = [];
  if (level.source !== 'measured') caveats.push('pit_silent');
  if (level.changedAt !== null && asOf - level.changedAt < 45 * 60_000) caveats.push('pit_changed');
  const k0 = ctx.k0 ?? null;
  if (ctx.stall && ctx.stall.endedAt === null)
    return stallCreep(meatAll, asOf, now, target, p, k0, opts, caveats);
  // Fit only on data since the last regime change: a window spanning the end of a plateau or
  // a wrap mixes two heating rates and lags the new one.
  const cut = Math.max(ctx.stall?.endedAt ?? -Infinity, ctx.wrappedAt ?? -Infinity);
  const from = Math.max(asOf - opts.windowMs, cut);
  const win = between(meatAll, from);
  const fit =
    win.length >= opts.minPoints && asOf - win[0]![0] >= opts.minSpanMs
      ? fitNewton(win, between(pitAll, from - 60_000), p)
      : null;
  const lnRatio = Math.log((p - now) / (p - target));
  let k: number;
  let se: number;
  if (fit && fit.k > 0 && fit.k - opts.z * fit.se > 0) ({ k, se } = fit);
  else {
    const fallback = k0 ?? (fit && fit.k > 0 ? fit.k : null);
    if (fallback === null) return 'no_progress';
    caveats.push(fit ? 'slow_progress' : 'recovering');
    k = fallback;
    se = fallback / 3;
  }
  const hours = lnRatio / k;
  const kLow = Math.max(k - opts.z * se, k / 4);
  const kHigh = lnRatio / kLow - hours;
  const kLowSpan = hours - lnRatio / (k + opts.z * se);
  const dhdp = -(target - now) / (k * (p - now) * (p - target));
  const blockSd = Math.max(level.blockSd, level.source === 'measured' ? 0 : 5);
  const pitSpread = opts.z * Math.abs(dhdp) * blockSd * Math.sqrt(1 / 6 / Math.max(hours, 1 / 6));
  return {
    hours,
    spanLow: Math.hypot(kLowSpan, pitSpread),
    spanHigh: Math.hypot(kHigh, pitSpread),
    method: 'newton',
    k,
    kSe: se,
    caveats,
  };
}

/**
 * In a stall the meat creeps at a rate set by evaporation, not by the pit: the creep over the
 * last half hour carries the estimate. The plateau ends when the surface dries (or the cut is
 * wrapped) and Newton heating with the coefficient learned before the stall resumes: that is
 * the band's early side; the late side is the creep slowing by a third.
 */
function stallCreep(
  meatAll: readonly Sample[],
  asOf: number,
  now: number,
  target: number,
  p: number,
  k0: number | null,
  opts: EtaOptions,
  caveats: EtaCaveat[],
): Projection | EtaReason {
  const rate = rateOf(between(meatAll, asOf - opts.creepWindowMs));
  if (rate === null) return 'insufficient_data';
  const k = k0 ?? opts.defaultK;
  const recover = newtonHours(now, target, p, k);
  const creep = Math.max(rate, 0.5);
  const hours = Math.max((target - now) / creep, recover);
  return {
    hours,
    spanLow: Math.max(0, hours - recover),
    spanHigh: Math.max(0, (target - now) / (creep * (2 / 3)) - hours),
    method: 'stall',
    k,
    kSe: null,
    caveats: ['stall', ...caveats],
  };
}
