import cron, { type ScheduledTask } from 'node-cron';
import type { Log } from '../log.js';

/**
 * Schedules `fn` on a cron expression (seconds field allowed). Runs never overlap: a slow
 * retention pass is not started twice. A failing run is logged with the job's name and why;
 * the schedule goes on.
 */
export function scheduleJob(
  log: Log,
  name: string,
  expression: string,
  fn: () => unknown,
): ScheduledTask {
  return cron.schedule(
    expression,
    async () => {
      try {
        await fn();
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
