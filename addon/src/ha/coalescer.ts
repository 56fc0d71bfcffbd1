import { isSignificant } from './entities.js';
import type { HaStateItem } from './types.js';

/** At most one state per entity per this many ms, unless the change is significant. */
export const MIN_INTERVAL_MS = 1000;

/**
 * Rate-limits state updates per entity: the first state, and any significant change, goes out
 * at once; otherwise at most one per `minIntervalMs`, the latest value winning (a 1 Hz probe
 * does not flood the recorder, and a jump of 0.5 °C is never held back). States that go out in
 * the same tick are sent as one batch.
 */
export class StateCoalescer {
  private readonly last = new Map<string, { at: number; item: HaStateItem }>();
  private readonly pending = new Map<string, HaStateItem>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private batch: HaStateItem[] = [];
  private flushQueued = false;

  constructor(
    private readonly send: (items: HaStateItem[]) => void,
    private readonly minIntervalMs = MIN_INTERVAL_MS,
  ) {}

  /** Offers a state; `threshold` is the change that counts as significant. */
  push(item: HaStateItem, threshold = Infinity): void {
    const prev = this.last.get(item.unique_id);
    const now = Date.now();
    if (!prev || now - prev.at >= this.minIntervalMs || isSignificant(prev.item, item, threshold)) {
      this.cancel(item.unique_id);
      this.emit(item, now);
      return;
    }
    this.pending.set(item.unique_id, item);
    if (!this.timers.has(item.unique_id)) {
      const timer = setTimeout(
        () => {
          this.timers.delete(item.unique_id);
          const latest = this.pending.get(item.unique_id);
          this.pending.delete(item.unique_id);
          if (latest) this.emit(latest, Date.now());
        },
        prev.at + this.minIntervalMs - now,
      );
      timer.unref();
      this.timers.set(item.unique_id, timer);
    }
  }

  /** Sends a state now, outside the rate limit (config changes, full re-announcements). */
  force(item: HaStateItem): void {
    this.cancel(item.unique_id);
    this.emit(item, Date.now());
  }

  /** Forgets what was sent (after a reconnect the full state is sent again) and drops timers. */
  reset(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.pending.clear();
    this.last.clear();
    this.batch = [];
  }

  private cancel(id: string): void {
    const t = this.timers.get(id);
    if (t) clearTimeout(t);
    this.timers.delete(id);
    this.pending.delete(id);
  }

  private emit(item: HaStateItem, now: number): void {
    this.last.set(item.unique_id, { at: now, item });
    this.batch.push(item);
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => {
      this.flushQueued = false;
      const items = this.batch;
      this.batch = [];
      if (items.length) this.send(items);
    });
  }
}
