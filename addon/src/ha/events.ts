/** Events kept while Home Assistant is unreachable, at the most. */
const MAX_QUEUED = 200;
/** Events older than this are dropped rather than fired late (an hour-old alert misleads). */
const MAX_AGE_MS = 15 * 60_000;

/** A bounded queue of `brewpit_*` events waiting for the link to Home Assistant. */
export class EventQueue {
  private items: { eventType: string; data: Record<string, unknown>; at: number }[] = [];

  push(eventType: string, data: Record<string, unknown>): void {
    this.items.push({ eventType, data, at: Date.now() });
    if (this.items.length > MAX_QUEUED) this.items.splice(0, this.items.length - MAX_QUEUED);
  }

  /** Takes the queued events that are still fresh, oldest first. */
  drain(): { eventType: string; data: Record<string, unknown> }[] {
    const cutoff = Date.now() - MAX_AGE_MS;
    const fresh = this.items.filter((e) => e.at >= cutoff);
    this.items = [];
    return fresh.map(({ eventType, data }) => ({ eventType, data: { ...data, delayed: true } }));
  }

  get size(): number {
    return this.items.length;
  }
}
