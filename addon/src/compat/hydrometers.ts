import {
  CANONICAL_UNITS,
  SG_PLAUSIBLE,
  type Calibration,
  type Channel,
  type Gateway,
  type HydrometerFormat,
  type HydrometerSettings,
  type IngestBatch,
  type ReadingStatus,
} from '@brewpit/protocol';
import { applyCalibration } from '../calibration/calibration.js';
import type { HubContext } from '../context.js';
import type { Log } from '../log.js';
import type { CompatStore, KnownChannel } from './store.js';
import { detectGravityUnit, toSg, type GravityUnit } from './units.js';

type ChannelDef = Omit<Channel, 'key'>;
const def = (kind: Channel['kind'], name: string, precision: number): ChannelDef => ({
  kind,
  unit: CANONICAL_UNITS[kind],
  name,
  precision,
});

/**
 * Every channel a third-party hydrometer can have, in SI units. `gravity` is the calibrated
 * SG (the sender's own when the hub has no calibration): the ordinary `kind: gravity` series a
 * brew session includes with `role: gravity`. `gravity_raw` and `angle` keep what was sent, so a
 * calibration made later can be checked against history.
 */
export const CHANNELS = {
  gravity: def('gravity', 'Gravity', 3),
  gravity_raw: def('gravity', 'Gravity (uncalibrated)', 3),
  angle: def('angle', 'Tilt angle', 2),
  temperature: def('temperature', 'Temperature', 1),
  aux_temperature: def('temperature', 'Fridge temperature', 1),
  ext_temperature: def('temperature', 'Room temperature', 1),
  battery_voltage: def('voltage', 'Battery voltage', 2),
  rssi: def('signal_strength', 'Signal strength', 0),
  pressure: def('pressure', 'Pressure', 1),
  ph: def('ph', 'pH', 2),
  bpm: def('rate', 'Bubbles per minute', 0),
} as const satisfies Record<string, ChannelDef>;
/** Key of a hydrometer channel. */
export type HydrometerChannel = keyof typeof CHANNELS;

/** One value of a post, in SI units. */
export interface HydrometerReading {
  channel: HydrometerChannel;
  value: number | null;
  status?: ReadingStatus;
}

/** What the hub already knows of a hydrometer when its post is parsed; defaults for a new one. */
export interface HydrometerState {
  settings: HydrometerSettings;
  info: Record<string, unknown>;
  calibration: Calibration | null;
}

/** A post, parsed by its format module into the hub's terms. */
export interface ParsedPost {
  format: HydrometerFormat;
  /** Identity within the format: iSpindel ID, Tilt colour(:mac), stream name. */
  key: string;
  /** Name of the device when it is created. */
  name: string;
  ts: number;
  readings: HydrometerReading[];
  /** Merged into the hydrometer's info (interval, beer, detected units, skew…). */
  info: Record<string, unknown>;
  /** Display precision overrides, e.g. a Tilt Pro's extra decimal. */
  precision?: Partial<Record<HydrometerChannel, number>>;
  /** Device targets by channel key, in SI units (Brewfather `temp_target`, `gravity_target`). */
  targets?: Partial<Record<HydrometerChannel, number>>;
  /** A sender's free-text comment: becomes a note on the sessions that include this hydrometer. */
  comment?: string;
}

/** Outcome of recording a post. */
export interface Recorded {
  deviceId: string;
  created: boolean;
  stored: number;
}

/**
 * Gravity readings of a post: the raw SG as sent and the calibrated SG. `sent` is the gravity
 * field as sent (SG or °Plato); `angle` an iSpindel's tilt. The unit is the device's setting,
 * the sender's declaration, or detected (see `detectGravityUnit`); a Plato detection is
 * remembered in `info.gravity_unit_seen`.
 */
export function gravityReadings(
  state: HydrometerState,
  sent: { value?: number; unit?: GravityUnit; angle?: number },
  info: Record<string, unknown>,
): HydrometerReading[] {
  const out: HydrometerReading[] = [];
  let sg: number | undefined;
  if (sent.value !== undefined) {
    const setting = state.settings.gravity_unit;
    const unit =
      sent.unit ??
      (setting && setting !== 'auto'
        ? setting
        : detectGravityUnit(sent.value, state.info.gravity_unit_seen === 'P'));
    if (unit === 'P' && !sent.unit && (!setting || setting === 'auto'))
      info.gravity_unit_seen = 'P';
    sg = toSg(sent.value, unit);
    out.push({ channel: 'gravity_raw', value: sg });
  }
  const cal = state.calibration;
  const x = cal?.input === 'angle' ? sent.angle : sg;
  if (cal && x !== undefined) {
    out.push({ channel: 'gravity', ...applyCalibration(cal, x) });
  } else if (sg !== undefined) {
    out.push({
      channel: 'gravity',
      value: sg,
      status: sg >= SG_PLAUSIBLE.min && sg <= SG_PLAUSIBLE.max ? 'ok' : 'implausible',
    });
  }
  return out;
}

