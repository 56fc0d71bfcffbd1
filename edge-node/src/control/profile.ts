import { parseDuration } from '../config/units.js';
import type { ProfileDef, StepDef } from './schema.js';

/**
 * Profile engine: pure functions of (profile, run state, wall-clock now, gravity). No timers
 * and no I/O, so a restart resumes by loading the run state and calling {@link evaluate}.
 *
 * Time runs on the wall clock, step by step: a step started at `stepStartedAt` and its end is
 * `stepStartedAt + duration`, and the next step starts exactly there. After a power cut of
 * three days the profile therefore lands on the step the beer should be in, with the right
 * elapsed time, as if the edge had never stopped (fermentation did not stop either). A Pi has
 * no RTC: until NTP syncs, its clock may sit before `stepStartedAt`; elapsed time is then
 * clamped to zero rather than run backwards, and catches up when the clock is set.
 */

/** Default time a gravity condition must hold before the step ends (hydrometer noise). */
const DEFAULT_HOLD_FOR_MS = 30 * 60_000;
/** Gravity readings older than this do not count for conditions. */
const GRAVITY_MAX_AGE_MS = 2 * 3_600_000;

/** Persisted progress of a running profile. */
export interface ProfileRun {
  profile: ProfileDef & { name: string };
  step: number;
  /** Wall-clock ms when the profile and the current step started. */
  startedAt: number;
  stepStartedAt: number;
  /** Setpoint when the current step started: where a ramp without `from` begins. */
  stepFrom: number;
  /** Original gravity used for attenuation: from the profile or the first gravity reading. */
  og: number | null;
  /** Since when the current step's condition has held, or null. */
  conditionSince: number | null;
  finished: boolean;
}

/** A gravity reading: value (SG) and when it was taken. */
export interface GravityReading {
  value: number;
  ts: number;
}

/** Progress of a profile, as shown in `status` and sent to the hub. */
export interface ProfileProgress {
  profile: string;
  step_index: number;
  step_count: number;
  step_name: string;
  step_type: 'hold' | 'ramp';
  elapsed_s: number;
  /** Seconds until the step ends; null when it waits for a condition or lasts forever. */
  remaining_s: number | null;
  /** What a conditional step waits for, with the current values. */
  condition: string | null;
  setpoint: number;
  finished: boolean;
}

const ms = (d: string | number): number => parseDuration(d);

/** Starts `profile` now; the first step begins at `currentSetpoint` (for a leading ramp). */
export function startRun(
  profile: ProfileDef & { name: string },
  now: number,
  currentSetpoint: number,
): ProfileRun {
  return {
    profile,
    step: 0,
    startedAt: now,
    stepStartedAt: now,
    stepFrom: currentSetpoint,
    og: profile.og ?? null,
    conditionSince: null,
    finished: false,
  };
}

function stepName(s: StepDef, i: number): string {
  if (s.name) return s.name;
  return s.type === 'ramp'
    ? `Step ${i + 1}: ramp to ${s.to} °C`
    : `Step ${i + 1}: hold ${s.target} °C`;
}

/** The setpoint a step asks for `elapsed` ms after it started. */
function stepSetpoint(s: StepDef, from: number, elapsed: number): number {
  if (s.type === 'hold') return s.target;
  const start = s.from ?? from;
  const f = Math.min(1, Math.max(0, elapsed / ms(s.duration)));
  return start + (s.to - start) * f;
}

/** Setpoint at the end of a step: where the next one starts. */
function stepEnd(s: StepDef): number {
  return s.type === 'hold' ? s.target : s.to;
}

/** Apparent attenuation in %, from OG and the current SG. */
export function attenuation(og: number, sg: number): number {
  return og > 1 ? ((og - sg) / (og - 1)) * 100 : 0;
}

/** Whether a condition holds on this gravity reading. */
function conditionMet(
  s: StepDef,
  og: number | null,
  g: GravityReading | null,
  now: number,
): boolean {
  if (s.type !== 'hold' || !s.until || !g || now - g.ts > GRAVITY_MAX_AGE_MS) return false;
  const u = s.until;
  if (u.gravity_below !== undefined && g.value < u.gravity_below) return true;
  return (
    u.attenuation_above !== undefined &&
    og !== null &&
    attenuation(og, g.value) >= u.attenuation_above
  );
}

/**
 * When the current step ends, if it has ended by `now`: the time-based end, or the moment
 * the condition had held for `hold_for`, or `max_duration`. Undefined while it goes on.
 */
