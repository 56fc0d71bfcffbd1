import { Type, type Static } from '@sinclair/typebox';

/**
 * Specific gravity from degrees Plato: SG = 1 + P / (258.6 − 227.1·P/258.2), the common
 * brewing approximation of the ASBC/Plato tables (see e.g. Brewer's Friend, "Brix/Plato to
 * SG", and Wikipedia "Brix" / "Degrees Plato"). Paired with {@link sgToPlato} it round-trips
 * within 0.013 °P over 0–30 °P (checked by a test).
 */
export function platoToSg(plato: number): number {
  return 1 + plato / (258.6 - (227.1 * plato) / 258.2);
}

/**
 * Degrees Plato from specific gravity: P = −616.868 + 1111.14·SG − 630.272·SG² + 135.997·SG³,
 * the widely used cubic fit of the ASBC table (same sources as {@link platoToSg}).
 */
export function sgToPlato(sg: number): number {
  return -616.868 + 1111.14 * sg - 630.272 * sg ** 2 + 135.997 * sg ** 3;
}

/** Evaluates `c[0] + c[1]·x + c[2]·x² + …` (coefficients in ascending powers) by Horner's rule. */
export function evaluatePolynomial(coefficients: readonly number[], x: number): number {
  let y = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) y = y * x + coefficients[i]!;
  return y;
}

/** Lowest and highest specific gravity a fermenting liquid can plausibly show. */
export const SG_PLAUSIBLE = { min: 0.95, max: 1.2 } as const;

/** What a hydrometer calibration maps from: the tilt angle (iSpindel) or the gravity as sent. */
export const CalibrationInput = Type.Union([Type.Literal('angle'), Type.Literal('gravity')], {
  description:
    "'angle': tilt angle in degrees → SG (iSpindel); 'gravity': SG as sent → SG (Tilt, Brewfather, iSpindel)",
});
/** What a calibration maps from. */
export type CalibrationInput = Static<typeof CalibrationInput>;

/** One calibration point: the hydrometer's raw value and the gravity a reference instrument read. */
export const CalibrationPoint = Type.Object(
  {
    raw: Type.Number({ description: 'Raw value: angle in degrees, or SG as sent' }),
    actual: Type.Number({ description: "Reference gravity, in 'actual_unit' (SG unless told)" }),
  },
  { additionalProperties: false },
);
/** One calibration point. */
export type CalibrationPoint = Static<typeof CalibrationPoint>;

/** Most points a calibration keeps. */
export const MAX_CALIBRATION_POINTS = 32;

/**
 * Body of `PUT /api/v1/devices/{id}/calibration`. Either `points` (2 → linear, 3 → quadratic,
 * 4 or more → cubic least squares, unless `degree` asks for less) or, with no points,
 * `coefficients` taken as they are (a polynomial from the iSpindel spreadsheet, say). A
 * `Calibration` as `GET` returns it is accepted verbatim, so an export imports onto any
 * device; its read-only fields are ignored and the fit is recomputed from its points.
 */
export const CalibrationUpdate = Type.Object(
  {
    input: Type.Optional(CalibrationInput),
    points: Type.Optional(Type.Array(CalibrationPoint, { maxItems: MAX_CALIBRATION_POINTS })),
    degree: Type.Optional(Type.Integer({ minimum: 1, maximum: 3 })),
    coefficients: Type.Optional(
      Type.Array(Type.Number(), {
        minItems: 1,
        maxItems: 4,
        description: 'Ascending powers of the raw value',
      }),
    ),
    actual_unit: Type.Optional(
      Type.Union([Type.Literal('SG'), Type.Literal('P')], {
        description: "Unit of the points' actual values; stored as SG",
      }),
    ),
    format: Type.Optional(Type.String({ maxLength: 64 })),
    device_id: Type.Optional(Type.String({ maxLength: 64 })),
    source: Type.Optional(Type.String({ maxLength: 200 })),
    residuals: Type.Optional(Type.Array(Type.Number(), { maxItems: MAX_CALIBRATION_POINTS })),
    r2: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
    updated_at: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false, $id: 'CalibrationUpdate' },
);
/** Body of `PUT /api/v1/devices/{id}/calibration`. */
export type CalibrationUpdate = Static<typeof CalibrationUpdate>;

/** Marker of an exported calibration document, for files people keep and copy between devices. */
export const CALIBRATION_FORMAT = 'brewpit-calibration/1';

/** A device's calibration as `GET /api/v1/devices/{id}/calibration` returns (and exports) it. */
export const Calibration = Type.Object(
  {
    format: Type.Literal(CALIBRATION_FORMAT),
    device_id: Type.String(),
    input: CalibrationInput,
    points: Type.Array(CalibrationPoint, { description: 'Actual values in SG' }),
    degree: Type.Integer({ minimum: 0, maximum: 3 }),
    coefficients: Type.Array(Type.Number(), {
      description: 'Ascending powers: SG = c0 + c1·x + c2·x² + c3·x³',
    }),
    source: Type.Union([Type.Literal('fitted'), Type.Literal('coefficients')]),
    residuals: Type.Array(Type.Number(), { description: 'Per point: actual − calibrated, SG' }),
    r2: Type.Union([Type.Number(), Type.Null()], {
      description: 'Coefficient of determination; null when undefined',
    }),
    updated_at: Type.Integer(),
  },
  { $id: 'Calibration' },
);
/** A device's calibration. */
export type Calibration = Static<typeof Calibration>;
