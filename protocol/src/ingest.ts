import { Type, type Static } from '@sinclair/typebox';
import { Channel, ChannelKey } from './channels.js';
import { MAX_BATCH_READINGS, MAX_READING_MAGNITUDE } from './constants.js';
import { ChamberMode, ChamberName, Command } from './commands.js';
import { OneLine } from './text.js';
import { ReadingTime } from './time.js';

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
    ts: ReadingTime('UTC epoch milliseconds, taken at the edge, corrected for clock offset'),
    value: Type.Union(
      [
        Type.Number({ minimum: -MAX_READING_MAGNITUDE, maximum: MAX_READING_MAGNITUDE }),
        Type.Null(),
      ],
      {
        description: `The value in the channel unit, at most ${MAX_READING_MAGNITUDE} in magnitude; null when the sensor had no value`,
      },
    ),
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

/** Progress of the profile a chamber runs, as its edge node reports it. */
export const ChamberProfile = Type.Object(
  {
    name: OneLine({ minLength: 1, maxLength: 64, description: 'Profile name' }),
    step_index: Type.Integer({ minimum: 0, description: 'Current step, from 0' }),
    step_count: Type.Integer({ minimum: 1 }),
    step_name: OneLine({ maxLength: 64 }),
    step_type: Type.Union([Type.Literal('hold'), Type.Literal('ramp')]),
    elapsed_s: Type.Integer({ minimum: 0, description: 'Seconds since the step started' }),
    remaining_s: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
      description:
        'Seconds until the step ends; null while it waits for a condition or holds forever',
    }),
    condition: Type.Union([Type.String({ maxLength: 200 }), Type.Null()], {
      description: 'What a conditional step waits for, with the current values',
    }),
    finished: Type.Boolean({ description: 'The last step ended; its setpoint is held' }),
  },
  { additionalProperties: false },
);
/** Progress of a chamber's profile. */
export type ChamberProfile = Static<typeof ChamberProfile>;

/**
 * One fermentation chamber under the edge node's control, as reported with each batch: what
 * the thermostat was told (mode, target) and what it does (setpoint in force, action, why it
 * waits, why it is in the safe state). The hub turns it into a Home Assistant `climate` entity.
 */
export const ChamberState = Type.Object(
  {
    name: ChamberName,
    label: OneLine({
      minLength: 1,
      maxLength: 64,
      description: 'Human name, e.g. "Fermenter 1"',
    }),
    input: ChannelKey,
    modes: Type.Array(ChamberMode, {
      minItems: 1,
      maxItems: 4,
      description: 'Modes this chamber offers',
    }),
    mode: ChamberMode,
    target: Type.Number({ description: 'Manual target, °C; a running profile overrides it' }),
    setpoint: Type.Number({ description: "Setpoint in force, °C: the profile's while one runs" }),
    action: Type.Union([Type.Literal('idle'), Type.Literal('heating'), Type.Literal('cooling')]),
    waiting: Type.Union(
      [
        Type.Literal('min_heat_off'),
        Type.Literal('min_cool_off'),
        Type.Literal('mode_switch'),
        Type.Literal('peak'),
        Type.Literal('drift'),
        Type.Null(),
      ],
      { description: 'Why a wanted action has not started (compressor protection, overshoot)' },
    ),
    wait_s: Type.Number({ minimum: 0, description: 'Seconds until the awaited gate opens' }),
    fault: Type.Union(
      [
        Type.Literal('no_reading'),
        Type.Literal('sensor_stale'),
        Type.Literal('sensor_failed'),
        Type.Literal('output_error'),
        Type.Null(),
      ],
      { description: 'Why the chamber is in the safe state (every output off), or null' },
    ),
    fault_message: Type.Union([Type.String({ maxLength: 500 }), Type.Null()]),
    profile: Type.Union([ChamberProfile, Type.Null()]),
  },
  { additionalProperties: false, $id: 'ChamberState' },
);
/** One chamber under control, as reported by its edge node. */
export type ChamberState = Static<typeof ChamberState>;

/** Health figures an edge node reports with each batch, for `/metrics` and Home Assistant. */
export const EdgeStatus = Type.Object(
  {
    outbox_depth: Type.Optional(Type.Integer({ minimum: 0 })),
    oldest_unsent_ts: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
    dropped_total: Type.Optional(Type.Integer({ minimum: 0 })),
    uptime_s: Type.Optional(Type.Number({ minimum: 0 })),
    version: Type.Optional(OneLine({ maxLength: 32 })),
    control: Type.Optional(
      Type.Array(ChamberState, {
        maxItems: 16,
        description: 'Chambers the node controls (absent on a node without control)',
      }),
    ),
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
