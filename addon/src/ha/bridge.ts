import {
  createConnection,
  ERR_INVALID_AUTH,
  type Connection,
  type MessageBase,
} from 'home-assistant-js-websocket';
import type { SeriesInfo, Session } from '@brewpit/protocol';
import { engineFor } from '../alerts/engine.js';
import type { HubEvents } from '../bus.js';
import type { HubContext, HubModule } from '../context.js';
import { child, type Log } from '../log.js';
import type { DeviceRow } from '../store/devices.js';
import type { Alert } from '../alerts/rules.js';
import { applyCommand, CommandRejected } from './commands.js';
import { StateCoalescer } from './coalescer.js';
import { ClimateTracker, climateUid } from './climate.js';
import {
  configStates,
  connectivityUid,
  readingState,
  seriesState,
  significantDelta,
  toHaDevice,
  toHaEntities,
  uid,
} from './entities.js';
import { EventQueue } from './events.js';
import { Presence } from './presence.js';
import { SessionEntityTracker } from './session-entities.js';
import { openSocket, resolveTarget, type HaTarget } from './socket.js';
import type { HaCommand, HaHello, HaLinkState, HaStateItem } from './types.js';

/** Event the integration fires when it is (re)loaded; the bridge then announces everything. */
export const EVENT_LOADED = 'brewpit_loaded';
/** Most states per `brewpit/states` message. */
const STATES_PER_MESSAGE = 500;
/** Backoff of the first connection attempts: 1 s doubling to 30 s. */
const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 30_000;

/**
 * The Home Assistant bridge: a WebSocket client of Home Assistant that announces devices,
 * entities and states to the Brewpit integration, fires `brewpit_*` events, and applies the
 * commands the integration pushes back. Ingest never waits for it: when Home Assistant is down
 * the hub keeps storing, and the next connection sends the current state of everything.
 */
export class HaBridge implements HubModule {
  private readonly log: Log;
  private target: HaTarget | null = null;
  private conn: Connection | null = null;
  private state: HaLinkState = 'disabled';
  private stopped = true;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly offBus: (() => void)[] = [];
  private offConn: (() => void)[] = [];
  private commandsUnsub: (() => Promise<void>) | null = null;
  /** Entities announced on the current connection, by unique id. */
  private announced = new Set<string>();
  private announcing: Promise<void> | null = null;
  private announceAgain = false;
  private integrationVersion: string | null = null;
  private readonly climate = new ClimateTracker();
  private readonly coalescer: StateCoalescer;
  private readonly events: EventQueue;
  private readonly presence: Presence;
  private readonly sessions: SessionEntityTracker;
  /** Entities of sessions that ended while Home Assistant was away; removed on the next announcement. */
  private readonly endedWhileAway = new Set<string>();

  constructor(
    private readonly ctx: HubContext,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.log = child(ctx.log, 'hub:ha');
    this.coalescer = new StateCoalescer((items) => this.sendStates(items));
    this.events = new EventQueue();
    this.presence = new Presence(ctx.store, (deviceId, online) =>
      this.onPresence(deviceId, online),
    );
    this.sessions = new SessionEntityTracker({
      name: (id) => ctx.store.series.get(id)?.name ?? null,
      deviceId: (id) => ctx.store.series.get(id)?.device_id ?? null,
    });
  }

  /** The link's state, for `/health`'s `home_assistant` field. */
  haState(): HaLinkState {
    return this.state;
  }

  async start(): Promise<void> {
    this.target = resolveTarget(this.ctx.settings, this.env);
    if (!this.target) {
      this.state = 'disabled';
      this.log.info(
        'Home Assistant bridge disabled: set HA_URL and HA_TOKEN, or run as the add-on',
      );
      return;
    }
    this.stopped = false;
    this.state = 'connecting';
    const bus = this.ctx.bus;
    this.offBus.push(
      bus.on('readingsStored', (e) => this.onReadings(e)),
      bus.on('deviceChanged', (e) => this.onDeviceChanged(e)),
      bus.on('deviceSeen', (e) => {
        this.presence.seen(e.deviceId);
        this.onStatus(e.deviceId);
      }),
      bus.on('sessionChanged', (e) => this.onSessionChanged(e)),
      bus.on('haEvent', (e) => this.fireEvent(e.eventType, e.data)),
      bus.on('estimatesUpdated', (e) => this.onEstimates(e)),
      bus.on('alertRaised', (e) => this.onAlert(e.alert)),
      bus.on('alertCleared', (e) => this.onAlert(e.alert)),
    );
    this.presence.start();
    this.log.info(
      { url: this.target.wsUrl, via: this.target.source },
      'Connecting to Home Assistant',
    );
    void this.connect(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const off of this.offBus.splice(0)) off();
    this.presence.stop();
    this.coalescer.reset();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.dropConnection();
    if (this.target) this.state = 'disconnected';
  }

