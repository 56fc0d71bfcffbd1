/** Parameters of the fermenter model. */
export interface FermenterParams {
  og: number;
  fg: number;
  /** Mean room temperature, °C, and its day/night swing (amplitude). */
  ambient: number;
  ambientSwing: number;
  /** Hours from pitching to the fastest fermentation, and the logistic width in hours. */
  peakHours: number;
  widthHours: number;
  /** Wort temperature at pitching. */
  pitchTemp: number;
}

/** Wort time constant toward room temperature for ~20 L in a plastic fermenter. */
const WORT_TAU_H = 6;
/**
 * °C per hour of wort warming per SG point per hour fermented: at the peak rate (~1 point an
 * hour for a 1.050 ale) the wort runs ~3.5 °C above the room, as brewers see.
 */
const YEAST_HEAT = 580;

/**
 * A fermenting wort: gravity follows a logistic attenuation curve from OG toward FG; the
 * wort exchanges heat with a room whose temperature swings over the day, and yeast
 * metabolism heats it in proportion to the fermentation rate.
 */
export class FermenterModel {
  private wort: number;
  private t = 0; // simulated seconds since pitching

  constructor(
    private readonly p: FermenterParams,
    private readonly startWallMs: number,
  ) {
    this.wort = p.pitchTemp;
  }

  /** Attenuation progress in [0, 1] at `hours` after pitching (0 at pitching). */
  progress(hours: number): number {
    const l = (h: number): number =>
      1 / (1 + Math.exp(-(h - this.p.peakHours) / this.p.widthHours));
    const l0 = l(0);
    return (l(hours) - l0) / (1 - l0);
  }

  /** True specific gravity now. */
  gravity(): number {
    return this.p.og - (this.p.og - this.p.fg) * this.progress(this.t / 3600);
  }

  /** Room temperature at the current simulated time of day. */
  ambient(): number {
    const wall = new Date(this.startWallMs + this.t * 1000);
    const hour = wall.getUTCHours() + wall.getUTCMinutes() / 60;
    // Coldest around 03:00, warmest around 15:00.
    return this.p.ambient + this.p.ambientSwing * Math.sin((2 * Math.PI * (hour - 9)) / 24);
  }

  /** Current true values: wort °C, ambient °C and gravity SG. */
  values(): { wort: number; ambient: number; gravity: number } {
    return { wort: this.wort, ambient: this.ambient(), gravity: this.gravity() };
  }

  /** Advances by `seconds` of simulated time. */
  advance(seconds: number, step = 30): void {
    const end = this.t + seconds;
    while (this.t < end) {
      const dt = Math.min(step, end - this.t);
      const h = this.t / 3600;
      const ratePerHour =
        ((this.p.og - this.p.fg) * (this.progress(h + dt / 3600) - this.progress(h))) / (dt / 3600);
      const dTdh = (this.ambient() - this.wort) / WORT_TAU_H + YEAST_HEAT * ratePerHour;
      this.wort += dTdh * (dt / 3600);
      this.t += dt;
    }
  }
}
