import type { HubProblem } from '../errors.js';
import type { OutboxReading } from '../outbox/outbox.js';

/**
 * Which readings of a rejected batch the hub's problem details blame: errors point at
 * `/readings/<index>/…`. Returns their indices in the batch, ascending and unique.
 */
function blamedReadings(problem: HubProblem | undefined, count: number): number[] {
  const out = new Set<number>();
  for (const e of problem?.errors ?? []) {
    const m = /^\/readings\/(\d+)(?:\/|$)/.exec(e.path);
    if (m) {
      const i = Number(m[1]);
      if (i < count) out.add(i);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** Which optional parts of the batch the hub objects to (they are left out afterwards). */
function blamedParts(
  problem: HubProblem | undefined,
): Set<'channels' | 'status' | 'command_results'> {
  const parts = new Set<'channels' | 'status' | 'command_results'>();
  for (const e of problem?.errors ?? []) {
    const top = e.path.split('/')[1];
    if (top === 'channels' || top === 'status' || top === 'command_results') parts.add(top);
  }
  return parts;
}

/** One line of problem detail for logs. */
export function problemSummary(problem: HubProblem | undefined): string {
  if (!problem) return 'no problem details';
  const errs = (problem.errors ?? []).slice(0, 5).map((e) => `${e.path}: ${e.message}`);
  return [problem.detail ?? problem.title, ...errs].filter(Boolean).join('; ');
}

/** What to do about a batch the hub refused as invalid. */
export interface RejectionPlan {
  /** Optional parts to leave out of every batch from now on. */
  omit: Set<'channels' | 'status' | 'command_results'>;
  /** Seqs to drop (reported to the hub as dropped, counted as rejected). */
  drop: number[];
  /** Batch size to retry with when nothing was named (bisection). */
  bisectTo?: number;
}

/**
 * Readings the problem names are dropped and the rest is resent; if nothing is named, the
 * batch is bisected down to one reading, which is then dropped. So one bad reading never
 * wedges the queue, and a good one is never dropped for a neighbour's fault.
 */
export function planRejection(
  problem: HubProblem | undefined,
  readings: readonly OutboxReading[],
): RejectionPlan {
  const omit = blamedParts(problem);
  const blamed = blamedReadings(problem, readings.length).map((i) => readings[i]!.seq);
  if (blamed.length > 0) return { omit, drop: blamed };
  if (omit.size > 0) return { omit, drop: [] };
  if (readings.length > 1)
    return { omit, drop: [], bisectTo: Math.max(1, Math.floor(readings.length / 2)) };
  return { omit, drop: readings.map((r) => r.seq) };
}
