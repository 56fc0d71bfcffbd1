import { Type, type Static } from '@sinclair/typebox';
import { SessionSummary } from './admin.js';
import { ChannelRole } from './channels.js';
import { Point } from './history.js';
import { OneLine } from './text.js';
import { ReadingTime } from './time.js';

/** A cook (smoker, grill) or a brew (fermentation). */
export const SessionKind = Type.Union([Type.Literal('cook'), Type.Literal('brew')], {
  $id: 'SessionKind',
});
/** A cook or a brew. */
export type SessionKind = Static<typeof SessionKind>;

/** One series taking part in a session. */
export const SessionChannel = Type.Object(
  {
    series_id: Type.Integer({ minimum: 1 }),
    role: ChannelRole,
    target: Type.Optional(
      Type.Union([Type.Number(), Type.Null()], {
        description: 'Target value, e.g. 95 °C for a brisket',
      }),
    ),
    label: Type.Optional(
      OneLine({
        minLength: 1,
        maxLength: 64,
        description: 'Name within the session, e.g. "Brisket point"',
      }),
    ),
  },
  { additionalProperties: false, $id: 'SessionChannel' },
);
/** One series taking part in a session. */
export type SessionChannel = Static<typeof SessionChannel>;

/** Body of `POST /api/v1/sessions`. */
export const SessionCreate = Type.Object(
  {
    kind: SessionKind,
    name: OneLine({ minLength: 1, maxLength: 120 }),
    started_at: Type.Optional(
      ReadingTime('UTC epoch ms (2000 to 2100, the dates a reading may carry); defaults to now'),
    ),
    channels: Type.Array(SessionChannel, { maxItems: 32 }),
    notes: Type.Optional(Type.String({ maxLength: 10_000 })),
    recipe: Type.Optional(OneLine({ maxLength: 200 })),
    og: Type.Optional(
      Type.Number({ minimum: 0.98, maximum: 1.2, description: 'Original gravity (SG), brews' }),
    ),
    keep: Type.Optional(
      Type.Boolean({
        description:
          "Keep forever: the session's readings are never deleted by retention (default false)",
      }),
    ),
  },
  { additionalProperties: false, $id: 'SessionCreate' },
);
/** Body of `POST /api/v1/sessions`. */
export type SessionCreate = Static<typeof SessionCreate>;

/** Body of `PATCH /api/v1/sessions/{id}`: any subset of the editable fields. */
export const SessionPatch = Type.Partial(Type.Omit(SessionCreate, ['kind']), {
  additionalProperties: false,
  $id: 'SessionPatch',
});
/** Body of `PATCH /api/v1/sessions/{id}`. */
export type SessionPatch = Static<typeof SessionPatch>;

/** A session as the API returns it. */
export const Session = Type.Object(
  {
    id: Type.String(),
    kind: SessionKind,
    name: Type.String(),
    status: Type.Union([Type.Literal('active'), Type.Literal('ended')]),
    started_at: Type.Integer(),
    ended_at: Type.Union([Type.Integer(), Type.Null()]),
    channels: Type.Array(SessionChannel),
    notes: Type.String(),
    recipe: Type.Union([Type.String(), Type.Null()]),
    og: Type.Union([Type.Number(), Type.Null()]),
    // Optional in the type only (every answer of this hub has it), so older fixtures still type.
    keep: Type.Optional(
      Type.Boolean({
        description: "Keep forever: retention never deletes the readings of the session's channels",
      }),
    ),
    summary: Type.Optional(SessionSummary),
  },
  { $id: 'Session' },
);
/** A session as the API returns it. */
export type Session = Static<typeof Session>;

/** A timestamped note on a session's chart ("pitched yeast", "wrapped"). */
export const Annotation = Type.Object(
  {
    id: Type.Integer(),
    session_id: Type.String(),
    ts: Type.Integer(),
    text: Type.String(),
    kind: Type.Union([Type.Literal('note'), Type.Literal('alert'), Type.Literal('event')]),
  },
  { $id: 'Annotation' },
);
/** A timestamped note on a session's chart. */
export type Annotation = Static<typeof Annotation>;

