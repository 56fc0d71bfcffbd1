import { MAX_BATCH_READINGS, type DroppedRange, type FieldError } from '@brewpit/protocol';
import type { Db } from './db.js';
import { IngestRejected } from './errors.js';

/** An inclusive range of sequence numbers. */
export type SeqRange = [from: number, to: number];

/**
 * Pending seq ranges one device may leave open by default. An edge sends oldest first in
 * contiguous stretches, so it leaves one range per batch in flight at most; a device with
 * hundreds of gaps is broken or hostile, and refusing it keeps every batch's bookkeeping small.
 */
export const DEFAULT_SEQ_GAP_LIMIT = 1000;

/** Sorts and merges ranges, joining ranges that touch (…5][6… becomes one). */
export function mergeRanges(ranges: SeqRange[]): SeqRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: SeqRange[] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/**
 * Turns a list of seqs into merged ranges. An edge's batch comes in increasing order, so the
 * sort (a typed copy of thousands of seqs) is only paid by a batch that goes backwards.
 */
export function toRanges(seqs: number[]): SeqRange[] {
  let increasing = true;
  for (let i = 1; i < seqs.length && increasing; i++) increasing = seqs[i - 1]! < seqs[i]!;
  const sorted: ArrayLike<number> = increasing ? seqs : Float64Array.from(seqs).sort();
  const out: SeqRange[] = [];
  let last: SeqRange | undefined;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i]!;
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], s);
    else out.push((last = [s, s]));
  }
  return out;
}

/** Index of the last range starting at or before `seq` in ranges sorted by start, or -1. */
function floorIndex(ranges: readonly SeqRange[], seq: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![0] <= seq) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Seqs of `range` not covered by `known` (disjoint, sorted by start). */
function uncovered([from, to]: SeqRange, known: readonly SeqRange[]): number {
  let n = to - from + 1;
  for (const [a, b] of known) n -= Math.max(0, Math.min(to, b) - Math.max(from, a) + 1);
  return n;
}

/** The seq bookkeeping of one batch: what is already known, then the new acknowledgement. */
export interface SeqView {
  /** Whether `seq` is covered by the acknowledgement or by a range already stored. */
  known(seq: number): boolean;
  /**
   * Records the batch's new seqs and its dropped ranges: returns the new acknowledgement and how
   * many dropped seqs were not known before. Throws `IngestRejected` (409) when the device would
   * be left with more pending ranges than the limit; the caller's transaction then rolls back.
   */
  commit(newSeqs: number[]): { ack: number; dropped: number };
}

/**
 * Each device's acknowledgement and the ranges of seqs above it already stored (`seq_ranges`,
 * keyed by device and start). A batch only reads the ranges its own seqs fall among, found
 * through the key (each look-up is a B-tree search, not a scan), checks each reading with a
 * binary search, and rewrites only the ranges it merged: its cost follows the batch, not the
 * number of gaps the device has left.
 */
export class SqliteSeqLedger {
  private readonly stmts;

  constructor(
    db: Db,
    private readonly gapLimit = DEFAULT_SEQ_GAP_LIMIT,
  ) {
    this.stmts = {
      before: db
        .prepare(
          'SELECT from_seq, to_seq FROM seq_ranges WHERE device_id = ? AND from_seq < ? ORDER BY from_seq DESC LIMIT 1',
        )
        .raw(),
      within: db
        .prepare(
          'SELECT from_seq, to_seq FROM seq_ranges WHERE device_id = ? AND from_seq BETWEEN ? AND ? ORDER BY from_seq',
        )
        .raw(),
      last: db
        .prepare('SELECT to_seq FROM seq_ranges WHERE device_id = ? ORDER BY from_seq DESC LIMIT 1')
        .pluck(),
      count: db
        .prepare('SELECT count(*) FROM (SELECT 1 FROM seq_ranges WHERE device_id = ? LIMIT ?)')
        .pluck(),
      remove: db.prepare('DELETE FROM seq_ranges WHERE device_id = ? AND from_seq = ?'),
      insert: db.prepare('INSERT INTO seq_ranges (device_id, from_seq, to_seq) VALUES (?, ?, ?)'),
    };
  }

