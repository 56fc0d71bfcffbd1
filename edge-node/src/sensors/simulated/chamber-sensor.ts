import { CANONICAL_UNITS } from '@brewpit/protocol';
import { outputLabel } from '../../outputs/types.js';
import type { BusProvider, ReadingSpec, Sensor, SensorValues } from '../types.js';
import { ChamberModel } from './chamber.js';
import { Rng } from './rng.js';
import type { SimulatedOptions } from './schema.js';

/** What the simulated chamber takes from the runtime: clocks and the emulated relays. */
export type ChamberTransport = Pick<BusProvider, 'monotonicMs' | 'wallMs' | 'emulatedOutputs'>;

/** Longest stretch of simulated time integrated in one read (a laptop waking from sleep). */
const MAX_ADVANCE_S = 7 * 86_400;

/** Channels of `model: chamber`: beer (the control input), chamber air, room and gravity. */
export function chamberReadings(): ReadingSpec[] {
  const t = { kind: 'temperature' as const, unit: CANONICAL_UNITS.temperature, precision: 2 };
  return [
    { ...t, key: 'beer', name: 'Beer', plausible: [-10, 110], maxStep: 15 },
    { ...t, key: 'air', name: 'Chamber air', plausible: [-40, 85], maxStep: 15 },
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
 * A fermentation chamber ({@link ChamberModel}) whose heater and compressor follow the emulated
 * relay lines control drives. Each read replays the relay changes since the last read at the
 * instants they happened (the transport stamps them with the same monotonic clock), so the
 * physics see a relay switched mid-interval for exactly as long as it was on.
 */
export class SimulatedChamber implements Sensor {
  readonly label = 'simulated chamber';
  private readonly rng: Rng;
  private readonly model: ChamberModel;
  private readonly lines: { heater: string; cooler: string };
  private readonly relays = { heater: false, cooler: false };
  private lastMono: number;
  private seen = 0;

  constructor(
    private readonly o: SimulatedOptions,
    private readonly t: ChamberTransport,
  ) {
    this.rng = new Rng(o.seed);
    const start = o.start_temp ?? o.ambient;
    this.model = new ChamberModel({
      og: o.og,
      fg: o.fg,
      ambient: o.ambient,
      ambientSwing: o.ambient_swing,
      startBeer: start,
      startHours: o.start_hours,
    });
    this.lines = {
      heater: outputLabel({ ...o.heater, activeLow: false }),
      cooler: outputLabel({ ...o.cooler, activeLow: false }),
    };
    this.lastMono = t.monotonicMs();
  }

  /** Whether control drives this chamber's relays (false: they stay off, the fridge drifts). */
  get wired(): boolean {
    return this.t.emulatedOutputs !== undefined;
  }

  async setup(): Promise<void> {}

  private advanceTo(mono: number): void {
    const seconds = Math.min(MAX_ADVANCE_S, ((mono - this.lastMono) / 1000) * this.o.time_scale);
    if (seconds > 0) this.model.advance(seconds, this.relays);
    this.lastMono = Math.max(this.lastMono, mono);
  }

  async read(): Promise<SensorValues> {
    const now = this.t.monotonicMs();
    const events = this.t.emulatedOutputs?.events ?? [];
    for (; this.seen < events.length; this.seen++) {
      const e = events[this.seen]!;
      if (e.at > now) break;
      const role =
        e.label === this.lines.heater ? 'heater' : e.label === this.lines.cooler ? 'cooler' : null;
      if (!role) continue;
      this.advanceTo(e.at);
      this.relays[role] = e.active;
    }
    this.advanceTo(now);
    const v = this.model.values();
    const noise = (sigma: number): number => (this.o.noise ? this.rng.gauss(sigma) : 0);
    return {
      beer: v.beer + noise(0.03),
      air: v.air + noise(0.05),
      ambient: v.ambient + noise(0.05),
      gravity: v.gravity + noise(0.0002),
    };
  }

  /** True values and relay states now, for tests. */
  truth(): ReturnType<ChamberModel['values']> & { heater: boolean; cooler: boolean } {
    return { ...this.model.values(), ...this.relays };
  }
}