/** Body of `POST /api/v1/sessions/{id}/annotations`. */
export const AnnotationCreate = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 500 }),
    ts: Type.Optional(Type.Integer({ minimum: 0, description: 'UTC epoch ms; defaults to now' })),
  },
  { additionalProperties: false, $id: 'AnnotationCreate' },
);
/** Body of `POST /api/v1/sessions/{id}/annotations`. */
export type AnnotationCreate = Static<typeof AnnotationCreate>;

/** One series of a session's chart. */
export const SessionSeriesHistory = Type.Object({
  series_id: Type.Integer(),
  role: ChannelRole,
  label: Type.String(),
  kind: Type.String(),
  unit: Type.String(),
  target: Type.Union([Type.Number(), Type.Null()]),
  downsampled: Type.Boolean(),
  points: Type.Array(Point),
});
/** One series of a session's chart. */
export type SessionSeriesHistory = Static<typeof SessionSeriesHistory>;

/** Answer to `GET /api/v1/sessions/{id}/history?from&to&max_points`: everything a chart draws. */
export const SessionHistory = Type.Object(
  {
    session_id: Type.String(),
    from: Type.Integer(),
    to: Type.Integer(),
    series: Type.Array(SessionSeriesHistory),
    annotations: Type.Array(Annotation),
  },
  { $id: 'SessionHistory' },
);
/** Answer to `GET /api/v1/sessions/{id}/history`. */
export type SessionHistory = Static<typeof SessionHistory>;

/** Most decimals a chart answer keeps (a channel declares 0 to 6). */
export const MAX_CHART_DECIMALS = 6;
/** Decimals a chart answer keeps for a channel that declares no precision. */
export const DEFAULT_CHART_DECIMALS = 3;

/**
 * One series of a session's chart in columns: what {@link SessionSeriesHistory} carries, with
 * its points as two integer arrays instead of `[ts, value]` pairs. A chart of four series at
 * 4,000 points is about a third of the bytes, and both ends skip a tuple per point.
 *
 * Decoding: the i-th point's time is `from + t[0] + … + t[i]` (epoch ms, `from` being the
 * answer's), its value `v[i] / 10 ** decimals`, or a gap when `v[i]` is null.
 */
export const ChartSeries = Type.Object({
  series_id: Type.Integer(),
  role: ChannelRole,
  label: Type.String(),
  kind: Type.String(),
  unit: Type.String(),
  target: Type.Union([Type.Number(), Type.Null()]),
  downsampled: Type.Boolean(),
  tier: Type.Union([Type.Literal('raw'), Type.Literal('1m'), Type.Literal('1h')], {
    description: 'What the points were read from: raw readings, minute or hour rollups',
  }),
  decimals: Type.Integer({
    minimum: 0,
    maximum: MAX_CHART_DECIMALS,
    description: "Decimals kept: the channel's declared precision, else 3",
  }),
  t: Type.Array(Type.Integer(), {
    description:
      "Times as differences in ms: the first from the answer's `from`, each next one from the previous",
  }),
  v: Type.Array(Type.Union([Type.Integer(), Type.Null()]), {
    description: 'Values × 10^decimals, rounded; null is a gap (a flagged reading)',
  }),
});
/** One series of a session's chart in columns (see the schema for decoding). */
export type ChartSeries = Static<typeof ChartSeries>;

/**
 * Answer to `GET /api/v1/sessions/{id}/chart?from&to&max_points`: the same chart as
 * {@link SessionHistory} (same points, tiers and notes) in the compact columnar form of
 * {@link ChartSeries}, the form the panel reads.
 */
export const SessionChart = Type.Object(
  {
    session_id: Type.String(),
    from: Type.Integer(),
    to: Type.Integer(),
    series: Type.Array(ChartSeries),
    annotations: Type.Array(Annotation),
  },
  { $id: 'SessionChart' },
);
/** Answer to `GET /api/v1/sessions/{id}/chart`. */
export type SessionChart = Static<typeof SessionChart>;
