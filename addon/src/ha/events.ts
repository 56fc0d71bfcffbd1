import type { HubEvents } from '../bus.js';
import type { OutboxEvent } from '../store/index.js';
import type { BridgeContext } from './shared.js';
import type { HaHello } from './types.js';
import { localizeEvent } from './units.js';

/** Events per `brewpit/events/fire` message (the integration takes at most 1000). */
const BATCH = 200;
const HOUR_MS = 3_600_000;

/**
 * `brewpit_*` events fired in Home Assistant: what modules ask for on the bus (`haEvent`:
 * alerts, countdowns), sessions starting and ending, devices going offline and online.
 *
 * Every event goes to the store's outbox first and is delivered from there with
 * `brewpit/events/fire` (API level 2): in id order, and deleted only once Home Assistant
 * answers with the last id it fired. The integration skips ids it already fired, so a resend
 * after a lost answer, a Home Assistant restart or a killed hub fires nothing twice; an event
 * raised while Home Assistant is away waits in the store (not in memory) and arrives late with
 * its original time. Only events older than `ha_event_max_age_h` are given up, counted in
 * `brewpit_ha_events_expired_total` and logged.
 */
export class HaEvents {
  private delivering: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly bc: BridgeContext,
    private readonly now: () => number = Date.now,
  ) {}

  private get outbox() {
    return this.bc.hub.store.haEvents;
  }

  /** Keeps an event in the outbox and delivers it when Home Assistant is there. */
  fire(eventType: string, data: Record<string, unknown>): void {
    this.outbox.append(eventType, data, this.now());
    if (this.bc.link.linked) this.flush();
    else this.giveUpOld(); // bounded while Home Assistant is away for good
  }

  /**
   * `brewpit/hello` said which of our events Home Assistant already fired (it saved the id
   * before answering, so an answer lost with a dying connection is recovered here).
   */
  hello(hello: HaHello): void {
    const { stream, last_id } = hello.events ?? {};
    if (stream === this.outbox.stream() && typeof last_id === 'number' && last_id > 0)
      this.outbox.ack(last_id);
  }

  /** Delivers what waits, once at a time; a call during a delivery causes one more pass. */
  flush(): void {
    if (this.delivering) {
      this.again = true;
      return;
    }
    this.delivering = this.deliver()
      .catch((err: unknown) =>
        // Kept in the outbox: the next connection (or the next event) delivers it.
        this.bc.log.warn({ err }, 'Failed to fire events in Home Assistant; they wait in the hub'),
      )
      .finally(() => {
        this.delivering = null;
        if (this.again) {
          this.again = false;
          if (this.bc.link.linked) this.flush();
        }
      });
  }

  /** Settles when the delivery under way (if any) is done; for tests and shutdown. */
  async idle(): Promise<void> {
    while (this.delivering) await this.delivering;
  }

  private async deliver(): Promise<void> {
    this.giveUpOld();
    const stream = this.outbox.stream();
    for (;;) {
      const conn = this.bc.link.linked;
      if (!conn) return;
      const batch = this.outbox.pending(0, BATCH);
      if (!batch.length) return;
      const units = this.bc.haConfig;
      const res = await conn.sendMessagePromise<{ last_id: number }>({
        type: 'brewpit/events/fire',
        stream,
        events: batch.map((e) => this.wire(e, units)),
      });
      const last = batch[batch.length - 1]!.id;
      this.outbox.ack(Math.min(res.last_id, last));
      if (res.last_id < last) {
        // Home Assistant says it fired less than we sent: do not spin; the next pass retries.
        this.bc.log.warn({ sent: last, fired: res.last_id }, 'Home Assistant fired fewer events');
        return;
      }
    }
  }

  private wire(e: OutboxEvent, units: BridgeContext['haConfig']) {
    return {
      id: e.id,
      event_type: e.event_type,
      data: localizeEvent(e.data, units),
      time_fired: e.created_at,
    };
  }

  /** Gives up events older than the configured age: counted and logged, one line per type. */
  private giveUpOld(): void {
    const hours = this.bc.hub.settings.ha_event_max_age_h;
    const gone = this.outbox.expire(this.now() - hours * HOUR_MS);
    if (!gone.length) return;
    const byType = new Map<string, number>();
    for (const e of gone) byType.set(e.event_type, (byType.get(e.event_type) ?? 0) + 1);
    for (const [eventType, n] of byType)
      this.bc.hub.metrics.haEventsExpired.inc({ event_type: eventType }, n);
    this.bc.log.warn(
      { given_up: Object.fromEntries(byType), oldest: new Date(gone[0]!.created_at).toISOString() },
      `Gave up ${gone.length} Home Assistant event(s) older than ${hours} h (Home Assistant was away)`,
    );
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
