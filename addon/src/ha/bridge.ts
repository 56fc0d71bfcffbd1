import type { Connection } from 'home-assistant-js-websocket';
import type { HubEvents } from '../bus.js';
import type { HubContext, HubModule } from '../context.js';
import { child, type Log } from '../log.js';
import { HA_SOURCE_KIND } from '../store/index.js';
import { DeviceAnnouncer } from './announce.js';
import { ClimateTracker } from './climate.js';
import { configStates, connectivityUid, seriesState, staleState } from './entities.js';
import { HaEvents } from './events.js';
import { InboundCommands } from './inbound.js';
import { HaLink } from './link.js';
import { Presence } from './presence.js';
import { SessionSync } from './session-sync.js';
import type { BridgeContext } from './shared.js';
import { resolveTarget } from './socket.js';
import { StatePublisher } from './states.js';
import type { HaHello, HaStateItem } from './types.js';
import { haConfigOf, METRIC } from './units.js';

/** The hub API level this hub speaks (docs/integration.md, "Hub contract"); it needs level 2. */
const API = 2;
const API_MIN = 2;

/** Event the integration fires when it is (re)loaded; the bridge then announces everything. */
const EVENT_LOADED = 'brewpit_loaded';

/**
 * While Home Assistant answers that the integration is not set up, the bridge asks again this
 * often. The integration's load event normally says when; this catches a load that fell
 * between the connection and its event subscription (Home Assistant starting as the hub does).
 */
const RECHECK_MS = 10_000;

/** The parts of a running bridge, each with one job. */
interface Parts {
  bc: BridgeContext;
  states: StatePublisher;
  devices: DeviceAnnouncer;
  sessions: SessionSync;
  events: HaEvents;
  inbound: InboundCommands;
}

/**
 * The Home Assistant bridge: a WebSocket client of Home Assistant that announces devices,
 * entities and states to the Brewpit integration, fires `brewpit_*` events, and applies the
 * commands the integration pushes back. Ingest never waits for it: when Home Assistant is down
 * the hub keeps storing, and the next connection sends the current state of everything.
 *
 * This module wires the parts to the bus and runs the full announcement; the parts are the
 * connection (`link.ts`), device announcements (`announce.ts`), states (`states.ts`), session
 * entities (`session-sync.ts`), events (`events.ts`) and inbound commands (`inbound.ts`).
 */
export class HaBridge implements HubModule {
  private readonly log: Log;
  private parts: Parts | null = null;
  private readonly offBus: (() => void)[] = [];
  private announcing: Promise<void> | null = null;
  private recheck: NodeJS.Timeout | null = null;
  private announceAgain = false;
  private integrationVersion: string | null = null;

  constructor(
    private readonly ctx: HubContext,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.log = child(ctx.log, 'hub:ha');
  }

  async start(): Promise<void> {
    const target = resolveTarget(this.ctx.settings, this.env);
    if (!target) {
      this.ctx.ha.state = 'disabled';
      this.log.info(
        'Home Assistant bridge disabled: set HA_URL and HA_TOKEN, or run as the add-on',
      );
      return;
    }
    const p = this.build(target);
    this.parts = p;
    this.subscribe(p);
    p.bc.presence.start();
    p.bc.link.start();
  }

  async stop(): Promise<void> {
    for (const off of this.offBus.splice(0)) off();
    if (this.recheck) clearTimeout(this.recheck);
    this.recheck = null;
    const p = this.parts;
    this.parts = null;
    if (!p) return;
    p.bc.presence.stop();
    p.bc.link.stop();
  }

