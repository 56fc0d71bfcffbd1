import type { Connection } from 'home-assistant-js-websocket';
import type { Alert, Session } from '@brewpit/protocol';
import type { HubEvents } from '../bus.js';
import { SessionEntityTracker } from './session-entities.js';
import type { BridgeContext } from './shared.js';
import type { StatePublisher } from './states.js';
import type { HaStateItem } from './types.js';

/**
 * The entities of running sessions (time to target, fermentation, problem): announced when a
 * session starts or changes, their states as estimates and alerts change, removed when it ends
 * (on the next connection if it ended while Home Assistant was away).
 */
export class SessionSync {
  private readonly tracker: SessionEntityTracker;
  /** Entities of sessions that ended while Home Assistant was away. */
  private readonly endedWhileAway = new Set<string>();

  constructor(
    private readonly bc: BridgeContext,
    private readonly states: StatePublisher,
  ) {
    const { store } = bc.hub;
    this.tracker = new SessionEntityTracker({
      name: (id) => store.series.get(id)?.name ?? null,
      deviceId: (id) => store.series.get(id)?.device_id ?? null,
    });
  }

  /**
   * Announces the entities of `sessions` with their current estimates and open alerts; removes
   * those of channels taken out of a session and of sessions that ended while Home Assistant was
   * away. Returns the states to send.
   */
  async announce(conn: Connection, sessions: Session[]): Promise<HaStateItem[]> {
    const { hub } = this.bc;
    const open = hub.store.alerts.open();
    const entities = [];
    const gone: string[] = [...this.endedWhileAway];
    this.endedWhileAway.clear();
    for (const s of sessions) {
      const tracked = this.tracker.track(s, hub.estimates.estimates(s), open);
      entities.push(...tracked.entities);
      gone.push(...tracked.gone);
    }
    if (gone.length) await this.remove(conn, gone);
    if (!entities.length) return [];
    await conn.sendMessagePromise({ type: 'brewpit/entities/upsert', entities });
    for (const e of entities) this.bc.announced.add(e.unique_id);
    return sessions.flatMap((s) => this.tracker.states(s.id));
  }

  /** A session started, changed or ended: its entities follow it. */
  changed(e: HubEvents['sessionChanged']): void {
    const s = this.bc.hub.store.sessions.get(e.sessionId);
    const conn = this.bc.link.linked;
    if (!s || s.status !== 'active') {
      const ids = this.tracker.end(e.sessionId);
      if (!conn) for (const id of ids) this.endedWhileAway.add(id);
      if (!conn || !ids.length) return;
      this.remove(conn, ids).catch((err: unknown) =>
        this.bc.log.warn(
          { err, sessionId: e.sessionId },
          'Failed to remove the entities of a session',
        ),
      );
      return;
    }
    if (!conn) return void this.tracker.track(s); // announced with the rest on the next connection
    this.announce(conn, [s]).then(
      (states) => {
        for (const item of states) this.states.force(item);
      },
      (err: unknown) =>
        this.bc.log.warn(
          { err, sessionId: e.sessionId },
          'Failed to announce the entities of a session',
        ),
    );
  }

  /** New estimates of a session: its time-to-target and fermentation states. */
  estimates(e: HubEvents['estimatesUpdated']): void {
    const items = this.tracker.estimates(e.sessionId, e.estimates);
    if (!this.bc.link.linked) return;
    for (const item of items) this.states.push(item);
  }

  /** An alert raised or cleared: the session's problem state. */
  alert(alert: Alert): void {
    const item = this.tracker.alert(alert);
    if (item && this.bc.link.linked && this.bc.announced.has(item.unique_id))
      this.states.force(item);
  }

  private async remove(conn: Connection, ids: string[]): Promise<void> {
    for (const id of ids) this.bc.announced.delete(id);
    await conn.sendMessagePromise({ type: 'brewpit/entities/remove', unique_ids: ids });
  }
}
