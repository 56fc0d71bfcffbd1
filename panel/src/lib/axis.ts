// Axis tick labels for time and elapsed-time charts.
import { formatElapsed, type Formatters } from './format.js';

const DAY = 86_400;

function hasDuplicates(labels: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const l of labels) {
    if (!l) continue;
    if (seen.has(l)) return true;
    seen.add(l);
  }
  return false;
}

/** `labels` with every repeat of an earlier label blanked (the tick stays, unlabelled). */
function blankRepeats(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.map((l) => {
    if (seen.has(l)) return '';
    seen.add(l);
    return l;
  });
}

/**
 * Time tick labels in the user's zone: dates for day-or-longer steps (with the year when the
 * range spans years), times otherwise (with seconds when ticks are under a minute apart), and
 * the date under the first tick of each new day so a multi-day cook reads without hovering.
 * Labels are always distinct: when two would read the same (the hour repeated when clocks go
 * back) the zone's offset is added, and as a last resort a repeat is left blank.
 */
export function timeTicks(splits: readonly number[], incr: number, fmt: Formatters): string[] {
  if (incr >= DAY) {
    const days = splits.map((s) => fmt.date(s * 1000));
    return blankRepeats(hasDuplicates(days) ? splits.map((s) => fmt.dateYear(s * 1000)) : days);
  }
  const build = (time: (ms: number) => string): string[] => {
    let lastDay = '';
    return splits.map((s) => {
      const ms = s * 1000;
      const day = fmt.date(ms);
      const label = day !== lastDay ? `${time(ms)}\n${day}` : time(ms);
      lastDay = day;
      return label;
    });
  };
  const steps = [
    incr < 60 ? fmt.timeSeconds : fmt.time,
    fmt.timeSeconds,
    (ms: number) => `${fmt.timeSeconds(ms)} ${fmt.zone(ms)}`,
  ];
  let labels: string[] = [];
  for (const step of steps) {
    labels = build(step);
    if (!hasDuplicates(labels)) return labels;
  }
  return blankRepeats(labels);
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

/** Elapsed-time tick labels ("0:00", "1:30", "12:00"), hours and minutes since the start. */
export function elapsedTicks(splits: readonly number[]): string[] {
  return blankRepeats(splits.map((s) => formatElapsed(s)));
}
