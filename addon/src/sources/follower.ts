import type { Connection } from 'home-assistant-js-websocket';
import type { HubContext, HubModule } from '../context.js';
import { child, type Log } from '../log.js';
import type { HaStateSample, SourcesService } from './service.js';

/** A compressed state as `subscribe_entities` and the history API send it (seconds). */
interface CompressedState {
  s?: string;
  a?: Record<string, unknown>;
  lc?: number;
  lu?: number;
}

/** A `subscribe_entities` message: added/whole states, changes, removals. */
interface EntitiesMessage {
  a?: Record<string, CompressedState>;
  c?: Record<string, { '+'?: CompressedState }>;
  r?: string[];
}

const toMs = (seconds: number): number => Math.round(seconds * 1000);

/**
 * The recorder writes states in batches (every 5 s by default, `commit_interval`): a state that
 * changed just before a backfill and was replaced since is in neither the backfill nor the
 * subscription. A second read of the same gap this long after a (re)connect picks it up.
 */
const RECORDER_LAG_MS = 12_000;

/**
 * Live states are stored together once this long has passed since the first of them: a hundred
 * sensors changing every second cost a few transactions (each an fsync) a second, not a hundred.
 */
const BATCH_MS = 200;

/**
 * The Home Assistant side of the source: on the bridge's connection (`haConnected`), follows
 * the chosen entities with `subscribe_entities` and reads what it missed from the recorder with
 * `history/history_during_period`: when an entity is added, and after every (re)connect, so an
 * outage of the hub or of Home Assistant leaves no hole while the recorder has the data. The
 * subscription is made before the backfill is read, and both go through the service's one write
 * path, whose (series, time) key stores a state seen twice once.
 */
export class HaSourceFollower implements HubModule {
  private readonly log: Log;
  private readonly sources: SourcesService;
  private readonly off: (() => void)[] = [];
  private conn: Connection | null = null;
  private unsubscribe: (() => Promise<void>) | null = null;
  private subscribed = '';
  private running: Promise<void> | null = null;
  private again = false;
  private reread: NodeJS.Timeout | null = null;
  private pending: HaStateSample[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  /** Where the last run's backfills started, for the second read after a (re)connect. */
  private lastFrom = new Map<string, number>();

  constructor(private readonly ctx: HubContext) {
    this.log = child(ctx.log, 'hub:sources');
    this.sources = ctx.services.sources;
  }

  async start(): Promise<void> {
    const bus = this.ctx.bus;
    this.off.push(
      bus.on('haConnected', ({ connection }) => {
        if (connection !== this.conn) this.unsubscribe = null;
        this.conn = connection;
        // A reconnect drops every subscription: subscribe again, and read the gap.
        this.subscribed = '';
        this.sync();
        if (this.reread) clearTimeout(this.reread);
        this.reread = setTimeout(() => this.sync(this.lastFrom), RECORDER_LAG_MS);
        this.reread.unref();
      }),
      bus.on('haSourcesChanged', () => this.sync()),
      bus.on('sessionChanged', (e) => {
        if (e.reason === 'ended') this.sources.releaseUnused();
        // A session on an entity may start before now: read its start from the recorder.
        else if (e.reason === 'started' || e.reason === 'updated') this.sync();
      }),
    );
  }

  async stop(): Promise<void> {
    for (const off of this.off.splice(0)) off();
    if (this.reread) clearTimeout(this.reread);
    this.reread = null;
    this.flush();
    const unsub = this.unsubscribe;
    this.unsubscribe = null;
    this.conn = null;
    await this.running;
    if (unsub) await unsub().catch(() => {});
  }

  /** Runs one sync at a time; a request during a run causes one more run after it. */
  private sync(from?: Map<string, number>): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run(from)
      .catch((err: unknown) => this.log.warn({ err }, 'Failed to follow Home Assistant entities'))
      .finally(() => {
        this.running = null;
        if (this.again && this.conn) {
          this.again = false;
          this.sync();
        }
      });
  }

