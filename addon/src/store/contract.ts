import type {
  Annotation,
  Channel,
  DeviceConfig,
  IngestBatch,
  Point,
  Reading,
  SeriesInfo,
  Session,
  SessionCreate,
  SessionKind,
  SessionPatch,
  SessionSummary,
} from '@brewpit/protocol';
import type { StoredReading } from '../bus.js';
import type {
  AlertStore,
  AuditStore,
  CalibrationStore,
  ColdStore,
  CommandStore,
  EventOutboxStore,
  HydrometerStore,
  MaintenanceStore,
  MintedToken,
} from './contract-support.js';
import type { ApiTokenStore, ReplicationStore } from './contract-replication.js';

export type * from './contract-support.js';
export type * from './contract-replication.js';

/**
 * The hub's store contract: everything the hub keeps, behind one narrow interface. The SQLite
 * engine (`sqlite.ts`) is the one in use; a PostgreSQL/TimescaleDB engine for a site that
 * outgrows one machine implements the same interfaces and must pass the same contract suite
 * (`addon/test/store/contract.test.ts`, parameterised by an engine factory). Nothing outside
 * `store/` knows SQL, tables or pragmas.
 *
 * Rules every engine keeps:
 * - **Synchronous calls.** The hub runs the store in-process and relies on a call having
 *   happened when it returns (an ingest acknowledgement is sent after the batch is durable).
 *   A network engine keeps that shape behind a synchronous facade (a worker thread holding the
 *   connection, the caller waiting on it), or this contract turns async as a whole.
 * - **Durability.** A method that returns has committed: a crash or power loss afterwards
 *   loses nothing it wrote (SQLite: WAL with `synchronous = FULL`).
 * - **Atomicity.** Each write method is one transaction; `Store.transaction` makes several one.
 *   A method that throws has written nothing.
 * - **Time** is UTC epoch milliseconds everywhere; `now` parameters default to the wall clock
 *   and exist so tests and imports can place writes in time.
 * - **Ids**: devices, sessions, commands, gateways and alert rules get random UUIDs chosen by
 *   the store; series, annotations, alerts and audit entries get increasing integers.
 */
export interface Store {
  readonly devices: DeviceStore;
  readonly readings: ReadingStore;
  readonly series: SeriesStore;
  readonly sessions: SessionStore;
  readonly commands: CommandStore;
  readonly audit: AuditStore;
  readonly alerts: AlertStore;
  readonly hydrometers: HydrometerStore;
  readonly calibrations: CalibrationStore;
  readonly maintenance: MaintenanceStore;
  /** Home Assistant events waiting to be fired (the bridge's outbox). */
  readonly haEvents: EventOutboxStore;
  readonly cold: ColdStore;
  /** The change log, full export and import, a replica's cursor (`contract-replication.ts`). */
  readonly replication: ReplicationStore;
  /** Read-only API tokens. */
  readonly apiTokens: ApiTokenStore;
  readonly haEntities: HaEntityStore;
  /**
   * Runs `fn` as one transaction: all its writes commit together or, when it throws, none do
   * (the error is rethrown). Calls nest: an inner call joins the outer transaction. `fn` must
   * not await: the store is synchronous and a transaction never spans an event-loop turn.
   */
  transaction<T>(fn: () => T): T;
  /** Bytes the store occupies (database and write-ahead log), for `/health` and metrics. */
  sizeBytes(): number;
  /** Makes everything durable in the main file and releases the store; a second call does nothing. */
  close(): void;
}

/** A device as the API shows it: never its token hash. */
export interface DeviceRow {
  id: string;
  name: string;
  kind: string;
  created_at: number;
  last_seen: number | null;
  boot_id: string | null;
  ack_seq: number;
  dropped_total: number;
  config: DeviceConfig;
  status: Record<string, unknown>;
}

