/** Types and defaults of the time-to-target estimate, shared by `eta.ts` and `projection.ts`. */

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
  /** Window of the local trend (the meat's rate of rise now, see `localTrend`). */
  trendWindowMs: number;
  /** Share of the model's deceleration (k) the local trend carries its rate forward with (0: a straight line). */
  trendCurve: number;
  /** How far back a method's answers are compared with its answer now (see `instability`). */
  instabilityMs: number;
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
  trendWindowMs: 30 * 60_000,
  trendCurve: 1,
  instabilityMs: 20 * 60_000,
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
 * cannot tell the heating rate from zero; `methods_disagree`: the heating model and the local
 * trend point to different times and the band spans both; `wide`: the band reaches the horizon.
 */
export type EtaCaveat =
  | 'stall'
  | 'pit_changed'
  | 'pit_silent'
  | 'no_pit'
  | 'recovering'
  | 'slow_progress'
  | 'methods_disagree'
  | 'wide';

/** Each method's arrival (UTC epoch ms) at an earlier estimate, kept by the caller. */
export interface MethodTrack {
  ts: number;
  model: number | null;
  trend: number | null;
}

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
  /** This probe's earlier answers per method, oldest first (see `Eta.parts`); none: no instability known. */
  history?: readonly MethodTrack[];
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
  /**
   * Each method's own arrival before they were combined (UTC epoch ms; null: no answer; the
   * caller keeps them and passes them back as `EtaContext.history`), and the local trend's
   * weight in the combination (0–1).
   */
  parts?: { model: number | null; trend: number | null; trendWeight: number | null };
}
