import {
  CHAMBER_TARGET_MAX,
  CHAMBER_TARGET_MIN,
  type ChamberMode,
  type ChamberState,
  type SeriesInfo,
} from '@brewpit/protocol';
import type { DeviceRow } from '../store/index.js';
import type { HaEntity, HaStateItem } from './types.js';

/**
 * A fermentation chamber as a Home Assistant `climate` entity. The edge node reports every
 * chamber in `status.control` of each batch; the hub keeps the last status per device, and this
 * module turns it into an announcement and a state. The state shows what the node *applied*
 * (its setpoint and mode), never merely what Home Assistant asked for.
 */

/** Unique id of a chamber's climate entity: `brewpit_<device>_<chamber>_climate`. */
export const climateUid = (deviceId: string, chamber: string): string =>
  `brewpit_${deviceId}_${chamber}_climate`;

/** Home Assistant's hvac mode of each chamber mode (`auto` heats and cools: `heat_cool`). */
export const HVAC_MODE_OF: Readonly<Record<ChamberMode, string>> = {
  off: 'off',
  heat: 'heat',
  cool: 'cool',
  auto: 'heat_cool',
};

/** The chamber mode of a Home Assistant hvac mode, or undefined for one chambers lack. */
export function chamberModeOf(hvacMode: unknown): ChamberMode | undefined {
  for (const [mode, hvac] of Object.entries(HVAC_MODE_OF))
    if (hvac === hvacMode) return mode as ChamberMode;
  return undefined;
}

/** Smallest target change offered in Home Assistant, °C. */
const TARGET_STEP = 0.1;

/**
 * The chambers a device last reported. The status was validated against the protocol when it
 * was ingested; a status stored by an older hub or node simply has none.
 */
export function chambersOf(d: Pick<DeviceRow, 'status'>): ChamberState[] {
  const control = d.status['control'];
  return Array.isArray(control) ? (control as ChamberState[]) : [];
}

/** The climate entities of a device: one per chamber. */
export function climateEntities(d: DeviceRow): HaEntity[] {
  return chambersOf(d).map((c) => ({
    unique_id: climateUid(d.id, c.name),
    device_id: d.id,
    platform: 'climate',
    key: c.name,
    name: c.label,
    translation_key: 'chamber',
    unit_of_measurement: '°C',
    options: c.modes.map((m) => HVAC_MODE_OF[m]),
    min: CHAMBER_TARGET_MIN,
    max: CHAMBER_TARGET_MAX,
    step: TARGET_STEP,
  }));
}

/** Climate attributes the integration maps to the entity's own properties, not to extras. */
const CURRENT_TEMPERATURE = 'current_temperature';

/**
 * A chamber's climate state. Unavailable while the device is offline or the chamber is in the
 * safe state (a fault: no valid input, a failed relay), with the reason in the attributes.
 * The current temperature is the latest valid reading of the chamber's input channel; the
 * target is the setpoint in force (the profile's while one runs); profile progress changes at
 * most once a minute, so the recorder is not written every second.
 */
export function climateState(
  deviceId: string,
  c: ChamberState,
  series: readonly SeriesInfo[],
  online: boolean,
): HaStateItem {
  const input = series.find((s) => s.device_id === deviceId && s.key === c.input);
  const p = c.profile;
  const attributes: Record<string, unknown> = {
    [CURRENT_TEMPERATURE]: input?.last_value ?? null,
    target_temperature: c.setpoint,
    hvac_action: c.mode === 'off' ? 'off' : c.action,
    manual_target: c.target,
    input: c.input,
    waiting: c.waiting,
    fault: c.fault,
    fault_message: c.fault_message,
    profile: p?.name ?? null,
    profile_step: p ? p.step_index + 1 : null,
    profile_steps: p?.step_count ?? null,
    profile_step_name: p?.step_name ?? null,
    profile_step_type: p?.step_type ?? null,
    profile_step_remaining_min: p?.remaining_s == null ? null : Math.ceil(p.remaining_s / 60),
    profile_step_progress: p ? stepProgress(p) : null,
    profile_condition: p?.condition ?? null,
    profile_finished: p?.finished ?? null,
  };
  return {
    unique_id: climateUid(deviceId, c.name),
    state: HVAC_MODE_OF[c.mode],
    available: online && c.fault === null,
    attributes,
  };
}

/** Percent of a timed step done, whole; null for a step without an end. */
function stepProgress(p: NonNullable<ChamberState['profile']>): number | null {
  if (p.finished) return 100;
  if (p.remaining_s === null) return null;
  const total = p.elapsed_s + p.remaining_s;
  return total > 0 ? Math.floor((100 * p.elapsed_s) / total) : 100;
}

/**
 * What must reach Home Assistant at once when it changes: everything but the current
 * temperature, which follows the rate limit of the readings.
 */
function climateKey(item: HaStateItem): string {
  const rest = { ...item.attributes };
  delete rest[CURRENT_TEMPERATURE];
  return JSON.stringify([item.state, item.available, rest]);
}

/**
 * What the bridge last sent about climate entities, to decide what a new device status needs:
 * a new announcement (a chamber appeared, or its label or modes changed), removals (a chamber
 * is gone from the node's config), a state at once (mode, target, action, fault, profile), a
 * rate-limited state (only the temperature moved) or nothing.
 */
export class ClimateTracker {
  private readonly specs = new Map<string, { json: string; names: string[] }>();
  private readonly sent = new Map<string, { key: string; current: unknown }>();

  /** Records the climate entities announced for a device; says what changed since the last. */
  noteAnnounced(d: DeviceRow): { changed: boolean; gone: string[] } {
    const entities = climateEntities(d);
    const next = { json: JSON.stringify(entities), names: entities.map((e) => e.key) };
    const prev = this.specs.get(d.id);
    this.specs.set(d.id, next);
    const gone = prev?.names.filter((n) => !next.names.includes(n)) ?? [];
    for (const n of gone) this.sent.delete(climateUid(d.id, n));
    return { changed: (prev?.json ?? '[]') !== next.json, gone };
  }

  /** Whether a device has, or had, chambers worth looking at. */
  concerns(d: DeviceRow): boolean {
    return !!this.specs.get(d.id)?.names.length || chambersOf(d).length > 0;
  }

  /** Forgets a deleted device. */
  forget(deviceId: string): void {
    for (const n of this.specs.get(deviceId)?.names ?? [])
      this.sent.delete(climateUid(deviceId, n));
    this.specs.delete(deviceId);
  }

  /** Forgets what was sent (a new connection gets everything again). */
  resetSent(): void {
    this.sent.clear();
  }

  /** The states to send for a device's chambers: `now` at once, `later` under the rate limit. */
  states(
    d: DeviceRow,
    series: readonly SeriesInfo[],
    online: boolean,
    force: boolean,
  ): { now: HaStateItem[]; later: HaStateItem[] } {
    const out = { now: [] as HaStateItem[], later: [] as HaStateItem[] };
    for (const c of chambersOf(d)) {
      const item = climateState(d.id, c, series, online);
      const key = climateKey(item);
      const current = item.attributes?.[CURRENT_TEMPERATURE];
      const prev = this.sent.get(item.unique_id);
      this.sent.set(item.unique_id, { key, current });
      if (force || prev?.key !== key) out.now.push(item);
      else if (prev.current !== current) out.later.push(item);
    }
    return out;
  }
}