/**
 * Turns parsed posts into devices and stored readings. A hydrometer becomes a device (kind
 * `ispindel`, `tilt` or `brewfather`) on its first post; its readings then go through the same
 * one-transaction, seq-numbered ingest as an edge node's, with seqs the hub assigns, and the
 * Home Assistant bridge and alerts see them through the same bus events.
 */
export class Hydrometers {
  constructor(
    private readonly ctx: HubContext,
    private readonly compat: CompatStore,
    private readonly log: Log,
  ) {}

  /** The state a post of `format`/`key` is parsed against. */
  state(format: HydrometerFormat, key: string): HydrometerState {
    const row = this.compat.find(format, key);
    if (!row) return { settings: {}, info: {}, calibration: null };
    return {
      settings: row.settings,
      info: row.info,
      calibration: this.compat.calibration(row.device_id),
    };
  }

  /** Stores a parsed post in one transaction, then tells the bus. */
  record(gateway: Gateway, post: ParsedPost, now = Date.now()): Recorded {
    const { store } = this.ctx;
    let targetsChanged = false;
    const tx = store.db.transaction(() => {
      let row = this.compat.find(post.format, post.key);
      const created = !row;
      if (!row) {
        const { device_id } = store.devices.create(post.name, post.format, now);
        this.compat.insert(device_id, gateway.id, post.format, post.key);
        row = this.compat.get(device_id)!;
      }
      const deviceId = row.device_id;
      const first = this.compat.takeSeqs(deviceId, post.readings.length);
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
      const result = store.readings.ingest(deviceId, batch, now);
      this.compat.touch(deviceId, gateway.id, {
        ...row.info,
        ...definedOnly(post.info),
        last_post_at: now,
      });
      if (post.targets) targetsChanged = this.setTargets(deviceId, post.targets);
      return { deviceId, created, result, previousComment: row.info.comment };
    });
    const { deviceId, created, result, previousComment } = tx();
    if (created) {
      this.log.info(
        { deviceId, format: post.format, key: post.key },
        `New ${post.format} hydrometer '${post.name}'`,
      );
      this.ctx.bus.emit('deviceChanged', { deviceId, reason: 'created' });
    } else if (targetsChanged) {
      this.ctx.bus.emit('deviceChanged', { deviceId, reason: 'updated' });
    }
    this.ctx.bus.emit('deviceSeen', { deviceId, status: undefined });
    if (result.stored.length > 0) {
      this.ctx.bus.emit('readingsStored', {
        deviceId,
        readings: result.stored,
        channels: result.channels,
      });
    }
    if (post.comment && post.comment !== previousComment)
      this.annotate(deviceId, post.comment, post.ts);
    return { deviceId, created, stored: result.stored.length };
  }

  /**
   * Channels to announce with a batch: those the store does not know yet or knows differently
   * (a Tilt found to be a Pro gains a decimal). Announcing only changes keeps Home Assistant
   * from re-registering entities on every post.
   */
  private announcements(deviceId: string, post: ParsedPost): Channel[] {
    const known = this.compat.channels(deviceId);
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

  /** Merges targets into the device config; true when anything changed. */
  private setTargets(
    deviceId: string,
    targets: Partial<Record<HydrometerChannel, number>>,
  ): boolean {
    const device = this.ctx.store.devices.get(deviceId)!;
    const next = { ...device.config.targets, ...targets } as Record<string, number>;
    if (JSON.stringify(next) === JSON.stringify(device.config.targets)) return false;
    this.ctx.store.devices.setConfig(deviceId, { ...device.config, targets: next });
    return true;
  }

  /** Adds a sender's comment as a note on each running session that includes this hydrometer. */
  private annotate(deviceId: string, text: string, ts: number): void {
    const series = new Set(
      this.ctx.store.series
        .list()
        .filter((s) => s.device_id === deviceId)
        .map((s) => s.id),
    );
    for (const session of this.ctx.store.sessions.active()) {
      if (session.channels.some((c) => series.has(c.series_id))) {
        this.ctx.store.sessions.annotate(session.id, text, ts, 'note');
        this.ctx.bus.emit('sessionChanged', { sessionId: session.id, reason: 'updated' });
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
