import type Database from 'better-sqlite3';
import type { DroppedRange } from '@brewpit/protocol';

/**
 * The `dropped` table: seq ranges the node will never send (thinned, rejected by the hub, or
 * lost by a hub whose store was reset), reported to the hub until its ack passes them, so the
 * hub's contiguous seq moves on and the gap is counted rather than waited for. Ranges are kept
 * merged with their neighbours, and the number of seqs they hold is cached.
 */
export class DroppedLedger {
  private readonly stmt;
  /** Sum of the ranges; `undefined` after a change, recounted on demand. */
  private pendingSeqs: number | undefined;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      after: db.prepare<[number, number, number], { from: number; to: number }>(
        'SELECT from_seq AS "from", to_seq AS "to" FROM dropped WHERE to_seq > ? AND from_seq <= ? ORDER BY from_seq LIMIT ?',
      ),
      sum: db.prepare<[], { n: number | null }>(
        'SELECT sum(to_seq - from_seq + 1) AS n FROM dropped',
      ),
      endingAt: db.prepare<[number], { from_seq: number; to_seq: number }>(
        'SELECT from_seq, to_seq FROM dropped WHERE to_seq = ?',
      ),
      startingAt: db.prepare<[number], { to_seq: number }>(
        'SELECT to_seq FROM dropped WHERE from_seq = ?',
      ),
      deleteFrom: db.prepare('DELETE FROM dropped WHERE from_seq = ?'),
      insert: db.prepare('INSERT OR REPLACE INTO dropped (from_seq, to_seq) VALUES (?, ?)'),
      deleteUpTo: db.prepare('DELETE FROM dropped WHERE to_seq <= ?'),
      clip: db.prepare('UPDATE dropped SET from_seq = ? WHERE from_seq <= ? AND to_seq > ?'),
    };
  }

  /**
   * Ranges ending after `afterSeq` and starting at or before `upToSeq`, oldest first, at most
   * `limit`.
   */
  list(limit: number, afterSeq = 0, upToSeq = Number.MAX_SAFE_INTEGER): DroppedRange[] {
    return this.stmt.after.all(afterSeq, upToSeq, limit);
  }

  /** Seqs in all ranges (cached). */
  get pending(): number {
    this.pendingSeqs ??= this.stmt.sum.get()?.n ?? 0;
    return this.pendingSeqs;
  }

  /**
   * Records ranges (ascending, disjoint), merging each with the ranges right before and after
   * it. Returns how many seqs they hold. Call inside the caller's transaction.
   */
  add(ranges: readonly DroppedRange[]): number {
    let n = 0;
    for (const r of ranges) {
      let { from, to } = r;
      const prev = this.stmt.endingAt.get(from - 1);
      if (prev) {
        from = prev.from_seq;
        this.stmt.deleteFrom.run(prev.from_seq);
      }
      const next = this.stmt.startingAt.get(to + 1);
      if (next) {
        to = next.to_seq;
        this.stmt.deleteFrom.run(r.to + 1);
      }
      this.stmt.insert.run(from, to);
      n += r.to - r.from + 1;
    }
    this.pendingSeqs = undefined;
    return n;
  }

  /** The hub acknowledged up to `ackSeq`: forgets what it covers. */
  acknowledge(ackSeq: number): void {
    const touched =
      this.stmt.deleteUpTo.run(ackSeq).changes +
      this.stmt.clip.run(ackSeq + 1, ackSeq, ackSeq).changes;
    if (touched > 0) this.pendingSeqs = undefined;
  }
}
