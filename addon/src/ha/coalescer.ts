import { isSignificant } from './entities.js';
import type { HaStateItem } from './types.js';

/** At most one state per entity per this many ms on average, unless the change is significant. */
const MIN_INTERVAL_MS = 1000;

/**
 * Tokens an entity may save up. With 1.5, two states are never closer than half an interval,
 * and a reading that arrives late does not delay every later one: a plain "one per interval
 * since the last send" rule would lock the sends onto the late reading's phase, so one
 * hiccup would add its delay to every later state of a 1 Hz probe.
 */
const BUCKET_CAPACITY = 1.5;

/**
 * Rate-limits state updates per entity with a token bucket (one token per `minIntervalMs`):
 * the first state, and any significant change, goes out at once; otherwise a state goes out
 * when a token is there, else the latest one waits for the next token (a 1 Hz probe does not
 * flood the recorder, and a jump of 0.5 °C is never held back). States that go out in the
 * same tick are sent as one batch.
 */
export class StateCoalescer {
  private readonly last = new Map<string, { at: number; tokens: number; item: HaStateItem }>();
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
    // A new entity starts with one token: its first state goes out, the next a second later.
    const tokens = prev ? this.tokensAt(prev, now) : 1;
    if (!prev || tokens >= 1 || isSignificant(prev.item, item, threshold)) {
      this.cancel(item.unique_id);
      this.emit(item, now, Math.max(0, tokens - 1));
      return;
    }
    this.pending.set(item.unique_id, item);
    if (!this.timers.has(item.unique_id)) {
      const timer = setTimeout(
        () => {
          this.timers.delete(item.unique_id);
          const latest = this.pending.get(item.unique_id);
          this.pending.delete(item.unique_id);
          if (latest) this.emit(latest, Date.now(), 0);
        },
        Math.ceil((1 - tokens) * this.minIntervalMs),
      );
      timer.unref();
      this.timers.set(item.unique_id, timer);
    }
  }

  /** Sends a state now, outside the rate limit (config changes, full re-announcements). */
  force(item: HaStateItem): void {
    const prev = this.last.get(item.unique_id);
    const now = Date.now();
    this.cancel(item.unique_id);
    this.emit(item, now, prev ? Math.max(0, this.tokensAt(prev, now) - 1) : 0);
  }

  private tokensAt(prev: { at: number; tokens: number }, now: number): number {
    return Math.min(BUCKET_CAPACITY, prev.tokens + (now - prev.at) / this.minIntervalMs);
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

  private emit(item: HaStateItem, now: number, tokens: number): void {
    this.last.set(item.unique_id, { at: now, tokens, item });
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
