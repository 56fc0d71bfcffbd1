import cron, { type ScheduledTask } from 'node-cron';
import type { Log } from '../log.js';
import type { RuntimeMetrics } from '../ops/runtime-metrics.js';

/**
 * Runs one job and records how long it took in `brewpit_job_duration_seconds`; a job that does
 * its work synchronously (returns no promise) held the event loop that whole time, so it is also
 * one slice in `brewpit_job_slice_seconds`. Jobs that yield record their own slices.
 */
export async function timedRun(
  metrics: RuntimeMetrics,
  name: string,
  fn: () => unknown,
): Promise<unknown> {
  const t = performance.now();
  let ok = false;
  try {
    const r = fn();
    if (r instanceof Promise) {
      const v: unknown = await r;
      ok = true;
      return v;
    }
    metrics.slice(name, (performance.now() - t) / 1000);
    ok = true;
    return r;
  } finally {
    metrics.job(name, (performance.now() - t) / 1000, ok);
  }
}

/**
 * Schedules `fn` on a cron expression (seconds field allowed). Runs never overlap: a slow
 * retention pass is not started twice. Every run is timed (`timedRun`). A failing run is logged
 * with the job's name and why; the schedule goes on.
 */
export function scheduleJob(
  log: Log,
  metrics: RuntimeMetrics,
  name: string,
  expression: string,
  fn: () => unknown,
): ScheduledTask {
  return cron.schedule(
    expression,
    async () => {
      try {
        await timedRun(metrics, name, fn);
      } catch (err) {
        log.error({ err, job: name }, `Job '${name}' failed: ${(err as Error).message}`);
      }
    },
    {
      name,
      noOverlap: true,
      // node-cron warns about "missed executions" after a suspended laptop or a busy loop; those are
      // harmless for housekeeping, so they go to debug rather than the add-on log.
      logger: {
        info: (m) => log.debug({ job: name }, m),
        warn: (m) => log.debug({ job: name }, m),
        error: (m, e) => log.error({ err: e ?? m, job: name }, `Scheduler error in job '${name}'`),
        debug: (m) => log.debug({ job: name }, String(m)),
      },
    },
  );
}
