import type { Alert } from '@brewpit/protocol';
import type { Connection } from 'home-assistant-js-websocket';
import type { SessionEstimates } from './intel/estimator.js';
import type { Log } from './log.js';
import type { Channel, CommandRecord, CommandStatus, IngestBatch } from '@brewpit/protocol';

/** A reading as stored, handed to modules that react to new data (HA bridge, alerts). */
export interface StoredReading {
  seriesId: number;
  channel: string;
  ts: number;
  value: number | null;
  status: string;
}

/** Events the hub's modules exchange. Adding an event here is the way modules talk. */
export interface HubEvents {
  /** A batch was stored; `readings` holds only those that were new. */
  readingsStored: { deviceId: string; readings: StoredReading[]; channels: Channel[] };
  deviceChanged: { deviceId: string; reason: 'created' | 'updated' | 'deleted' };
  deviceSeen: { deviceId: string; status: IngestBatch['status'] };
  /**
   * A session started, changed (name, times, channels, targets), got a note, or ended (or was
   * deleted while running).
   */
  sessionChanged: { sessionId: string; reason: 'started' | 'updated' | 'annotated' | 'ended' };
  /** A queued command changed status (queued, delivered, acked, failed, expired, dead); `previous` is null when new. */
  commandChanged: { deviceId: string; command: CommandRecord; previous: CommandStatus | null };
  /** Any module's request to fire a Home Assistant event (`brewpit_*`); the HA bridge sends it. */
  haEvent: { eventType: string; data: Record<string, unknown> };
  /** A running session's estimates were recomputed (time to target, stall, fermentation). */
  estimatesUpdated: { sessionId: string; estimates: SessionEstimates };
  /** An alert episode opened / closed (already stored and sent to Home Assistant). */
  alertRaised: { alert: Alert };
  alertCleared: { alert: Alert };
  /** An alert rule was added or deleted; the engine re-reads the rules. */
  alertRulesChanged: { ruleId: string };
  /**
   * The connection to Home Assistant is up (first connect or a reconnect; before the Brewpit
   * integration answered): what reads Home Assistant itself subscribes and backfills on it.
   */
  haConnected: { connection: Connection };
  /** A Home Assistant entity was followed or let go (null: several). */
  haSourcesChanged: { entityId: string | null };
}

type Handler<K extends keyof HubEvents> = (payload: HubEvents[K]) => void | Promise<void>;

/**
 * A typed in-process event bus. A handler that throws or rejects is logged and skipped, so one
 * faulty module can never take ingest (or the hub) down with it.
 */
export class EventBus {
  private readonly handlers = new Map<keyof HubEvents, Set<Handler<never>>>();

  constructor(private readonly log: Log) {}

  /** Subscribes; returns the function that unsubscribes, for a module's `stop()`. */
  on<K extends keyof HubEvents>(event: K, handler: Handler<K>): () => void {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    set.add(handler as Handler<never>);
    return () => set.delete(handler as Handler<never>);
  }

  emit<K extends keyof HubEvents>(event: K, payload: HubEvents[K]): void {
    for (const handler of this.handlers.get(event) ?? []) {
      try {
        const result = (handler as Handler<K>)(payload);
        if (result instanceof Promise) {
          result.catch((err: unknown) => this.log.error({ err, event }, 'Event handler failed'));
        }
      } catch (err) {
        this.log.error({ err, event }, 'Event handler failed');
      }
    }
  }
}
