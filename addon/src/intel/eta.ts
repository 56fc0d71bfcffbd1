import { combine, instability, type Part } from './blend.js';
import { between, median, type Sample } from './fit.js';
import { DEFAULT_PIT_OPTIONS, pitLevel, type PitLevel } from './pit.js';
import { meatOnly, stallCreep, withPit, type Projection } from './projection.js';
import { localTrend, type TrendFit } from './trend.js';
import {
  DEFAULT_ETA_OPTIONS,
  type Eta,
  type EtaCaveat,
  type EtaContext,
  type EtaOptions,
  type EtaReason,
  type MethodTrack,
} from './eta-types.js';

export { fitNewton } from './newton.js';

export {
  DEFAULT_ETA_OPTIONS,
  type Eta,
  type EtaCaveat,
  type EtaContext,
  type EtaOptions,
  type EtaReason,
  type MethodTrack,
} from './eta-types.js';

const HOUR = 3_600_000;

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
  const trend = trendFor(meat, pitAll, asOf, target, level, proj, opts);
  return finish(base, proj, trend, asOf, opts, ctx.history ?? []);
}

/** The local trend next to a projection: its deceleration, and the pit it is levelled to. */
function trendFor(
  meat: readonly Sample[],
  pitAll: readonly Sample[],
  asOf: number,
  target: number,
  level: PitLevel | null,
  proj: Projection,
  opts: EtaOptions,
): TrendFit | null {
  // In a plateau the creep is evaporation-bound, not Newton's: the trend carries it straight.
  const k = proj.method === 'stall' ? 0 : (proj.k ?? opts.defaultK);
  const pit =
    level?.source === 'measured'
      ? { samples: between(pitAll, asOf - opts.trendWindowMs - 60_000), level: level.level }
      : null;
  return localTrend(meat, asOf, target, opts.trendWindowMs, k, opts.z, opts.trendCurve, pit);
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

/**
 * Band floor, the combination with the local trend, the horizon check and the guarantee that
 * `ok` carries finite times. The model's band gets a floor no fit shows (±`floorShare` of the
 * remaining time + `floorMin`, widened by half for each caveat); the trend's, the `floorMin`
 * alone (its curvature term already grows with the horizon). Each is widened by how much its
 * own answer moved lately (`instability`), then `combine` weighs them.
 */
function finish(
  base: Eta,
  p: Projection,
  trend: TrendFit | null,
  asOf: number,
  opts: EtaOptions,
  history: readonly MethodTrack[],
): Eta {
  const widen = 1 + 0.5 * p.caveats.filter((c) => c !== 'wide').length;
  const floor = (opts.floorShare * p.hours + opts.floorMin) * widen;
  const horizon = opts.maxHorizonMs / HOUR;
  const caveats = [...p.caveats];
  const out = { ...base, method: p.method, kPerHour: p.k, kSe: p.kSe, caveats };
  const at = (h: number) => (Number.isFinite(h) ? Math.round(asOf + h * HOUR) : null);
  const modelAt = at(p.hours);
  const trendAt = trend ? at(trend.hours) : null;
  const moved = (pick: (m: MethodTrack) => number | null, now: number | null) =>
    instability(
      history.map((m) => ({ ts: m.ts, arrival: pick(m) })),
      now,
      asOf,
      opts.instabilityMs,
    );
  const parts: Part[] = [
    {
      hours: p.hours,
      low: p.hours - Math.hypot(p.spanLow, floor),
      high: p.hours + Math.hypot(p.spanHigh, floor),
      spread: moved((m) => m.model, modelAt),
    },
  ];
  const trendFloor = opts.floorShare * (trend?.hours ?? 0) + opts.floorMin;
  if (trend && trendAt !== null)
    parts.push({
      hours: trend.hours,
      low: trend.hours - Math.hypot(trend.hours - trend.low, trendFloor),
      high: trend.hours + Math.hypot(trend.high - trend.hours, trendFloor),
      spread: moved((m) => m.trend, trendAt),
    });
  const mix = combine(parts, opts.z, horizon);
  const trendWeight = mix && parts.length > 1 ? mix.weights[1]! : 0;
  out.parts = { model: modelAt, trend: trendAt, trendWeight };
  if (!mix || !(mix.hours < horizon)) return { ...out, reason: 'too_far' };
  if (mix.disagree) caveats.push('methods_disagree');
  let high = mix.high;
  if (!(high <= horizon)) {
    high = horizon;
    caveats.push('wide');
  }
  const etaTs = at(mix.hours);
  const lowTs = at(Math.min(mix.hours, mix.low));
  const highTs = at(high);
  if (etaTs === null || lowTs === null || highTs === null) return { ...out, reason: 'fit_poor' };
  return { ...out, status: 'ok', reason: null, etaTs, lowTs, highTs };
}
