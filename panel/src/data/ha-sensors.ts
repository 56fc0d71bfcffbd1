// Home Assistant's own sensors as probes: the thermometers and hydrometers Home Assistant
// already reads (MEATER, ThermoWorks Cloud, Inkbird, ESPHome, Zigbee, a Tilt over MQTT) offered
// in the new-session form next to Brewpit's probes. Choosing one asks the hub to follow it
// (`brewpit/sources/follow`); its states then become readings like any probe's. The Devices page
// lists what the hub follows, follows more for good and lets go (`brewpit/sources/*`).
import type { SeriesInfo, Session } from '@brewpit/protocol';
import type { HomeAssistant } from './hass.js';

/** A Home Assistant sensor the form can offer. */
export interface HaSensor {
  entity_id: string;
  name: string;
  device_class: string | null;
  unit: string | null;
  /** Its state as Home Assistant shows it (in its own unit). */
  state: string;
  /** Home Assistant device and area, for grouping and search. */
  device: string | null;
  area: string | null;
}

/** Domains whose entities may hold a number. */
const DOMAINS = new Set(['sensor', 'number', 'input_number']);
/** Device classes that make sense as a probe of a cook or a brew. */
const PROBE_CLASSES = new Set([
  'temperature',
  'humidity',
  'moisture',
  'pressure',
  'atmospheric_pressure',
  'specific_gravity',
  'battery',
  'signal_strength',
  'voltage',
  'ph',
]);
const NO_VALUE = new Set(['unavailable', 'unknown']);

/**
 * The numeric sensors of Home Assistant that are not Brewpit's own and not followed yet, with
 * device and area, sorted by area, device and name. A sensor counts when its device class is a
 * probe's, or it has a unit and a numeric (or for now unavailable) state.
 */
export function haSensors(hass: HomeAssistant, followed: ReadonlySet<string>): HaSensor[] {
  const out: HaSensor[] = [];
  for (const [entityId, st] of Object.entries(hass.states ?? {})) {
    if (!DOMAINS.has(entityId.split('.')[0]!) || followed.has(entityId)) continue;
    const entry = hass.entities?.[entityId];
    if (entry?.platform === 'brewpit') continue;
    const a = st.attributes;
    const unit = typeof a.unit_of_measurement === 'string' ? a.unit_of_measurement : null;
    const dc = typeof a.device_class === 'string' ? a.device_class : null;
    const numeric = NO_VALUE.has(st.state) || Number.isFinite(Number(st.state));
    if (!numeric || st.state === '' || !((dc && PROBE_CLASSES.has(dc)) || unit)) continue;
    const device = entry?.device_id ? hass.devices?.[entry.device_id] : undefined;
    const areaId = entry?.area_id ?? device?.area_id ?? null;
    out.push({
      entity_id: entityId,
      name: typeof a.friendly_name === 'string' && a.friendly_name ? a.friendly_name : entityId,
      device_class: dc,
      unit,
      state: st.state,
      device: device ? device.name_by_user || device.name || null : null,
      area: areaId ? (hass.areas?.[areaId]?.name ?? null) : null,
    });
  }
  const key = (s: HaSensor) => `${s.area ?? '\uffff'}\u0000${s.device ?? ''}\u0000${s.name}`;
  return out.sort((x, y) => key(x).localeCompare(key(y)));
}

/** Whether a sensor matches a search: every word in its name, id, device or area. */
export function matches(s: HaSensor, query: string): boolean {
  const hay = [s.name, s.entity_id, s.device ?? '', s.area ?? ''].join(' ').toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

/** The hub follows a sensor (kept after the session ends only when `explicit`); its series id. */
export async function followSensor(
  hass: HomeAssistant,
  s: Pick<HaSensor, 'entity_id' | 'name' | 'device_class' | 'unit'>,
  explicit = false,
): Promise<number> {
  const res = await hass.callWS<{ series_id: number }>({
    type: 'brewpit/sources/follow',
    entity_id: s.entity_id,
    name: s.name.slice(0, 64),
    explicit,
    ...(s.device_class ? { device_class: s.device_class } : {}),
    ...(s.unit ? { unit: s.unit } : {}),
  });
  return res.series_id;
}

/** A Home Assistant entity the hub follows or once followed (`GET /api/v1/sources/ha`). */
export interface FollowedSource {
  entity_id: string;
  series_id: number;
  name: string;
  kind: string;
  /** SI unit of the stored values. */
  unit: string;
  ha_unit: string | null;
  device_class: string | null;
  /** Chosen by the user: stays followed when the sessions using it end. */
  explicit: boolean;
  /** False once let go; the history stays. */
  followed: boolean;
  added_at: number;
  /** The recorder was read back to here. */
  covered_from: number | null;
}

export const listSources = (hass: HomeAssistant) =>
  hass.callWS<FollowedSource[]>({ type: 'brewpit/sources/list' });

/** The hub stops following an entity; its series and history stay. */
export const unfollowSensor = (hass: HomeAssistant, entityId: string) =>
  hass.callWS<null>({ type: 'brewpit/sources/unfollow', entity_id: entityId });

/** Keeps an entity a session follows followed after the session ends, name and unit unchanged. */
export const keepFollowing = (hass: HomeAssistant, f: FollowedSource) =>
  followSensor(
    hass,
    { entity_id: f.entity_id, name: f.name, device_class: f.device_class, unit: f.ha_unit },
    true,
  );

/** A followed entity as the Devices page lists it. */
export interface FollowedRow {
  source: FollowedSource;
  /** Home Assistant's side (friendly name, device, area, state); null once HA lost it. */
  sensor: HaSensor | null;
  /** Its series, for the latest stored value. */
  series: SeriesInfo | undefined;
  /** Names of the running sessions that record it. */
  sessions: string[];
}

/**
 * The entities followed now, by name, with what Home Assistant and the hub know of each.
 * `sensors` are all of Home Assistant's numeric sensors (`haSensors(hass, new Set())`).
 */
export function followedRows(
  sources: readonly FollowedSource[],
  sensors: readonly HaSensor[],
  series: readonly SeriesInfo[],
  running: readonly Session[],
): FollowedRow[] {
  const byEntity = new Map(sensors.map((s) => [s.entity_id, s]));
  const bySeries = new Map(series.map((s) => [s.id, s]));
  return sources
    .filter((f) => f.followed)
    .map((source) => ({
      source,
      sensor: byEntity.get(source.entity_id) ?? null,
      series: bySeries.get(source.series_id),
      sessions: running
        .filter((r) => r.channels.some((c) => c.series_id === source.series_id))
        .map((r) => r.name),
    }))
    .sort((x, y) =>
      (x.sensor?.name ?? x.source.name).localeCompare(y.sensor?.name ?? y.source.name),
    );
}
