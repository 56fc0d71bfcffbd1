import {
  CALIBRATION_FORMAT,
  MAX_READING_MAGNITUDE,
  SG_PLAUSIBLE,
  evaluatePolynomial,
  platoToSg,
  type Calibration,
  type CalibrationInput,
  type CalibrationUpdate,
  type HydrometerFormat,
  type ReadingStatus,
} from '@brewpit/protocol';
import { FitError, defaultDegree, fitPolynomial } from './fit.js';

/** What a format's calibration may map from; the first is the default. */
const INPUTS: Readonly<Record<HydrometerFormat, readonly CalibrationInput[]>> = {
  ispindel: ['angle', 'gravity'],
  tilt: ['gravity'],
  brewfather: ['gravity'],
};

/** Raw values a point may carry, per input: an iSpindel lies between 0° (upright) and 90°. */
const RAW_RANGE: Readonly<Record<CalibrationInput, [number, number]>> = {
  angle: [0, 90],
  gravity: [0.9, 1.2],
};

/**
 * Builds a device's calibration from a `PUT` body (or an imported export). Throws `FitError`
 * naming the field when the body asks for something the device or the points cannot give.
 */
export function buildCalibration(
  deviceId: string,
  format: HydrometerFormat,
  body: CalibrationUpdate,
  now = Date.now(),
): Calibration {
  const allowed = INPUTS[format];
  const input = body.input ?? allowed[0]!;
  if (!allowed.includes(input)) {
    throw new FitError(
      `A ${format} hydrometer is calibrated from ${allowed.join(' or ')}, not ${input}`,
      '/input',
    );
  }
  const points = (body.points ?? []).map((p, i) => {
    const actual = body.actual_unit === 'P' ? platoToSg(p.actual) : p.actual;
    if (actual < 0.9 || actual > 1.2) {
      const hint = body.actual_unit === 'P' ? '' : "; for °Plato set actual_unit: 'P'";
      throw new FitError(
        `actual gravity ${p.actual} is not an SG between 0.9 and 1.2${hint}`,
        `/points/${i}/actual`,
      );
    }
    const [lo, hi] = RAW_RANGE[input];
    if (p.raw < lo || p.raw > hi)
      throw new FitError(`raw ${input} must be between ${lo} and ${hi}`, `/points/${i}/raw`);
    return { raw: p.raw, actual };
  });
  const base = {
    format: CALIBRATION_FORMAT,
    device_id: deviceId,
    input,
    points,
    updated_at: now,
  } as const;
  if (points.length >= 2) {
    const fit = fitPolynomial(points, body.degree ?? defaultDegree(points.length));
    return { ...base, ...fit, source: 'fitted' };
  }
  if (points.length === 1) throw new FitError('A calibration needs at least 2 points', '/points');
  if (!body.coefficients)
    throw new FitError('Give at least 2 points, or the coefficients of a polynomial', '/points');
  return {
    ...base,
    degree: body.coefficients.length - 1,
    coefficients: body.coefficients,
    source: 'coefficients',
    residuals: [],
    r2: null,
  };
}

/** A calibrated gravity and whether it is plausible. */
export interface CalibratedValue {
  value: number | null;
  status: ReadingStatus;
}

/**
 * Applies a calibration to a raw value. A cubic extrapolates wildly outside the points it was
 * fitted on (an iSpindel lying flat reads ~89°): such a result is kept for the record but
 * marked implausible, so charts and the fermentation estimators ignore it.
 */
export function applyCalibration(cal: Calibration, raw: number): CalibratedValue {
  const value = evaluatePolynomial(cal.coefficients, raw);
  const plausible =
    Number.isFinite(value) && value >= SG_PLAUSIBLE.min && value <= SG_PLAUSIBLE.max;
  // A polynomial far outside the points it was fitted on can give any number: keep the reading
  // (flagged, without a value) rather than a value no store could sum.
  const storable = Number.isFinite(value) && Math.abs(value) <= MAX_READING_MAGNITUDE;
  return { value: storable ? value : null, status: plausible ? 'ok' : 'implausible' };
}
