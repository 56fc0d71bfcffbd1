import type {
  Alert,
  AlertRule,
  AlertRuleCreate,
  Annotation,
  AuditEntry,
  Calibration,
  Channel,
  Command,
  CommandAck,
  CommandRecord,
  CommandStatus,
  CommandType,
  DeviceConfig,
  Gateway,
  HydrometerFormat,
  HydrometerSettings,
  IngestBatch,
  Point,
  SeriesInfo,
  Session,
  SessionCreate,
  SessionKind,
  SessionPatch,
  SessionSummary,
} from '@brewpit/protocol';
import type { StoredReading } from '../bus.js';

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
  pair(code: string, name: string, now?: number): { device_id: string; token: string } | null;
  /**
   * Registers a device with the default config and returns its token (`bpd_<id>_<secret>`),
   * which is never stored in clear and cannot be read back.
   */
  create(name: string, kind?: string, now?: number): { device_id: string; token: string };
  /** The device a token belongs to, or null (unknown, malformed, or the device was deleted). */
  authenticate(token: string): Promise<string | null>;
  get(id: string): DeviceRow | null;
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
   * times is stored once. Device status, boot id and last-seen time are updated. Throws
   * `IngestRejected` (writing nothing) for an unknown device or a reading on a channel never
   * announced.
   */
  ingest(deviceId: string, batch: IngestBatch, now?: number): IngestResult;
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
  /** Every series with its latest ok value (null when the latest reading was flagged), by device then id. */
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
  /** The retention cut-off: raw readings before it are gone and only rollups answer there. */
  rawFrom(): number;
  /**
   * Points of one series in [from, to] (inclusive) in time order, at most `maxPoints`. Small
   * ranges come back raw, flagged readings as null values; larger ones min/max-downsampled from
   * the coarsest tier that still resolves the chart, keeping the exact extremes of the range.
   */
  history(id: number, from: number, to: number, maxPoints: number): History;
  /** Every reading of a series in [from, to] for export, flagged ones as null; minute means before the retention cut-off. */
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

/** A change of a command's status; `previous` is null for a new command. */
export interface CommandChange {
  command: CommandRecord;
  previous: CommandStatus | null;
}

/** The per-device command queue. Every method that changes a status returns the changes. */
export interface CommandStore {
  /** Queues a command (`queued`, due now, expiring after `ttlMs`); null when the device does not exist. */
  enqueue(
    deviceId: string,
    type: CommandType,
    params?: Record<string, unknown>,
    ttlMs?: number,
    now?: number,
  ): CommandRecord | null;
  get(deviceId: string, id: string): CommandRecord | null;
  /** A device's commands, newest first, optionally of one status. */
  list(deviceId: string, status?: CommandStatus | null, limit?: number): CommandRecord[];
  /**
   * The commands for this ingest answer, oldest first, at most 20: queued ones and delivered
   * ones whose resend is due. Each is marked delivered with its next resend scheduled
   * (10 s doubling to 10 min, at most 8 sends), atomically, so concurrent answers never count an
   * attempt twice. Stale open commands of the device are closed first (see `sweep`).
   */
  deliver(deviceId: string, now?: number): { commands: Command[]; changes: CommandChange[] };
  /**
   * Records the edge's answer: `acked` or `failed`, with its result. Idempotent: a repeated answer
   * changes nothing (`change` null). A late answer to an expired or dead command is still
   * recorded. Null when the device has no such command.
   */
  ack(
    deviceId: string,
    id: string,
    answer: CommandAck,
    now?: number,
  ): { command: CommandRecord; change: CommandChange | null } | null;
  /**
   * Closes every open command past its deadline or attempt limit: never sent → `expired`, sent
   * but unanswered → `dead`. Returns the changes.
   */
  sweep(now?: number): CommandChange[];
  /** Number of commands in each status, every status present. */
  counts(): Record<CommandStatus, number>;
  /** Deletes finished commands last changed before `before`; returns how many. */
  prune(before: number): number;
}

/** Filters of the audit log listing; `before` pages backwards by id. */
export interface AuditFilter {
  action?: string;
  before?: number;
  limit: number;
}

/** Who changed what: append-only. */
export interface AuditStore {
  /** Appends an entry; `detail` is kept as JSON. */
  add(actor: string, action: string, target: string | null, detail?: unknown, now?: number): void;
  /** Entries newest first (by id). */
  list(filter: AuditFilter): AuditEntry[];
}

