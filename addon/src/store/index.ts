import type { CommandRecord, CommandType } from '@brewpit/protocol';
import { AuditStore } from './audit.js';
import { CommandStore, DEFAULT_COMMAND_TTL_MS } from './commands.js';
import type { Db } from './db.js';
import { openDb } from './db.js';
import { DeviceStore } from './devices.js';
import { Maintenance } from './maintenance.js';
import { ReadingStore } from './readings.js';
import { SeriesStore } from './series.js';
import { SessionStore } from './sessions.js';

/**
 * The hub's store: the narrow interface every module uses. A PostgreSQL/TimescaleDB backend
 * would implement the same parts; nothing outside `store/` touches SQL.
 */
export class Store {
  readonly devices: DeviceStore;
  readonly readings: ReadingStore;
  readonly series: SeriesStore;
  readonly sessions: SessionStore;
  readonly commands: CommandStore;
  readonly auditLog: AuditStore;
  readonly maintenance: Maintenance;

  private constructor(readonly db: Db) {
    this.devices = new DeviceStore(db);
    this.readings = new ReadingStore(db);
    this.series = new SeriesStore(db);
    this.sessions = new SessionStore(db, this.series);
    this.commands = new CommandStore(db);
    this.auditLog = new AuditStore(db);
    this.maintenance = new Maintenance(db);
  }

  static open(file: string): Store {
    return new Store(openDb(file));
  }

  /** Records an admin action. */
  audit(actor: string, action: string, target: string | null, detail?: unknown): void {
    this.auditLog.add(actor, action, target, detail);
  }

  /**
   * Queues a command for an edge node (the Home Assistant bridge calls this for `set_target`
   * and entity actions); it goes out in the device's next ingest answer. Null when the device
   * does not exist. Status changes reach the bus as `commandChanged`.
   */
  enqueueCommand(
    deviceId: string,
    type: CommandType,
    params: Record<string, unknown> = {},
    ttlMs = DEFAULT_COMMAND_TTL_MS,
  ): CommandRecord | null {
    return this.commands.enqueue(deviceId, type, params, ttlMs);
  }

  /** Size of the database file and its WAL, in bytes. */
  sizeBytes(): number {
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const size = this.db.pragma('page_size', { simple: true }) as number;
    return pages * size;
  }

  /** Folds the WAL into the main file and closes; called on graceful shutdown. */
  close(): void {
    if (!this.db.open) return;
    this.maintenance.checkpoint('TRUNCATE');
    this.db.close();
  }
}
