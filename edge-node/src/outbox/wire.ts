import type Database from 'better-sqlite3';
import { STATUS_CODES } from './types.js';

/** Readings of a batch as the hub receives them, built by SQLite. */
export interface WireSlice {
  /** The `readings` array of an ingest batch, as JSON. */
  json: string;
  count: number;
  /** The first reading's seq and timestamp, when there is one. */
  first: { seq: number; ts: number } | undefined;
  /** Highest seq among the readings (0 when none). */
  last: number;
}

// `status` only where it is not `ok`, as the protocol has it.
const STATUS_NAME = `CASE status ${STATUS_CODES.map((name, code) => `WHEN ${code} THEN '${name}'`)
  .slice(1)
  .join(' ')} END`;

/**
 * Serialises readings for the hub inside SQLite (JSON1): a draining node sends a million
 * readings in 200 batches, and building 5,000 objects per batch in JavaScript, twice (row and
 * wire form), and collecting them again was most of its CPU time (V8 runs without its JIT on a
 * Pi; see build.mjs). SQLite writes each REAL so that it parses back to the same double.
 *
 * The rows come from a subquery in seq order and SQLite aggregates them as they come; the
 * order is not guaranteed by SQL (an `ORDER BY` inside the aggregate would cost 70 % more),
 * and nothing depends on it: the hub stores by seq, and a refused batch is taken apart from
 * its own JSON (`readingsOf` in uplink/batch.ts).
 */
export class WireReader {
  private readonly stmt;

  constructor(db: Database.Database) {
    this.stmt = {
      slice: db.prepare<[number, number, number], { n: number; last: number | null; json: string }>(
        `SELECT count(*) AS n, max(seq) AS last, json_group_array(
           CASE status WHEN 0
             THEN json_object('seq', seq, 'channel', channel, 'ts', ts, 'value', value)
             ELSE json_object('seq', seq, 'channel', channel, 'ts', ts, 'value', value,
                              'status', ${STATUS_NAME})
           END) AS json
         FROM (SELECT seq, channel, ts, value, status FROM readings
               WHERE seq > ? AND seq < ? ORDER BY seq LIMIT ?)`,
      ),
      first: db.prepare<[number], { seq: number; ts: number }>(
        'SELECT seq, ts FROM readings WHERE seq > ? ORDER BY seq LIMIT 1',
      ),
    };
  }

  /** At most `limit` readings after `afterSeq` and below `beforeSeq`, oldest first. */
  read(limit: number, afterSeq: number, beforeSeq: number): WireSlice {
    const row = this.stmt.slice.get(afterSeq, beforeSeq, limit)!;
    if (row.n === 0) return { json: '[]', count: 0, first: undefined, last: 0 };
    return { json: row.json, count: row.n, first: this.stmt.first.get(afterSeq), last: row.last! };
  }
}
