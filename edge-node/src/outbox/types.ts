import type { ReadingStatus } from '@brewpit/protocol';

/** Wire status ↔ compact integer stored per row (the index). */
export const STATUS_CODES: readonly ReadingStatus[] = [
  'ok',
  'unavailable',
  'spike',
  'frozen',
  'implausible',
];

/** A reading about to be appended. */
export interface NewReading {
  channel: string;
  ts: number;
  value: number | null;
  status: ReadingStatus;
}

/** A stored, numbered reading. */
export interface OutboxReading extends NewReading {
  seq: number;
}

/** Figures for `status` and for the hub. */
export interface OutboxStats {
  depth: number;
  oldestTs: number | null;
  nextSeq: number;
  lastAckSeq: number;
  /** Readings thinned to stay within the size bound. */
  droppedTotal: number;
  /** Readings the hub refused as unstorable (reported to it as dropped, like thinned ones). */
  rejectedTotal: number;
  droppedPending: number;
  lostTotal: number;
  usedBytes: number;
  maxBytes: number;
}
