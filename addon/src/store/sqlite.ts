import { SqliteAlertStore } from './alerts.js';
import { SqliteApiTokenStore } from './api-tokens.js';
import { SqliteAuditStore } from './audit.js';
import { SqliteCalibrationStore } from './calibrations.js';
import { ColdBlocks } from './cold/blocks.js';
import { SqliteColdStore } from './cold/compress.js';
import { RawReader } from './cold/raw.js';
import { SqliteCommandStore } from './commands.js';
import type { Store } from './contract.js';
import { openDb, type Db, type OpenOptions } from './db.js';
import { SqliteDeviceStore } from './devices.js';
import { SqliteHaEntityStore } from './ha-entities.js';
import { HourlyRollupCache } from './hour-cache.js';
import { SqliteHydrometerStore } from './hydrometers.js';
import { SqliteMaintenance } from './maintenance.js';
import { SqliteEventOutbox } from './outbox.js';
import { SqliteReadingStore } from './readings.js';
import { SqliteReplicationStore } from './replication.js';
import { PendingRollups } from './rollups.js';
import { SqliteSeriesStore } from './series.js';
import { SqliteSessionStore } from './sessions.js';

/**
 * The SQLite engine of the store contract (`contract.ts`): one file in WAL mode, numbered
 * migrations, one class per table family, compressed cold blocks under `cold/`. The database
 * handle stays private to `store/`.
 */
export class SqliteStore implements Store {
  readonly devices: SqliteDeviceStore;
  readonly readings: SqliteReadingStore;
  readonly series: SqliteSeriesStore;
  readonly sessions: SqliteSessionStore;
  readonly commands: SqliteCommandStore;
  readonly audit: SqliteAuditStore;
  readonly alerts: SqliteAlertStore;
  readonly hydrometers: SqliteHydrometerStore;
  readonly calibrations: SqliteCalibrationStore;
  readonly maintenance: SqliteMaintenance;
  readonly haEvents: SqliteEventOutbox;
  readonly cold: SqliteColdStore;
  readonly replication: SqliteReplicationStore;
  readonly apiTokens: SqliteApiTokenStore;
  readonly haEntities: SqliteHaEntityStore;
  private readonly rollups: PendingRollups;

  private constructor(
    private readonly db: Db,
    options: OpenOptions = {},
  ) {
    const blocks = new ColdBlocks(db);
    // Shared by the writers of hourly rollups (which forget what they change) and charts.
    const hours = new HourlyRollupCache(db);
    this.rollups = new PendingRollups(db, hours);
    // Buckets a crash left waiting reach the rollup tables before anything reads them.
    this.rollups.settle();
    this.devices = new SqliteDeviceStore(db, hours, this.rollups);
    this.readings = new SqliteReadingStore(db, blocks, this.rollups, options.seqGapLimit);
    this.series = new SqliteSeriesStore(db, new RawReader(db, blocks), hours, this.rollups);
    this.sessions = new SqliteSessionStore(db, this.series);
    this.commands = new SqliteCommandStore(db);
    this.audit = new SqliteAuditStore(db);
    this.alerts = new SqliteAlertStore(db);
    this.hydrometers = new SqliteHydrometerStore(db);
    this.calibrations = new SqliteCalibrationStore(db);
    this.haEvents = new SqliteEventOutbox(db);
    this.maintenance = new SqliteMaintenance(db, blocks);
    this.cold = new SqliteColdStore(db, blocks);
    this.haEntities = new SqliteHaEntityStore(db, this.devices, this.readings);
    this.replication = new SqliteReplicationStore(db, hours, this.rollups);
    this.apiTokens = new SqliteApiTokenStore(db);
  }

  /** Opens (creating and migrating as needed) the store file. */
  static open(file: string, options?: OpenOptions): SqliteStore {
    return new SqliteStore(openDb(file, options), options);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  sizeBytes(): number {
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const size = this.db.pragma('page_size', { simple: true }) as number;
    return pages * size;
  }

  close(): void {
    if (!this.db.open) return;
    this.rollups.settle();
    this.maintenance.checkpoint('TRUNCATE');
    this.db.close();
  }
}
