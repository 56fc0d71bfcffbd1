/**
 * A fermentation chamber for tests and demos: a fridge or chest freezer with a heater and a
 * compressor, holding a fermenting beer. Four lumped thermal masses exchange heat:
 *
 *   ambient ── walls ── air ── beer (+ yeast heat)
 *                        ├── heater element (heater power in)
 *                        └── evaporator     (compressor draws heat out)
 *
 * The element and the evaporator are what make real chambers overshoot: the element keeps
 * heating the air after the relay opens, the evaporator stays cold after the compressor stops,
 * and the compressor needs a minute to build pressure. Numbers are for ~20 L in an upright
 * fridge (thermal conductances in W/K, capacities in J/K).
 */

/** Parameters of the chamber model; every field has a realistic default. */
export interface ChamberParams {
  /** Beer volume, litres. */
  volumeL: number;
  og: number;
  fg: number;
  /** Hours from pitching to the fastest fermentation, and the logistic width in hours. */
  peakHours: number;
  widthHours: number;
  /** Room temperature, °C, and its day/night swing (amplitude). */
  ambient: number;
  ambientSwing: number;
  /** Heater electrical power, W (a heat belt or a bulb). */
  heaterW: number;
  /** Compressor cooling capacity at the evaporator, W. */
  coolingW: number;
  /** Beer and air temperature at the start, °C. */
  startBeer: number;
  /** Hours after pitching at the start of the simulation. */
  startHours: number;
}

const DEFAULTS: ChamberParams = {
  volumeL: 20,
  og: 1.05,
  fg: 1.01,
  peakHours: 36,
  widthHours: 8,
  ambient: 22,
  ambientSwing: 2,
  heaterW: 80,
  coolingW: 140,
  startBeer: 20,
  startHours: 0,
};

const WATER_J_PER_KG_K = 4180;
/** Plastic fermenter and fittings. */
const VESSEL_J_PER_K = 2000;
/** Air plus the shelves and inner walls it exchanges with quickly. */
const AIR_J_PER_K = 8000;
const ELEMENT_J_PER_K = 800;
const EVAPORATOR_J_PER_K = 4000;
const UA_BEER_AIR = 3.5;
const UA_AIR_AMBIENT = 1.8;
const UA_ELEMENT_AIR = 4;
const UA_EVAPORATOR_AIR = 12;
/** Seconds the compressor needs to reach full capacity (pressure build-up). */
const COMPRESSOR_SPINUP_S = 60;
/**
 * Heat released per apparent gravity point per litre: glucose to ethanol and CO₂ releases
 * about 0.56 kJ/g, a point is about 2.6 g/L of extract, less for apparent vs real attenuation.
 * A 20 L ale at its peak (~1 point an hour) then makes ~7 W, as brewers measure.
 */
const J_PER_POINT_PER_L = 1250;
/** Integration step, s: well under the fastest time constant (element, ~200 s). */
const STEP_S = 2;

/** Relay states the model responds to. */
export interface ChamberOutputs {
  heater: boolean;
  cooler: boolean;
}

/** True temperatures and gravity of the chamber. */
export interface ChamberValues {
  beer: number;
  air: number;
  ambient: number;
  gravity: number;
  element: number;
  evaporator: number;
}

/** The chamber model, advanced by hand on simulated time. */
export class ChamberModel {
  readonly p: ChamberParams;
  /** Simulated seconds since the model started. */
  t = 0;
  private beer: number;
  private air: number;
  private element: number;
  private evaporator: number;
  private compressorOnS = 0;
  private readonly beerC: number;
  /** Extra heat in W injected into the beer (an open door, sun on the fermenter); tests use it. */
  disturbanceW = 0;

  constructor(params: Partial<ChamberParams> = {}) {
    this.p = { ...DEFAULTS, ...params };
    this.beer = this.p.startBeer;
    this.air = this.p.startBeer;
    this.element = this.p.startBeer;
    this.evaporator = this.p.startBeer;
    this.beerC = this.p.volumeL * WATER_J_PER_KG_K + VESSEL_J_PER_K;
  }

  private hours(): number {
    return this.p.startHours + this.t / 3600;
  }

  /** Attenuation progress in [0, 1] at `hours` after pitching (logistic, 0 at pitching). */
  progress(hours: number): number {
    const l = (h: number): number =>
      1 / (1 + Math.exp(-(h - this.p.peakHours) / this.p.widthHours));
    return (l(hours) - l(0)) / (1 - l(0));
  }

  /** Room temperature now: coldest at 03:00, warmest at 15:00 of simulated day. */
  ambient(): number {
    const hourOfDay = ((this.hours() % 24) + 24) % 24;
    return this.p.ambient + this.p.ambientSwing * Math.sin((2 * Math.PI * (hourOfDay - 9)) / 24);
  }

  /** Fermentation heat now, W. */
  yeastW(): number {
    const h = this.hours();
    const dh = 1 / 60;
    const pointsPerHour =
      ((this.p.og - this.p.fg) * 1000 * (this.progress(h + dh) - this.progress(h))) / dh;
    return (pointsPerHour * J_PER_POINT_PER_L * this.p.volumeL) / 3600;
  }

  /** Advances `seconds` of simulated time with the relays as given. */
  advance(seconds: number, out: ChamberOutputs): void {
    let left = seconds;
    while (left > 1e-9) {
      const dt = Math.min(STEP_S, left);
      this.step(dt, out);
      left -= dt;
    }
  }

  private step(dt: number, out: ChamberOutputs): void {
    this.compressorOnS = out.cooler ? this.compressorOnS + dt : 0;
    const cooling = out.cooler
      ? this.p.coolingW * (1 - Math.exp(-this.compressorOnS / COMPRESSOR_SPINUP_S))
      : 0;
    const qBeerAir = UA_BEER_AIR * (this.beer - this.air);
    const qElementAir = UA_ELEMENT_AIR * (this.element - this.air);
    const qAirEvaporator = UA_EVAPORATOR_AIR * (this.air - this.evaporator);
    const qAirAmbient = UA_AIR_AMBIENT * (this.air - this.ambient());
    this.beer += ((this.yeastW() + this.disturbanceW - qBeerAir) * dt) / this.beerC;
    this.air += ((qBeerAir + qElementAir - qAirEvaporator - qAirAmbient) * dt) / AIR_J_PER_K;
    this.element += (((out.heater ? this.p.heaterW : 0) - qElementAir) * dt) / ELEMENT_J_PER_K;
    this.evaporator += ((qAirEvaporator - cooling) * dt) / EVAPORATOR_J_PER_K;
    this.t += dt;
  }

  /** True values now. */
  values(): ChamberValues {
    const gravity = this.p.og - (this.p.og - this.p.fg) * this.progress(this.hours());
    return {
      beer: this.beer,
      air: this.air,
      ambient: this.ambient(),
      gravity,
      element: this.element,
      evaporator: this.evaporator,
    };
  }
}
