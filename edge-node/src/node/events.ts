import type { DeviceConfig, IngestAck } from '@brewpit/protocol';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { NewReading } from '../outbox/outbox.js';

/** Events the edge node's modules exchange. Adding an event here is the way modules talk. */
export interface NodeEvents {
  /** One sample of every sensor channel (one timestamp), taken whether or not the hub records. */
  sampled: { readings: NewReading[] };
  /** Readings went into the outbox: the uplink sends soon. */
  recorded: { count: number };
  /** The hub answered a batch. Config sync, then command handling act on it, awaited in turn. */
  ack: IngestAck;
  /** The hub's desired config was applied; `previous` is the one applied before, if any. */
  configApplied: { config: DeviceConfig; previous: DeviceConfig | undefined };
  /** Control changed what it does (a command or a new setpoint): publish its state now. */
  controlChanged: { reason: string };
}

type Handler<K extends keyof NodeEvents> = (payload: NodeEvents[K]) => void | Promise<void>;

/**
 * A typed in-process event bus, as the hub's. A handler that throws or rejects is logged and
 * skipped, so one faulty module can never stop sampling or sending.
 */
export class NodeEventBus {
  private readonly handlers = new Map<keyof NodeEvents, Set<Handler<never>>>();

  constructor(private readonly log: Logger) {}

  /** Subscribes; returns the function that unsubscribes, for a module's `stop()`. */
  on<K extends keyof NodeEvents>(event: K, handler: Handler<K>): () => void {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    set.add(handler as Handler<never>);
    return () => set.delete(handler as Handler<never>);
  }

  /** Calls every handler now; asynchronous ones run on without being awaited. */
  emit<K extends keyof NodeEvents>(event: K, payload: NodeEvents[K]): void {
    for (const handler of this.list(event)) {
      try {
        const result = handler(payload);
        if (result instanceof Promise) result.catch((err: unknown) => this.failed(event, err));
      } catch (err) {
        this.failed(event, err);
      }
    }
  }

  /**
   * Calls the handlers one after the other in the order they subscribed, each awaited: the
   * uplink waits for an ack's config and commands before its next batch, so the results of
   * those commands ride in it.
   */
  async emitSerial<K extends keyof NodeEvents>(event: K, payload: NodeEvents[K]): Promise<void> {
    for (const handler of this.list(event)) {
      try {
        await handler(payload);
      } catch (err) {
        this.failed(event, err);
      }
    }
  }

  private list<K extends keyof NodeEvents>(event: K): Handler<K>[] {
    return [...(this.handlers.get(event) ?? [])] as Handler<K>[];
  }

  private failed(event: keyof NodeEvents, err: unknown): void {
    this.log.error({ event }, `A handler of '${event}' failed: ${errorMessage(err)}`);
  }
}
