import type { EventBus } from './bus.js';
import type { Log } from './log.js';
import type { HubMetrics } from './metrics.js';
import type { Settings } from './settings.js';
import type { Store } from './store/index.js';

/**
 * What the feature services are built on: the store they write through, the bus they announce
 * on, the metrics they count in. Services never see routers, modules or each other except
 * through their constructors, so the dependency graph stays a tree (see `services.ts`).
 */
export interface HubCore {
  settings: Settings;
  store: Store;
  bus: EventBus;
  log: Log;
  metrics: HubMetrics;
}

/**
 * Who asked for a change, as the audit log records it: an admin token holder (API, panel through
 * the integration), Home Assistant (entity actions, services), a device (pairing, a hydrometer's
 * own post), or the hub itself (alerts, jobs).
 */
export type Actor = 'admin' | 'home_assistant' | 'device' | 'hub';
