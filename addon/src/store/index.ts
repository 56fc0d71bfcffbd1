/**
 * The hub's store: the contract every engine implements (`contract.ts`) and the SQLite engine
 * (`sqlite.ts`). Modules type against `Store`; only the composer (`hub.ts`) and tools that build
 * a store file (tests, benches) open one.
 */
import type { Store as StoreContract } from './contract.js';
import { SqliteStore } from './sqlite.js';

export type {
  AlertFilter,
  AlertStore,
  AuditFilter,
  AuditStore,
  CalibrationStore,
  ColdSeriesStats,
  ColdStep,
  ColdStore,
  CommandChange,
  CommandStore,
  DeviceRow,
  DeviceStore,
  EventOutboxStore,
  Extremes,
  History,
  HaEntityRow,
  HaEntityStore,
  HydrometerRow,
  HydrometerStore,
  IngestResult,
  KnownChannel,
  MaintenanceStore,
  MintedToken,
  NewAlert,
  OutboxEvent,
  ReadingStore,
  SeriesStore,
  SessionFilter,
  SessionStore,
  Tier,
  ApiTokenRow,
  ApiTokenStore,
  Change,
  ChangePage,
  ImportResult,
  Importer,
  ReplicationStore,
} from './contract.js';
export { ImportRefused } from './import.js';
export { UnknownTable } from './changelog.js';
export { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportHeader } from './snapshot.js';
export { IngestRejected, StoreRejected } from './errors.js';
export { HA_SOURCE_KIND } from './ha-entities.js';
export { DEFAULT_COMMAND_TTL_MS } from './commands.js';

/** The store contract (see `contract.ts`). */
export type Store = StoreContract;
/** `Store.open(file)`: the SQLite engine, the one the hub runs on. */
export const Store = { open: SqliteStore.open };
