import { HubError, type HubProblem } from '../errors.js';
import type { OutboxReading } from '../outbox/outbox.js';

/** An optional part of a batch the hub may object to (it is left out afterwards). */
export type BatchPart = 'channels' | 'status' | 'command_results';

/**
 * Answers that mean "the hub cannot store this batch as it is" (invalid or unstorable values,
 * a timestamp too far in the future, a seq it will not track): the batch must change, so
 * resending it as it is would wedge the queue. Anything else (401/403 token, 404 wrong URL,
 * 408, 429, 5xx) passes and is retried with backoff, the readings kept.
 */
const REFUSALS = new Set([400, 409, 422]);

/** Whether `err` is the hub refusing the batch (see {@link REFUSALS}). */
export function isRefusal(err: unknown): err is HubError {
  return err instanceof HubError && REFUSALS.has(err.status);
}

/** The errors of a problem that point at a reading (`/readings/<index>/…`), by index. */
function blamedReadings(problem: HubProblem | undefined, count: number): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const e of problem?.errors ?? []) {
    const m = /^\/readings\/(\d+)(\/.*)?$/.exec(e.path);
    if (!m || Number(m[1]) >= count) continue;
    const i = Number(m[1]);
    out.set(i, [...(out.get(i) ?? []), m[2] ?? '']);
  }
  return out;
}

/** Which optional parts of the batch the hub objects to. */
function blamedParts(problem: HubProblem | undefined): Set<BatchPart> {
  const parts = new Set<BatchPart>();
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

/** What to do about a batch the hub refused. */
export interface RejectionPlan {
  /** Optional parts to leave out of every batch from now on. */
  omit: Set<BatchPart>;
  /** Seqs to drop: reported to the hub as dropped, counted as rejected. */
  drop: number[];
  /** Batch size to retry with when nothing was named (bisection). */
  bisectTo?: number;
  /** The hub does not know a channel: declare the channels again before dropping anything. */
  resendChannels?: boolean;
  /**
   * One reading refused without being named: drop it only if the hub takes a batch without it
   * and then refuses it again (otherwise the hub refuses everything, or did for a moment, and
   * the reading is not at fault).
   */
  probe?: number;
}

/**
 * Isolates what the hub refused in a batch that starts at its ack (so no seq gap can be the
 * reason): readings the problem names are dropped and the rest is resent, except that a reading
 * refused only for its channel while the batch did not declare the channels gets them declared
 * first (the hub may have lost them); a part the problem names is left out; if nothing is
 * named, the batch is bisected down to the one reading at fault. So a bad reading never wedges
 * the queue, and a good one is never dropped for a neighbour's fault.
 */
export function planRejection(
  problem: HubProblem | undefined,
  readings: readonly OutboxReading[],
  channelsDeclared: boolean,
): RejectionPlan {
  const omit = blamedParts(problem);
  const blamed = blamedReadings(problem, readings.length);
  if (blamed.size > 0) {
    const channelOnly = [...blamed.values()].every((rest) => rest.every((r) => r === '/channel'));
    if (channelOnly && !channelsDeclared && !omit.has('channels'))
      return { omit, drop: [], resendChannels: true };
    return { omit, drop: [...blamed.keys()].sort((a, b) => a - b).map((i) => readings[i]!.seq) };
  }
  if (omit.size > 0) return { omit, drop: [] };
  if (readings.length > 1)
    return { omit, drop: [], bisectTo: Math.max(1, Math.floor(readings.length / 2)) };
  if (readings.length === 1) return { omit, drop: [], probe: readings[0]!.seq };
  return { omit, drop: [] };
}
