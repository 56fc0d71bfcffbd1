// Axis tick labels for time and elapsed-time charts.
import { formatElapsed, type Formatters } from './format.js';

const DAY = 86_400;

/**
 * Time tick labels: times within a day, dates for day-or-longer steps, and the date under
 * the first tick of each new day so a multi-day cook reads without hovering.
 */
export function timeTicks(splits: readonly number[], incr: number, fmt: Formatters): string[] {
  let lastDay = '';
  return splits.map((s) => {
    const ms = s * 1000;
    const day = fmt.date(ms);
    if (incr >= DAY) return day;
    const label = day !== lastDay ? `${fmt.time(ms)}\n${day}` : fmt.time(ms);
    lastDay = day;
    return label;
  });
}

/** Steps for an elapsed-time axis (seconds): whole minutes, hours and days. */
export const ELAPSED_INCRS: readonly number[] = [
  60,
  300,
  600,
  900,
  1800,
  3600,
  7200,
  10_800,
  21_600,
  43_200,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
];

export function elapsedTicks(splits: readonly number[]): string[] {
  return splits.map((s) => formatElapsed(s));
}
