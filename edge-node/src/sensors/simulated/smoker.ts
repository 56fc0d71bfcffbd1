import { Rng } from './rng.js';

/** A piece of meat on a probe. */
export interface MeatSpec {
  key: string;
  name: string;
  /** `large` (brisket, pork shoulder: 5+ kg, long evaporative stall) or `small` (ribs, chicken). */
  cut: 'large' | 'small';
  /** Core temperature when the simulation starts, °C (default 4: out of the fridge). */
  startTemp?: number;
}

/** Parameters of the smoker model. */
export interface SmokerParams {
  setpoint: number;
  ambient: number;
  meats: MeatSpec[];
  /** Mean minutes between lid openings; 0 disables them. */
  lidOpenEveryMin: number;
  /**
   * Pit temperature when the simulation starts, °C. Default: ambient, a cold cooker being lit.
   * Given, the fire has been burning: the draft controller starts at its steady state.
   */
  pitStart?: number;
}

/** Heat-transfer constants per cut, per second of simulated time. */
const CUTS = {
  // Newton coefficient: 5 → 65 °C in ~5.5 h at a 110 °C pit without evaporation.
  large: { k: 0.154 / 3600, evapMax: 8.5 / 3600, moistureHours: 5 },
  small: { k: 0.6 / 3600, evapMax: 3 / 3600, moistureHours: 1.2 },
} as const;

const PIT_TAU_S = 600; // first-order time constant of the cooker with the lid shut
const LID_OPEN_TAU_S = 45; // with the lid open the pit air is replaced within a minute
const PIT_GAIN = 260; // °C above ambient the fire reaches at full draft
const KP = 0.04;
const KI = 0.0004;

interface MeatState {
  spec: MeatSpec;
  t: number;
  moisture: number;
}

/**
 * A smoker under a PI draft controller, with meat probes heated by Newton's law toward the pit
 * temperature minus evaporative cooling. Surface moisture evaporates fastest from ~60 °C on;
 * while it lasts, evaporation balances the heat flow and a large cut plateaus around
 * 65–75 °C for hours (the stall), then climbs again as the surface dries.
 */
export class SmokerModel {
  private pit: number;
  private integral = 0;
  private readonly meats: MeatState[];
  private lidOpenUntil = -1;
  private nextLidOpen: number;
  private t = 0;

  constructor(
    private readonly p: SmokerParams,
    private readonly rng: Rng,
  ) {
    this.pit = p.pitStart ?? p.ambient;
    if (p.pitStart !== undefined)
      this.integral = Math.min(1, Math.max(0, (p.setpoint - p.ambient) / PIT_GAIN));
    this.meats = p.meats.map((spec) => ({ spec, t: spec.startTemp ?? 4, moisture: 1 }));
    this.nextLidOpen = this.scheduleLid(0);
  }

  /** Simulated seconds since the fire was lit. */
  get elapsed(): number {
    return this.t;
  }

  /** Whether the lid is open at the current simulated time. */
  get lidOpen(): boolean {
    return this.t < this.lidOpenUntil;
  }

  /** Advances the model by `seconds` of simulated time in small Euler steps. */
  advance(seconds: number, step = 2): void {
    const end = this.t + seconds;
    while (this.t < end) {
      const dt = Math.min(step, end - this.t);
      this.stepPit(dt);
      for (const m of this.meats) this.stepMeat(m, dt);
      this.t += dt;
    }
  }

  /** Current true temperatures by channel key (`pit` and each meat key). */
  temperatures(): Record<string, number> {
    const out: Record<string, number> = { pit: this.pit };
    for (const m of this.meats) out[m.spec.key] = m.t;
    return out;
  }

  private stepPit(dt: number): void {
    if (this.p.lidOpenEveryMin > 0 && this.t >= this.nextLidOpen) {
      this.lidOpenUntil = this.t + this.rng.between(40, 150);
      this.nextLidOpen = this.scheduleLid(this.t);
    }
    const error = this.p.setpoint - this.pit;
    // Anti-windup: integrate only while the output is not saturated.
    const raw = KP * error + this.integral;
    if (raw > 0 && raw < 1) this.integral += KI * error * dt;
    const draft = Math.min(1, Math.max(0, KP * error + this.integral));
    const tau = this.lidOpen ? LID_OPEN_TAU_S : PIT_TAU_S;
    const target = this.p.ambient + draft * PIT_GAIN;
    this.pit += ((target - this.pit) / tau) * dt;
  }

  private stepMeat(m: MeatState, dt: number): void {
    const c = CUTS[m.spec.cut];
    // Evaporation switches on around 65 °C (logistic) and scales with remaining surface water.
    const evap = 1 / (1 + Math.exp(-(m.t - 67) / 2.5));
    const cooling = c.evapMax * evap * Math.min(1, m.moisture / 0.25);
    m.t += (c.k * (this.pit - m.t) - cooling) * dt;
    m.moisture = Math.max(0, m.moisture - (evap * dt) / (c.moistureHours * 3600));
  }

  private scheduleLid(from: number): number {
    const mean = this.p.lidOpenEveryMin * 60;
    return from + this.rng.between(0.5 * mean, 1.5 * mean);
  }
}
