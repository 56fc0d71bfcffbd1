import type { EventBus } from './bus.js';
import type { Log } from './log.js';
import type { Settings } from './settings.js';
import type { Store } from './store/index.js';

/** What every hub module and router is given: one typed context, nothing else. */
export interface HubContext {
  settings: Settings;
  store: Store;
  bus: EventBus;
  log: Log;
  adminToken: string;
  version: string;
  startedAt: number;
}

/** The shape of a hub feature module (zigbee2mqtt-style): construct, start, stop. */
export interface HubModule {
  start(): Promise<void>;
  /** Removes everything `start` added. */
  stop(): Promise<void>;
}
