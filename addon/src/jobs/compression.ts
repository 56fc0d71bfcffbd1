import type { ScheduledTask } from 'node-cron';
import type { HubContext, HubModule } from '../context.js';
import { child, type Log } from '../log.js';
import { scheduleJob, timedRun } from './cron.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Series probed for a backlog per event-loop turn. */
const SCAN_SLICE = 200;

/** What one pass did. */
export interface PassResult {
  cutoff: number;
  moved: number;
  steps: number;
  savedBytes: number;
  /** Steps that failed this pass (logged; their hours are retried next pass). */
  failed: number;
  /** The longest step, ms: how long the pass held the event loop at most. */
  slowestStepMs: number;
}

/**
 * Cold storage on node-cron: every 10 minutes (and once right after start, to catch up after an
 * upgrade or a long stop) readings older than `compress_after_days` move into compressed blocks.
 * A pass walks series by series and hour by hour in steps of at most ~4,000 readings, one
 * transaction each, yielding to the event loop between steps, so ingest and history requests
 * never wait longer than about one batch. A kill at any moment loses nothing: a step is one
 * transaction, and the next pass starts from whatever is still hot.
 */
export class ColdStorageModule implements HubModule {
  private readonly log: Log;
  private task: ScheduledTask | undefined;
  private kick: NodeJS.Immediate | undefined;
  private stopping = false;
  private busy = false;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly ctx: HubContext) {
    this.log = child(ctx.log, 'hub:cold');
  }

  async start(): Promise<void> {
    this.stopping = false;
    if (this.ctx.settings.compress_after_days <= 0) return;
    this.task = scheduleJob(
      this.log,
      this.ctx.metrics.runtime,
      'compression',
      '2-59/10 * * * *',
      () => this.track(),
    );
    this.kick = setImmediate(() => {
      this.kick = undefined;
      timedRun(this.ctx.metrics.runtime, 'compression', () => this.track()).catch((err: Error) =>
        this.log.error({ err }, `Compression failed: ${err.message}`),
      );
    });
  }

  /**
   * Compresses every hot reading before the cut-off (`now − compress_after_days`, down to a
   * whole hour). A second call while a pass runs returns null at once.
   */
  async pass(now = Date.now()): Promise<PassResult | null> {
    const days = this.ctx.settings.compress_after_days;
    if (days <= 0 || this.busy) return null;
    this.busy = true;
    const { coldStorage: progress, metrics } = this.ctx;
    const cutoff = Math.floor((now - days * DAY_MS) / HOUR_MS) * HOUR_MS;
    const result: PassResult = {
      cutoff,
      moved: 0,
      steps: 0,
      savedBytes: 0,
      failed: 0,
      slowestStepMs: 0,
    };
    try {
      const oldest = await this.backlog(cutoff);
      progress.begin(cutoff, oldest, now);
      metrics.cold.running.set(1);
      if (oldest.size)
        this.log.info(
          { cutoff: new Date(cutoff).toISOString(), backlogHours: progress.backlogHours() },
          `Compressing readings older than ${days} days: ${oldest.size} series, up to ${progress.backlogHours()} series-hours`,
        );
      for (const id of oldest.keys()) {
        if (this.stopping) break;
        await this.series(id, cutoff, result);
      }
    } finally {
      progress.end();
      metrics.cold.running.set(0);
      metrics.cold.backlog.set(progress.backlogHours());
      this.busy = false;
    }
    if (result.steps > 0)
      this.log.info(
        { ...result, cutoff: new Date(cutoff).toISOString() },
        `Compressed ${result.moved} readings older than ${days} days in ${result.steps} steps`,
      );
    return result;
  }

  /**
   * The oldest hot hour before the cut-off of every series that has one. One index probe per
   * series, but a brewery has thousands of series: the walk yields every SCAN_SLICE of them.
   */
  private async backlog(cutoff: number): Promise<Map<number, number>> {
    const { cold, maintenance } = this.ctx.store;
    const oldest = new Map<number, number>();
    const ids = maintenance.seriesIds();
    for (let i = 0; i < ids.length && !this.stopping; i += SCAN_SLICE) {
      const t = performance.now();
      for (const id of ids.slice(i, i + SCAN_SLICE)) {
        const h = cold.oldestHotHour(id, cutoff);
        if (h !== null) oldest.set(id, h);
      }
      this.ctx.metrics.runtime.slice('compression', (performance.now() - t) / 1000);
      if (i + SCAN_SLICE < ids.length) await new Promise((resolve) => setImmediate(resolve));
    }
    return oldest;
  }

  /**
   * Compresses one series up to the cut-off, one step per event-loop turn. An hour that fails
   * (a damaged block it must merge into) is logged and skipped; the next pass tries it again.
   */
  private async series(id: number, cutoff: number, result: PassResult): Promise<void> {
    const { cold } = this.ctx.store;
    const { coldStorage: progress, metrics } = this.ctx;
    let from = 0;
    for (
      let h = cold.oldestHotHour(id, cutoff);
      h !== null;
      h = cold.oldestHotHour(id, cutoff, from)
    ) {
      if (this.stopping) return;
      progress.step(id, h, 0);
      const t = performance.now();
      from = h;
      try {
        const step = cold.compressStep(id, h);
        const ms = performance.now() - t;
        metrics.cold.step(step, ms / 1000);
        metrics.runtime.slice('compression', ms / 1000);
        result.slowestStepMs = Math.max(result.slowestStepMs, ms);
        progress.step(id, h, step.moved);
        result.moved += step.moved;
        result.steps++;
        result.savedBytes += step.savedBytes;
        if (step.duplicates) this.duplicates(id, h, step.duplicates);
      } catch (err) {
        result.failed++;
        metrics.cold.failed();
        from = h + HOUR_MS;
        this.log.error(
          { err, seriesId: id, hour: new Date(h).toISOString() },
          `Failed to compress series ${id} at ${new Date(h).toISOString()}: ${(err as Error).message}; retried next pass`,
        );
      }
      metrics.cold.backlog.set(progress.backlogHours());
      await new Promise((resolve) => setImmediate(resolve));
    }
    progress.done(id);
  }

  private duplicates(id: number, h: number, n: number): void {
    this.log.warn(
      { seriesId: id, hour: new Date(h).toISOString(), duplicates: n },
      `Dropped ${n} hot readings of series ${id} whose timestamps a block already held`,
    );
  }

  private track(): Promise<unknown> {
    if (this.busy) return Promise.resolve(null); // the pass under way is the one stop() waits for
    const p = this.pass();
    this.running = p.catch(() => undefined);
    return p;
  }

  /** Stops the schedule and waits for the step in progress; the rest waits for the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.kick) clearImmediate(this.kick);
    this.kick = undefined;
    await this.task?.destroy();
    this.task = undefined;
    await this.running;
  }
}
