// Alert thresholds in the user's unit: a rule about a temperature role is typed in °C or °F
// and stored in °C; hysteresis and rates are differences, converted without the offset.
import type { TemperatureUnit } from './units.js';
import { celsiusToFahrenheit, fahrenheitToCelsius } from './units.js';

/** How the numbers of a rule about `role` are shown to a user preferring `temp`. */
export interface AlertUnit {
  unit: string;
  decimals: number;
  /** A level (threshold): SI → display. */
  level: (v: number) => number;
  /** A level: display → SI. */
  levelIn: (v: number) => number;
  /** A difference (hysteresis, rate per minute): SI → display. */
  delta: (v: number) => number;
  /** A difference: display → SI. */
  deltaIn: (v: number) => number;
}

const id = (v: number) => v;

export function alertUnit(role: string | null | undefined, temp: TemperatureUnit): AlertUnit {
  if (role === 'gravity')
    return { unit: 'SG', decimals: 3, level: id, levelIn: id, delta: id, deltaIn: id };
  if (temp === '°F') {
    return {
      unit: '°F',
      decimals: 1,
      level: celsiusToFahrenheit,
      levelIn: fahrenheitToCelsius,
      delta: (v) => (v * 9) / 5,
      deltaIn: (v) => (v * 5) / 9,
    };
  }
  return { unit: '°C', decimals: 1, level: id, levelIn: id, delta: id, deltaIn: id };
}

/** Parses a number typed in any locale ("1,5" or "1.5"); NaN when it is not one. */
export function parseTyped(s: string): number {
  const t = s.trim().replace(',', '.');
  return t === '' ? Number.NaN : Number(t);
}