/** What an alert is raised with. */
export type NewAlert = Omit<Alert, 'id' | 'cleared_at'>;

/** Filters of the alert list. */
export interface AlertFilter {
  session_id?: string;
  open?: boolean;
  limit: number;
}

/** Alert rules and alert episodes. New stores hold six default global rules. */
export interface AlertStore {
  /** Every rule, oldest first. */
  rules(): AlertRule[];
  rule(id: string): AlertRule | null;
  addRule(r: AlertRuleCreate, now?: number): AlertRule;
  deleteRule(id: string): boolean;
  /**
   * Opens an episode. At most one episode per rule and subject is open: raising an open one
   * writes nothing and returns null (so a rule fires once per episode, across restarts too).
   */
  raise(a: NewAlert): Alert | null;
  /** Closes the open episode of a rule and subject at `at`; returns it, or null when none was open. */
  clear(ruleId: string, subject: string, at: number): Alert | null;
  /** Episodes still open. */
  open(): Alert[];
  /** Episodes newest first (by raise time, then id). */
  list(f: AlertFilter): Alert[];
}

/** A hydrometer's mapping to its device, with its settings and what it reported. */
export interface HydrometerRow {
  device_id: string;
  gateway_id: string;
  format: HydrometerFormat;
  key: string;
  next_seq: number;
  settings: HydrometerSettings;
  info: Record<string, unknown>;
}

/** Hydrometer gateway tokens and the devices third-party hydrometers became. */
export interface HydrometerStore {
  /** Creates a gateway; its token (`bpg_<id>_<secret>`) is returned here only. */
  createGateway(name: string, tz: string | null, now?: number): Gateway & { token: string };
  gateway(id: string): Gateway | null;
  /** Every gateway, oldest first. */
  gateways(): Gateway[];
  /** Revokes a gateway token at once; its hydrometers keep their devices. */
  deleteGateway(id: string): boolean;
  /** The gateway a token belongs to, or null. */
  authenticate(token: string): Promise<Gateway | null>;
  /** The hydrometer of a format with this identity (iSpindel id, Tilt colour, stream name). */
  find(format: HydrometerFormat, key: string): HydrometerRow | null;
  get(deviceId: string): HydrometerRow | null;
  /** Every hydrometer by format, then key. */
  list(): HydrometerRow[];
  /** Maps a new hydrometer to its device; (format, key) is unique. */
  insert(deviceId: string, gatewayId: string, format: HydrometerFormat, key: string): void;
  /** Records the gateway that posted last and what the hydrometer reported besides readings. */
  touch(deviceId: string, gatewayId: string, info: Record<string, unknown>): void;
  setSettings(deviceId: string, settings: HydrometerSettings, info: Record<string, unknown>): void;
  /**
   * Reserves `count` consecutive seqs for a hydrometer's next batch and returns the first.
   * Call inside the batch's transaction so the counter and the readings commit together.
   */
  takeSeqs(deviceId: string, count: number): number;
}

/** Hydrometer calibrations, one per device. */
export interface CalibrationStore {
  get(deviceId: string): Calibration | null;
  /** Sets or replaces a device's calibration. */
  put(cal: Calibration): void;
  delete(deviceId: string): boolean;
}

/** What keeps the store bounded and consistent for backups. */
export interface MaintenanceStore {
  /** Ids of every series, for a retention pass to walk. */
  seriesIds(): number[];
  /**
   * Moves the retention cut-off forward (never back) before any raw row under it is deleted,
   * so no query takes half-deleted raw data for complete.
   */
  markRawFrom(cutoff: number): void;
  /** Deletes up to `n` of the oldest raw readings of a series before `cutoff`; returns how many. */
  pruneRawChunk(seriesId: number, cutoff: number, n: number): number;
  /** Deletes pairing codes that expired before `before`. */
  prunePairings(before: number): number;
  /**
   * Makes the main file complete and unchanging for a file-level backup: everything committed
   * is folded into it, and automatic folding stops until `releaseCheckpoints`. Writes go on.
   * True when the fold completed.
   */
  holdCheckpoints(): boolean;
  /** Resumes what `holdCheckpoints` stopped. */
  releaseCheckpoints(): void;
  /** Whether a backup holds checkpoints. */
  checkpointsHeld(): boolean;
  /** Folds the write-ahead log into the main file; `busy` > 0 when a reader kept it from finishing. */
  checkpoint(mode?: 'PASSIVE' | 'TRUNCATE'): { busy: number; log: number; checkpointed: number };
}
