import type { Channel, ChannelRole, Reading } from '@brewpit/protocol';
import { Counter, Gauge } from 'prom-client';
import type { Actor, HubCore } from '../core.js';
import { notFound } from '../errors.js';
import { child, type Log } from '../log.js';
import { HA_SOURCE_KIND, type HaEntityRow } from '../store/index.js';
import { roleOfEntity } from './roles.js';
import { sourceUnit, stateValue } from './units.js';

/** What the caller knows of an entity when it is followed (from Home Assistant's state). */
export interface FollowInput {
  entity_id: string;
  /** The friendly name; the entity id when absent. */
  name?: string;
  device_class?: string | null;
  /** `unit_of_measurement` as Home Assistant reports it. */
  unit?: string | null;
}

/** A followed entity as the API shows it: its series, SI unit and suggested role. */
export interface FollowedEntity extends HaEntityRow {
  name: string;
  kind: string;
  unit: string;
  role: ChannelRole;
}

/** One Home Assistant state of a followed entity, at the time it changed. */
export interface HaStateSample {
  entity_id: string;
  state: string;
  /** `last_changed`, epoch ms. */
  ts: number;
}

/** Where states came from: the live subscription or a recorder backfill. */
export type StateOrigin = 'live' | 'backfill';

/** Live states per second are averaged over this window. */
const RATE_WINDOW_MS = 60_000;
/** A backfill reads at most this far back: the recorder keeps ten days by default. */
const MAX_BACKFILL_MS = 7 * 24 * 3_600_000;

/**
 * Home Assistant entities as a source, the one write path for them: following an entity (from
 * the API, the panel or `brewpit.start_session`), letting it go, and storing its states. A state
 * becomes a reading of the entity's series on the "Home Assistant" device, through the same
 * one-transaction ingest as an edge node's (seqs assigned by the hub), so history, estimates,
 * stall detection, alerts and export treat it like any probe. A reading's (series, time) key
 * makes a state stored twice (live, then again by a backfill) a counted no-op.
 */
export class SourcesService {
  private readonly log: Log;
  private readonly states: Counter<'origin'>;
  private readonly repeats: Counter;
  private readonly recent: number[] = [];

  constructor(private readonly core: HubCore) {
    this.log = child(core.log, 'hub:sources');
    const registers = [core.metrics.registry];
    const store = core.store;
    this.states = new Counter({
      name: 'brewpit_ha_source_states_total',
      help: 'Home Assistant states stored as readings, by origin (live, backfill)',
      labelNames: ['origin'],
      registers,
    });
    this.repeats = new Counter({
      name: 'brewpit_ha_source_repeats_total',
      help: 'Home Assistant states already stored (a backfill overlapping live data), skipped',
      registers,
    });
    new Gauge({
      name: 'brewpit_ha_source_entities',
      help: 'Home Assistant entities followed as a source',
      registers,
      collect() {
        this.set(store.haEntities.list().filter((e) => e.followed).length);
      },
    });
    const recent = this.recent;
    new Gauge({
      name: 'brewpit_ha_source_states_per_second',
      help: 'Live Home Assistant states received per second, over the last minute',
      registers,
      collect() {
        this.set(ratePerSecond(recent, Date.now()));
      },
    });
  }

  /** Every entity followed now, by entity id. */
  followed(): FollowedEntity[] {
    return this.core.store.haEntities
      .list()
      .filter((e) => e.followed)
      .map((e) => this.describe(e));
  }

  /** Every entity ever followed (released ones keep their history), by entity id. */
  list(): FollowedEntity[] {
    return this.core.store.haEntities.list().map((e) => this.describe(e));
  }

  /** One entity, or `Refused` (not found). */
  get(entityId: string): FollowedEntity {
    const e = this.core.store.haEntities.get(entityId);
    if (!e) throw notFound(`Entity '${entityId}' is not a source`);
    return this.describe(e);
  }

  /**
   * Follows an entity: its series is created (or renamed, or its kind changed with its unit)
   * and the Home Assistant side of the hub starts following it and backfills from the
   * recorder. `explicit` keeps it followed after the sessions using it end.
   */
  follow(input: FollowInput, actor: Actor, explicit: boolean, now = Date.now()): FollowedEntity {
    const { store, bus } = this.core;
    const u = sourceUnit(input.unit ?? null, input.device_class ?? null);
    const channel: Channel = {
      key: input.entity_id,
      kind: u.kind,
      unit: u.unit,
      name: (input.name ?? input.entity_id).slice(0, 64),
      precision: u.kind === 'gravity' ? 4 : 2,
    };
    const created = !store.devices.list().some((d) => d.kind === HA_SOURCE_KIND);
    const row = store.transaction(() => {
      const { deviceId } = store.haEntities.ingest([], [channel], now);
      const seriesId = store.readings.seriesIds(deviceId).get(input.entity_id)!;
      const was = store.haEntities.get(input.entity_id);
      const row = store.haEntities.follow(
        {
          entity_id: input.entity_id,
          series_id: seriesId,
          ha_unit: input.unit ?? null,
          device_class: input.device_class ?? null,
          explicit,
        },
        now,
      );
      if (!was?.followed)
        store.audit.add(actor, 'source.follow', input.entity_id, { series_id: seriesId });
      return row;
    });
    this.log.info({ entityId: row.entity_id, seriesId: row.series_id }, 'Following an entity');
    // The source's device holds the Home Assistant entities of sessions run on its series.
    if (created)
      bus.emit('deviceChanged', { deviceId: store.haEntities.sourceDevice(), reason: 'created' });
    bus.emit('haSourcesChanged', { entityId: row.entity_id });
    return this.describe(row);
  }

