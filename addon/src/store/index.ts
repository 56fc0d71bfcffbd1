import type { Db } from './db.js';
import { openDb } from './db.js';
import { DeviceStore } from './devices.js';
import { ReadingStore } from './readings.js';
import { SeriesStore } from './series.js';

/**
 * The hub's store: the narrow interface every module uses. A PostgreSQL/TimescaleDB backend
 * would implement the same parts; nothing outside `store/` touches SQL.
 */
export class Store {
  readonly devices: DeviceStore;
  readonly readings: ReadingStore;
  readonly series: SeriesStore;

  private constructor(readonly db: Db) {
    this.devices = new DeviceStore(db);
    this.readings = new ReadingStore(db);
    this.series = new SeriesStore(db);
  }

  static open(file: string): Store {
    return new Store(openDb(file));
  }

  /** Records an admin action. */
  audit(actor: string, action: string, target: string | null, detail?: unknown): void {
    this.db
      .prepare('INSERT INTO audit (ts, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)')
      .run(Date.now(), actor, action, target, detail === undefined ? null : JSON.stringify(detail));
  }

  /** Size of the database file and its WAL, in bytes. */
  sizeBytes(): number {
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const size = this.db.pragma('page_size', { simple: true }) as number;
    return pages * size;
  }

  /** Folds the WAL into the main file and closes; called on graceful shutdown. */
  close(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}
