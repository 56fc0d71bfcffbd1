import type { Connection } from 'home-assistant-js-websocket';
import type { Alert, SeriesInfo, Session } from '@brewpit/protocol';
import type { HubEvents } from '../bus.js';
import type { DeviceRow } from '../store/index.js';
import {
  currentSession,
  deviceSessionEntities,
  deviceSessionStates,
  hasSessionEntities,
  meatIds,
} from './device-session.js';
import type { BridgeContext } from './shared.js';
import type { StatePublisher } from './states.js';
import type { HaEntity, HaStateItem } from './types.js';

/** Sessions looked at for the channels a device cooks on. */
const RECENT_SESSIONS = 100;

/**
 * The session entities of each device (`device-session.ts`): announced with the device, their
 * states following the device's current session as sessions start and end, estimates arrive,
 * alerts open and close and the node goes offline. The entities stay from one session to the
 * next; only a change of the device's meat channels announces again.
 */
export class SessionSync {
  /** Unique ids of the session entities announced per device on this connection. */
  private readonly announcedOf = new Map<string, string>();
  /** Per device, the series that were meat in a session; cleared when a session changes. */
  private readonly meatCache = new Map<string, Set<number>>();

  constructor(
    private readonly bc: BridgeContext,
    private readonly states: StatePublisher,
  ) {}

  /** Announces the session entities of every device; returns their states. */
  async announce(conn: Connection, devices: DeviceRow[]): Promise<HaStateItem[]> {
    this.announcedOf.clear();
    this.meatCache.clear();
    const active = this.bc.hub.store.sessions.active();
    const entities: HaEntity[] = [];
    const states: HaStateItem[] = [];
    for (const d of devices) {
      const series = this.bc.hub.store.series.ofDevice(d.id);
      if (!hasSessionEntities(series)) continue;
      const session = currentSession(series, active);
      const meat = this.meatOf(series, active);
      const mine = deviceSessionEntities(d, series, meat);
      this.announcedOf.set(d.id, signature(mine));
      entities.push(...mine);
      states.push(...this.statesOf(d, series, session, meat));
    }
    if (!entities.length) return [];
    await conn.sendMessagePromise({ type: 'brewpit/entities/upsert', entities });
    for (const e of entities) this.bc.announced.add(e.unique_id);
    return states;
  }

  /** A session started, changed or ended: the devices it uses follow. */
  changed(e: HubEvents['sessionChanged']): void {
    this.meatCache.clear();
    const s = this.bc.hub.store.sessions.get(e.sessionId);
    const { store } = this.bc.hub;
    // A deleted session names no series any more: every device is looked at (a handful).
    const ids = s
      ? new Set(s.channels.map((c) => store.series.get(c.series_id)?.device_id))
      : new Set(store.devices.list().map((d) => d.id));
    for (const id of ids) if (id) this.refresh(id);
  }

  /** New estimates of a session: the devices it is current on. */
  estimates(e: HubEvents['estimatesUpdated']): void {
    const s = this.bc.hub.store.sessions.get(e.sessionId);
    if (!s || !this.bc.link.linked) return;
    for (const deviceId of this.devicesOf(s)) this.refresh(deviceId, false);
  }

  /** An alert raised or cleared: the problem sensor of its device. */
  alert(a: Alert): void {
    const { store } = this.bc.hub;
    const deviceId =
      a.device_id ?? (a.series_id === null ? null : store.series.get(a.series_id)?.device_id);
    if (deviceId) this.refresh(deviceId);
    else if (a.session_id) {
      const s = store.sessions.get(a.session_id);
      if (s) for (const id of this.devicesOf(s)) this.refresh(id);
    }
  }

  /** The node went offline or came back: its problem sensor. */
  presence(deviceId: string): void {
    this.refresh(deviceId);
  }

  /**
   * Sends a device's session states (at once, or under the rate limit for estimates), after
   * announcing its entities again when its set changed (a meat channel added to a session).
   */
  private refresh(deviceId: string, force = true): void {
    const conn = this.bc.link.linked;
    const { store } = this.bc.hub;
    const d = store.devices.get(deviceId);
    if (!conn || !d) return;
    const series = store.series.ofDevice(d.id);
    if (!hasSessionEntities(series)) return;
    const active = store.sessions.active();
    const session = currentSession(series, active);
    const meat = this.meatOf(series, active);
    const entities = deviceSessionEntities(d, series, meat);
    const send = () => {
      for (const item of this.statesOf(d, series, session, meat))
        if (force) this.states.force(item);
        else this.states.push(item);
    };
    if (this.announcedOf.get(d.id) === signature(entities)) return send();
    this.announcedOf.set(d.id, signature(entities));
    conn
      .sendMessagePromise({ type: 'brewpit/entities/upsert', entities })
      .then(() => {
        for (const e of entities) this.bc.announced.add(e.unique_id);
        send();
      })
      .catch((err: unknown) =>
        this.bc.log.warn({ err, deviceId }, 'Failed to announce the session entities of a device'),
      );
  }

  private statesOf(
    d: DeviceRow,
    series: SeriesInfo[],
    session: Session | null,
    meat: ReadonlySet<number>,
  ): HaStateItem[] {
    const { hub, presence } = this.bc;
    return deviceSessionStates({
      device: d,
      series,
      session,
      meat,
      estimates: session ? hub.estimates.estimates(session) : null,
      open: hub.store.alerts.open(),
      online: presence.isOnline(d.id),
      now: Date.now(),
    });
  }

  /** Series of the device that were meat in a running or recent session (the last 100). */
  private meatOf(series: SeriesInfo[], active: Session[]): Set<number> {
    const deviceId = series[0]?.device_id ?? '';
    const cached = this.meatCache.get(deviceId);
    if (cached) return cached;
    const mine = new Set(series.map((s) => s.id));
    const recent = this.bc.hub.store.sessions.list({ limit: RECENT_SESSIONS, offset: 0 });
    const meat = new Set([...meatIds([...active, ...recent])].filter((id) => mine.has(id)));
    this.meatCache.set(deviceId, meat);
    return meat;
  }

  private devicesOf(s: Session): Set<string> {
    const { store } = this.bc.hub;
    const out = new Set<string>();
    for (const c of s.channels) {
      const id = store.series.get(c.series_id)?.device_id;
      if (id) out.add(id);
    }
    return out;
  }
}

const signature = (entities: HaEntity[]): string =>
  entities
    .map((e) => `${e.unique_id}:${JSON.stringify(e.translation_placeholders ?? null)}`)
    .join('|');