  private build(target: NonNullable<ReturnType<typeof resolveTarget>>): Parts {
    const parts = {} as Parts;
    const link = new HaLink(target, this.ctx.ha, this.log, {
      attached: (conn) => this.attached(conn),
      ready: () => {
        // Home Assistant entities followed as a source (sources/) need only Home Assistant.
        if (link.connection) this.ctx.bus.emit('haConnected', { connection: link.connection });
        this.requestAnnounce();
      },
      lost: () => {
        parts.inbound?.reset();
        parts.bc?.announced.clear();
        parts.states?.reset();
      },
    });
    const presence = new Presence(this.ctx.store, (deviceId, online) => {
      parts.states.presence(deviceId, online);
      parts.sessions.presence(deviceId);
      parts.events.presence(deviceId, online);
    });
    const bc: BridgeContext = {
      hub: this.ctx,
      log: this.log,
      link,
      announced: new Set(),
      climate: new ClimateTracker(),
      presence,
      haConfig: METRIC,
    };
    const states = new StatePublisher(bc);
    return Object.assign(parts, {
      bc,
      states,
      devices: new DeviceAnnouncer(bc, states),
      sessions: new SessionSync(bc, states),
      events: new HaEvents(bc),
      inbound: new InboundCommands(bc),
    });
  }

  private subscribe(p: Parts): void {
    const bus = this.ctx.bus;
    this.offBus.push(
      bus.on('readingsStored', (e) => this.onReadings(p, e)),
      bus.on('deviceChanged', (e) => p.devices.changed(e)),
      bus.on('deviceSeen', (e) => {
        p.bc.presence.seen(e.deviceId);
        this.onStatus(p, e.deviceId);
        p.states.diagnostics(e.deviceId);
      }),
      bus.on('sessionChanged', (e) => {
        if (e.reason !== 'annotated') p.sessions.changed(e);
        p.events.session(e);
      }),
      bus.on('haEvent', (e) => p.events.fire(e.eventType, e.data)),
      bus.on('estimatesUpdated', (e) => p.sessions.estimates(e)),
      bus.on('alertRaised', (e) => p.sessions.alert(e.alert)),
      bus.on('alertCleared', (e) => p.sessions.alert(e.alert)),
    );
  }

  /** Resubscribed by the library after every reconnect. */
  private attached(conn: Connection): void {
    this.parts?.bc.link.onHaEvent(conn, EVENT_LOADED, () => {
      this.log.info('The Brewpit integration (re)loaded; announcing');
      this.requestAnnounce();
    });
  }

  private onReadings(p: Parts, e: HubEvents['readingsStored']): void {
    if (!p.bc.link.linked) return; // the next announcement sends the latest values from the store
    if (this.ctx.store.devices.get(e.deviceId)?.kind === HA_SOURCE_KIND) return;
    if (!p.devices.bringsNewChannels(e)) return p.states.readings(e);
    // A new channel: announce the device's entities first (probes show up as they are plugged in).
    p.devices.device(e.deviceId).then(
      () => p.states.readings(e),
      (err: unknown) => this.log.warn({ err }, 'Failed to announce new channels'),
    );
  }

