import { LiveEstimates } from './alerts/live.js';
import { EventBus } from './bus.js';
import type { HubCore } from './core.js';
import { HaLinkStatus } from './ha/status.js';
import { AuthGuard } from './http/guard.js';
import { child, type Log } from './log.js';
import { HubMetrics } from './metrics.js';
import { registerReplicationMetrics } from './replication/metrics.js';
import { ReplicaStatus } from './replication/status.js';
import { createServices, type HubServices } from './services.js';
import type { Settings } from './settings.js';
import { ColdProgress } from './storage/progress.js';
import type { Store } from './store/index.js';
import { VERSION } from './version.js';

/**
 * What every hub module and router is given: one typed context. Modules find each other's
 * state through its members, never through registries or by inspecting each other.
 */
export interface HubContext extends HubCore {
  adminToken: string;
  version: string;
  startedAt: number;
  /** The feature services: every write goes through one of them. */
  services: HubServices;
  /** The running sessions' estimates, fed by the alert engine, read by the API and the bridge. */
  estimates: LiveEstimates;
  /** The Home Assistant link's state, set by the bridge, shown by `/health`. */
  ha: HaLinkStatus;
  /** Failed-authentication budgets and refused tokens, shared by every route that takes a token. */
  guard: AuthGuard;
  /** Where compression stands, set by the compression job, shown by `GET /storage`. */
  coldStorage: ColdProgress;
  /** A replica's position behind its primary, set by the replica module, shown by `/health`. */
  replica: ReplicaStatus;
}

/** The shape of a hub feature module (zigbee2mqtt-style): construct, start, stop. */
export interface HubModule {
  start(): Promise<void>;
  /** Removes everything `start` added. */
  stop(): Promise<void>;
}

/** Builds a hub's context around an open store; the composer (`hub.ts`) and tests call it. */
export function createContext(o: {
  settings: Settings;
  store: Store;
  log: Log;
  adminToken: string;
  startedAt?: number;
}): HubContext {
  const startedAt = o.startedAt ?? Date.now();
  const core: HubCore = {
    settings: o.settings,
    store: o.store,
    bus: new EventBus(child(o.log, 'hub:bus')),
    log: o.log,
    metrics: new HubMetrics(o.store, startedAt),
  };
  const replica = new ReplicaStatus();
  registerReplicationMetrics(core.metrics.registry, o.store, replica);
  return {
    ...core,
    adminToken: o.adminToken,
    version: VERSION,
    startedAt,
    services: createServices(core),
    estimates: new LiveEstimates(o.store),
    ha: new HaLinkStatus(),
    guard: new AuthGuard(),
    coldStorage: new ColdProgress(),
    replica,
  };
}