  /** Stops following an entity; its series and history stay. */
  unfollow(entityId: string, actor: Actor): void {
    const e = this.core.store.haEntities.get(entityId);
    if (!e?.followed) throw notFound(`Entity '${entityId}' is not followed`);
    this.core.store.haEntities.release(entityId);
    this.core.store.audit.add(actor, 'source.unfollow', entityId);
    this.core.bus.emit('haSourcesChanged', { entityId });
  }

  /**
   * Lets go of the entities that only running sessions wanted, once none of those runs: called
   * when a session ends. Their history stays.
   */
  releaseUnused(): string[] {
    const { store } = this.core;
    const inUse = new Set(
      store.sessions.active().flatMap((s) => s.channels.map((c) => c.series_id)),
    );
    const released = store.haEntities
      .list()
      .filter((e) => e.followed && !e.explicit && !inUse.has(e.series_id))
      .map((e) => e.entity_id);
    for (const id of released) {
      store.haEntities.release(id);
      store.audit.add('hub', 'source.unfollow', id, { reason: 'session_ended' });
    }
    if (released.length) this.core.bus.emit('haSourcesChanged', { entityId: null });
    return released;
  }

  /**
   * Where the backfill of a followed entity starts: its newest stored reading, or further back
   * to the start of a running session that uses it and is not covered yet (a cook started before
   * the hub followed the entity). `from` is at most the time the entity was followed.
   */
  backfillFrom(entityId: string, now = Date.now()): number {
    const { store } = this.core;
    const e = store.haEntities.get(entityId);
    if (!e) return now;
    const sessionStart = Math.min(
      ...store.sessions
        .active()
        .filter((s) => s.channels.some((c) => c.series_id === e.series_id))
        .map((s) => s.started_at),
    );
    const covered = e.covered_from ?? e.added_at;
    const wanted = Math.min(sessionStart, e.added_at);
    const from = wanted < covered ? wanted : (store.haEntities.newestTs(e.series_id) ?? covered);
    return Math.max(Math.min(from, now), now - MAX_BACKFILL_MS);
  }

  /** Records that the recorder was read from `from` on for an entity, so it is not read again. */
  covered(entityId: string, from: number): void {
    this.core.store.haEntities.setCovered(entityId, from);
  }

  /** The entity reports a new unit (the user changed it in Home Assistant). */
  unitChanged(entityId: string, unit: string | null): void {
    const e = this.core.store.haEntities.get(entityId);
    if (e && e.ha_unit !== unit) this.core.store.haEntities.setUnit(entityId, unit);
  }

  /**
   * Stores states of followed entities as readings, converted to SI; `unavailable`, `unknown`
   * and non-numbers become readings with status `unavailable`. States of entities not followed
   * are skipped; a state already stored is counted and skipped. One transaction.
   */
  record(samples: HaStateSample[], origin: StateOrigin, now = Date.now()): number {
    const { store, bus, metrics } = this.core;
    const readings: Omit<Reading, 'seq'>[] = [];
    for (const s of samples) {
      const e = store.haEntities.get(s.entity_id);
      if (!e?.followed) continue;
      const v = stateValue(s.state, sourceUnit(e.ha_unit, e.device_class));
      readings.push({ channel: s.entity_id, ts: s.ts, ...v });
    }
    if (origin === 'live') this.count(samples.length, now);
    if (!readings.length) return 0;
    const { deviceId, ...result } = store.haEntities.ingest(readings, [], now);
    this.states.inc({ origin }, result.stored.length);
    this.repeats.inc(result.collisions);
    metrics.readings.inc(result.stored.length);
    if (result.stored.length > 0)
      bus.emit('readingsStored', { deviceId, readings: result.stored, channels: [] });
    return result.stored.length;
  }

  private count(n: number, now: number): void {
    for (let i = 0; i < n; i++) this.recent.push(now);
    while (this.recent.length && this.recent[0]! < now - RATE_WINDOW_MS) this.recent.shift();
  }

  private describe(e: HaEntityRow): FollowedEntity {
    const s = this.core.store.series.get(e.series_id);
    const name = s?.name ?? e.entity_id;
    const kind = s?.kind ?? 'other';
    return {
      ...e,
      name,
      kind,
      unit: s?.unit ?? '',
      role: roleOfEntity(e.entity_id, name, e.device_class, kind),
    };
  }
}

/** States per second over the window ending at `now`. */
function ratePerSecond(times: number[], now: number): number {
  const n = times.filter((t) => t >= now - RATE_WINDOW_MS).length;
  return n / (RATE_WINDOW_MS / 1000);
}
