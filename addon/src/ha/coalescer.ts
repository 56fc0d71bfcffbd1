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
 * How much earlier than a whole interval the next sample of a probe may be timestamped and still
 * count as the next sample. An edge samples on a timer, so the timestamps of a 1 Hz probe are
 * 998–1,002 ms apart: with no slack, every other reading missed the rule below and waited for
 * the bucket, whose phase then held all of them ~500 ms (the live benchmark's p99 went from
 * 16 ms to 355–528 ms).
 */
const SAMPLE_SLACK = 0.05;

/**
 * Rate-limits state updates per entity with a token bucket (one token per `minIntervalMs`):
 * the first state, and any significant change, goes out at once; otherwise a state goes out
 * when a token is there, else the latest one waits for the next token (a 1 Hz probe does not
 * flood the recorder, and a jump of 0.5 °C is never held back). States that go out in the
 * same tick are sent as one batch.
 *
 * A reading that is a whole interval newer than the last one sent (by its own timestamp) goes
 * out on arrival once half an interval has passed, and waits no longer than that otherwise: a
 * probe sampled once a second is never held back by delivery jitter, and a state that went out
 * late delays at most the next one. The wall-clock bucket alone locked onto the phase of a late
 * state (the first one, behind the entity's announcement, or one forced by a re-announcement)
 * and then held every later reading of a 1 Hz probe by that lateness, for good (~200–530 ms).
 * A backlog being drained (readings much newer than the last sent, arriving fast) still gets at
 * most one state per half interval.
 */
export class StateCoalescer {
  private readonly last = new Map<
    string,
    { at: number; tokens: number; item: HaStateItem; ts: number | undefined }
  >();
  /** The latest state of each entity waiting for the rate limit, and when it goes out. */
  private readonly held = new Map<
    string,
    { item: HaStateItem; ts: number | undefined; timer: NodeJS.Timeout; due: number }
  >();
  private batch: HaStateItem[] = [];
  private flushQueued = false;

  constructor(
    private readonly send: (items: HaStateItem[]) => void,
    private readonly minIntervalMs = MIN_INTERVAL_MS,
  ) {}

  /**
   * Offers a state; `threshold` is the change that counts as significant, `ts` the time of
   * the reading it shows (epoch ms), when it shows one.
   */
  push(item: HaStateItem, threshold = Infinity, ts?: number): void {
    const prev = this.last.get(item.unique_id);
    const now = Date.now();
    // A new entity starts with one token: its first state goes out, the next a second later.
    const tokens = prev ? this.tokensAt(prev, now) : 1;
    const sample = prev !== undefined && this.isNextSample(prev, ts);
    if (
      !prev ||
      tokens >= 1 ||
      isSignificant(prev.item, item, threshold) ||
      (sample && now - prev.at >= this.minIntervalMs / 2)
    ) {
      this.cancel(item.unique_id);
      this.emit(item, now, Math.max(0, tokens - 1), ts);
      return;
    }
    // The next sample waits only for the half-interval spacing, not for a whole token: after a
    // state that went out late (held, or forced by a re-announcement), a wait for the token
    // would hold every later reading by the same lateness, for good.
    const wait = sample
      ? prev.at + this.minIntervalMs / 2 - now
      : (1 - tokens) * this.minIntervalMs;
    const due = now + Math.max(0, Math.ceil(wait));
    const id = item.unique_id;
    const waiting = this.held.get(id);
    if (waiting && waiting.due <= due) {
      waiting.item = item;
      waiting.ts = ts;
      return;
    }
    if (waiting) clearTimeout(waiting.timer);
    const timer = setTimeout(() => {
      const latest = this.held.get(id);
      this.held.delete(id);
      if (latest) this.emit(latest.item, Date.now(), 0, latest.ts);
    }, due - now);
    timer.unref();
    this.held.set(id, { item, ts, timer, due });
  }

  /**
   * Sends a state now, outside the rate limit (config changes, full re-announcements), and
   * without counting against it: a re-announcement re-sends what Home Assistant must show, and
   * if it restarted the half-interval spacing, the reading after it would wait up to half a
   * second. A state that shows a reading (`item.ts`) is remembered as that reading's sample, so
   * the next reading of the probe is recognised as the next sample.
   */
  force(item: HaStateItem): void {
    const prev = this.last.get(item.unique_id);
    const now = Date.now();
    this.cancel(item.unique_id);
    // With nothing sent before (a new entity, or after a reset), as if one token had been spent
    // an interval ago: the next reading goes out on arrival, as after a new entity's first state.
    this.emit(item, prev?.at ?? now - this.minIntervalMs, prev?.tokens ?? 0, item.ts ?? prev?.ts);
  }

  /** A reading a whole interval newer than the last one sent, less {@link SAMPLE_SLACK}. */
  private isNextSample(prev: { ts: number | undefined }, ts: number | undefined): boolean {
    return (
      ts !== undefined &&
      prev.ts !== undefined &&
      ts - prev.ts >= this.minIntervalMs * (1 - SAMPLE_SLACK)
    );
  }

  private tokensAt(prev: { at: number; tokens: number }, now: number): number {
    return Math.min(BUCKET_CAPACITY, prev.tokens + (now - prev.at) / this.minIntervalMs);
  }

  /** Forgets what was sent (after a reconnect the full state is sent again) and drops timers. */
  reset(): void {
    for (const h of this.held.values()) clearTimeout(h.timer);
    this.held.clear();
    this.last.clear();
    this.batch = [];
  }

  private cancel(id: string): void {
    const h = this.held.get(id);
    if (h) clearTimeout(h.timer);
    this.held.delete(id);
  }

  private emit(item: HaStateItem, now: number, tokens: number, ts: number | undefined): void {
    this.last.set(item.unique_id, { at: now, tokens, item, ts });
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
