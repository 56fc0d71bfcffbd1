import { platoToSg } from '@brewpit/protocol';

/**
 * Unit conversions into the hub's SI wire units (°C, SG, hPa). Values are kept at full double
 * precision: rounding here would throw away a Tilt Pro's 0.1 °F / 0.0001 SG resolution; the
 * channel's `precision` tells displays how many decimals are worth showing.
 */

/** A temperature unit letter as the senders write it. */
export type TempUnit = 'C' | 'F' | 'K';

/** Converts a temperature to °C. */
export function toCelsius(value: number, unit: TempUnit): number {
  if (unit === 'F') return ((value - 32) * 5) / 9;
  if (unit === 'K') return value - 273.15;
  return value;
}

/** Reads a `C`/`F`/`K` letter in any case; `fallback` when absent (old iSpindel firmware: C). */
export function tempUnit(letter: string | undefined, fallback: TempUnit = 'C'): TempUnit {
  return letter ? (letter.toUpperCase() as TempUnit) : fallback;
}

/** hPa per unit of the Brewfather pressure units (1 psi = 6894.757 Pa, NIST SP 811). */
const HPA_PER: Readonly<Record<string, number>> = { PSI: 68.94757293168, BAR: 1000, KPA: 10 };

/** Converts a Brewfather pressure (`PSI`, the default, `BAR` or `KPA`) to hPa. */
export function toHectopascal(value: number, unit: string | undefined): number {
  return value * HPA_PER[(unit ?? 'PSI').toUpperCase()]!;
}

/** A schema-validated `Numeric` (number or numeric string) as a number. */
export function num(v: number | string): number;
export function num(v: number | string | undefined): number | undefined;
export function num(v: number | string | undefined): number | undefined {
  return v === undefined ? undefined : typeof v === 'number' ? v : Number(v.trim());
}

/** Gravity unit of a post: SG or degrees Plato. */
export type GravityUnit = 'SG' | 'P';

/** Converts a gravity to SG. */
export function toSg(value: number, unit: GravityUnit): number {
  return unit === 'P' ? platoToSg(value) : value;
}

/**
 * Guesses the unit of a gravity whose sender does not say (an iSpindel's polynomial may give SG
 * or °Plato). Above 1.2 no beer or wine is in SG, and below 0.9 no liquid is: those are °Plato.
 * In between the value is SG, unless this device has sent °Plato before: a finished beer at
 * 1.0 °P must not turn into SG 1.000 at the end of fermentation, so the detection is sticky.
 */
export function detectGravityUnit(value: number, seenPlato: boolean): GravityUnit {
  if (value > 1.2 || value < 0.9) return 'P';
  return seenPlato ? 'P' : 'SG';
}