  /**
   * Opens the bookkeeping of one batch of `deviceId`, whose acknowledgement is `ack`. Refuses
   * (`IngestRejected`, 422 naming the range) a dropped range reaching past what the device can
   * have numbered: the highest seq it has sent, plus one batch (readings the hub refused and
   * the edge now reports as dropped). Without that bound one range up to 2^53 would move the
   * acknowledgement there and turn every later reading into a "resend".
   */
  open(deviceId: string, ack: number, readingSeqs: number[], dropped: DroppedRange[]): SeqView {
    this.checkDropped(deviceId, ack, readingSeqs, dropped);
    const incoming = mergeRanges(
      dropped.filter((d) => d.to > ack).map((d) => [Math.max(d.from, ack + 1), d.to] as SeqRange),
    );
    let lo = Infinity;
    let hi = -Infinity;
    for (const s of readingSeqs) {
      if (s <= ack) continue;
      if (s < lo) lo = s;
      if (s > hi) hi = s;
    }
    if (incoming.length) {
      lo = Math.min(lo, incoming[0]![0]);
      hi = Math.max(hi, incoming[incoming.length - 1]![1]);
    }
    const loaded = lo <= hi ? this.load(deviceId, lo - 1, hi + 1) : [];
    return {
      known: (seq) => {
        if (seq <= ack) return true;
        const i = floorIndex(loaded, seq);
        return i >= 0 && seq <= loaded[i]![1];
      },
      commit: (newSeqs) => this.commit(deviceId, ack, loaded, toRanges(newSeqs), incoming),
    };
  }

  /** The stored ranges that overlap or touch [lo, hi], sorted by start. */
  private load(deviceId: string, lo: number, hi: number): SeqRange[] {
    const out: SeqRange[] = [];
    const prev = this.stmts.before.get(deviceId, lo) as SeqRange | undefined;
    if (prev && prev[1] >= lo) out.push([prev[0], prev[1]]);
    for (const r of this.stmts.within.iterate(deviceId, lo, hi) as Iterable<SeqRange>)
      out.push([r[0], r[1]]);
    return out;
  }

  private commit(
    deviceId: string,
    ack: number,
    loaded: SeqRange[],
    fresh: SeqRange[],
    dropped: SeqRange[],
  ): { ack: number; dropped: number } {
    let newlyDropped = 0;
    for (const r of dropped) newlyDropped += uncovered(r, loaded);
    // Everything the batch touched merges with the ranges it touches; ranges elsewhere cannot
    // touch these (they were outside [lo - 1, hi + 1]), so only these rows change.
    const merged = mergeRanges([...loaded, ...fresh, ...dropped]);
    // Stored ranges start above ack + 1, so only the first merged range can reach the ack.
    if (merged.length && merged[0]![0] <= ack + 1) ack = Math.max(ack, merged.shift()![1]);
    const growth = merged.length - loaded.length;
    if (growth > 0) this.checkGapLimit(deviceId, growth);
    for (const [from] of loaded) this.stmts.remove.run(deviceId, from);
    for (const [from, to] of merged) this.stmts.insert.run(deviceId, from, to);
    return { ack, dropped: newlyDropped };
  }

  private checkGapLimit(deviceId: string, growth: number): void {
    const pending = this.stmts.count.get(deviceId, this.gapLimit + 1) as number;
    if (pending + growth <= this.gapLimit) return;
    throw new IngestRejected(
      `The batch would leave more than ${this.gapLimit} gaps in this device's seqs; send the seqs after the acknowledged one first`,
      [
        {
          path: '/readings',
          message: `opens ${growth} more seq gap(s); ${pending} already wait to be filled (limit ${this.gapLimit})`,
        },
      ],
      { status: 409, title: 'Too many seq gaps' },
    );
  }

  private checkDropped(
    deviceId: string,
    ack: number,
    readingSeqs: number[],
    dropped: DroppedRange[],
  ): void {
    if (dropped.length === 0) return;
    let highest = Math.max(ack, (this.stmts.last.get(deviceId) as number | undefined) ?? 0);
    for (const s of readingSeqs) if (s > highest) highest = s;
    const bound = highest + MAX_BATCH_READINGS;
    const errors: FieldError[] = [];
    dropped.forEach((d, i) => {
      if (d.from > d.to)
        errors.push({ path: `/dropped/${i}/from`, message: `is above 'to' (${d.to})` });
      else if (d.to > bound)
        errors.push({
          path: `/dropped/${i}/to`,
          message: `is beyond the seqs this device has sent (highest ${highest}, plus one batch: ${bound})`,
        });
    });
    if (errors.length)
      throw new IngestRejected('A dropped range names seqs the device never sent', errors);
  }
}
