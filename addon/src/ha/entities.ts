import type { SeriesInfo } from '@brewpit/protocol';
import type { StoredReading } from '../bus.js';
import { roleOf } from '../sessions/roles.js';
import { HA_SOURCE_KIND, type DeviceRow } from '../store/index.js';
import { climateEntities } from './climate.js';
import type { HaDevice, HaEntity, HaStateItem } from './types.js';

/** How a channel kind appears in Home Assistant: device class, display precision, category. */
interface KindStyle {
  deviceClass: string | null;
  precision: number;
  diagnostic?: boolean;
  /** A change at least this big is published at once, bypassing the 1 s rate limit. */
  significant: number;
  /** Home Assistant wants no unit for this device class. */
  unitless?: boolean;
}

const KINDS: Record<string, KindStyle> = {
  temperature: { deviceClass: 'temperature', precision: 1, significant: 0.5 },
  humidity: { deviceClass: 'humidity', precision: 0, significant: 2 },
  pressure: { deviceClass: 'atmospheric_pressure', precision: 0, significant: 1 },
  gravity: { deviceClass: null, precision: 3, significant: 0.002 },
  angle: { deviceClass: null, precision: 1, significant: 1 },
  voltage: { deviceClass: 'voltage', precision: 2, significant: 0.05 },
  battery: { deviceClass: 'battery', precision: 0, diagnostic: true, significant: 5 },
  signal_strength: {
    deviceClass: 'signal_strength',
    precision: 0,
    diagnostic: true,
    significant: 10,
  },
  percentage: { deviceClass: null, precision: 0, significant: 2 },
  data_size: { deviceClass: 'data_size', precision: 0, diagnostic: true, significant: Infinity },
  ph: { deviceClass: 'ph', precision: 2, significant: 0.1, unitless: true },
  rate: { deviceClass: null, precision: 1, significant: Infinity },
  other: { deviceClass: null, precision: 2, significant: Infinity },
};

const styleOf = (kind: string): KindStyle => KINDS[kind] ?? KINDS.other!;

/** Device models shown in Home Assistant. */
const MODELS: Record<string, string> = {
  edge: 'Edge node',
  [HA_SOURCE_KIND]: 'Home Assistant entities',
};

/** Unique id of a channel's entity: `brewpit_<device>_<channel>`. */
export const uid = (deviceId: string, key: string): string => `brewpit_${deviceId}_${key}`;
/** Unique id of a channel's target number. */
const targetUid = (deviceId: string, key: string): string => `${uid(deviceId, key)}_target`;
/** Unique ids of the per-device entities. */
export const connectivityUid = (deviceId: string): string => uid(deviceId, 'connectivity');
const recordingUid = (deviceId: string): string => uid(deviceId, 'recording');
const outboxUid = (deviceId: string): string => uid(deviceId, 'outbox_depth');
const droppedUid = (deviceId: string): string => uid(deviceId, 'dropped_total');

/**
 * Channels of third-party hydrometers that have a translated name (`translations/en.json`,
 * `entity.sensor.<key>`); every other channel is named by the user's own label.
 */
const TRANSLATED_CHANNELS = new Set([
  'gravity',
  'gravity_raw',
  'angle',
  'temperature',
  'aux_temperature',
  'ext_temperature',
  'battery_voltage',
  'rssi',
  'pressure',
  'ph',
  'bpm',
]);

/** The name of a channel's sensor: a translation key for a hydrometer's own channels, else its label. */
function channelName(d: DeviceRow, s: SeriesInfo): Pick<HaEntity, 'name' | 'translation_key'> {
  if (d.kind !== 'edge' && TRANSLATED_CHANNELS.has(s.key)) return { translation_key: s.key };
  return { name: s.name };
}

/** Kinds of channel whose target Home Assistant can set. */
const TARGET_KINDS = new Set(['temperature']);

/** The Home Assistant device of a hub device. */
export function toHaDevice(d: DeviceRow): HaDevice {
  const version = d.status.version;
  return {
    id: d.id,
    name: d.name,
    model: MODELS[d.kind] ?? d.kind,
    sw_version: typeof version === 'string' ? version : null,
    kind: d.kind,
  };
}

/**
 * Every entity of one device: a sensor per series, targets, connectivity, recording, session
 * buttons, and a climate entity per chamber the device controls.
 */
export function toHaEntities(d: DeviceRow, series: SeriesInfo[]): HaEntity[] {
  // Home Assistant's own entities followed as a source are not mirrored back to it: their
  // device exists only to hold the entities of sessions run on them.
  if (d.kind === HA_SOURCE_KIND) return [];
  return [...series.flatMap((s) => channelEntities(d, s)), ...deviceEntities(d)];
}

/** A channel's sensor, and its target number when Home Assistant may set one. */
function channelEntities(d: DeviceRow, s: SeriesInfo): HaEntity[] {
  const style = styleOf(s.kind);
  const out: HaEntity[] = [
    {
      unique_id: uid(d.id, s.key),
      device_id: d.id,
      platform: 'sensor',
      key: s.key,
      ...channelName(d, s),
      device_class: style.deviceClass,
      unit_of_measurement: style.unitless || !s.unit ? null : s.unit,
      state_class: 'measurement',
      entity_category: style.diagnostic ? 'diagnostic' : null,
      suggested_display_precision: style.precision,
      series_id: s.id,
      role: roleOf(s.key, s.kind),
      channel: s.key,
    },
  ];
  if (TARGET_KINDS.has(s.kind)) {
    out.push({
      unique_id: targetUid(d.id, s.key),
      device_id: d.id,
      platform: 'number',
      key: s.key,
      translation_key: 'target',
      translation_placeholders: { channel: s.name },
      device_class: style.deviceClass,
      unit_of_measurement: s.unit,
      min: 0,
      max: 500,
      step: 0.5,
      mode: 'box',
      channel: s.key,
    });
  }
  return out;
}

