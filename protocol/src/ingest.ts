import { Type, type Static } from '@sinclair/typebox';
import { Channel, ChannelKey } from './channels.js';
import { MAX_BATCH_READINGS, MAX_READING_TS, MIN_READING_TS } from './constants.js';
import { Command } from './commands.js';

/** Per-device sequence number: starts at 1 and grows by one for every reading the edge takes. */
export const Seq = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });

/**
 * Quality of a reading as judged at the edge. Anything but `ok` is kept for the record but
 * never charted as a real value nor used by estimates and alerts.
 */
export const ReadingStatus = Type.Union([
  Type.Literal('ok'),
  Type.Literal('unavailable'),
  Type.Literal('spike'),
  Type.Literal('frozen'),
  Type.Literal('implausible'),
]);
/** Quality of a reading. */
export type ReadingStatus = Static<typeof ReadingStatus>;

/** One reading: a value of one channel at one instant, numbered by `seq`. */
export const Reading = Type.Object(
  {
    seq: Seq,
    channel: ChannelKey,
    ts: Type.Integer({
      minimum: MIN_READING_TS,
      maximum: MAX_READING_TS,
      description: 'UTC epoch milliseconds, taken at the edge, corrected for clock offset',
    }),
    value: Type.Union([Type.Number(), Type.Null()], {
      description: 'The value in the channel unit; null when the sensor had no value',
    }),
    status: Type.Optional(ReadingStatus),
  },
  { additionalProperties: false, $id: 'Reading' },
);
/** One reading. */
export type Reading = Static<typeof Reading>;

/** An inclusive range of sequence numbers the edge dropped (outbox thinning) and will never send. */
export const DroppedRange = Type.Object(
  { from: Seq, to: Seq },
  { additionalProperties: false, $id: 'DroppedRange' },
);
/** An inclusive range of dropped sequence numbers. */
export type DroppedRange = Static<typeof DroppedRange>;

/** Health figures an edge node reports with each batch, for `/metrics` and Home Assistant. */
export const EdgeStatus = Type.Object(
  {
    outbox_depth: Type.Optional(Type.Integer({ minimum: 0 })),
    oldest_unsent_ts: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
    dropped_total: Type.Optional(Type.Integer({ minimum: 0 })),
    uptime_s: Type.Optional(Type.Number({ minimum: 0 })),
    version: Type.Optional(Type.String({ maxLength: 32 })),
  },
  { additionalProperties: false, $id: 'EdgeStatus' },
);
/** Health figures an edge node reports. */
export type EdgeStatus = Static<typeof EdgeStatus>;

/** Body of `POST /api/v1/ingest`. */
export const IngestBatch = Type.Object(
  {
    boot_id: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'Identifies one run of the edge process, for logs and restarts',
    }),
    channels: Type.Optional(Type.Array(Channel, { maxItems: 64 })),
    readings: Type.Array(Reading, { maxItems: MAX_BATCH_READINGS }),
    dropped: Type.Optional(Type.Array(DroppedRange, { maxItems: 1000 })),
    status: Type.Optional(EdgeStatus),
    command_results: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Type.String({ format: 'uuid' }),
            ok: Type.Boolean(),
            message: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        { maxItems: 100 },
      ),
    ),
  },
  { additionalProperties: false, $id: 'IngestBatch' },
);
/** Body of `POST /api/v1/ingest`. */
export type IngestBatch = Static<typeof IngestBatch>;

/** Answer to an ingest batch. */
export const IngestAck = Type.Object(
  {
    ack_seq: Type.Integer({
      minimum: 0,
      description:
        'Highest seq such that every seq up to it is stored or reported dropped; the edge may delete those',
    }),
    server_time: Type.Integer({ description: 'Hub clock, UTC epoch ms, for skew correction' }),
    config_etag: Type.String({ description: 'ETag of the desired device config' }),
    commands: Type.Array(Command),
  },
  { $id: 'IngestAck' },
);
/** Answer to an ingest batch. */
export type IngestAck = Static<typeof IngestAck>;
