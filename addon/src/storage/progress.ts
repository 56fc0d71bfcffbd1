import type { CompressionProgress } from '@brewpit/protocol';

const HOUR = 3_600_000;

/**
 * Where the compression job stands, for `GET /storage` (and the device page that will show it):
 * set by `ColdStorageModule`, read by the storage router. The backlog is counted in series-hours
 * from each series' oldest hot reading to the cut-off, so hours without readings count too: an
 * upper bound that reaches 0 exactly when the pass is done.
 */
export class ColdProgress {
  private running = false;
  private cutoff: number | null = null;
  private total = 0;
  private readonly left = new Map<number, number>();
  private moved = 0;
  private startedAt: number | null = null;
  private finishedAt: number | null = null;

  /** A pass starts: each series' oldest hot hour before `cutoff`. */
  begin(cutoff: number, oldest: Map<number, number>, now = Date.now()): void {
    this.running = true;
    this.cutoff = cutoff;
    this.left.clear();
    for (const [id, hour] of oldest) this.left.set(id, (cutoff - hour) / HOUR);
    this.total = this.backlogHours();
    this.moved = 0;
    this.startedAt = now;
  }

  /** A step of `seriesId` at `hour` moved `moved` readings. */
  step(seriesId: number, hour: number, moved: number): void {
    if (this.cutoff !== null) this.left.set(seriesId, (this.cutoff - hour) / HOUR);
    this.moved += moved;
  }

  /** A series has nothing left before the cut-off. */
  done(seriesId: number): void {
    this.left.delete(seriesId);
  }

  /** The pass ended (finished, stopped or failed: what is left stays in the backlog). */
  end(now = Date.now()): void {
    this.running = false;
    this.finishedAt = now;
  }

  backlogHours(): number {
    let n = 0;
    for (const h of this.left.values()) n += h;
    return n;
  }

  snapshot(enabled: boolean): CompressionProgress {
    const backlog = this.backlogHours();
    return {
      enabled,
      running: this.running,
      cutoff: this.cutoff,
      backlog_hours: backlog,
      progress: this.total > 0 ? Math.min(1, Math.max(0, 1 - backlog / this.total)) : 1,
      moved: this.moved,
      last_pass_started_at: this.startedAt,
      last_pass_finished_at: this.finishedAt,
    };
  }
}