/** Connectivity; on an edge node also recording, the session buttons and its chambers. */
function deviceEntities(d: DeviceRow): HaEntity[] {
  const out: HaEntity[] = [
    {
      unique_id: connectivityUid(d.id),
      device_id: d.id,
      platform: 'binary_sensor',
      key: 'connectivity',
      translation_key: 'connectivity',
      device_class: 'connectivity',
      entity_category: 'diagnostic',
    },
  ];
  if (d.kind !== 'edge') return out;
  const button = (key: string): HaEntity => ({
    unique_id: uid(d.id, key),
    device_id: d.id,
    platform: 'button',
    key,
    translation_key: key,
  });
  out.push(
    {
      unique_id: recordingUid(d.id),
      device_id: d.id,
      platform: 'switch',
      key: 'recording',
      translation_key: 'recording',
      entity_category: 'config',
    },
    button('start_session'),
    button('end_session'),
    {
      unique_id: outboxUid(d.id),
      device_id: d.id,
      platform: 'sensor',
      key: 'outbox_depth',
      translation_key: 'outbox_depth',
      entity_category: 'diagnostic',
      state_class: 'measurement',
      suggested_display_precision: 0,
    },
    {
      unique_id: droppedUid(d.id),
      device_id: d.id,
      platform: 'sensor',
      key: 'dropped_total',
      translation_key: 'dropped_total',
      entity_category: 'diagnostic',
      state_class: 'total_increasing',
      suggested_display_precision: 0,
    },
    ...climateEntities(d),
  );
  return out;
}

/**
 * The state of a reading's sensor. A flagged reading is never published as a value (no 6553.5 °C
 * on the chart): `unavailable` (probe unplugged) makes the entity unavailable, the other flags
 * (spike, frozen, implausible) make it unknown, with the flag in `status`.
 */
export function readingState(
  deviceId: string,
  r: Pick<StoredReading, 'seriesId' | 'channel' | 'ts' | 'value' | 'status'>,
): HaStateItem {
  const base = { unique_id: uid(deviceId, r.channel), series_id: r.seriesId, ts: r.ts };
  if (r.status === 'ok' && r.value !== null && Number.isFinite(r.value))
    return { ...base, state: r.value };
  if (r.status === 'unavailable' || r.status === 'ok')
    return { ...base, state: null, available: false, attributes: { status: 'unavailable' } };
  return { ...base, state: null, attributes: { status: r.status } };
}

/** The latest state of a series as the store knows it (after a reconnect). */
export function seriesState(s: SeriesInfo): HaStateItem {
  const base = { unique_id: uid(s.device_id, s.key), series_id: s.id };
  if (s.last_ts === null) return { ...base, state: null };
  if (s.last_value === null) return { ...base, ts: s.last_ts, state: null, available: false };
  return { ...base, ts: s.last_ts, state: s.last_value };
}

/** A probe of a node that stopped reporting: unavailable until its next reading. */
export function staleState(s: SeriesInfo): HaStateItem {
  return {
    unique_id: uid(s.device_id, s.key),
    series_id: s.id,
    state: null,
    available: false,
    attributes: { status: 'node_offline', last_reading: s.last_ts },
  };
}

/** States of a device's config and diagnostic entities: targets, recording, outbox. */
export function configStates(d: DeviceRow, series: SeriesInfo[]): HaStateItem[] {
  const out: HaStateItem[] = [];
  if (d.kind === HA_SOURCE_KIND) return out;
  for (const s of series) {
    if (!TARGET_KINDS.has(s.kind)) continue;
    const target = d.config.targets[s.key];
    out.push({
      unique_id: targetUid(d.id, s.key),
      state: typeof target === 'number' ? target : null,
    });
  }
  if (d.kind === 'edge') out.push({ unique_id: recordingUid(d.id), state: d.config.recording });
  return [...out, ...diagnosticStates(d)];
}

/** An edge node's unsent and dropped readings, as it last reported (diagnostic sensors). */
export function diagnosticStates(d: DeviceRow): HaStateItem[] {
  if (d.kind !== 'edge') return [];
  const depth = d.status.outbox_depth;
  return [
    { unique_id: outboxUid(d.id), state: typeof depth === 'number' ? depth : null },
    { unique_id: droppedUid(d.id), state: d.dropped_total },
  ];
}

/** Whether `next` differs enough from `prev` to skip the rate limit. */
export function isSignificant(prev: HaStateItem, next: HaStateItem, threshold: number): boolean {
  if ((prev.available ?? true) !== (next.available ?? true)) return true;
  if (prev.attributes?.status !== next.attributes?.status) return true;
  if (typeof prev.state !== 'number' || typeof next.state !== 'number')
    return prev.state !== next.state;
  return Math.abs(next.state - prev.state) >= threshold;
}

/** Significant-change threshold of a series kind. */
export const significantDelta = (kind: string): number => styleOf(kind).significant;
