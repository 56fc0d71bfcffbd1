import type { HubContext, HubModule } from '../context.js';
import { child } from '../log.js';

/** How often the change log is cut back to `change_log_keep` changes. */
const TRIM_EVERY_MS = 10 * 60_000;

/**
 * Keeps the change log at `change_log_keep` changes, so it cannot fill the disk: a consumer
 * further behind than that is told (410) to start again from a full export.
 */
export class ChangeLogTrimModule implements HubModule {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly ctx: HubContext) {}

  async start(): Promise<void> {
    this.trim();
    this.timer = setInterval(() => this.trim(), TRIM_EVERY_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One pass; a failure is logged and retried at the next. */
  trim(): number {
    try {
      const n = this.ctx.store.replication.trim(this.ctx.settings.change_log_keep);
      if (n) child(this.ctx.log, 'hub:changes').debug(`Trimmed ${n} changes from the change log`);
      return n;
    } catch (err) {
      child(this.ctx.log, 'hub:changes').error(`Failed to trim the change log: ${String(err)}`);
      return 0;
    }
  }
}