function stepEndTime(run: ProfileRun, s: StepDef, now: number): number | undefined {
  if (s.type === 'ramp' || s.duration !== undefined) {
    const end = run.stepStartedAt + ms(s.duration ?? 0);
    return now >= end ? end : undefined;
  }
  if (!s.until) return undefined;
  const cap =
    s.until.max_duration !== undefined ? run.stepStartedAt + ms(s.until.max_duration) : Infinity;
  const hold = s.until.hold_for !== undefined ? ms(s.until.hold_for) : DEFAULT_HOLD_FOR_MS;
  if (run.conditionSince !== null && now - run.conditionSince >= hold)
    return Math.min(run.conditionSince + hold, cap);
  return now >= cap ? cap : undefined;
}

/**
 * Brings `run` up to `now` (in place): records OG and the condition, moves through every step
 * that has ended. Returns true when the step changed, so the caller persists the run.
 */
export function advance(run: ProfileRun, now: number, gravity: GravityReading | null): boolean {
  let changed = false;
  if (run.og === null && gravity && gravity.ts >= run.startedAt - GRAVITY_MAX_AGE_MS) {
    run.og = gravity.value;
    changed = true;
  }
  for (let guard = 0; !run.finished && guard <= run.profile.steps.length; guard++) {
    const s = run.profile.steps[run.step];
    if (!s) break;
    const met = conditionMet(s, run.og, gravity, now);
    if (met && run.conditionSince === null)
      run.conditionSince = Math.max(gravity?.ts ?? now, run.stepStartedAt);
    if (!met && run.conditionSince !== null && gravity && now - gravity.ts <= GRAVITY_MAX_AGE_MS)
      run.conditionSince = null;
    const end = stepEndTime(run, s, now);
    if (end === undefined) break;
    changed = true;
    if (run.step === run.profile.steps.length - 1) {
      run.finished = true;
      break;
    }
    run.stepFrom = stepSetpoint(s, run.stepFrom, end - run.stepStartedAt);
    run.step += 1;
    run.stepStartedAt = end;
    run.conditionSince = null;
  }
  return changed;
}

/** The setpoint the profile asks for now. */
export function setpoint(run: ProfileRun, now: number): number {
  const s = run.profile.steps[run.step];
  if (!s) return run.stepFrom;
  if (run.finished) return stepEnd(s);
  return stepSetpoint(s, run.stepFrom, Math.max(0, now - run.stepStartedAt));
}

function describeCondition(
  run: ProfileRun,
  s: StepDef,
  g: GravityReading | null,
  now: number,
): string | null {
  if (s.type !== 'hold' || !s.until) return null;
  const u = s.until;
  const fresh = g && now - g.ts <= GRAVITY_MAX_AGE_MS ? g : null;
  const parts: string[] = [];
  if (u.gravity_below !== undefined)
    parts.push(`gravity ${fresh ? fresh.value.toFixed(3) : '?'} < ${u.gravity_below.toFixed(3)}`);
  if (u.attenuation_above !== undefined) {
    const a = fresh && run.og !== null ? `${attenuation(run.og, fresh.value).toFixed(0)} %` : '?';
    parts.push(`attenuation ${a} ≥ ${u.attenuation_above} %`);
  }
  let text = parts.join(' or ');
  if (!fresh) text += ' (waiting for a gravity reading)';
  else if (run.conditionSince !== null) text += ' (met, confirming)';
  return text;
}

function remaining(run: ProfileRun, s: StepDef, elapsed: number): number | null {
  if (run.finished) return 0;
  if (s.type === 'ramp' || s.duration !== undefined)
    return Math.max(0, ms(s.duration ?? 0) - elapsed) / 1000;
  return null; // waits for a condition (its max_duration is a fallback, not the plan) or forever
}

/** Progress for `status` and the hub. */
export function progress(
  run: ProfileRun,
  now: number,
  gravity: GravityReading | null,
): ProfileProgress {
  const s = run.profile.steps[run.step] as StepDef;
  const elapsed = Math.max(0, now - run.stepStartedAt);
  return {
    profile: run.profile.name,
    step_index: run.step,
    step_count: run.profile.steps.length,
    step_name: stepName(s, run.step),
    step_type: s.type,
    elapsed_s: Math.round(elapsed / 1000),
    remaining_s: remaining(run, s, elapsed),
    condition: describeCondition(run, s, gravity, now),
    setpoint: Math.round(setpoint(run, now) * 100) / 100,
    finished: run.finished,
  };
}
