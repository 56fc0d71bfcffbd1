// Values travel in SI (°C, SG, hPa, %); the user sees their Home Assistant unit system.

/** The temperature unit Home Assistant is configured with. */
export type TemperatureUnit = '°C' | '°F';

/** How one series' values are shown: unit label, conversion from SI, and decimals. */
export interface DisplayUnit {
  unit: string;
  decimals: number;
  /** SI value → display value. */
  toDisplay: (v: number) => number;
  /** display value → SI value (for targets typed by the user). */
  fromDisplay: (v: number) => number;
}

const identity = (v: number): number => v;

/** True for series holding temperatures (by kind, or by unit when the kind is unknown). */
export function isTemperature(kind: string, unit: string): boolean {
  return kind === 'temperature' || unit === '°C' || unit === '°F';
}

/** True for specific-gravity series. */
export function isGravity(kind: string, unit: string): boolean {
  return kind === 'gravity' || kind === 'specific_gravity' || unit === 'SG';
}

/** Normalises `hass.config.unit_system.temperature` (anything but °F means °C). */
export function temperatureUnit(configured: string | undefined): TemperatureUnit {
  return configured === '°F' ? '°F' : '°C';
}

export function celsiusToFahrenheit(c: number): number {
  return (c * 9) / 5 + 32;
}

export function fahrenheitToCelsius(f: number): number {
  return ((f - 32) * 5) / 9;
}

/** The display unit of a series of `kind`/`unit` (SI) for a user preferring `temp`. */
export function displayUnit(kind: string, unit: string, temp: TemperatureUnit): DisplayUnit {
  if (isTemperature(kind, unit)) {
    // A probe that already reports °F on the wire is converted the same way (SI is the contract).
    if (temp === '°F') {
      return {
        unit: '°F',
        decimals: 1,
        toDisplay: celsiusToFahrenheit,
        fromDisplay: fahrenheitToCelsius,
      };
    }
    return { unit: '°C', decimals: 1, toDisplay: identity, fromDisplay: identity };
  }
  if (isGravity(kind, unit)) {
    return { unit: 'SG', decimals: 3, toDisplay: identity, fromDisplay: identity };
  }
  const decimals = unit === '%' || unit === 'hPa' ? 0 : unit === 'V' ? 2 : 1;
  return { unit, decimals, toDisplay: identity, fromDisplay: identity };
}
