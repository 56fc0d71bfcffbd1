// A fermentation profile as the form edits it (strings, in the user's unit) and as the edge
// node takes it in `start_profile` (°C, durations like "72h").
import type { TemperatureUnit } from './units.js';
import { fahrenheitToCelsius } from './units.js';
import { parseTyped } from './alert-units.js';

/** One row of the profile form. */
export interface StepDraft {
  type: 'hold' | 'ramp';
  target: string;
  /** Hours; empty: a hold without a time (until its gravity, or until stopped). */
  hours: string;
  /** Hold only: move on when the gravity falls below this SG. */
  gravityBelow: string;
}

/** A step as the edge node's profile schema takes it. */
export type ProfileStep =
  | {
      type: 'hold';
      name?: string;
      target: number;
      duration?: string;
      until?: { gravity_below: number };
    }
  | { type: 'ramp'; name?: string; to: number; duration: string };

/** What is wrong with a row: the message key and the 1-based step. */
export interface StepProblem {
  step: number;
  problem: 'target' | 'hours' | 'gravity' | 'ramp_hours';
}

/** Setpoints the edge node accepts, °C (from a cold crash to a saison). */
const MIN_C = -5;
const MAX_C = 40;

/** Converts the form's rows; the first problem instead when a row cannot be sent. */
export function buildSteps(
  rows: StepDraft[],
  temp: TemperatureUnit,
): { steps: ProfileStep[] } | StepProblem {
  const steps: ProfileStep[] = [];
  for (const [i, r] of rows.entries()) {
    const step = i + 1;
    const t = parseTyped(r.target);
    const c = Math.round((temp === '°F' ? fahrenheitToCelsius(t) : t) * 100) / 100;
    if (!Number.isFinite(c) || c < MIN_C || c > MAX_C) return { step, problem: 'target' };
    const hours = r.hours.trim() ? parseTyped(r.hours) : null;
    if (hours !== null && !(hours > 0 && hours <= 24 * 60)) return { step, problem: 'hours' };
    const duration = hours === null ? undefined : `${Math.round(hours * 60)}m`;
    if (r.type === 'ramp') {
      if (!duration) return { step, problem: 'ramp_hours' };
      steps.push({ type: 'ramp', to: c, duration });
      continue;
    }
    const g = r.gravityBelow.trim() ? parseTyped(r.gravityBelow) : null;
    if (g !== null && !(g >= 0.98 && g <= 1.2)) return { step, problem: 'gravity' };
    steps.push({
      type: 'hold',
      target: c,
      ...(duration ? { duration } : {}),
      ...(g !== null ? { until: { gravity_below: g } } : {}),
    });
  }
  return { steps };
}

/** A profile name the node takes (a-z, 0-9, _; up to 20) from what the user typed. */
export function profileName(typed: string): string {
  const slug = typed
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 20);
  return slug || 'profile';
}
