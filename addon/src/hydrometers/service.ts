import type {
  Channel,
  Gateway,
  HydrometerFormat,
  HydrometerSettings,
  IngestBatch,
} from '@brewpit/protocol';
import type { Actor, HubCore } from '../core.js';
import { notFound, quotaReached, Refused } from '../errors.js';
import { child, type Log } from '../log.js';
import type { SessionsService } from '../sessions/service.js';
import type { HydrometerRow, KnownChannel } from '../store/index.js';
import type { TargetsService } from '../targets/service.js';
import { CHANNELS, type HydrometerState, type ParsedPost, type Recorded } from './posts.js';

/**
 * Hydrometers one gateway token may create. A home has a few (eight Tilt colours, some
 * iSpindels); each new name a sender posts becomes a device and a Home Assistant device, so a
 * leaked gateway token must not be able to create them without end.
 */
export const MAX_HYDROMETERS_PER_GATEWAY = 32;

/**
 * Third-party hydrometers' one write path: gateway tokens, per-hydrometer settings, and posts.
 * A hydrometer becomes a device (kind `ispindel`, `tilt` or `brewfather`) on its first post;
 * its readings then go through the same one-transaction, seq-numbered ingest as an edge node's,
 * with seqs the hub assigns, and Home Assistant and alerts see them through the same bus events.
 */
export class HydrometersService {
  private readonly log: Log;

  constructor(
    private readonly core: HubCore,
    private readonly sessions: SessionsService,
    private readonly targets: TargetsService,
  ) {
    this.log = child(core.log, 'hub:hydrometers');
  }

  /** A gateway and its token (shown once). */
  async createGateway(
    name: string,
    tz: string | null,
    actor: Actor,
  ): Promise<Gateway & { token: string }> {
    const { hydrometers } = this.core.store;
    const gw = hydrometers.createGateway(
      name,
      tz,
      Date.now(),
      await hydrometers.mintGatewaySecret(),
    );
    this.core.store.audit.add(actor, 'compat.token.create', gw.id, { name: gw.name });
    return gw;
  }

  /** Gives a gateway a new token (shown once) and revokes the old one; its hydrometers stay. */
  async rotateGateway(id: string, actor: Actor): Promise<Gateway & { token: string }> {
    const { hydrometers } = this.core.store;
    if (!hydrometers.gateway(id)) throw notFound(`No gateway '${id}'`);
    const token = hydrometers.rotateGateway(id, await hydrometers.mintGatewaySecret(id));
    const gw = hydrometers.gateway(id);
    if (!token || !gw) throw notFound(`No gateway '${id}'`);
    this.core.store.audit.add(actor, 'compat.token.rotate', id);
    this.log.info({ gatewayId: id }, 'Gateway token rotated; the old token no longer works');
    return { ...gw, token };
  }

  /** Revokes a gateway token; its hydrometers keep their devices and history. */
  deleteGateway(id: string, actor: Actor): void {
    if (!this.core.store.hydrometers.deleteGateway(id)) throw notFound(`No gateway '${id}'`);
    this.core.store.audit.add(actor, 'compat.token.delete', id);
  }

  /** A hydrometer, or `Refused` (not found). */
  get(deviceId: string): HydrometerRow {
    const h = this.core.store.hydrometers.get(deviceId);
    if (!h) throw notFound(`No hydrometer '${deviceId}'`);
    return h;
  }

  /**
   * Changes a hydrometer's units or time zone (null clears one). Choosing a gravity unit (or
   * auto again) restarts °Plato detection from scratch.
   */
  updateSettings(deviceId: string, patch: HydrometerSettings, actor: Actor): HydrometerRow {
    const h = this.get(deviceId);
    const settings = Object.fromEntries(
      Object.entries({ ...h.settings, ...patch }).filter(([, v]) => v !== null && v !== undefined),
    );
    const info = { ...h.info };
    if (patch.gravity_unit !== undefined) delete info.gravity_unit_seen;
    this.core.store.hydrometers.setSettings(deviceId, settings, info);
    this.core.store.audit.add(actor, 'compat.device.update', deviceId, patch);
    return this.get(deviceId);
  }

  /** The state a post of `format`/`key` is parsed against. */
  state(format: HydrometerFormat, key: string): HydrometerState {
    const row = this.core.store.hydrometers.find(format, key);
    if (!row) return { settings: {}, info: {}, calibration: null };
    return {
      settings: row.settings,
      info: row.info,
      calibration: this.core.store.calibrations.get(row.device_id),
    };
  }