/** Edge nodes and hydrometers, their pairing codes and bearer tokens. */
export interface DeviceStore {
  /**
   * A one-time pairing code (`ABC-123`, from an alphabet without 0/O and 1/I) valid for ten
   * minutes. Only a hash of the code is kept.
   */
  createPairing(now?: number): { code: string; expires_at: number };
  /**
   * Exchanges a valid, unused, unexpired code for a new `edge` device and its token, and marks
   * the code used, atomically: two concurrent calls with one code make one device. Null when the
   * code is unknown, used or expired (the caller must not learn which).
   */
  pair(
    code: string,
    name: string,
    now?: number,
    secret?: MintedToken,
  ): { device_id: string; token: string } | null;
  /** Whether `pair` would take the code now: known, unused and unexpired. */
  pairable(code: string, now?: number): boolean;
  /** A new device id (or `deviceId`'s), a token for it and its hash, for `pair`, `create` and `rotateToken`. */
  mintSecret(deviceId?: string): Promise<MintedToken>;
  /**
   * Registers a device with the default config and returns its token (`bpd_<id>_<secret>`),
   * which is never stored in clear and cannot be read back. With `secret` null the device gets
   * no token that works, and the answer's token is empty (a hydrometer, which posts through its
   * gateway).
   */
  create(
    name: string,
    kind?: string,
    now?: number,
    secret?: MintedToken | null,
  ): { device_id: string; token: string };
  /** The device a token belongs to, or null (unknown, malformed, or the device was deleted). */
  authenticate(token: string): Promise<string | null>;
  /**
   * Gives a device a new token and revokes the old one at once; its data stays. Null when the
   * device does not exist.
   */
  rotateToken(id: string, secret?: MintedToken): string | null;
  get(id: string): DeviceRow | null;
  /**
   * The device's desired config, as `get(id).config`, without reading the rest of its row; null
   * when the device does not exist. While the stored config is unchanged the same frozen object
   * comes back, so what is derived from it (the etag every ingest answer carries) can be kept.
   */
  config(id: string): Readonly<DeviceConfig> | null;
  /** Every device, oldest first. */
  list(): DeviceRow[];
  /** False when the device does not exist. */
  rename(id: string, name: string): boolean;
  /** Replaces the desired config; false when the device does not exist. */
  setConfig(id: string, config: DeviceConfig): boolean;
  /**
   * Deletes a device with its series, readings, rollups, commands, hydrometer mapping and
   * calibration; its token stops working at once. False when it did not exist.
   */
  delete(id: string): boolean;
}

/** Outcome of storing one batch. */
export interface IngestResult {
  /** Highest seq up to which every seq is stored or was reported dropped. */
  ackSeq: number;
  /** The readings that were new, in batch order. */
  stored: StoredReading[];
  /** Readings skipped because their seq was already stored (a resend). */
  duplicates: number;
  /** Readings whose (channel, ts) was already taken by another seq: kept once, counted. */
  collisions: number;
  /** The channels the batch announced. */
  channels: Channel[];
}

/** Readings and their rollups. */
export interface ReadingStore {
  /**
   * Stores a validated batch in one transaction: announced channels become (or update) series,
   * new readings are stored with their minute and hour rollups, each series' latest value moves
   * forward, and the device's acknowledgement advances over contiguous seqs (dropped ranges
   * count as present). Idempotent by seq: a seq at or below the acknowledgement, or inside a
   * range already stored, is skipped and counted as a duplicate, so a batch sent any number of
   * times is stored once. A reading whose (channel, ts) is already stored, hot or compressed,
   * is a collision. Device status, boot id and last-seen time are updated. Throws
   * `IngestRejected` (writing nothing) for an unknown device or a reading on a channel never
   * announced.
   */
  ingest(deviceId: string, batch: IngestBatch, now?: number): IngestResult;
  /**
   * `ingest` inside the caller's transaction, without a savepoint of its own: for a caller that
   * rolls its whole transaction back when this throws (this may have written part of the batch
   * by then). Under a savepoint SQLite copies every page the batch changes, to be able to undo
   * it; for a group of large batches that was as many bytes as the WAL's.
   */
  ingestWithin(deviceId: string, batch: IngestBatch, now?: number): IngestResult;
  /** The series of a device by channel key. */
  seriesIds(deviceId: string): Map<string, number>;
}

/** Which data a history answer was computed from. */
export type Tier = 'raw' | '1m' | '1h';

/** Answer of a history query. */
export interface History {
  downsampled: boolean;
  tier: Tier;
  points: Point[];
}

/** Lowest and highest ok value of a series over a range, and its latest ok reading there. */
export interface Extremes {
  min: number | null;
  max: number | null;
  last_value: number | null;
  last_ts: number | null;
}

/** A channel as announced, to tell a changed announcement from a repeated one. */
export type KnownChannel = Pick<Channel, 'kind' | 'unit' | 'name'> & { precision: number | null };

/** Series and their history. Read-only: series are written by `ReadingStore.ingest`. */
export interface SeriesStore {
  /**
   * Every series with its latest ok value (null when the latest reading was flagged) and that
   * reading's status (`last_status`, for device health), by device then id.
   */
  list(): SeriesInfo[];
  get(id: number): SeriesInfo | null;
  /** The series of one device, by id. */
  ofDevice(deviceId: string): SeriesInfo[];
  /** The channels of a device as last announced, by key. */
  channels(deviceId: string): Map<string, KnownChannel>;
  /** Timestamp of the newest reading of each device that has one (for lag metrics). */
  newestByDevice(): Map<string, number>;
  /** The ids of `ids` that name no series. */
  missing(ids: number[]): number[];
  /**
   * The ranges `[from, to)` whose raw readings retention deleted, in time order: only rollups
   * answer there. Sessions marked `keep` leave holes in them.
   */
  rawGone(id: number): [from: number, to: number][];
  /**
   * Points of one series in [from, to] (inclusive) in time order, at most `maxPoints`. Small
   * ranges come back raw, flagged readings as null values; larger ones min/max-downsampled from
   * the coarsest tier that still resolves the chart, keeping the exact extremes of the range.
   * Raw means hot rows and compressed blocks alike (the latter to the series' precision).
   */
  history(id: number, from: number, to: number, maxPoints: number): History;
  /** Every reading of a series in [from, to] for export, flagged ones as null; minute means where retention removed raw data. */
  exportRows(id: number, from: number, to: number): Point[];
  /** Timestamp of the first reading (or minute rollup) at or after `t`, or null. */
  nextTs(id: number, t: number): number | null;
  /** Exact extremes of the ok values in [from, to] and the latest ok reading there. */
  extremes(id: number, from: number, to: number): Extremes;
}

