import type { HubCore } from '../core.js';
import { child, type Log } from '../log.js';

/** A backup that never calls `post` must not hold checkpoints forever (the WAL would grow). */
const HOLD_LIMIT_MS = 30 * 60 * 1000;

/**
 * The add-on's backup_pre/backup_post hooks. `pre` makes the store's main file complete and
 * unchanging while the Supervisor copies it (new batches go on landing in the WAL, replayed
 * after a restore); `post`, or 30 minutes without it, lets the store fold the WAL again.
 */
export class BackupService {
  private readonly log: Log;
  private release: NodeJS.Timeout | null = null;

  constructor(private readonly core: HubCore) {
    this.log = child(core.log, 'hub:backup');
  }

  /** True when the file is consistent (no reader kept the fold from finishing). */
  pre(): boolean {
    const ok = this.core.store.maintenance.holdCheckpoints();
    if (this.release) clearTimeout(this.release);
    this.release = setTimeout(() => {
      this.log.warn('Backup did not finish within 30 minutes; resuming WAL checkpoints');
      this.post();
    }, HOLD_LIMIT_MS);
    this.release.unref();
    this.log.info({ ok }, 'Database file consistent for backup; checkpoints held');
    return ok;
  }

  post(): void {
    if (this.release) clearTimeout(this.release);
    this.release = null;
    this.core.store.maintenance.releaseCheckpoints();
    this.log.info('Backup finished; checkpoints resumed');
  }
}