  /** Stores a parsed post in one transaction, then applies its targets and tells the bus. */
  record(gateway: Gateway, post: ParsedPost, now = Date.now()): Recorded {
    const { store, bus } = this.core;
    const { deviceId, created, result, previousComment } = store.transaction(() => {
      let row = store.hydrometers.find(post.format, post.key);
      const created = !row;
      if (!row) {
        this.checkGatewayQuota(gateway, post);
        // No token: a hydrometer posts through its gateway, so none is minted (a scrypt hash
        // on the event loop, in the middle of a post).
        const { device_id } = store.devices.create(post.name, post.format, now, null);
        store.hydrometers.insert(device_id, gateway.id, post.format, post.key);
        row = store.hydrometers.get(device_id)!;
      }
      const deviceId = row.device_id;
      const result = store.readings.ingest(deviceId, this.batch(deviceId, post), now);
      store.hydrometers.touch(deviceId, gateway.id, {
        ...row.info,
        ...definedOnly(post.info),
        last_post_at: now,
      });
      return { deviceId, created, result, previousComment: row.info.comment };
    });
    if (created) {
      this.log.info(
        { deviceId, format: post.format, key: post.key },
        `New ${post.format} hydrometer '${post.name}'`,
      );
      bus.emit('deviceChanged', { deviceId, reason: 'created' });
    }
    // The sender's own targets (a Brewfather stream's temp_target): nothing goes back to it.
    const targets = Object.entries(post.targets ?? {}).map(([channel, value]) => ({
      deviceId,
      channel,
      value,
    }));
    if (targets.length) this.targets.apply(targets, 'device', { audit: false, command: false });
    bus.emit('deviceSeen', { deviceId, status: undefined });
    if (result.stored.length > 0)
      bus.emit('readingsStored', { deviceId, readings: result.stored, channels: result.channels });
    if (post.comment && post.comment !== previousComment)
      this.annotate(deviceId, post.comment, post.ts);
    return { deviceId, created, stored: result.stored.length };
  }

  /** Refuses (422) a new hydrometer past the gateway's quota, naming the identity field. */
  private checkGatewayQuota(gateway: Gateway, post: ParsedPost): void {
    if (this.core.store.hydrometers.countByGateway(gateway.id) < MAX_HYDROMETERS_PER_GATEWAY)
      return;
    this.core.metrics.quotaReached('hydrometers_per_gateway');
    throw quotaReached(
      `Gateway '${gateway.name}' holds ${MAX_HYDROMETERS_PER_GATEWAY} hydrometers; delete one or use another gateway token`,
      [
        {
          path: `/${post.keyField}`,
          message: `would be hydrometer ${MAX_HYDROMETERS_PER_GATEWAY + 1} of this gateway (quota ${MAX_HYDROMETERS_PER_GATEWAY})`,
        },
      ],
    );
  }

  /** The post as an ingest batch, with the seqs the hub assigns (inside the transaction). */
  private batch(deviceId: string, post: ParsedPost): IngestBatch {
    const first = this.core.store.hydrometers.takeSeqs(deviceId, post.readings.length);
    const batch: IngestBatch = {
      boot_id: `compat-${post.format}`,
      readings: post.readings.map((r, i) => ({
        seq: first + i,
        channel: r.channel,
        ts: post.ts,
        value: r.value,
        ...(r.status ? { status: r.status } : {}),
      })),
    };
    const announce = this.announcements(deviceId, post);
    if (announce.length > 0) batch.channels = announce;
    return batch;
  }

  /**
   * Channels to announce with a batch: those the store does not know yet or knows differently
   * (a Tilt found to be a Pro gains a decimal). Announcing only changes keeps Home Assistant
   * from re-registering entities on every post.
   */
  private announcements(deviceId: string, post: ParsedPost): Channel[] {
    const known = this.core.store.series.channels(deviceId);
    const out: Channel[] = [];
    for (const key of new Set(post.readings.map((r) => r.channel))) {
      const ch: Channel = {
        key,
        ...CHANNELS[key],
        precision: post.precision?.[key] ?? CHANNELS[key].precision,
      };
      if (!sameChannel(known.get(key), ch)) out.push(ch);
    }
    return out;
  }

  /** A sender's comment becomes a note on each running session that includes this hydrometer. */
  private annotate(deviceId: string, text: string, ts: number): void {
    const series = new Set(this.core.store.series.ofDevice(deviceId).map((s) => s.id));
    for (const session of this.core.store.sessions.active()) {
      if (!session.channels.some((c) => series.has(c.series_id))) continue;
      try {
        this.sessions.annotate(session.id, { text, ts, kind: 'note' }, 'device');
      } catch (err) {
        // The readings are stored; a comment past the session's note quota is counted there.
        if (!(err instanceof Refused)) throw err;
        this.log.debug({ deviceId, sessionId: session.id }, `Comment not noted: ${err.message}`);
      }
    }
  }
}

function sameChannel(known: KnownChannel | undefined, ch: Channel): boolean {
  return (
    !!known &&
    known.kind === ch.kind &&
    known.unit === ch.unit &&
    known.name === ch.name &&
    known.precision === (ch.precision ?? null)
  );
}

/** Drops undefined fields, so a post that omits `beer` keeps the beer the last one named. */
function definedOnly(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
