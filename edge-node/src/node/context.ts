import type { EdgeConfig } from '../config/schema.js';
import type { EdgeControl } from '../control/edge.js';
import type { Logger } from '../log.js';
import type { Outbox } from '../outbox/outbox.js';
import type { Sampler, SensorSlot } from '../sensors/sampler.js';
import type { TokenSource } from '../token.js';
import type { HubClient } from '../uplink/client.js';
import type { ClockOffset } from '../uplink/clock.js';
import type { Uplink } from '../uplink/uplink.js';
import type { DesiredState } from './desired.js';
import type { NodeEventBus } from './events.js';
import type { Recorder } from './recorder.js';
import type { CommandResultQueue } from './results.js';

/**
 * What every module of a running edge node is given: one typed context, built once by
 * `node.ts`, whose objects live as long as the node. Modules find each other's work here and
 * talk through `events`; none holds a reference to another module.
 */
export interface NodeContext {
  readonly config: EdgeConfig;
  /** Root logger; each module logs under its own name (`edge:sampler`, `edge:uplink` …). */
  readonly log: Logger;
  readonly events: NodeEventBus;
  readonly outbox: Outbox;
  /** Hub-corrected wall clock (readings and profiles run on it). */
  readonly clock: ClockOffset;
  readonly tokens: TokenSource;
  readonly client: HubClient;
  /** The hub's desired config as applied here. */
  readonly desired: DesiredState;
  /** The only way readings reach the outbox while the node runs. */
  readonly recorder: Recorder;
  readonly sensors: readonly SensorSlot[];
  readonly sampler: Sampler;
  readonly uplink: Uplink;
  /** Chamber control, when `edge.yaml` has a `control:` section (its code is loaded only then). */
  readonly control: EdgeControl | undefined;
  readonly commandResults: CommandResultQueue;
  /** Epoch ms when the node started (uptime in status). */
  readonly startedAt: number;
}

/**
 * The shape of an edge node module (zigbee2mqtt style, as the hub's): the constructor only
 * stores the context, `start()` subscribes and starts, `stop()` removes exactly what `start()`
 * added.
 */
export interface NodeModule {
  start(): Promise<void>;
  stop(): Promise<void>;
}
