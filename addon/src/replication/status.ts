/**
 * Where a replica stands, set by the replica module, shown by `/health` and `/metrics`. Lag is
 * measured against the primary's own word: the newest change it announced (`head` events, page
 * heads) and when this replica last held everything up to it.
 */
export class ReplicaStatus {
  /** The primary followed, or null on a hub that is not a replica. */
  source: string | null = null;
  state: 'starting' | 'importing' | 'catching_up' | 'live' | 'disconnected' = 'starting';
  /** The primary's change this replica has applied up to. */
  cursor = 0;
  /** The newest change the primary announced. */
  sourceHead = 0;
  /** When the replica last held every change the primary had announced (epoch ms; 0: never). */
  caughtUpAt = 0;
  lastError: string | null = null;
  /** Full imports done (the first, and any after falling out of the primary's log). */
  imports = 0;
  reconnects = 0;

  /** Seconds behind the primary: 0 while caught up, else since it last was. */
  lagSeconds(now = Date.now()): number | null {
    if (this.caughtUpAt === 0) return null;
    return this.cursor >= this.sourceHead ? 0 : Math.max(0, (now - this.caughtUpAt) / 1000);
  }

  /** Records that the replica applied up to `cursor` with the primary at `head`. */
  applied(cursor: number, head: number, now = Date.now()): void {
    this.cursor = cursor;
    this.sourceHead = Math.max(this.sourceHead, head);
    if (cursor >= this.sourceHead) this.caughtUpAt = now;
  }

  view(now = Date.now()) {
    return {
      source: this.source,
      state: this.state,
      cursor: this.cursor,
      source_head: this.sourceHead,
      behind_changes: Math.max(0, this.sourceHead - this.cursor),
      lag_s: this.lagSeconds(now),
      last_error: this.lastError,
      imports: this.imports,
      reconnects: this.reconnects,
    };
  }
}
