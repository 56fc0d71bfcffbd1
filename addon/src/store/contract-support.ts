import type {
  Alert,
  AlertRule,
  AlertRuleCreate,
  AuditEntry,
  Calibration,
  Command,
  CommandAck,
  CommandRecord,
  CommandStatus,
  CommandType,
  Gateway,
  HydrometerFormat,
  HydrometerSettings,
} from '@brewpit/protocol';

/**
 * The second half of the store contract (see `contract.ts` for the rules every engine keeps):
 * the command queue, the audit log, alerts, hydrometers, calibrations and maintenance.
 */

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

/**
 * A new id (a device's, a gateway's, an API token's), its bearer token and the token's hash,
 * made ahead of the write that stores them: the hash is deliberately slow (scrypt, ~35 ms of CPU
 * here, several times that on a Raspberry Pi), so a store mints on the thread pool and the feature
 * services hand the result to the write. A write given none hashes on the caller's thread.
 */
export interface MintedToken {
  id: string;
  token: string;
  hash: string;
}

/** Hydrometer gateway tokens and the devices third-party hydrometers became. */
export interface HydrometerStore {
  /** A new gateway id (or `id`'s), a token for it and its hash, for `createGateway` and `rotateGateway`. */
  mintGatewaySecret(id?: string): Promise<MintedToken>;
  /** Creates a gateway; its token (`bpg_<id>_<secret>`) is returned here only. */
  createGateway(
    name: string,
    tz: string | null,
    now?: number,
    secret?: MintedToken,
  ): Gateway & { token: string };
  gateway(id: string): Gateway | null;
  /** Every gateway, oldest first. */
  gateways(): Gateway[];
  /** Revokes a gateway token at once; its hydrometers keep their devices. */
  deleteGateway(id: string): boolean;
  /** Gives a gateway a new token and revokes the old one at once; null when it does not exist. */
  rotateGateway(id: string, secret?: MintedToken): string | null;
  /** How many hydrometers a gateway posted for last (the ones it "holds"). */
  countByGateway(gatewayId: string): number;
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
  /** Ids of every series, for a retention or compression pass to walk. */
  seriesIds(): number[];
  /**
   * Retention of one series: marks its raw readings before `cutoff` as gone, except over the
   * whole hours of sessions marked `keep` (running ones up to `now`), and returns the ranges
   * `[from, to)` marked, for `pruneRawChunk`. Marks only grow, and are set before any row is
   * deleted, so no query takes half-deleted raw data for complete. `cutoff` must be a whole hour,
   * so a cold block (which lies within one hour) is either inside a range or outside.
   */
  markRetention(seriesId: number, cutoff: number, now?: number): [from: number, to: number][];
  /**
   * Deletes some of the raw readings of a series in `[from, to)`: up to `n` hot rows, then a few
   * whole cold blocks. Returns how many readings went; 0 when none is left there.
   */
  pruneRawChunk(seriesId: number, from: number, to: number, n: number): number;
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
  /**
   * Hands the folding of the WAL to someone else (`WalCheckpointer`): the connection stops
   * checkpointing after its commits, and the WAL file is cut back to `walLimitBytes` whenever
   * it is rewound. `release` gives the connection its automatic checkpoints back.
   */
  delegateCheckpoints(walLimitBytes: number): void;
  releaseDelegation(): void;
  /** The store's file, for a second connection to it; null for an in-memory store. */
  fileName(): string | null;
  /** Folds the write-ahead log into the main file; `busy` > 0 when a reader kept it from finishing. */
  checkpoint(mode?: 'PASSIVE' | 'TRUNCATE'): { busy: number; log: number; checkpointed: number };
}

/** One event of the Home Assistant outbox. */
export interface OutboxEvent {
  /** Increasing within the stream, never reused. */
  id: number;
  event_type: string;
  data: Record<string, unknown>;
  /** When the event was raised (UTC ms): Home Assistant fires it with this time. */
  created_at: number;
}

/**
 * The outbox of `brewpit_*` events for Home Assistant: kept until Home Assistant confirms it
 * fired them, so nothing raised while it is away is lost, and nothing is fired twice (the
 * integration skips ids up to the last it fired).
 */
export interface EventOutboxStore {
  /** The identity of this event log: fixed for the life of the store (a new store, a new stream). */
  stream(): string;
  /** Appends an event; returns its id. */
  append(eventType: string, data: Record<string, unknown>, now?: number): number;
  /** Events after `afterId`, oldest first, at most `limit`. */
  pending(afterId: number, limit: number): OutboxEvent[];
  /**
   * Deletes events up to and including `id` (Home Assistant fired them); returns how many. Ids
   * appended afterwards are above `id`, even when the store never issued it (a store restored
   * from an older backup must not reuse ids Home Assistant skips as fired).
   */
  ack(id: number): number;
  /** Deletes events created before `before` (given up); returns them, oldest first, data omitted. */
  expire(before: number): Omit<OutboxEvent, 'data'>[];
  /** Events waiting. */
  count(): number;
}

/** What one compression step did. */
export interface ColdStep {
  /** Hot readings now in blocks. */
  moved: number;
  /** Blocks written (the blocks a late reading was merged into are rewritten). */
  blocks: number;
  /** Change of the pages in use, in bytes (hot rows freed minus blocks written); may be negative. */
  savedBytes: number;
  /** Hot readings dropped because a block already held their timestamp (never with this hub's ingest). */
  duplicates: number;
}

/** Cold storage figures of one series. */
export interface ColdSeriesStats {
  series_id: number;
  device_id: string;
  blocks: number;
  /** Readings in blocks. */
  readings: number;
  /** Bytes of the blocks' data. */
  bytes: number;
  /** Pages freed by compressing, in bytes, net of the blocks written (measured, not estimated). */
  saved_bytes: number;
}

/**
 * Compressed cold storage: hot readings older than a configured age move, per series and hour,
 * into blocks (delta-of-delta timestamps; values as scaled integers exact to the series'
 * precision, or XOR-coded doubles), each with its count, extremes and sum. Queries of
 * `SeriesStore` read hot rows and blocks alike, so nothing outside the store can tell them apart.
 */
export interface ColdStore {
  /**
   * The hour (start, ms) of the oldest hot reading of a series in [`from`, `before`), or null:
   * where compression goes on. `before` should be a whole hour so an hour is compressed whole.
   */
  oldestHotHour(seriesId: number, before: number, from?: number): number | null;
  /**
   * One step of compressing a series' hour `[hour, hour + 1 h)`: up to 4,096 of its oldest hot
   * readings, merged with the blocks they fall into (late readings), re-encoded into blocks of
   * at most 4,096 readings, in one transaction. Each step moves at least one reading when the
   * hour has any, so repeating it until `moved` is 0 compresses the hour.
   */
  compressStep(seriesId: number, hour: number): ColdStep;
  /** Figures of every series with compressed data. */
  stats(): ColdSeriesStats[];
}
