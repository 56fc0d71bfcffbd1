import type Database from 'better-sqlite3';
import type { Reading } from '@brewpit/protocol';
import { STATUS_CODES } from './types.js';

/**
 * Readings of a batch as columns, index by index (`status` as its code in `STATUS_CODES`): what
 * the MessagePack body is written from.
 */
export interface ReadingColumns {
  seq: number[];
  channel: string[];
  ts: number[];
  value: (number | null)[];
  status: number[];
}

/** The readings of a batch as JSON or as columns (see {@link WireReader}). */
export type WireForm = 'json' | 'columns';

/** Readings of a batch as the hub receives them, built by SQLite. */
export interface WireSlice {
  /** The `readings` array of an ingest batch, as JSON (the `json` form). */
  json?: string;
  /** The same readings as columns (the `columns` form). */
  columns?: ReadingColumns;
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
 *
 * For a MessagePack body the readings are read as columns instead: one JSON array of numbers or
 * strings per field, which SQLite writes and `JSON.parse` reads back faster than the objects
 * (2.3 ms for 5,000 readings without the JIT, against 2.6 ms for the objects' JSON alone), and
 * which the body's encoder reads without an object per reading. The aggregates of one query
 * step through the same rows in the same order, so the columns stay aligned.
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
      columns: db.prepare<
        [number, number, number],
        {
          n: number;
          last: number | null;
          seq: string;
          channel: string;
          ts: string;
          value: string;
          status: string;
        }
      >(
        `SELECT count(*) AS n, max(seq) AS last, json_group_array(seq) AS seq,
           json_group_array(channel) AS channel, json_group_array(ts) AS ts,
           json_group_array(value) AS value, json_group_array(status) AS status
         FROM (SELECT seq, channel, ts, value, status FROM readings
               WHERE seq > ? AND seq < ? ORDER BY seq LIMIT ?)`,
      ),
      first: db.prepare<[number], { seq: number; ts: number }>(
        'SELECT seq, ts FROM readings WHERE seq > ? ORDER BY seq LIMIT 1',
      ),
    };
  }

  /** At most `limit` readings after `afterSeq` and below `beforeSeq`, oldest first. */
  read(limit: number, afterSeq: number, beforeSeq: number, form: WireForm = 'json'): WireSlice {
    if (form === 'columns') {
      const row = this.stmt.columns.get(afterSeq, beforeSeq, limit)!;
      if (row.n === 0) return { columns: EMPTY_COLUMNS, count: 0, first: undefined, last: 0 };
      const columns: ReadingColumns = {
        seq: JSON.parse(row.seq) as number[],
        channel: JSON.parse(row.channel) as string[],
        ts: JSON.parse(row.ts) as number[],
        value: JSON.parse(row.value) as (number | null)[],
        status: JSON.parse(row.status) as number[],
      };
      return { columns, count: row.n, first: this.stmt.first.get(afterSeq), last: row.last! };
    }
    const row = this.stmt.slice.get(afterSeq, beforeSeq, limit)!;
    if (row.n === 0) return { json: '[]', count: 0, first: undefined, last: 0 };
    return { json: row.json, count: row.n, first: this.stmt.first.get(afterSeq), last: row.last! };
  }
}

const EMPTY_COLUMNS: ReadingColumns = Object.freeze({
  seq: [],
  channel: [],
  ts: [],
  value: [],
  status: [],
}) as unknown as ReadingColumns;

/** The readings of a slice as objects, as the `json` form carries them (`status` only if not ok). */
export function sliceReadings(slice: Pick<WireSlice, 'json' | 'columns'>): Reading[] {
  if (slice.json !== undefined) return JSON.parse(slice.json) as Reading[];
  const c = slice.columns!;
  return c.seq.map((seq, i) => {
    const r: Reading = { seq, channel: c.channel[i]!, ts: c.ts[i]!, value: c.value[i]! };
    const status = STATUS_CODES[c.status[i]!];
    if (status && status !== 'ok') r.status = status;
    return r;
  });
}