  /** Subscribes to the followed entities, then reads each one's gap (from `again`, else its own). */
  private async run(again?: Map<string, number>): Promise<void> {
    const conn = this.conn;
    if (!conn?.connected) return;
    const ids = this.sources.followed().map((e) => e.entity_id);
    // Where each backfill starts is taken before the subscription stores the current states.
    const from = new Map(
      ids.map((id) => [id, Math.min(again?.get(id) ?? Infinity, this.sources.backfillFrom(id))]),
    );
    this.lastFrom = from;
    await this.subscribe(conn, ids);
    const now = Date.now();
    for (const id of ids) {
      const start = from.get(id)!;
      if (start >= now) continue;
      // One entity's failure (a recorder error) must not keep the others' gaps open.
      try {
        const stored = this.sources.record(await this.history(conn, id, start, now), 'backfill');
        this.sources.covered(id, start);
        if (stored > 0)
          this.log.info({ entityId: id, stored, from: start }, 'Backfilled from the recorder');
      } catch (err) {
        this.log.warn(
          { err, entityId: id },
          'Failed to read the recorder; trying again on the next reconnect',
        );
      }
    }
  }

  private async subscribe(conn: Connection, ids: string[]): Promise<void> {
    const key = ids.join(',');
    if (key === this.subscribed) return;
    if (this.unsubscribe) await this.unsubscribe().catch(() => {});
    this.unsubscribe = null;
    this.subscribed = key;
    if (!ids.length) return;
    this.unsubscribe = await conn.subscribeMessage<EntitiesMessage>(
      (msg) => this.onEntities(msg),
      { type: 'subscribe_entities', entity_ids: ids },
      { resubscribe: false },
    );
    this.log.info({ entities: ids.length }, 'Following Home Assistant entities');
  }

  /** Stores each state change; an attribute change only updates the unit. */
  private onEntities(msg: EntitiesMessage): void {
    const samples: HaStateSample[] = [];
    for (const [entityId, st] of Object.entries(msg.a ?? {})) {
      this.unit(entityId, st.a, true);
      if (st.s !== undefined && st.lc !== undefined)
        samples.push({ entity_id: entityId, state: st.s, ts: toMs(st.lc) });
    }
    for (const [entityId, diff] of Object.entries(msg.c ?? {})) {
      const plus = diff['+'];
      if (!plus) continue;
      this.unit(entityId, plus.a, false);
      // The state changed exactly when `lc` moved; `lu` alone is an attribute update.
      if (plus.s !== undefined && plus.lc !== undefined)
        samples.push({ entity_id: entityId, state: plus.s, ts: toMs(plus.lc) });
    }
    if (!samples.length) return;
    this.pending.push(...samples);
    this.flushTimer ??= setTimeout(() => this.flush(), BATCH_MS);
  }

  private flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const samples = this.pending.splice(0);
    if (!samples.length) return;
    try {
      this.sources.record(samples, 'live');
    } catch (err) {
      this.log.error({ err, states: samples.length }, 'Failed to store Home Assistant states');
    }
  }

  private unit(entityId: string, attrs: Record<string, unknown> | undefined, all: boolean): void {
    if (!attrs || (!all && !('unit_of_measurement' in attrs))) return;
    const u = attrs['unit_of_measurement'];
    // States waiting to be stored were in the old unit: store them before it changes.
    this.flush();
    this.sources.unitChanged(entityId, typeof u === 'string' ? u : null);
  }

  /** The entity's state changes in [from, to] from the recorder, oldest first. */
  private async history(
    conn: Connection,
    entityId: string,
    from: number,
    to: number,
  ): Promise<HaStateSample[]> {
    const res = await conn.sendMessagePromise<Record<string, CompressedState[]>>({
      type: 'history/history_during_period',
      start_time: new Date(from).toISOString(),
      end_time: new Date(to).toISOString(),
      entity_ids: [entityId],
      // Only real state changes, with their times; a state from before `from` is not news.
      include_start_time_state: false,
      significant_changes_only: true,
      minimal_response: true,
      no_attributes: true,
    });
    return (res[entityId] ?? []).flatMap((st) => {
      const t = st.lc ?? st.lu;
      return st.s === undefined || t === undefined
        ? []
        : [{ entity_id: entityId, state: st.s, ts: toMs(t) }];
    });
  }
}
