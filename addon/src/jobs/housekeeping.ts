import type { ScheduledTask } from 'node-cron';
import type { HubContext, HubModule } from '../context.js';
import { child } from '../log.js';
import { scheduleJob } from './cron.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Raw rows deleted per step; between steps ingest gets the event loop and the write lock back. */
const PRUNE_CHUNK = 5000;
/** Finished commands are kept this long for `GET /devices/{id}/commands`, then deleted. */
const COMMAND_KEEP_MS = 30 * DAY_MS;

/**
 * Store housekeeping on node-cron: retention of raw readings (rollups stay, so old sessions keep
 * their charts) and old queue entries nightly at 03:17, in slices that yield to ingest. (WAL
 * checkpoints are `WalCheckpointer`'s, off the event loop.)
 */
export class HousekeepingModule implements HubModule {
  private readonly log;
  private tasks: ScheduledTask[] = [];
  private stopping = false;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly ctx: HubContext) {
    this.log = child(ctx.log, 'hub:jobs');
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.tasks = [
      scheduleJob(this.log, this.ctx.metrics.runtime, 'retention', '17 3 * * *', () =>
        this.track(this.retention()),
      ),
    ];
  }

  /**
   * Deletes raw readings (hot or compressed) older than `retention_days` (0 keeps everything),
   * except those of sessions marked `keep`, in chunks that yield to ingest, plus finished
   * commands and expired pairing codes. Returns the readings deleted.
   */
  async retention(now = Date.now()): Promise<number> {
    const { maintenance, commands } = this.ctx.store;
    const slice = <T>(fn: () => T): T => {
      const t = performance.now();
      const r = fn();
      this.ctx.metrics.runtime.slice('retention', (performance.now() - t) / 1000);
      return r;
    };
    const yieldLoop = () => new Promise((resolve) => setImmediate(resolve));
    slice(() => commands.prune(now - COMMAND_KEEP_MS) + maintenance.prunePairings(now - DAY_MS));
    const days = this.ctx.settings.retention_days;
    if (days <= 0) return 0;
    // A whole hour, so a cold block (always within one hour) is deleted whole or not at all.
    const cutoff = Math.floor((now - days * DAY_MS) / HOUR_MS) * HOUR_MS;
    let deleted = 0;
    for (const id of maintenance.seriesIds()) {
      if (this.stopping) break;
      const ranges = slice(() => maintenance.markRetention(id, cutoff, now));
      for (const [from, to] of ranges) {
        for (let n = 1; n > 0 && !this.stopping;) {
          n = slice(() => maintenance.pruneRawChunk(id, from, to, PRUNE_CHUNK));
          deleted += n;
          await yieldLoop();
        }
      }
      await yieldLoop();
    }
    this.log.info(
      { deleted, cutoff: new Date(cutoff).toISOString() },
      `Retention removed ${deleted} raw readings older than ${days} days`,
    );
    return deleted;
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.running = p.catch(() => undefined);
    return p;
  }

  /** Stops the schedules and waits for a retention pass in progress to finish its chunk. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const t of this.tasks) await t.destroy();
    this.tasks = [];
    await this.running;
  }
}
