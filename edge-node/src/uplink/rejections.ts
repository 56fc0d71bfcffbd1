import type { HubProblem } from '../errors.js';

/**
 * Which readings of a rejected batch the hub's problem details blame: errors point at
 * `/readings/<index>/…`. Returns their indices in the batch, ascending and unique.
 */
export function blamedReadings(problem: HubProblem | undefined, count: number): number[] {
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
export function blamedParts(
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
