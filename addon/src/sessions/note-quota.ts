const HOUR_MS = 3_600_000;

/**
 * Notes one session may be given per clock hour, by people and devices together (the hub's own
 * alert notes are not counted). A person notes a few things an hour; a hydrometer sender with a
 * comment that changes on every post would otherwise add one every few seconds, forever.
 */
export const MAX_NOTES_PER_SESSION_HOUR = 120;

/**
 * Counts notes per session in the current clock hour. Kept in memory: a restart forgets the
 * counts, which at worst allows one more hour's worth; the quota bounds a flood, not a budget.
 */
export class NoteQuota {
  private hour = -1;
  private readonly counts = new Map<string, number>();

  constructor(private readonly max = MAX_NOTES_PER_SESSION_HOUR) {}

  /** Takes one note for `sessionId` now; false when the session's hour is full. */
  take(sessionId: string, now: number): boolean {
    const hour = Math.floor(now / HOUR_MS);
    if (hour !== this.hour) {
      this.hour = hour;
      this.counts.clear();
    }
    const n = this.counts.get(sessionId) ?? 0;
    if (n >= this.max) return false;
    this.counts.set(sessionId, n + 1);
    return true;
  }

  /** Seconds until the next hour starts (for Retry-After). */
  secondsLeft(now: number): number {
    return Math.ceil((HOUR_MS - (now % HOUR_MS)) / 1000);
  }
}
