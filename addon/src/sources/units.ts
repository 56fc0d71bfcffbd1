import { CANONICAL_UNITS, platoToSg, type ChannelKind } from '@brewpit/protocol';

/**
 * Home Assistant units into the hub's SI wire units (°C, hPa, SG, …). Home Assistant writes
 * units as its `UnitOf*` constants spell them; a sensor without a device class is known by its
 * unit alone. Values keep full double precision: the series' `precision` is for display.
 */

/** How one Home Assistant unit becomes the SI unit of its kind. */
interface Conversion {
  kind: ChannelKind;
  to(value: number): number;
}

const same = (v: number): number => v;
const times =
  (k: number) =>
  (v: number): number =>
    v * k;

/** Every unit the hub converts, by Home Assistant's spelling. */
const UNITS: Readonly<Record<string, Conversion>> = {
  '°C': { kind: 'temperature', to: same },
  '°F': { kind: 'temperature', to: (v) => ((v - 32) * 5) / 9 },
  K: { kind: 'temperature', to: (v) => v - 273.15 },
  hPa: { kind: 'pressure', to: same },
  mbar: { kind: 'pressure', to: same },
  Pa: { kind: 'pressure', to: times(0.01) },
  kPa: { kind: 'pressure', to: times(10) },
  bar: { kind: 'pressure', to: times(1000) },
  // 1 psi = 6894.757 Pa, 1 inHg = 3386.389 Pa, 1 mmHg = 133.3224 Pa (NIST SP 811)
  psi: { kind: 'pressure', to: times(68.94757293168) },
  inHg: { kind: 'pressure', to: times(33.86389) },
  mmHg: { kind: 'pressure', to: times(1.333224) },
  SG: { kind: 'gravity', to: same },
  '°P': { kind: 'gravity', to: platoToSg },
  '°Plato': { kind: 'gravity', to: platoToSg },
  dBm: { kind: 'signal_strength', to: same },
  V: { kind: 'voltage', to: same },
  mV: { kind: 'voltage', to: times(0.001) },
  pH: { kind: 'ph', to: same },
};

/** Kinds of the Home Assistant device classes that carry a unit of their own meaning. */
const DEVICE_CLASS_KINDS: Readonly<Record<string, ChannelKind>> = {
  temperature: 'temperature',
  humidity: 'humidity',
  moisture: 'humidity',
  pressure: 'pressure',
  atmospheric_pressure: 'pressure',
  battery: 'battery',
  signal_strength: 'signal_strength',
  voltage: 'voltage',
  ph: 'ph',
  specific_gravity: 'gravity',
};

/** What the hub makes of an entity: the kind and SI unit of its series, and the conversion. */
export interface SourceUnit {
  kind: ChannelKind;
  /** The unit stored values are in. */
  unit: string;
  /** Converts a state in the entity's unit to `unit`. */
  to(value: number): number;
}

/**
 * The series kind, SI unit and conversion of a Home Assistant unit and device class. A known
 * unit decides (a `temperature` sensor in °F is stored in °C); `%` is humidity or battery by its
 * device class, else a percentage; anything else is kept as it is, in its own unit, as `other`.
 */
export function sourceUnit(haUnit: string | null, deviceClass: string | null): SourceUnit {
  const known = haUnit ? UNITS[haUnit] : undefined;
  const byClass = deviceClass ? DEVICE_CLASS_KINDS[deviceClass] : undefined;
  if (known) return { kind: known.kind, unit: CANONICAL_UNITS[known.kind], to: known.to };
  if (haUnit === '%') return { kind: byClass ?? 'percentage', unit: '%', to: same };
  return { kind: byClass && !haUnit ? byClass : 'other', unit: haUnit ?? '', to: same };
}

/** States that mean "no value" rather than a number. */
const NO_VALUE = new Set(['unavailable', 'unknown', '']);

/**
 * A Home Assistant state as a reading value: a number converted to SI, or null with status
 * `unavailable` for `unavailable`, `unknown` or anything that is not a finite number (never 0).
 */
export function stateValue(
  state: string,
  unit: SourceUnit,
): { value: number; status?: undefined } | { value: null; status: 'unavailable' } {
  const n = NO_VALUE.has(state) ? NaN : Number(state);
  if (!Number.isFinite(n)) return { value: null, status: 'unavailable' };
  return { value: unit.to(n) };
}
