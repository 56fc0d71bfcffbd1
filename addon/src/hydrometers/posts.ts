import {
  CANONICAL_UNITS,
  SG_PLAUSIBLE,
  type Calibration,
  type Channel,
  type HydrometerFormat,
  type HydrometerSettings,
  type ReadingStatus,
} from '@brewpit/protocol';
import { applyCalibration } from '../calibration/calibration.js';
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
  /** The body field the identity comes from, to name it in a refusal. */
  keyField: string;
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
