import type { DroppedRange } from '@brewpit/protocol';
import type { Outbox, OutboxReading } from '../outbox/outbox.js';
import { sliceReadings, type WireForm, type WireSlice } from '../outbox/wire.js';
import type { IngestResult } from './client.js';

/** One batch: a contiguous stretch of seqs (readings and dropped ranges). */
export interface Batch {
  readings: WireSlice;
  ranges: DroppedRange[];
  /** A full batch (or one cut short by the range limit): more follows right after it. */
  more: boolean;
  /** Highest seq in the batch (0 when empty). */
  last: number;
}

/** A request on its way to the hub. */
export interface InFlight {
  batch: Batch;
  /** The outbox's ack when the request went out. */
  ackAtSend: number;
  /** Sent while an earlier batch was unanswered: the hub may see it before that one. */
  ahead: boolean;
  /** The batch declared the channels. */
  declared: boolean;
  outcome: Promise<{ ok: true; result: IngestResult } | { ok: false; error: unknown }>;
}

/** The request of `sent` failed with `error`. */
export class BatchFailed extends Error {
  constructor(
    readonly error: unknown,
    readonly sent: InFlight,
  ) {
    super('batch failed');
  }
}

/** The protocol's limit of dropped ranges per batch. */
const MAX_DROPPED_RANGES = 1000;

/**
 * The next batch after `afterSeq`: the oldest readings, at most `size`, and the dropped ranges
 * up to where they end (all of them when the readings are not a full batch). It is always a
 * contiguous stretch of the seq space, so the hub's ack can cover all of it.
 */
export function readBatch(
  outbox: Outbox,
  size: number,
  afterSeq: number,
  form: WireForm = 'json',
): Batch {
  let readings = outbox.wire(size, afterSeq, undefined, form);
  let more = readings.count === size;
  const upTo = more ? readings.last : Number.MAX_SAFE_INTEGER;
  let ranges = outbox.droppedRanges(MAX_DROPPED_RANGES + 1, afterSeq, upTo);
  if (ranges.length > MAX_DROPPED_RANGES) {
    const cutoff = ranges[MAX_DROPPED_RANGES]!.from;
    ranges = ranges.slice(0, MAX_DROPPED_RANGES);
    readings = outbox.wire(size, afterSeq, cutoff, form);
    more = true;
  }
  const last = Math.max(readings.last, ranges[ranges.length - 1]?.to ?? 0);
  return { readings, ranges, more, last };
}

/**
 * The readings of a batch as they went out, in the order of its body, which is the order the
 * hub's problem details count in (to take apart a batch the hub refused).
 */
export function readingsOf(batch: Batch): OutboxReading[] {
  return sliceReadings(batch.readings).map((r) => ({ ...r, status: r.status ?? 'ok' }));
}