  private dropConnection(): void {
    for (const off of this.offConn.splice(0)) off();
    this.commandsUnsub = null;
    this.conn?.close();
    this.conn = null;
    this.announced.clear();
  }

  /** First connection (and after an auth failure): our own retry loop with backoff. */
  private async connect(attempt: number): Promise<void> {
    if (this.stopped || !this.target) return;
    const target = this.target;
    try {
      const conn = await createConnection({
        createSocket: () => openSocket(target),
        setupRetry: 0,
      });
      if (this.stopped) return void conn.close();
      this.attach(conn);
    } catch (err) {
      const auth = err === ERR_INVALID_AUTH;
      this.state = auth ? 'auth_failed' : 'disconnected';
      const delay = auth ? RETRY_MAX_MS : Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** attempt);
      const msg = auth ? 'Home Assistant refused the token' : 'Cannot connect to Home Assistant';
      // Only the first failure is a warning: a Home Assistant that is down for an hour must not flood the log.
      this.log[attempt === 0 ? 'warn' : 'debug']({ url: target.wsUrl, retryInMs: delay }, msg);
      this.retryTimer = setTimeout(() => void this.connect(attempt + 1), delay);
      this.retryTimer.unref();
    }
  }

  private attach(conn: Connection): void {
    this.conn = conn;
    this.log.info({ haVersion: conn.haVersion }, 'Connected to Home Assistant');
    const onReady = () => {
      this.log.info('Reconnected to Home Assistant');
      this.requestAnnounce();
    };
    const onDisconnected = () => {
      this.state = 'disconnected';
      this.commandsUnsub = null;
      this.announced.clear();
      this.coalescer.reset();
      this.log.warn('Lost the connection to Home Assistant; reconnecting (ingest goes on)');
    };
    const onReconnectError = () => {
      // The library gives up after an auth failure; our own loop takes over.
      this.log.warn('Home Assistant refused the token on reconnect');
      this.dropConnection();
      this.state = 'auth_failed';
      this.retryTimer = setTimeout(() => void this.connect(1), RETRY_MAX_MS);
      this.retryTimer.unref();
    };
    conn.addEventListener('ready', onReady);
    conn.addEventListener('disconnected', onDisconnected);
    conn.addEventListener('reconnect-error', onReconnectError);
    this.offConn.push(
      () => conn.removeEventListener('ready', onReady),
      () => conn.removeEventListener('disconnected', onDisconnected),
      () => conn.removeEventListener('reconnect-error', onReconnectError),
    );
    // Resubscribed by the library after every reconnect.
    const loaded = conn.subscribeEvents(() => {
      this.log.info('The Brewpit integration (re)loaded; announcing');
      this.requestAnnounce();
    }, EVENT_LOADED);
    this.offConn.push(() => void loaded.then((unsub) => unsub()).catch(() => {}));
    this.requestAnnounce();
  }

  /** Runs `announce`, once at a time; a request during a run causes one more run after it. */
  private requestAnnounce(): void {
    if (this.announcing) {
      this.announceAgain = true;
      return;
    }
    this.announcing = this.announce()
      .catch((err: unknown) => this.log.warn({ err }, 'Failed to announce to Home Assistant'))
      .finally(() => {
        this.announcing = null;
        if (this.announceAgain) {
          this.announceAgain = false;
          this.requestAnnounce();
        }
      });
  }

  /** hello, command channel, devices, entities, then the current state of everything. */
  private async announce(): Promise<void> {
    const conn = this.conn;
    if (!conn?.connected) return;
    let hello: HaHello;
    try {
      hello = await conn.sendMessagePromise<HaHello>({
        type: 'brewpit/hello',
        version: this.ctx.version,
      });
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'unknown_command' || code === 'not_loaded') {
        if (this.state !== 'waiting_for_integration') {
          this.log.info(
            'Home Assistant is up but the Brewpit integration is not set up; waiting for it',
          );
        }
        this.state = 'waiting_for_integration';
        return;
      }
      throw err;
    }
    if (hello.integration_version !== this.integrationVersion) {
      this.log.info(
        { integration: hello.integration_version, ha: hello.ha_version },
        'Brewpit integration found',
      );
      this.integrationVersion = hello.integration_version;
    }
    if (this.commandsUnsub) await this.commandsUnsub().catch(() => {});
    this.commandsUnsub = await conn.subscribeMessage<HaCommand>(
      (cmd) => this.onCommand(cmd),
      { type: 'brewpit/commands/subscribe' },
      { resubscribe: false },
    );
    this.announced.clear();
    this.coalescer.reset();
    this.climate.resetSent();
    const devices = this.ctx.store.devices.list();
    const series = this.ctx.store.series.list();
    await this.upsert(conn, devices, series);
    const sessionStates = await this.announceSessions(conn, this.ctx.store.sessions.active());
    // States go out in a microtask batch: no await from here until the state is 'connected'.
    const states: HaStateItem[] = [...series.map(seriesState), ...sessionStates];
    for (const d of devices) {
      states.push(...configStates(d, bySeriesDevice(series, d.id)));
      states.push({ unique_id: connectivityUid(d.id), state: this.presence.isOnline(d.id) });
    }
    for (const s of states) this.coalescer.force(s);
    for (const d of devices) this.publishClimate(d, series, true);
    this.state = 'connected';
    this.log.info(
      { devices: devices.length, entities: this.announced.size },
      'Announced to Home Assistant',
    );
    for (const e of this.events.drain()) this.fireEvent(e.eventType, e.data);
  }

  private async upsert(
    conn: Connection,
    devices: DeviceRow[],
    series: SeriesInfo[],
  ): Promise<void> {
    if (!devices.length) return;
    await conn.sendMessagePromise({
      type: 'brewpit/devices/upsert',
      devices: devices.map(toHaDevice),
    });
    const entities = devices.flatMap((d) => toHaEntities(d, bySeriesDevice(series, d.id)));
    await conn.sendMessagePromise({ type: 'brewpit/entities/upsert', entities });
    for (const e of entities) this.announced.add(e.unique_id);
    for (const d of devices) this.climate.noteAnnounced(d);
  }

  private get linked(): Connection | null {
    return this.state === 'connected' && this.conn?.connected ? this.conn : null;
  }

  private onReadings(e: HubEvents['readingsStored']): void {
    if (!this.linked) return; // the next announcement sends the latest values from the store
    const latest = new Map<number, HubEvents['readingsStored']['readings'][number]>();
    for (const r of e.readings) {
      const prev = latest.get(r.seriesId);
      if (!prev || prev.ts <= r.ts) latest.set(r.seriesId, r);
    }
    const unknown = [...latest.values()].some(
      (r) => !this.announced.has(uid(e.deviceId, r.channel)),
    );
    const publish = () => {
      const kinds = new Map(
        this.ctx.store.series
          .list()
          .filter((s) => s.device_id === e.deviceId)
          .map((s) => [s.id, s.kind]),
      );
      for (const r of latest.values()) {
        this.coalescer.push(
          readingState(e.deviceId, r),
          significantDelta(kinds.get(r.seriesId) ?? 'other'),
        );
      }
    };
    if (!unknown && !e.channels.length) return publish();
    // A new channel: announce the device's entities first (probes show up as they are plugged in).
    this.announceDevice(e.deviceId).then(publish, (err: unknown) =>
      this.log.warn({ err }, 'Failed to announce new channels'),
    );
  }

  private async announceDevice(deviceId: string): Promise<void> {
    const conn = this.linked;
    const device = this.ctx.store.devices.get(deviceId);
    if (!conn || !device) return;
    const series = bySeriesDevice(this.ctx.store.series.list(), deviceId);
    await this.upsert(conn, [device], series);
    for (const s of configStates(device, series)) this.coalescer.force(s);
    this.publishClimate(device, this.ctx.store.series.list(), true);
  }

  /**
   * A batch came with the device's status: its chambers' climate states follow it. A chamber
   * that appeared or changed (label, modes) is announced first; one that is gone is removed.
   */
  private onStatus(deviceId: string): void {
    const conn = this.linked;
    const device = conn && this.ctx.store.devices.get(deviceId);
    if (!conn || !device || !this.climate.concerns(device)) return;
    const { changed, gone } = this.climate.noteAnnounced(device);
    if (gone.length) {
      const ids = gone.map((n) => climateUid(deviceId, n));
      for (const id of ids) this.announced.delete(id);
      conn
        .sendMessagePromise({ type: 'brewpit/entities/remove', unique_ids: ids })
        .catch((err: unknown) =>
          this.log.warn(
            { err, deviceId },
            'Failed to remove the climate entities of gone chambers',
          ),
        );
    }
    if (!changed) return this.publishClimate(device, this.ctx.store.series.list());
    // An announcement under way may have read the device before this status: run one after it.
    if (this.announcing) return this.requestAnnounce();
    this.announceDevice(deviceId).catch((err: unknown) =>
      this.log.warn({ err, deviceId }, 'Failed to announce the chambers of a device'),
    );
  }

  /**
   * Sends the climate states of a device's chambers: a change of mode, target, action, fault or
   * profile at once (the applied target must show within the second), a new temperature alone
   * under the readings' rate limit, nothing when nothing changed.
   */
  private publishClimate(device: DeviceRow, series: SeriesInfo[], force = false): void {
    const online = this.presence.isOnline(device.id);
    const { now, later } = this.climate.states(device, series, online, force);
    for (const item of now) if (this.announced.has(item.unique_id)) this.coalescer.force(item);
    for (const item of later) if (this.announced.has(item.unique_id)) this.coalescer.push(item);
  }

  private onDeviceChanged(e: HubEvents['deviceChanged']): void {
    const conn = this.linked;
    if (!conn) return;
    if (e.reason === 'deleted') {
      conn
        .sendMessagePromise({ type: 'brewpit/devices/remove', device_ids: [e.deviceId] })
        .catch((err: unknown) =>
          this.log.warn(
            { err, deviceId: e.deviceId },
            'Failed to remove a device from Home Assistant',
          ),
        );
      for (const id of [...this.announced])
        if (id.startsWith(uid(e.deviceId, ''))) this.announced.delete(id);
      this.climate.forget(e.deviceId);
      return;
    }
    this.announceDevice(e.deviceId).catch((err: unknown) =>
      this.log.warn({ err, deviceId: e.deviceId }, 'Failed to announce a device'),
    );
  }

  /**
   * Announces the entities of active sessions (time to target, fermentation, problem) with their
   * current states; removes those of channels taken out of a session and of sessions that ended
   * while Home Assistant was away. Returns the states to send.
   */
  private async announceSessions(conn: Connection, sessions: Session[]): Promise<HaStateItem[]> {
    const engine = engineFor(this.ctx);
    const open = engine?.alerts.open() ?? [];
    const entities = [];
    const gone: string[] = [...this.endedWhileAway];
    this.endedWhileAway.clear();
    for (const s of sessions) {
      const tracked = this.sessions.track(s, engine?.estimates(s.id) ?? null, open);
      entities.push(...tracked.entities);
      gone.push(...tracked.gone);
    }
    if (gone.length) await this.removeEntities(conn, gone);
    if (!entities.length) return [];
    await conn.sendMessagePromise({ type: 'brewpit/entities/upsert', entities });
    for (const e of entities) this.announced.add(e.unique_id);
    return sessions.flatMap((s) => this.sessions.states(s.id));
  }

  private async removeEntities(conn: Connection, ids: string[]): Promise<void> {
    for (const id of ids) this.announced.delete(id);
    await conn.sendMessagePromise({ type: 'brewpit/entities/remove', unique_ids: ids });
  }

  /** A session started, changed or ended: its entities follow it. */
  private syncSession(e: HubEvents['sessionChanged']): void {
    const s = this.ctx.store.sessions.get(e.sessionId);
    const conn = this.linked;
    if (!s || s.status !== 'active') {
      const ids = this.sessions.end(e.sessionId);
      if (!conn) for (const id of ids) this.endedWhileAway.add(id);
      if (!conn || !ids.length) return;
      this.removeEntities(conn, ids).catch((err: unknown) =>
        this.log.warn(
          { err, sessionId: e.sessionId },
          'Failed to remove the entities of a session',
        ),
      );
      return;
    }
    if (!conn) return void this.sessions.track(s); // announced with the rest on the next connection
    this.announceSessions(conn, [s]).then(
      (states) => {
        for (const item of states) this.coalescer.force(item);
      },
      (err: unknown) =>
        this.log.warn(
          { err, sessionId: e.sessionId },
          'Failed to announce the entities of a session',
        ),
    );
  }

  private onEstimates(e: HubEvents['estimatesUpdated']): void {
    const items = this.sessions.estimates(e.sessionId, e.estimates);
    if (!this.linked) return;
    for (const item of items) if (this.announced.has(item.unique_id)) this.coalescer.push(item);
  }

  private onAlert(alert: Alert): void {
    const item = this.sessions.alert(alert);
    if (item && this.linked && this.announced.has(item.unique_id)) this.coalescer.force(item);
  }

  private onSessionChanged(e: HubEvents['sessionChanged']): void {
    this.syncSession(e);
    if (e.reason === 'updated') return;
    const s = this.ctx.store.sessions.get(e.sessionId);
    const data: Record<string, unknown> = { session_id: e.sessionId };
    if (s)
      Object.assign(data, {
        name: s.name,
        kind: s.kind,
        started_at: s.started_at,
        ended_at: s.ended_at,
      });
    this.fireEvent(
      e.reason === 'started' ? 'brewpit_session_started' : 'brewpit_session_ended',
      data,
    );
  }

  private onPresence(deviceId: string, online: boolean): void {
    this.coalescer.force({ unique_id: connectivityUid(deviceId), state: online });
    const device = this.ctx.store.devices.get(deviceId);
    if (device && this.linked) this.publishClimate(device, this.ctx.store.series.list());
    this.fireEvent(online ? 'brewpit_device_online' : 'brewpit_device_offline', {
      device_id: deviceId,
      name: device?.name ?? null,
      last_seen: device?.last_seen ?? null,
    });
  }

  /** Fires a Home Assistant event now, or queues it (bounded) until the link is back. */
  private fireEvent(eventType: string, data: Record<string, unknown>): void {
    const conn = this.linked;
    if (!conn) return this.events.push(eventType, data);
    conn
      .sendMessagePromise({
        type: 'fire_event',
        event_type: eventType,
        event_data: data,
      } as MessageBase)
      .catch((err: unknown) => {
        this.log.warn({ err, eventType }, 'Failed to fire a Home Assistant event; queued');
        this.events.push(eventType, data);
      });
  }

  private sendStates(items: HaStateItem[]): void {
    const conn = this.linked;
    if (!conn) return;
    for (let i = 0; i < items.length; i += STATES_PER_MESSAGE) {
      conn
        .sendMessagePromise({
          type: 'brewpit/states',
          states: items.slice(i, i + STATES_PER_MESSAGE),
        })
        .catch((err: unknown) => this.log.warn({ err }, 'Failed to send states to Home Assistant'));
    }
  }

  private onCommand(cmd: HaCommand): void {
    try {
      const what = applyCommand(this.ctx, cmd, this.log);
      this.log.info({ command: cmd.type, deviceId: cmd.device_id }, `Home Assistant: ${what}`);
    } catch (err) {
      if (err instanceof CommandRejected)
        this.log.warn({ command: cmd }, `Ignored a command from Home Assistant: ${err.message}`);
      else this.log.error({ err, command: cmd }, 'Failed to apply a command from Home Assistant');
    }
  }
}

function bySeriesDevice(series: SeriesInfo[], deviceId: string): SeriesInfo[] {
  return series.filter((s) => s.device_id === deviceId);
}
