/**
 * NTC maths: voltage divider to resistance, Steinhart–Hart to temperature, and the 3-point
 * calibration that solves A, B, C for a probe nobody has published coefficients for.
 */

/** Steinhart–Hart coefficients. */
export interface SteinhartHart {
  a: number;
  b: number;
  c: number;
}

const KELVIN = 273.15;

/** Temperature in °C of an NTC of resistance `ohms`. */
export function resistanceToCelsius(ohms: number, k: SteinhartHart): number {
  const ln = Math.log(ohms);
  return 1 / (k.a + k.b * ln + k.c * ln * ln * ln) - KELVIN;
}

/**
 * Resistance of the probe from the divider output: probe between the ADC input and ground,
 * `rFixed` between the input and `vref`, so `R = Vo·Rfixed / (Vref − Vo)`.
 */
export function dividerResistance(vo: number, vref: number, rFixed: number): number {
  return (vo * rFixed) / (vref - vo);
}

/** One calibration point: a reference thermometer's reading and the probe's resistance. */
export interface CalibrationPoint {
  temperature: number;
  resistance: number;
}

/**
 * Solves A, B, C from three (°C, Ω) points, the classic closed form: with `L = ln R` and
 * `Y = 1/T`, `γ₂ = (Y₂−Y₁)/(L₂−L₁)`, `γ₃ = (Y₃−Y₁)/(L₃−L₁)`,
 * `C = (γ₃−γ₂)/((L₃−L₂)(L₁+L₂+L₃))`, `B = γ₂ − C(L₁²+L₁L₂+L₂²)`, `A = Y₁ − (B + C·L₁²)·L₁`.
 * Throws `RangeError` when the points cannot describe an NTC.
 */
export function solveSteinhartHart(points: readonly CalibrationPoint[]): SteinhartHart {
  if (points.length !== 3) throw new RangeError('needs exactly three points');
  const sorted = [...points].sort((p, q) => p.temperature - q.temperature);
  const [p1, p2, p3] = sorted as [CalibrationPoint, CalibrationPoint, CalibrationPoint];
  for (const p of sorted) {
    if (!(p.resistance > 0)) throw new RangeError('resistances must be positive');
    if (p.temperature <= -KELVIN) throw new RangeError('temperatures must be above absolute zero');
  }
  if (!(p1.resistance > p2.resistance && p2.resistance > p3.resistance)) {
    throw new RangeError(
      'resistance must fall as temperature rises (an NTC) with three distinct temperatures',
    );
  }
  const L = sorted.map((p) => Math.log(p.resistance)) as [number, number, number];
  const Y = sorted.map((p) => 1 / (p.temperature + KELVIN)) as [number, number, number];
  const g2 = (Y[1] - Y[0]) / (L[1] - L[0]);
  const g3 = (Y[2] - Y[0]) / (L[2] - L[0]);
  const c = (g3 - g2) / (L[2] - L[1]) / (L[0] + L[1] + L[2]);
  const b = g2 - c * (L[0] * L[0] + L[0] * L[1] + L[1] * L[1]);
  const a = Y[0] - (b + L[0] * L[0] * c) * L[0];
  if (![a, b, c].every(Number.isFinite) || b <= 0) {
    throw new RangeError('points do not fit a Steinhart–Hart curve (check the readings)');
  }
  return { a, b, c };
}
