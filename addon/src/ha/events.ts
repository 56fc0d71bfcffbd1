import type { MessageBase } from 'home-assistant-js-websocket';
import type { HubEvents } from '../bus.js';
import type { BridgeContext } from './shared.js';

/** Events kept while Home Assistant is unreachable, at the most. */
const MAX_QUEUED = 200;
/** Events older than this are dropped rather than fired late (an hour-old alert misleads). */
const MAX_AGE_MS = 15 * 60_000;

/** A bounded queue of `brewpit_*` events waiting for the link to Home Assistant. */
class EventQueue {
  private items: { eventType: string; data: Record<string, unknown>; at: number }[] = [];

  push(eventType: string, data: Record<string, unknown>): void {
    this.items.push({ eventType, data, at: Date.now() });
    if (this.items.length > MAX_QUEUED) this.items.splice(0, this.items.length - MAX_QUEUED);
  }

  /** Takes the queued events that are still fresh, oldest first. */
  drain(): { eventType: string; data: Record<string, unknown> }[] {
    const cutoff = Date.now() - MAX_AGE_MS;
    const fresh = this.items.filter((e) => e.at >= cutoff);
    this.items = [];
    return fresh.map(({ eventType, data }) => ({ eventType, data: { ...data, delayed: true } }));
  }
}

/**
 * `brewpit_*` events fired in Home Assistant: what modules ask for on the bus (`haEvent`:
 * alerts, countdowns), sessions starting and ending, devices going offline and online. While
 * the link is down they wait in a bounded queue and go out, marked `delayed`, once it is back.
 */
export class HaEvents {
  private readonly queue = new EventQueue();

  constructor(private readonly bc: BridgeContext) {}

  /** Fires an event now, or queues it (bounded) until the link is back. */
  fire(eventType: string, data: Record<string, unknown>): void {
    const conn = this.bc.link.linked;
    if (!conn) return this.queue.push(eventType, data);
    conn
      .sendMessagePromise({
        type: 'fire_event',
        event_type: eventType,
        event_data: data,
      } as MessageBase)
      .catch((err: unknown) => {
        this.bc.log.warn({ err, eventType }, 'Failed to fire a Home Assistant event; queued');
        this.queue.push(eventType, data);
      });
  }

  /** Fires what waited while the link was down. */
  flush(): void {
    for (const e of this.queue.drain()) this.fire(e.eventType, e.data);
  }

  /** `brewpit_session_started` / `brewpit_session_ended` (a change or a note fires nothing). */
  session(e: HubEvents['sessionChanged']): void {
    if (e.reason !== 'started' && e.reason !== 'ended') return;
    const s = this.bc.hub.store.sessions.get(e.sessionId);
    const data: Record<string, unknown> = { session_id: e.sessionId };
    if (s)
      Object.assign(data, {
        name: s.name,
        kind: s.kind,
        started_at: s.started_at,
        ended_at: s.ended_at,
      });
    this.fire(e.reason === 'started' ? 'brewpit_session_started' : 'brewpit_session_ended', data);
  }

  /** `brewpit_device_online` / `brewpit_device_offline`. */
  presence(deviceId: string, online: boolean): void {
    const device = this.bc.hub.store.devices.get(deviceId);
    this.fire(online ? 'brewpit_device_online' : 'brewpit_device_offline', {
      device_id: deviceId,
      name: device?.name ?? null,
      last_seen: device?.last_seen ?? null,
    });
  }
}
