import type { Logger } from '../log.js';
import { formatDuration } from '../config/units.js';

/** Drain progress as shown by `status`. */
export interface DrainProgress {
  active: boolean;
  started_at: number;
  backlog_at_start: number;
  sent: number;
  remaining: number;
  rate_per_s: number;
  eta_s: number | null;
}

const LOG_EVERY_MS = 5000;

/**
 * Tracks a backlog being drained after an outage: progress in the log every few seconds and
 * in `status`, and one summary line at the end.
 */
export class DrainTracker {
  private progress: DrainProgress | undefined;
  private lastLog = 0;

  constructor(
    private readonly log: Logger,
    /** Backlog size (readings) from which draining is worth reporting. */
    private readonly threshold: number,
  ) {}

  /** Called after every acknowledged batch with what was sent and what is left. */
  update(sent: number, remaining: number, now = Date.now()): void {
    if (!this.progress) {
      if (remaining + sent < this.threshold) return;
      this.progress = {
        active: true,
        started_at: now,
        backlog_at_start: remaining + sent,
        sent: 0,
        remaining,
        rate_per_s: 0,
        eta_s: null,
      };
      this.lastLog = now;
      this.log.info(
        { backlog: remaining + sent },
        `Draining backlog of ${remaining + sent} readings, oldest first`,
      );
    }
    const p = this.progress;
    p.sent += sent;
    p.remaining = remaining;
    const elapsed = Math.max(1, now - p.started_at);
    p.rate_per_s = Math.round((p.sent / elapsed) * 1000);
    p.eta_s = p.rate_per_s > 0 ? Math.ceil(remaining / p.rate_per_s) : null;
    if (remaining <= this.threshold / 5) {
      this.log.info(
        { sent: p.sent, duration_ms: elapsed, rate_per_s: p.rate_per_s },
        `Backlog drained: ${p.sent} readings in ${formatDuration(elapsed)} (${p.rate_per_s}/s)`,
      );
      this.progress = { ...p, active: false };
      this.finished = this.progress;
      this.progress = undefined;
      return;
    }
    if (now - this.lastLog >= LOG_EVERY_MS) {
      this.lastLog = now;
      const pct = Math.round((p.sent / p.backlog_at_start) * 100);
      this.log.info(
        { sent: p.sent, remaining, rate_per_s: p.rate_per_s },
        `Draining backlog: ${p.sent} of ${p.backlog_at_start} sent (${pct}%), ${p.rate_per_s}/s, ~${formatDuration((p.eta_s ?? 0) * 1000)} left`,
      );
    }
  }

  /** The last finished drain, for `status`. */
  finished: DrainProgress | undefined;

  /** The drain in progress, if any. */
  get current(): DrainProgress | undefined {
    return this.progress;
  }
}
