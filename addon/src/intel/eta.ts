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
  creepWindowMs: 60 * 60_000,
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
  const meat = inMeat(
    between(meatAll, asOf - Math.max(opts.freeWindowMs, opts.windowMs) - 10 * 60_000),
  );
  if (meat.length === 0) return base;
  const now = median(meat.slice(-6).map((s) => s[1]));
  base.value = Math.round(now * 100) / 100;
  if (now >= target)
    return { ...base, status: 'reached', reason: null, etaTs: asOf, lowTs: asOf, highTs: asOf };
  const recent = between(meat, asOf - opts.windowMs);
  if (recent.length < opts.minPoints || asOf - recent[0]![0] < opts.minSpanMs) return base;
  const level = pitLevel(pitAll, asOf, ctx.setpoint ?? null, {
    ...DEFAULT_PIT_OPTIONS,
    windowMs: opts.pitWindowMs,
  });
  let proj: Projection | EtaReason;
  const stalled = ctx.stall !== undefined && ctx.stall !== null && ctx.stall.endedAt === null;
  if (level) {
    base.pit = Math.round(level.level * 10) / 10;
    base.pitChangedAt = level.changedAt;
    if (level.level - target < opts.minPitMargin) return { ...base, reason: 'pit_below_target' };
  }
  const caveats = level ? pitCaveats(level, asOf) : ['no_pit' as const];
  if (stalled)
    proj = stallCreep(meat, asOf, now, target, level?.level ?? null, ctx.k0 ?? null, opts, caveats);
  else if (!level) proj = meatOnly(meat, asOf, now, target, opts);
  else proj = withPit(meat, pitAll, asOf, now, target, level, opts, ctx, caveats);
  if (typeof proj === 'string') return { ...base, reason: proj };
  return finish(base, proj, asOf, opts);
}

/**
 * The readings of a probe that sit in the meat: a reading 5 °C or more below the highest of the
 * 10 minutes before it is a probe pulled out (reading the air), reinserted elsewhere, or the cut
 * off the heat for a moment — none of which is the heating being projected. Once the lower level
 * has lasted 10 minutes it is the new truth (the cut is resting, or the probe moved for good).
 */
export function inMeat(samples: readonly Sample[]): Sample[] {
  const out: Sample[] = [];
  let from = 0;
  for (let i = 0; i < samples.length; i++) {
    const [ts, v] = samples[i]!;
    while (samples[from]![0] < ts - 10 * 60_000) from++;
    let max = -Infinity;
    for (let j = from; j < i; j++) max = Math.max(max, samples[j]![1]);
    if (!(v <= max - 5)) out.push(samples[i]!);
  }
  return out;
}

function pitCaveats(level: PitLevel, asOf: number): EtaCaveat[] {
  const c: EtaCaveat[] = [];
  if (level.source !== 'measured') c.push('pit_silent');
  if (level.changedAt !== null && asOf - level.changedAt < 45 * 60_000) c.push('pit_changed');
  return c;
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

/**
 * No pit probe and no setpoint: the heating curve fitted on the meat alone; when no curve
 * reaches the target (a plateau), the creep of the last half hour, if the meat still rises.
 */
function meatOnly(
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
function withPit(
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
function stallCreep(
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
  const hours = Math.max((target - now) / creep, recover);
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