/** Filters of a session list; a session matches when it overlaps [from, to]. */
export interface SessionFilter {
  kind?: SessionKind;
  status?: 'active' | 'ended';
  from?: number;
  to?: number;
  /** Case-insensitive substring of the name; `%` and `_` match themselves. */
  q?: string;
  limit: number;
  offset: number;
}

/** Cooks and brews, the series taking part, and their notes. */
export interface SessionStore {
  /**
   * Starts a session with its channels in the given order. Throws `StoreRejected` naming the
   * channel (`/channels/<i>/series_id`) whose series is unknown or listed twice; nothing is written.
   */
  create(input: SessionCreate, now?: number): Session;
  get(id: string): Session | null;
  /** Matching sessions, newest start first (ties by id), paged. */
  list(filter: SessionFilter): Session[];
  /** Sessions still running, oldest start first. */
  active(): Session[];
  /**
   * Applies a patch; `channels`, when given, replaces the list (same checks as `create`). Throws
   * `StoreRejected` (`/started_at`) when the session would start after it ended. Null when unknown.
   */
  update(id: string, patch: SessionPatch, now?: number): Session | null;
  /**
   * Sets the target of one channel; `changed` is false when it already had that target or the
   * session has no such channel. Null when the session is unknown.
   */
  setChannelTarget(
    id: string,
    seriesId: number,
    target: number | null,
  ): { session: Session; changed: boolean } | null;
  /**
   * Ends a running session at `endedAt`. Idempotent: ending an ended session changes nothing and
   * says `changed: false`. Throws `StoreRejected` (`/ended_at`) for an end before the start.
   */
  end(id: string, endedAt: number, now?: number): { session: Session; changed: boolean } | null;
  /** Deletes a session with its channels, notes and alert rules; readings stay. */
  delete(id: string): boolean;
  /** Adds a note; null when the session is unknown. */
  annotate(id: string, text: string, ts: number, kind?: Annotation['kind']): Annotation | null;
  /** Notes with `ts` in [from, to], in time order (ties by id). */
  annotations(id: string, from?: number, to?: number): Annotation[];
  /** Duration, and each channel's extremes and latest value within the session (up to `now` while it runs). */
  summary(s: Session, now?: number): SessionSummary;
}

/** A Home Assistant entity followed as a source, and the series its states are stored in. */
export interface HaEntityRow {
  entity_id: string;
  series_id: number;
  /** The unit Home Assistant reports its state in (converted to the series' SI unit). */
  ha_unit: string | null;
  device_class: string | null;
  /** Chosen by the user, so kept after the sessions using it end. */
  explicit: boolean;
  /** Still followed; a released entity keeps its series and history. */
  followed: boolean;
  /** When it was (last) followed. */
  added_at: number;
  /** The recorder was read back to this time (null: not yet). */
  covered_from: number | null;
}

/**
 * Home Assistant entities as a source: one "Home Assistant" device holds a series per entity
 * (key: the entity id), written through `ReadingStore.ingest` with seqs this store hands out.
 */
export interface HaEntityStore {
  /** The id of the "Home Assistant" device (kind `homeassistant`), created on first use. */
  sourceDevice(now?: number): string;
  /**
   * Stores readings of the entities' series (announcing `channels` first) through
   * `ReadingStore.ingest`, with seqs of the source device this store assigns, in one
   * transaction. A reading whose (series, ts) is already stored is counted as a collision. The
   * source device keeps no last-seen time: it is never offline, its entities' readings say
   * whether they are there.
   */
  ingest(
    readings: Omit<Reading, 'seq'>[],
    channels: Channel[],
    now?: number,
  ): IngestResult & { deviceId: string };
  get(entityId: string): HaEntityRow | null;
  /** Every entity ever followed (released ones too), by entity id. */
  list(): HaEntityRow[];
  /**
   * Follows an entity (again): its series, unit and device class are set; `explicit` is kept
   * once set, until `release`.
   */
  follow(
    entity: Pick<HaEntityRow, 'entity_id' | 'series_id' | 'ha_unit' | 'device_class' | 'explicit'>,
    now?: number,
  ): HaEntityRow;
  /** Records the unit Home Assistant now reports the entity in. */
  setUnit(entityId: string, unit: string | null): void;
  /** Records that the recorder was read from `from` on (only ever moves back in time). */
  setCovered(entityId: string, from: number): void;
  /** Stops following an entity; its series and readings stay. False when it was never followed. */
  release(entityId: string): boolean;
  /** Timestamp of the newest reading of a series of any status, or null: where a backfill starts. */
  newestTs(seriesId: number): number | null;
}