  private onStatus(p: Parts, deviceId: string): void {
    if (p.devices.status(deviceId) === 'done') return;
    // An announcement under way may have read the device before this status: run one after it.
    if (this.announcing) return this.requestAnnounce();
    p.devices
      .device(deviceId)
      .catch((err: unknown) =>
        this.log.warn({ err, deviceId }, 'Failed to announce the chambers of a device'),
      );
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

  private recheckLater(): void {
    this.recheck ??= setTimeout(() => {
      this.recheck = null;
      if (this.parts) this.requestAnnounce();
    }, RECHECK_MS);
    this.recheck.unref();
  }

  /** hello, command channel, devices, entities, then the current state of everything. */
  private async announce(): Promise<void> {
    const p = this.parts;
    const conn = p?.bc.link.connection;
    if (!p || !conn) return;
    if (!(await this.hello(conn, p))) {
      if (this.ctx.ha.state === 'waiting_for_integration') this.recheckLater();
      return;
    }
    await p.inbound.subscribe(conn);
    const { store } = this.ctx;
    p.bc.announced.clear();
    p.states.reset();
    p.bc.climate.resetSent();
    const devices = store.devices.list();
    // Home Assistant's own entities (a source, sources/) are not announced back to it.
    const sources = new Set(devices.filter((d) => d.kind === HA_SOURCE_KIND).map((d) => d.id));
    const series = store.series.list().filter((s) => !sources.has(s.device_id));
    await p.devices.upsert(conn, devices, series);
    const sessionStates = await p.sessions.announce(conn, devices);
    // States go out in a microtask batch: no await from here until the state is 'connected'.
    // A probe of an edge node that is offline (after a hub or Home Assistant restart too) is
    // announced unavailable, never with its last value as if it were live.
    const kinds = new Map(devices.map((d) => [d.id, d.kind]));
    const probe = (s: (typeof series)[number]) =>
      kinds.get(s.device_id) === 'edge' && !p.bc.presence.isOnline(s.device_id)
        ? staleState(s)
        : seriesState(s);
    const states: HaStateItem[] = [...series.map(probe), ...sessionStates];
    for (const d of devices) {
      if (sources.has(d.id)) continue;
      states.push(
        ...configStates(
          d,
          series.filter((s) => s.device_id === d.id),
        ),
      );
      states.push({ unique_id: connectivityUid(d.id), state: p.bc.presence.isOnline(d.id) });
    }
    for (const s of states) p.states.force(s);
    for (const d of devices) p.states.climate(d, series, true);
    this.ctx.ha.state = 'connected';
    await this.announced(
      conn,
      devices.map((d) => d.id),
      p,
    );
    p.events.flush();
  }

  /**
   * `brewpit/announced`: the full announcement is complete; the integration removes every
   * device and entity it holds that is not listed (a device deleted while Home Assistant was
   * away, the per-session entities of API level 1).
   */
  private async announced(conn: Connection, deviceIds: string[], p: Parts): Promise<void> {
    const unique_ids = [...p.bc.announced];
    const res = await conn.sendMessagePromise<{
      removed_devices?: number;
      removed_entities?: number;
    }>({ type: 'brewpit/announced', device_ids: deviceIds, unique_ids });
    this.log.info(
      {
        devices: deviceIds.length,
        entities: unique_ids.length,
        removedDevices: res?.removed_devices ?? 0,
        removedEntities: res?.removed_entities ?? 0,
      },
      'Announced to Home Assistant',
    );
  }

  /**
   * `brewpit/hello` at API level 2: agrees on the level, learns Home Assistant's units and the
   * last event it fired. False while the integration is not set up or speaks no common level.
   */
  private async hello(conn: Connection, p: Parts): Promise<boolean> {
    let hello: HaHello;
    try {
      hello = await conn.sendMessagePromise<HaHello>({
        type: 'brewpit/hello',
        version: this.ctx.version,
        api: API,
        api_min: API_MIN,
      });
    } catch (err) {
      const { code, message } = err as { code?: string; message?: string };
      if (code === 'incompatible' || code === 'invalid_format') return this.incompatible(message);
      if (code !== 'unknown_command' && code !== 'not_loaded') throw err;
      if (this.ctx.ha.state !== 'waiting_for_integration')
        this.log.info(
          'Home Assistant is up but the Brewpit integration is not set up; waiting for it',
        );
      this.ctx.ha.state = 'waiting_for_integration';
      return false;
    }
    if ((hello.api ?? 1) < API_MIN) return this.incompatible(`it speaks API ${hello.api ?? 1}`);
    p.bc.haConfig = haConfigOf(hello as unknown as Record<string, unknown>) ?? METRIC;
    p.events.hello(hello);
    if (hello.integration_version !== this.integrationVersion) {
      this.log.info(
        {
          integration: hello.integration_version,
          ha: hello.ha_version,
          api: hello.api,
          units: p.bc.haConfig.unit_system,
        },
        'Brewpit integration found',
      );
      this.integrationVersion = hello.integration_version;
    }
    return true;
  }

  private incompatible(why: string | undefined): false {
    if (this.ctx.ha.state !== 'incompatible')
      this.log.error(
        `The Brewpit integration and this hub share no API level (the hub needs ${API_MIN}-${API}): ${why ?? 'unknown'}. Update the integration.`,
      );
    this.ctx.ha.state = 'incompatible';
    return false;
  }
}
