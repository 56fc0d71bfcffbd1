import { CANONICAL_UNITS } from '@brewpit/protocol';
import {
  definePlatform,
  type BusProvider,
  type ReadingSpec,
  type Sensor,
  type SensorValues,
} from '../types.js';
import { SimulatedChamber, chamberReadings, type ChamberTransport } from './chamber-sensor.js';
import { FermenterModel } from './fermenter.js';
import { Rng } from './rng.js';
import { SimulatedSchema, type SimulatedOptions } from './schema.js';
import { SmokerModel } from './smoker.js';

type Clock = Pick<BusProvider, 'monotonicMs' | 'wallMs'>;

/** Longest stretch of simulated time integrated in one read (a laptop waking from sleep). */
const MAX_ADVANCE_S = 7 * 86_400;

function smokerReadings(o: SimulatedOptions): ReadingSpec[] {
  const t = { kind: 'temperature' as const, unit: CANONICAL_UNITS.temperature, precision: 1 };
  return [
    { ...t, key: 'pit', name: 'Pit', plausible: [-40, 500], maxStep: 120, frozenAfter: 600 },
    ...o.meats.map((m) => ({
      ...t,
      key: m.key,
      name: m.name,
      plausible: [-40, 500] as const,
      maxStep: 120,
      frozenAfter: 600,
    })),
  ];
}

function fermenterReadings(): ReadingSpec[] {
  const t = { kind: 'temperature' as const, unit: CANONICAL_UNITS.temperature, precision: 2 };
  return [
    { ...t, key: 'wort', name: 'Wort', plausible: [-10, 110], maxStep: 15 },
    { ...t, key: 'ambient', name: 'Ambient', plausible: [-40, 85], maxStep: 15 },
    {
      key: 'gravity',
      kind: 'gravity',
      unit: CANONICAL_UNITS.gravity,
      name: 'Gravity',
      precision: 3,
      plausible: [0.98, 1.2],
      maxStep: 0.05,
    },
  ];
}

/**
 * A simulated smoker or fermenter driven by a physical model, on simulated time
 * `(now − start) × time_scale`. Its transport is the clock, so tests step time by hand.
 */
class Simulated implements Sensor {
  readonly label: string;
  private readonly rng: Rng;
  private readonly smoker: SmokerModel | undefined;
  private readonly fermenter: FermenterModel | undefined;
  private readonly startMono: number;
  private simulatedS = 0;

  constructor(
    private readonly o: SimulatedOptions,
    private readonly clock: Clock,
  ) {
    this.label = `simulated ${o.model}`;
    this.rng = new Rng(o.seed);
    this.startMono = clock.monotonicMs();
    if (o.model === 'smoker') {
      this.smoker = new SmokerModel(
        {
          setpoint: o.setpoint,
          ambient: o.ambient,
          meats: o.meats.map((m) => ({ ...m, startTemp: m.start_temp })),
          lidOpenEveryMin: o.lid_open_every,
          ...(o.pit_start !== undefined ? { pitStart: o.pit_start } : {}),
        },
        this.rng,
      );
    } else {
      this.fermenter = new FermenterModel(
        {
          og: o.og,
          fg: o.fg,
          ambient: o.ambient,
          ambientSwing: o.ambient_swing,
          peakHours: 48,
          widthHours: 10,
          pitchTemp: o.ambient + 1,
        },
        clock.wallMs() - o.start_hours * 3_600_000,
      );
    }
    this.model().advance(o.start_hours * 3600);
  }

  private model(): SmokerModel | FermenterModel {
    return (this.smoker ?? this.fermenter) as SmokerModel | FermenterModel;
  }

  async setup(): Promise<void> {}

  async read(): Promise<SensorValues> {
    const target = ((this.clock.monotonicMs() - this.startMono) / 1000) * this.o.time_scale;
    const step = Math.min(MAX_ADVANCE_S, target - this.simulatedS);
    if (step > 0) this.model().advance(step);
    this.simulatedS = target;
    const noise = (sigma: number): number => (this.o.noise ? this.rng.gauss(sigma) : 0);
    const out: SensorValues = {};
    if (this.smoker) {
      for (const [key, t] of Object.entries(this.smoker.temperatures()))
        out[key] = t + noise(key === 'pit' ? 0.3 : 0.05);
    } else if (this.fermenter) {
      const v = this.fermenter.values();
      out['wort'] = v.wort + noise(0.03);
      out['ambient'] = v.ambient + noise(0.05);
      out['gravity'] = v.gravity + noise(0.0002);
    }
    return out;
  }
}

/** `platform: simulated`: a smoker, a fermenter or a fermentation chamber following real physics. */
export const simulatedPlatform = definePlatform({
  platform: 'simulated',
  schema: SimulatedSchema,
  readings: (o) =>
    o.model === 'smoker'
      ? smokerReadings(o)
      : o.model === 'chamber'
        ? chamberReadings()
        : fermenterReadings(),
  check(o) {
    const errors: string[] = [];
    if (o.model === 'fermenter' && o.fg >= o.og) errors.push('fg: must be below og');
    const keys = new Set<string>();
    o.meats.forEach((m, i) => {
      if (m.key === 'pit' || keys.has(m.key))
        errors.push(`meats[${i}].key: '${m.key}' is used twice`);
      keys.add(m.key);
    });
    return errors;
  },
  transport: (_o, buses): ChamberTransport => buses,
  create: (o, t): Sensor =>
    o.model === 'chamber' ? new SimulatedChamber(o, t) : new Simulated(o, t),
});
