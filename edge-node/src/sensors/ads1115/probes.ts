/**
 * Steinhart–Hart coefficients of the NTC probes people plug into Pi barbecue builds
 * (gathered in DEVICES.md from PiFire and HeaterMeter). `1/T = A + B·ln R + C·(ln R)³`, T in
 * kelvin, R in ohms.
 */
export interface ProbeModel {
  /** Name shown in docs and `scan` output. */
  title: string;
  a: number;
  b: number;
  c: number;
  /** Fixed divider resistor that reads this probe best, in ohms. */
  recommendedRFixed: number;
}

/** The shipped probe table; keys are the `probe:` values in `edge.yaml`. */
export const PROBES = {
  maverick_et72: {
    title: 'Maverick ET-72/73',
    a: 2.4723753e-4,
    b: 2.3402251e-4,
    c: 1.3879768e-7,
    recommendedRFixed: 150_000,
  },
  maverick_et732: {
    title: 'Maverick ET-732',
    a: 5.2668241e-4,
    b: 2.00374e-4,
    c: 2.570309e-8,
    recommendedRFixed: 150_000,
  },
  maverick_et735: {
    title: 'Maverick ET-735',
    a: 7.5714216e-4,
    b: 1.882945e-4,
    c: 1.4440251e-9,
    recommendedRFixed: 150_000,
  },
  thermoworks_pro: {
    title: 'ThermoWorks Pro-Series',
    a: 7.3431401e-4,
    b: 2.157437e-4,
    c: 9.515686e-8,
    recommendedRFixed: 10_000,
  },
  igrill: {
    title: 'iGrill',
    a: 7.739251279e-4,
    b: 2.088025997e-4,
    c: 1.154400438e-7,
    recommendedRFixed: 10_000,
  },
  inkbird: {
    title: 'Inkbird IBT-2X/4XS/6X',
    a: 7.2323395e-4,
    b: 2.3971089e-4,
    c: 4.6889292e-8,
    recommendedRFixed: 10_000,
  },
  generic_10k: {
    title: 'generic 10 kΩ NTC (Vishay)',
    a: 1.14061e-3,
    b: 2.32134e-4,
    c: 9.63666e-8,
    recommendedRFixed: 10_000,
  },
} as const satisfies Record<string, ProbeModel>;

/** A `probe:` value. */
export type ProbeName = keyof typeof PROBES;

/** Every `probe:` value, for the schema's enum. */
export const PROBE_NAMES = Object.keys(PROBES) as ProbeName[];
